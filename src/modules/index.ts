import type { ModuleManifest } from '../platform/module.ts';
import { accountsModule } from './accounts/index.ts';
import { contributionsModule } from './contributions/index.ts';
import { eventsModule } from './events/index.ts';
import { newsModule } from './news/index.ts';
import { organisationsModule } from './organisations/index.ts';
import { processesModule } from './processes/index.ts';
import { statementsModule } from './statements/index.ts';
import { surveysModule } from './surveys/index.ts';
import { workshopsModule } from './workshops/index.ts';

/** Every module, in the order their routes register and their demo seeds run. */
export const modules: ModuleManifest[] = [
  organisationsModule,
  accountsModule,
  processesModule,
  newsModule,
  contributionsModule,
  surveysModule,
  eventsModule,
  statementsModule,
  workshopsModule,
];

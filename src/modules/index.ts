import type { ModuleManifest } from '../platform/module.ts';
import { accountsModule } from './accounts/module.ts';
import { contributionsModule } from './contributions/module.ts';
import { dialoguesModule } from './dialogues/module.ts';
import { eventsModule } from './events/module.ts';
import { followsModule } from './follows/module.ts';
import { goalsModule } from './goals/module.ts';
import { insightsModule } from './insights/module.ts';
import { newsModule } from './news/module.ts';
import { organisationsModule } from './organisations/module.ts';
import { privacyModule } from './privacy/module.ts';
import { processesModule } from './processes/module.ts';
import { reportsModule } from './reports/module.ts';
import { searchModule } from './search/module.ts';
import { statementsModule } from './statements/module.ts';
import { storyModule } from './story/module.ts';
import { surveysModule } from './surveys/module.ts';
import { workshopsModule } from './workshops/module.ts';

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
  searchModule,
  followsModule,
  insightsModule,
  goalsModule,
  dialoguesModule,
  storyModule,
  privacyModule,
  reportsModule,
];

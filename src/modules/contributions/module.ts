import { defineModule } from '../../platform/module.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };

/** The contribution corpus shared by every channel, and the trace links. No pages of its own yet. */
export const contributionsModule = defineModule({
  name: 'contributions',
  messages: { fi, sv, en },
});

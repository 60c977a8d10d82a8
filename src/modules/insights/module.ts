import { defineModule } from '../../platform/module.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };

/**
 * Insights: the text analysis of contributions (language, masking of personal data, sentences,
 * base forms, key terms) and, built on it, theme discovery. No pages or tables of its own yet.
 */
export const insightsModule = defineModule({
  name: 'insights',
  messages: { fi, sv, en },
});

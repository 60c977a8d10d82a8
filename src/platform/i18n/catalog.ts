import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import type { Catalogs } from './translator.ts';

/** The platform's own messages (layout, forms, errors, validation). */
export const platformMessages: Catalogs = { fi, sv, en };

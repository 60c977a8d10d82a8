import type { PersonalDataKind } from './masking.ts';
import type { Normaliser } from './normalise.ts';

/** The message that names how words became terms, for the analyst's pages (the fallback named when Voikko is missing). */
export const NORMALISER_MESSAGES: Record<Normaliser, string> = {
  voikko: 'insights.normaliser.voikko',
  snowball: 'insights.normaliser.snowball',
  words: 'insights.normaliser.words',
};

/** The message that stands for a masked piece of personal data in a view or an export. */
export const MASK_MESSAGES: Record<PersonalDataKind, string> = {
  email: 'insights.mask.email',
  identityCode: 'insights.mask.identityCode',
  phone: 'insights.mask.phone',
  address: 'insights.mask.address',
};

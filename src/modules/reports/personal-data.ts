import type { PersonalDataHandlers } from '../../platform/personal-data.ts';
import { markOpenDataStale } from './files/stored-files.ts';

/**
 * Reports keep no one's data of their own (the report row's editor is a foreign key set to null with
 * the account). The stored open-data packages hold no identities either, but after an erasure they
 * are built again from the data as it is then, so nothing the person gave lingers in a stored copy.
 */
export const reportsPersonalData: PersonalDataHandlers = {
  erase: async (trx, subject) => markOpenDataStale(trx, subject.organisationId),
};

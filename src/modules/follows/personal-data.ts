import { inOrganisation } from '../../platform/db/scope.ts';
import type { PersonalDataHandlers } from '../../platform/personal-data.ts';
import { findProcessById } from '../processes/index.ts';
import { listUserFollows } from './queries/find-follow.ts';

/**
 * What the module keeps about a person: the processes the account follows (and by which
 * address, in which language). Erased with the account: the account's follows and any follow
 * by its address go.
 */
export const followsPersonalData: PersonalDataHandlers = {
  export: async (context, subject) => {
    const follows = await listUserFollows(context.db, subject.organisationId, subject.userId);
    return Promise.all(
      follows.map(async (follow) => ({
        process: (await findProcessById(context.db, subject.organisationId, follow.processId))?.slug ?? null,
        email: follow.email,
        locale: follow.locale,
        confirmedAt: follow.confirmedAt,
        lastDigestAt: follow.lastDigestAt,
      })),
    );
  },
  erase: async (trx, subject) => {
    await trx
      .deleteFrom('follows')
      .$call(inOrganisation(subject.organisationId, 'follows'))
      .where((eb) => eb.or([eb('user_id', '=', subject.userId), eb('email', '=', subject.email.toLowerCase())]))
      .execute();
  },
};

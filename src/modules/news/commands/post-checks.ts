import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPhase, findProcessById } from '../../processes/index.ts';
import type { PostInput } from '../schemas.ts';
import '../tables.ts';

/** Refuses a process of another organisation and a phase that is not of the post's process (422 at the field). */
export async function checkPostPlacement(db: Db, organisationId: string, input: Pick<PostInput, 'processId' | 'phaseId'>) {
  if (input.processId && !(await findProcessById(db, organisationId, input.processId))) {
    throw refuse.invalid({ processId: { key: 'news.field.processUnknown' } });
  }
  if (!input.phaseId) return;
  const phase = await findPhase(db, organisationId, input.phaseId);
  if (!phase || phase.processId !== input.processId) throw refuse.invalid({ phaseId: { key: 'news.field.phaseNotInProcess' } });
}

/** Refuses a slug another post of the organisation already has (409; forms show it at the field). */
export async function checkPostSlugFree(db: Db, organisationId: string, slug: string, exceptPostId: string | null) {
  let query = db.selectFrom('news_posts').select('id').$call(inOrganisation(organisationId, 'news_posts')).where('slug', '=', slug);
  if (exceptPostId) query = query.where('id', '<>', exceptPostId);
  if (await query.executeTakeFirst()) throw refuse.conflict('news.post.slugTaken');
}

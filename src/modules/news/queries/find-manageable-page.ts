import { z } from 'zod';
import type { LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { idFromUrl } from '../url-keys.ts';
import { findPageById, type StaticPage } from './find-page.ts';

/** The path of a static page's admin forms. */
export const pageIdParams = z.object({ id: z.string().min(1).max(200) });

/** The static page a form addresses, or a not-found refusal when it is unknown or foreign. */
export async function loadManagedPage({ context, actor, params }: LoadCall<{ id: string }>): Promise<StaticPage> {
  const page = await findPageById(context.db, actor.organisationId, idFromUrl(params.id));
  if (!page) throw refuse.notFound();
  return page;
}

import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { StoredCorpusFilter } from '../corpus/corpus-filter.ts';
import { SOFTWARE_VERSION } from '../software-version.ts';
import '../tables.ts';
import { CODEBOOK_MINIMUM_SIMILARITY } from '../themes/codebook.ts';

/** What an analyst asks for: the corpus, the seed and the limits of the number of themes. */
export interface ThemeRunRequest {
  processId: string;
  filter: StoredCorpusFilter;
  seed: number;
  minThemes: number;
  maxThemes: number;
  /** A codebook of the process to classify into (checked by the caller), or null to find themes anew. */
  codebookId?: string | null;
  minimumSimilarity?: number;
}

/** Queues a theme run for the job (`insights.theme-runs`) and records who asked; returns its id. */
export async function startThemeRun(db: Db, actor: Actor, request: ThemeRunRequest, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('insight_theme_runs')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: request.processId,
        status: 'queued',
        corpus_filter: JSON.stringify(request.filter),
        seed: request.seed,
        min_themes: request.minThemes,
        max_themes: request.maxThemes,
        codebook_id: request.codebookId ?? null,
        codebook_minimum_similarity: request.codebookId ? (request.minimumSimilarity ?? CODEBOOK_MINIMUM_SIMILARITY) : null,
        software_version: SOFTWARE_VERSION,
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'insights.run.start',
        subjectType: 'insight_theme_run',
        subjectId: id,
        details: {
          seed: request.seed,
          minThemes: request.minThemes,
          maxThemes: request.maxThemes,
          ...(request.codebookId
            ? { codebookId: request.codebookId, minimumSimilarity: request.minimumSimilarity ?? CODEBOOK_MINIMUM_SIMILARITY }
            : {}),
        },
      },
      now,
    );
  });
  return id;
}

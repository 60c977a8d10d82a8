import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { badCursor } from '../../../platform/http/api.ts';
import type { Survey } from '../model.ts';
import { toSurvey } from './find-survey.ts';

/** A page of surveys and the cursor of the next page. */
export interface SurveyPage {
  items: Survey[];
  nextCursor: string | null;
}

function decodeCursor(cursor: string | undefined): { createdAt: string; id: string } | null {
  if (!cursor) return null;
  const [createdAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const wellFormed = createdAt && id && rest.length === 0 && !Number.isNaN(Date.parse(createdAt));
  return wellFormed && Buffer.from(`${createdAt}|${id}`).toString('base64url') === cursor ? { createdAt, id } : null;
}

/**
 * The surveys of a process, oldest first, a page at a time; drafts only
 * when `includeDrafts` (the process's managers).
 */
export async function listProcessSurveys(
  db: Db,
  organisationId: string,
  processId: string,
  options: { includeDrafts: boolean; limit: number; cursor?: string | undefined },
): Promise<SurveyPage> {
  let query = db
    .selectFrom('surveys')
    .selectAll()
    .$call(inOrganisation(organisationId, 'surveys'))
    .where('process_id', '=', processId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit + 1);
  if (!options.includeDrafts) query = query.where('status', '=', 'published');
  const after = decodeCursor(options.cursor);
  if (options.cursor && !after) throw badCursor();
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]),
    );
  }
  const rows = await query.execute();
  const items = rows.slice(0, options.limit).map(toSurvey);
  const last = items.at(-1);
  const nextCursor = rows.length > options.limit && last ? Buffer.from(`${last.createdAt}|${last.id}`).toString('base64url') : null;
  return { items, nextCursor };
}

/** Every survey of the processes given (the admin list), newest first. */
export async function listSurveysOfProcesses(db: Db, organisationId: string, processIds: string[]): Promise<Survey[]> {
  if (processIds.length === 0) return [];
  const rows = await db
    .selectFrom('surveys')
    .selectAll()
    .$call(inOrganisation(organisationId, 'surveys'))
    .where('process_id', 'in', processIds)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toSurvey);
}

/** The number of submitted responses of each survey given. */
export async function countResponses(db: Db, organisationId: string, surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('survey_responses')
    .select(['survey_id', (eb) => eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(organisationId, 'survey_responses'))
    .where('survey_id', 'in', surveyIds)
    .where('status', '=', 'submitted')
    .groupBy('survey_id')
    .execute();
  return new Map(rows.map((row) => [row.survey_id, Number(row.count)]));
}

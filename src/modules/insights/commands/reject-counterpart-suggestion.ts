import type { Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { Database } from '../../../platform/db/schema.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import '../tables.ts';

type Trx = Transaction<Database>;

/** A suggested pair of a run's themes: the theme whose page it is and the suggested counterpart. */
export interface CounterpartPair {
  runId: string;
  themeId: string;
  counterpartId: string;
}

/**
 * Rejects a suggested counterpart: the pair is remembered (both ways, as a link is) and neither
 * theme's page suggests the other again. Rejecting twice changes nothing more; `restoreCounterpartSuggestion`
 * takes it back. A theme of another run, or the theme itself, is 422 at the field. Audited.
 */
export async function rejectCounterpartSuggestion(db: Db, actor: Actor, pair: CounterpartPair, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await checkPair(trx, actor, pair);
    await forgetRejection(trx, actor, pair);
    const row = (theme: string, counterpart: string) => ({
      organisation_id: actor.organisationId,
      run_id: pair.runId,
      theme_id: theme,
      counterpart_theme_id: counterpart,
      created_by_user_id: actor.userId,
      created_at: now.toISOString(),
    });
    await trx
      .insertInto('insight_counterpart_rejections')
      .values([row(pair.themeId, pair.counterpartId), row(pair.counterpartId, pair.themeId)])
      .execute();
    await audit(trx, actor, 'insights.counterpart.reject', pair, now);
  });
}

/** Takes a rejection back: the pair may be suggested again. Audited; a pair never rejected changes nothing. */
export async function restoreCounterpartSuggestion(db: Db, actor: Actor, pair: CounterpartPair, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await checkPair(trx, actor, pair);
    await forgetRejection(trx, actor, pair);
    await audit(trx, actor, 'insights.counterpart.restore', pair, now);
  });
}

async function checkPair(trx: Trx, actor: Actor, pair: CounterpartPair): Promise<void> {
  const counterpart = await trx
    .selectFrom('insight_themes')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'insight_themes'))
    .where('run_id', '=', pair.runId)
    .where('id', '=', pair.counterpartId)
    .executeTakeFirst();
  if (!counterpart || pair.counterpartId === pair.themeId)
    throw refuse.invalid({ counterpartId: { key: 'insights.validation.counterpartUnknown' } });
}

async function forgetRejection(trx: Trx, actor: Actor, pair: CounterpartPair): Promise<void> {
  await trx
    .deleteFrom('insight_counterpart_rejections')
    .$call(inOrganisation(actor.organisationId, 'insight_counterpart_rejections'))
    .where('run_id', '=', pair.runId)
    .where((eb) =>
      eb.or([
        eb.and([eb('theme_id', '=', pair.themeId), eb('counterpart_theme_id', '=', pair.counterpartId)]),
        eb.and([eb('theme_id', '=', pair.counterpartId), eb('counterpart_theme_id', '=', pair.themeId)]),
      ]),
    )
    .execute();
}

async function audit(
  trx: Trx,
  actor: Actor,
  action: 'insights.counterpart.reject' | 'insights.counterpart.restore',
  pair: CounterpartPair,
  now: Date,
): Promise<void> {
  await recordAudit(
    trx,
    {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action,
      subjectType: 'insight_theme_run',
      subjectId: pair.runId,
      details: { themeId: pair.themeId, counterpartId: pair.counterpartId },
    },
    now,
  );
}

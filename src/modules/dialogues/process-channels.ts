import { inOrganisation } from '../../platform/db/scope.ts';
import { nextAfter, type ProcessChannel, type ProcessChannelSource } from '../../platform/hub/process-channels.ts';
import { DEFAULT_TIME_ZONE } from '../../platform/i18n/translator.ts';
import { fromWallTime } from '../../platform/zoned-time.ts';
import { toRound } from './model.ts';
import { questionsOf } from './presenters.ts';

/** The first instant of a day in the organisation's zone (Helsinki: every demo and test organisation's). */
function startOf(date: string): string {
  return (fromWallTime({ date, time: '00:00' }, DEFAULT_TIME_ZONE) ?? new Date(`${date}T00:00:00Z`)).toISOString();
}

/**
 * The process's dialogue rounds for staff on the process page's hub (one query): the guide to
 * open, from its opening day until the day after its due date; staff only (the rule of
 * `dialogues.round.view`), so residents never meet it.
 */
export const dialogueProcessChannels: ProcessChannelSource = async ({ context, actor, locale, process, now }) => {
  const rows = await context.db
    .selectFrom('dialogue_rounds')
    .selectAll()
    .$call(inOrganisation(actor.organisationId, 'dialogue_rounds'))
    .where('process_id', '=', process.id)
    .orderBy('opens_on')
    .orderBy('id')
    .execute();
  const t = (key: string) => context.translator.t(locale, key);
  return rows.map(toRound).flatMap((round): ProcessChannel[] => {
    if (!context.authorizer.can(actor, 'dialogues.round.view', round)) return [];
    const opensAt = startOf(round.opensOn);
    const closesAt = startOf(new Date(Date.parse(`${round.dueOn}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    const at = now.toISOString();
    const status = at < opensAt ? 'upcoming' : at >= closesAt ? 'closed' : 'open';
    const first = questionsOf(round)[0];
    return [
      {
        kind: 'dialogue',
        id: round.id,
        kindLabel: t('dialogues.hub.kind'),
        title: round.title,
        summary: first ?? { fi: '' },
        audience: t('dialogues.hub.audience'),
        status,
        opensAt,
        deadline: closesAt,
        phaseId: round.phaseId,
        placedAt: opensAt,
        action: { path: `/dialogues/${round.id}`, label: t(status === 'open' ? 'dialogues.hub.take' : 'dialogues.hub.see') },
        results: null,
        changesAt: nextAfter(now, [opensAt, closesAt]),
      },
    ];
  });
};

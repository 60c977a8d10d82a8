import type { Actor } from '../../../platform/authz/authz.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { listRounds, loadCoverage } from '../../dialogues/index.ts';
import { loadFollowUp } from '../../goals/index.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import { listPhases, listTimeline, type Process, todayIn } from '../../processes/index.ts';
import { listProcessChannels, listStatementGroupShares } from '../../statements/index.ts';
import { listBlocks, listDecisions, listVersions } from '../../story/index.ts';
import { loadParticipationFigures } from '../participation/load-figures.ts';
import { SMALL_GROUP } from '../participation/model.ts';
import type { ReportData } from './model.ts';

const QUOTES_PER_THEME = 3;
const CONSENSUS_SHARE = 0.6;

/** The story's newest decided (approved) version, its headings, and the decision on it. */
async function storyOf(context: Pick<AppContext, 'db'>, organisationId: string, processId: string): Promise<ReportData['story']> {
  const versions = await listVersions(context.db, organisationId, processId);
  const decided = versions.filter((version) => version.status === 'decided');
  const approved = decided.reduce<(typeof decided)[number] | null>(
    (latest, version) => (!latest || version.number > latest.number ? version : latest),
    null,
  );
  if (!approved) return { approvedVersion: null, headings: [], decision: null };
  const [blocks, decisions] = await Promise.all([
    listBlocks(context.db, organisationId, approved.id),
    listDecisions(context.db, organisationId, processId),
  ]);
  const decision = decisions.find((item) => item.versionId === approved.id) ?? null;
  return {
    approvedVersion: approved.number,
    headings: blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    decision: decision && {
      meetingDate: decision.meetingDate,
      sectionNumber: decision.sectionNumber,
      text: decision.text,
      votes: decision.votes,
    },
  };
}

/** Each published statements channel's opinion groups (groups of fewer than five not named) and the statements every group agrees with. */
async function opinionsOf(context: Pick<AppContext, 'db'>, organisationId: string, processId: string): Promise<ReportData['opinions']> {
  const channels = await listProcessChannels(context.db, organisationId, processId, { includeDrafts: false, limit: 20 });
  return Promise.all(
    channels.items.map(async (channel) => {
      const shares = (await listStatementGroupShares(context.db, organisationId, channel.id)).filter((statement) => !statement.hidden);
      const groups = (shares[0]?.groups ?? [])
        .filter((group) => group.size >= SMALL_GROUP)
        .map((group) => ({ label: group.label, size: group.size }));
      const consensus = shares
        .filter(
          (statement) =>
            statement.groups.length > 1 && statement.groups.every((group) => group.voted > 0 && group.agree >= CONSENSUS_SHARE),
        )
        .slice(0, 5)
        .map((statement) => statement.text);
      return { question: channel.question, groups, consensus };
    }),
  );
}

/** Every dialogue round of the process with its coverage as the coordinator sees it. */
async function dialoguesOf(context: AppContext, actor: Actor, processId: string, today: string): Promise<ReportData['dialogues']> {
  const rounds = await listRounds(context.db, actor.organisationId, { processId });
  return Promise.all(
    rounds.map(async (round) => {
      const coverage = await loadCoverage(context, actor, round, today);
      return {
        title: round.title,
        held: coverage.overall.byStatus.held,
        total: coverage.overall.total,
        participants: coverage.overall.participants,
      };
    }),
  );
}

/**
 * What a process's final report shows, read through the other modules' `index.ts`: the story and
 * its decision, phases and the timeline's events held, participation figures, published themes with
 * masked quotes, opinion groups, dialogue coverage and goals. `actor` is the coordinator building it.
 */
export async function buildReportData(context: AppContext, actor: Actor, process: Process, timeZone: string): Promise<ReportData> {
  const organisationId = actor.organisationId;
  const today = todayIn(context.clock.now(), timeZone);
  const [story, phases, timeline, themes, opinions, dialogues, followUp, ...figures] = await Promise.all([
    storyOf(context, organisationId, process.id),
    listPhases(context.db, organisationId, [process.id]),
    listTimeline(context.db, organisationId, process.id),
    findPublishedThemes(context.db, organisationId, process.id),
    opinionsOf(context, organisationId, process.id),
    dialoguesOf(context, actor, process.id, today),
    loadFollowUp(context.db, organisationId, process.id),
    ...LOCALES.map((locale) => loadParticipationFigures(context, organisationId, process, locale)),
  ]);
  return {
    process: { slug: process.slug, title: process.title },
    story,
    phases: phases.map((phase) => ({ title: phase.title, startsOn: phase.startsOn, endsOn: phase.endsOn })),
    events: timeline
      .filter((item) => item.startsOn <= today)
      .map((item) => ({ title: item.title, startsOn: item.startsOn, kind: item.kind })),
    figures: { fi: figures[0]!, sv: figures[1]!, en: figures[2]! },
    themes: (themes?.themes ?? []).map((theme) => ({
      label: theme.label,
      summary: theme.summary,
      contributions: theme.contributionCount,
      quotes: theme.quotes.slice(0, QUOTES_PER_THEME).map((quote) => quote.text),
    })),
    opinions,
    dialogues,
    goals: followUp.goals.map((goal) => {
      const objectives = followUp.objectives.filter((objective) => objective.goalId === goal.id);
      const ids = new Set(objectives.map((objective) => objective.id));
      return {
        title: goal.title,
        objectives: objectives.length,
        indicators: followUp.indicators.filter((indicator) => ids.has(indicator.objectiveId)).length,
      };
    }),
  };
}

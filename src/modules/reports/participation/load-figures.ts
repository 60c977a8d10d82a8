import type { Locale } from '../../../platform/i18n/locales.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { type ContributionCount, countProcessContributions, countProcessContributionsBy } from '../../contributions/index.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies, listBodyMemberAccounts, listPhases, type Process } from '../../processes/index.ts';
import { countByBackground } from './count-by-background.ts';
import { BACKGROUND_DIMENSIONS, type Dimension, type FigureRow, type ParticipationFigures, suppressed } from './model.ts';

/**
 * A process's participation figures in the reader's language: totals; people and contributions per
 * channel, phase and month; and per body, unit, sector, age band and area with every group of fewer
 * than five people suppressed. Read from the contributions every channel records.
 */
export async function loadParticipationFigures(
  context: Pick<AppContext, 'db'>,
  organisationId: string,
  process: Process,
  locale: Locale,
): Promise<ParticipationFigures> {
  const { db } = context;
  const [phases, bodies, units] = await Promise.all([
    listPhases(db, organisationId, [process.id]),
    listBodies(db, organisationId, process.id),
    listUnitTree(db, organisationId),
  ]);
  const bodySeats = await Promise.all(
    bodies.map(async (body) => ({
      id: body.id,
      label: localize(body.name, locale),
      userIds: await listBodyMemberAccounts(context, organisationId, [body.id]),
    })),
  );
  const row = (key: string, label: string, count: ContributionCount): FigureRow => ({ ...count, key, label });
  const [total, channels, months, phaseRows, bodyRows, background] = await Promise.all([
    countProcessContributions(db, organisationId, process.id),
    countProcessContributionsBy(db, organisationId, process.id, 'channel'),
    countProcessContributionsBy(db, organisationId, process.id, 'month'),
    Promise.all(
      phases.map(async (phase) =>
        row(
          phase.id,
          localize(phase.title, locale),
          await countProcessContributions(db, organisationId, process.id, { from: phase.startsOn, to: dayAfter(phase.endsOn) }),
        ),
      ),
    ),
    Promise.all(
      bodySeats.map(async (body) =>
        row(body.id, body.label, await countProcessContributions(db, organisationId, process.id, { authorUserIds: body.userIds })),
      ),
    ),
    countByBackground(db, organisationId, process.id),
  ]);
  const unitNames = new Map(flattenUnitTree(units).map((unit) => [unit.id, localize(unit.name, locale)]));
  const unitRows = background.unit.map((row) => ({ ...row, label: unitNames.get(row.key) ?? row.label }));
  const raw: Record<Dimension, FigureRow[]> = {
    channel: channels.map((count) => row(count.key, count.key, count)),
    phase: phaseRows,
    month: months.map((count) => row(count.key, count.key, count)),
    body: bodyRows,
    unit: unitRows,
    sector: background.sector,
    ageBand: background.ageBand,
    area: background.area,
  };
  const breakdowns = Object.fromEntries(
    Object.entries(raw).map(([dimension, rows]) => [
      dimension,
      rows.map((row) => suppressed(row, BACKGROUND_DIMENSIONS.includes(dimension as Dimension))),
    ]),
  ) as Record<Dimension, FigureRow[]>;
  return { people: total.people, contributions: total.contributions, breakdowns };
}

/** The day after a calendar date 'YYYY-MM-DD': a phase's exclusive end (phases' dates are inclusive). */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

import { buffer } from 'node:stream/consumers';
import type { AppContext } from '../../../platform/module.ts';
import { listPhases, type Process } from '../../processes/index.ts';
import { openDataZip } from '../export/open-data.ts';
import { loadParticipationFigures } from '../participation/load-figures.ts';
import type { BuiltReport } from '../report/model.ts';
import { type StoredFile, storedOrBuilt } from './stored-files.ts';

/** A published report as the open data is built from it. */
export interface PublishedReport {
  report: BuiltReport;
  publishedAt: string;
}

/**
 * The process's open-data zip as stored for its current publishing: built (from the live
 * contributions and the published report) when the report is published, and again when the stored
 * one is missing, stale or from an earlier publishing.
 */
export function openDataPackage(
  context: Pick<AppContext, 'db' | 'clock'>,
  organisationId: string,
  process: Process,
  published: PublishedReport,
): Promise<StoredFile> {
  const key = { organisationId, processId: process.id, kind: 'open-data' as const, variant: '' };
  return storedOrBuilt(
    context.db,
    key,
    published.publishedAt,
    async () => {
      const [phases, figures] = await Promise.all([
        listPhases(context.db, organisationId, [process.id]),
        loadParticipationFigures(context, organisationId, process, 'fi'),
      ]);
      return buffer(openDataZip({ db: context.db, organisationId, process, phases, figures, ...published }));
    },
    () => context.clock.now(),
  );
}

import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { listPhases } from '../../processes/index.ts';
import { findCodebook } from '../codebook/list-codebooks.ts';
import { startThemeRun } from '../commands/start-theme-run.ts';
import { loadAnalysedProcess } from '../loaders.ts';
import { processParams, startRunSchema } from '../schemas.ts';
import { sentStartValues } from '../views/start-run-form.tsx';
import { renderProcessRuns } from './render-pages.tsx';

/** An analyst starts a theme run over a process's contributions; the job runs it. */
export const startRunAction = defineAction({
  name: 'insights.run.start',
  summary: 'Start finding themes in a process’s contributions',
  tag: 'insights',
  permission: 'insights.admin.list',
  params: processParams,
  input: startRunSchema,
  load: ({ context, request, params }) => loadAnalysedProcess(context, request, params.processId, 'insights.run.start'),
  run: async ({ context, request, actor, subject, input, now }) => {
    const phases = input.phaseId ? await listPhases(context.db, actor.organisationId, [subject.id]) : [];
    const phase = phases.find((candidate) => candidate.id === input.phaseId);
    if (input.phaseId && !phase) throw refuse.invalid({ phaseId: { key: 'insights.validation.phaseUnknown' } });
    if (input.codebookId) {
      // Another process's or organisation's codebook is as unknown as a made-up id.
      const codebook = await findCodebook(context.db, actor.organisationId, subject.id, input.codebookId);
      if (!codebook) throw refuse.invalid({ codebookId: { key: 'insights.validation.codebookUnknown' } });
      if (codebook.themes.length === 0) throw refuse.invalid({ codebookId: { key: 'insights.validation.codebookEmpty' } });
    }
    const filter = {
      channels: input.channels,
      phaseId: input.phaseId,
      languages: input.languages,
      phase: phase ? { startsOn: phase.startsOn, endsOn: phase.endsOn } : null,
      timeZone: request.organisation.timeZone,
    };
    return startThemeRun(
      context.db,
      actor,
      {
        processId: subject.id,
        filter,
        seed: input.seed,
        minThemes: input.minThemes,
        maxThemes: input.maxThemes,
        codebookId: input.codebookId,
        minimumSimilarity: input.minimumSimilarity,
      },
      now,
    );
  },
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/insights/processes/:processId/runs',
    status: 201,
    response: z.object({ id: z.string() }),
    present: (_call, id) => ({ id }),
  },
  page: {
    url: '/admin/insights/processes/:processId/runs',
    form: ({ context, request, subject }, reply, { values, errors }, status) =>
      renderProcessRuns(context, request, reply, subject, { values: sentStartValues(values), errors }, status),
    done: (_call, id) => ({ to: `/admin/insights/runs/${id}`, flash: 'insights.flash.started' }),
  },
});

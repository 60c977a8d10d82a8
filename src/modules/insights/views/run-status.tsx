import { useView } from '../../../platform/views/context.ts';
import type { ThemeRun } from '../model.ts';

/** A run's status in words, with its progress while it is running and its reason when it failed. */
export function RunStatus(props: { run: ThemeRun }) {
  const view = useView();
  const { run } = props;
  return (
    <span>
      {view.t(`insights.status.${run.status}`)}
      {run.status === 'running' && ` (${run.progress} %)`}
      {run.status === 'failed' && run.error && `: ${view.t(`insights.runError.${run.error}`)}`}
    </span>
  );
}

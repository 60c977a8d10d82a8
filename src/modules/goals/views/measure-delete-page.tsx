import { ConfirmPage } from '../../../platform/views/components/confirm-page.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { LoadedObjective } from '../loaders.ts';
import type { Measure } from '../model.ts';

/** Asks before a measure is deleted: what goes, with a way back to the objective. */
export function MeasureDeletePage(props: { loaded: LoadedObjective & { measure: Measure } }) {
  const view = useView();
  const { measure, objective, process } = props.loaded;
  const values = { name: view.text(measure.title) };
  return (
    <ConfirmPage
      title={view.t('goals.measure.deleteTitle', values)}
      question={view.t('goals.measure.deleteQuestion', values)}
      consequence={view.t('goals.measure.deleteConsequence', values)}
      action={view.href(`/admin/goals/measures/${measure.id}/delete`)}
      cancelHref={view.href(`/admin/goals/objectives/${objective.id}`)}
      confirmLabel={view.t('goals.measure.deleteConfirm', values)}
      breadcrumbs={[
        { label: view.t('goals.admin.title'), href: view.href('/admin/goals') },
        { label: view.text(process.title), href: view.href(`/admin/goals/processes/${process.id}`) },
        { label: view.text(objective.title), href: view.href(`/admin/goals/objectives/${objective.id}`) },
      ]}
    />
  );
}

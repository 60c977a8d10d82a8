import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import { type ParticipationFigures, SMALL_GROUP } from '../participation/model.ts';
import { ParticipationSections } from './participation-sections.tsx';

/** The coordinator's participation dashboard of a process: totals, then every breakdown as a chart and a table. */
export function ParticipationPage(props: { process: Process; figures: ParticipationFigures }) {
  const view = useView();
  const processTitle = view.text(props.process.title);
  const title = view.t('reports.participation.title', { process: processTitle });
  return (
    <AdminLayout title={title} breadcrumbs={[{ label: processTitle, href: view.href(`/processes/${props.process.slug}`) }]}>
      <h1>{title}</h1>
      <p>{view.t('reports.participation.totals', { people: props.figures.people, contributions: props.figures.contributions })}</p>
      <p>{view.t('reports.participation.method', { smallest: SMALL_GROUP })}</p>
      <p>
        <a href={view.href(`/admin/reports/${props.process.slug}`)}>{view.t('reports.participation.toReport')}</a>
      </p>
      <ParticipationSections figures={props.figures} headingLevel={2} />
    </AdminLayout>
  );
}

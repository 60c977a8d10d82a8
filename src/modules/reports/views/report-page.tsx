import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { BuiltReport } from '../report/model.ts';
import { ReportBody } from './report-body.tsx';
import { PublishedLinks } from './report-editor-page.tsx';

/** The published final report of a process as a public page, with its PDF, XLSX and open data. */
export function ReportPage(props: { report: BuiltReport; publishedAt: string; canPrint: boolean }) {
  const view = useView();
  const title = view.t('reports.report.title', { process: view.text(props.report.data.process.title) });
  return (
    <Layout title={title}>
      <ReportBody report={props.report} publishedAt={props.publishedAt} />
      <section aria-labelledby="report-downloads">
        <h2 id="report-downloads">{view.t('reports.links.heading')}</h2>
        <PublishedLinks slug={props.report.data.process.slug} canPrint={props.canPrint} />
      </section>
    </Layout>
  );
}

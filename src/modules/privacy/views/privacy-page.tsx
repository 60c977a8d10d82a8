import type { RetentionRule } from '../../../platform/retention.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import { StatementBody, type StatementText } from './statement-text.tsx';

/** The privacy notice with every declared retention rule: what is kept, how long, and what happens then. */
export function PrivacyPage(props: { text: StatementText; rules: RetentionRule[] }) {
  const view = useView();
  return (
    <Layout title={props.text.title}>
      <StatementBody text={props.text} />
      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{view.t('privacy.retention.title')}</h2>
        <p>{view.t('privacy.retention.intro')}</p>
        <TableScroll label={view.t('privacy.retention.title')}>
          <table>
            <caption class="visually-hidden">{view.t('privacy.retention.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('privacy.retention.data')}</th>
                <th scope="col">{view.t('privacy.retention.period')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rules.map((rule) => (
                <tr key={rule.name} id={`retention-${rule.name.replace('.', '-')}`}>
                  <th scope="row">{view.text(rule.data)}</th>
                  <td>{view.text(rule.period)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </Layout>
  );
}

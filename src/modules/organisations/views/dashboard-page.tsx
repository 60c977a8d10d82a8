import type { AdminLink } from '../../../platform/module.ts';
import { AdminLayout } from '../../../platform/views/components/admin-layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { NamedAuditItem } from '../queries/name-audit-entries.ts';
import type { UnitFigures } from '../queries/unit-figures.ts';
import { AuditTable } from './audit-table.tsx';
import { type MonthParticipation, ParticipationSection } from './participation-section.tsx';

function Figures(props: { figures: UnitFigures }) {
  const view = useView();
  const rows = [
    ['organisations.dashboard.unitCount', props.figures.units],
    ['organisations.dashboard.workCommunityCount', props.figures.workCommunities],
    ['organisations.dashboard.headcount', props.figures.headcount],
  ] as const;
  return (
    <section aria-labelledby="organisation-overview">
      <h2 id="organisation-overview">{view.t('organisations.dashboard.overview')}</h2>
      <dl class="summary-list">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{view.t(key)}</dt>
            <dd>{value.toLocaleString(view.locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function RecentEntries(props: { items: NamedAuditItem[] }) {
  const view = useView();
  return (
    <section aria-labelledby="recent-audit">
      <h2 id="recent-audit">{view.t('organisations.dashboard.recentAudit')}</h2>
      {props.items.length ? (
        <AuditTable items={props.items} caption={view.t('organisations.dashboard.recentAuditCaption')} />
      ) : (
        <p>{view.t('organisations.audit.empty')}</p>
      )}
      <p>
        <a href={view.href('/admin/audit')}>{view.t('organisations.dashboard.allAudit')}</a>
      </p>
    </section>
  );
}

/**
 * The admin home: the organisation's participation this month and its latest
 * audit entries in words (for those who may read them) at the top, then the
 * areas the actor may use and the organisation's facts.
 */
export function DashboardPage(props: {
  links: AdminLink[];
  figures: UnitFigures | null;
  participation: MonthParticipation | null;
  recent: NamedAuditItem[] | null;
}) {
  const view = useView();
  const title = view.t('organisations.dashboard.title');
  return (
    <AdminLayout title={title}>
      <h1>{title}</h1>
      <p class="lead">{view.t('organisations.dashboard.intro')}</p>
      {props.participation && <ParticipationSection participation={props.participation} />}
      {props.recent && <RecentEntries items={props.recent} />}
      <h2>{view.t('organisations.dashboard.areas')}</h2>
      <ul class="admin-areas">
        {props.links.map((link) => (
          <li key={link.path}>
            <a href={view.href(link.path)}>{view.t(link.labelKey)}</a>
          </li>
        ))}
      </ul>
      {props.figures && <Figures figures={props.figures} />}
    </AdminLayout>
  );
}

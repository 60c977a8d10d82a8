import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import type { Body } from '../queries/list-bodies.ts';
import { BODY_KIND_LABELS } from './labels.ts';
import { langOf } from './localized.ts';
import { ProcessNavigation } from './process-navigation.tsx';

/** A body with the bodies below it, for the organisation chart. */
export interface BodyNode {
  body: Body;
  children: BodyNode[];
}

/**
 * Arranges bodies into a tree by parent. A body whose parent is missing, or
 * that sits in a loop of parents, is shown at the top rather than lost.
 */
export function bodyTree(bodies: readonly Body[]): BodyNode[] {
  const nodes = new Map(bodies.map((body) => [body.id, { body, children: [] as BodyNode[] }]));
  const reachesItself = (body: Body): boolean => {
    const seen = new Set<string>();
    for (let parentId = body.parentId; parentId; parentId = nodes.get(parentId)?.body.parentId ?? null) {
      if (parentId === body.id) return true;
      if (seen.has(parentId)) return false;
      seen.add(parentId);
    }
    return false;
  };
  const roots: BodyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.body.parentId ? nodes.get(node.body.parentId) : undefined;
    if (parent && !reachesItself(node.body)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function MemberList(props: { body: Body }) {
  const view = useView();
  const { body } = props;
  const sectorName = (sectorId: string | null) => view.text(body.sectors.find((sector) => sector.id === sectorId)?.name);
  return (
    <ul class="org-chart__members" aria-label={view.t('processes.organisation.members', { body: view.text(body.name) })}>
      {body.members.map((member) => (
        <li key={member.id}>
          <strong lang={langOf(view, member.positionTitle)}>{view.text(member.positionTitle)}</strong>
          {view.text(member.responsibility) && (
            <>
              {' – '}
              <span lang={langOf(view, member.responsibility)}>{view.text(member.responsibility)}</span>
            </>
          )}
          {sectorName(member.sectorId) && <> ({view.t('processes.organisation.memberSector', { sector: sectorName(member.sectorId) })})</>}
          {member.seatRole !== 'member' && (
            <span class="org-chart__role">
              {' · '}
              {view.t(`processes.seatRole.${member.seatRole}`)}
            </span>
          )}
          {member.personName && (
            <span class="org-chart__person">
              {' · '}
              {member.personName}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function BodyCard(props: { body: Body; depth: number }) {
  const view = useView();
  const { body } = props;
  const Heading = (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(props.depth, 4)]!;
  return (
    <div class="org-chart__body" id={`body-${body.id}`}>
      <Heading lang={langOf(view, body.name)}>{view.text(body.name)}</Heading>
      <p class="meta">{view.t(BODY_KIND_LABELS[body.kind])}</p>
      {view.text(body.description) && <p lang={langOf(view, body.description)}>{view.text(body.description)}</p>}
      {body.members.length > 0 && <MemberList body={body} />}
      {body.sectors.length > 0 && (
        <>
          <p class="meta" id={`sectors-${body.id}`}>
            {view.t('processes.organisation.sectors', { count: body.sectors.length })}
          </p>
          <ul class="sector-list" aria-labelledby={`sectors-${body.id}`}>
            {body.sectors.map((sector) => (
              <li key={sector.id} lang={langOf(view, sector.name)}>
                {view.text(sector.name)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function BodyBranch(props: { node: BodyNode; depth: number }) {
  return (
    <li class="org-chart__node">
      <BodyCard body={props.node.body} depth={props.depth} />
      {props.node.children.length > 0 && (
        <ul>
          {props.node.children.map((child) => (
            <BodyBranch key={child.body.id} node={child} depth={props.depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The process's bodies as an organisation chart with members, responsibilities and sectors. */
export function OrganisationPage(props: { process: Process; bodies: Body[] }) {
  const view = useView();
  const title = view.t('processes.organisation.title', { process: view.text(props.process.title) });
  const roots = bodyTree(props.bodies);
  return (
    <Layout title={title} wide>
      <ProcessNavigation process={props.process} current="organisation" />
      <h1>{title}</h1>
      <p class="lead">{view.t('processes.organisation.lead')}</p>
      {roots.length === 0 ? (
        <p>{view.t('processes.organisation.empty')}</p>
      ) : (
        <ul class="org-chart" aria-label={view.t('processes.organisation.chart')}>
          {roots.map((node) => (
            <BodyBranch key={node.body.id} node={node} depth={0} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

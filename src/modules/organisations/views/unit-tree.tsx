import { useView } from '../../../platform/views/context.ts';
import type { UnitNode } from '../queries/list-units.ts';
import { childrenHeadcount } from '../queries/unit-figures.ts';

function Heading(props: { depth: number; children: string }) {
  if (props.depth === 0) return <h2>{props.children}</h2>;
  if (props.depth === 1) return <h3>{props.children}</h3>;
  return <h4>{props.children}</h4>;
}

function Figures(props: { node: UnitNode; directory: ReadonlyMap<string, number> }) {
  const view = useView();
  const sum = childrenHeadcount(props.node);
  const placed = props.directory.get(props.node.id) ?? 0;
  return (
    <p class="meta">
      <span class="tag">
        {props.node.kind === 'unit' ? view.t('organisations.units.kind.unit') : view.t('organisations.units.kind.workCommunity')}
      </span>{' '}
      {view.t('organisations.units.headcountValue', { count: props.node.headcount })}
      {sum !== null && (
        <>
          {' · '}
          {view.t('organisations.units.childrenHeadcount', { count: sum })}
          {sum !== props.node.headcount && <strong> {view.t('organisations.units.headcountMismatch')}</strong>}
        </>
      )}
      {' · '}
      {view.t('organisations.units.directoryHeadcount', { count: placed })}
    </p>
  );
}

function Actions(props: { node: UnitNode; name: string }) {
  const view = useView();
  const hidden = <span class="visually-hidden">: {props.name}</span>;
  return (
    <ul class="actions">
      <li>
        <a href={view.href(`/admin/units/${props.node.id}/edit`)}>
          {view.t('organisations.units.edit')}
          {hidden}
        </a>
      </li>
      {props.node.kind === 'unit' && (
        <li>
          <a href={view.href(`/admin/units/new?parent=${props.node.id}&kind=work_community`)}>
            {view.t('organisations.units.addWorkCommunity')}
            {hidden}
          </a>
        </li>
      )}
      {props.node.children.length === 0 && (
        <li>
          <a href={view.href(`/admin/units/${props.node.id}/delete`)}>
            {view.t('organisations.units.delete')}
            {hidden}
          </a>
        </li>
      )}
    </ul>
  );
}

function Node(props: { node: UnitNode; depth: number; directory: ReadonlyMap<string, number> }) {
  const view = useView();
  const name = view.text(props.node.name);
  return (
    <li class="org-chart__node">
      <div class="org-chart__body">
        <Heading depth={props.depth}>{name}</Heading>
        <Figures node={props.node} directory={props.directory} />
        <Actions node={props.node} name={name} />
      </div>
      {props.node.children.length > 0 && (
        <ul>
          {props.node.children.map((child) => (
            <Node key={child.id} node={child} depth={props.depth + 1} directory={props.directory} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The units and their work communities as a nested list, each with its typed
 * headcount, the staff directory's count (`directory`: active people placed in
 * it or beneath it) and actions.
 */
export function UnitTree(props: { tree: UnitNode[]; directory: ReadonlyMap<string, number> }) {
  return (
    <ul class="org-chart">
      {props.tree.map((node) => (
        <Node key={node.id} node={node} depth={0} directory={props.directory} />
      ))}
    </ul>
  );
}

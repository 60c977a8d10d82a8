import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { AdminBody, AdminMember, AdminSector } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { Localized } from './admin-localized.tsx';
import { processAdminPath } from './admin-paths.ts';

/** Who sits in a seat, as its managers see it: the account, the invited e-mail, or vacant. */
function SeatPerson(props: { member: AdminMember }) {
  const view = useView();
  const { member } = props;
  if (member.personUserId) {
    const consent = member.namePublicConsent ? view.t('processes.admin.members.namePublic') : '';
    return (
      <>
        {member.personName ?? ''} {member.personEmail ? `<${member.personEmail}>` : ''}
        {consent && <> ({consent})</>}
      </>
    );
  }
  if (member.invitedEmail) return <>{view.t('processes.admin.members.invited', { email: member.invitedEmail })}</>;
  return <>{view.t('processes.admin.members.vacant')}</>;
}

function MemberRow(props: { member: AdminMember; sector: AdminSector | undefined; path: (...parts: string[]) => string }) {
  const view = useView();
  const { member, sector } = props;
  const hidden = (
    <span class="visually-hidden">
      {': '}
      <Localized text={member.positionTitle} />
    </span>
  );
  return (
    <tr>
      <th scope="row">
        <Localized text={member.positionTitle} />
        {member.seatRole !== 'member' && <> ({view.t(`processes.seatRole.${member.seatRole}`)})</>}
      </th>
      <td>
        <SeatPerson member={member} />
      </td>
      <td>
        <Localized text={member.responsibility} />
      </td>
      <td>{sector ? <Localized text={sector.name} /> : '–'}</td>
      <td class="actions">
        <a href={props.path(member.id)}>
          {view.t('processes.admin.edit.link')}
          {hidden}
        </a>
        <a href={props.path(member.id, 'delete')}>
          {view.t('processes.admin.members.remove')}
          {hidden}
        </a>
      </td>
    </tr>
  );
}

/** A body's members by position title, with links to add, edit and remove. */
export function BodyMembersSection(props: { process: Process; body: AdminBody }) {
  const view = useView();
  const { process, body } = props;
  const sectors = new Map(body.sectors.map((sector) => [sector.id, sector]));
  const memberPath = (...parts: string[]) => view.href(processAdminPath(process.id, 'bodies', body.id, 'members', ...parts));
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{view.t('processes.admin.members.title')}</h2>
      <p>
        <a class="button" href={memberPath('new')}>
          {view.t('processes.admin.members.add')}
        </a>
      </p>
      {body.members.length === 0 ? (
        <p>{view.t('processes.admin.members.empty')}</p>
      ) : (
        <TableScroll label={view.t('processes.admin.members.caption', { name: view.text(body.name) })}>
          <table class="data-table">
            <caption>{view.t('processes.admin.members.caption', { name: view.text(body.name) })}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('processes.admin.members.columnPosition')}</th>
                <th scope="col">{view.t('processes.admin.members.columnPerson')}</th>
                <th scope="col">{view.t('processes.admin.members.columnResponsibility')}</th>
                <th scope="col">{view.t('processes.admin.members.columnSector')}</th>
                <th scope="col">{view.t('processes.admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {body.members.map((member) => (
                <MemberRow
                  key={member.id}
                  member={member}
                  sector={member.sectorId ? sectors.get(member.sectorId) : undefined}
                  path={memberPath}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** A stakeholder panel's sectors, with links to add and remove. */
export function BodySectorsSection(props: { process: Process; body: AdminBody }) {
  const view = useView();
  const { process, body } = props;
  const sectorPath = (...parts: string[]) => view.href(processAdminPath(process.id, 'bodies', body.id, 'sectors', ...parts));
  return (
    <section aria-labelledby="sectors-title">
      <h2 id="sectors-title">{view.t('processes.admin.sectors.title')}</h2>
      <p>{view.t('processes.admin.sectors.intro')}</p>
      <p>
        <a class="button button--secondary" href={sectorPath('new')}>
          {view.t('processes.admin.sectors.add')}
        </a>
      </p>
      {body.sectors.length === 0 ? (
        <p>{view.t('processes.admin.sectors.empty')}</p>
      ) : (
        <TableScroll label={view.t('processes.admin.sectors.caption', { name: view.text(body.name) })}>
          <table class="data-table">
            <caption>{view.t('processes.admin.sectors.caption', { name: view.text(body.name) })}</caption>
            <thead>
              <tr>
                <th scope="col">{view.t('processes.admin.sectors.columnName')}</th>
                <th scope="col">{view.t('processes.admin.sectors.columnKey')}</th>
                <th scope="col">{view.t('processes.admin.columnActions')}</th>
              </tr>
            </thead>
            <tbody>
              {body.sectors.map((sector) => (
                <tr key={sector.id}>
                  <th scope="row">
                    <Localized text={sector.name} />
                  </th>
                  <td>{sector.key}</td>
                  <td class="actions">
                    <a href={sectorPath(sector.id, 'delete')}>
                      {view.t('processes.admin.sectors.remove')}
                      <span class="visually-hidden">
                        {': '}
                        <Localized text={sector.name} />
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

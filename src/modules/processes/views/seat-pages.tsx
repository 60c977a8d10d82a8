import { Button, Form } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { OwnSeat, SeatInvitation, SeatInvitationState } from '../queries/seat-invitations.ts';

/** The consent checkbox: unticked, only the position shows on the public chart. */
function NamePublicField(props: { id: string; checked: boolean }) {
  const view = useView();
  return (
    <div class="field field--checkbox">
      <input type="checkbox" id={props.id} name="namePublic" value="true" checked={props.checked} />{' '}
      <label for={props.id}>{view.t('processes.seat.namePublic')}</label>
    </div>
  );
}

/** Where a seat is: "Kaupunginjohtaja (puheenjohtaja), Ohjausryhmä – Rauman Tarina". */
function SeatPlace(props: { seat: Pick<OwnSeat, 'positionTitle' | 'seatRole' | 'bodyName' | 'processTitle'> }) {
  const view = useView();
  const { seat } = props;
  return (
    <>
      <strong>{view.text(seat.positionTitle)}</strong>
      {seat.seatRole !== 'member' && <> ({view.t(`processes.seatRole.${seat.seatRole}`)})</>}
      {', '}
      {view.text(seat.bodyName)} – {view.text(seat.processTitle)}
    </>
  );
}

/** A seat invitation's page: why the link does not work, how to sign in first, or the acceptance form. */
export function SeatInvitationPage(props: { state: SeatInvitationState; invitation?: SeatInvitation; token: string; signedIn: boolean }) {
  const view = useView();
  const { state, invitation, token } = props;
  const title = view.t('processes.seatInvitation.title');
  if (state !== 'valid' || !invitation) {
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <div class="notice notice--error" role="alert">
          <p>{view.t(`processes.seatInvitation.${state === 'valid' ? 'unknown' : state}`)}</p>
        </div>
      </Layout>
    );
  }
  const here = `/${view.locale}/seat-invitations/${token}`;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>
        {view.t('processes.seatInvitation.offer')} <SeatPlace seat={invitation} />
      </p>
      {props.signedIn ? (
        <Form action={view.href(`/seat-invitations/${token}`)}>
          <NamePublicField id="namePublic" checked={false} />
          <p class="hint">{view.t('processes.seat.namePublicHint')}</p>
          <Button>{view.t('processes.seatInvitation.accept')}</Button>
        </Form>
      ) : (
        <>
          <p>{view.t('processes.seatInvitation.signInFirst', { email: invitation.email })}</p>
          <p>
            <a class="button" href={`${view.href('/sign-in')}?next=${encodeURIComponent(here)}`}>
              {view.t('processes.seatInvitation.signIn')}
            </a>{' '}
            <a class="button button--secondary" href={`${view.href('/sign-up')}?next=${encodeURIComponent(here)}`}>
              {view.t('processes.seatInvitation.signUp')}
            </a>
          </p>
        </>
      )}
    </Layout>
  );
}

/** The signed-in person's seats, each with their choice about showing their name. */
export function OwnSeatsPage(props: { seats: OwnSeat[] }) {
  const view = useView();
  const title = view.t('processes.ownSeats.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('processes.ownSeats.lead')}</p>
      {props.seats.length === 0 ? (
        <p>{view.t('processes.ownSeats.empty')}</p>
      ) : (
        <ul class="own-seats">
          {props.seats.map((seat) => (
            <li key={seat.id}>
              <h2>
                <SeatPlace seat={seat} />
              </h2>
              {seat.publicByLaw ? (
                <p>{view.t('processes.ownSeats.publicByLaw')}</p>
              ) : (
                <Form action={view.href(`/account/seats/${encodeURIComponent(seat.id)}`)}>
                  <NamePublicField id={`namePublic-${seat.id}`} checked={seat.namePublicConsent} />
                  <Button>{view.t('processes.ownSeats.save')}</Button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={view.href('/account')}>{view.t('processes.ownSeats.back')}</a>
      </p>
    </Layout>
  );
}

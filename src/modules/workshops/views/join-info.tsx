import { renderSVG } from 'uqr';
import { useView } from '../../../platform/views/context.ts';

/** The QR code of a join address, as SVG markup (black on white, a quiet zone of two modules). */
export function joinQrSvg(address: string): string {
  return renderSVG(address, { border: 2 });
}

/**
 * The join address and code, large, and a QR code that opens the join page
 * with the code filled in (`/join/CODE`) for phones that scan it.
 */
/** `url` is the join page with its scheme: people read it without, phones scan it with. */
export function JoinInfo(props: { code: string; url: string; large?: boolean }) {
  const view = useView();
  return (
    <section class={props.large ? 'workshop-join workshop-join--large' : 'workshop-join'} aria-label={view.t('workshops.join.infoLabel')}>
      <p class="workshop-join__line">
        {view.t('workshops.join.goTo')} <strong class="workshop-join__url">{props.url.replace(/^https?:\/\//, '')}</strong>
      </p>
      <p class="workshop-join__line">
        {view.t('workshops.join.codeIs')} <strong class="workshop-join__code">{props.code}</strong>
      </p>
      <span
        class="workshop-join__qr"
        role="img"
        aria-label={view.t('workshops.join.qr')}
        // The markup is generated from our own address by uqr: no user text is in it.
        dangerouslySetInnerHTML={{ __html: joinQrSvg(`${props.url}/${props.code}`) }}
      />
    </section>
  );
}

import type { ProcessPageSection } from '../../platform/module.ts';
import { useView } from '../../platform/views/context.ts';

function FollowLink(props: { slug: string }) {
  const view = useView();
  return (
    <section aria-labelledby="follows-title">
      <h2 id="follows-title">{view.t('follows.section.title')}</h2>
      <p>{view.t('follows.section.what')}</p>
      <p>
        <a class="button button--secondary" href={view.href(`/processes/${props.slug}/follow`)}>
          {view.t('follows.section.link')}
        </a>
      </p>
    </section>
  );
}

/**
 * The process page's follow section: a link to the follow page (the page is served from the
 * render cache to visitors, so it holds nothing personal and no form; no query).
 */
export const processPageFollow: ProcessPageSection = async (_context, _organisationId, process) => <FollowLink slug={process.slug} />;

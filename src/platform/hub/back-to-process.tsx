import type { LocalizedText } from '../i18n/locales.ts';
import { localizedLanguage } from '../i18n/locales.ts';
import { useView } from '../views/context.ts';

/** A channel page's link back to its process's page (the hub of every channel). */
export function BackToProcess(props: { process: { slug: string; title: LocalizedText } }) {
  const view = useView();
  const { process } = props;
  return (
    <p class="back-to-process">
      <a href={view.href(`/processes/${process.slug}`)}>
        {view.t('platform.hub.backToProcess')} <span lang={localizedLanguage(process.title, view.locale)}>{view.text(process.title)}</span>
      </a>
    </p>
  );
}

import type { ParticipationEntry } from '../../../platform/hub/process-channels.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { langOf } from './localized.ts';
import { ProcessNavigation } from './process-navigation.tsx';

/**
 * "My participation" in a process: what the visitor did there (answers, registrations, notes,
 * votes), newest first, each with a link back to it. A signed-in person sees their account's
 * acts and this browser's without an account; a visitor who is not signed in sees this
 * browser's (known by its own cookie) and is told how to see the rest.
 */
export function MyParticipationPage(props: { process: Process; entries: ParticipationEntry[]; signedIn: boolean }) {
  const view = useView();
  const { process, entries, signedIn } = props;
  return (
    <Layout title={`${view.t('processes.participation.title')} – ${view.text(process.title)}`}>
      <ProcessNavigation process={process} current="participation" />
      <h1>{view.t('processes.participation.title')}</h1>
      <p>{view.t(signedIn ? 'processes.participation.intro' : 'processes.participation.browserIntro')}</p>
      {entries.length === 0 ? (
        <p>
          {view.t(signedIn ? 'processes.participation.empty' : 'processes.participation.browserEmpty')}{' '}
          <a href={view.href(`/processes/${process.slug}#hub-open-title`)}>{view.t('processes.participation.takePart')}</a>
        </p>
      ) : (
        <ul class="participation-list">
          {entries.map((entry, index) => (
            <li key={`${entry.kind}-${index}`} data-kind={entry.kind}>
              <h2 lang={langOf(view, entry.channelTitle)}>{view.text(entry.channelTitle)}</h2>
              <p>
                {entry.what}
                {' · '}
                <time dateTime={entry.at}>{view.formatDate(entry.at, { dateStyle: 'long', timeZone: view.organisation.timeZone })}</time>
                {signedIn && entry.byBrowser && ` · ${view.t('processes.participation.byBrowser')}`}
              </p>
              {entry.link && (
                <p>
                  <a href={view.href(entry.link.path)}>
                    {entry.link.label}
                    <span class="visually-hidden">: {view.text(entry.channelTitle)}</span>
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>{view.t(signedIn ? 'processes.participation.anonymousNote' : 'processes.participation.browserNote')}</p>
    </Layout>
  );
}

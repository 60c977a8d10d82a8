import { useView } from '../../../platform/views/context.ts';
import type { LiveView } from '../live/live-view.ts';
import type { Workshop } from '../model.ts';
import { rankWall } from '../wall.ts';
import { JoinInfo } from './join-info.tsx';
import { liveStrings } from './live-strings.ts';
import { PromptHeading, RoomNotices, Timer } from './room-parts.tsx';
import { WallView } from './wall-view.tsx';

function Ranked(props: { live: LiveView }) {
  const view = useView();
  return (
    <>
      {props.live.walls.map((wall) => (
        <section key={wall.groupId ?? 'all'} class="workshop-wall">
          {wall.groupName && <h2>{wall.groupName}</h2>}
          <ol class="projector__ranking">
            {rankWall(wall).map((item) => (
              <li key={item.id}>
                <span class="projector__label">{item.label}</span>{' '}
                <span class="workshop-votes">{view.t('workshops.wall.votes', { count: item.votes })}</span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

/**
 * The big screen: its own document without the site's header and navigation,
 * in large type — the prompt, the join address and code, the timer, and the
 * wall (ranked at results). projector.js keeps it live.
 */
export function ProjectorPage(props: { workshop: Workshop; live: LiveView; version: number; joinUrl: string }) {
  const view = useView();
  const { workshop, live } = props;
  const title = `${view.t('workshops.projector.title')}: ${view.text(workshop.title)}`;
  const results = live.prompt?.stage === 'results';
  return (
    <html lang={view.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${view.text(view.organisation.name)}`}</title>
        <link rel="stylesheet" href="/assets/tarina.css" />
        <link rel="stylesheet" href="/branding.css" />
        <link rel="stylesheet" href="/assets/workshops/workshops.css" />
      </head>
      <body class="projector">
        <main
          id="main"
          class="projector__main"
          data-live-url={`/api/v1/workshops/${workshop.id}/live?view=projector`}
          data-version={String(props.version)}
          data-state={`${live.status}|${live.locked}`}
          data-locale={view.locale}
          data-t-stage-pending={view.t('workshops.stage.pending')}
          data-t-stage-writing={view.t('workshops.stage.writing')}
          data-t-stage-clustering={view.t('workshops.stage.clustering')}
          data-t-stage-voting={view.t('workshops.stage.voting')}
          data-t-stage-results={view.t('workshops.stage.results')}
          data-t-participants={view.t('workshops.summary.participants')}
          {...liveStrings(view)}
        >
          <header class="projector__header">
            <p class="projector__workshop">{view.text(workshop.title)}</p>
            <JoinInfo code={workshop.joinCode} url={props.joinUrl} large />
            <p class="projector__participants" id="projector-participants">
              {view.t('workshops.summary.participants')}: {live.participantCount}
            </p>
          </header>
          <RoomNotices live={live} kind={workshop.kind} />
          <div id="projector-prompt">
            <PromptHeading live={live} level="h1" />
          </div>
          <div id="projector-timer">
            <Timer endsAt={live.timerEndsAt} />
          </div>
          <div id="projector-walls" data-results={results ? 'true' : 'false'}>
            {results ? (
              <Ranked live={live} />
            ) : (
              live.walls.map((wall) => (
                <WallView key={wall.groupId ?? 'all'} wall={wall} headingLevel={2} title={wall.groupName ?? undefined} />
              ))
            )}
          </div>
          <div id="workshop-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
        </main>
        <script type="module" src="/assets/workshops/projector.js" />
      </body>
    </html>
  );
}

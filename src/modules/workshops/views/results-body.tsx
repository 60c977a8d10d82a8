import { useView } from '../../../platform/views/context.ts';
import type { WorkshopState } from '../model.ts';
import type { PromptResults } from '../results.ts';
import { rankWall } from '../wall.ts';

/** A seminar's agreed, ordered outcome. */
export function OutcomeList(props: { state: WorkshopState }) {
  const view = useView();
  if (props.state.outcome.length === 0) return null;
  return (
    <section aria-labelledby="outcome-title" class="workshop-outcome">
      <h2 id="outcome-title">{view.t('workshops.results.outcome')}</h2>
      <ol>
        {props.state.outcome.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Every prompt's results: per wall, the clusters and lone notes most dots
 * first, each with its notes. A prompt whose results are not out yet says so.
 */
export function ResultsBody(props: { state: WorkshopState; results: PromptResults[] }) {
  const view = useView();
  return (
    <>
      <OutcomeList state={props.state} />
      {props.results.map(({ prompt, ready, walls }) => (
        <section key={prompt.id} class="workshop-results" aria-labelledby={`results-${prompt.id}`}>
          <h2 id={`results-${prompt.id}`}>{view.text(prompt.text)}</h2>
          {!ready && <p class="muted">{view.t('workshops.results.notYet')}</p>}
          {walls.map((wall) => (
            <div key={wall.groupId ?? 'all'}>
              {wall.groupName && <h3>{wall.groupName}</h3>}
              {wall.noteCount === 0 ? (
                <p class="muted">{view.t('workshops.wall.empty')}</p>
              ) : (
                <ol class="workshop-ranking">
                  {rankWall(wall).map((item) => (
                    <li key={item.id}>
                      <p>
                        <strong>{item.label}</strong>{' '}
                        <span class="workshop-votes">{view.t('workshops.wall.votes', { count: item.votes })}</span>
                      </p>
                      {item.type === 'cluster' && (
                        <ul>
                          {item.notes
                            .flatMap((note) => [note, ...note.duplicates])
                            .map((note) => (
                              <li key={note.id}>
                                {note.text}
                                {note.authorName && <span class="muted"> – {note.authorName}</span>}
                              </li>
                            ))}
                        </ul>
                      )}
                      {item.type === 'note' && item.notes[0] && item.notes[0].duplicates.length > 0 && (
                        <ul>
                          {item.notes[0].duplicates.map((note) => (
                            <li key={note.id}>{note.text}</li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Progress } from '../queries/describe-progress.ts';
import type { ProcessWithPhases } from '../queries/list-visible-processes.ts';
import { langOf } from './localized.ts';
import { progressStatusText } from './progress-status.tsx';
import { VisibilityTag } from './visibility-tag.tsx';

/** A process card's content: the process, its phases and where it stands today. */
export interface ProcessCard extends ProcessWithPhases {
  progress: Progress;
}

function Card(props: { card: ProcessCard }) {
  const view = useView();
  const { process, phases, progress } = props.card;
  return (
    <li>
      <article class="card">
        <h3 class="card__title" lang={langOf(view, process.title)}>
          <a href={view.href(`/processes/${process.slug}`)}>{view.text(process.title)}</a>
        </h3>
        <p class="card__meta">
          {progressStatusText(view, progress, phases)} <VisibilityTag visibility={process.visibility} />
        </p>
        {view.text(process.summary) && (
          <div class="card__body">
            <p lang={langOf(view, process.summary)}>{view.text(process.summary)}</p>
          </div>
        )}
      </article>
    </li>
  );
}

/** The organisation's front page: its name, a lead and the processes the visitor may see. */
export function FrontPage(props: { cards: ProcessCard[] }) {
  const view = useView();
  const name = view.text(view.organisation.name);
  return (
    <Layout title={view.t('processes.front.title')}>
      <h1>{name}</h1>
      <p class="lead">{view.t('processes.front.lead')}</p>
      <section aria-labelledby="processes-title">
        <h2 id="processes-title">{view.t('processes.front.processes')}</h2>
        {props.cards.length === 0 ? (
          <p>{view.t('processes.front.empty')}</p>
        ) : (
          <ul class="card-list">
            {props.cards.map((card) => (
              <Card key={card.process.id} card={card} />
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Workshop } from '../model.ts';

/** The workshops and seminars of a process whose results are public, with a way in by code. */
export function ProcessWorkshopsPage(props: { process: Process; workshops: Workshop[] }) {
  const view = useView();
  const title = view.t('workshops.process.title');
  return (
    <Layout title={`${title} – ${view.text(props.process.title)}`}>
      <p class="meta">
        <a href={view.href(`/processes/${props.process.slug}`)}>{view.text(props.process.title)}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <a class="button" href={view.href('/join')}>
          {view.t('workshops.process.join')}
        </a>
      </p>
      {props.workshops.length === 0 ? (
        <p>{view.t('workshops.process.none')}</p>
      ) : (
        <ul class="card-list">
          {props.workshops.map((workshop) => (
            <li key={workshop.id}>
              <div class="card">
                <h2 class="card__title">
                  <a href={view.href(`/workshops/${workshop.id}/results`)}>{view.text(workshop.title)}</a>
                </h2>
                <p class="card__meta">
                  {view.t(`workshops.kind.${workshop.kind}`)} · {view.formatDate(workshop.createdAt, { dateStyle: 'long' })}
                </p>
                {view.text(workshop.description) && <p class="card__body">{view.text(workshop.description)}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

import { Layout } from '../../../platform/views/components/layout.tsx';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Version } from '../model.ts';

/** Every version of the story the actor may read, newest first, each with its changelog and a comparison with the one before. */
export function VersionsPage(props: { process: Process; versions: Version[]; edits: boolean }) {
  const view = useView();
  const title = view.t('story.versions.title');
  const base = `/processes/${props.process.slug}/story`;
  const versions = [...props.versions].reverse();
  return (
    <Layout title={title}>
      <p>
        <a href={view.href(base)}>{view.t('story.page.backToStory')}</a>
      </p>
      <h1>{title}</h1>
      {props.edits && (
        <p>
          <a class="button" href={view.href(`${base}/versions/new`)}>
            {view.t('story.versions.new')}
          </a>
        </p>
      )}
      {versions.length === 0 ? (
        <p>{view.t('story.versions.empty')}</p>
      ) : (
        <TableScroll label={title}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{view.t('story.versions.number')}</th>
                <th scope="col">{view.t('story.versions.saved')}</th>
                <th scope="col">{view.t('story.versions.status')}</th>
                <th scope="col">{view.t('story.versions.changelog')}</th>
                <th scope="col">{view.t('story.versions.compare')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id}>
                  <td>
                    <a href={view.href(`${base}/versions/${version.number}`)}>{view.t('story.version.name', { number: version.number })}</a>
                  </td>
                  <td>{view.formatDate(version.createdAt, { dateStyle: 'medium' })}</td>
                  <td>{view.t(version.status === 'decided' ? 'story.status.decided' : 'story.status.draft')}</td>
                  <td>{view.text(version.changelog)}</td>
                  <td>
                    {version.number > 1 && props.versions.some((item) => item.number === version.number - 1) ? (
                      <a href={view.href(`${base}/diff?from=${version.number - 1}&to=${version.number}`)}>
                        {view.t('story.versions.compareWith', { from: version.number - 1, to: version.number })}
                      </a>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Layout>
  );
}

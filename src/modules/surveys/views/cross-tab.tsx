import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Question } from '../model.ts';
import { OTHER_KEY, type SurveyResults } from '../queries/survey-results.ts';

/** A question's choices (rows) against the choices of a background question (columns), as counts. */
export function CrossTab(props: { question: Question; by: Question; crossTab: NonNullable<SurveyResults['crossTab']> }) {
  const view = useView();
  const table = props.crossTab[props.question.id] ?? {};
  const columns = props.by.choices.filter((choice) => !choice.removed);
  const rows = [
    ...props.question.choices.filter((choice) => !choice.removed).map((choice) => ({ key: choice.id, label: view.text(choice.label) })),
    ...(props.question.settings.allowOther ? [{ key: OTHER_KEY, label: view.t('surveys.answer.other') }] : []),
  ];
  return (
    <TableScroll
      label={view.t('surveys.results.crossTabCaption', { question: view.text(props.question.text), by: view.text(props.by.text) })}
    >
      <table class="data-table">
        <caption>
          {view.t('surveys.results.crossTabCaption', { question: view.text(props.question.text), by: view.text(props.by.text) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{view.t('surveys.results.choice')}</th>
            {columns.map((column) => (
              <th scope="col" class="text-right" key={column.id}>
                {view.text(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => (
                <td class="text-right" key={column.id}>
                  {table[row.key]?.[column.id] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

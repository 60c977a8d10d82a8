import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { TextArea } from '../../../platform/views/components/forms.tsx';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Indicator, Round } from '../model.ts';
import { GOALS_LIMITS } from '../schemas.ts';
import { FormSection, type FormState, NumberField } from './form-parts.tsx';
import { formatFigure } from './format.ts';

/** One of the reporter's indicators in the round: its target for the round's year and what was reported already. */
export interface ReportRow {
  indicator: Indicator;
  target: number | undefined;
}

/**
 * What a mailed link opens, without signing in: exactly the reporter's indicators in the round,
 * one figure and comment each, on one page that works on a phone.
 */
export function ReportPage(props: { token: string; process: { title: LocalizedText }; round: Round; rows: ReportRow[]; form: FormState }) {
  const view = useView();
  const title = view.t('goals.report.title', { round: view.text(props.round.name) });
  const values = props.form.values ?? {};
  const nested = (group: string) => (values[group] && typeof values[group] === 'object' ? (values[group] as Record<string, unknown>) : {});
  const labels = Object.fromEntries(props.rows.map((row) => [`actual.${row.indicator.id}`, view.text(row.indicator.name)]));
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>
        {view.t('goals.report.intro', {
          process: view.text(props.process.title),
          due: view.formatDate(`${props.round.dueOn}T12:00:00Z`),
        })}
      </p>
      {props.rows.length === 0 ? (
        <p>{view.t('goals.report.nothing')}</p>
      ) : (
        <FormSection
          id="goals-report"
          title={view.t('goals.report.formTitle')}
          action={`/goals/report/${props.token}`}
          labels={labels}
          errors={props.form.errors}
          submit={view.t('goals.report.submit')}
        >
          {props.rows.map((row) => (
            <fieldset key={row.indicator.id} class="localized-fields">
              <legend class="field__label">{view.text(row.indicator.name)}</legend>
              <p class="field__hint">
                {row.target === undefined
                  ? view.t('goals.report.noTarget', { unit: row.indicator.measureUnit })
                  : view.t('goals.report.target', {
                      target: formatFigure(row.target, view.locale),
                      unit: row.indicator.measureUnit,
                      year: String(props.round.year),
                    })}
              </p>
              <NumberField
                name={`actual.${row.indicator.id}`}
                label={view.t('goals.indicator.actual')}
                values={{ [`actual.${row.indicator.id}`]: nested('actual')[row.indicator.id] }}
                errors={props.form.errors}
              />
              <TextArea
                name={`comment.${row.indicator.id}`}
                label={view.t('goals.actual.comment')}
                value={String(nested('comment')[row.indicator.id] ?? '')}
                maxLength={GOALS_LIMITS.commentMax}
                rows={3}
                required={false}
                errors={props.form.errors}
              />
            </fieldset>
          ))}
        </FormSection>
      )}
    </Layout>
  );
}

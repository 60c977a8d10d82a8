import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Button, CheckboxGroup, Form } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';

/** The form that links a theme to the same theme in other languages: the run's other themes, the linked ones checked. */
export function CounterpartsForm(props: {
  runId: string;
  themeId: string;
  otherThemes: Array<{ id: string; label: LocalizedText }>;
  counterpartIds: string[];
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  if (props.otherThemes.length === 0) return null;
  return (
    <section aria-labelledby="counterparts-title">
      <h2 id="counterparts-title">{view.t('insights.counterparts.title')}</h2>
      <Form action={view.href(`/admin/insights/runs/${props.runId}/themes/${props.themeId}/counterparts`)}>
        <CheckboxGroup
          name="counterpartIds"
          legend={view.t('insights.counterparts.legend')}
          hint={view.t('insights.counterparts.hint')}
          values={props.counterpartIds}
          options={props.otherThemes.map((theme) => ({ value: theme.id, label: view.text(theme.label) }))}
          errors={props.errors}
        />
        <Button variant="secondary">{view.t('insights.counterparts.submit')}</Button>
      </Form>
    </section>
  );
}

/** "In other languages: …" under a theme, naming its linked counterparts. */
export function CounterpartsLine(props: {
  counterpartIds: string[];
  themes: Array<{ id: string; label: LocalizedText }>;
  hrefOf?: (id: string) => string;
}) {
  const view = useView();
  const linked = props.counterpartIds.map((id) => props.themes.find((theme) => theme.id === id)).filter((theme) => theme !== undefined);
  if (linked.length === 0) return null;
  return (
    <p>
      {view.t('insights.counterparts.linked')}{' '}
      {linked.map((theme, index) => (
        <span key={theme.id}>
          {index > 0 && ', '}
          {props.hrefOf ? <a href={props.hrefOf(theme.id)}>{view.text(theme.label)}</a> : view.text(theme.label)}
        </span>
      ))}
    </p>
  );
}

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

/**
 * Suggested counterparts of a theme, each with a button that accepts it (the counterparts form
 * sent with the linked themes and the suggested one, so an accepted suggestion is a hand-made link)
 * and one that rejects it (remembered; the pair is not suggested again).
 */
export function CounterpartSuggestions(props: {
  runId: string;
  themeId: string;
  suggestions: Array<{ counterpartId: string; similarity: number }>;
  otherThemes: Array<{ id: string; label: LocalizedText }>;
  counterpartIds: string[];
}) {
  const view = useView();
  if (props.suggestions.length === 0) return null;
  return (
    <section aria-labelledby="counterpart-suggestions-title">
      <h2 id="counterpart-suggestions-title">{view.t('insights.counterparts.suggestedTitle')}</h2>
      <p>{view.t('insights.counterparts.suggestedHint')}</p>
      <ul>
        {props.suggestions.map((suggestion) => {
          const theme = props.otherThemes.find((item) => item.id === suggestion.counterpartId);
          if (!theme) return null;
          return (
            <li key={suggestion.counterpartId}>
              <Form action={view.href(`/admin/insights/runs/${props.runId}/themes/${props.themeId}/counterparts`)}>
                {[...props.counterpartIds, suggestion.counterpartId].map((id) => (
                  <input key={id} type="hidden" name="counterpartIds" value={id} />
                ))}
                <Button variant="secondary">
                  {view.t('insights.counterparts.accept', { theme: view.text(theme.label), similarity: suggestion.similarity.toFixed(2) })}
                </Button>
              </Form>
              <Form action={view.href(`/admin/insights/runs/${props.runId}/themes/${props.themeId}/counterpart-rejections`)}>
                <input type="hidden" name="counterpartId" value={suggestion.counterpartId} />
                <Button variant="secondary">{view.t('insights.counterparts.reject', { theme: view.text(theme.label) })}</Button>
              </Form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The suggestions the analyst rejected for this theme, each with a button that takes the rejection back. */
export function RejectedCounterparts(props: {
  runId: string;
  themeId: string;
  rejectedIds: string[];
  otherThemes: Array<{ id: string; label: LocalizedText }>;
}) {
  const view = useView();
  const rejected = props.rejectedIds.map((id) => props.otherThemes.find((theme) => theme.id === id)).filter((theme) => theme !== undefined);
  if (rejected.length === 0) return null;
  return (
    <section aria-labelledby="counterpart-rejections-title">
      <h2 id="counterpart-rejections-title">{view.t('insights.counterparts.rejectedTitle')}</h2>
      <p>{view.t('insights.counterparts.rejectedHint')}</p>
      <ul>
        {rejected.map((theme) => (
          <li key={theme.id}>
            <Form action={view.href(`/admin/insights/runs/${props.runId}/themes/${props.themeId}/counterpart-rejections/restore`)}>
              <input type="hidden" name="counterpartId" value={theme.id} />
              <Button variant="secondary">{view.t('insights.counterparts.restore', { theme: view.text(theme.label) })}</Button>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}

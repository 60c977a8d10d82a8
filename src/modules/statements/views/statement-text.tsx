import { isLocale } from '../../../platform/i18n/locales.ts';
import type { Statement } from '../model.ts';

/** A statement's text in its own language (marked for screen readers when it differs from the page's). */
export function StatementText(props: { statement: Pick<Statement, 'text' | 'language'>; class?: string }) {
  const lang = isLocale(props.statement.language) ? props.statement.language : undefined;
  return (
    <span class={props.class} lang={lang}>
      {props.statement.text}
    </span>
  );
}

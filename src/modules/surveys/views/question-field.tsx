import type { Message } from '../../../platform/http/errors.ts';
import { localizedLanguage } from '../../../platform/i18n/locales.ts';
import { fieldId } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import { type Answer, activeChoices, OTHER_CHOICE, type Question } from '../model.ts';
import { SURVEY_LIMITS } from '../schemas.ts';
import { answerField } from '../validate-answers.ts';

interface FieldProps {
  question: Question;
  answer: Answer | undefined;
  error: Message | undefined;
  /** Says when the question applies, for conditions that a page without JavaScript cannot apply live. */
  conditionNote?: string | undefined;
}

function ids(question: Question) {
  const base = fieldId(answerField(question.id));
  return { base, hint: `${base}-hint`, error: `${base}-error` };
}

function Label(props: FieldProps & { as: 'label' | 'legend' }) {
  const view = useView();
  const { question } = props;
  const content = (
    <>
      <span lang={localizedLanguage(question.text, view.locale)}>{view.text(question.text)}</span>
      {!question.required && <span class="field__optional"> ({view.t('platform.form.optional')})</span>}
    </>
  );
  return props.as === 'label' ? (
    <label for={ids(question).base} class="field__label">
      {content}
    </label>
  ) : (
    <legend class="field__label">{content}</legend>
  );
}

function hintsOf(view: ReturnType<typeof useView>, props: FieldProps): string[] {
  return [view.text(props.question.help), props.conditionNote ?? '', typeHint(view, props.question)].filter(Boolean);
}

function HintAndError(props: FieldProps) {
  const view = useView();
  const { question } = props;
  const hints = hintsOf(view, props);
  return (
    <>
      {hints.length > 0 && (
        <p class="field__hint" id={ids(question).hint}>
          {hints.join(' ')}
        </p>
      )}
      {props.error && (
        <p class="field__error" id={ids(question).error}>
          <span class="visually-hidden">{view.t('platform.form.errorPrefix')} </span>
          {view.t(props.error.key, props.error.values)}
        </p>
      )}
    </>
  );
}

function typeHint(view: ReturnType<typeof useView>, question: Question): string {
  const { settings } = question;
  if (question.type === 'date') return view.t('surveys.answer.dateHint');
  if (question.type === 'ranking') return view.t('surveys.answer.rankingHint', { count: activeChoices(question).length });
  if (question.type === 'scale') {
    const min = settings.scaleMin ?? 1;
    const max = settings.scaleMax ?? 5;
    const minLabel = view.text(settings.minLabel);
    const maxLabel = view.text(settings.maxLabel);
    return minLabel && maxLabel ? view.t('surveys.answer.scaleHint', { min, max, minLabel, maxLabel }) : '';
  }
  if (question.type === 'multiple_choice' && (settings.minPicks || settings.maxPicks)) {
    return view.t('surveys.answer.picksHint', { min: settings.minPicks ?? 0, max: settings.maxPicks ?? activeChoices(question).length });
  }
  return '';
}

function describedBy(view: ReturnType<typeof useView>, props: FieldProps): string | undefined {
  const { question } = props;
  const list = [hintsOf(view, props).length ? ids(question).hint : '', props.error ? ids(question).error : ''].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

function TextInput(props: FieldProps) {
  const view = useView();
  const { question, answer } = props;
  const name = `${answerField(question.id)}`;
  const common = {
    id: ids(question).base,
    class: 'input',
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(view, props),
  };
  switch (question.type) {
    case 'long_text':
      return (
        <textarea {...common} name={`${name}.text`} rows={6} maxLength={question.settings.maxLength ?? SURVEY_LIMITS.longTextMax}>
          {answer?.text ?? ''}
        </textarea>
      );
    case 'number':
      return <input {...common} name={`${name}.number`} type="text" inputMode="decimal" value={String(answer?.number ?? '')} />;
    case 'date':
      return <input {...common} name={`${name}.date`} type="date" value={answer?.date ?? ''} />;
    default:
      return (
        <input
          {...common}
          name={`${name}.text`}
          type="text"
          value={answer?.text ?? ''}
          maxLength={question.settings.maxLength ?? SURVEY_LIMITS.shortTextMax}
        />
      );
  }
}

function ChoiceInputs(props: FieldProps) {
  const view = useView();
  const { question, answer } = props;
  const type = question.type === 'single_choice' ? 'radio' : 'checkbox';
  const name = `${answerField(question.id)}.choiceIds[]`;
  const chosen = answer?.choiceIds ?? [];
  const base = ids(question).base;
  return (
    <>
      {activeChoices(question).map((choice, index) => (
        <div class="choice" key={choice.id}>
          <input type={type} id={`${base}-${index}`} name={name} value={choice.id} checked={chosen.includes(choice.id)} />
          <label for={`${base}-${index}`} lang={localizedLanguage(choice.label, view.locale)}>
            {view.text(choice.label)}
          </label>
        </div>
      ))}
      {question.settings.allowOther && (
        <>
          <div class="choice">
            <input type={type} id={`${base}-other`} name={name} value={OTHER_CHOICE} checked={chosen.includes(OTHER_CHOICE)} />
            <label for={`${base}-other`}>{view.t('surveys.answer.other')}</label>
          </div>
          <div class="field">
            <label for={`${base}-other-text`} class="field__label">
              {view.t('surveys.answer.otherWhat')}
            </label>
            <input
              id={`${base}-other-text`}
              class="input"
              type="text"
              name={`${answerField(question.id)}.other`}
              value={answer?.other ?? ''}
              maxLength={SURVEY_LIMITS.otherTextMax}
            />
          </div>
        </>
      )}
    </>
  );
}

function ScaleInputs(props: FieldProps) {
  const { question, answer } = props;
  const min = question.settings.scaleMin ?? 1;
  const max = question.settings.scaleMax ?? 5;
  const base = ids(question).base;
  const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <div class="cluster">
      {values.map((value) => (
        <div class="choice" key={value}>
          <input
            type="radio"
            id={`${base}-${value}`}
            name={`${answerField(question.id)}.number`}
            value={String(value)}
            checked={String(answer?.number ?? '') === String(value)}
          />
          <label for={`${base}-${value}`}>{value}</label>
        </div>
      ))}
    </div>
  );
}

function RankingInputs(props: FieldProps) {
  const view = useView();
  const { question, answer } = props;
  const choices = activeChoices(question);
  const base = ids(question).base;
  const positionOf = (choiceId: string) => {
    if (answer?.rank) return answer.rank[choiceId] ?? '';
    const index = answer?.ranking?.indexOf(choiceId) ?? -1;
    return index >= 0 ? String(index + 1) : '';
  };
  return (
    <>
      {choices.map((choice, index) => (
        <div class="field" key={choice.id}>
          <label for={`${base}-${index}`} class="field__label" lang={localizedLanguage(choice.label, view.locale)}>
            {view.text(choice.label)}
          </label>
          <select id={`${base}-${index}`} name={`${answerField(question.id)}.rank.${choice.id}`} class="input">
            <option value="">{view.t('surveys.answer.rankNone')}</option>
            {choices.map((_, position) => (
              <option key={position} value={String(position + 1)} selected={positionOf(choice.id) === String(position + 1)}>
                {position + 1}
              </option>
            ))}
          </select>
        </div>
      ))}
    </>
  );
}

/** One question of the answering form, labelled, with its hint and error; choice questions in a fieldset. */
export function QuestionField(props: FieldProps) {
  const view = useView();
  const { question } = props;
  const grouped =
    question.type === 'single_choice' || question.type === 'multiple_choice' || question.type === 'scale' || question.type === 'ranking';
  const frameClass = props.error ? 'field field--error' : 'field';
  if (!grouped) {
    return (
      <div class={frameClass}>
        <Label {...props} as="label" />
        <HintAndError {...props} />
        <TextInput {...props} />
      </div>
    );
  }
  return (
    <fieldset class={frameClass} id={ids(question).base} aria-describedby={describedBy(view, props)}>
      <Label {...props} as="legend" />
      <HintAndError {...props} />
      {question.type === 'scale' ? (
        <ScaleInputs {...props} />
      ) : question.type === 'ranking' ? (
        <RankingInputs {...props} />
      ) : (
        <ChoiceInputs {...props} />
      )}
    </fieldset>
  );
}

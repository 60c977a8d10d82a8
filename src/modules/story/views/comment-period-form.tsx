import type { FieldErrors } from '../../../platform/http/errors.ts';
import { Button, CheckboxGroup, ErrorSummary, Form } from '../../../platform/views/components/forms.tsx';
import { SchedulingFields } from '../../../platform/views/components/scheduling-fields.tsx';
import { useView } from '../../../platform/views/context.ts';
import { COMMENT_AUDIENCES } from '../tables.ts';

/** A choice of the form: a value and its name. */
export interface Choice {
  value: string;
  label: string;
}

/** What the period form offers: the process's phases and bodies, the organisation's units. */
export interface PeriodOptions {
  phases: Choice[];
  bodies: Choice[];
  units: Choice[];
}

/** The period's fields as the form holds them (local times). */
export interface PeriodValues {
  phaseId: string;
  opensAt: string;
  closesAt: string;
  audience: string;
  audienceIds: string[];
}

const AUDIENCE_KEYS = {
  anyone: 'story.audience.anyone',
  signed_in: 'story.audience.signedIn',
  staff: 'story.audience.staff',
  units: 'story.audience.units',
  bodies: 'story.audience.bodies',
} as const;

/** The editors' form that puts a version out for comments: phase, opening, closing and audience (with its units or bodies). */
export function CommentPeriodForm(props: {
  action: string;
  values: PeriodValues;
  options: PeriodOptions;
  errors?: FieldErrors | undefined;
}) {
  const view = useView();
  const { values, errors } = props;
  const labels = {
    phaseId: view.t('story.period.phase'),
    opensAt: view.t('story.period.opensAt'),
    closesAt: view.t('story.period.closesAt'),
    audience: view.t('story.period.audience'),
    audienceIds: view.t('story.period.audienceIds'),
  };
  // The units and the bodies are two lists of one field, each with its own id: the summary links to the list of the audience chosen.
  const list = values.audience === 'units' ? 'audienceIds-units' : 'audienceIds-bodies';
  const { audienceIds, ...others } = errors ?? {};
  const summary = audienceIds ? { ...others, [list]: audienceIds } : errors;
  return (
    <section aria-labelledby="story-period">
      <h2 id="story-period">{view.t('story.period.title')}</h2>
      <ErrorSummary errors={summary} labels={{ ...labels, [list]: labels.audienceIds }} />
      <Form action={props.action}>
        <SchedulingFields
          phase={{
            label: labels.phaseId,
            value: values.phaseId,
            options: props.options.phases,
            emptyLabel: view.t('story.period.noPhase'),
          }}
          opensAt={{ label: labels.opensAt, hint: view.t('story.period.timeHint'), value: values.opensAt }}
          closesAt={{ label: labels.closesAt, hint: view.t('story.period.timeHint'), value: values.closesAt }}
          audience={{
            label: labels.audience,
            value: values.audience,
            options: COMMENT_AUDIENCES.map((audience) => ({ value: audience, label: view.t(AUDIENCE_KEYS[audience]) })),
          }}
          errors={errors}
        >
          {props.options.bodies.length > 0 && (
            <CheckboxGroup
              name="audienceIds"
              legend={view.t('story.period.bodies')}
              hint={view.t('story.period.bodiesHint')}
              values={values.audienceIds}
              options={props.options.bodies}
              errors={values.audience === 'units' ? undefined : errors}
              follows={{ name: 'audience', value: 'bodies' }}
            />
          )}
          {props.options.units.length > 0 && (
            <CheckboxGroup
              name="audienceIds"
              legend={view.t('story.period.units')}
              hint={view.t('story.period.unitsHint')}
              values={values.audienceIds}
              options={props.options.units}
              errors={values.audience === 'units' ? errors : undefined}
              follows={{ name: 'audience', value: 'units' }}
            />
          )}
        </SchedulingFields>
        <div class="form-actions">
          <Button>{view.t('story.period.submit')}</Button>
        </div>
      </Form>
      {/* Shows only the list of the audience chosen, and leaves the other list's ticks unposted. */}
      <script type="module" src="/assets/platform/follow-choice.js" />
    </section>
  );
}

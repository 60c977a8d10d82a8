import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../http/errors.ts';
import { type OptionGroup, SelectField, TextField } from './forms.tsx';

/** A choice of a select: a value and its translated label. */
interface Choice {
  value: string;
  label: string;
}

/** One field's translated label and optional hint, with its current value. */
interface FieldText {
  label: string;
  hint?: string;
  value: string;
}

/**
 * When and for whom something of a process is open: its phase, opening and
 * closing times (datetime-local, in the organisation's time zone) and audience.
 * The fields are named `phaseId`, `opensAt`, `closesAt` and `audience`; the
 * caller passes every text already translated, and the audience's refinements
 * (units, bodies) as children, shown right after the audience. Where the
 * process is chosen on the same form, the phases come as one group per
 * process (`phase.groups`, keyed by the value of the `phase.follows` field),
 * so the list can follow the choice; the server checks the pair in any case.
 */
export function SchedulingFields(props: {
  phase: FieldText & { options: Choice[]; emptyLabel: string; groups?: OptionGroup[]; follows?: string };
  opensAt: FieldText;
  closesAt: FieldText;
  audience: FieldText & { options: Choice[] };
  errors?: FieldErrors | undefined;
  children?: ComponentChildren;
}) {
  const { phase, opensAt, closesAt, audience, errors } = props;
  return (
    <>
      <SelectField
        name="phaseId"
        label={phase.label}
        hint={phase.hint}
        value={phase.value}
        options={phase.options}
        groups={phase.groups}
        follows={phase.follows}
        emptyLabel={phase.emptyLabel}
        errors={errors}
        required={false}
      />
      <TextField
        name="opensAt"
        type="datetime-local"
        label={opensAt.label}
        hint={opensAt.hint}
        value={opensAt.value}
        errors={errors}
        required={false}
      />
      <TextField
        name="closesAt"
        type="datetime-local"
        label={closesAt.label}
        hint={closesAt.hint}
        value={closesAt.value}
        errors={errors}
        required={false}
      />
      <SelectField
        name="audience"
        label={audience.label}
        hint={audience.hint}
        value={audience.value}
        options={audience.options}
        errors={errors}
      />
      {props.children}
    </>
  );
}

import { refuse } from '../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { fromWallTime } from '../../platform/zoned-time.ts';
import type { QuotaSetting, RegistrationSettings } from './commands/update-registration-settings.ts';
import { type AttributeOption, listAttributeOptions } from './queries/attribute-options.ts';
import type { Event } from './queries/find-event.ts';
import type { RegistrationSettingsInput } from './schemas.ts';
import { splitByHeadcount } from './split-by-headcount.ts';

function instantOf(
  moment: { date: string | null; time: string | null },
  timeZone: string,
  field: string,
  errors: FieldErrors,
): string | null {
  if (!moment.date || !moment.time) return null;
  const instant = fromWallTime({ date: moment.date, time: moment.time }, timeZone);
  if (!instant) errors[`${field}.time`] = { key: 'events.validation.timeSkipped' };
  return instant?.toISOString() ?? null;
}

function quotasOf(input: RegistrationSettingsInput, options: AttributeOption[], errors: FieldErrors): QuotaSetting[] {
  if (input.quotaAttribute === 'none') return [];
  const unknownKey = input.quotaAttribute === 'unit' ? 'events.validation.unknownUnit' : 'events.validation.unknownSector';
  const chosen: AttributeOption[] = [];
  for (const [index, quota] of input.quotas.entries()) {
    const option = options.find((entry) => entry.value === quota.value);
    if (!option) errors[`quotas.${index}.value`] = { key: unknownKey };
    else if (chosen.includes(option)) errors[`quotas.${index}.value`] = { key: 'events.validation.duplicateQuota' };
    else chosen.push(option);
  }
  if (input.quotaSplit === 'headcount') {
    if (input.quotaAttribute !== 'unit') errors.quotaSplit = { key: 'events.validation.headcountNeedsUnits' };
    const groups = chosen.length > 0 ? chosen : options.filter((option) => option.depth === 0);
    const seats = splitByHeadcount(
      input.capacity ?? 0,
      groups.map((option) => ({ key: option.value, headcount: option.headcount })),
    );
    return groups.map((option) => ({ value: option.value, label: option.label, seats: seats.get(option.value) ?? 0 }));
  }
  // A row left blank is no quota: its people take open seats.
  return input.quotas.flatMap((quota) => {
    const option = options.find((entry) => entry.value === quota.value);
    return option && quota.seats !== null ? [{ value: option.value, label: option.label, seats: quota.seats }] : [];
  });
}

/**
 * Turns the settings form or body into what the command stores: quota
 * values checked against the organisation's units (or the process's
 * sectors), seats split by headcount when asked, and the deadline and
 * release date as UTC instants from the organisation's wall-clock time.
 */
export async function resolveSettings(
  context: AppContext,
  event: Event,
  input: RegistrationSettingsInput,
  timeZone: string,
): Promise<RegistrationSettings> {
  const errors: FieldErrors = {};
  const options = await listAttributeOptions(context.db, event.organisationId, event.processId, input.quotaAttribute);
  const quotas = quotasOf(input, options, errors);
  const registrationDeadline = instantOf(input.deadline, timeZone, 'deadline', errors);
  const quotaReleaseAt = instantOf(input.quotaRelease, timeZone, 'quotaRelease', errors);
  if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
  return {
    registrationMode: input.registrationMode,
    capacity: input.capacity,
    quotaAttribute: input.quotaAttribute,
    quotas,
    registrationDeadline,
    quotaReleaseAt,
    answersRetentionDays: input.answersRetentionDays,
    questions: input.questions,
  };
}

import { isFlagSet } from '../../platform/http/validation.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { WorkshopState } from './model.ts';
import { WORKSHOP_LIMITS } from './schemas.ts';
import type { WorkshopTemplate } from './templates.ts';
import type { WorkshopFormValues } from './views/workshop-form.tsx';

type Fields = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];

/**
 * The form's fields as the schema reads them: the ticked bodies or units
 * become `audienceIds` according to the chosen access.
 */
export function formInput(fields: Fields): Fields {
  const { audienceBodyIds, audienceUnitIds, ...rest } = fields;
  const audienceIds = rest.access === 'bodies' ? list(audienceBodyIds) : rest.access === 'units' ? list(audienceUnitIds) : [];
  return { ...rest, audienceIds };
}

/** The form's values as sent, to show them again beside their errors. */
export function formValuesOf(fields: Fields): WorkshopFormValues {
  const input = formInput(fields);
  const rows = (value: unknown) => (Array.isArray(value) ? (value as Fields[]) : []);
  return {
    kind: text(input.kind),
    title: (input.title ?? {}) as Partial<LocalizedText>,
    description: (input.description ?? {}) as Partial<LocalizedText>,
    eventId: text(input.eventId),
    access: text(input.access),
    audienceIds: list(input.audienceIds),
    noteNames: text(input.noteNames),
    noteMaxLength: text(input.noteMaxLength),
    notesHidden: isFlagSet(input.notesHidden),
    dotsPerParticipant: text(input.dotsPerParticipant),
    resultsPublic: isFlagSet(input.resultsPublic),
    prompts: rows(input.prompts)
      .map((row) => ({ id: text(row.id) || null, text: (row.text ?? {}) as Partial<LocalizedText> }))
      .filter((row) => row.id || Object.values(row.text).some((value) => typeof value === 'string' && value.trim() !== '')),
    groups: rows(input.groups)
      .map((row) => ({ id: text(row.id) || null, name: text(row.name) }))
      .filter((row) => row.id || row.name.trim() !== ''),
  };
}

/** A new workshop's values: from a template when one was chosen. */
export function templateValues(template: WorkshopTemplate | undefined): WorkshopFormValues {
  return {
    kind: template?.kind ?? 'workshop',
    title: template?.title ?? {},
    description: {},
    eventId: '',
    access: template?.access ?? 'code',
    audienceIds: [],
    noteNames: template?.noteNames ?? 'anonymous',
    noteMaxLength: String(template?.noteMaxLength ?? WORKSHOP_LIMITS.noteLengthDefault),
    notesHidden: template?.notesHidden ?? false,
    dotsPerParticipant: String(template?.dotsPerParticipant ?? 5),
    resultsPublic: false,
    prompts: (template?.prompts ?? []).map((prompt) => ({ text: prompt })),
    groups: [],
  };
}

/** A saved workshop's values, for its edit page. */
export function savedValues(state: WorkshopState): WorkshopFormValues {
  const { workshop } = state;
  return {
    kind: workshop.kind,
    title: workshop.title,
    description: workshop.description,
    eventId: workshop.eventId ?? '',
    access: workshop.access,
    audienceIds: workshop.audienceIds,
    noteNames: workshop.noteNames,
    noteMaxLength: String(workshop.noteMaxLength),
    notesHidden: workshop.notesHidden,
    dotsPerParticipant: String(workshop.dotsPerParticipant),
    resultsPublic: workshop.resultsPublic,
    prompts: state.prompts.map((prompt) => ({ id: prompt.id, text: prompt.text })),
    groups: state.groups.map((group) => ({ id: group.id, name: group.name })),
  };
}

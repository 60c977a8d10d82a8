import { isFlagSet } from '../../../platform/http/validation.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { toDateTimeLocal } from '../../../platform/zoned-time.ts';
import type { Survey } from '../model.ts';
import type { SurveyFormValues } from './survey-form.tsx';

/** The settings form's values of a saved survey (times in the organisation's time zone). */
export function surveyFormValues(survey: Survey, timeZone: string): SurveyFormValues {
  return {
    title: survey.title,
    description: survey.description,
    phaseId: survey.phaseId ?? '',
    opensAt: toDateTimeLocal(survey.opensAt, timeZone),
    closesAt: toDateTimeLocal(survey.closesAt, timeZone),
    audience: survey.audience,
    audienceIds: survey.audienceIds,
    anonymous: survey.anonymous,
    resultsPublic: survey.resultsPublic,
    status: survey.status,
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const localized = (value: unknown): Partial<LocalizedText> =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, text(item)])) : {};

/** The settings form's values as sent, for showing the form again with its errors. */
export function sentSurveyFormValues(form: Record<string, unknown>): SurveyFormValues {
  return {
    title: localized(form.title),
    description: localized(form.description),
    phaseId: text(form.phaseId),
    opensAt: text(form.opensAt),
    closesAt: text(form.closesAt),
    audience: text(form.audience) || 'anyone',
    audienceIds: Array.isArray(form.audienceIds) ? form.audienceIds.map(text) : [],
    anonymous: isFlagSet(form.anonymous),
    resultsPublic: isFlagSet(form.resultsPublic),
    status: text(form.status) || 'draft',
  };
}

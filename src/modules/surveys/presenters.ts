import { z } from 'zod';
import type { Survey, SurveyDefinition } from './model.ts';

const localized = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A survey as API lists show it. */
export const surveySummaryResponseSchema = z.object({
  id: z.string(),
  processId: z.string(),
  phaseId: z.string().nullable(),
  title: localized,
  description: localized,
  status: z.enum(['draft', 'published']),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  audience: z.enum(['anyone', 'signed_in', 'staff', 'units', 'bodies']),
  audienceIds: z.array(z.string()),
  anonymous: z.boolean(),
  resultsPublic: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const choiceSchema = z.object({ id: z.string(), code: z.string(), label: localized });

/** A survey with its sections, active questions and choices, as the API answers it. */
export const surveyDefinitionResponseSchema = surveySummaryResponseSchema.extend({
  sections: z.array(
    z.object({
      id: z.string(),
      title: localized,
      description: localized,
      questions: z.array(
        z.object({
          id: z.string(),
          code: z.string(),
          type: z.string(),
          text: localized,
          help: localized,
          required: z.boolean(),
          background: z.string().nullable(),
          settings: z.record(z.string(), z.unknown()),
          condition: z.object({ questionId: z.string(), choiceIds: z.array(z.string()) }).nullable(),
          choices: z.array(choiceSchema),
        }),
      ),
    }),
  ),
});

/** Shapes a survey for the API. */
export function presentSurvey(survey: Survey): z.input<typeof surveySummaryResponseSchema> {
  const { organisationId: _organisation, ...rest } = survey;
  return rest;
}

/** Shapes a survey's definition for the API (removed questions and choices left out). */
export function presentSurveyDefinition(definition: SurveyDefinition): z.input<typeof surveyDefinitionResponseSchema> {
  return {
    ...presentSurvey(definition.survey),
    sections: definition.sections.map((section) => ({
      id: section.id,
      title: section.title,
      description: section.description,
      questions: definition.questions
        .filter((question) => question.sectionId === section.id && !question.removed)
        .map((question) => ({
          id: question.id,
          code: question.code,
          type: question.type,
          text: question.text,
          help: question.help,
          required: question.required,
          background: question.background,
          settings: question.settings as Record<string, unknown>,
          condition: question.condition,
          choices: question.choices.filter((choice) => !choice.removed).map(({ id, code, label }) => ({ id, code, label })),
        })),
    })),
  };
}

/** What a builder call that adds or changes a part answers: its id. */
export const createdResponseSchema = z.object({ id: z.string() });

/** What a submission answers: the stored response, and whether this call was a retry of it. */
export const receiptResponseSchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.string().nullable(),
  replayed: z.boolean().optional(),
});

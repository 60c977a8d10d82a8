import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { surveyBasePath } from '../answering.ts';
import type { SurveyDefinition } from '../model.ts';
import { countResponses } from '../queries/list-surveys.ts';
import { listManagedProcesses, surveyFormOptions } from '../queries/managed-processes.ts';
import { NewSurveyPage } from '../views/admin-list-page.tsx';
import { AdminSurveyPage } from '../views/admin-survey-page.tsx';
import type { SurveyFormValues } from '../views/survey-form.tsx';
import { sentSurveyFormValues, surveyFormValues } from '../views/survey-form-values.ts';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

/** What a refused form shows again: the values as typed and what is wrong with them. */
interface Sent {
  values: SurveyFormValues;
  errors: FormState['errors'];
}

/** A survey's builder page; with `sent`, its settings form as typed and refused (422). */
export async function renderSurveyPage(call: Call, reply: FastifyReply, definition: SurveyDefinition, sent?: Sent) {
  const { context, request } = call;
  const { survey } = definition;
  const [counts, processes] = await Promise.all([
    countResponses(context.db, survey.organisationId, [survey.id]),
    listManagedProcesses(context, call.actor),
  ]);
  const own = processes.filter((process) => process.id === survey.processId);
  const options = await surveyFormOptions(context, survey.organisationId, own, request.locale);
  const slug = own[0]?.slug ?? '';
  return renderPage(
    context,
    request,
    reply,
    <AdminSurveyPage
      definition={definition}
      responses={counts.get(survey.id) ?? 0}
      values={sent?.values ?? surveyFormValues(survey, request.organisation.timeZone)}
      options={options}
      publicHref={`/${request.locale}${surveyBasePath(slug, survey.id)}`}
      errors={sent?.errors}
    />,
    sent ? 422 : 200,
  );
}

/** The new-survey page in the chosen process (or the first the actor manages); with `sent`, as typed and refused (422). */
export async function renderNewSurvey(call: Call, reply: FastifyReply, slug: string, sent?: Sent) {
  const { context, request } = call;
  const processes = await listManagedProcesses(context, call.actor);
  const process = processes.find((candidate) => candidate.slug === slug) ?? processes[0];
  if (!process) throw refuse.notFound();
  const options = await surveyFormOptions(context, request.organisation.id, processes, request.locale);
  const values = sent?.values ?? sentSurveyFormValues({});
  const processOptions = processes.map((candidate) => ({ value: candidate.slug, label: localize(candidate.title, request.locale) }));
  return renderPage(
    context,
    request,
    reply,
    <NewSurveyPage processes={processOptions} processSlug={process.slug} values={values} options={options} errors={sent?.errors} />,
    sent ? 422 : 200,
  );
}

/** The slug the new-survey form names (its `processSlug`). */
export function chosenProcessSlug(values: Record<string, unknown>): string {
  return typeof values.processSlug === 'string' ? values.processSlug : '';
}

import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { SurveyDefinition } from '../model.ts';
import { AdminSectionPage } from '../views/admin-section-page.tsx';

function asLocalized(value: unknown): Partial<LocalizedText> {
  return typeof value === 'object' && value !== null ? (value as Partial<LocalizedText>) : {};
}

/** A section's form again (422) with its texts as typed (`title` is `sectionTitle` in the survey page's add form). */
export function sectionFormAgain(
  call: LoadCall<unknown> & { subject: SurveyDefinition },
  reply: FastifyReply,
  sectionId: string | null,
  state: FormState,
) {
  const title = sectionId ? state.values.title : state.values.sectionTitle;
  const values = { title: asLocalized(title), description: asLocalized(state.values.description) };
  return renderPage(
    call.context,
    call.request,
    reply,
    <AdminSectionPage definition={call.subject} sectionId={sectionId} values={values} errors={state.errors} />,
    422,
  );
}

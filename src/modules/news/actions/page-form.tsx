import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { formLocalizedText, formText } from '../views/form-values.ts';
import { PageFormPage } from '../views/page-form-page.tsx';

/** The static page form again after a refusal (422): what was typed, and what is wrong with it. */
export function pageFormAgain(mode: 'create' | 'edit', action: (call: LoadCall<unknown>) => string) {
  return (call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) => {
    const raw = state.values;
    const values = { slug: formText(raw.slug), title: formLocalizedText(raw.title), body: formLocalizedText(raw.body) };
    return renderPage(
      call.context,
      call.request,
      reply,
      <PageFormPage mode={mode} action={action(call)} values={values} errors={state.errors} />,
      status,
    );
  };
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { localize, localizedLanguage } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findPageBySlug } from '../../news/index.ts';
import { findFeedbackContact, listFeedback } from '../queries/list-feedback.ts';
import { AccessibilityPage } from '../views/accessibility-page.tsx';
import { FeedbackAdminPage } from '../views/feedback-admin-page.tsx';
import { PrivacyPage } from '../views/privacy-page.tsx';
import type { StatementText } from '../views/statement-text.tsx';

type PageCall = Pick<LoadCall<unknown>, 'context' | 'request'>;

/**
 * The organisation's text of the accessibility statement or the privacy notice: the static page
 * its admins edit (news pages with the slug `accessibility` or `privacy`, Markdown in fi, sv
 * and en), or the default text while it has none.
 */
export async function loadStatementText(
  context: AppContext,
  request: FastifyRequest,
  kind: 'accessibility' | 'privacy',
): Promise<StatementText> {
  const locale = request.locale;
  const own = await findPageBySlug(context.db, request.organisation.id, kind);
  if (own) {
    const shown = localizedLanguage(own.body, locale);
    return {
      title: localize(own.title, locale),
      markdown: localize(own.body, locale),
      lang: shown === locale ? undefined : shown,
      updatedAt: own.updatedAt,
    };
  }
  const organisation = localize(request.organisation.name, locale);
  return {
    title: context.translator.t(locale, `privacy.default.${kind}.title`),
    markdown: context.translator.t(locale, `privacy.default.${kind}.body`, { organisation }),
    updatedAt: null,
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The accessibility statement with its feedback form: empty, or again with what was typed and what is wrong (422). */
export async function renderAccessibilityPage(call: PageCall, reply: FastifyReply, form: Partial<FormState> = {}, status = 200) {
  const values = form.values ?? {};
  const state = {
    values: { name: text(values.name), email: text(values.email), page: text(values.page), message: text(values.message) },
    errors: form.errors,
  };
  const statement = await loadStatementText(call.context, call.request, 'accessibility');
  return renderPage(call.context, call.request, reply, <AccessibilityPage text={statement} form={state} />, status);
}

/** The feedback form again after a refusal. */
export function accessibilityFormAgain(call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) {
  return renderAccessibilityPage(call, reply, state, status);
}

/** The privacy notice with every retention rule of the installation. */
export async function renderPrivacyPage(call: PageCall, reply: FastifyReply) {
  const statement = await loadStatementText(call.context, call.request, 'privacy');
  return renderPage(call.context, call.request, reply, <PrivacyPage text={statement} rules={call.context.retention} />);
}

/** The admin's feedback list with the contact form: as stored, or again with what was typed (422). */
export async function renderFeedbackAdminPage(call: PageCall, reply: FastifyReply, form: Partial<FormState> = {}, status = 200) {
  const organisationId = call.request.organisation.id;
  const feedback = await listFeedback(call.context.db, organisationId);
  const contact = form.values ? text(form.values.feedbackEmail) : ((await findFeedbackContact(call.context.db, organisationId)) ?? '');
  const page = <FeedbackAdminPage feedback={feedback} now={call.context.clock.now()} contact={contact} errors={form.errors} />;
  return renderPage(call.context, call.request, reply, page, status);
}

/** The contact form again after a refusal. */
export function adminFormAgain(call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) {
  return renderFeedbackAdminPage(call, reply, state, status);
}

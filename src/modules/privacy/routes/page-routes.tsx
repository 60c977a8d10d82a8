import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderAccessibilityPage, renderFeedbackAdminPage, renderPrivacyPage } from '../actions/statement-forms.tsx';

/**
 * The accessibility statement (with its feedback form, which the send action posts to) and the
 * privacy notice (with the retention rules) at the fixed addresses every page's footer links to,
 * and the admin's list of feedback. Not from the render cache: the statement holds a form.
 */
export function registerPrivacyPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/accessibility', (request, reply) => renderAccessibilityPage({ context, request }, reply));
  page(app, 'GET', '/privacy', (request, reply) => renderPrivacyPage({ context, request }, reply));
  page(app, 'GET', '/admin/accessibility-feedback', (request, reply) => {
    authorize(context.authorizer, request, 'privacy.feedback.manage');
    return renderFeedbackAdminPage({ context, request }, reply);
  });
}

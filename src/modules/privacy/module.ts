import { defineModule } from '../../platform/module.ts';
import { answerFeedbackAction } from './actions/answer-feedback.ts';
import { sendFeedbackAction } from './actions/send-feedback.ts';
import { setFeedbackContactAction } from './actions/set-feedback-contact.ts';
import { retentionJob } from './jobs/retention-job.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { privacyPermissions } from './permissions.ts';
import { privacyPersonalData } from './personal-data.ts';
import { privacyRetention } from './retention.ts';
import { registerPrivacyPageRoutes } from './routes/page-routes.tsx';

/**
 * The organisation's privacy notice and accessibility statement at their fixed addresses, the
 * feedback on accessibility that Act 306/2019 asks for (stored, mailed, answered within 14
 * days), and the job that carries out every module's retention rules.
 */
export const privacyModule = defineModule({
  name: 'privacy',
  messages: { fi, sv, en },
  permissions: privacyPermissions,
  adminLinks: [{ path: '/admin/accessibility-feedback', labelKey: 'privacy.admin.navigation', permission: 'privacy.feedback.manage' }],
  auditSubjects: {
    privacy_feedback: { table: 'privacy_feedbacks', title: 'page', path: () => '/admin/accessibility-feedback' },
  },
  actions: [sendFeedbackAction, answerFeedbackAction, setFeedbackContactAction],
  jobs: [retentionJob],
  personalData: privacyPersonalData,
  retention: privacyRetention,
  routes: (app, context) => {
    registerPrivacyPageRoutes(app, context);
  },
});

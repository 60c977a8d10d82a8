import { defineAction } from '../../../platform/actions/action.ts';
import { setFeedbackContact } from '../commands/set-feedback-contact.ts';
import { contactInputSchema } from '../schemas.ts';
import { adminFormAgain } from './statement-forms.tsx';

/** An admin sets the address each feedback on accessibility is mailed to. */
export const setFeedbackContactAction = defineAction({
  name: 'privacy.contact.update',
  summary: 'Set the address that feedback on accessibility is mailed to',
  tag: 'privacy',
  input: contactInputSchema,
  permission: 'privacy.feedback.manage',
  run: ({ context, actor, input, now }) => setFeedbackContact(context.db, actor, input, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/accessibility-feedback/contact', status: 204 },
  page: {
    url: '/admin/accessibility-feedback/contact',
    form: adminFormAgain,
    done: () => ({ to: '/admin/accessibility-feedback', flash: 'privacy.admin.contactSaved' }),
  },
});

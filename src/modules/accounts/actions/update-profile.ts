import { defineAction } from '../../../platform/actions/action.ts';
import { invalidatePages } from '../../../platform/actions/effects.ts';
import { setFlash } from '../../../platform/views/render.tsx';
import { loadOwner } from '../account-owner.ts';
import { updateProfile } from '../commands/update-profile.ts';
import { profileSchema } from '../schemas.ts';
import { renderAccountPage } from './account-page.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Changes one's own name and language; the pages answer in the chosen language from then on. */
export const updateProfileAction = defineAction({
  name: 'accounts.profile.update',
  summary: 'Change one’s own name and language',
  tag: 'accounts',
  input: profileSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  run: ({ context, subject, input, now }) => updateProfile(context.db, subject, input, now),
  // The organisation chart names people in council and board seats, and those who consented.
  pageVersion: 'after-commit',
  after: [invalidatePages],
  page: {
    url: '/account/profile',
    form: ({ context, request, subject }, reply, { values, errors }, status) => {
      const profile = { values: { displayName: text(values.displayName), locale: text(values.locale) }, errors };
      return renderAccountPage(context, request, reply, subject, { profile }, status);
    },
    // The chosen language is also the language of the pages from now on.
    respond: ({ reply, input }) => {
      setFlash(reply, 'accounts.profile.saved');
      return reply.redirect(`/${input.locale}/account`, 303);
    },
  },
});

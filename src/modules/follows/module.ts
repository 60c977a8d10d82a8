import { defineJob } from '../../platform/jobs/job.ts';
import { defineModule } from '../../platform/module.ts';
import { confirmFollowAction } from './actions/confirm-follow.tsx';
import { followProcessAction } from './actions/follow-process.ts';
import { requestFollowAction } from './actions/request-follow.ts';
import { unfollowProcessAction } from './actions/unfollow-process.ts';
import { unsubscribeAction } from './actions/unsubscribe.tsx';
import { sendDigests } from './digest/send-digests.ts';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { followsPermissions } from './permissions.ts';
import { followsPersonalData } from './personal-data.ts';
import { followsRetention } from './retention.ts';
import { registerFollowsPageRoutes } from './routes/page-routes.tsx';
import { seedFollowsDemo } from './seed-demo.ts';

/** Following a process: by account or by confirmed e-mail, and a daily digest of what happened in it. */
export const followsModule = defineModule({
  name: 'follows',
  messages: { fi, sv, en },
  permissions: followsPermissions,
  personalData: followsPersonalData,
  retention: followsRetention,
  seedDemo: seedFollowsDemo,
  jobs: [defineJob({ name: 'follows.digests', labelKey: 'follows.jobs.digests', schedule: { everyMs: 60 * 60_000 }, run: sendDigests })],
  // Every write of the module, served as a form post and an API route by the platform.
  actions: [followProcessAction, unfollowProcessAction, requestFollowAction, confirmFollowAction, unsubscribeAction],
  // Reads only: the follow page and the pages of the mailed links.
  routes: (app, context) => registerFollowsPageRoutes(app, context),
});

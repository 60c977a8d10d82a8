import { defineModule } from '../../platform/module.ts';
import { createCommentAction } from './actions/create-comment.ts';
import { createResponseAction } from './actions/create-response.ts';
import { createVersionAction } from './actions/create-version.ts';
import { linkSeminarOutcomeAction } from './actions/link-seminar-outcome.tsx';
import { moderateCommentAction } from './actions/moderate-comment.tsx';
import { publishResponseAction } from './actions/publish-response.ts';
import { recordDecisionAction } from './actions/record-decision.ts';
import { scheduleCommentsAction } from './actions/schedule-comments.ts';
import { stopResponseMailAction } from './actions/stop-response-mail.tsx';
import en from './messages/en.json' with { type: 'json' };
import fi from './messages/fi.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };
import { storyPermissions } from './permissions.ts';
import { storyPersonalData } from './personal-data.ts';
import { storyProcessChannels } from './process-channels.ts';
import { registerStoryApiRoutes } from './routes/api-routes.ts';
import { registerStoryCommentsApi } from './routes/comments-api.ts';
import { registerStoryExportRoutes } from './routes/export-routes.tsx';
import { registerStoryPageRoutes } from './routes/page-routes.tsx';
import { storySearchSource } from './search-source.ts';
import { seedStoryDemo } from './seed-demo.ts';

/** A process's story (tarina): versions of its text, comment periods on them, responses to the comments and the decision that freezes a version. */
export const storyModule = defineModule({
  name: 'story',
  messages: { fi, sv, en },
  permissions: storyPermissions,
  personalData: storyPersonalData,
  processChannels: storyProcessChannels,
  seedDemo: seedStoryDemo,
  searchSources: [storySearchSource],
  auditSubjects: {
    story_version: { table: 'story_versions', title: 'changelog' },
    story_comment: { table: 'story_comments', title: 'body' },
  },
  // Every write of the module, served as a form post and an API route by the platform.
  actions: [
    createVersionAction,
    scheduleCommentsAction,
    createCommentAction,
    createResponseAction,
    publishResponseAction,
    recordDecisionAction,
    moderateCommentAction,
    linkSeminarOutcomeAction,
    stopResponseMailAction,
  ],
  // Reads only: GET pages and API reads.
  routes: (app, context) => {
    registerStoryPageRoutes(app, context);
    registerStoryApiRoutes(app, context);
    registerStoryExportRoutes(app, context);
    registerStoryCommentsApi(app, context);
  },
});

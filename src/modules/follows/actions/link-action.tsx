import { defineAction } from '../../../platform/actions/action.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessById } from '../../processes/index.ts';
import { tokenParamsSchema } from '../schemas.ts';
import { DonePage } from '../views/link-pages.tsx';

/** What one mailed link's action differs in: its name, path, command and the page it answers. */
interface LinkActionSpec {
  name: string;
  summary: string;
  /** `confirm` or `unsubscribe`: the path is `/follows/<link>/:token` on both surfaces. */
  link: 'confirm' | 'unsubscribe';
  run: (context: AppContext, organisationId: string, token: string, now: Date) => Promise<{ processId: string }>;
  done: { titleKey: string; messageKey: string };
  /** RFC 8058: a mail client's POST with no session or CSRF token (the link's token is the authority). */
  oneClick?: true;
}

/**
 * A mailed link used by a POST (the confirmation's, the unsubscribe link's): no session, the
 * token is the authority; unknown, used and expired links answer one 410; the page says what
 * was done and leads back to the process. Both links are this one shape.
 */
export function defineLinkAction(spec: LinkActionSpec) {
  return defineAction({
    name: spec.name,
    summary: spec.summary,
    tag: 'follows',
    params: tokenParamsSchema,
    rateLimit: { max: 30, timeWindow: '1 minute' },
    run: ({ context, request, params, now }) => spec.run(context, request.organisation.id, params.token, now),
    // Nothing cached shows who follows.
    pageVersion: 'unchanged',
    after: [],
    api: { method: 'POST', url: `/follows/${spec.link}/:token`, status: 204, access: 'public', errors: [410] },
    page: {
      url: `/follows/${spec.link}/:token`,
      ...(spec.oneClick ? { oneClick: spec.oneClick } : {}),
      respond: async ({ context, request, reply }, result) => {
        const process = await findProcessById(context.db, request.organisation.id, result.processId);
        return renderPage(context, request, reply, <DonePage {...spec.done} process={process} />);
      },
    },
  });
}

import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadOwner } from '../account-owner.ts';
import { createApiToken } from '../commands/create-api-token.ts';
import { createdTokenResponseSchema } from '../presenters.ts';
import { apiTokenSchema } from '../schemas.ts';
import { TokenCreatedPage } from '../views/token-created-page.tsx';
import { renderAccountPage } from './account-page.tsx';

/** Makes a personal API token; the answer (a page, or the API's 201) is the only time its value is shown. */
export const createTokenAction = defineAction({
  name: 'accounts.token.create',
  summary: 'Creates a personal API token; the answer is the only time its value is shown',
  tag: 'accounts',
  input: apiTokenSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  run: ({ context, subject, input, now }) => createApiToken(context.db, subject, input.name, now),
  pageVersion: 'unchanged',
  after: [],
  api: {
    method: 'POST',
    url: '/me/tokens',
    status: 201,
    response: createdTokenResponseSchema,
    present: (_call, created) => created,
    errors: [409],
  },
  page: {
    url: '/account/tokens',
    // A bad name answers 422, one token too many 409, both at the name field of the account page.
    form: ({ context, request, subject }, reply, { values, errors }, status) => {
      const name = typeof values.name === 'string' ? values.name : '';
      return renderAccountPage(context, request, reply, subject, { token: { name, errors } }, status);
    },
    refusalField: 'name',
    // Rendered here, not after a redirect: the plain token exists only in this response.
    respond: ({ context, request, reply }, created) => renderPage(context, request, reply, <TokenCreatedPage token={created} />, 201),
  },
});

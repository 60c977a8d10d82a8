import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPersonalDataHtml } from '../../../platform/personal-data-html.tsx';
import { authorizeOwner } from '../account-owner.ts';
import { renderAccountPage } from '../actions/account-page.tsx';
import { collectPersonalData } from '../personal-data.ts';

async function downloadPersonalData(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const data = await collectPersonalData(context, request.organisation, owner);
  const day = context.clock.now().toISOString().slice(0, 10);
  return reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="tarina-personal-data-${day}.json"`)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(data, null, 2));
}

/** The same data as a readable page in the visitor's language, to read or save (no script, every value escaped). */
async function showPersonalData(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const data = await collectPersonalData(context, request.organisation, owner);
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', request.locale)
    .header('cache-control', 'no-store')
    .send(renderPersonalDataHtml(data, request.locale));
}

/** The account page and the data download; its forms (profile, password, sessions, tokens) are the `accounts.*` actions. */
export function registerAccountRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/account', (request, reply) => renderAccountPage(context, request, reply, authorizeOwner(context.authorizer, request)));
  page(app, 'GET', '/account/export', (request, reply) => downloadPersonalData(context, request, reply));
  page(app, 'GET', '/account/export/html', (request, reply) => showPersonalData(context, request, reply));
}

import type { FastifyRequest } from 'fastify';
import { refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import { localize } from '../../platform/i18n/locales.ts';
import type { AppContext } from '../../platform/module.ts';
import { flattenUnitTree, listUnitTree } from '../organisations/index.ts';
import { findProcessById, listBodies, listPhases, type Process } from '../processes/index.ts';
import { channelSubject } from './channel-access.ts';
import type { Channel } from './model.ts';
import { findChannel } from './queries/find-channel.ts';
import type { Option } from './views/channel-form.tsx';

/**
 * A channel of the organisation the actor may act on with `action`
 * (manage or moderate), with its process. Unknown and foreign ids answer 404;
 * a known channel the actor may not touch answers 403 (401 for visitors).
 */
export async function loadManagedChannel(
  context: AppContext,
  request: FastifyRequest,
  channelId: string,
  action: 'statements.channel.manage' | 'statements.statement.moderate' | 'statements.results.export',
): Promise<{ channel: Channel; process: Process }> {
  authorize(context.authorizer, request, 'statements.admin.list');
  const organisationId = request.identity.actor.organisationId;
  const channel = channelId.length <= 64 ? await findChannel(context.db, organisationId, channelId) : undefined;
  if (!channel) throw refuse.notFound();
  const process = await findProcessById(context.db, organisationId, channel.processId);
  if (!process) throw refuse.notFound();
  authorize(context.authorizer, request, action, channelSubject(channel));
  return { channel, process };
}

/** The phases and bodies of a process and the organisation's units (work communities beneath their unit) as choices of the settings form. */
export async function settingsOptions(
  context: AppContext,
  request: FastifyRequest,
  processId: string,
): Promise<{ phases: Option[]; bodies: Option[]; units: Option[] }> {
  const organisationId = request.identity.actor.organisationId;
  const phases = await listPhases(context.db, organisationId, [processId]);
  const bodies = await listBodies(context.db, organisationId, processId);
  const units = flattenUnitTree(await listUnitTree(context.db, organisationId));
  return {
    phases: phases.map((phase) => ({ value: phase.id, label: localize(phase.title, request.locale) })),
    bodies: bodies.map((body) => ({ value: body.id, label: localize(body.name, request.locale) })),
    units: units.map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${localize(unit.name, request.locale)}` })),
  };
}

/** The process a new channel goes in (`?process=`): 404 when unknown or foreign, 403 when the actor may not add channels to it. */
export async function loadNewChannelProcess(context: AppContext, request: FastifyRequest): Promise<Process> {
  authorize(context.authorizer, request, 'statements.admin.list');
  const processId = String((request.query as { process?: unknown }).process ?? '').slice(0, 64);
  const process = processId ? await findProcessById(context.db, request.identity.actor.organisationId, processId) : undefined;
  if (!process) throw refuse.notFound();
  authorize(context.authorizer, request, 'statements.channel.create', process);
  return process;
}

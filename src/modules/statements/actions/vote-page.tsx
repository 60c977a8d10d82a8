import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import type { Channel } from '../model.ts';
import { participantView } from '../participant-view.ts';
import { VotePage } from '../views/vote-page.tsx';

/** The path of a channel's voting page, without the locale. */
export function channelPath(processSlug: string, channelId: string): string {
  return `/processes/${processSlug}/statements/${channelId}`;
}

/** The voting page: the next statement, the participant's progress and group, and the form to write a statement. */
export async function renderVotePage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { channel: Channel; process: Process },
  statementForm: { text: string; language: string; errors?: FieldErrors } = { text: '', language: request.locale },
  status = 200,
) {
  const { channel, process } = loaded;
  const participant = await participantView(context, request, channel);
  const basePath = `/${request.locale}${channelPath(process.slug, channel.id)}`;
  return renderPage(
    context,
    request,
    reply,
    <VotePage
      process={process}
      channel={channel}
      block={participant.block}
      next={participant.next}
      progress={participant.progress}
      group={participant.group}
      mayAdd={participant.mayAdd}
      basePath={basePath}
      resultsHref={participant.mayViewResults ? `${basePath}/results` : null}
      statementForm={statementForm}
    />,
    status,
  );
}

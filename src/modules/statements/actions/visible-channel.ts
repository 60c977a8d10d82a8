import { z } from 'zod';
import type { LoadCall } from '../../../platform/actions/action.ts';
import type { Process } from '../../processes/index.ts';
import { loadVisibleChannel } from '../channel-access.ts';
import type { Channel } from '../model.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';

/** The API addresses a channel by its id alone. */
export const apiChannelParams = z.object({ channelId: z.string().min(1).max(STATEMENT_LIMITS.idMax) });

/** The voting page addresses a channel under its process's slug. */
export const pageChannelParams = z.object({ slug: z.string(), id: z.string() });

/** A participant's call names the channel one way or the other. */
export type ChannelParams = { channelId: string } | { slug: string; id: string };

/** The channel a participant's call names, if the actor may see it (404 otherwise; a slug must be its process's). */
export function loadParticipantChannel({
  context,
  actor,
  params,
}: LoadCall<ChannelParams>): Promise<{ channel: Channel; process: Process }> {
  return 'channelId' in params
    ? loadVisibleChannel(context, actor, params.channelId)
    : loadVisibleChannel(context, actor, params.id, params.slug);
}

import type { ViewContextValue } from '../../../platform/views/context.ts';

/**
 * The client scripts' strings, rendered by the server in the page's language
 * as data attributes: `{count}` and `{time}` are filled in by the script.
 */
export function liveStrings(view: ViewContextValue): Record<string, string> {
  return {
    'data-t-votes': view.t('workshops.wall.votes', { count: '{count}' }),
    'data-t-mine': view.t('workshops.wall.mine'),
    'data-t-empty': view.t('workshops.wall.empty'),
    'data-t-hidden': view.t('workshops.wall.hidden', { count: '{count}' }),
    'data-t-unclustered': view.t('workshops.wall.unclustered'),
    'data-t-duplicates': view.t('workshops.wall.duplicates', { count: '{count}' }),
    'data-t-wall': view.t('workshops.wall.title'),
    'data-t-new-notes': view.t('workshops.live.newNotes', { count: '{count}' }),
    'data-t-time-left': view.t('workshops.live.timeLeft', { time: '{time}' }),
    'data-t-time-up': view.t('workshops.live.timeUp'),
    'data-t-offline': view.t('workshops.live.offline'),
    'data-t-online': view.t('workshops.live.online'),
    'data-t-failed': view.t('workshops.live.failed'),
    'data-t-add-dot': view.t('workshops.vote.add'),
    'data-t-remove-dot': view.t('workshops.vote.remove'),
    'data-t-dots-left': view.t('workshops.vote.dotsLeft', { count: '{count}', dots: '{dots}' }),
    'data-t-saved': view.t('workshops.live.saved'),
    'data-t-yours': view.t('workshops.vote.yours', { count: '{count}' }),
  };
}

import {
  audienceInWords,
  audienceWordsOf,
  nextAfter,
  type ProcessChannel,
  type ProcessChannelSource,
} from '../../platform/hub/process-channels.ts';
import { LOCALES, type LocalizedText } from '../../platform/i18n/locales.ts';
import { versionSubject } from './loaders.ts';
import { commentState, isPublicVersion } from './model.ts';
import { listVersions } from './queries/list-versions.ts';

const STATUS = { open: 'open', upcoming: 'upcoming', closed: 'closed', none: 'upcoming' } as const;

/**
 * The story on the process page's hub: the newest version the actor reads that is out for comments
 * or decided (one query). A comment period is a way of taking part (open: "comment on the draft";
 * coming; closed), with its phase, audience and deadline; an approved version is closed, and its
 * result is the approved story. Drafts never show.
 */
export const storyProcessChannels: ProcessChannelSource = async ({ context, actor, locale, process, now, bodyNames }) => {
  const versions = (await listVersions(context.db, actor.organisationId, process.id)).filter(
    (version) => isPublicVersion(version) && context.authorizer.can(actor, 'story.version.view', versionSubject(version)),
  );
  const version = versions.at(-1);
  if (!version) return [];
  const t = (key: string, values?: Record<string, string | number>) => context.translator.t(locale, key, values);
  const inEvery = (key: string, values?: Record<string, string | number>): LocalizedText => {
    const [fi, sv, en] = LOCALES.map((language) => context.translator.t(language, key, values));
    return { fi: fi ?? '', sv, en };
  };
  const page = `/processes/${process.slug}/story`;
  const period = version.comments;
  const decided = version.status === 'decided';
  const status = decided ? 'closed' : STATUS[commentState(version, now)];
  const story = { path: page, label: t(decided ? 'story.hub.readApproved' : 'story.hub.read') };
  const channel: ProcessChannel = {
    kind: 'story',
    id: version.id,
    kindLabel: t('story.hub.kind'),
    title: inEvery(decided ? 'story.hub.titleApproved' : 'story.hub.title', { number: version.number }),
    summary: inEvery(decided ? 'story.hub.summaryApproved' : 'story.hub.summary'),
    audience: period ? audienceInWords({ context, locale, bodyNames }, audienceWordsOf(period.audience), period.audienceIds) : '',
    status,
    opensAt: period?.opensAt ?? null,
    deadline: decided ? null : (period?.closesAt ?? null),
    phaseId: period?.phaseId ?? null,
    placedAt: period?.opensAt ?? period?.closesAt ?? version.createdAt,
    action: status === 'open' ? { path: page, label: t('story.hub.comment') } : story,
    results: status === 'closed' ? story : null,
    changesAt: decided ? null : nextAfter(now, [period?.opensAt, period?.closesAt]),
  };
  return [channel];
};

import { LOCALES, type LocalizedText } from '../../../platform/i18n/locales.ts';
import { WORKSHOP_LIMITS, type WorkshopSettings } from '../../workshops/index.ts';
import type { RecordScene } from '../loaders.ts';
import { questionsOf } from '../presenters.ts';

/** Each language's text cut to a limit (the room's limits are the workshops module's). */
function cut(text: LocalizedText, max: number): LocalizedText {
  const result: LocalizedText = { fi: text.fi.slice(0, max) };
  for (const locale of LOCALES) {
    const value = text[locale];
    if (locale !== 'fi' && value) result[locale] = value.slice(0, max);
  }
  return result;
}

/**
 * The workshop room of a work community's live dialogue: the round's questions as its prompts in
 * order (so the notes of prompt n answer question n), the ground rules as its description, joined
 * with a code on the participants' phones, anonymous notes (a record holds no names), a few dots.
 */
export function liveRoomSettings(scene: Pick<RecordScene, 'round' | 'community'>): WorkshopSettings & { template: string } {
  const title: LocalizedText = { fi: `${scene.round.title.fi} – ${scene.community.name.fi}` };
  for (const locale of LOCALES) {
    if (locale === 'fi') continue;
    const round = scene.round.title[locale];
    if (round) title[locale] = `${round} – ${scene.community.name[locale] || scene.community.name.fi}`;
  }
  return {
    template: 'dialogue',
    kind: 'workshop',
    title: cut(title, WORKSHOP_LIMITS.titleMax),
    description: cut(scene.round.groundRules, WORKSHOP_LIMITS.descriptionMax),
    eventId: null,
    access: 'code',
    audienceIds: [],
    noteNames: 'anonymous',
    noteMaxLength: WORKSHOP_LIMITS.noteLengthDefault * 2,
    notesHidden: false,
    dotsPerParticipant: 3,
    resultsPublic: false,
    prompts: questionsOf(scene.round)
      .slice(0, WORKSHOP_LIMITS.promptsMax)
      .map((question) => ({ text: cut(question, WORKSHOP_LIMITS.promptMax) })),
    groups: [],
  };
}

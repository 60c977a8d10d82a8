import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { GOALS_LIMITS } from './schemas.ts';

/**
 * A story paragraph's text as a goal's title and description. The story writes a goal as a bold lead
 * followed by its explanation (`**Hyvä arki kaikenikäisille.** Peruspalvelut …`): the lead is the title
 * (without its closing full stop), the rest the description. Without a bold lead the first sentence is
 * the title. Markdown emphasis is dropped, as titles are plain text.
 */
export function goalTextOf(paragraph: LocalizedText): { title: LocalizedText; description: LocalizedText } {
  const title: Record<string, string> = {};
  const description: Record<string, string> = {};
  for (const [language, text] of Object.entries(paragraph)) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    const split = splitLead(text.trim());
    title[language] = split.title.slice(0, GOALS_LIMITS.titleMax);
    description[language] = split.description.slice(0, GOALS_LIMITS.descriptionMax);
  }
  return {
    title: { ...title, fi: title.fi ?? '' } as LocalizedText,
    description: { ...description, fi: description.fi ?? '' } as LocalizedText,
  };
}

function splitLead(text: string): { title: string; description: string } {
  const bold = /^\*\*(.+?)\*\*\s*/s.exec(text);
  if (bold?.[1]) return { title: trimStop(plain(bold[1])), description: plain(text.slice(bold[0].length)) };
  const sentence = /^(.+?[.!?])(\s+|$)/s.exec(text);
  if (sentence?.[1] && sentence[0].length < text.length)
    return { title: trimStop(plain(sentence[1])), description: plain(text.slice(sentence[0].length)) };
  return { title: trimStop(plain(text)), description: '' };
}

const plain = (text: string) => text.replace(/\*\*|__|[*_`]/g, '').trim();
const trimStop = (text: string) => text.replace(/[.]$/, '').trim();

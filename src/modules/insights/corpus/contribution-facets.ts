/**
 * What the analyst can narrow a corpus by besides channel, phase and language: the question or
 * prompt a contribution answered, and its author's background answers (age band, area, unit,
 * relation …). Both are read from the metadata each channel writes with its contributions
 * (surveys: `questionId` and `background`; workshops: `promptId`; dialogues: `roundId` and
 * `questionIndex`), never from the channels' own tables.
 */

/** A background answer as a survey writes it into a contribution's metadata. */
export interface BackgroundAnswer {
  /** The background kind: age_band, home_area, postcode, relation, unit, other. */
  kind: string;
  questionCode: string;
  /** Choice codes (one per choice picked) or the value typed. */
  codes: string[];
  /** The Finnish labels, in the order of the codes. */
  labels: string[];
}

/** The key of the question or prompt a contribution answered (`survey:…`, `workshop:…`, `dialogue:…:n`), or null. */
export function sourceKeyOf(channel: string, metadata: Record<string, unknown>): string | null {
  const id = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  if (channel === 'survey' && id(metadata.questionId)) return `survey:${metadata.questionId}`;
  if (channel === 'workshop' && id(metadata.promptId)) return `workshop:${metadata.promptId}`;
  if (channel === 'dialogue' && id(metadata.roundId) && typeof metadata.questionIndex === 'number')
    return `dialogue:${metadata.roundId}:${metadata.questionIndex}`;
  return null;
}

/** The background answers in a contribution's metadata (none when it has none or they are malformed). */
export function backgroundAnswersOf(metadata: Record<string, unknown>): BackgroundAnswer[] {
  if (!Array.isArray(metadata.background)) return [];
  return metadata.background.flatMap((item): BackgroundAnswer[] => {
    if (!item || typeof item !== 'object') return [];
    const { kind, questionCode, value, label } = item as Record<string, unknown>;
    if (typeof kind !== 'string' || typeof questionCode !== 'string') return [];
    const codes = (Array.isArray(value) ? value : [value])
      .filter((code) => typeof code === 'string' || typeof code === 'number')
      .map(String);
    if (codes.length === 0) return [];
    const labels = typeof label === 'string' ? label.split('; ') : [];
    return [{ kind, questionCode, codes, labels: codes.map((code, index) => (labels.length === codes.length ? labels[index]! : code)) }];
  });
}

/** The key of one background group: the question's code and the answer's code (`ika=25-34`). */
export function backgroundKey(questionCode: string, code: string): string {
  return `${questionCode}=${code}`;
}

/** The background groups of a contribution, as keys. */
export function backgroundKeysOf(metadata: Record<string, unknown>): string[] {
  return backgroundAnswersOf(metadata).flatMap((answer) => answer.codes.map((code) => backgroundKey(answer.questionCode, code)));
}

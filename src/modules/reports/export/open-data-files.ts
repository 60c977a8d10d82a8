/** A column of an open-data file, as the data dictionary describes it (Frictionless Table Schema field). */
export interface DictionaryField {
  name: string;
  type: 'string' | 'integer' | 'date';
  description: string;
}

/** Every file of the package with its columns; README.md and datapackage.json describe them from this. */
export const OPEN_DATA_FILES: Array<{ name: string; format: 'csv' | 'json'; description: string; fields: DictionaryField[] }> = [
  {
    name: 'contributions',
    format: 'csv',
    description:
      'Every visible contribution (free text given through any channel) of the process, one row each. Identities removed; texts masked; background groups under 5 people left empty.',
    fields: [
      { name: 'number', type: 'integer', description: 'Running number of the row in this file (not an identifier in Tarina).' },
      {
        name: 'channel',
        type: 'string',
        description: 'Where the text came from: survey, idea, workshop, dialogue, statement, comment, event.',
      },
      { name: 'language', type: 'string', description: 'Language of the text as the channel recorded it (fi, sv, en, or unknown).' },
      { name: 'date', type: 'date', description: 'The day the text was given (UTC), YYYY-MM-DD.' },
      { name: 'phase', type: 'string', description: 'The process phase (Finnish name) whose dates contain the day; empty when none.' },
      {
        name: 'age_band',
        type: 'string',
        description: 'The author’s age band from a survey’s background question; empty when not asked or the group has under 5 people.',
      },
      {
        name: 'area',
        type: 'string',
        description: 'The author’s home area from a survey’s background question; empty when not asked or the group has under 5 people.',
      },
      {
        name: 'text',
        type: 'string',
        description:
          'The text with e-mail addresses, phone numbers, personal identity codes and street addresses replaced by [email], [phone], [id], [address]. In the CSV a text starting with = + - @ begins with an apostrophe so spreadsheets never run it as a formula; the JSON keeps it as given.',
      },
    ],
  },
  {
    name: 'participation',
    format: 'csv',
    description:
      'People and contributions per channel, phase, month, body, unit, sector, age band and area. Background groups under 5 people are empty.',
    fields: [
      { name: 'dimension', type: 'string', description: 'channel, phase, month, body, unit, sector, ageBand or area.' },
      {
        name: 'group',
        type: 'string',
        description: 'The channel, phase name, month (YYYY-MM), body, unit or background answer (Finnish).',
      },
      {
        name: 'people',
        type: 'integer',
        description:
          'Distinct people: an account counted once across channels, a participant without an account once per channel. Empty when suppressed.',
      },
      { name: 'contributions', type: 'integer', description: 'Contributions given by the group. Empty when suppressed.' },
    ],
  },
];

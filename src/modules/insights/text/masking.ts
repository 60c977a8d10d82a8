/** The kinds of personal data the masking finds, each replaced by its own mark. */
export const PERSONAL_DATA_KINDS = ['email', 'identityCode', 'phone', 'address'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** What stands in the text where personal data was: the tokenizer drops these, views may translate them. */
export const MASKS: Record<PersonalDataKind, string> = {
  email: '[email]',
  identityCode: '[id]',
  phone: '[phone]',
  address: '[address]',
};

/** A masked text and how many of each kind were found. */
export interface MaskedText {
  text: string;
  found: Record<PersonalDataKind, number>;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// Finnish personal identity code: DDMMYY, the century sign, three digits, the check character.
// Century signs: + (1800s), - and Y X W V U (1900s), A and B C D E F (2000s), since 2023.
const IDENTITY_CODE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/gu;
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Whether a personal identity code's date is a day and its check character is right. */
function isIdentityCode(day: string, month: string, individual: string, year: string, check: string): boolean {
  const d = Number(day);
  const m = Number(month);
  if (d < 1 || d > 31 || m < 1 || m > 12) return false;
  return CHECK_CHARACTERS[Number(`${day}${month}${year}${individual}`) % 31] === check;
}

// Phone numbers: +358 (or 00358) then the number without its 0, or a national number from 0: an area or
// mobile prefix of one to three digits and five to eight more, with spaces, hyphens or brackets between.
// Other countries' numbers from + and their code. Neither a digit nor a letter may touch either end.
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)358[\s-]?(?:\(0\)[\s-]?)?[1-9]\d{0,2}|\(?0[1-9]\d{0,2}\)?|\+(?!358)[1-9]\d{0,2}[\s-]?\d{1,4})(?:[\s-]?\d){5,8}(?![\p{L}\p{N}])/gu;

// Street addresses: a word ending in a Finnish or Swedish street word, a house number (with a letter
// or a stairway and flat: "12 B 7", "5 as. 3") — not followed by a unit ("Pyörätie 2 km").
const STREET_WORDS_FI =
  'katu|tie|kuja|polku|tori|väylä|raitti|kaari|rinne|ranta|puistikko|aukio|kenttä|mäki|kaarre|linja|tanhua|bulevardi|esplanadi|piha|penger|portti|reitti|vainio|niitty|kumpu|harju';
const STREET_WORDS_SV =
  'gatan|gata|vägen|väg|gränden|gränd|stigen|torget|backen|allén|allé|stranden|plan|kajen|parken|esplanaden|bulevarden|slingan|gången';
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}-]*(?:${STREET_WORDS_FI}|${STREET_WORDS_SV})\\s+\\d{1,3}(?:\\s?[-–]\\s?\\d{1,3})?(?:\\s?[a-h](?![\\p{L}]))?(?:\\s+(?:as\\.?|lgh\\.?|bst\\.?|[A-H])\\s?\\d{1,3})?(?![\\p{L}\\p{N}]|[.,]\\d|\\s*(?:%|€|km|m|kpl|min|h|krt|kertaa|vuotta|v\\.|euroa|metriä|minuuttia|år|meter|st\\.)(?![\\p{L}]))`,
  'gu',
);

/**
 * The text with e-mail addresses, Finnish personal identity codes (when the check character is
 * right), phone numbers and street addresses replaced by `MASKS`, before any analysis or view.
 * Identity codes go first: their digits could otherwise read as a phone number.
 */
export function maskPersonalData(text: string): MaskedText {
  const found: Record<PersonalDataKind, number> = { email: 0, identityCode: 0, phone: 0, address: 0 };
  // Most answers have no @ and no digit: the regular expressions then need not run at all.
  let result = !text.includes('@')
    ? text
    : text.replace(EMAIL, () => {
        found.email++;
        return MASKS.email;
      });
  if (!/\d/.test(result)) return { text: result, found };
  result = result.replace(
    IDENTITY_CODE,
    (match, day: string, month: string, year: string, _sign: string, individual: string, check: string) => {
      if (!isIdentityCode(day, month, individual, year, check)) return match;
      found.identityCode++;
      return MASKS.identityCode;
    },
  );
  result = result.replace(PHONE, () => {
    found.phone++;
    return MASKS.phone;
  });
  result = result.replace(ADDRESS, () => {
    found.address++;
    return MASKS.address;
  });
  return { text: result, found };
}

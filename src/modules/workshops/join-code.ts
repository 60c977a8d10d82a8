import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read off a projector (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The length of a join code: 31^6 ≈ 890 million codes, typed in a few seconds on a phone. */
export const JOIN_CODE_LENGTH = 6;

/** A new random join code. */
export function newJoinCode(): string {
  let code = '';
  for (let index = 0; index < JOIN_CODE_LENGTH; index += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

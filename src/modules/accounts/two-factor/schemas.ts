import { z } from 'zod';

/** A code typed to prove two-factor: six digits from the app, or a recovery code (empty is refused by the command, at the field). */
export const twoFactorCodeSchema = z.object({ code: z.string().max(40) });

/** The checkbox group sends `requireTwoFactor[]=yes` only when ticked; the API sends a boolean. */
const ticked = (value: unknown) =>
  typeof value === 'boolean' ? value : value === 'yes' || (Array.isArray(value) && value.includes('yes'));

/** The organisation's sign-in security settings, as the form and the API send them. */
export const securitySettingsSchema = z.object({ requireTwoFactor: z.preprocess(ticked, z.boolean()) });

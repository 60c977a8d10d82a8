import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { getOrganisationSettings } from '../queries/get-organisation-settings.ts';
import { organisationSettingsSchema } from '../schemas.ts';
import { SettingsPage } from '../views/settings-page.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The checkbox group sends `allowSignUp[]=yes` only when ticked. */
const tickedSignUp = (value: unknown) => Array.isArray(value) && value.includes('yes');

/** The settings as the form sends them: every field, sign-up as a checkbox group. */
export const settingsFormSchema = organisationSettingsSchema.extend({ allowSignUp: z.preprocess(tickedSignUp, z.boolean()) });

/** The settings form again after a refusal (422), with what was typed beside the colour saved now. */
export async function settingsFormAgain(call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) {
  const raw = state.values;
  const name = (typeof raw.name === 'object' && raw.name !== null ? raw.name : {}) as Record<string, unknown>;
  const values = {
    name: { fi: text(name.fi), sv: text(name.sv), en: text(name.en) },
    logoUrl: text(raw.logoUrl),
    accentColor: text(raw.accentColor),
    allowSignUp: tickedSignUp(raw.allowSignUp),
  };
  const saved = await getOrganisationSettings(call.context.db, call.actor.organisationId);
  return renderPage(
    call.context,
    call.request,
    reply,
    <SettingsPage values={values} savedColour={saved?.accentColor ?? null} errors={state.errors} />,
    status,
  );
}

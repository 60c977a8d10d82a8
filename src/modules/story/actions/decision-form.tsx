import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listBodies } from '../../processes/index.ts';
import { loadVisibleVersion } from '../loaders.ts';
import { DecisionFormPage, type DecisionFormValues } from '../views/decision-form-page.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

/** The version a decision is recorded on, for an actor who records decisions of its process; others 403 or 404. */
export type DecidedVersion = Awaited<ReturnType<typeof loadVisibleVersion>>;

/**
 * A version whose decision the actor may record: 404 when they may not read it; for the form's page
 * (`checked`) 403 when they may not record (the action's own rule answers a post, 401 to a visitor).
 */
export async function loadVersionToDecide(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  actor: Actor,
  slug: string,
  number: number,
  checked = true,
): Promise<DecidedVersion> {
  const loaded = await loadVisibleVersion(context, actor, slug, number);
  if (checked && !context.authorizer.can(actor, 'story.decision.record', loaded.process)) throw refuse.forbidden();
  return loaded;
}

const EMPTY: DecisionFormValues = {
  bodyId: '',
  meetingDate: '',
  sectionNumber: '',
  text: {},
  votesFor: '',
  votesAgainst: '',
  votesAbstain: '',
  dissent: {},
  minutesUrl: '',
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const localized = (value: unknown) => {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { fi: text(record.fi), sv: text(record.sv), en: text(record.en) };
};

function postedValues(values: Record<string, unknown>): DecisionFormValues {
  return {
    bodyId: text(values.bodyId),
    meetingDate: text(values.meetingDate),
    sectionNumber: text(values.sectionNumber),
    text: localized(values.text),
    votesFor: text(values.votesFor),
    votesAgainst: text(values.votesAgainst),
    votesAbstain: text(values.votesAbstain),
    dissent: localized(values.dissent),
    minutesUrl: text(values.minutesUrl),
  };
}

/** The form that records a body's decision on a version; a decided version shows that it is frozen instead. */
export async function renderDecisionForm(call: Call, reply: FastifyReply, loaded: DecidedVersion, form?: FormState, status = 200) {
  const bodies = await listBodies(call.context.db, call.actor.organisationId, loaded.process.id);
  return renderPage(
    call.context,
    call.request,
    reply,
    <DecisionFormPage
      process={loaded.process}
      version={loaded.version}
      bodies={bodies.map((body) => ({ value: body.id, label: localize(body.name, call.request.locale) }))}
      values={form ? postedValues(form.values) : EMPTY}
      errors={form?.errors}
    />,
    status,
  );
}

/** The form again with the decision as typed and what is wrong with it. */
export function decisionFormAgain(
  call: LoadCall<unknown> & { subject: DecidedVersion },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  return renderDecisionForm(call, reply, call.subject, state, status);
}

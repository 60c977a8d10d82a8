import type { FastifyReply } from 'fastify';
import type { LoadCall } from '../../../platform/actions/action.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listProcessOptions } from '../../processes/index.ts';
import type { Round } from '../model.ts';
import { type RoundFormOptions, RoundFormPage, type RoundFormValues } from '../views/round-form.tsx';

/** The processes the actor coordinates (with their phases) and the organisation's units (not work communities), for the form. */
export async function roundFormOptions(context: AppContext, actor: Actor, locale: Locale): Promise<RoundFormOptions> {
  const processes = (await listProcessOptions(context.db, actor.organisationId)).filter((process) =>
    context.authorizer.can(actor, 'dialogues.round.create', { processId: process.id }),
  );
  const units = flattenUnitTree(await listUnitTree(context.db, actor.organisationId)).filter((unit) => unit.kind === 'unit');
  return {
    processes: processes.map((process) => ({
      id: process.id,
      label: localize(process.title, locale),
      phases: process.phases.map((phase) => ({ value: phase.id, label: localize(phase.title, locale) })),
    })),
    units: units.map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${localize(unit.name, locale)}` })),
  };
}

/** The form of a new round (GET or again after a refusal). */
export async function renderNewRoundPage(
  call: Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>,
  reply: FastifyReply,
  values: RoundFormValues,
  errors?: FieldErrors,
  status = 200,
) {
  const options = await roundFormOptions(call.context, call.actor, call.request.locale);
  const heading = call.context.translator.t(call.request.locale, 'dialogues.round.newHeading');
  return renderPage(
    call.context,
    call.request,
    reply,
    <RoundFormPage heading={heading} action="/admin/dialogues/new" values={values} options={options} errors={errors} />,
    status,
  );
}

/** A round's own form (GET or again after a refusal), with links to its coverage and its guide. */
export async function renderRoundPage(
  call: Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>,
  reply: FastifyReply,
  round: Round,
  values: RoundFormValues,
  errors?: FieldErrors,
  status = 200,
) {
  const { locale } = call.request;
  const t = (key: string) => call.context.translator.t(locale, key);
  const options = await roundFormOptions(call.context, call.actor, locale);
  const links = [
    { path: `/admin/dialogues/${round.id}/coverage`, label: t('dialogues.coverage.link') },
    { path: `/dialogues/${round.id}`, label: t('dialogues.guide.link') },
  ];
  return renderPage(
    call.context,
    call.request,
    reply,
    <RoundFormPage
      heading={localize(round.title, locale)}
      action={`/admin/dialogues/${round.id}`}
      values={values}
      options={options}
      errors={errors}
      links={links}
    />,
    status,
  );
}

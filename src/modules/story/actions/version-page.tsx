import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import { canPrintPdf } from '../../../platform/pdf/print-pdf.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { toDateTimeLocal } from '../../../platform/zoned-time.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies, listPhases } from '../../processes/index.ts';
import type { VisibleStory } from '../loaders.ts';
import type { Block, Version } from '../model.ts';
import { listNamedDecisions } from '../queries/named-decisions.ts';
import { CommentPeriodForm, type PeriodOptions, type PeriodValues } from '../views/comment-period-form.tsx';
import { DecisionView } from '../views/decision-view.tsx';
import { StoryPage } from '../views/story-page.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;
type LoadedVersion = VisibleStory & { version: Version; blocks: Block[] };

async function periodOptions(call: Call, processId: string): Promise<PeriodOptions> {
  const { db } = call.context;
  const organisationId = call.actor.organisationId;
  const locale = call.request.locale;
  const [phases, bodies, units] = await Promise.all([
    listPhases(db, organisationId, [processId]),
    listBodies(db, organisationId, processId),
    listUnitTree(db, organisationId),
  ]);
  return {
    phases: phases.map((phase) => ({ value: phase.id, label: localize(phase.title, locale) })),
    bodies: bodies.map((body) => ({ value: body.id, label: localize(body.name, locale) })),
    units: flattenUnitTree(units).map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${localize(unit.name, locale)}` })),
  };
}

function storedValues(version: Version, timeZone: string): PeriodValues {
  const period = version.comments;
  return {
    phaseId: period?.phaseId ?? '',
    opensAt: toDateTimeLocal(period?.opensAt ?? null, timeZone),
    closesAt: toDateTimeLocal(period?.closesAt ?? null, timeZone),
    audience: period?.audience ?? 'anyone',
    audienceIds: period?.audienceIds ?? [],
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function postedValues(values: Record<string, unknown>): PeriodValues {
  const ids = Array.isArray(values.audienceIds) ? values.audienceIds.filter((id): id is string => typeof id === 'string') : [];
  return {
    phaseId: text(values.phaseId),
    opensAt: text(values.opensAt),
    closesAt: text(values.closesAt),
    audience: text(values.audience),
    audienceIds: ids,
  };
}

/** One version to read with the decision that approved it; for its editors while it is a draft, the form that puts it out for comments and the link that records its decision. */
export async function renderVersionPage(call: Call, reply: FastifyReply, loaded: LoadedVersion, form?: FormState, status = 200) {
  const { process, version } = loaded;
  const path = `/${call.request.locale}/processes/${process.slug}/story/versions/${version.number}`;
  const decision = (await listNamedDecisions(call.context.db, call.actor.organisationId, process.id, call.request.locale)).get(version.id);
  const records = call.context.authorizer.can(call.actor, 'story.decision.record', process);
  const panel =
    loaded.edits && version.status === 'draft' ? (
      <>
        <CommentPeriodForm
          action={`${path}/comment-period`}
          values={form ? postedValues(form.values) : storedValues(version, call.request.organisation.timeZone)}
          options={await periodOptions(call, process.id)}
          errors={form?.errors}
        />
        {records && (
          <p class="story-page__edit">
            <a class="button button--secondary" href={`${path}/decision`}>
              {call.context.translator.t(call.request.locale, 'story.decision.record')}
            </a>
          </p>
        )}
        <p class="story-page__edit">
          <a class="button button--secondary" href={`${path}/seminars`}>
            {call.context.translator.t(call.request.locale, 'story.seminars.link')}
          </a>
        </p>
      </>
    ) : form ? (
      // A refusal of a version no longer a draft (a decision froze it meanwhile): said above the text.
      <div class="notice notice--error" role="alert">
        {Object.values(form.errors).map((message) => (
          <p key={message.key}>{call.context.translator.t(call.request.locale, message.key, message.values)}</p>
        ))}
      </div>
    ) : null;
  return renderPage(
    call.context,
    call.request,
    reply,
    <StoryPage
      process={process}
      version={version}
      blocks={loaded.blocks}
      edits={loaded.edits && version.number === loaded.versions.at(-1)?.number}
      heading={call.context.translator.t(call.request.locale, 'story.version.name', { number: version.number })}
      status={decision ? <DecisionView {...decision} /> : undefined}
      panel={panel}
      pdf={await canPrintPdf()}
    />,
    status,
  );
}

/** The version page again with the period as typed and what is wrong with it. */
export function versionPageAgain(
  call: LoadCall<unknown> & { subject: LoadedVersion },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  return renderVersionPage(call, reply, call.subject, state, status);
}

import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { alignBlocks } from '../diff.ts';
import type { VisibleStory } from '../loaders.ts';
import { listBlocks } from '../queries/list-blocks.ts';
import { type BlockFormValue, NEW_BLOCK_SLOTS, VersionFormPage, type VersionFormValues } from '../views/version-form-page.tsx';

type Call = Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>;

const emptyBlock = (): BlockFormValue => ({ key: '', kind: 'paragraph', text: {} });

/** The latest version's blocks as the form's first values, with empty slots for new ones. */
export async function versionFormValues(call: Call, story: VisibleStory): Promise<VersionFormValues> {
  const latest = story.versions.at(-1);
  const blocks = latest ? await listBlocks(call.context.db, call.actor.organisationId, latest.id) : [];
  return {
    baseNumber: latest?.number ?? 0,
    changelog: {},
    blocks: [
      ...blocks.map((block) => ({ key: block.key, kind: block.kind, text: block.text })),
      ...Array.from({ length: NEW_BLOCK_SLOTS }, emptyBlock),
    ],
  };
}

const asText = (value: unknown): Partial<LocalizedText> => {
  if (typeof value !== 'object' || value === null) return {};
  const text = value as Record<string, unknown>;
  const pick = (language: string) => (typeof text[language] === 'string' ? (text[language] as string) : '');
  return { fi: pick('fi'), sv: pick('sv'), en: pick('en') };
};

/** The posted values back in the form's shape, as typed. */
function postedValues(values: Record<string, unknown>): VersionFormValues {
  const blocks = Array.isArray(values.blocks) ? values.blocks : [];
  return {
    baseNumber: Number(values.baseNumber) || 0,
    changelog: asText(values.changelog),
    blocks: blocks.map((block) => {
      const item = (typeof block === 'object' && block !== null ? block : {}) as Record<string, unknown>;
      return {
        key: typeof item.key === 'string' ? item.key : '',
        kind: item.kind === 'heading' ? 'heading' : 'paragraph',
        text: asText(item.text),
      };
    }),
  };
}

/** The new-version form: as first shown (GET), or again with what was typed and what is wrong with it. */
export async function renderVersionForm(call: Call, reply: FastifyReply, story: VisibleStory, form?: FormState, status = 200) {
  const values = form ? postedValues(form.values) : await versionFormValues(call, story);
  return renderPage(
    call.context,
    call.request,
    reply,
    <VersionFormPage process={story.process} values={values} errors={form?.errors} />,
    status,
  );
}

/**
 * The form again after a refusal: the texts as typed. When another editor saved a version meanwhile
 * (409), what they changed follows the form, so nothing is overwritten unseen.
 */
export async function versionFormAgain(
  call: LoadCall<unknown> & { subject: VisibleStory },
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const values = postedValues(state.values);
  const latest = call.subject.versions.at(-1);
  const base = call.subject.versions.find((version) => version.number === values.baseNumber);
  let conflict = null;
  if (status === 409 && latest && latest.number > values.baseNumber) {
    const latestBlocks = await listBlocks(call.context.db, call.actor.organisationId, latest.id);
    const baseBlocks = base ? await listBlocks(call.context.db, call.actor.organisationId, base.id) : [];
    conflict = { from: values.baseNumber, to: latest.number, changes: alignBlocks(baseBlocks, latestBlocks) };
    // Sent again, the form is written on the latest version: the editor has seen what it changed.
    const kept = new Set(latestBlocks.map((block) => block.key));
    values.baseNumber = latest.number;
    values.blocks = values.blocks.map((block) => (kept.has(block.key) ? block : { ...block, key: '' }));
  }
  return renderPage(
    call.context,
    call.request,
    reply,
    <VersionFormPage process={call.subject.process} values={values} errors={state.errors} conflict={conflict} />,
    status,
  );
}

import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppContext } from '../../../platform/module.ts';
import { resolveOrganisation } from '../../organisations/index.ts';
import { findProcessBySlug } from '../../processes/index.ts';
import { importPolisConversation } from '../commands/import-polis-conversation.ts';
import { recomputeOpinionGroups } from '../computation/recompute-opinion-groups.ts';
import { ImportError } from '../csv/import-error.ts';
import { buildPolisExportFile, EXPORT_FILES } from '../csv/polis-export.ts';
import { readPolisFolder } from '../csv/polis-files.ts';
import type { EmptyMapReason } from '../math/types.ts';
import { findChannel } from '../queries/find-channel.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { listProcessChannels } from '../queries/list-channels.ts';
import { STATEMENTS_USAGE } from './usage.ts';

/** Where the command writes; tests pass their own. */
export interface CommandOutput {
  out(line: string): void;
  error(line: string): void;
}

const consoleOutput: CommandOutput = { out: (line) => console.log(line), error: (line) => console.error(line) };

/** Why a conversation has no map, in the command's words. */
const EMPTY_MAP_REASONS: Record<EmptyMapReason, string> = {
  noVotes: 'the conversation has no votes.',
  oneParticipant: 'only one participant voted; groups need at least two.',
  oneStatement: 'votes fell on one statement only; a map needs votes on at least two.',
  allModeratedOut: 'every statement that received votes is moderated out.',
};

/** Bad arguments or bad input files: exit code 2. */
class UsageProblem extends Error {}

/** The verb, folder and options of `statements …`; anything else is a usage problem. */
function parse(args: string[]) {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new UsageProblem(`statements: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [verb, dir, ...rest] = parsed.positionals;
  if (verb !== 'import' && verb !== 'export') {
    throw new UsageProblem(verb ? `Unknown command: statements ${verb}` : 'statements needs import or export.');
  }
  if (!dir) throw new UsageProblem(`statements ${verb} needs the folder DIR.`);
  if (rest.length > 0) throw new UsageProblem(`statements ${verb} takes one folder, not also: ${rest.join(' ')}`);
  if (!parsed.values.process) throw new UsageProblem(`statements ${verb} needs --process SLUG.`);
  if (verb === 'import' && parsed.values.channel)
    throw new UsageProblem('statements import makes a new channel: --channel is only for export.');
  return { verb, dir, values: parsed.values };
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { process: { type: 'string' }, channel: { type: 'string' }, host: { type: 'string' } },
  });
}

/**
 * Checks the arguments of `statements …` without touching a database: the
 * message of what is wrong, or null when they are well formed.
 */
export function checkStatementsArguments(args: string[]): string | null {
  try {
    parse(args);
    return null;
  } catch (error) {
    if (error instanceof UsageProblem) return error.message;
    throw error;
  }
}

async function target(context: AppContext, values: { process?: string; host?: string }) {
  if (!values.process) throw new UsageProblem('Give the process with --process SLUG.');
  const organisation = await resolveOrganisation(context.db, values.host ?? 'localhost');
  if (!organisation) throw new Error('The database has no organisation yet.');
  const process = await findProcessBySlug(context.db, organisation.id, values.process);
  if (!process) throw new Error(`There is no process with the slug ${values.process} in ${organisation.slug}.`);
  return { organisation, process };
}

async function importCommand(context: AppContext, dir: string, values: { process?: string; host?: string }, output: CommandOutput) {
  const { organisation, process } = await target(context, values);
  const files = await readPolisFolder(dir);
  const input = {
    organisationId: organisation.id,
    processId: process.id,
    actorUserId: null,
    fallbackQuestion: path.basename(path.resolve(dir)),
  };
  const report = await importPolisConversation(context.db, files, input, context.clock.now());
  output.out(
    `Imported ${report.statements} statements (${report.hidden} hidden), ${report.participants} participants and ` +
      `${report.votes} votes (${report.replacedVotes} replaced by a later vote) into the draft channel ${report.channelId}.`,
  );
  output.out(
    `Handled as Polis does: ${report.statementsWithoutText} statements without text (hidden), ` +
      `${report.votesOnUnknownStatements} votes on statements not in comments.csv (left out), ` +
      `${report.authorsWithoutVotes} participants who only wrote statements (no votes).`,
  );
  const snapshot = await recomputeOpinionGroups(context, report.channelId);
  if (snapshot) {
    output.out(`Opinion groups: ${snapshot.groupCount}, computed from ${snapshot.voteCount} votes (inputs ${snapshot.inputsDigest}).`);
    if (snapshot.emptyReason) output.out(`No opinion map: ${EMPTY_MAP_REASONS[snapshot.emptyReason]}`);
  }
}

async function exportCommand(
  context: AppContext,
  dir: string,
  values: { process?: string; host?: string; channel?: string },
  output: CommandOutput,
) {
  const { organisation, process } = await target(context, values);
  let channelId = values.channel;
  if (!channelId) {
    const page = await listProcessChannels(context.db, organisation.id, process.id, { includeDrafts: true, limit: 50 });
    if (page.items.length !== 1) {
      const ids = page.items.map((channel) => channel.id).join(', ') || 'none';
      throw new UsageProblem(`The process has ${page.items.length} statements channels: choose one with --channel ID (${ids}).`);
    }
    channelId = page.items[0]?.id as string;
  }
  const channel = await findChannel(context.db, organisation.id, channelId);
  if (!channel || channel.processId !== process.id) throw new Error(`The process has no statements channel ${channelId}.`);
  let snapshot = await findLatestSnapshot(context.db, organisation.id, channel.id);
  if (!snapshot || channel.inputsVersion > channel.computedVersion) {
    await recomputeOpinionGroups(context, channel.id);
    snapshot = await findLatestSnapshot(context.db, organisation.id, channel.id);
  }
  await fs.mkdir(dir, { recursive: true });
  for (const file of EXPORT_FILES) {
    const text = await buildPolisExportFile(context.db, organisation.id, channel.id, file, snapshot?.result ?? null);
    await fs.writeFile(path.join(dir, file), text);
  }
  output.out(`Wrote ${EXPORT_FILES.join(', ')} of the channel ${channel.id} to ${dir}.`);
}

/**
 * Runs `tarina statements import|export …` and answers the exit code: 0 done,
 * 1 could not be done (no such process or channel), 2 bad arguments or a
 * malformed export — then nothing was stored, and the message names the file and line.
 */
export async function runStatementsCommand(args: string[], context: AppContext, output: CommandOutput = consoleOutput): Promise<number> {
  try {
    const { verb, dir, values } = parse(args);
    if (verb === 'import') await importCommand(context, dir, values, output);
    else await exportCommand(context, dir, values, output);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      output.error(context.translator.t('en', error.messageKey, error.values));
      return 2;
    }
    if (error instanceof UsageProblem) {
      output.error(`${error.message}\n\nUsage:\n${STATEMENTS_USAGE}`);
      return 2;
    }
    output.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

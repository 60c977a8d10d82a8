import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { sendRequestedInvitations } from '../jobs/send-invitations.ts';
import { importStaff } from './import-staff.ts';
import type { StaffImportResult } from './staff-import-result.ts';
import { STAFF_IMPORT_LIMITS } from './staff-import-schema.ts';

/** Where the command writes: the console, or a test's lines. */
export interface StaffImportOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The organisation an import runs for, as the command line finds it (by slug, or the default one). */
export interface ImportOrganisation {
  id: string;
  name: LocalizedText;
}

const OPTIONS = {
  commit: { type: 'boolean' },
  'deactivate-missing': { type: 'boolean' },
  organisation: { type: 'string' },
} as const;

function argumentsOf(args: string[]) {
  const parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  return { ...parsed.values, file: parsed.positionals[0], extra: parsed.positionals.slice(1) };
}

/** Checks `staff import` arguments before anything is opened; answers what is wrong, or null. */
export function checkStaffArguments(args: string[]): string | null {
  if (args[0] !== 'import') return 'staff needs a subcommand: staff import FILE.';
  try {
    const values = argumentsOf(args.slice(1));
    if (!values.file) return 'staff import needs the file to read.';
    if (values.extra.length > 0) return `Unexpected arguments: ${values.extra.join(' ')}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

/** The preview as text, one line per row, problem and person left out, each with its line number. */
export function previewText(context: Pick<AppContext, 'translator'>, result: StaffImportResult): string[] {
  const { plan } = result;
  const t = (key: string, values?: Record<string, string | number>) => context.translator.t('en', key, values);
  const lines = [`Read as ${result.encoding}, columns separated by ${result.delimiter === '\t' ? 'tab' : result.delimiter}.`];
  for (const problem of plan.problems) {
    lines.push(`${problem.line > 0 ? `line ${problem.line}` : 'file'}: ${t(problem.key, problem.values as Record<string, string>)}`);
  }
  if (plan.problems.length > 0) {
    lines.push(`Refused: ${plan.problems.length} problem(s); nothing was saved.`);
    return lines;
  }
  for (const row of plan.rows) {
    const outcome = row.invite ? `${row.outcome} + invite` : row.outcome;
    const role = row.role ? `, ${row.role}` : '';
    lines.push(
      `line ${row.line}: ${outcome.padEnd(15)} ${row.email} (${row.name}) in ${localize(row.unitName, 'en')}${role}, ${row.locale}`,
    );
  }
  for (const person of plan.missing) {
    const why = person.reason === 'actor' ? ' (the person running the import)' : person.reason === 'lastAdmin' ? ' (the last admin)' : '';
    lines.push(`not in file: ${person.outcome.padEnd(10)} ${person.email} (${person.displayName})${why}`);
  }
  const { counts } = plan;
  lines.push(
    `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.invite} to invite, ${counts.deactivate} to deactivate.`,
  );
  return lines;
}

/**
 * `staff import FILE [--commit] [--deactivate-missing] [--organisation SLUG]`: prints the
 * preview; with `--commit` saves it and then mails the invitations. Answers the exit
 * code: 0 done, 1 refused (bad rows, unknown organisation, unreadable file, no PUBLIC_URL).
 */
export async function runStaffImportCommand(
  args: string[],
  context: AppContext,
  findOrganisation: (slug: string | undefined) => Promise<ImportOrganisation | undefined>,
  output: StaffImportOutput = { out: (line) => console.log(line), err: (line) => console.error(line) },
): Promise<number> {
  const values = argumentsOf(args.slice(1));
  const organisation = await findOrganisation(values.organisation);
  if (!organisation) {
    output.err(values.organisation ? `There is no organisation with the slug ${values.organisation}.` : 'There is no organisation yet.');
    return 1;
  }
  let bytes: Uint8Array;
  try {
    const size = fs.statSync(values.file as string).size;
    if (size > STAFF_IMPORT_LIMITS.fileBytes) {
      output.err(`The file is larger than ${STAFF_IMPORT_LIMITS.fileBytes / 1_000_000} MB.`);
      return 1;
    }
    bytes = fs.readFileSync(values.file as string);
  } catch (error) {
    output.err(`Cannot read ${values.file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const commit = values.commit === true;
  const request = {
    organisationId: organisation.id,
    organisationName: organisation.name,
    actorId: null,
    bytes,
    deactivateMissing: values['deactivate-missing'] === true,
  };
  const preview = await importStaff(context, { ...request, commit: false });
  for (const line of previewText(context, preview)) output.out(line);
  if (preview.plan.problems.length > 0) return 1;
  if (!commit) {
    output.out('Nothing was saved: run again with --commit to save.');
    return 0;
  }
  if (preview.plan.counts.invite > 0 && !context.config.publicUrl) {
    output.err('Set PUBLIC_URL: the invitations of new accounts link to the site. Nothing was saved.');
    return 1;
  }
  const result = await importStaff(context, { ...request, commit: true });
  if (!result.committed) {
    // The directory changed between the preview and the commit: say what is wrong now.
    for (const line of previewText(context, result)) output.err(line);
    return 1;
  }
  output.out(`Saved. Sending ${result.invite.length} invitation(s)…`);
  // The commit asked for the invitations; the command sends its organisation's now rather than
  // leave them to a running app's job (there may be none), by the job's own rules.
  const log = (error: unknown, message: string) => output.err(`${message}: ${error instanceof Error ? error.message : String(error)}`);
  const total = { sent: 0, failed: 0 };
  for (;;) {
    const outcome = await sendRequestedInvitations(context, { now: context.clock.now(), log }, organisation.id);
    total.sent += outcome.sent;
    total.failed += outcome.failed;
    if (outcome.sent + outcome.dropped + outcome.failed === 0) break;
  }
  output.out(`Sent ${total.sent} invitation(s).`);
  if (total.failed > 0) output.err(`${total.failed} invitation(s) could not be sent; the running app tries them again.`);
  return total.failed > 0 ? 1 : 0;
}

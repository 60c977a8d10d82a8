import { ROLES, type Role } from '../../../platform/authz/authz.ts';
import type { Locale, LocalizedText } from '../../../platform/i18n/locales.ts';
import { emailSchema } from '../schemas.ts';
import type { StaffFile } from './read-staff-file.ts';
import { STAFF_IMPORT_LIMITS } from './staff-import-schema.ts';
import type { StaffProblem } from './staff-problems.ts';

/** The columns an import reads; the others of an HR export are ignored. */
export type StaffColumn = 'email' | 'name' | 'unit' | 'role' | 'language';

/** Header names in Finnish, Swedish and English, compared lower-cased with spaces, dashes and underscores dropped. */
const HEADER_NAMES: Record<StaffColumn, string[]> = {
  email: ['sähköposti', 'sähköpostiosoite', 'email', 'emailaddress', 'mail', 'epost', 'epostadress'],
  name: ['nimi', 'kokonimi', 'name', 'fullname', 'displayname', 'namn', 'fullständigtnamn'],
  unit: [
    'yksikkö',
    'työyhteisö',
    'yksikkötaityöyhteisö',
    'unit',
    'workcommunity',
    'unitorworkcommunity',
    'enhet',
    'arbetsgemenskap',
    'enhetellerarbetsgemenskap',
  ],
  role: ['rooli', 'roll', 'role'],
  language: ['kieli', 'asiointikieli', 'språk', 'language', 'locale'],
};

const REQUIRED: StaffColumn[] = ['email', 'name', 'unit'];

const FIELD_MAX: Record<StaffColumn, number> = {
  email: STAFF_IMPORT_LIMITS.email,
  name: STAFF_IMPORT_LIMITS.name,
  unit: STAFF_IMPORT_LIMITS.unit,
  role: STAFF_IMPORT_LIMITS.role,
  language: STAFF_IMPORT_LIMITS.language,
};

const LANGUAGE_NAMES: Record<string, Locale> = {
  fi: 'fi',
  suomi: 'fi',
  finska: 'fi',
  finnish: 'fi',
  sv: 'sv',
  ruotsi: 'sv',
  svenska: 'sv',
  swedish: 'sv',
  en: 'en',
  englanti: 'en',
  engelska: 'en',
  english: 'en',
};

/** Roles an import may grant: every declared role but org_admin, which only an admin gives by hand. */
export const IMPORTABLE_ROLES = ROLES.filter((role) => role !== 'org_admin');

/** A unit or work community as the import matches it: by id (its code) or by its name in any language. */
export interface DirectoryUnit {
  id: string;
  name: LocalizedText;
}

/** An account the organisation already has, as the import compares it. */
export interface DirectoryUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  unitId: string | null;
  deactivated: boolean;
  /** `role` or `role@unitId` for unit-scoped grants. */
  grants: string[];
  orgAdmin: boolean;
}

/** What the import compares the file with. */
export interface StaffDirectory {
  units: DirectoryUnit[];
  users: DirectoryUser[];
  /** Role names people write (codes, and each role's name in fi, sv and en), lower-cased. */
  roleNames: Map<string, Role>;
}

/** What a row of the file does when committed. */
export type RowOutcome = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  line: number;
  email: string;
  name: string;
  unitId: string;
  unitName: LocalizedText;
  role: Role | null;
  locale: Locale;
  outcome: RowOutcome;
  /** New accounts get a sign-in invitation. */
  invite: boolean;
  userId: string | null;
  /** An existing account that was deactivated comes back. */
  reactivate: boolean;
}

/** A placed staff member missing from the file: deactivated with the flag, or kept and why. */
export interface MissingPerson {
  userId: string;
  email: string;
  displayName: string;
  outcome: 'deactivate' | 'kept';
  reason?: 'actor' | 'lastAdmin';
}

export interface StaffImportPlan {
  rows: PlannedRow[];
  missing: MissingPerson[];
  problems: StaffProblem[];
  counts: { create: number; update: number; unchanged: number; invite: number; deactivate: number };
}

const squash = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');
const headerKey = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** A cell a spreadsheet would run as a formula when the text is opened again. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}

/** Which field index holds each column; a problem at line 1 for each required column not found. */
function columnsOf(header: string[]): { at: Partial<Record<StaffColumn, number>>; problems: StaffProblem[] } {
  const at: Partial<Record<StaffColumn, number>> = {};
  const problems: StaffProblem[] = [];
  header.forEach((name, index) => {
    const key = headerKey(name);
    for (const column of Object.keys(HEADER_NAMES) as StaffColumn[]) {
      if (HEADER_NAMES[column].includes(key)) {
        if (at[column] === undefined) at[column] = index;
        else problems.push({ line: 1, key: 'accounts.staffImport.columnTwice', values: { column: name } });
      }
    }
  });
  for (const column of REQUIRED) {
    if (at[column] === undefined)
      problems.push({ line: 1, key: 'accounts.staffImport.columnMissing', values: { column, found: header.join(' | ').slice(0, 200) } });
  }
  return { at, problems };
}

/** Units by their id and by each of their names (lower-cased); a name two units share finds both. */
function unitIndex(units: DirectoryUnit[]): Map<string, DirectoryUnit[]> {
  const index = new Map<string, DirectoryUnit[]>();
  const add = (key: string, unit: DirectoryUnit) => {
    const found = index.get(key) ?? [];
    if (!found.includes(unit)) found.push(unit);
    index.set(key, found);
  };
  for (const unit of units) {
    add(squash(unit.id), unit);
    for (const name of [unit.name.fi, unit.name.sv, unit.name.en]) if (name) add(squash(name), unit);
  }
  return index;
}

interface RowContext {
  at: Partial<Record<StaffColumn, number>>;
  units: Map<string, DirectoryUnit[]>;
  roleNames: Map<string, Role>;
  /** Cells already squashed: a file names the same few units, roles and languages on every row. */
  squashed: Map<string, string>;
}

function squashOnce(row: RowContext, value: string): string {
  let key = row.squashed.get(value);
  if (key === undefined) {
    key = squash(value);
    row.squashed.set(value, key);
  }
  return key;
}

type CheckedRow = Omit<PlannedRow, 'outcome' | 'invite' | 'userId' | 'reactivate'>;

/** Checks one record; answers the row, or the problems on its line. */
function checkRow(
  record: { line: number; fields: string[] },
  row: RowContext,
  parsedEmail: ReturnType<typeof emailSchema.safeParse>,
): CheckedRow | StaffProblem[] {
  const { line, fields } = record;
  const problems: StaffProblem[] = [];
  const cell = (column: StaffColumn) => {
    const index = row.at[column];
    const value = index === undefined ? '' : (fields[index] ?? '');
    if (value.length > FIELD_MAX[column]) {
      problems.push({ line, key: 'accounts.staffImport.tooLong', values: { column, max: FIELD_MAX[column] } });
      return '';
    }
    if (looksLikeFormula(value)) {
      problems.push({ line, key: 'accounts.staffImport.formula', values: { column } });
      return '';
    }
    return value.trim();
  };
  const raw = { email: cell('email'), name: cell('name'), unit: cell('unit'), role: cell('role'), language: cell('language') };
  if (fields.some((field) => field.length > STAFF_IMPORT_LIMITS.other))
    problems.push({ line, key: 'accounts.staffImport.tooLong', values: { column: '…', max: STAFF_IMPORT_LIMITS.other } });
  if (problems.length > 0) return problems;
  // The caller parsed the cell already (to find repeated addresses); a formula or over-long cell was refused above.
  const email = parsedEmail;
  if (!email.success) problems.push({ line, key: 'accounts.staffImport.badEmail', values: { value: raw.email } });
  if (!raw.name) problems.push({ line, key: 'accounts.staffImport.nameMissing' });
  const units = raw.unit ? (row.units.get(squashOnce(row, raw.unit)) ?? []) : [];
  if (!raw.unit) problems.push({ line, key: 'accounts.staffImport.unitMissing' });
  else if (units.length === 0) problems.push({ line, key: 'accounts.staffImport.unknownUnit', values: { value: raw.unit } });
  else if (units.length > 1) problems.push({ line, key: 'accounts.staffImport.ambiguousUnit', values: { value: raw.unit } });
  const role = raw.role ? row.roleNames.get(squashOnce(row, raw.role)) : null;
  if (role === undefined) problems.push({ line, key: 'accounts.staffImport.unknownRole', values: { value: raw.role } });
  const locale = raw.language ? LANGUAGE_NAMES[squashOnce(row, raw.language)] : 'fi';
  if (!locale) problems.push({ line, key: 'accounts.staffImport.unknownLanguage', values: { value: raw.language } });
  const unit = units[0];
  if (problems.length > 0 || !email.success || !unit || role === undefined || !locale) return problems;
  return { line, email: email.data, name: raw.name, unitId: unit.id, unitName: unit.name, role, locale };
}

/** A checked row with what committing it does (built field by field: 20,000 spreads cost a tenth of the plan). */
function plannedRow(row: CheckedRow, outcome: RowOutcome, userId: string | null, reactivate: boolean): PlannedRow {
  const { line, email, name, unitId, unitName, role, locale } = row;
  return { line, email, name, unitId, unitName, role, locale, outcome, invite: outcome === 'create', userId, reactivate };
}

/** What committing a checked row would do to the account with its address, if there is one. */
function outcomeOf(row: CheckedRow, existing: DirectoryUser | undefined): PlannedRow {
  if (!existing) return plannedRow(row, 'create', null, false);
  const grant = row.role === 'unit_manager' ? `unit_manager@${row.unitId}` : row.role;
  const changed =
    existing.displayName !== row.name ||
    existing.unitId !== row.unitId ||
    existing.locale !== row.locale ||
    existing.deactivated ||
    (grant !== null && !existing.grants.includes(grant));
  return plannedRow(row, changed ? 'update' : 'unchanged', existing.id, existing.deactivated);
}

/** Placed, active staff not in the file: deactivated, except the actor and the organisation's last admin. */
function missingOf(users: DirectoryUser[], inFile: Set<string>, actorUserId: string | null): MissingPerson[] {
  const missing = users.filter((user) => user.unitId !== null && !user.deactivated && !inFile.has(user.email));
  const leaving = new Set(missing.map((user) => user.id));
  let adminsLeft = users.filter((user) => user.orgAdmin && !user.deactivated && !leaving.has(user.id)).length;
  return missing.map((user) => {
    const base = { userId: user.id, email: user.email, displayName: user.displayName };
    if (user.id === actorUserId) {
      if (user.orgAdmin) adminsLeft += 1;
      return { ...base, outcome: 'kept' as const, reason: 'actor' as const };
    }
    if (user.orgAdmin && adminsLeft === 0) {
      adminsLeft += 1;
      return { ...base, outcome: 'kept' as const, reason: 'lastAdmin' as const };
    }
    return { ...base, outcome: 'deactivate' as const };
  });
}

/**
 * Compares a read file with the directory: every row's outcome, every problem by its
 * line (a duplicate address names both lines), and with `deactivateMissing` the placed
 * staff the file leaves out. Any problem means the file is refused as a whole.
 */
export function planStaffImport(
  file: StaffFile,
  directory: StaffDirectory,
  options: { deactivateMissing: boolean; actorUserId: string | null },
): StaffImportPlan {
  const counts = { create: 0, update: 0, unchanged: 0, invite: 0, deactivate: 0 };
  if (file.problems.length > 0) return { rows: [], missing: [], problems: file.problems, counts };
  const { at, problems } = columnsOf(file.header);
  if (problems.length > 0) return { rows: [], missing: [], problems, counts };
  const context: RowContext = { at, units: unitIndex(directory.units), roleNames: directory.roleNames, squashed: new Map() };
  const users = new Map(directory.users.map((user) => [user.email, user]));
  const firstLine = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const emailAt = at.email as number;
  for (const record of file.records) {
    // A repeated address is named on both lines whatever else is wrong with either row.
    const email = emailSchema.safeParse(record.fields[emailAt] ?? '');
    const earlier = email.success ? firstLine.get(email.data) : undefined;
    if (email.success && earlier !== undefined) {
      problems.push(
        { line: earlier, key: 'accounts.staffImport.duplicateEmail', values: { value: email.data, other: record.line } },
        { line: record.line, key: 'accounts.staffImport.duplicateEmail', values: { value: email.data, other: earlier } },
      );
    } else if (email.success) firstLine.set(email.data, record.line);
    const checked = checkRow(record, context, email);
    if (Array.isArray(checked)) problems.push(...checked);
    else if (earlier === undefined) rows.push(outcomeOf(checked, users.get(checked.email)));
  }
  problems.sort((a, b) => a.line - b.line);
  const missing = options.deactivateMissing ? missingOf(directory.users, new Set(firstLine.keys()), options.actorUserId) : [];
  for (const row of rows) {
    counts[row.outcome] += 1;
    if (row.invite) counts.invite += 1;
  }
  counts.deactivate = missing.filter((person) => person.outcome === 'deactivate').length;
  return { rows, missing, problems, counts };
}

/** Role names people write: each importable role's code and its name in the given languages, lower-cased. */
export function roleNamesOf(nameOf: (role: Role) => string[]): Map<string, Role> {
  const names = new Map<string, Role>();
  for (const role of IMPORTABLE_ROLES) {
    names.set(role, role);
    for (const name of nameOf(role)) names.set(squash(name), role);
  }
  return names;
}

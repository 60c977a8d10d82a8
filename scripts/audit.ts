/**
 * `npm audit --omit=dev` for CI, with an allow-list (`audit-allow.json`) that needs a
 * reason per entry. Exit codes: 0 nothing unlisted; 1 an advisory that is not on the
 * list, or a list entry without a reason (or past its review date); 2 the advisory
 * service could not be asked (network, a registry proxy that refuses it), said in one
 * line: never a pass in silence, and never a hang (the audit has a time limit).
 *
 *   npx tsx scripts/audit.ts            CI's step
 *   npx tsx scripts/audit.ts --report   the same, printing every advisory found
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One entry of the allow-list: an advisory we accept for now, and why. */
export interface AllowEntry {
  /** The advisory's id (`GHSA-…`) or its URL. */
  advisory: string;
  /** The package the advisory is about. */
  package: string;
  /** Why it does not reach Tarina (or what we do instead): a sentence, not a word. */
  reason: string;
  /** When to look again (YYYY-MM-DD); past it the entry no longer counts. */
  review: string;
}

/** One advisory found in the audit's answer. */
export interface Finding {
  advisory: string;
  package: string;
  severity: string;
  title: string;
}

/** What the audit concluded. */
export type Verdict =
  | { kind: 'clean'; accepted: Finding[] }
  | { kind: 'unlisted'; findings: Finding[]; accepted: Finding[] }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'bad-list'; problems: string[] };

const REASON_MIN = 20;

/** The problems of an allow-list: each entry needs an advisory, a package, a reason of a sentence and a review date. */
export function checkAllowList(entries: unknown, today: string): string[] {
  if (!Array.isArray(entries)) return ['audit-allow.json must be a JSON array of entries'];
  return entries.flatMap((entry: Partial<AllowEntry>, index) => {
    const name = `entry ${index + 1} (${entry?.advisory ?? 'no advisory'})`;
    const problems: string[] = [];
    if (typeof entry?.advisory !== 'string' || !/^(GHSA-[a-z0-9-]+|https:\/\/\S+)$/.test(entry.advisory))
      problems.push(`${name}: "advisory" must be a GHSA id or the advisory's URL`);
    if (typeof entry?.package !== 'string' || entry.package === '') problems.push(`${name}: "package" is missing`);
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < REASON_MIN)
      problems.push(`${name}: "reason" must say in a sentence (${REASON_MIN}+ characters) why it is accepted`);
    if (typeof entry?.review !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.review))
      problems.push(`${name}: "review" must be a date (YYYY-MM-DD)`);
    else if (entry.review < today) problems.push(`${name}: its review date ${entry.review} has passed; look again and renew or remove it`);
    return problems;
  });
}

/** The advisories in `npm audit --json` output (npm 7+ format). */
export function findingsOf(report: unknown): Finding[] {
  const vulnerabilities = (report as { vulnerabilities?: Record<string, { via?: unknown[] }> }).vulnerabilities ?? {};
  const found = new Map<string, Finding>();
  for (const [name, vulnerability] of Object.entries(vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package this one depends on; that one lists the advisory itself.
      if (typeof via !== 'object' || via === null) continue;
      const advisory = via as { url?: string; title?: string; severity?: string; name?: string };
      const url = advisory.url ?? '';
      const id = /GHSA-[a-z0-9-]+/i.exec(url)?.[0] ?? url;
      const key = `${advisory.name ?? name} ${id}`;
      if (!found.has(key)) {
        found.set(key, {
          advisory: id,
          package: advisory.name ?? name,
          severity: advisory.severity ?? 'unknown',
          title: advisory.title ?? '',
        });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.package.localeCompare(b.package) || a.advisory.localeCompare(b.advisory));
}

/** Whether an allow-list entry covers a finding (by id or URL, and package). */
function covers(entry: AllowEntry, finding: Finding): boolean {
  const id = /GHSA-[a-z0-9-]+/i.exec(entry.advisory)?.[0] ?? entry.advisory;
  return id.toLowerCase() === finding.advisory.toLowerCase() && entry.package === finding.package;
}

/** The verdict of an audit's JSON answer against the allow-list. */
export function judge(report: unknown, allowList: unknown, today: string): Verdict {
  const problems = checkAllowList(allowList, today);
  if (problems.length) return { kind: 'bad-list', problems };
  const answer = report as { error?: { summary?: string }; message?: string; statusCode?: number; vulnerabilities?: unknown };
  if (!answer || typeof answer !== 'object' || answer.vulnerabilities === undefined) {
    const detail = [answer?.statusCode, answer?.message, answer?.error?.summary].filter(Boolean).join(' ');
    return { kind: 'unreachable', detail: detail || 'npm audit gave no report' };
  }
  const entries = allowList as AllowEntry[];
  const findings = findingsOf(report);
  const accepted = findings.filter((finding) => entries.some((entry) => covers(entry, finding)));
  const unlisted = findings.filter((finding) => !accepted.includes(finding));
  return unlisted.length ? { kind: 'unlisted', findings: unlisted, accepted } : { kind: 'clean', accepted };
}

const line = (finding: Finding) => `  ${finding.severity.padEnd(8)} ${finding.package} ${finding.advisory} ${finding.title}`;

function main(): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const allowList: unknown = JSON.parse(readFileSync(path.join(root, 'audit-allow.json'), 'utf8'));
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  let report: unknown;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = { message: run.error ? String(run.error.message) : `npm audit printed no JSON (exit ${run.status})` };
  }
  const verdict = judge(report, allowList, new Date().toISOString().slice(0, 10));
  switch (verdict.kind) {
    case 'bad-list':
      console.error(`npm audit: audit-allow.json is not acceptable:\n  ${verdict.problems.join('\n  ')}`);
      return 1;
    case 'unreachable':
      console.error(`npm audit: NOT CHECKED: the registry's advisory service could not be asked (${verdict.detail}).`);
      return 2;
    case 'unlisted':
      console.error(`npm audit: ${verdict.findings.length} advisory(ies) in runtime dependencies not in audit-allow.json:`);
      console.error(verdict.findings.map(line).join('\n'));
      console.error('Update the package, or add an entry with its advisory, package, reason and review date.');
      return 1;
    case 'clean':
      console.log(`npm audit: no advisories in runtime dependencies beyond the ${verdict.accepted.length} accepted in audit-allow.json`);
      if (process.argv.includes('--report')) console.log(verdict.accepted.map(line).join('\n'));
      return 0;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();

import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The success criteria checked on every page: WCAG 2.1 A and AA (Finnish law 306/2019). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One failed axe rule, reduced to what a reader of a test failure needs. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

// Our CSP forbids inline and foreign scripts, so axe cannot come in a <script> tag;
// page.evaluate runs through the DevTools protocol, which the CSP does not govern.
function readAxeSource(): string {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Runs axe-core on the page as it is now and answers its WCAG 2.1 A/AA violations. */
export async function findViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(readAxeSource());
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, WCAG_TAGS);
}

/** The shape of axe's results that findViolations reads (axe's own types describe the window global poorly). */
interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: string[] }[] }[];
}

/** A readable list: one paragraph per rule with its impact, help text and the elements that break it. */
export function formatViolations(url: string, violations: Violation[]): string {
  const lines = [`${violations.length} accessibility violation(s) (WCAG 2.1 A/AA) on ${url}:`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} [${violation.impact ?? 'unknown'}]: ${violation.help} (${violation.helpUrl})`);
    for (const target of violation.targets.slice(0, 10)) lines.push(`    at ${target}`);
    if (violation.targets.length > 10) lines.push(`    … and ${violation.targets.length - 10} more`);
  }
  return lines.join('\n');
}

/** Fails with the list of violations when the page breaks any WCAG 2.1 A/AA rule that axe checks. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await findViolations(page);
  if (violations.length > 0) throw new Error(formatViolations(page.url(), violations));
}

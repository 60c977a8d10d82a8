import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { toProblem } from '../http/problems.ts';
import { canPrintPdf, PrintUnavailable, printPdf } from './print-pdf.ts';

const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Raumo &amp; berättelsen</title></head>
<body><main><h1>Raumo berättelsen</h1><h2>Vision</h2><p>Ett stycke.</p><ul><li>En</li><li>Två</li></ul></main></body></html>`;

describe('printing a PDF with Chromium (platform/pdf)', () => {
  it('is tagged: a structure tree of headings and lists, the language, the title and the PDF/UA identification', async () => {
    const pdf = (await printPdf({ html, language: 'sv', title: 'Raumo & berättelsen' })).toString('latin1');
    assert.match(pdf, /^%PDF-/);
    assert.match(pdf, /\/StructTreeRoot \d+ 0 R/);
    assert.match(pdf, /\/MarkInfo <<\/Type \/MarkInfo\s*\/Marked true>>/);
    assert.match(pdf, /\/S \/H1/);
    assert.match(pdf, /\/S \/H2/);
    assert.match(pdf, /\/S \/L\b/);
    assert.match(pdf, /\/Lang \(sv\)/);
    assert.match(pdf, /\/DisplayDocTitle true/);
    assert.match(pdf, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(pdf, /<rdf:li xml:lang="sv">Raumo &amp; /);
    assert.match(pdf, /\/Metadata \d+ 0 R>>\nendobj\nxref/);
  });

  it('without Chromium: PrintUnavailable, answered 503 with its own message (never a bare 500)', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      assert.equal(await canPrintPdf(), false);
      const error = await printPdf({ html, language: 'sv', title: 'x' }).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      assert.ok(error instanceof PrintUnavailable);
      assert.equal(error.reason, 'no-chromium');
      const problem = toProblem(error);
      assert.equal(problem.status, 503);
      assert.equal(problem.code, 'print-unavailable');
      assert.equal(problem.messageKey, 'platform.pdf.unavailable');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('without playwright-core (a production install): PrintUnavailable, and no PDF offered', () => {
    // A resolve hook makes playwright-core as absent as `npm ci --omit=dev` leaves it.
    const hook = `export async function resolve(specifier, context, next) {
      if (specifier === 'playwright-core') { const error = new Error('Cannot find package playwright-core'); error.code = 'ERR_MODULE_NOT_FOUND'; throw error; }
      return next(specifier, context);
    }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const script = `
      const { canPrintPdf, printPdf, PrintUnavailable } = await import(${JSON.stringify(new URL('./print-pdf.ts', import.meta.url).href)});
      const error = await printPdf({ html: '<p>x</p>', language: 'fi', title: 'x' }).then(() => null, (e) => e);
      console.log(JSON.stringify({ can: await canPrintPdf(), unavailable: error instanceof PrintUnavailable, reason: error?.reason, status: error?.status }));`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}'), {
      can: false,
      unavailable: true,
      reason: 'no-playwright',
      status: 503,
    });
  });
});

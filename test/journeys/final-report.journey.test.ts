/**
 * The process coordinator signs in, opens the participation figures and the final report of the
 * 2013 process, rewrites the summary section, publishes the report, opens the published page and
 * downloads its PDF: a tagged PDF in Finnish with headings. axe checks every page on the way.
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { journey } from './support/journey.ts';

journey('a coordinator edits and publishes the final report and downloads its PDF', async (journey) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');

  await journey.open('/fi/sign-in');
  await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

  await journey.open('/fi/admin/reports');
  await journey.follow(() =>
    main
      .getByRole('link', { name: fi('reports.editor.figures') })
      .first()
      .click(),
  );
  await main.getByRole('heading', { name: fi('reports.dimension.channel'), level: 2 }).waitFor();
  await journey.follow(() => main.getByRole('link', { name: fi('reports.participation.toReport') }).click());

  const summary = fi('reports.section.summary');
  await journey.follow(() => main.getByRole('link', { name: fi('reports.editor.edit', { section: summary }) }).click());
  const text = main.getByRole('textbox', { name: fi('platform.language.fi') });
  await text.fill('Rauman Tarina kokosi tuhansien raumalaisten äänet yhdeksi tarinaksi.');
  await journey.follow(() => main.getByRole('button', { name: fi('reports.editor.save') }).click());
  await main.getByText(fi('reports.section.saved')).waitFor();
  await main.getByText('Rauman Tarina kokosi tuhansien raumalaisten äänet yhdeksi tarinaksi.').waitFor();

  await journey.follow(() => main.getByRole('button', { name: fi('reports.editor.publish') }).click());
  await main.getByText(fi('reports.report.published')).waitFor();
  await journey.follow(() => main.getByRole('link', { name: fi('reports.links.page') }).click());
  await main.getByRole('heading', { name: fi('reports.section.summary'), level: 2 }).waitFor();
  await main.getByText('Rauman Tarina kokosi tuhansien raumalaisten äänet yhdeksi tarinaksi.').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: fi('reports.links.pdf') }).click()]);
  const path = await download.path();
  assert.ok(path, 'the PDF was downloaded');
  const { readFile } = await import('node:fs/promises');
  const pdf = (await readFile(path)).toString('latin1');
  assert.match(pdf, /^%PDF-/);
  assert.match(pdf, /\/StructTreeRoot \d+ 0 R/);
  assert.match(pdf, /\/S \/H1/);
  assert.match(pdf, /\/Lang \(fi\)/);
  assert.match(pdf, /<pdfuaid:part>1<\/pdfuaid:part>/);
});

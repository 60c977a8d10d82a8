/**
 * A visitor reads Rauma's Story of 2013 as the city council approved it, with the seminars' outcomes
 * under the paragraphs they shaped, and downloads it as a PDF: a tagged PDF in Finnish with its
 * headings, bookmarks and the PDF/UA mark, printed by the server's Chromium. axe checks every page.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { journey } from './support/journey.ts';

journey('a visitor reads the approved story and downloads it as a tagged PDF', async (journey) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');
  const slug = journey.app.demo.processSlug;
  assert.ok(slug, 'the demo has its 2013 process');

  // From the process page's hub to the story, which says who approved it.
  await journey.open(`/fi/processes/${slug}`);
  await journey.follow(() => main.locator(`a[href="/fi/processes/${slug}/story"]`).first().click());
  assert.equal(new URL(page.url()).pathname, `/fi/processes/${slug}/story`);
  await main
    .getByText(/Hyväksytty: Kaupunginvaltuusto/)
    .first()
    .waitFor();
  await main.getByText(fi('story.seminars.shaped')).first().waitFor();

  // The PDF link downloads the file (no page load): the approved version, tagged, in Finnish.
  const link = main.getByRole('link', { name: fi('story.export.pdf') });
  assert.match((await link.getAttribute('href')) ?? '', /\/story\/versions\/2\/pdf$/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  const path = await download.path();
  assert.ok(path, 'the PDF was downloaded');
  const pdf = (await readFile(path)).toString('latin1');
  assert.match(pdf, /^%PDF-/);
  assert.match(pdf, /\/StructTreeRoot \d+ 0 R/);
  assert.match(pdf, /\/S \/H1/);
  assert.match(pdf, /\/S \/H2/);
  assert.match(pdf, /\/Lang \(fi\)/);
  assert.match(pdf, /\/Outlines \d+ 0 R/);
  assert.match(pdf, /<pdfuaid:part>1<\/pdfuaid:part>/);
});

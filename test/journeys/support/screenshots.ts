import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Where failing journeys leave their screenshots (gitignored). */
export const RESULTS_FOLDER = path.resolve('test-results');

/** A file-name-safe form of a journey name or a URL path. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'root'
  );
}

/**
 * One page as the journey saw it. The HTML costs milliseconds to keep, a full-page
 * screenshot seconds on a busy machine, so screenshots are drawn only when a journey fails.
 */
export interface Snapshot {
  url: string;
  html: string;
}

// Shows the kept HTML at its own address, so the page's CSS and images load from the app as before.
async function drawSnapshot(context: BrowserContext, snapshot: Snapshot): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.route(snapshot.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: snapshot.html }));
    await page.goto(snapshot.url, { waitUntil: 'load' });
    return await page.screenshot({ fullPage: true });
  } finally {
    await page.close();
  }
}

/**
 * Writes a screenshot of each visited page, and of the page where the journey stopped,
 * to test-results/<journey>/, and answers the folder.
 */
export async function saveScreenshots(journeyName: string, context: BrowserContext, visited: Snapshot[], stoppedAt: Page): Promise<string> {
  const folder = path.join(RESULTS_FOLDER, slugify(journeyName));
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const write = (index: number, url: string, image: Buffer) =>
    fs.writeFileSync(path.join(folder, `${String(index).padStart(2, '0')}-${slugify(url)}.png`), image);
  for (const [index, snapshot] of visited.entries()) {
    write(index + 1, snapshot.url, await drawSnapshot(context, snapshot).catch(() => Buffer.alloc(0)));
  }
  const last = await stoppedAt.screenshot({ fullPage: true }).catch(() => null);
  if (last) write(visited.length + 1, `stopped-at-${stoppedAt.url()}`, last);
  return folder;
}

import { existsSync } from 'node:fs';
import { HttpError } from '../http/errors.ts';
import { addPdfUaIdentification } from './pdf-ua.ts';

/** What is printed: a whole HTML document (styles inline, no script), its language and title. */
export interface PrintableDocument {
  html: string;
  /** The document language (fi, sv, en): the PDF's `/Lang` and its XMP `dc:language`. */
  language: string;
  title: string;
}

/**
 * The server cannot print: playwright-core is a devDependency (a production install lacks it) and
 * Chromium is an optional system package. Answers 503 with a message that says so in the
 * visitor's language, and that the page itself prints from the browser (its print stylesheet).
 */
export class PrintUnavailable extends HttpError {
  constructor(readonly reason: 'no-playwright' | 'no-chromium') {
    super(503, 'print-unavailable', 'platform.pdf.unavailable');
  }
}

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides (read at each print). */
function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Whether this server can print PDFs now (pages offer the download only then). */
export async function canPrintPdf(): Promise<boolean> {
  if (!existsSync(chromiumPath())) return false;
  try {
    await import('playwright-core');
    return true;
  } catch {
    return false;
  }
}

async function loadChromium() {
  try {
    return (await import('playwright-core')).chromium;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') throw new PrintUnavailable('no-playwright');
    throw error;
  }
}

/**
 * Prints an HTML document to a tagged PDF with Chromium: a structure tree of its headings, lists and
 * tables, its language, bookmarks from the headings, the title shown in the window, and the PDF/UA
 * identification (XMP `pdfuaid:part` 1) added after. playwright-core is loaded only when a PDF is
 * asked for; without it or without Chromium this throws `PrintUnavailable`. One Chromium per call
 * (about a second): callers cache the bytes.
 */
export async function printPdf(document: PrintableDocument): Promise<Buffer> {
  const chromium = await loadChromium();
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new PrintUnavailable('no-chromium');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(document.html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      tagged: true,
      outline: true,
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    });
    return addPdfUaIdentification(pdf, { title: document.title, language: document.language });
  } finally {
    await browser.close();
  }
}

import { createHash } from 'node:crypto';
import { type PrintableDocument, printPdf } from '../../../platform/pdf/print-pdf.ts';

interface Printed {
  digest: string;
  pdf: Promise<Buffer>;
}

/** Each app's printed PDFs (the routes make one; tests read its `prints`). */
export const storyPdfCaches = new WeakMap<object, StoryPdfCache>();

/** How many printed versions × languages are kept (a PDF of the story is tens of kilobytes). */
const KEPT = 64;

/**
 * The story's printed PDFs, one per version and language. A version's text never changes, but what is
 * printed around it can (its decision, the process's title), so an entry serves only the HTML it was
 * printed from (by digest); a changed page prints again. Requests that arrive together for the same
 * entry share one print (one Chromium); a failed print is not kept.
 */
export class StoryPdfCache {
  readonly #printed = new Map<string, Printed>();
  prints = 0;

  /** The PDF of the document for this version and language, printed once. */
  pdf(versionId: string, document: PrintableDocument): Promise<Buffer> {
    const key = `${versionId}\n${document.language}`;
    const digest = createHash('sha256').update(document.html).update(document.title).digest('base64url');
    const known = this.#printed.get(key);
    if (known?.digest === digest) {
      this.#printed.delete(key);
      this.#printed.set(key, known);
      return known.pdf;
    }
    this.prints += 1;
    const pdf = printPdf(document);
    const entry = { digest, pdf };
    this.#printed.set(key, entry);
    pdf.catch(() => {
      if (this.#printed.get(key) === entry) this.#printed.delete(key);
    });
    while (this.#printed.size > KEPT) {
      const oldest = this.#printed.keys().next().value;
      if (oldest === undefined) break;
      this.#printed.delete(oldest);
    }
    return pdf;
  }
}

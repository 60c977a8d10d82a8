/** One entry of an Atom feed; every URL absolute, every time ISO-8601 UTC. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published: string;
  link: string;
  summary: string;
  /** HTML, escaped into the XML as `content type="html"`. */
  contentHtml: string;
  language: string;
}

/** An Atom 1.0 feed (RFC 4287). */
export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  authorName: string;
  language: string;
  entries: AtomEntry[];
}

/** XML 1.0's Char production: what a document may carry at all, even escaped. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

// Iterating a string yields code points; a lone surrogate comes out alone and is dropped.
function withoutNonXmlChars(value: string): string {
  let kept = '';
  for (const character of value) if (isXmlChar(character.codePointAt(0) ?? 0)) kept += character;
  return kept;
}

/** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
export function escapeXml(value: string): string {
  return withoutNonXmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A tag: URI (RFC 4151) that names a thing for good, whatever its address
 * later becomes: tag:example.fi,2013-03-04:tarina/news/<id>.
 */
export function tagUri(host: string, date: string, specific: string): string {
  return `tag:${host},${date.slice(0, 10)}:${specific}`;
}

/** The latest of some ISO-8601 UTC timestamps (in that form they sort as text). */
export function latestTimestamp(first: string, ...rest: string[]): string {
  return [first, ...rest].sort().at(-1) ?? first;
}

function renderEntry(entry: AtomEntry): string {
  return [
    `  <entry xml:lang="${escapeXml(entry.language)}">`,
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${escapeXml(entry.updated)}</updated>`,
    `    <published>${escapeXml(entry.published)}</published>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    `    <content type="html">${escapeXml(entry.contentHtml)}</content>`,
    '  </entry>',
  ].join('\n');
}

/** Renders a feed as an Atom 1.0 document. */
export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // xml:base resolves relative links in the entries' HTML against the site.
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}" xml:base="${escapeXml(feed.alternateUrl)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    `  <author><name>${escapeXml(feed.authorName)}</name></author>`,
    '  <generator>Tarina</generator>',
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}

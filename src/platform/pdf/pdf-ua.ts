/**
 * Adds the PDF/UA identification (ISO 14289-1 §5: XMP `pdfuaid:part` 1, with `dc:title` and the
 * language) to a PDF by an incremental update: a metadata stream, the catalog again with
 * `/Metadata`, a cross-reference section for the two and a trailer pointing back to the old one.
 * Chromium's tagged print writes a classic cross-reference table and a plain catalog object, the
 * shape this reads; anything else is refused rather than guessed at.
 */
export function addPdfUaIdentification(pdf: Buffer, meta: { title: string; language: string }): Buffer {
  const text = pdf.toString('latin1');
  const startXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)?.[1]);
  const info = /\/Info (\d+) 0 R/.exec(trailer)?.[1];
  if (!Number.isFinite(startXref) || !Number.isFinite(size) || !Number.isFinite(root)) throw new Error('not a PDF with a classic trailer');
  const catalogStart = text.lastIndexOf(`\n${root} 0 obj`);
  const catalogEnd = text.indexOf('endobj', catalogStart);
  if (catalogStart < 0 || catalogEnd < 0) throw new Error('the PDF catalog was not found');
  const body = text.slice(text.indexOf('<<', catalogStart), catalogEnd).trim();
  if (!body.endsWith('>>') || body.includes('/Metadata')) throw new Error('the PDF catalog is not in the expected shape');
  const metadataNumber = size;
  const xmp = xmpOf(meta);
  const xmpBytes = Buffer.from(xmp, 'utf8');
  const parts: Buffer[] = [pdf, Buffer.from('\n', 'latin1')];
  let offset = pdf.length + 1;
  const metadataOffset = offset;
  const metadataObject = Buffer.concat([
    Buffer.from(`${metadataNumber} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmpBytes.length}>>\nstream\n`, 'latin1'),
    xmpBytes,
    Buffer.from('\nendstream\nendobj\n', 'latin1'),
  ]);
  parts.push(metadataObject);
  offset += metadataObject.length;
  const catalogOffset = offset;
  const catalog = Buffer.from(`${root} 0 obj\n${body.slice(0, -2)}\n/Metadata ${metadataNumber} 0 R>>\nendobj\n`, 'latin1');
  parts.push(catalog);
  offset += catalog.length;
  const entry = (at: number) => `${String(at).padStart(10, '0')} 00000 n \n`;
  const xref =
    `xref\n0 1\n0000000000 65535 f \n${root} 1\n${entry(catalogOffset)}${metadataNumber} 1\n${entry(metadataOffset)}` +
    `trailer\n<</Size ${metadataNumber + 1} /Root ${root} 0 R${info ? ` /Info ${info} 0 R` : ''} /Prev ${startXref}>>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmpOf(meta: { title: string; language: string }): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<pdfuaid:part>1</pdfuaid:part>
<dc:title><rdf:Alt><rdf:li xml:lang="${escapeXml(meta.language)}">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${escapeXml(meta.language)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** An element of a parsed XML document: its name, attributes, child elements and own text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

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

/** Resolves character and predefined entity references; anything else is not well-formed. */
function decode(raw: string, where: number): string {
  if (raw.includes(']]>')) throw new Error(`"]]>" in text near ${where}`);
  return raw.replace(/&([^;&\s]*);?/g, (match, reference: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated reference near ${where}`);
    if (reference in PREDEFINED) return PREDEFINED[reference] ?? '';
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(reference);
    if (!numeric) throw new Error(`undefined entity &${reference}; near ${where}`);
    const codePoint = numeric[1] ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
    if (!isXmlChar(codePoint)) throw new Error(`reference to a non-XML character near ${where}`);
    return String.fromCodePoint(codePoint);
  });
}

/**
 * A strict, minimal XML 1.0 well-formedness check for tests (no DTDs, no
 * namespaces resolved): one root, matching tags, quoted and unique
 * attributes, only defined entities, no stray "<" or "&". Throws on the
 * first fault; answers the root element.
 */
export function parseXml(source: string): XmlElement {
  for (const character of source) {
    if (!isXmlChar(character.codePointAt(0) ?? 0)) throw new Error('the document holds a character XML does not allow');
  }
  let position = 0;
  const rest = () => source.slice(position);
  const skipMisc = () => {
    for (;;) {
      const whitespace = /^\s*/.exec(rest())?.[0].length ?? 0;
      position += whitespace;
      if (rest().startsWith('<!--')) {
        const end = source.indexOf('-->', position + 4);
        if (end < 0 || source.slice(position + 4, end).includes('--')) throw new Error(`bad comment at ${position}`);
        position = end + 3;
      } else if (rest().startsWith('<?') && !/^<\?xml[\s?]/i.test(rest())) {
        const end = source.indexOf('?>', position);
        if (end < 0) throw new Error(`unterminated processing instruction at ${position}`);
        position = end + 2;
      } else return;
    }
  };

  const declaration = /^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z][A-Za-z0-9._-]*")?(\s+standalone="(yes|no)")?\s*\?>/.exec(source);
  if (source.startsWith('<?xml') && !declaration) throw new Error('malformed XML declaration');
  position = declaration ? declaration[0].length : 0;
  skipMisc();
  if (rest().startsWith('<!DOCTYPE')) throw new Error('DOCTYPE is not expected');

  const parseElement = (): XmlElement => {
    if (source[position] !== '<') throw new Error(`expected an element at ${position}`);
    position += 1;
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new Error(`bad element name at ${position}`);
    position += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const attribute = /^\s+([A-Za-z_][A-Za-z0-9_.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(rest());
      if (!attribute) break;
      const attributeName = attribute[1] ?? '';
      if (attributeName in element.attributes) throw new Error(`duplicate attribute ${attributeName} at ${position}`);
      element.attributes[attributeName] = decode(attribute[3] ?? attribute[4] ?? '', position);
      position += attribute[0].length;
    }
    position += /^\s*/.exec(rest())?.[0].length ?? 0;
    if (rest().startsWith('/>')) {
      position += 2;
      return element;
    }
    if (source[position] !== '>') throw new Error(`malformed start tag <${name}> at ${position}`);
    position += 1;
    parseContent(element);
    return element;
  };

  const parseContent = (element: XmlElement) => {
    for (;;) {
      const next = source.indexOf('<', position);
      if (next < 0) throw new Error(`<${element.name}> is never closed`);
      element.text += decode(source.slice(position, next), position);
      position = next;
      if (rest().startsWith('</')) {
        const close = /^<\/([A-Za-z_][A-Za-z0-9_.:-]*)\s*>/.exec(rest());
        if (!close || close[1] !== element.name) throw new Error(`</${close?.[1] ?? '?'}> does not close <${element.name}> at ${position}`);
        position += close[0].length;
        return;
      }
      if (rest().startsWith('<![CDATA[')) {
        const end = source.indexOf(']]>', position);
        if (end < 0) throw new Error(`unterminated CDATA at ${position}`);
        element.text += source.slice(position + 9, end);
        position = end + 3;
      } else if (rest().startsWith('<!--') || rest().startsWith('<?')) {
        skipMisc();
      } else {
        element.children.push(parseElement());
      }
    }
  };

  const root = parseElement();
  skipMisc();
  if (position !== source.length) throw new Error(`content after the root element at ${position}`);
  return root;
}

/** The child elements of `parent` with this name. */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child) => child.name === name);
}

/** The one child element with this name; throws when there is none. */
export function childNamed(parent: XmlElement, name: string): XmlElement {
  const child = parent.children.find((candidate) => candidate.name === name);
  if (!child) throw new Error(`<${parent.name}> has no <${name}>`);
  return child;
}

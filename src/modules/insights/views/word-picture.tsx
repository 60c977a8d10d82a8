import type { KeyTerm } from '../text/key-terms.ts';

const WIDTH = 720;
const SMALLEST = 14;
const LARGEST = 44;
const GAP = 14;
/** An estimate of a glyph's width as a share of the font size (the system fonts average about this). */
const GLYPH = 0.6;

/** One word placed in the picture. */
export interface PlacedWord {
  text: string;
  count: number;
  x: number;
  y: number;
  size: number;
}

/**
 * Places the terms (most said first) in lines from the top, each centred, a term's font size
 * growing with the square root of its count, so the area it takes grows with the count. Nothing
 * overlaps: a line takes words while their estimated widths fit.
 */
export function layoutWordPicture(terms: readonly KeyTerm[]): { words: PlacedWord[]; width: number; height: number } {
  const counts = terms.map((term) => term.count);
  const most = Math.max(1, ...counts);
  const least = Math.min(most, ...counts);
  const sizeOf = (count: number) =>
    most === least ? (SMALLEST + LARGEST) / 2 : SMALLEST + (LARGEST - SMALLEST) * Math.sqrt((count - least) / (most - least));
  const lines: Array<Array<{ term: KeyTerm; size: number; width: number }>> = [];
  let line: Array<{ term: KeyTerm; size: number; width: number }> = [];
  let used = 0;
  for (const term of terms) {
    const size = Math.round(sizeOf(term.count));
    const width = Math.min(WIDTH, term.surface.length * size * GLYPH);
    if (line.length > 0 && used + GAP + width > WIDTH) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? GAP : 0) + width;
    line.push({ term, size, width });
  }
  if (line.length > 0) lines.push(line);
  const words: PlacedWord[] = [];
  let y = 0;
  for (const row of lines) {
    const height = Math.max(...row.map((word) => word.size)) * 1.25;
    const total = row.reduce((sum, word) => sum + word.width, 0) + GAP * (row.length - 1);
    let x = (WIDTH - total) / 2;
    y += height;
    for (const word of row) {
      words.push({
        text: word.term.surface,
        count: word.term.count,
        x: Math.round(x + word.width / 2),
        y: Math.round(y - height * 0.25),
        size: word.size,
      });
      x += word.width + GAP;
    }
  }
  return { words, width: WIDTH, height: Math.max(Math.round(y + 8), 40) };
}

/**
 * The word picture of key terms, drawn on the server as SVG: a picture with a title whose text
 * alternative is the list of terms and counts beside it (`describedBy`), so the words inside are
 * not read out twice.
 */
export function WordPicture(props: { id: string; title: string; description: string; terms: readonly KeyTerm[] }) {
  const layout = layoutWordPicture(props.terms);
  return (
    <svg
      class="chart word-picture"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width="100%"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {layout.words.map((word, index) => (
        <text
          key={word.text}
          x={word.x}
          y={word.y}
          font-size={word.size}
          text-anchor="middle"
          fill={index % 2 === 0 ? '#0b4f8a' : 'currentColor'}
          font-weight={index < 5 ? 'bold' : undefined}
        >
          {word.text}
        </text>
      ))}
    </svg>
  );
}

/** Parses #rgb or #rrggbb; null for anything else. */
export function parseHexColor(value: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: [number, number, number] = [255, 255, 255];
const BLACK: [number, number, number] = [0, 0, 0];

/**
 * Checks an accent colour for use as link colour on white and as a button
 * background: it needs 4.5:1 against white (WCAG 2.1 AA for normal text).
 * Answers the ratio and the text colour to put on it.
 */
export function checkAccentColor(value: string): { ok: boolean; ratio: number; textColor: string } | null {
  const rgb = parseHexColor(value);
  if (!rgb) return null;
  const ratio = contrastRatio(rgb, WHITE);
  const textColor = ratio >= contrastRatio(rgb, BLACK) ? '#ffffff' : '#000000';
  return { ok: ratio >= 4.5, ratio: Math.round(ratio * 100) / 100, textColor };
}

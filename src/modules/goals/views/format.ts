/** A figure as people read it in the page's language (a decimal comma in Finnish and Swedish). */
export function formatFigure(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

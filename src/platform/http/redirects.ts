/**
 * A safe local redirect target: a path on this site, never another origin. Browsers drop tabs
 * and line breaks from URLs (`/\t/evil.example` becomes `//evil.example`), so any control
 * character or space refuses the value too.
 */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is refused
  if (/[\u0000-\u0020\u007f]/.test(value)) return fallback;
  return value.length > 500 ? fallback : value;
}

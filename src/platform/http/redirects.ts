/** A safe local redirect target: a path on this site, never another origin. */
export function safeNextPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value.length > 500 ? fallback : value;
}

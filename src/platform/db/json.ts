/** Parses a JSON text column, answering `fallback` for null or damaged values. */
export function parseJsonColumn<T>(value: string | null | undefined, fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** The current time as the ISO-8601 UTC text every timestamp column holds. */
export function toTimestamp(date: Date): string {
  return date.toISOString();
}

/**
 * Answers whether a database error is a unique-constraint violation, on either
 * engine: commands turn it into a 409 when two saves race for the same slug or key.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

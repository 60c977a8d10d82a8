import { type Expression, type SqlBool, sql } from 'kysely';

interface Whereable<Self> {
  where(expression: Expression<SqlBool>): Self;
}

/**
 * Restricts a select, update or delete to one organisation. Every query on
 * tenant data goes through this, so a foreign id simply finds nothing (404):
 *
 *   db.selectFrom('processes').$call(inOrganisation(organisationId, 'processes'))
 */
export function inOrganisation(organisationId: string, table: string) {
  return <Builder extends Whereable<Builder>>(builder: Builder): Builder =>
    builder.where(sql<SqlBool>`${sql.ref(`${table}.organisation_id`)} = ${organisationId}`);
}

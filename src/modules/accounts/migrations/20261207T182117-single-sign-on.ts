import type { Kysely } from 'kysely';

/**
 * Staff single sign-on through OpenID Connect: an organisation's identity providers (the client
 * secret encrypted; the claim mapping as the admin typed it), the link of a person to a provider's
 * subject (issuer + `sub`, unique in the organisation), and the sign-ins sent to a provider and not
 * yet back (state, nonce and PKCE verifier; only the cookie's SHA-256 kept as the id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_identity_providers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('issuer_url', 'text', (column) => column.notNull())
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('client_secret_encrypted', 'text', (column) => column.notNull())
    .addColumn('scopes', 'text', (column) => column.notNull())
    .addColumn('enabled', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('trust_mfa', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('allowed_domains', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('claim_email', 'text', (column) => column.notNull())
    .addColumn('claim_name', 'text', (column) => column.notNull())
    .addColumn('claim_roles', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('role_map', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('claim_unit', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('unit_map', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('claim_work_community', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('work_community_map', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('account_identity_providers_organisation')
    .on('account_identity_providers')
    .column('organisation_id')
    .execute();
  await db.schema
    .createTable('account_identity_links')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_sign_in_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('account_identity_links_subject')
    .on('account_identity_links')
    .columns(['organisation_id', 'issuer', 'subject'])
    .unique()
    .execute();
  await db.schema.createIndex('account_identity_links_user').on('account_identity_links').column('user_id').execute();
  await db.schema
    .createTable('account_provider_sign_ins')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('provider_id', 'text', (column) => column.notNull().references('account_identity_providers.id').onDelete('cascade'))
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('nonce', 'text', (column) => column.notNull())
    .addColumn('code_verifier', 'text', (column) => column.notNull())
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('next_path', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_provider_sign_ins').execute();
  await db.schema.dropTable('account_identity_links').execute();
  await db.schema.dropTable('account_identity_providers').execute();
}

/** A tenant: a city or other public organisation (kunta, kaupunki). */
export interface OrganisationsTable {
  id: string;
  slug: string;
  /** LocalizedText JSON. */
  name: string;
  logo_url: string | null;
  accent_color: string | null;
  /** JSON array of enabled UI locales. */
  locales: string;
  time_zone: string;
  allow_sign_up: number;
  is_default: number;
  created_at: string;
  updated_at: string;
}

/** A host name that serves one organisation. */
export interface OrganisationHostsTable {
  host: string;
  organisation_id: string;
}

/** A unit (hallintokunta, toimiala) or a work community (työyhteisö) beneath one. */
export interface UnitsTable {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  kind: 'unit' | 'work_community';
  /** LocalizedText JSON. */
  name: string;
  headcount: number;
  position: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    organisations: OrganisationsTable;
    organisation_hosts: OrganisationHostsTable;
    units: UnitsTable;
  }
}

/**
 * Every account of the demo: its sign-in and what it may do. One list, read by
 * the demo seeds, printed by `npm start` when the demo is loaded, and listed in
 * the README. Demo data only (roles, never personal names), never production:
 * the passwords are published, so a server holding the demo listens on
 * 127.0.0.1 unless HOST is set.
 */
import type { Role } from '../platform/authz/authz.ts';
import { DEMO_ADMIN } from './demo-admin.ts';

/** One demo account. */
export interface DemoAccount {
  /** A stable key seeds look accounts up by. */
  key: string;
  email: string;
  password: string;
  /** The name shown in the app (a role, never a person's name). */
  displayName: string;
  /** Organisation-wide roles; none for a resident, `member` for staff. */
  roles: Role[];
  /** The unit the account belongs to, by demo unit key (staff only). */
  unitKey?: string;
  /** What the account can do, in English, for the start message and the README. */
  can: string;
}

/** The demo's accounts, in the order the start message lists them. All share the demo password. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'admin',
    email: DEMO_ADMIN.email,
    password: DEMO_ADMIN.password,
    displayName: 'Ylläpitäjä',
    roles: ['org_admin', 'process_manager'],
    can: 'organisation admin: everything, including users, roles and settings',
  },
  {
    key: 'manager',
    email: 'manager@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Projektikoordinaattori',
    roles: ['process_manager'],
    can: 'process manager: runs the strategy processes (timeline, news, surveys, events, workshops, statements)',
  },
  {
    key: 'facilitator',
    email: 'facilitator@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Fasilitaattori',
    roles: ['facilitator'],
    can: 'facilitator: runs workshops and sees event registrations',
  },
  {
    key: 'analyst',
    email: 'analyst@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Analyytikko',
    roles: ['analyst'],
    can: 'analyst: reads survey, workshop and statement results',
  },
  {
    key: 'moderator',
    email: 'moderator@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Moderaattori',
    roles: ['moderator'],
    can: 'moderator: moderates statements',
  },
  {
    key: 'resident',
    email: 'resident@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Raumalainen',
    roles: [],
    can: 'resident: answers surveys, registers for events, writes and votes on statements',
  },
  {
    key: 'staff',
    email: 'staff@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Ympäristö- ja suunnittelutoimen työntekijä',
    roles: ['member'],
    unitKey: 'environment-and-planning',
    can: 'staff member of a unit whose workshop seats are taken: registering lands on the waitlist',
  },
  {
    key: 'staff-education',
    email: 'staff-education@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Sivistystoimen työntekijä',
    roles: ['member'],
    unitKey: 'education-and-culture',
    can: "staff member of a unit with seats left: registers for the live round's staff workshop and gets a seat",
  },
  {
    key: 'councillor-1',
    email: 'councillor-1@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Valtuutettu 1',
    roles: [],
    can: 'city councillor: holds a council seat in both processes, shown with the name on the public chart; sees it at /account/seats',
  },
  {
    key: 'board-member-1',
    email: 'board-member-1@demo.tarina.invalid',
    password: DEMO_ADMIN.password,
    displayName: 'Kaupunginhallituksen jäsen 1',
    roles: [],
    can: 'city board member: holds a board seat in both processes, shown with the name on the public chart; sees it at /account/seats',
  },
];

/** The demo account with this key; throws when there is none (a seed's mistake). */
export function demoAccount(key: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((entry) => entry.key === key);
  if (!account) throw new Error(`no demo account "${key}"`);
  return account;
}

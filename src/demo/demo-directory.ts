/**
 * The demo's staff directory and its council and board seats: accounts named by
 * role only, without a password (such a person would sign in through an
 * invitation), so loading the demo hashes no password for them. The few that
 * sign in to the demo are in `demo-accounts.ts`.
 */
import type { LocalizedText } from '../platform/i18n/locales.ts';
import { raumaUnits } from './rauma-2013.ts';

/** One account of the staff directory or a council or board seat, without a password. */
export interface DemoDirectoryAccount {
  /** A stable key seeds look the account up by (`DemoState.userIds`). */
  key: string;
  email: string;
  /** A role and a unit, never a person's name. */
  displayName: string;
  /** The unit or work community the person is placed in, by demo unit key; none for elected members. */
  unitKey?: string;
  /** Holds `unit_manager` scoped to `unitKey` (and what is beneath it). */
  unitManager?: boolean;
}

/** How many demo staff each work community has in the directory. */
const STAFF_PER_WORK_COMMUNITY = 2;

function staffDirectory(): DemoDirectoryAccount[] {
  const list: DemoDirectoryAccount[] = [];
  for (const unit of raumaUnits) {
    list.push({
      key: `unit-manager-${unit.key}`,
      email: `unit-manager-${unit.key}@demo.tarina.invalid`,
      displayName: `Yksikön johtaja – ${unit.name.fi}`,
      unitKey: unit.key,
      unitManager: true,
    });
    for (const community of unit.children) {
      for (let number = 1; number <= STAFF_PER_WORK_COMMUNITY; number += 1) {
        list.push({
          key: `employee-${community.key}-${number}`,
          email: `employee-${community.key}-${number}@demo.tarina.invalid`,
          displayName: `Työntekijä ${number} – ${community.name.fi}`,
          unitKey: community.key,
        });
      }
    }
  }
  return list;
}

/** The elected members without a demo sign-in; `councillor-1` and `board-member-1` are demo accounts. */
const ELECTED: DemoDirectoryAccount[] = [
  { key: 'council-chair', email: 'council-chair@demo.tarina.invalid', displayName: 'Valtuuston puheenjohtaja' },
  { key: 'councillor-2', email: 'councillor-2@demo.tarina.invalid', displayName: 'Valtuutettu 2' },
  { key: 'councillor-3', email: 'councillor-3@demo.tarina.invalid', displayName: 'Valtuutettu 3' },
  { key: 'board-chair', email: 'board-chair@demo.tarina.invalid', displayName: 'Kaupunginhallituksen puheenjohtaja' },
  { key: 'board-member-2', email: 'board-member-2@demo.tarina.invalid', displayName: 'Kaupunginhallituksen jäsen 2' },
  { key: 'board-member-3', email: 'board-member-3@demo.tarina.invalid', displayName: 'Kaupunginhallituksen jäsen 3' },
];

/** Every passwordless demo account: a unit manager per department, two staff per work community, the elected members. */
export const DEMO_DIRECTORY: readonly DemoDirectoryAccount[] = [...staffDirectory(), ...ELECTED];

/** A council or board seat held by a demo account. */
export interface DemoSeat {
  bodyKey: 'council' | 'board';
  /** A `DEMO_DIRECTORY` or `DEMO_ACCOUNTS` key. */
  accountKey: string;
  /** `chair` takes the body's chair seat (its first); `member` adds a seat of its own after the body's seats. */
  seatRole: 'chair' | 'member';
}

/** The seat a `member` entry adds: its title and what it does, by body. */
export const DEMO_MEMBER_SEAT: Record<DemoSeat['bodyKey'], { position: LocalizedText; responsibility: LocalizedText }> = {
  council: {
    position: { fi: 'Valtuutettu', sv: 'Fullmäktigeledamot', en: 'Councillor' },
    responsibility: {
      fi: 'Työstää tarinaa valtuuston seminaareissa ja päättää siitä.',
      sv: 'Bearbetar berättelsen på fullmäktiges seminarier och beslutar om den.',
      en: "Works on the story in the council's seminars and decides on it.",
    },
  },
  board: {
    position: { fi: 'Kaupunginhallituksen jäsen', sv: 'Stadsstyrelseledamot', en: 'Member of the city board' },
    responsibility: {
      fi: 'Valmistelee tarinan valtuustolle hallituksen seminaarissa ja kokouksissa.',
      sv: 'Bereder berättelsen för fullmäktige på styrelsens seminarium och sammanträden.',
      en: "Prepares the story for the council in the board's seminar and meetings.",
    },
  },
};

/** Who sits where, in both demo processes' council and board. */
export const DEMO_SEATS: readonly DemoSeat[] = [
  { bodyKey: 'council', accountKey: 'council-chair', seatRole: 'chair' },
  { bodyKey: 'council', accountKey: 'councillor-1', seatRole: 'member' },
  { bodyKey: 'council', accountKey: 'councillor-2', seatRole: 'member' },
  { bodyKey: 'council', accountKey: 'councillor-3', seatRole: 'member' },
  { bodyKey: 'board', accountKey: 'board-chair', seatRole: 'chair' },
  { bodyKey: 'board', accountKey: 'board-member-1', seatRole: 'member' },
  { bodyKey: 'board', accountKey: 'board-member-2', seatRole: 'member' },
  { bodyKey: 'board', accountKey: 'board-member-3', seatRole: 'member' },
];

import type { FastifyRequest } from 'fastify';
import type { Actor } from '../authz/authz.ts';
import type { Locale, LocalizedText } from '../i18n/locales.ts';
import type { AppContext } from '../module.ts';
import type { StoredAudienceKind } from '../participation/stored-audience.ts';

/**
 * Where a channel stands for a visitor now: open (one can take part), upcoming (not open yet,
 * or an event still to come whose registration is not open) or closed (over; its results, if published).
 */
export type ProcessChannelStatus = 'open' | 'upcoming' | 'closed';

/** A link: a path without the language prefix (`/processes/x/surveys/1`) and its label in the asked language. */
export interface HubLink {
  path: string;
  label: string;
}

/**
 * One way of taking part in a process, as the process page's hub lists it: a survey, an event
 * with registration, a statements channel, a live workshop — and later dialogues and draft
 * comment periods, which plug into the same `processChannels` hook of their module's manifest.
 * Text the module writes (kind, audience, link labels) is already in the asked language.
 */
export interface ProcessChannel {
  /** Stable, for tests and styling: `survey`, `event`, `statements`, `workshop`, … */
  kind: string;
  id: string;
  /** What it is, in words ("Kysely"). */
  kindLabel: string;
  title: LocalizedText;
  /** One line; may be empty. */
  summary: LocalizedText;
  /** Who may take part, in words ("Kaikki", "Kirjautuneet", "Valittujen toimielinten jäsenet: Hallitus"). */
  audience: string;
  status: ProcessChannelStatus;
  /** When it opens (ISO instant), if known. */
  opensAt: string | null;
  /** The deadline (closes or registration ends), if any. */
  deadline: string | null;
  /**
   * When it takes place, if it is held at a time (a workshop or seminar at its event): shown as
   * its time on the hub. Optional: a survey or a statements channel has none.
   */
  takesPlace?: { startsAt: string; endsAt: string } | null;
  /** The phase it belongs to; when null the hub places it by `placedAt` among the phases' dates. */
  phaseId: string | null;
  /** An instant that places a channel without a phase (an event's start, a workshop's closing). */
  placedAt: string | null;
  /** The one button: take part, register, join, or see it. */
  action: HubLink;
  /** For a closed channel, its published results, if any the visitor may open. */
  results: HubLink | null;
  /**
   * The next instant after now at which `status` changes by the clock alone (opening,
   * deadline, an event's end): the cached process page expires then, as no write happens.
   */
  changesAt: string | null;
}

/** What a module is asked: the channels of one process that this actor could open. */
export interface ProcessChannelQuery {
  context: AppContext;
  actor: Actor;
  locale: Locale;
  process: { id: string; slug: string };
  now: Date;
  /** The process's bodies by id, named in the asked language (for audiences of chosen bodies). */
  bodyNames: ReadonlyMap<string, string>;
}

/**
 * A module's channels of a process, for the process page. One query per call however many
 * channels (the page's statement count must not grow with the data), filtered by the module's
 * own visibility rules (drafts and what the actor may not open are left out). A module whose
 * channels change by a write must raise the organisation's page version (the page is cached);
 * changes by the clock are reported by `changesAt`.
 */
export type ProcessChannelSource = (query: ProcessChannelQuery) => Promise<ProcessChannel[]>;

/** One thing a person did in a process ("answered the survey …"), for their "My participation" page. */
export interface ParticipationEntry {
  kind: string;
  /** What they took part in. */
  channelTitle: LocalizedText;
  /** What they did there, in the asked language ("Vastasit kyselyyn", "3 lappua, 2 ääntä"). */
  what: string;
  /** When (the latest such act), ISO instant. */
  at: string;
  /** Where to see it (their answer, registration, the room or results), without the language prefix. */
  link: HubLink | null;
  /** Done by this browser without an account (known by its pseudonym in the channel), not by the signed-in account. */
  byBrowser?: boolean;
}

/** What a module is asked: the signed-in person's participation in one process. */
export interface ParticipationQuery {
  context: AppContext;
  actor: Actor;
  userId: string;
  locale: Locale;
  process: { id: string; slug: string };
}

/** What a module is asked: this browser's participation without an account in one process. */
export interface BrowserParticipationQuery {
  context: AppContext;
  actor: Actor;
  locale: Locale;
  process: { id: string; slug: string };
  /**
   * The request, whose own signed cookies name the browser: the module derives the browser's
   * pseudonym in each of the process's channels from them (`browser-participation.ts`).
   */
  request: FastifyRequest;
}

/**
 * A module's list of what this browser did in a process without an account, found by its
 * pseudonym in each channel of the process: only rows of this browser (a pseudonym is
 * derived from the browser's secret, which no other browser has) and a fixed number of
 * queries however many channels (the channels' ids, then the rows of all their pseudonyms).
 * Entries are marked `byBrowser`.
 */
export type BrowserParticipationSource = (query: BrowserParticipationQuery) => Promise<ParticipationEntry[]>;

/**
 * A module's list of what the person did in a process (answers, registrations, notes, votes):
 * only their own, a fixed number of queries per call. A module where browsers take part
 * without an account also lists those (`ofBrowser`; see the processes module's CONTEXT.md).
 */
export type ParticipationSource = ((query: ParticipationQuery) => Promise<ParticipationEntry[]>) & {
  ofBrowser?: BrowserParticipationSource;
};

/** A module's participation source for signed-in people and for browsers without an account. */
export function participationOf(
  ofAccount: (query: ParticipationQuery) => Promise<ParticipationEntry[]>,
  ofBrowser: BrowserParticipationSource,
): ParticipationSource {
  return Object.assign(ofAccount, { ofBrowser });
}

/** The earliest of instants (ignoring nulls), or null. */
export function earliest(instants: ReadonlyArray<string | null | undefined>): string | null {
  let found: string | null = null;
  for (const instant of instants) if (instant && (found === null || instant < found)) found = instant;
  return found;
}

/** The first of the instants still to come after `now` (for `changesAt`), or null. */
export function nextAfter(now: Date, instants: ReadonlyArray<string | null | undefined>): string | null {
  const at = now.toISOString();
  return earliest(instants.filter((instant) => instant && instant > at));
}

/** Who may take part, as the hub's audience words know them. */
export type AudienceWords = 'anyone' | 'signedIn' | 'staff' | 'units' | 'bodies' | 'invitation' | 'withCode';

const STORED_AUDIENCE_WORDS = {
  public: 'anyone',
  anyone: 'anyone',
  code: 'withCode',
  signed_in: 'signedIn',
  staff: 'staff',
  units: 'units',
  bodies: 'bodies',
} as const satisfies Record<StoredAudienceKind, AudienceWords>;

/** The hub's words for an audience as a module stores it (workshops' `code`: anyone with the code). */
export function audienceWordsOf(kind: StoredAudienceKind): AudienceWords {
  return STORED_AUDIENCE_WORDS[kind];
}

/** An audience in words in the asked language; chosen bodies are named when their names are known. */
export function audienceInWords(
  query: Pick<ProcessChannelQuery, 'context' | 'locale' | 'bodyNames'>,
  words: AudienceWords,
  ids: readonly string[] = [],
): string {
  const { translator } = query.context;
  if (words !== 'bodies') return translator.t(query.locale, `platform.hub.audience.${words}`);
  const names = ids.flatMap((id) => {
    const name = query.bodyNames.get(id);
    return name ? [name] : [];
  });
  if (names.length === 0) return translator.t(query.locale, 'platform.hub.audience.someBodies');
  return translator.t(query.locale, 'platform.hub.audience.bodies', { names: names.join(', ') });
}

const SUMMARY_LENGTH = 200;

function firstLine(text: string | undefined): string | undefined {
  if (!text) return text;
  const line = (text.split(/\n\s*\n|\n/).find((part) => part.trim() !== '') ?? '').replace(/[#*_>`]/g, '').trim();
  return line.length > SUMMARY_LENGTH ? `${line.slice(0, SUMMARY_LENGTH - 1)}…` : line;
}

/** A description cut to its first line (Markdown marks dropped), in every language it has. */
export function oneLine(text: LocalizedText): LocalizedText {
  return { fi: firstLine(text.fi) ?? '', sv: firstLine(text.sv), en: firstLine(text.en) };
}

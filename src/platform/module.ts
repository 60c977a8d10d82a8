import type { FastifyInstance } from 'fastify';
import type { ComponentChild } from 'preact';
import type { AnyAction } from './actions/action.ts';
import type { AuditSubjectSource } from './audit/subjects.ts';
import type { Authorizer, PermissionRules } from './authz/authz.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db, Dialect } from './db/database.ts';
import type { HappeningSource } from './follow/happenings.ts';
import type { ApiRegistry } from './http/api.ts';
import type { ParticipationSource, ProcessChannelSource } from './hub/process-channels.ts';
import type { Catalogs, Translator } from './i18n/translator.ts';
import type { JobDefinition } from './jobs/job.ts';
import type { Mailer } from './mail/mailer.ts';
import type { AudienceLookups } from './participation/audience.ts';
import type { ModulePersonalData, PersonalDataHandlers } from './personal-data.ts';
import type { RealtimeHub } from './realtime/hub.ts';
import type { RetentionRule } from './retention.ts';
import type { SearchSource } from './search/source.ts';

/** What every module's routes and commands are given: no globals. */
export interface AppContext {
  config: Config;
  db: Db;
  dialect: Dialect;
  translator: Translator;
  authorizer: Authorizer;
  mailer: Mailer;
  clock: Clock;
  /** The admin navigation gathered from every module. */
  adminLinks: AdminLink[];
  /** Registers JSON API routes and documents them in OpenAPI. */
  api: ApiRegistry;
  /** What the modules link from a process's timeline items (events link to their event pages). */
  timelineLinkers: TimelineLinker[];
  /** What the modules add to a process's public page, in module order (news lists its latest posts). */
  processPageSections: ProcessPageSection[];
  /** Every module's channels of a process for the process page's hub (`platform/hub/process-channels.ts`). */
  processChannels: ProcessChannelSource[];
  /** Every module's list of a person's participation in a process ("My participation"). */
  participationSources: ParticipationSource[];
  /** Where every module's audit subjects keep their titles, by subject type. */
  auditSubjects: Record<string, AuditSubjectSource>;
  /** Every module's declared background jobs (run by `platform/jobs`, listed on the admin's jobs page). */
  jobs: JobDefinition[];
  /** Every module's personal-data handlers (export for "download my data", erase on account deletion). */
  personalData: ModulePersonalData[];
  /** The platform's and every module's retention rules (run by the privacy module's job, listed on the privacy page). */
  retention: RetentionRule[];
  /** Every module's declared actions (served as page form posts and API routes by `platform/actions`). */
  actions: AnyAction[];
  /** The look-ups of the audience check (`platform/participation/audience.ts`), lent by the modules that own the data. */
  audienceLookups: AudienceLookups;
  /** Who an account is (by id or e-mail), lent by accounts to modules accounts itself depends on (no import cycle). */
  accountLookups: AccountLookups;
  /** Every module's answer to "what happened in this process" (channels opened, deadlines near, results, news), for followers' digests. */
  happeningSources: HappeningSource[];
  /** Every module's search sources: what the search indexes and asks again before it shows a hit. */
  searchSources: SearchSource[];
}

/** An account as other modules may see it: who it is and where to write to them. */
export interface AccountContact {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  /** The person left (accounts' `deactivated_at`): the account and its links stay, but they cannot sign in. */
  deactivated: boolean;
}

/** Look-ups of the organisation's accounts (another organisation's account is unknown); accounts lends them. */
export interface AccountLookups {
  findByEmail(db: Db, organisationId: string, email: string): Promise<AccountContact | undefined>;
  findById(db: Db, organisationId: string, userId: string): Promise<AccountContact | undefined>;
  listByIds(db: Db, organisationId: string, userIds: readonly string[]): Promise<Map<string, AccountContact>>;
  /** The accounts the staff directory places in these units or work communities (exactly these; the caller adds what is beneath). */
  listPlacedInUnits(db: Db, organisationId: string, unitIds: readonly string[]): Promise<AccountContact[]>;
  /** The staff directory's headcounts: the active people placed directly in each unit or work community (absent: none). */
  countPlacedByUnit(db: Db, organisationId: string): Promise<Map<string, number>>;
}

/** A link from a timeline item to what carries it out: a path without the language prefix and its label's message key. */
export interface TimelineLink {
  path: string;
  labelKey: string;
}

/**
 * Answers, for one process, timeline item id → the module's link for it. Every module's
 * linker runs on each timeline page, so one query each. A module whose links change must
 * raise the organisation's page version (the timeline page is in the render cache).
 */
export type TimelineLinker = (context: AppContext, organisationId: string, processId: string) => Promise<Map<string, TimelineLink>>;

/**
 * Reads and renders one module's section of a process's public page (below the process's own
 * sections), or null to show nothing; a fixed number of queries, as the page's statement count
 * must not grow with the data. Its data must raise the page version when it changes (the page is cached).
 */
export type ProcessPageSection = (
  context: AppContext,
  organisationId: string,
  process: { id: string; slug: string },
) => Promise<ComponentChild>;

/** Ids the demo seeds hand to each other (the organisation first, then its process …). */
export interface DemoState {
  organisationId?: string;
  processId?: string;
  processSlug?: string;
  adminUserId?: string;
  unitIds?: Record<string, string>;
  /** Demo account key → user id, filled by the accounts demo (`src/demo/demo-accounts.ts`, `demo-directory.ts`). */
  userIds?: Record<string, string>;
  bodyIds?: Record<string, string>;
  phaseIds?: string[];
  [key: string]: unknown;
}

/** A link in the admin navigation, shown when the actor may do `permission`. */
export interface AdminLink {
  path: string;
  labelKey: string;
  permission: string;
}

/**
 * A module's manifest: everything it plugs into the platform. Other modules
 * import only a module's index.ts, never its internals.
 */
export interface ModuleManifest {
  name: string;
  messages: Catalogs;
  permissions?: PermissionRules;
  routes?: (app: FastifyInstance, context: AppContext) => void | Promise<void>;
  seedDemo?: (context: AppContext, demo: DemoState) => Promise<void>;
  adminLinks?: AdminLink[];
  timelineLinks?: TimelineLinker;
  /** A section this module adds to every process's public page. */
  processPageSection?: ProcessPageSection;
  /** This module's ways of taking part in a process (surveys, events …), listed on the process page's hub. */
  processChannels?: ProcessChannelSource;
  /** What a signed-in person did in a process through this module, for their "My participation" page. */
  participation?: ParticipationSource;
  /** The titles of the subjects this module's audit entries name, by subject type, so the log reads in words. */
  auditSubjects?: Record<string, AuditSubjectSource>;
  /** Background jobs, named `module.job`: run on their schedule by one app process at a time (`platform/jobs`). */
  jobs?: JobDefinition[];
  /**
   * The module's use cases, each declared once (`defineAction`) and served by the platform as
   * a form post and a JSON API route after the module's `routes` are registered.
   */
  actions?: AnyAction[];
  /** Live rooms on the platform's realtime hub; the platform also serves WebSockets when any module declares them. */
  live?: LiveDeclaration;
  /** What the module keeps about a person: its part of the data export and its erasure on account deletion. */
  personalData?: PersonalDataHandlers;
  /** How long the module keeps each kind of personal data, and how it is removed then (`platform/retention.ts`). */
  retention?: RetentionRule[];
  /** Exports in open formats, listed in the open-data catalogue. */
  openData?: OpenDataExport[];
  /** What happened in a process in a window (a channel opened, a deadline nears, results, news): read by the follows module's digests. */
  happenings?: HappeningSource;
  /** What of the module the public search finds: its kinds and how to list their public documents. */
  searchSources?: SearchSource[];
}

/** A module's running live rooms, closed with the app (before the hub they listen on). */
export interface LiveRooms {
  close(): void;
}

/**
 * A module's live rooms: started once per app on the platform's realtime hub (in-process on
 * SQLite, LISTEN/NOTIFY on PostgreSQL) before the module's routes, which reach them by context.
 */
export interface LiveDeclaration {
  /** What the rooms carry, in a line (the manifest's summary). */
  rooms: string;
  start(context: AppContext, hub: RealtimeHub, log: (message: string, error?: unknown) => void): LiveRooms;
}

/**
 * An export of a module's data in an open, documented format (the survey's open-data variant,
 * Polis's files): listed at `GET /api/v1/open-data` so a city's analysts find every one.
 */
export interface OpenDataExport {
  /** `module.thing`, unique. */
  name: string;
  summary: string;
  /** The API path that serves it, under /api/v1, with its :params (a documented GET). */
  path: string;
  formats: readonly string[];
  /** Who may take it: `public`, or the permission checked on its subject. */
  access: string;
}

/** Declares a module manifest (typed identity, for editor help). */
export function defineModule(manifest: ModuleManifest): ModuleManifest {
  return manifest;
}

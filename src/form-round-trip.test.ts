import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import { parse } from 'node-html-parser';
import { createUser } from './modules/accounts/index.ts';
import { actionPath, type Control, controlsOf, currentValues, postForms, submitButton } from './platform/testing/html-forms.ts';
import { startTestApp, type TestApp } from './platform/testing/test-app.ts';
import type { TestClient } from './platform/testing/test-client.ts';

/**
 * Good input sticks: every settings form of every module is filled from its
 * own rendered HTML with a valid value that differs from the current one,
 * posted as a browser posts it, and opened again; any value that did not come
 * back fails, named by its field. A crawl of the demo's pages fails on a POST
 * form that is neither a case here nor an action listed in NOT_SETTINGS.
 */

type Pairs = Array<[string, string]>;

interface RoundTrip {
  /** The POST route the form sends to, without the locale (`/admin/surveys/:id`). */
  action: string;
  /** The route of the form to compare on the page opened after the redirect (default: the same). */
  reopenAction?: string;
  /**
   * Where the saved form is opened again: the redirect's `location` (default), the form's own `page`,
   * the `link` on the redirect's page whose text is a posted text (a new row in a list), or a path made from the location.
   */
  reopen?: 'page' | 'link' | ((location: string) => string);
  /** The list page on which `reopen: 'link'` looks for the new row (default: the redirect's location). */
  list?: (location: string) => string;
  /** Fields that come back under another name (the add-a-section form's `sectionTitle` is the section's `title`). */
  renamed?: Record<string, string>;
  /** Values the schema needs in a special shape or together (a slug, a phase of the chosen process). */
  overrides?: (controls: Control[], form: HTMLElement) => Record<string, string | string[]>;
  /** Fields that rightly do not come back, each with the reason. */
  notShown?: Record<string, string>;
  resident?: boolean;
  /** The button pressed, when it is not the primary one (save an answer for later rather than go on). */
  button?: [string, string];
}

/**
 * Forms that are actions, not settings: nothing posted is shown again in a form.
 * Each has its own tests in its module.
 */
const NOT_SETTINGS: Record<string, string> = {
  '/sign-out': 'ends the session',
  '/sign-in': 'starts a session',
  '/sign-up': 'creates an account',
  '/password-reset': 'sends a link',
  '/password-reset/:token': 'sets a password, which is never shown',
  '/account/password': 'a password is never shown again',
  '/account/sessions/end-others': 'ends sessions',
  '/account/delete': 'deletes the account',
  '/account/tokens': 'creates a token shown once',
  '/account/tokens/:id/revoke': 'revokes a token',
  '/admin/dialogues/:id/reminders': 'mails the leads of overdue work communities (no fields); dialogues/reminders.test.ts follows it',
  '/dialogues/:id/communities/:unitId/live':
    'opens a workshop room for a work community’s dialogue (no fields); dialogues/live.test.ts follows it',
  '/dialogues/:id/communities/:unitId/live/notes':
    'takes the live room’s notes into the record’s draft (no fields); dialogues/live.test.ts follows it',
  '/account/security/set-up': 'starts setting up two-factor (no fields); two-factor.test.ts follows it',
  '/account/security/confirm': 'turns two-factor on with a one-time code, never shown again',
  '/account/security/turn-off': 'turns two-factor off with a one-time code',
  '/account/security/recovery-codes': 'replaces the recovery codes, shown once',
  '/sign-in/code': 'the second step of signing in (a one-time code)',
  '/sign-in/set-up-two-factor': 'sets up two-factor during sign-in (a one-time code)',
  '/admin/users/:id/roles': 'grants a role, listed on the page rather than kept in a form',
  '/admin/users/:id/roles/:grantId/revoke': 'revokes a role',
  '/admin/users/:id/deactivate': 'deactivates an account',
  '/admin/users/:id/reactivate': 'reactivates an account',
  '/admin/users/:id/invitation': 'mails a sign-in invitation',
  '/admin/users/:id/two-factor/reset': 'resets a person’s two-factor (no fields)',
  '/admin/staff/import': 'uploads a staff file (a file input is never filled again); its preview has its own tests',
  '/invitation/:token': 'sets a password, which is never shown',
  '/admin/units/:id/delete': 'deletes',
  '/admin/processes/:processId/delete': 'deletes',
  '/admin/processes/:processId/phases/:phaseId/delete': 'deletes',
  '/admin/processes/:processId/phases/:phaseId/move': 'moves a phase up or down',
  '/admin/processes/:processId/bodies/:bodyId/delete': 'deletes',
  '/admin/processes/:processId/bodies/:bodyId/members/:memberId/delete': 'deletes',
  '/admin/processes/:processId/bodies/:bodyId/members/:memberId/invitation': 'mails a seat’s invitation again (no fields)',
  '/admin/processes/:processId/timeline/:itemId/delete': 'deletes',
  '/admin/news/:id/delete': 'deletes',
  '/admin/news/pages/:id/delete': 'deletes',
  '/admin/surveys/:id/questions/:questionId/move': 'moves a question',
  '/admin/surveys/:id/questions/:questionId/remove': 'removes a question',
  '/admin/statements/:id/statements': 'adds statements to the channel once',
  '/admin/statements/:id/recompute': 'recomputes the opinion groups',
  '/admin/statements/:id/moderation/:statementId': 'accepts or hides one statement',
  '/admin/events/:id/registrations': 'registers a person for the event',
  '/admin/events/:id/registrations/:registrationId/move': 'moves a registration off the waiting list',
  '/admin/events/:id/registrations/:registrationId/remove': 'removes a registration',
  '/admin/events/:id/invitations': 'sends invitations by e-mail',
  '/admin/events/:id/check-in/:registrationId': 'marks one person arrived',
  '/admin/workshops/:id/actions/stage': 'stages a prompt in the live workshop',
  '/admin/workshops/:id/actions/reveal': 'reveals a prompt',
  '/admin/workshops/:id/actions/create-cluster': 'groups notes under a new heading',
  '/admin/workshops/:id/actions/rename-cluster': 'renames a group of notes',
  '/admin/workshops/:id/actions/delete-cluster': 'removes a group of notes',
  '/admin/workshops/:id/actions/move': 'moves a note',
  '/admin/workshops/:id/actions/merge': 'merges notes',
  '/admin/workshops/:id/actions/separate': 'separates a merged note',
  '/admin/workshops/:id/actions/hide': 'hides a note',
  '/admin/workshops/:id/actions/unhide': 'shows a hidden note again',
  '/admin/workshops/:id/actions/timer': 'sets the timer',
  '/admin/workshops/:id/actions/lock': 'locks or opens the room',
  '/admin/workshops/:id/close': 'closes the workshop',
  '/admin/workshops/:id/reopen': 'reopens the workshop',
  '/events/:id/register': 'registers for an event (the answers are shown on the registration, not in a form)',
  '/join': 'joins a workshop with its code',
  '/processes/:slug/statements/:id/votes': 'votes on a statement',
  '/processes/:slug/statements/:id/statements': 'writes a statement for moderation',
  '/processes/:slug/follow': 'follows a process with one button (no fields; the follow page shows it afresh)',
  '/processes/:slug/unfollow': 'stops following a process (no fields)',
  '/processes/:slug/follow/email': 'asks to follow by e-mail (the address comes back on a 422; follows.test.ts checks it)',
  '/accessibility/feedback':
    'sends feedback on accessibility (stored and mailed, not shown in a form; privacy/accessibility-feedback.test.ts checks a 422 keeps the fields)',
  '/admin/accessibility-feedback/:id/answered': 'marks a feedback on accessibility answered (no fields)',
  '/admin/insights/processes/:processId/runs': 'starts a theme run (the run page shows its filter, not a form)',
  '/admin/insights/runs/:runId/cancel': 'cancels a theme run',
  '/admin/insights/runs/:runId/publish': 'publishes a run’s themes',
  '/admin/insights/runs/:runId/undo': 'undoes the last edit of a run’s themes (no fields)',
  '/admin/insights/runs/:runId/reopen': 'reopens a published run for editing (no fields)',
  '/admin/insights/runs/:runId/codebook':
    'saves the run’s themes as the process’s codebook (no fields); insights/routes/codebook.test.ts follows it',
  '/admin/insights/runs/:runId/themes':
    'makes a new theme of chosen unassigned sentences (insights/routes/codebook.test.ts posts it and checks a refusal keeps the choice)',
  '/admin/insights/runs/:runId/themes/:themeId/counterpart-rejections':
    'rejects a suggested counterpart (one hidden id; the theme then shows among the rejected); insights/routes/counterparts.test.ts follows it',
  '/admin/insights/runs/:runId/themes/:themeId/counterpart-rejections/restore':
    'takes a rejection back (one hidden id); insights/routes/counterparts.test.ts follows it',
  '/admin/goals/processes/:processId/goals': 'adds a goal (a new one each time; goals-admin.test.ts checks the fields come back on a 422)',
  '/admin/goals/processes/:processId/rounds':
    'adds a reporting round (a new one each time; goals-admin.test.ts checks the fields come back on a 422)',
  '/admin/goals/goals/:goalId/objectives':
    'derives a unit objective (a new one each time; goals-admin.test.ts checks the fields come back on a 422)',
  '/admin/goals/objectives/:objectiveId/indicators':
    'adds an indicator (a new one each time; goals-admin.test.ts checks the fields come back on a 422)',
  '/admin/goals/indicators/:indicatorId/targets': 'sets a year’s target (shown in the list of targets, not in the form)',
  '/admin/goals/indicators/:indicatorId/actuals': 'records an actual in a round (shown in the table by round, not in the form)',
  '/admin/goals/rounds/:roundId/open': 'mails the reporters their links (no fields; report-links.test.ts)',
  '/admin/goals/measures/:measureId/delete': 'deletes a measure after its question page (goals/actions/measures.test.ts follows it)',
  '/admin/goals/rounds/:roundId/close': 'closes a round (no fields; report-links.test.ts)',
  '/admin/goals/objectives/:objectiveId/measures':
    'adds a measure (a new row in the measures table each time; measures.test.ts checks the fields come back on a 422)',
  '/admin/goals/processes/:processId/actuals/csv':
    'records figures from pasted CSV (shown in the indicators’ tables, not kept in the form; import-actuals.test.ts checks a 422 keeps the text)',
  '/admin/goals/processes/:processId/goals/import':
    'makes chosen paragraphs of the approved story goals (a chosen paragraph leaves the form; import-goals.test.ts checks a 422 keeps the choice)',
  '/admin/insights/runs/:runId/themes/:themeId/merge':
    'merges a theme away (theme-edits.test.ts posts the rendered form and checks a refusal keeps it)',
  '/admin/insights/runs/:runId/themes/:themeId/split':
    'splits a theme into a new one (theme-edits.test.ts checks the refused form keeps its choices)',
  '/admin/insights/runs/:runId/themes/:themeId/move':
    'moves contributions away (theme-edits.test.ts checks the refused form keeps its choices)',
  '/processes/:slug/story/versions/:number/decision':
    'records a body’s decision once and freezes the version (record-decision.test.ts checks a refused form keeps its fields)',
  '/processes/:slug/story/responses':
    'answers comments with an official response, listed in the register rather than kept in a form (create-response.test.ts)',
  '/processes/:slug/story/versions/:number/seminars':
    'links a seminar’s outcome item to paragraphs, listed above the form (link-seminar-outcome.test.ts checks a 422 keeps the choice)',
  '/processes/:slug/story/comments/:commentId/moderation':
    'hides a comment with a reason or restores it, shown in the register’s list of hidden comments (moderate-comment.test.ts)',
  '/admin/reports/:slug/publish': 'publishes the final report as built now (no fields; reports/report/report.test.ts)',
};

const SAMPLES = {
  fi: ['Kävelykadun kesäpäivä', 'Yöpymispaikat ja sää', 'Äänestäjien työpöytä', 'Höyrylaivan laituri'],
  sv: ['Åsikter om hamnen', 'Sjöfart och väder', 'Röster från ön', 'Gångväg längs ån'],
};

/** Makes the values a person would type, each different from the last. */
class Typist {
  private count = 0;
  private day = 0;

  text(control: Control): string {
    this.count += 1;
    const lang = control.element.getAttribute('lang') === 'sv' ? 'sv' : 'fi';
    const words = SAMPLES[lang][this.count % 4] ?? '';
    const max = Number(control.element.getAttribute('maxlength') ?? 200);
    return `${words} ${this.count}`.slice(-max).trim();
  }

  value(control: Control, current: string): string {
    this.count += 1;
    const attribute = (name: string) => control.element.getAttribute(name) ?? null;
    const numeric = ['numeric', 'decimal'].includes(attribute('inputmode') ?? '');
    switch (numeric ? 'number' : control.kind) {
      case 'email':
        return `osallistuja.${this.count}@example.fi`;
      case 'url':
        return `https://esimerkki.fi/sivu-${this.count}`;
      case 'color':
        return current.toLowerCase() === '#1a5e9b' ? '#7a1f5c' : '#1a5e9b';
      case 'number': {
        const min = attribute('min') === null ? 1 : Number(attribute('min'));
        const max = attribute('max') === null ? min + 1000 : Number(attribute('max'));
        const now = current === '' ? Number.NaN : Number(current);
        const next = Number.isNaN(now) ? Math.min(min + 2, max) : now + 1 <= max ? now + 1 : now - 1;
        return String(next);
      }
      case 'date':
        return current ? shiftDate(current, 1) : this.nextDay();
      case 'datetime-local':
        return current ? `${shiftDate(current.slice(0, 10), 1)}${current.slice(10, 16)}` : `${this.nextDay()}T09:30`;
      case 'time':
        return current ? `${String((Number(current.slice(0, 2)) + 1) % 24).padStart(2, '0')}${current.slice(2, 5)}` : this.nextTime();
      default:
        return this.text(control);
    }
  }

  private nextDay(): string {
    this.day += 1;
    return shiftDate('2027-05-10', this.day);
  }

  private nextTime(): string {
    this.day += 1;
    return `${String(8 + (this.day % 12)).padStart(2, '0')}:15`;
  }
}

function shiftDate(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Every field filled with a valid value that differs from the current one, as a browser posts the form. */
function fill(form: HTMLElement, typist: Typist, overrides: Record<string, string | string[]>, pressed?: [string, string]): Pairs {
  const pairs: Pairs = [];
  for (const control of controlsOf(form)) {
    const current = currentValues(form, control.name);
    const override = overrides[control.name];
    let values: string[];
    if (override !== undefined) values = [override].flat();
    else if (control.kind === 'hidden') values = current;
    else if (control.kind === 'checkbox')
      values = control.choices.map((choice) => choice.value).filter((value) => !current.includes(value));
    else if (control.kind === 'radio' || control.kind === 'select') {
      const other = control.choices.find((choice) => choice.value !== '' && !current.includes(choice.value));
      values = other ? [other.value] : current;
    } else if (control.kind === 'select-multiple') {
      const others = control.choices.map((choice) => choice.value).filter((value) => value !== '' && !current.includes(value));
      values = others.length > 0 ? others : control.choices.slice(0, 1).map((choice) => choice.value);
    } else values = [typist.value(control, current[0] ?? '')];
    for (const value of values) pairs.push([control.name, value]);
  }
  const button = pressed ?? submitButton(form);
  if (button) pairs.push(button);
  return pairs;
}

/** The fields whose value did not come back, each as `name: posted …, shown …`. */
function differences(before: HTMLElement, posted: Pairs, after: HTMLElement, entry: RoundTrip): string[] {
  const notShown = entry.notShown ?? {};
  const found: string[] = [];
  for (const control of controlsOf(before)) {
    if (control.kind === 'hidden' || control.name in notShown) continue;
    const sent = posted
      .filter(([name]) => name === control.name)
      .map(([, value]) => value)
      .sort();
    const shown = currentValues(after, entry.renamed?.[control.name] ?? control.name).sort();
    if (JSON.stringify(sent) !== JSON.stringify(shown))
      found.push(`${control.name}: posted ${JSON.stringify(sent)}, shown ${JSON.stringify(shown)}`);
  }
  return found;
}

/** The form of a page posting to a route: of several (a one-button shortcut beside the full form), the one with most fields. */
function formFor(html: string, route: string, postRoute: (path: string) => string | null): HTMLElement | undefined {
  const fields = (form: HTMLElement) => controlsOf(form).filter((control) => control.kind !== 'hidden').length;
  return postForms(html)
    .filter((candidate) => postRoute(actionPath(candidate)) === route)
    .sort((a, b) => fields(b) - fields(a))[0];
}

/** The page on which a saved form is opened again (see `RoundTrip.reopen`). */
async function reopenPath(client: TestClient, entry: RoundTrip, location: string, page: string, posted: Pairs): Promise<string> {
  if (typeof entry.reopen === 'function') return entry.reopen(location);
  if (entry.reopen === 'page') return page;
  if (entry.reopen !== 'link') return location;
  const list = await client.get(entry.list ? entry.list(location) : location);
  const texts = new Set(posted.map(([, value]) => value).filter((value) => /\p{L} \d+$/u.test(value)));
  // The row's own admin link first (a title that is a link, then a link in the title's row or item, then in its section).
  const rank = (anchor: HTMLElement) => {
    const has = (element: HTMLElement | null) => [...texts].some((text) => element?.text.includes(text));
    const place = has(anchor) ? 0 : has(anchor.closest('tr, li')) ? 1 : has(anchor.closest('section')) ? 2 : 9;
    return place + ((anchor.getAttribute('href') ?? '').includes('/admin/') ? 0 : 3);
  };
  const link = parse(list.text)
    .querySelectorAll('a[href]')
    .filter((anchor) => rank(anchor) < 9)
    .sort((a, b) => rank(a) - rank(b))[0];
  assert.ok(link, `${location} links to none of the texts posted`);
  return link.getAttribute('href') ?? '';
}

/** The HTML id of a field (the platform's `fieldId`). */
const fieldIdOf = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** Route patterns of one method as matchers, the most specific first (fewest parameters). */
function routeMatcher(test: TestApp, method: string) {
  const patterns = [
    ...new Set(
      test.app.routeList
        .filter((route) => route.method === method && route.url.startsWith('/fi/'))
        .map((route) => route.url.slice(3) || '/'),
    ),
  ]
    .map((url) => ({
      url,
      params: (url.match(/:/g) ?? []).length,
      regex: new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]+/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params);
  return (path: string): string | null => {
    const bare = path.replace(/^\/(fi|sv|en)(?=\/)/, '').split('?')[0] ?? '';
    return patterns.find((pattern) => pattern.regex.test(bare))?.url ?? null;
  };
}

const SKIPPED_LINKS = /\/(export|download)|\.(csv|xlsx|ics|json|txt)(\?|$)|^\/fi\/sign-out/;

/** Every POST form reachable by links from the start pages: its route → the first page showing it. */
async function crawl(test: TestApp, client: TestClient, starts: string[]) {
  const getRoute = routeMatcher(test, 'GET');
  const postRoute = routeMatcher(test, 'POST');
  const visitsPerRoute = new Map<string, number>();
  const forms = new Map<string, { page: string; action: string }>();
  const unknown = new Set<string>();
  const queue = [...starts];
  const seen = new Set(queue);
  let visited = 0;
  while (queue.length > 0 && visited < 900) {
    const url = queue.shift() ?? '';
    const route = getRoute(url) ?? url;
    const visits = visitsPerRoute.get(route) ?? 0;
    if (visits >= 2) continue;
    visitsPerRoute.set(route, visits + 1);
    const response = await client.get(url);
    visited += 1;
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    for (const form of postForms(response.text)) {
      const action = actionPath(form);
      const post = postRoute(action);
      if (!post) unknown.add(`${action} on ${url}`);
      else if (!forms.has(post)) forms.set(post, { page: url, action: form.getAttribute('action') ?? '' });
    }
    for (const link of parse(response.text).querySelectorAll('a[href]')) {
      const href = (link.getAttribute('href') ?? '').split('#')[0] ?? '';
      if (!href.startsWith('/fi/') || SKIPPED_LINKS.test(href) || seen.has(href)) continue;
      seen.add(href);
      queue.push(href);
    }
  }
  return { forms, unknown, visited };
}

let serial = 0;

/** The value of a field as the form stands. */
const now = (form: HTMLElement, name: string) => currentValues(form, name)[0] ?? '';

/** A slug nobody has yet (the schema's format: a–z, digits and hyphens). */
const slug = () => {
  serial += 1;
  return { slug: `lomakekoe-${serial}` };
};

/** A video address of the kind the schema takes, other than the current one. */
const video = (form: HTMLElement, name: string) => ({
  [name]: now(form, name).endsWith('76979871') ? 'https://player.vimeo.com/video/22439234' : 'https://player.vimeo.com/video/76979871',
});

/** The checkbox values of a name whose box ids start with a prefix (one of two lists sharing a name). */
const boxes = (form: HTMLElement, name: string, idPrefix: string) =>
  form
    .querySelectorAll(`input[type=checkbox][name="${name}"]`)
    .filter((box) => (box.getAttribute('id') ?? '').startsWith(idPrefix))
    .map((box) => box.getAttribute('value') ?? '');

/** Another process than the one the form stands on (when there are several), as a person would choose it. */
function otherProcess(controls: Control[], form: HTMLElement, field = 'processSlug'): string {
  const processes = (controls.find((control) => control.name === field)?.choices ?? []).filter((choice) => choice.value !== '');
  return (processes.find((choice) => choice.value !== now(form, field)) ?? processes[0])?.value ?? '';
}

/** A news post's process and one of its phases, chosen as a person would with the phase list following the process. */
function newsProcessAndPhase(controls: Control[], form: HTMLElement) {
  const processId = otherProcess(controls, form, 'processId');
  return { processId, phaseId: ofChosenProcess(form, 'phaseId', processId) };
}

/** A dialogue round's process, phase, questions (as many lines as now, in each language) and dates, as a coordinator would change them. */
function dialogueRound(controls: Control[], form: HTMLElement) {
  const processId = otherProcess(controls, form, 'processId');
  const written = now(form, 'questions.fi').split('\n');
  const count = Math.max(1, written.filter((line) => line.trim() !== '').length);
  const lines = (word: string) => Array.from({ length: count }, (_, index) => `${word} ${index + 1}?`).join('\n');
  const later = now(form, 'opensOn') === '2026-03-02';
  return {
    processId,
    phaseId: ofChosenProcess(form, 'phaseId', processId),
    'questions.fi': lines(later ? 'Mitä' : 'Miten'),
    'questions.sv': lines(later ? 'Vad' : 'Hur'),
    'questions.en': lines(later ? 'What' : 'How'),
    opensOn: later ? '2026-03-03' : '2026-03-02',
    dueOn: later ? '2026-04-03' : '2026-04-02',
  };
}

/** A choice of a select grouped by process (`<optgroup data-value>`): the first of the chosen process's group other than the current one. */
function ofChosenProcess(form: HTMLElement, select: string, chosenProcess: string): string {
  const group = form
    .querySelectorAll(`select[name=${select}] optgroup`)
    .find((candidate) => candidate.getAttribute('data-value') === chosenProcess);
  const choices = (group?.querySelectorAll('option') ?? []).map((option) => option.getAttribute('value') ?? '');
  return choices.find((choice) => choice !== now(form, select)) ?? '';
}

const CASES: RoundTrip[] = [
  {
    action: '/admin/organisation',
    overrides: (_, form) => ({ accentColor: now(form, 'accentColor') === '#1a5e9b' ? '#7a1f5c' : '#1a5e9b' }),
  },
  // An identity provider for staff sign-in: added, then its edit page shows what was saved (never the client secret); before the units' cases, which rename the units it maps to.
  {
    action: '/admin/single-sign-on/new',
    reopen: 'link',
    reopenAction: '/admin/single-sign-on/:id',
    notShown: { clientSecret: 'a client secret is kept encrypted and never shown again' },
    overrides: () => ({
      scopes: 'openid email profile groups',
      allowedDomains: 'rauma.example, raumankaupunki.example',
      roleMap: 'strategia-admins = org_admin\nesihenkilot = unit_manager',
      unitMap: '4000 = Konsernipalvelut',
      workCommunityMap: 'hr = Hallinto- ja henkilöstöpalvelut',
    }),
  },
  { action: '/admin/units/new', reopen: 'link', reopenAction: '/admin/units/:id/edit' },
  { action: '/admin/units/:id/edit', reopen: 'page' },
  { action: '/admin/users/:id/placement', reopen: 'page' },
  { action: '/admin/security' },
  { action: '/admin/accessibility-feedback/contact' },
  {
    action: '/admin/processes/new',
    reopenAction: '/admin/processes/:processId',
    overrides: (_, form) => ({ ...slug(), ...video(form, 'heroVideoUrl') }),
  },
  { action: '/admin/processes/:processId/visibility', reopen: 'page' },
  { action: '/admin/processes/:processId/phases/new', reopen: 'link', reopenAction: '/admin/processes/:processId/phases/:phaseId' },
  { action: '/admin/processes/:processId/phases/:phaseId', reopen: 'page' },
  { action: '/admin/processes/:processId/bodies/new', reopenAction: '/admin/processes/:processId/bodies/:bodyId' },
  { action: '/admin/processes/:processId/bodies/:bodyId', reopen: 'page' },
  {
    action: '/admin/processes/:processId/bodies/:bodyId/members/new',
    reopen: 'link',
    list: (location) => location.replace(/\/members\/new$/, ''),
    reopenAction: '/admin/processes/:processId/bodies/:bodyId/members/:memberId',
  },
  { action: '/admin/processes/:processId/bodies/:bodyId/members/:memberId', reopen: 'page' },
  { action: '/admin/processes/:processId/timeline/new', reopen: 'link', reopenAction: '/admin/processes/:processId/timeline/:itemId' },
  { action: '/admin/processes/:processId/timeline/:itemId', reopen: 'page' },
  {
    action: '/admin/news/new',
    reopen: 'link',
    reopenAction: '/admin/news/:id/edit',
    overrides: (controls, form) => ({ ...slug(), ...video(form, 'videoUrl'), ...newsProcessAndPhase(controls, form) }),
  },
  {
    action: '/admin/news/:id/edit',
    reopen: 'page',
    overrides: (controls, form) => ({ ...slug(), ...video(form, 'videoUrl'), ...newsProcessAndPhase(controls, form) }),
  },
  {
    action: '/admin/news/pages/new',
    reopen: 'link',
    list: () => '/fi/admin/news/pages',
    reopenAction: '/admin/news/pages/:id/edit',
    overrides: slug,
  },
  { action: '/admin/news/pages/:id/edit', reopen: 'page', overrides: slug },
  {
    // A new version of the story: the editor opened again starts from the version just saved.
    action: '/processes/:slug/story/versions',
    reopen: (location) => location.replace(/\/versions\/\d+$/, '/versions/new'),
    notShown: Object.fromEntries(
      ['fi', 'sv', 'en'].map((locale) => [
        `changelog.${locale}`,
        "each version's changelog is its own: the next version's form starts without one",
      ]),
    ),
  },
  // The story's comment period (the demo's version 1): for chosen bodies, the bodies ticked come back and no units are kept.
  {
    action: '/processes/:slug/story/versions/:number/comment-period',
    overrides: (_, form) => ({
      audience: 'bodies',
      'audienceIds[]': form
        .querySelectorAll('#field-audienceIds-bodies input[type=checkbox]')
        .map((box) => box.getAttribute('value') ?? '')
        .filter((value) => !currentValues(form, 'audienceIds[]').includes(value)),
    }),
  },
  // A commitment's unit objective (goals), chosen in a select grouped by goal and shown again on its page; before the
  // round's form moves the demo round to another process (whose objectives the select would then offer).
  { action: '/dialogues/:id/communities/:unitId/commitments/:commitmentId/objective' },
  { action: '/admin/dialogues/new', reopenAction: '/admin/dialogues/:id', overrides: dialogueRound },
  { action: '/admin/dialogues/:id', reopen: 'page', overrides: dialogueRound },
  // A commitment's follow-up: its status, saved and shown again on the commitment's page.
  { action: '/dialogues/:id/communities/:unitId/commitments/:commitmentId/status' },
  {
    action: '/admin/surveys/new',
    reopenAction: '/admin/surveys/:id',
    notShown: { processSlug: 'a survey stays in the process it was made in; its page names the process' },
    overrides: (controls, form) => {
      const chosen = otherProcess(controls, form);
      return {
        processSlug: chosen,
        phaseId: ofChosenProcess(form, 'phaseId', chosen),
        audience: 'units',
        'audienceIds[]': boxes(form, 'audienceIds[]', 'field-audienceIds-'),
      };
    },
  },
  {
    action: '/admin/surveys/:id',
    // Anonymity cannot be taken off a survey answered anonymously (the demo's are): the flag is kept as it is.
    overrides: (_, form) => ({
      'anonymous[]': currentValues(form, 'anonymous[]'),
      audience: 'units',
      'audienceIds[]': boxes(form, 'audienceIds[]', 'field-audienceIds-').slice(0, 2),
    }),
  },
  {
    action: '/admin/surveys/:id/sections',
    reopen: 'link',
    reopenAction: '/admin/surveys/:id/sections/:sectionId',
    renamed: { 'sectionTitle.fi': 'title.fi', 'sectionTitle.sv': 'title.sv', 'sectionTitle.en': 'title.en' },
  },
  { action: '/admin/surveys/:id/sections/:sectionId', reopen: 'page' },
  {
    action: '/admin/surveys/:id/questions/:questionId',
    reopen: 'page',
    // The settings of other types than the question's own are not kept (the editor is to show only its type's).
    notShown: Object.fromEntries(
      ['scaleMin', 'scaleMax', 'numberMin', 'numberMax', 'integer[]', 'maxLength', 'minLabel', 'maxLabel']
        .flatMap((name) => (name.endsWith('Label') ? ['fi', 'sv', 'en'].map((locale) => `${name}.${locale}`) : [name]))
        .map((name) => [name, 'a setting of another question type']),
    ),
    // Changing the type is its own step (it archives answers); the numbers are settings of a type, in their ranges.
    overrides: (_, form) => ({
      type: now(form, 'type'),
      minPicks: '1',
      maxPicks: '3',
      scaleMin: now(form, 'scaleMin') === '0' ? '1' : '0',
      scaleMax: now(form, 'scaleMax') === '7' ? '5' : '7',
      numberMin: '-2.5',
      numberMax: '120',
      maxLength: '480',
      conditionQuestionId: '',
      'conditionChoiceIds[]': [],
    }),
  },
  {
    action: '/admin/events/new',
    reopen: (location) => location.replace(/\/registration$/, '/edit'),
    reopenAction: '/admin/events/:id/edit',
    overrides: () => ({ audience: 'bodies', 'audienceUnitIds[]': [] }),
  },
  { action: '/admin/events/:id/edit', overrides: () => ({ audience: 'bodies', 'audienceUnitIds[]': [] }) },
  // The same form for the staff of chosen units: the units ticked come back, the bodies are not kept.
  { action: '/admin/events/:id/edit', overrides: () => ({ audience: 'units', 'audienceBodyIds[]': [] }) },
  // The quota rows belong to the attribute shown: another attribute is another table of rows.
  // The seats of the quotas add up to at most the capacity.
  {
    action: '/admin/events/:id/registration',
    // A split by headcount computes the seats itself: the split by hand keeps the seats posted.
    overrides: (_, form) => ({
      quotaAttribute: now(form, 'quotaAttribute'),
      quotaSplit: 'explicit',
      capacity: now(form, 'capacity') === '500' ? '600' : '500',
    }),
  },
  {
    action: '/admin/statements/new',
    reopenAction: '/admin/statements/:id',
    overrides: () => ({ audience: 'bodies', 'audienceUnitIds[]': [] }),
    notShown: { seedStatements: 'added once as statements', seedLanguage: 'the language of the statements added' },
  },
  { action: '/admin/statements/:id', overrides: () => ({ audience: 'bodies', 'audienceUnitIds[]': [] }) },
  // The same form for the staff of chosen units: the units ticked come back, the bodies are not kept.
  { action: '/admin/statements/:id', overrides: () => ({ audience: 'units', 'audienceBodyIds[]': [] }) },
  {
    action: '/admin/workshops/new',
    reopenAction: '/admin/workshops/:id/edit',
    reopen: (location) => `${location}/edit`,
    notShown: { processSlug: 'a workshop stays in the process it was made in' },
    // Another process than the first: its events in their group; its audience by units (a new process has no bodies yet).
    overrides: (controls, form) => {
      const chosen = otherProcess(controls, form);
      return { processSlug: chosen, eventId: ofChosenProcess(form, 'eventId', chosen), access: 'units', 'audienceBodyIds[]': [] };
    },
  },
  {
    action: '/admin/workshops/:id/edit',
    reopen: (location) => `${location}/edit`,
    overrides: () => ({ access: 'bodies', 'audienceUnitIds[]': [] }),
  },
  // Staff (a kind without chosen units or bodies): the access comes back and no ids are kept.
  {
    action: '/admin/workshops/:id/edit',
    reopen: (location) => `${location}/edit`,
    overrides: () => ({ access: 'staff', 'audienceBodyIds[]': [], 'audienceUnitIds[]': [] }),
  },
  { action: '/admin/insights/runs/:runId/themes/:themeId', reopen: 'page' },
  // A theme's counterparts in other languages: the ticked ones come back ticked on the theme's page. A suggestion's
  // "Accept" button posts the same form with hidden ids (the ticked ones and the suggested one); counterparts.test.ts
  // sends it as rendered and finds the suggestion ticked here.
  { action: '/admin/insights/runs/:runId/themes/:themeId/counterparts' },
  // A section of a process's final report: its text in fi/sv/en, shown again on the section's edit page.
  { action: '/admin/reports/:slug/sections/:section', reopen: 'page' },
  // A goal, an objective and an indicator edited on their own pages; an owner must hold a role for the unit (the demo admin does).
  { action: '/admin/goals/goals/:goalId/edit', reopen: (location) => `${location}/edit` },
  // The published themes a goal draws on: the ticked ones come back ticked on the goal's page.
  { action: '/admin/goals/goals/:goalId/themes' },
  {
    action: '/admin/goals/objectives/:objectiveId/edit',
    reopen: (location) => `${location}/edit`,
    overrides: () => ({ ownerEmail: 'admin@demo.tarina.invalid' }),
  },
  {
    action: '/admin/goals/indicators/:indicatorId/edit',
    reopen: (location) => `${location}/edit`,
    overrides: () => ({ ownerEmail: 'admin@demo.tarina.invalid' }),
  },
  // A measure edited on its own page; the save goes back to its objective's page.
  {
    action: '/admin/goals/measures/:measureId/edit',
    reopen: 'page',
    overrides: () => ({ ownerEmail: 'admin@demo.tarina.invalid' }),
  },
  // A contribution's hand tags in a theme run.
  { action: '/admin/insights/runs/:runId/contributions/:contributionId', reopen: 'page' },
  { action: '/account/profile', resident: true },
  // Whether a person is mailed about what became of what they said (goals' trace mail).
  { action: '/goals/mine/mail', resident: true, reopen: 'page' },
  // A resident's answers to one page of a survey, saved for later and shown again on that page.
  { action: '/processes/:slug/surveys/:id/sections/:number', resident: true, button: ['action', 'save'], reopen: 'page' },
  // Last: a new slug changes the addresses of the process's pages.
  { action: '/admin/processes/:processId', reopen: 'page', overrides: (_, form) => ({ ...slug(), ...video(form, 'heroVideoUrl') }) },
];

/** Filter forms (GET) and the page of the demo that shows each. */
const GET_CASES: Array<{ action: string; page: (test: TestApp) => string | Promise<string> }> = [
  // Key terms per filter: channels, question or prompt, phase, background answer and languages.
  { action: '/admin/insights/processes/:processId/terms', page: (test) => `/fi/admin/insights/processes/${test.demo.processId}/terms` },
  // A theme run's heat map: its columns (the channel or a background question).
  {
    action: '/admin/insights/runs/:runId/heat-map',
    page: async (test) => {
      const run = await test.context.db
        .selectFrom('insight_theme_runs')
        .select('id')
        .where('status', '=', 'succeeded')
        .executeTakeFirstOrThrow();
      return `/fi/admin/insights/runs/${run.id}/heat-map`;
    },
  },
];

describe('every form keeps what was posted', () => {
  let test: TestApp;
  let admin: TestClient;
  let resident: TestClient;
  let found: Awaited<ReturnType<typeof crawl>>;
  let foundByResident: Awaited<ReturnType<typeof crawl>>;
  const typist = new Typist();

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const person = { email: 'asukas.lomake@example.fi', password: 'asukkaan-oma-salasana' };
    await createUser(test.context.db, test.demo.organisationId ?? '', { ...person, displayName: 'Asukas', locale: 'fi' }, new Date());
    resident = test.client();
    await resident.signIn(person.email, person.password);
    // Besides the links, every registered page of a process (`/processes/:slug/…`) of every process, linked or not.
    const slugs = (await test.context.db.selectFrom('processes').select('slug').execute()).map((row) => row.slug);
    const processPages = test.app.routeList
      .filter((route) => route.method === 'GET' && /^\/fi\/processes\/:slug(\/[a-z-]+)*$/.test(route.url))
      .flatMap((route) => slugs.map((slug) => route.url.replace(':slug', slug)));
    found = await crawl(test, admin, ['/fi/admin', '/fi/', '/fi/account', ...processPages]);
    // A resident meets forms an admin may not (and an admin's pages show drafts a resident cannot open).
    foundByResident = await crawl(test, resident, ['/fi/', '/fi/account', '/fi/goals/mine', ...processPages]);
  });
  after(() => test.close());

  it('crawls the demo and finds every form either kept or known as an action', () => {
    assert.ok(found.visited > 60, `only ${found.visited} pages were visited`);
    assert.deepEqual([...found.unknown, ...foundByResident.unknown], [], 'forms posting to no route');
    const covered = new Set(CASES.map((entry) => entry.action));
    const routes = new Set([...found.forms.keys(), ...foundByResident.forms.keys()]);
    const uncovered = [...routes].filter((route) => !covered.has(route) && !(route in NOT_SETTINGS));
    assert.deepEqual(uncovered, [], 'forms with neither a round-trip case nor a place among the actions');
  });

  for (const entry of CASES) {
    it(`keeps every field of ${entry.action}`, async () => {
      const seen = (entry.resident ? foundByResident : found).forms.get(entry.action);
      assert.ok(seen, `no page of the demo shows a form posting to ${entry.action}`);
      const client = entry.resident ? resident : admin;
      const postRoute = routeMatcher(test, 'POST');
      const page = await client.get(seen.page);
      assert.equal(page.status, 200, `${seen.page} answered ${page.status}`);
      const form = formFor(page.text, entry.action, postRoute);
      assert.ok(form, `${seen.page} no longer shows the form`);
      const compared = controlsOf(form).filter((control) => control.kind !== 'hidden' && !(control.name in (entry.notShown ?? {})));
      assert.ok(compared.length > 0, `${seen.page}: the form has no field to keep`);
      const posted = fill(form, typist, entry.overrides?.(controlsOf(form), form) ?? {}, entry.button);
      const response = await client.request('POST', form.getAttribute('action') ?? '', {
        body: new URLSearchParams(posted).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const summary = parse(response.text).querySelector('.error-summary')?.text.replace(/\s+/g, ' ');
      assert.equal(response.status, 303, `${entry.action} answered ${response.status}: ${summary ?? ''}\n${JSON.stringify(posted)}`);
      const location = await reopenPath(client, entry, response.location ?? '', seen.page, posted);
      const reopened = await client.get(location);
      assert.equal(reopened.status, 200, `${location} answered ${reopened.status}`);
      const reopenAction = entry.reopenAction ?? entry.action;
      const again = formFor(reopened.text, reopenAction, postRoute);
      assert.ok(again, `the page after saving (${location}) shows no form posting to ${reopenAction}`);
      assert.deepEqual(differences(form, posted, again, entry), []);
    });
  }

  // Filter forms (GET): every field filled, sent as a browser sends it in the address, and shown again on the page it opens.
  for (const entry of GET_CASES) {
    it(`keeps every field of the filter form ${entry.action}`, async () => {
      const getRoute = routeMatcher(test, 'GET');
      const path = await entry.page(test);
      const form = parse((await admin.get(path)).text)
        .querySelectorAll('form[method=get]')
        .find((candidate) => getRoute(actionPath(candidate)) === entry.action);
      assert.ok(form, `${path} shows no filter form sending to ${entry.action}`);
      const sent = fill(form, typist, {});
      const response = await admin.get(`${form.getAttribute('action') ?? ''}?${new URLSearchParams(sent).toString()}`);
      const summary = parse(response.text).querySelector('.error-summary')?.text.replace(/\s+/g, ' ');
      assert.equal(response.status, 200, `${entry.action} answered ${response.status}: ${summary ?? ''}\n${JSON.stringify(sent)}`);
      const again = parse(response.text)
        .querySelectorAll('form[method=get]')
        .find((candidate) => getRoute(actionPath(candidate)) === entry.action);
      assert.ok(again, 'the filtered page shows its filter form again');
      assert.deepEqual(differences(form, sent, again, { action: entry.action }), []);
    });
  }

  it('names the field of a refused choice, at the field and in the error summary, on every form with a select', async () => {
    const postRoute = routeMatcher(test, 'POST');
    const unnamed: string[] = [];
    for (const entry of CASES) {
      const seen = (entry.resident ? foundByResident : found).forms.get(entry.action);
      const client = entry.resident ? resident : admin;
      if (!seen) continue;
      const form = formFor((await client.get(seen.page)).text, entry.action, postRoute);
      const select =
        form && controlsOf(form).find((control) => control.kind === 'select' && !control.choices.some((choice) => choice.value === ''));
      if (!form || !select) continue;
      const pairs: Pairs = controlsOf(form).flatMap((control) =>
        (control.name === select.name ? ['ei-mikaan-vaihtoehdoista'] : currentValues(form, control.name)).map(
          (value) => [control.name, value] as [string, string],
        ),
      );
      const response = await client.request('POST', form.getAttribute('action') ?? '', {
        body: new URLSearchParams(pairs).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const page = parse(response.text);
      const label = page.querySelector(`label[for="${fieldIdOf(select.name)}"]`)?.childNodes[0]?.text.trim() ?? '';
      const atField = page.querySelector(`#${fieldIdOf(select.name)}-error`)?.text ?? '';
      const summary = page.querySelector('.error-summary')?.text ?? '';
      if (response.status !== 422 || !label || !atField.includes(label) || !summary.includes(label))
        unnamed.push(
          `${entry.action} ${select.name}: ${response.status}, label "${label}", at the field "${atField}", summary "${summary}"`,
        );
    }
    assert.deepEqual(unnamed, []);
  });

  it("offers each process its own phases on the new-survey form, and refuses another process's phase naming the field", async () => {
    const page = parse((await admin.get('/fi/admin/surveys/new')).text);
    const groups = page.querySelectorAll('select[name=phaseId] optgroup');
    assert.ok(groups.length >= 2, 'the demo and the test have made at least two processes');
    const processes = await test.context.db.selectFrom('processes').select(['id', 'slug']).execute();
    const phases = await test.context.db.selectFrom('process_phases').select(['id', 'process_id']).execute();
    for (const group of groups) {
      const process = processes.find((candidate) => candidate.slug === group.getAttribute('data-value'));
      assert.ok(process, `a group for ${group.getAttribute('data-value')}`);
      const own = phases.filter((phase) => phase.process_id === process.id).map((phase) => phase.id);
      const offered = group.querySelectorAll('option').map((option) => option.getAttribute('value') ?? '');
      assert.deepEqual(offered.sort(), own.sort());
    }
    const withPhases = groups.find((group) => group.querySelectorAll('option').length > 0);
    const other = groups.find((group) => group !== withPhases);
    const otherPhase = withPhases?.querySelector('option')?.getAttribute('value') ?? '';
    assert.ok(other && otherPhase, 'a phase of another process');
    const response = await admin.postForm('/fi/admin/surveys/new', {
      processSlug: other.getAttribute('data-value') ?? '',
      'title.fi': 'Väärän prosessin vaihe',
      phaseId: otherPhase,
    });
    assert.equal(response.status, 422);
    const answer = parse(response.text);
    assert.match(answer.querySelector('#field-phaseId-error')?.text ?? '', /Prosessin vaihe: Valitse vaihe valitun prosessin vaiheista/);
    assert.match(answer.querySelector('.error-summary')?.text ?? '', /Prosessin vaihe/);
    assert.match(response.text, /src="\/assets\/platform\/follow-choice.js"/);
  });

  it('offers each process its own events and bodies on the new-workshop form', async () => {
    const page = parse((await admin.get('/fi/admin/workshops/new')).text);
    const processes = await test.context.db.selectFrom('processes').select(['id', 'slug']).execute();
    const events = await test.context.db.selectFrom('events').select(['id', 'process_id']).execute();
    const bodies = await test.context.db.selectFrom('process_bodies').select(['id', 'process_id']).execute();
    const groups = page.querySelectorAll('select[name=eventId] optgroup');
    assert.ok(groups.length >= 2, 'one group of events per process');
    for (const group of groups) {
      const process = processes.find((candidate) => candidate.slug === group.getAttribute('data-value'));
      assert.ok(process);
      const offered = group.querySelectorAll('option').map((option) => option.getAttribute('value') ?? '');
      const own = events.filter((event) => event.process_id === process.id).map((event) => event.id);
      assert.deepEqual(offered.sort(), own.sort());
    }
    const lists = page.querySelectorAll('fieldset[data-follows=processSlug]');
    assert.ok(lists.length >= 1, 'the bodies come in one list per process');
    for (const list of lists) {
      const process = processes.find((candidate) => candidate.slug === list.getAttribute('data-value'));
      assert.ok(process);
      const offered = list.querySelectorAll('input[type=checkbox]').map((box) => box.getAttribute('value') ?? '');
      const own = bodies.filter((body) => body.process_id === process.id).map((body) => body.id);
      assert.deepEqual(offered.sort(), own.sort());
    }
    assert.ok(page.querySelector('script[src="/assets/platform/follow-choice.js"]'));
  });
});

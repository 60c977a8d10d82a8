/**
 * The participant's room, live: the wall follows the room, new notes are
 * announced politely in batches, notes and dots are sent without leaving
 * the page, and nothing typed is lost (a draft survives reloads and failures).
 * When the facilitator moves the room to another stage the page reloads
 * with the draft kept.
 */
import { createAnnouncer } from './announcer.js';
import { csrfToken, enhanceForms } from './api-forms.js';
import { connectLive } from './live.js';
import { showTimer, startTimers } from './timer.js';
import { notesOf, renderWall, stringsOf } from './wall-render.js';

/** @typedef {import('./live.js').LiveView} LiveView */
/** @typedef {import('./live.js').WallNote} WallNote */

const root = document.getElementById('workshop-room');
if (root) start(root);

/** @param {HTMLElement} root the room's main element, with the live URL, the state and the strings */
function start(root) {
  const strings = stringsOf(root);
  const lang = root.dataset.locale ?? 'fi';
  const announcer = createAnnouncer(document.getElementById('workshop-announcer'));
  const wallBox = document.getElementById('workshop-wall');
  const ownList = document.getElementById('workshop-own-notes');
  const errorBox = document.getElementById('workshop-room-error');
  const textarea = /** @type {HTMLTextAreaElement | null} */ (root.querySelector('textarea[name="text"]'));
  const draftKey = `tarina-workshop-draft:${window.location.pathname}`;

  keepDraft(textarea, draftKey);

  const seen = new Set([...root.querySelectorAll('.workshop-note[id^="note-"]')].map((node) => node.id.slice(5)));
  startTimers(root, strings, announcer);

  /** @param {LiveView} data */
  function onSnapshot(data) {
    const state = `${data.status}|${data.locked}|${data.prompt?.id ?? ''}|${data.prompt?.stage ?? 'pending'}`;
    if (state !== root.dataset.state) {
      if (textarea?.value) window.sessionStorage.setItem(draftKey, textarea.value);
      window.location.reload();
      return;
    }
    showTimer(document.getElementById('workshop-timer'), data.timerEndsAt);
    const wall = data.walls[0];
    if (!wall || !wallBox) return;
    const notes = notesOf(wall);
    const fresh = notes.filter((note) => !seen.has(note.id) && !note.mine).length;
    for (const note of notes) seen.add(note.id);
    announcer.count(fresh, strings.newNotes);
    const voting = wallBox.dataset.voting === 'true';
    wallBox.dataset.dotsLeft = String(data.dotsLeft ?? 0);
    wallBox.replaceChildren(
      renderWall(wall, strings, {
        showVotes: wallBox.dataset.results === 'true',
        voteControls: voting ? (type, id, mine) => dotForms({ root, wallBox, strings }, type, id, mine) : undefined,
      }),
    );
    renderOwnNotes(
      ownList,
      root,
      notes.filter((note) => note.mine),
    );
    renderHiddenNotes(data.hiddenNotes ?? []);
    const dots = document.getElementById('workshop-dots');
    if (dots && data.dotsLeft !== null)
      dots.textContent = strings.dotsLeft.replace('{count}', String(data.dotsLeft)).replace('{dots}', String(data.dots));
  }

  /** @type {{ own(part: Partial<import('./live.js').PersonalView>): void } | null} */
  let live = null;
  enhanceForms(root, {
    lang,
    fallback: strings.failed,
    onDone: (form, _submitter, answer) => afterSend({ form, answer, errorBox, announcer, strings, draftKey, live }),
    onError(message) {
      // role="alert" reads it out; the text stays in the form.
      if (errorBox) {
        errorBox.textContent = message;
        errorBox.hidden = false;
      }
    },
  });

  live = connectLive(root.dataset.liveUrl ?? '', {
    since: Number(root.dataset.version),
    onSnapshot,
    onStatus: (status) => announcer.say(status === 'offline' ? strings.offline : strings.online),
  });
}

/**
 * After a note or a dot was sent: the error cleared, a note's draft emptied, and a dot's answer
 * (the participant's own dots) shown now rather than at the room's next update.
 * @param {{
 *   form: HTMLFormElement,
 *   answer: unknown,
 *   errorBox: HTMLElement | null,
 *   announcer: ReturnType<typeof createAnnouncer>,
 *   strings: ReturnType<typeof stringsOf>,
 *   draftKey: string,
 *   live: { own(part: Partial<import('./live.js').PersonalView>): void } | null,
 * }} sent
 */
function afterSend({ form, answer, errorBox, announcer, strings, draftKey, live }) {
  if (errorBox) errorBox.hidden = true;
  const dots = /** @type {{ votes?: Record<string, number>, dotsLeft?: number } | null} */ (answer);
  if (dots && typeof dots.dotsLeft === 'number' && dots.votes) live?.own({ votes: dots.votes, dotsLeft: dots.dotsLeft });
  const field = /** @type {HTMLTextAreaElement | null} */ (form.elements.namedItem('text'));
  if (field && form.classList.contains('workshop-note-form')) {
    field.value = '';
    window.sessionStorage.removeItem(draftKey);
    announcer.say(strings.saved);
    field.focus();
  }
}

/**
 * The dot forms of a note or cluster (drawn only on a wall in #workshop-wall).
 * @param {{ root: HTMLElement, wallBox: HTMLElement, strings: import('./wall-render.js').Strings }} room
 * @param {'note' | 'cluster'} type
 * @param {string} id
 * @param {number} mine the participant's dots on it
 */
function dotForms(room, type, id, mine) {
  const { root, strings } = room;
  const wall = room.wallBox.dataset;
  const box = document.createElement('div');
  box.className = 'workshop-dot-forms';
  const label = document.createElement('p');
  label.className = 'workshop-votes';
  label.textContent = strings.yours.replace('{count}', String(mine));
  box.append(label);
  const dotsLeft = Number(wall.dotsLeft ?? '0');
  /**
   * @param {string | undefined} action
   * @param {string} method
   * @param {string} text
   * @param {boolean} secondary
   */
  const addForm = (action, method, text, secondary) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = action ?? '';
    form.className = 'inline-form';
    for (const [name, value] of [
      ['_csrf', csrfToken(root)],
      ['targetType', type],
      ['targetId', id],
    ]) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    const button = document.createElement('button');
    button.type = 'submit';
    button.className = secondary ? 'button button--small button--secondary' : 'button button--small';
    button.dataset.api = `${method} ${wall.voteApi}`;
    button.textContent = text;
    form.append(button);
    box.append(form);
  };
  if (dotsLeft > 0) addForm(wall.voteAction, 'POST', strings.addDot, false);
  if (mine > 0) addForm(wall.unvoteAction, 'DELETE', strings.removeDot, true);
  return box;
}

/**
 * The participant's own notes under the wall, each with its edit link and withdraw form.
 * @param {HTMLElement | null} ownList
 * @param {HTMLElement} root
 * @param {WallNote[]} notes
 */
function renderOwnNotes(ownList, root, notes) {
  if (!ownList) return;
  const data = ownList.dataset;
  const items = notes.map((note) => {
    const item = document.createElement('li');
    const text = document.createElement('p');
    text.textContent = note.text;
    const tools = document.createElement('div');
    tools.className = 'cluster';
    const edit = document.createElement('a');
    edit.href = (data.editHref ?? '').replace('{id}', note.id);
    edit.textContent = data.tEdit ?? '';
    const form = document.createElement('form');
    form.method = 'post';
    form.action = (data.withdrawAction ?? '').replace('{id}', note.id);
    form.className = 'inline-form';
    const csrf = document.createElement('input');
    csrf.type = 'hidden';
    csrf.name = '_csrf';
    csrf.value = csrfToken(root);
    const button = document.createElement('button');
    button.type = 'submit';
    button.className = 'button button--secondary';
    button.dataset.api = (data.withdrawApi ?? '').replace('{id}', note.id);
    button.textContent = data.tWithdraw ?? '';
    form.append(csrf, button);
    tools.append(edit, form);
    item.append(text, tools);
    return item;
  });
  ownList.replaceChildren(...items);
  const title = document.getElementById('own-notes-title');
  if (title) title.hidden = items.length === 0;
}

/**
 * The participant's notes the facilitator hid: out of the wall, listed apart for them alone.
 * @param {LiveView['hiddenNotes']} notes
 */
function renderHiddenNotes(notes) {
  const box = document.getElementById('workshop-hidden-notes');
  const list = box?.querySelector('ul');
  if (!box || !list) return;
  list.replaceChildren(
    ...notes.map((note) => {
      const item = document.createElement('li');
      const text = document.createElement('p');
      text.textContent = note.text;
      item.append(text);
      return item;
    }),
  );
  box.hidden = notes.length === 0;
}

/**
 * A draft kept in this tab: restored after a reload or a stage change, cleared once posted.
 * @param {HTMLTextAreaElement | null} textarea
 * @param {string} draftKey
 */
function keepDraft(textarea, draftKey) {
  if (!textarea) return;
  const draft = window.sessionStorage.getItem(draftKey);
  if (draft && !textarea.value) textarea.value = draft;
  textarea.addEventListener('input', () => window.sessionStorage.setItem(draftKey, textarea.value));
}

/**
 * The facilitator's console, live: the wall is fetched again (server-rendered,
 * forms and all) when the room changes, new notes are announced in batches,
 * the console's forms go through the API, and notes can be dragged into
 * clusters — the same action as each note's menu's "move to cluster". After
 * the page reloads for a new stage, the keyboard is back where it was.
 */
import { createAnnouncer } from './announcer.js';
import { callApi, csrfToken, enhanceForms } from './api-forms.js';
import { connectLive } from './live.js';
import { createNoteMenu } from './note-menu.js';
import { startTimers } from './timer.js';
import { notesOf, stringsOf } from './wall-render.js';

/** @typedef {import('./live.js').LiveView} LiveView */
/** @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Field */

const root = document.getElementById('workshop-console');
if (root) start(root);

/** @param {HTMLElement} root the console's main element, with the live and fragment URLs, the state and the strings */
function start(root) {
  const strings = stringsOf(root);
  const lang = root.dataset.locale ?? 'fi';
  const announcer = createAnnouncer(document.getElementById('workshop-announcer'));
  const wallBox = document.getElementById('console-wall');
  const errorBox = document.getElementById('workshop-console-error');
  /** @type {Set<string>} */
  const seen = new Set();
  let first = true;
  let pendingReload = false;
  let pendingWall = false;
  let pendingSent = false;
  let loading = false;

  startTimers(root, strings, announcer);

  /** @param {string} message */
  function showError(message) {
    if (!errorBox) return;
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  /** True while the facilitator is typing or choosing in a field or a note's menu: swapping it away would lose their input. */
  /** @param {HTMLElement} container */
  function busy(container) {
    const active = document.activeElement;
    if (!active || !container.contains(active)) return false;
    return /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName) || Boolean(active.closest('[role="menu"]'));
  }

  /**
   * Whether a refresh of the wall must wait. After the facilitator's own form went through (`sent`)
   * the field they typed in may be swapped, but never a note's menu they have opened since: the
   * swap would take the menu, and the keyboard with it, away while they choose.
   * @param {boolean} sent
   */
  function mustWait(sent) {
    if (!wallBox || !busy(wallBox)) return false;
    return !sent || Boolean(document.activeElement?.closest('[role="menu"]'));
  }

  const liveUrl = root.dataset.liveUrl ?? '';
  const workshopUrl = liveUrl.replace(/\/live(\?.*)?$/, '');
  const noteMenu = wallBox
    ? createNoteMenu(wallBox, {
        strings,
        act: async (noteId, choice, button) => {
          // After a merge the note is gone from the wall: the keyboard goes on from the note it joined.
          const into = choice.intoNoteId ? document.getElementById(`note-actions-${choice.intoNoteId}`) : null;
          // The menu's button may have been swapped for an equal one since the menu opened.
          (into ?? (button.isConnected ? button : document.getElementById(button.id)))?.focus();
          // After a hide the note stays on the console, its "Show again" button taking the menu button's id.
          const [action, body] = choice.hide
            ? ['hide', {}]
            : choice.intoNoteId
              ? ['merge', { intoNoteId: choice.intoNoteId }]
              : ['move', { clusterId: choice.clusterId }];
          const message = await callApi('POST', `${workshopUrl}/notes/${noteId}/${action}`, body, {
            csrf: csrfToken(root),
            lang,
            fallback: strings.failed,
          });
          showError(message ?? '');
          if (!message) refreshWall(true);
        },
      })
    : null;

  const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea';

  /**
   * Where the keyboard is in the wall, so a live refresh does not throw it back
   * to the top of the page: the element's id, or its place among the controls of
   * the nearest element with an id (a note keeps its id when it moves to a cluster).
   */
  function focusPlace() {
    const active = document.activeElement;
    if (!active || !wallBox?.contains(active)) return null;
    if (active.id) return { id: active.id, index: -1 };
    const holder = active.parentElement?.closest('[id]');
    if (!holder || !wallBox.contains(holder)) return null;
    return { id: holder.id, index: [...holder.querySelectorAll(FOCUSABLE)].indexOf(active) };
  }

  const FIELDS = 'input:not([type="hidden"]), select, textarea';

  /**
   * The fields of a container the facilitator can type or choose in.
   * @param {HTMLElement} container
   */
  const fieldsOf = (container) => /** @type {NodeListOf<Field>} */ (container.querySelectorAll(FIELDS));

  /**
   * A field's place: its nearest holder with an id, its form's action and its name (the same across refreshes).
   * @param {Field} field
   */
  function fieldKey(field) {
    const holder = field.parentElement?.closest('[id]');
    return `${holder?.id ?? ''}|${field.form?.getAttribute('action') ?? ''}|${field.name}`;
  }

  /**
   * Values the facilitator has typed or chosen in the wall and not sent yet. A refresh
   * swaps the wall's HTML; these are put back into the same fields of the new wall, so a
   * refresh released when they tab from a select to its button does not undo the choice.
   */
  function unsentValues() {
    /** @type {Map<string, string>} */
    const kept = new Map();
    for (const field of fieldsOf(/** @type {HTMLElement} */ (wallBox))) {
      const changed =
        field instanceof HTMLSelectElement
          ? [...field.options].some((option) => option.selected !== option.defaultSelected)
          : field.value !== field.defaultValue;
      if (changed) kept.set(fieldKey(field), field.value);
    }
    return kept;
  }

  /** @param {Map<string, string>} kept */
  function restoreValues(kept) {
    if (kept.size === 0) return;
    for (const field of fieldsOf(/** @type {HTMLElement} */ (wallBox))) {
      const value = kept.get(fieldKey(field));
      if (value !== undefined) field.value = value;
    }
  }

  /** @param {{ id: string, index: number } | null} place */
  function restoreFocus(place) {
    if (!place) return;
    const holder = document.getElementById(place.id);
    if (!holder) return;
    const target = place.index < 0 ? holder : (holder.querySelectorAll(FOCUSABLE)[place.index] ?? holder.querySelector(FOCUSABLE));
    /** @type {HTMLElement | null} */ (target)?.focus();
  }

  /**
   * Fetches the wall again and swaps it in, unless the facilitator is typing or choosing in one
   * of its fields: then the swap waits until they leave the field or send its form. They may
   * start typing while a fetch is under way, so the check is made again when the answer is in.
   * `sent` is set after the facilitator's own form went through: what they typed has been used.
   */
  async function refreshWall(sent = false) {
    if (!wallBox) return;
    if (loading || mustWait(sent)) {
      pendingWall = true;
      pendingSent ||= sent;
      return;
    }
    loading = true;
    pendingWall = false;
    try {
      const response = await fetch(root.dataset.fragmentUrl ?? '', { credentials: 'same-origin', headers: { accept: 'text/html' } });
      if (response.ok) {
        const html = await response.text();
        if (mustWait(sent)) {
          // The fetch began before the typing (or the menu) did: fetch again once it is left.
          pendingWall = true;
          pendingSent ||= sent;
          return;
        }
        const place = focusPlace();
        const kept = unsentValues();
        wallBox.innerHTML = html;
        noteMenu?.enhance();
        restoreValues(kept);
        restoreFocus(place);
      }
    } finally {
      loading = false;
      const again = pendingSent;
      pendingSent = false;
      if (pendingWall) refreshWall(again);
    }
  }

  const FOCUS_KEY = 'tarina-console-focus';

  /**
   * Keeps where the keyboard was for the reload a new stage brings: the control's id, else
   * its place in the nearest element with an id. A step button that is gone after the reload
   * (the prompt moved on) hands the focus to the console's next step.
   */
  function rememberFocus() {
    const active = document.activeElement;
    if (!active || active === document.body || !root.contains(active)) return;
    const holder = active.parentElement?.closest('[id]');
    const place = {
      path: window.location.pathname,
      at: Date.now(),
      id: active.id,
      holder: holder?.id ?? '',
      index: holder ? [...holder.querySelectorAll(FOCUSABLE)].indexOf(active) : -1,
      step: Boolean(active.closest('.workshop-prompt-list')),
    };
    window.sessionStorage.setItem(FOCUS_KEY, JSON.stringify(place));
  }

  function restoreFocusAfterReload() {
    let place = null;
    try {
      place = JSON.parse(window.sessionStorage.getItem(FOCUS_KEY) ?? 'null');
    } catch {}
    window.sessionStorage.removeItem(FOCUS_KEY);
    if (!place || place.path !== window.location.pathname || Date.now() - place.at > 30000) return;
    const holder = place.holder ? document.getElementById(place.holder) : null;
    const target =
      (place.id && document.getElementById(place.id)) ||
      (place.step && document.getElementById('console-next-action')) ||
      (holder && (holder.querySelectorAll(FOCUSABLE)[place.index] ?? holder.querySelector(FOCUSABLE)));
    // The last operand above is null or an element, so the chain ends in one of those.
    /** @type {HTMLElement | null} */ (target)?.focus();
  }

  function reloadWhenIdle() {
    if (busy(root)) {
      pendingReload = true;
      return;
    }
    rememberFocus();
    window.location.reload();
  }

  restoreFocusAfterReload();

  root.addEventListener('focusout', () => {
    window.setTimeout(() => {
      if (pendingReload) reloadWhenIdle();
      else if (pendingWall) refreshWall();
    }, 0);
  });

  /**
   * @param {LiveView} data
   * @param {number | null} version
   */
  function onSnapshot(data, version) {
    const prompt = data.prompt;
    const state = `${data.status}|${data.locked}|${prompt?.id ?? ''}|${prompt?.stage ?? ''}|${prompt?.revealed ?? ''}|${data.timerEndsAt ?? ''}`;
    const notes = data.walls.flatMap(notesOf);
    const fresh = notes.filter((note) => !seen.has(note.id)).length;
    for (const note of notes) seen.add(note.id);
    if (!first) announcer.count(fresh, strings.newNotes);
    first = false;
    if (state !== root.dataset.state) {
      reloadWhenIdle();
      return;
    }
    // The wall the facilitator's own action fetched may already show this version: no second swap.
    const shown = Number(wallBox?.querySelector('[data-version]')?.getAttribute('data-version'));
    if (Number.isFinite(shown) && (version ?? 0) <= shown) return;
    refreshWall();
  }

  enhanceForms(root, {
    lang,
    fallback: strings.failed,
    onDone: (form) => {
      showError('');
      // A form of the wall sent with Enter keeps the focus in its field: the wall is still refreshed,
      // and what was sent is no longer the facilitator's unsent input.
      if (wallBox?.contains(form)) {
        form.reset();
        refreshWall(true);
      }
    },
    onError: showError,
  });

  // Drag and drop: a note onto a cluster (or onto "outside clusters") moves it.
  /** @type {string | null} */
  let dragged = null;
  /**
   * The nearest element around an event's target that matches `selector`.
   * @param {Event} event
   * @param {string} selector
   * @returns {HTMLElement | null | undefined}
   */
  const around = (event, selector) =>
    /** @type {HTMLElement | null | undefined} */ (/** @type {Element} */ (event.target).closest?.(selector));
  root.addEventListener('dragstart', (event) => {
    const note = around(event, '[data-note-id]');
    if (!note) return;
    dragged = note.dataset.noteId ?? '';
    note.classList.add('is-dragging');
    if (!event.dataTransfer) return;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged);
  });
  root.addEventListener('dragend', (event) => {
    around(event, '[data-note-id]')?.classList.remove('is-dragging');
    for (const zone of root.querySelectorAll('.is-drop-target')) zone.classList.remove('is-drop-target');
    dragged = null;
  });
  root.addEventListener('dragover', (event) => {
    const zone = around(event, '[data-drop-cluster]');
    if (!zone || !dragged) return;
    event.preventDefault();
    for (const other of root.querySelectorAll('.is-drop-target')) if (other !== zone) other.classList.remove('is-drop-target');
    zone.classList.add('is-drop-target');
  });
  root.addEventListener('drop', async (event) => {
    const zone = around(event, '[data-drop-cluster]');
    if (!zone || !dragged) return;
    event.preventDefault();
    zone.classList.remove('is-drop-target');
    const noteId = dragged;
    const message = await callApi(
      'POST',
      `${workshopUrl}/notes/${noteId}/move`,
      { clusterId: zone.dataset.dropCluster || null },
      { csrf: csrfToken(root), lang, fallback: strings.failed },
    );
    showError(message ?? '');
  });

  connectLive(liveUrl, {
    since: Number(root.dataset.version),
    onSnapshot,
    onStatus: (status) => announcer.say(status === 'offline' ? strings.offline : strings.online),
  });
}

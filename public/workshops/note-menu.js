/**
 * Each note's actions in the console as one menu (the WAI-ARIA menu button
 * pattern). The server renders one link per note to a page of forms; this
 * turns the links into menu buttons and builds the one open menu from the wall
 * itself when it opens (the clusters of the note's wall, the other notes of
 * its cluster), so the wall carries no per-note lists.
 *
 * Keys: Enter, Space or Down on the button open the menu on its first item,
 * Up on its last; in the menu Down/Up move (wrapping), Home/End go to the
 * ends, typed letters jump to the next item starting with them, Enter or Space
 * chooses, and Escape or Tab close it with the focus back on the button.
 */

const MENU_ID = 'note-menu';
const TYPEAHEAD_MS = 700;

/** @typedef {import('./wall-render.js').Strings} Strings */
/**
 * What a menu item does: move the note to a cluster (`clusterId`, null: out of clusters), merge it into
 * another note (`intoNoteId`), or hide it (`hide`); one of the three.
 * @typedef {{ label: string, clusterId?: string | null, intoNoteId?: string, hide?: true }} Choice
 */

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {string} [text]
 */
function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * What the menu offers a note: moves to the other clusters of its wall, merges into the (shown) notes of
 * its cluster, and hiding it from the room.
 * @param {HTMLElement} note
 * @param {Strings} strings
 */
function choicesFor(note, strings) {
  const wall = note.closest('.workshop-wall');
  const cluster = /** @type {HTMLElement | null} */ (note.closest('[data-drop-cluster]'))?.dataset.dropCluster ?? '';
  /** @type {Choice[]} */
  const moves = [];
  const boxes = /** @type {NodeListOf<HTMLElement> | undefined} */ (wall?.querySelectorAll('.workshop-cluster[data-drop-cluster]'));
  for (const box of boxes ?? []) {
    const id = box.dataset.dropCluster;
    if (id && id !== cluster) moves.push({ label: box.querySelector('.workshop-cluster__name')?.textContent ?? '', clusterId: id });
  }
  if (cluster) moves.push({ label: strings.noCluster, clusterId: null });
  /** @type {Choice[]} */
  const merges = [];
  if (cluster) {
    for (const other of /** @type {Iterable<HTMLElement>} */ (note.parentElement?.children ?? [])) {
      if (other === note || !other.dataset.noteId || other.dataset.hidden === 'true') continue;
      merges.push({
        label: (other.querySelector('.workshop-note__text')?.textContent ?? '').slice(0, 80),
        intoNoteId: other.dataset.noteId,
      });
    }
  }
  /** @type {Choice} */
  const hide = { label: strings.menuHide, hide: true };
  return { moves, merges, hide };
}

/**
 * @param {string} id
 * @param {string} heading
 * @param {Choice[]} choices
 * @param {(choice: Choice) => HTMLElement} toItem
 */
function group(id, heading, choices, toItem) {
  const box = element('div', { role: 'group', 'aria-labelledby': id, class: 'workshop-menu__group' });
  box.append(element('p', { id, role: 'presentation', class: 'workshop-menu__heading' }, heading));
  for (const choice of choices) box.append(toItem(choice));
  return box;
}

/**
 * Enhances the note links inside `wall` (call `enhance()` again after the wall's HTML is
 * swapped). `act(noteId, choice)` runs a chosen action: `{clusterId}` or `{intoNoteId}`.
 * @param {HTMLElement} wall
 * @param {{ strings: Strings, act: (noteId: string, choice: Choice, button: HTMLElement) => void }} options
 */
export function createNoteMenu(wall, { strings, act }) {
  /** @type {{ menu: HTMLElement, button: HTMLElement } | null} */
  let open = null;
  let typed = '';
  let typedAt = 0;

  /** @returns {HTMLElement[]} */
  function items() {
    return open
      ? [.../** @type {NodeListOf<HTMLElement>} */ (open.menu.querySelectorAll('[role="menuitem"]:not([aria-disabled="true"])'))]
      : [];
  }

  /** @param {boolean} refocus */
  function close(refocus) {
    if (!open) return;
    const { menu, button } = open;
    open = null;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
    menu.remove();
  }

  /**
   * @param {HTMLElement} button
   * @param {boolean} [focusLast]
   */
  function show(button, focusLast = false) {
    close(false);
    const note = /** @type {HTMLElement | null} */ (button.closest('[data-note-id]'));
    if (!note) return;
    const { moves, merges, hide } = choicesFor(note, strings);
    const menu = element('div', { id: MENU_ID, role: 'menu', class: 'workshop-menu', 'aria-labelledby': button.id });
    /** @param {Choice} choice */
    const item = (choice) => {
      const node = element('button', { type: 'button', role: 'menuitem', tabindex: '-1', class: 'workshop-menu__item' }, choice.label);
      node.addEventListener('click', () => {
        close(false);
        act(note.dataset.noteId ?? '', choice, button);
      });
      return node;
    };
    if (moves.length > 0) menu.append(group(`${MENU_ID}-move`, strings.menuMoveTo, moves, item));
    if (merges.length > 0) menu.append(group(`${MENU_ID}-merge`, strings.menuMergeInto, merges, item));
    if (moves.length > 0 || merges.length > 0) menu.append(element('div', { role: 'separator', class: 'workshop-menu__separator' }));
    menu.append(item(hide));
    button.after(menu);
    button.setAttribute('aria-expanded', 'true');
    open = { menu, button };
    // A new menu starts a new type-ahead: letters typed into the last one must not prefix these.
    typed = '';
    typedAt = 0;
    const all = [.../** @type {NodeListOf<HTMLElement>} */ (menu.querySelectorAll('[role="menuitem"]'))];
    (focusLast ? all.at(-1) : all[0])?.focus();
  }

  /** @param {number} step */
  function move(step) {
    const all = items();
    if (all.length === 0) return;
    const at = all.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    all[(at + step + all.length) % all.length].focus();
  }

  /** @param {string} key */
  function typeahead(key) {
    const now = Date.now();
    typed = now - typedAt > TYPEAHEAD_MS ? key : typed + key;
    typedAt = now;
    const all = items();
    const at = all.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    const order = [...all.slice(at + (typed.length === 1 ? 1 : 0)), ...all.slice(0, at + (typed.length === 1 ? 1 : 0))];
    const found = order.find((node) => (node.textContent ?? '').toLocaleLowerCase().startsWith(typed.toLocaleLowerCase()));
    found?.focus();
  }

  /**
   * The note's menu button an event happened on, if any.
   * @param {Event} event
   * @returns {HTMLElement | null | undefined}
   */
  const buttonOf = (event) =>
    /** @type {HTMLElement | null | undefined} */ (/** @type {Element} */ (event.target).closest?.('button[data-note-actions]'));

  wall.addEventListener('click', (event) => {
    const button = buttonOf(event);
    if (!button) return;
    if (open?.button === button) close(true);
    else show(button);
  });

  wall.addEventListener('keydown', (event) => {
    const button = buttonOf(event);
    if (button && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      show(button, event.key === 'ArrowUp');
      return;
    }
    if (!open?.menu.contains(/** @type {Node} */ (event.target))) return;
    /** @type {Record<string, () => void>} */
    const keys = { ArrowDown: () => move(1), ArrowUp: () => move(-1), Home: () => items()[0]?.focus(), End: () => items().at(-1)?.focus() };
    const run = keys[event.key];
    if (run) {
      event.preventDefault();
      run();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close(true);
    } else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      typeahead(event.key);
    }
  });

  // A click or focus elsewhere closes the menu without taking the focus back.
  document.addEventListener('pointerdown', (event) => {
    if (open && !open.menu.contains(/** @type {Node} */ (event.target)) && event.target !== open.button) close(false);
  });
  wall.addEventListener('focusout', (event) => {
    const to = /** @type {Node | null} */ (event.relatedTarget);
    if (open?.menu.contains(/** @type {Node} */ (event.target)) && !open.menu.contains(to) && to !== open.button) {
      close(false);
    }
  });

  /** Turns the server's note links into menu buttons. */
  function enhance() {
    for (const link of /** @type {NodeListOf<HTMLAnchorElement>} */ (wall.querySelectorAll('a[data-note-actions]'))) {
      const button = element('button', {
        type: 'button',
        id: link.id,
        class: link.className,
        'aria-label': link.getAttribute('aria-label') ?? '',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'data-note-actions': link.dataset.noteActions ?? '',
      });
      button.textContent = link.textContent;
      link.replaceWith(button);
    }
  }

  enhance();
  return { enhance, isOpen: () => open !== null, close };
}

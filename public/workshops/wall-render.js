/**
 * Renders a wall from a live snapshot the way the server renders it
 * (wall-view.tsx): clusters as headed sections, notes as list items. Text
 * goes in with textContent only, so a note can never become markup.
 */

/** @typedef {import('./live.js').Wall} Wall */
/** @typedef {import('./live.js').WallNote} WallNote */
/** The client strings the server rendered as data-t-* attributes (`stringsOf`). @typedef {Record<string, string>} Strings */

/**
 * How a wall is drawn: a heading above it, dot counts, and the participant's vote buttons.
 * @typedef {object} WallOptions
 * @property {string} [title]
 * @property {number} [headingLevel]
 * @property {boolean} [showVotes]
 * @property {(type: 'note' | 'cluster', id: string, myVotes: number) => Node} [voteControls]
 */

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {WallNote} note
 * @param {Strings} strings
 * @param {WallOptions} options
 * @param {boolean} lone a note outside clusters shows its own dots
 */
function noteItem(note, strings, options, lone) {
  const item = element('li', note.mine ? 'workshop-note workshop-note--mine' : 'workshop-note');
  item.id = `note-${note.id}`;
  item.append(element('p', 'workshop-note__text', note.text));
  if (note.authorName || note.mine) {
    const meta = element('p', 'workshop-note__meta', note.authorName ?? '');
    if (note.mine) meta.append(element('span', 'tag', strings.mine));
    item.append(meta);
  }
  if (note.duplicates.length > 0) {
    const details = element('details', 'workshop-note__duplicates');
    details.append(element('summary', '', strings.duplicates.replace('{count}', String(note.duplicates.length))));
    const list = element('ul');
    for (const duplicate of note.duplicates) list.append(element('li', '', duplicate.text));
    details.append(list);
    item.append(details);
  }
  if (lone && options.showVotes) item.append(element('p', 'workshop-votes', strings.votes.replace('{count}', String(note.votes))));
  if (lone && options.voteControls) item.append(options.voteControls('note', note.id, note.myVotes));
  return item;
}

/**
 * The nodes of one wall (to put into a container with replaceChildren).
 * @param {Wall} wall
 * @param {Strings} strings
 * @param {WallOptions} [options]
 */
export function renderWall(wall, strings, options = {}) {
  const section = element('section', 'workshop-wall');
  section.setAttribute('aria-label', options.title ?? wall.groupName ?? strings.wall);
  const Sub = options.headingLevel === 2 ? 'h3' : 'h4';
  if (options.title) section.append(element(options.headingLevel === 2 ? 'h2' : 'h3', '', options.title));
  if (wall.hiddenCount > 0)
    section.append(element('p', 'notice notice--info', strings.hidden.replace('{count}', String(wall.hiddenCount))));
  if (wall.noteCount === 0 && wall.hiddenCount === 0) section.append(element('p', 'muted', strings.empty));
  for (const cluster of wall.clusters) {
    const box = element('section', 'workshop-cluster');
    box.id = `cluster-${cluster.id}`;
    box.append(element(Sub, 'workshop-cluster__name', cluster.name));
    if (options.showVotes) box.append(element('p', 'workshop-votes', strings.votes.replace('{count}', String(cluster.votes))));
    if (options.voteControls) box.append(options.voteControls('cluster', cluster.id, cluster.myVotes));
    const list = element('ul', 'workshop-notes');
    for (const note of cluster.notes) list.append(noteItem(note, strings, options, false));
    box.append(list);
    section.append(box);
  }
  if (wall.notes.length > 0) {
    const box = element('section', 'workshop-cluster workshop-cluster--loose');
    if (wall.clusters.length > 0) box.append(element(Sub, 'workshop-cluster__name', strings.unclustered));
    const list = element('ul', 'workshop-notes');
    for (const note of wall.notes) list.append(noteItem(note, strings, options, true));
    box.append(list);
    section.append(box);
  }
  return section;
}

/**
 * Every note id on a wall (duplicates included), with whether it is the viewer's own.
 * @param {Wall} wall
 */
export function notesOf(wall) {
  /** @type {WallNote[]} */
  const notes = [];
  /** @param {WallNote} note */
  const visit = (note) => {
    notes.push(note);
    for (const duplicate of note.duplicates) visit(duplicate);
  };
  for (const cluster of wall.clusters) for (const note of cluster.notes) visit(note);
  for (const note of wall.notes) visit(note);
  return notes;
}

/**
 * The client strings the server rendered as data-t-* attributes.
 * @param {HTMLElement} root
 * @returns {Strings}
 */
export function stringsOf(root) {
  /** @type {Strings} */
  const strings = {};
  for (const [key, value] of Object.entries(root.dataset)) {
    if (key.startsWith('t') && key.length > 1 && value !== undefined) strings[key.charAt(1).toLowerCase() + key.slice(2)] = value;
  }
  return strings;
}

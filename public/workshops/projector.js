/**
 * The projector view, live: prompt, stage, timer, participant count and the
 * walls follow the room; at results the walls become a ranking.
 */
import { createAnnouncer } from './announcer.js';
import { connectLive } from './live.js';
import { showTimer, startTimers } from './timer.js';
import { notesOf, renderWall, stringsOf } from './wall-render.js';

/** @typedef {import('./live.js').LiveView} LiveView */
/** @typedef {import('./live.js').Wall} Wall */
/** @typedef {import('./wall-render.js').Strings} Strings */

const root = document.getElementById('main');
if (root?.dataset.liveUrl) start(root, root.dataset.liveUrl);

/**
 * A translated text in the page's language, else the Finnish original.
 * @param {import('../../src/platform/i18n/locales.ts').LocalizedText | null | undefined} localized
 * @param {string | undefined} lang the page's language (fi, sv or en)
 */
function text(localized, lang) {
  return localized?.[/** @type {'fi' | 'sv' | 'en'} */ (lang)] || localized?.fi || '';
}

/**
 * A wall at results: its clusters and lone notes by their dots, most first.
 * @param {Wall} wall
 * @param {Strings} strings
 */
function ranking(wall, strings) {
  const section = document.createElement('section');
  section.className = 'workshop-wall';
  if (wall.groupName) {
    const heading = document.createElement('h2');
    heading.textContent = wall.groupName;
    section.append(heading);
  }
  const items = [
    ...wall.clusters.map((cluster) => ({ label: cluster.name, votes: cluster.votes })),
    ...wall.notes.map((note) => ({ label: note.text, votes: note.votes })),
  ].map((item, index) => ({ ...item, index }));
  items.sort((a, b) => b.votes - a.votes || a.index - b.index);
  const list = document.createElement('ol');
  list.className = 'projector__ranking';
  for (const item of items) {
    const entry = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'projector__label';
    label.textContent = item.label;
    const votes = document.createElement('span');
    votes.className = 'workshop-votes';
    votes.textContent = strings.votes.replace('{count}', String(item.votes));
    entry.append(label, ' ', votes);
    list.append(entry);
  }
  section.append(list);
  return section;
}

/**
 * @param {HTMLElement} root the page's main element, with the live URL and strings
 * @param {string} liveUrl
 */
function start(root, liveUrl) {
  const strings = stringsOf(root);
  const lang = root.dataset.locale;
  const announcer = createAnnouncer(document.getElementById('workshop-announcer'));
  /** @type {Set<string>} */
  const seen = new Set();
  let first = true;
  startTimers(root, strings, announcer);

  /** @param {LiveView} data */
  function showPrompt(data) {
    const box = document.getElementById('projector-prompt');
    if (!box) return;
    const prompt = data.prompt;
    if (!prompt || prompt.stage === 'pending') return;
    const stageKey = `stage${prompt.stage[0].toUpperCase()}${prompt.stage.slice(1)}`;
    const meta = box.querySelector('.meta');
    const heading = box.querySelector('.workshop-prompt__text');
    if (!meta || !heading) {
      window.location.reload();
      return;
    }
    /** @type {HTMLElement} */ (meta.querySelector('.tag')).textContent = strings[stageKey] ?? '';
    heading.textContent = text(prompt.text, lang);
  }

  /** @param {LiveView} data */
  function onSnapshot(data) {
    // Ending or locking the room changes the page's notices: the server renders them.
    if (`${data.status}|${data.locked}` !== root.dataset.state) {
      window.location.reload();
      return;
    }
    showPrompt(data);
    showTimer(document.getElementById('projector-timer'), data.timerEndsAt);
    const count = document.getElementById('projector-participants');
    if (count) count.textContent = `${strings.participants}: ${data.participantCount}`;
    const notes = data.walls.flatMap(notesOf);
    const fresh = notes.filter((note) => !seen.has(note.id)).length;
    for (const note of notes) seen.add(note.id);
    if (!first) announcer.count(fresh, strings.newNotes);
    first = false;
    const walls = document.getElementById('projector-walls');
    if (!walls) return;
    const results = data.prompt?.stage === 'results';
    walls.replaceChildren(
      ...data.walls.map((wall) =>
        results ? ranking(wall, strings) : renderWall(wall, strings, { headingLevel: 2, title: wall.groupName ?? undefined }),
      ),
    );
  }

  connectLive(liveUrl, {
    since: Number(root.dataset.version),
    onSnapshot,
    onStatus: (status) => announcer.say(status === 'offline' ? strings.offline : strings.online),
  });
}

/**
 * @typedef {object} Announcer
 * @property {(text: string) => void} say
 * @property {(added: number, countTemplate: string) => void} count
 */

/**
 * Polite screen-reader announcements in batches: new notes are counted and
 * told at most once per interval ("New notes on the wall: 4"), never one
 * announcement per note.
 * @param {HTMLElement | null} element the polite live region
 * @param {{ intervalMs?: number }} [options]
 * @returns {Announcer}
 */
export function createAnnouncer(element, { intervalMs = 8000 } = {}) {
  let pending = 0;
  let template = '';
  /** @type {number | null} */
  let timer = null;
  let last = 0;

  /** @param {string} text */
  function say(text) {
    if (!element) return;
    // Emptying first makes a repeated message be read again.
    element.textContent = '';
    window.setTimeout(() => {
      element.textContent = text;
    }, 50);
    last = Date.now();
  }

  function flush() {
    timer = null;
    if (pending > 0) say(template.replace('{count}', String(pending)));
    pending = 0;
  }

  return {
    /** Says a message now (status changes, errors): these are rare. */
    say,
    /**
     * Counts new items; they are told together after the interval.
     * @param {number} added
     * @param {string} countTemplate the message with `{count}`
     */
    count(added, countTemplate) {
      if (added <= 0) return;
      pending += added;
      template = countTemplate;
      if (timer) return;
      timer = window.setTimeout(flush, Math.max(0, last + intervalMs - Date.now()));
    },
  };
}

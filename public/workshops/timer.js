/**
 * Counts down every [data-ends-at] element once a second; announces "time is up" once.
 * @param {ParentNode} root
 * @param {import('./wall-render.js').Strings} strings the client strings (timeUp, timeLeft)
 * @param {import('./announcer.js').Announcer | null} [announcer]
 */
export function startTimers(root, strings, announcer) {
  /** @type {Set<string>} */
  const announced = new Set();
  function tick() {
    for (const element of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[data-ends-at]'))) {
      const endsAt = Date.parse(element.dataset.endsAt ?? '');
      if (Number.isNaN(endsAt)) continue;
      const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      if (left === 0) {
        element.textContent = strings.timeUp;
        const end = element.dataset.endsAt ?? '';
        if (!announced.has(end)) {
          announced.add(end);
          announcer?.say(strings.timeUp);
        }
        continue;
      }
      const minutes = Math.floor(left / 60);
      const seconds = String(left % 60).padStart(2, '0');
      element.textContent = strings.timeLeft.replace('{time}', `${minutes}:${seconds}`);
    }
  }
  tick();
  return window.setInterval(tick, 1000);
}

/**
 * Puts the timer's end on the element (or removes the timer) as a snapshot says.
 * @param {Element | null} container
 * @param {string | null | undefined} endsAt
 */
export function showTimer(container, endsAt) {
  if (!container) return;
  let element = /** @type {HTMLElement | null} */ (container.querySelector('[data-ends-at]'));
  if (!endsAt) {
    element?.remove();
    return;
  }
  if (!element) {
    element = document.createElement('p');
    element.className = 'workshop-timer';
    container.append(element);
  }
  element.dataset.endsAt = endsAt;
}

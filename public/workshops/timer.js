/** Counts down every [data-ends-at] element once a second; announces "time is up" once. */
export function startTimers(root, strings, announcer) {
  const announced = new Set();
  function tick() {
    for (const element of root.querySelectorAll('[data-ends-at]')) {
      const endsAt = Date.parse(element.dataset.endsAt);
      if (Number.isNaN(endsAt)) continue;
      const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      if (left === 0) {
        element.textContent = strings.timeUp;
        if (!announced.has(element.dataset.endsAt)) {
          announced.add(element.dataset.endsAt);
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

/** Puts the timer's end on the element (or removes the timer) as a snapshot says. */
export function showTimer(container, endsAt) {
  if (!container) return;
  let element = container.querySelector('[data-ends-at]');
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

/**
 * Voting without a page load. The voting page works as plain forms (post,
 * redirect, next page); with this script a vote is posted in the background,
 * the next statement and the progress are taken from the page the server
 * answers, the confirmation is announced politely, and the focus moves to the
 * new statement. Should anything fail, the form is posted the ordinary way.
 */

const region = /** @type {HTMLElement | null} */ (document.querySelector('[data-vote-region]'));
const announcer = /** @type {HTMLElement | null} */ (document.querySelector('[data-vote-announcer]'));

/**
 * Posts the form natively, with the button that was pressed.
 * @param {HTMLFormElement} form
 * @param {HTMLButtonElement | HTMLInputElement | null} submitter
 */
function postNatively(form, submitter) {
  if (submitter?.name) {
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = submitter.name;
    field.value = submitter.value;
    form.append(field);
  }
  HTMLFormElement.prototype.submit.call(form);
}

/**
 * Posts the vote in the background and shows the next statement the server answers with.
 * @param {HTMLElement} region the voting region, replaced by the answer's
 * @param {HTMLElement} announcer the polite live region
 * @param {HTMLFormElement} form
 * @param {HTMLButtonElement | HTMLInputElement | null} submitter
 */
async function vote(region, announcer, form, submitter) {
  // FormData holds only strings here (no file fields), which URLSearchParams takes.
  const body = new URLSearchParams(/** @type {any} */ (new FormData(form, submitter)));
  for (const button of form.querySelectorAll('button')) button.disabled = true;
  const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin', headers: { accept: 'text/html' } });
  if (!response.ok || !response.redirected) throw new Error(`the vote answered ${response.status}`);
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  const nextRegion = next.querySelector('[data-vote-region]');
  if (!nextRegion) throw new Error('the answer has no voting region');
  region.replaceChildren(...Array.from(nextRegion.childNodes, (node) => document.importNode(node, true)));
  for (const notice of document.querySelectorAll('main > [role="status"]')) notice.remove();
  announcer.textContent = next.querySelector('main > [role="status"]')?.textContent?.trim() ?? '';
  const heading = /** @type {HTMLElement | null} */ (region.querySelector('[data-vote-focus]'));
  heading?.focus();
}

if (region && announcer) {
  region.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.action.endsWith('/votes')) return;
    event.preventDefault();
    // A form is submitted by one of its buttons (or by Enter, with none).
    const submitter = /** @type {HTMLButtonElement | HTMLInputElement | null} */ (/** @type {SubmitEvent} */ (event).submitter);
    vote(region, announcer, form, submitter).catch(() => postNatively(form, submitter));
  });
}

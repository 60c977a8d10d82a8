/**
 * Sends the page's plain forms through the JSON API instead (the same
 * actions), so the page stays put and the live channel shows the change.
 * A form's submit button names its call in data-api="METHOD /api/v1/…".
 * Without this script the forms post and redirect as usual.
 */

/** @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} Field */

/**
 * @param {Field} element
 * @returns {string | number | boolean | null}
 */
function fieldValue(element) {
  if (element.dataset.type === 'boolean') return element.value === '1';
  if (element.type === 'number' || element.dataset.type === 'number') return element.value === '' ? null : Number(element.value);
  return element.value;
}

/**
 * The form's fields as a JSON body (without the CSRF token, which goes in a header, and without a
 * hidden id the API's address already names: the page's form posts it as a field, the API refuses
 * fields it does not describe).
 * @param {HTMLFormElement} form
 * @param {string} url
 */
function bodyOf(form, url) {
  const inAddress = new Set(url.split('/'));
  /** @type {Record<string, string | number | boolean | null>} */
  const body = {};
  // Buttons are in `elements` too: a named one is sent with its value, read the same way as a field's.
  for (const element of /** @type {Iterable<Field>} */ (form.elements)) {
    if (!element.name || element.name === '_csrf' || element.disabled) continue;
    if (element.type === 'hidden' && inAddress.has(element.value)) continue;
    if ((element.type === 'checkbox' || element.type === 'radio') && !(/** @type {HTMLInputElement} */ (element).checked)) continue;
    body[element.name] = fieldValue(element);
  }
  return body;
}

/**
 * Calls the API with the page's CSRF token; answers the message to show on failure, else null
 * and the answer's JSON body (null when there is none).
 * @param {string} method
 * @param {string} url
 * @param {unknown} body
 * @param {{ csrf: string, lang: string, fallback: string }} options
 * @returns {Promise<{ message: string | null, body: unknown }>}
 */
export async function sendApi(method, url, body, { csrf, lang, fallback }) {
  try {
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': lang, 'x-csrf-token': csrf },
      body: JSON.stringify(body),
    });
    if (response.ok) return { message: null, body: response.status === 204 ? null : await response.json().catch(() => null) };
    const problem = await response.json().catch(() => null);
    return { message: problem?.errors?.[0]?.message ?? problem?.detail ?? fallback, body: null };
  } catch {
    return { message: fallback, body: null };
  }
}

/**
 * Calls the API with the page's CSRF token; answers null on success, else the message to show.
 * @param {string} method
 * @param {string} url
 * @param {unknown} body
 * @param {{ csrf: string, lang: string, fallback: string }} options
 * @returns {Promise<string | null>}
 */
export async function callApi(method, url, body, options) {
  return (await sendApi(method, url, body, options)).message;
}

/**
 * The page's CSRF token, from any of its forms.
 * @param {ParentNode} [root]
 */
export function csrfToken(root = document) {
  return /** @type {HTMLInputElement | null} */ (root.querySelector('input[name="_csrf"]'))?.value ?? '';
}

/**
 * Handles submits inside `root` for buttons with data-api.
 * @param {Element | Document} root
 * @param {{
 *   lang: string,
 *   fallback: string,
 *   onDone?: (form: HTMLFormElement, submitter: HTMLElement | null, answer: unknown) => void,
 *   onError?: (message: string, form: HTMLFormElement) => void,
 * }} options
 */
export function enhanceForms(root, { lang, fallback, onDone = () => {}, onError = () => {} }) {
  root.addEventListener('submit', async (event) => {
    const form = /** @type {HTMLElement | null} */ (event.target);
    const submitter = /** @type {SubmitEvent} */ (event).submitter;
    const api = submitter?.dataset.api ?? form?.dataset?.api;
    if (!(form instanceof HTMLFormElement) || !api) return;
    event.preventDefault();
    const [method = '', url = ''] = api.split(' ');
    const csrf = /** @type {HTMLInputElement | null} */ (form.elements.namedItem('_csrf'))?.value ?? csrfToken();
    // aria-disabled, not disabled: a disabled button loses the keyboard's focus.
    if (submitter?.getAttribute('aria-disabled') === 'true') return;
    submitter?.setAttribute('aria-disabled', 'true');
    const { message, body } = await sendApi(method, url, bodyOf(form, url), { csrf, lang, fallback });
    submitter?.removeAttribute('aria-disabled');
    if (message) onError(message, form);
    else onDone(form, submitter, body);
  });
}

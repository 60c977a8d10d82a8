/**
 * The question editor without page loads. The form works as plain HTML: every
 * type's settings are in the page, those of other types `hidden`, and submit
 * buttons show another type's settings or add and remove choice rows by
 * answering with the form again. With this script the type's parts switch as
 * the type changes (announced politely), and choice rows are added and removed
 * in place, the focus moving to the new row or to the row that took the place
 * of the removed one. The buttons become plain buttons, so Enter in a field
 * still saves the question.
 */

const form = document.querySelector('[data-question-types]')?.closest('form');
const typeSelect = /** @type {HTMLSelectElement | null | undefined} */ (form?.querySelector('select[name="type"]'));
const status = /** @type {HTMLElement | null | undefined} */ (form?.querySelector('[data-type-status]'));
const list = /** @type {HTMLElement | null | undefined} */ (form?.querySelector('[data-choice-list]'));

/**
 * Shows the parts of the chosen type and hides the others.
 * @param {HTMLFormElement} form
 * @param {string} type
 */
function showPartsOf(form, type) {
  for (const part of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll('[data-question-types]'))) {
    part.hidden = !(part.dataset.questionTypes ?? '').split(' ').includes(type);
  }
}

/** @param {HTMLElement} list */
function rows(list) {
  return Array.from(/** @type {NodeListOf<HTMLElement>} */ (list.querySelectorAll('[data-choice-row]')));
}

/**
 * Gives every row its index in field names and ids, and its number in its legend and remove button.
 * @param {HTMLElement} list
 */
function renumber(list) {
  const all = rows(list);
  all.forEach((row, index) => {
    row.id = `choice-${index}`;
    for (const element of row.querySelectorAll('[name], [id], label[for], [aria-describedby]')) {
      for (const attribute of ['name', 'id', 'for', 'aria-describedby']) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.replace(/choices([.-])\d+([.-])/g, `choices$1${index}$2`));
      }
    }
    const legend = row.querySelector('legend');
    if (legend) legend.textContent = (list.dataset.legend ?? '').replace('{number}', String(index + 1));
    const remove = row.querySelector('[data-remove-choice]');
    if (remove) remove.textContent = (list.dataset.remove ?? '').replace('{number}', String(index + 1));
  });
  const full = all.length >= Number(list.dataset.max);
  /** @type {HTMLElement} */ (list.querySelector('[data-add-choice-row]')).hidden = full;
  /** @type {HTMLElement} */ (list.querySelector('[data-choice-max-note]')).hidden = !full;
}

/**
 * Empties a row copied from another: no values, no stored id, no error messages.
 * @param {HTMLElement} row
 */
function blank(row) {
  for (const input of row.querySelectorAll('input[type="hidden"]')) input.remove();
  for (const input of /** @type {NodeListOf<HTMLInputElement | HTMLTextAreaElement>} */ (row.querySelectorAll('input, textarea'))) {
    input.value = '';
  }
  for (const error of row.querySelectorAll('.field__error')) error.remove();
  for (const field of row.querySelectorAll('.field--error')) field.classList.remove('field--error');
  for (const input of row.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    const kept = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (kept.length > 0) input.setAttribute('aria-describedby', kept.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  return row;
}

/** @param {HTMLElement} row */
function firstInput(row) {
  return /** @type {HTMLElement | null} */ (row.querySelector('input:not([type="hidden"]), textarea'));
}

/** @param {HTMLElement} list */
function addRow(list) {
  const all = rows(list);
  if (all.length >= Number(list.dataset.max)) return;
  // The list always holds a row: removing the last one only empties it.
  const last = /** @type {HTMLElement} */ (all.at(-1));
  const row = blank(/** @type {HTMLElement} */ (last.cloneNode(true)));
  last.after(row);
  renumber(list);
  firstInput(row)?.focus();
}

/**
 * @param {HTMLElement} list
 * @param {HTMLElement} row
 */
function removeRow(list, row) {
  const all = rows(list);
  if (all.length === 1) {
    blank(row);
    renumber(list);
    firstInput(row)?.focus();
    return;
  }
  const next = /** @type {HTMLElement} */ (all[all.indexOf(row) + 1] ?? all[all.indexOf(row) - 1]);
  row.remove();
  renumber(list);
  firstInput(next)?.focus();
}

if (form && typeSelect) {
  for (const refresh of form.querySelectorAll('[data-type-refresh]')) refresh.remove();
  typeSelect.addEventListener('change', () => {
    showPartsOf(form, typeSelect.value);
    if (status) status.textContent = (status.dataset.template ?? '').replace('{type}', typeSelect.selectedOptions[0]?.textContent ?? '');
  });
}

if (form && list) {
  // Plain buttons: the default button of the form (Enter in a field) is then the save button.
  for (const button of /** @type {NodeListOf<HTMLButtonElement>} */ (list.querySelectorAll('button[name="_intent"]'))) {
    button.type = 'button';
    if (button.value === 'add-choice') button.dataset.addChoice = '';
    else button.dataset.removeChoice = '';
  }
  list.addEventListener('click', (event) => {
    const button = /** @type {HTMLButtonElement | null} */ (/** @type {Element} */ (event.target).closest('button[name="_intent"]'));
    if (!button) return;
    event.preventDefault();
    if (button.value === 'add-choice') addRow(list);
    else removeRow(list, /** @type {HTMLElement} */ (button.closest('[data-choice-row]')));
  });
}

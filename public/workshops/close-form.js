/**
 * The seminar's closing form, enhanced: a row's "move up" / "move down" swaps it
 * with its neighbour in place (its text and its chosen cluster), keeps the keyboard
 * on the moved row's button and says politely where the row went. Without this
 * script the same buttons post the form and the server sends it back reordered;
 * "add an item", and a form that shows errors at its rows, still go that way.
 */
const list = /** @type {HTMLElement | null} */ (document.querySelector('.workshop-outcome-form'));
if (list) start(list);

/**
 * A row's own fields, in the same order in every row.
 * @param {Element} row
 * @returns {Array<HTMLInputElement | HTMLSelectElement>}
 */
function fieldsOf(row) {
  return [
    .../** @type {NodeListOf<HTMLInputElement | HTMLSelectElement>} */ (
      row.querySelectorAll('input[name^="items."], select[name^="items."]')
    ),
  ];
}

/** @param {HTMLElement} list */
function start(list) {
  const form = list.closest('form');
  const notice = document.getElementById('workshop-outcome-notice');
  const announcer = document.getElementById('workshop-outcome-announcer');
  if (!form) return;

  form.addEventListener('click', (event) => {
    const button = /** @type {HTMLButtonElement | null | undefined} */ (
      /** @type {Element} */ (event.target).closest?.('button[data-move]')
    );
    // Errors sit at their rows' fields: moving only the values would leave them at the wrong row.
    if (!button || !list.contains(button) || form.querySelector('.field--error')) return;
    const rows = [...list.children];
    const row = /** @type {HTMLLIElement} */ (button.closest('li'));
    const from = rows.indexOf(row);
    const direction = button.dataset.move;
    const to = direction === 'up' ? from - 1 : from + 1;
    const other = rows[to];
    if (from < 0 || !other) return;
    event.preventDefault();
    const mine = fieldsOf(row);
    const theirs = fieldsOf(other);
    mine.forEach((field, index) => {
      const swapped = theirs[index];
      if (!swapped) return;
      const value = field.value;
      field.value = swapped.value;
      swapped.value = value;
    });
    // At the top or the bottom the row's button in that direction is gone: the other one takes the focus.
    const target = /** @type {HTMLButtonElement | null} */ (
      other.querySelector(`button[data-move="${direction}"]`) ?? other.querySelector('button[data-move]')
    );
    target?.focus();
    const message = (list.dataset.tMoved ?? '').replace('{from}', String(from + 1)).replace('{to}', String(to + 1));
    if (notice) {
      notice.textContent = message;
      notice.hidden = false;
    }
    if (announcer) announcer.textContent = message;
  });
}

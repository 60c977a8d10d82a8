// A form that offers the choices of every process (the phases, events or bodies of each)
// groups them by the value of another field: <optgroup data-value> in a <select data-follows="NAME">,
// or <fieldset data-follows="NAME" data-value>. This shows only the groups of the value chosen
// in NAME; without it every group is shown and the server refuses a choice of another group
// with a message at the field. Used by the new-survey and new-workshop forms.

/**
 * Shows the groups that follow `name` for the value now chosen, and disables the others so they are not posted.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
function follow(form, name) {
  const field = /** @type {HTMLInputElement | HTMLSelectElement | RadioNodeList | null} */ (form.elements.namedItem(name));
  if (!field) return;
  const chosen = field.value;
  const selects = /** @type {NodeListOf<HTMLSelectElement>} */ (form.querySelectorAll(`select[data-follows="${name}"]`));
  for (const select of selects) {
    for (const group of /** @type {NodeListOf<HTMLOptGroupElement>} */ (select.querySelectorAll('optgroup[data-value]'))) {
      const shown = group.dataset.value === chosen;
      if (!shown && group.contains(select.selectedOptions[0] ?? null)) select.value = '';
      group.hidden = !shown;
      group.disabled = !shown;
    }
  }
  const fieldsets = /** @type {NodeListOf<HTMLFieldSetElement>} */ (form.querySelectorAll(`fieldset[data-follows="${name}"]`));
  for (const fieldset of fieldsets) {
    const shown = fieldset.dataset.value === chosen;
    fieldset.hidden = !shown;
    fieldset.disabled = !shown;
  }
}

for (const form of document.querySelectorAll('form')) {
  const names = new Set(
    [...form.querySelectorAll('[data-follows]')].map((element) => /** @type {HTMLElement} */ (element).dataset.follows),
  );
  for (const name of names) {
    if (name === undefined) continue;
    follow(form, name);
    const field = form.elements.namedItem(name);
    // A radio group (a RadioNodeList) has no listener of its own.
    if (field instanceof Element) field.addEventListener('change', () => follow(form, name));
  }
}

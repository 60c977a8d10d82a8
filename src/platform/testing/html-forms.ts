import { type HTMLElement, parse } from 'node-html-parser';

/** One control of a rendered form, as a browser sees it. */
export interface Control {
  name: string;
  /** `input` types, or `textarea`, `select`, `select-multiple`. */
  kind: string;
  element: HTMLElement;
  /** Every selectable value (radio and checkbox buttons of the name, options of a select). */
  choices: Array<{ value: string; group: string | null }>;
}

/** The POST forms of a page. */
export function postForms(html: string): HTMLElement[] {
  return parse(html)
    .querySelectorAll('form')
    .filter((form) => (form.getAttribute('method') ?? 'get').toLowerCase() === 'post');
}

/** A form's action without its query, so forms can be matched against routes. */
export function actionPath(form: HTMLElement): string {
  return (form.getAttribute('action') ?? '').split('?')[0] ?? '';
}

const SKIPPED_TYPES = new Set(['submit', 'button', 'reset', 'image', 'file']);

function kindOf(element: HTMLElement): string {
  const tag = element.tagName.toLowerCase();
  if (tag === 'select') return element.hasAttribute('multiple') ? 'select-multiple' : 'select';
  if (tag === 'textarea') return 'textarea';
  return (element.getAttribute('type') ?? 'text').toLowerCase();
}

function optionValue(option: HTMLElement): string {
  return option.getAttribute('value') ?? option.text;
}

/** The named controls of a form in document order, one per name (buttons and disabled ones left out). */
export function controlsOf(form: HTMLElement): Control[] {
  const controls = new Map<string, Control>();
  for (const element of form.querySelectorAll('input, select, textarea')) {
    const name = element.getAttribute('name');
    const kind = kindOf(element);
    if (!name || SKIPPED_TYPES.has(kind) || element.hasAttribute('disabled')) continue;
    const control = controls.get(name) ?? { name, kind, element, choices: [] };
    if (kind === 'checkbox' || kind === 'radio') control.choices.push({ value: element.getAttribute('value') ?? 'on', group: null });
    if (kind === 'select' || kind === 'select-multiple') {
      for (const option of element.querySelectorAll('option')) {
        if (option.hasAttribute('disabled')) continue;
        const group = option.parentNode?.tagName?.toLowerCase() === 'optgroup' ? (option.parentNode.getAttribute('label') ?? '') : null;
        control.choices.push({ value: optionValue(option), group });
      }
    }
    controls.set(name, control);
  }
  return [...controls.values()];
}

/** What a browser would send for one name of the form as it stands (unchecked boxes send nothing). */
export function currentValues(form: HTMLElement, name: string): string[] {
  const values: string[] = [];
  for (const element of form.querySelectorAll('input, select, textarea')) {
    if (element.getAttribute('name') !== name || element.hasAttribute('disabled')) continue;
    const kind = kindOf(element);
    if (SKIPPED_TYPES.has(kind)) continue;
    if (kind === 'checkbox' || kind === 'radio') {
      if (element.hasAttribute('checked')) values.push(element.getAttribute('value') ?? 'on');
    } else if (kind === 'select' || kind === 'select-multiple') {
      const options = element.querySelectorAll('option');
      const selected = options.filter((option) => option.hasAttribute('selected'));
      if (kind === 'select-multiple') values.push(...selected.map(optionValue));
      else {
        const chosen = selected.at(-1) ?? options[0];
        if (chosen) values.push(optionValue(chosen));
      }
    } else if (kind === 'textarea') {
      // The HTML parser drops one newline right after <textarea>, as browsers do.
      values.push(element.text.replace(/^\r?\n/, ''));
    } else values.push(element.getAttribute('value') ?? '');
  }
  return values;
}

/** The name and value of the button a person presses to save (the primary one), if it has a name. */
export function submitButton(form: HTMLElement): [string, string] | null {
  const buttons = form
    .querySelectorAll('button, input[type=submit]')
    .filter((element) => (element.getAttribute('type') ?? 'submit').toLowerCase() === 'submit');
  // The primary button is the one that saves; others (show a type's settings, add a row) only redraw the form.
  const button = buttons.find((element) => (element.getAttribute('class') ?? '').includes('button--primary')) ?? buttons[0];
  const name = button?.getAttribute('name');
  return button && name ? [name, button.getAttribute('value') ?? ''] : null;
}

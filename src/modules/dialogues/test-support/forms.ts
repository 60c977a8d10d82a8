import assert from 'node:assert/strict';
import { actionPath, controlsOf, currentValues, postForms } from '../../../platform/testing/html-forms.ts';

/** What a browser would post from the page's form with this action, as it stands (every control but the CSRF token, which the client adds; checked boxes only). */
export function formAsRendered(html: string, action: string): Record<string, string | string[]> {
  const form = postForms(html).find((candidate) => actionPath(candidate) === action);
  assert.ok(form, `a form posting to ${action}`);
  const fields: Record<string, string | string[]> = {};
  for (const control of controlsOf(form)) {
    if (control.name === '_csrf') continue;
    const values = currentValues(form, control.name);
    if (control.name.endsWith('[]')) fields[control.name] = values;
    else if (values.length > 0) fields[control.name] = values[0] as string;
  }
  return fields;
}

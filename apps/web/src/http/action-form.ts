/**
 * The form a server action was called with. Anyone can call an action with any arguments (the
 * action id is in the page), so an argument that is not a `FormData` is read as an empty form: the
 * action then answers with its own "missing field" state instead of failing with a 500.
 */
export function actionForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** A text field of a server action's form, trimmed; empty when missing, not text, or not a form. */
export function formField(form: unknown, name: string): string {
  const value = actionForm(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

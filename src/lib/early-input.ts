type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** The page's guard marks a form it held back (a property, not an attribute React would see). */
type HeldForm = HTMLFormElement & { submitHeld?: boolean };

const isChanged = (field: Field) =>
  field instanceof HTMLSelectElement
    ? [...field.options].some((option) => option.selected !== option.defaultSelected)
    : field.value !== field.defaultValue;

/**
 * What a person did on a prerendered page before its JavaScript ran: typed in a field, chose in
 * a list, pressed Enter in a form (the page's guard holds the submit back and marks the form,
 * see scripts/prerender.mjs). React keeps such a value through hydration but puts a controlled
 * field back to its state on the next render, so this notes the changes before hydration; the
 * returned function hands them to the app once it runs, as the input events they were, and then
 * submits a held-back form.
 */
export function keepEarlyInput(root: HTMLElement): () => void {
  const changed = [...root.querySelectorAll<Field>('input, textarea, select')]
    .filter(isChanged)
    .map((field) => ({ field, value: field.value }));

  return function handOver() {
    for (const { field, value: noted } of changed) {
      // Typing may have gone on while the app started.
      const value = isChanged(field) ? field.value : noted;
      // React remembers the last value it saw and fires onChange only for a different one:
      // show it an empty field, then set the value past it with the prototype's setter.
      field.value = '';
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(
        field,
        value,
      );
      const type = field instanceof HTMLSelectElement ? 'change' : 'input';
      field.dispatchEvent(new Event(type, { bubbles: true }));
    }
    // In a later task: React has rendered the values by then, and submits what was typed.
    setTimeout(() => {
      root.querySelectorAll<HeldForm>('form').forEach((form) => {
        if (!form.submitHeld) return;
        form.submitHeld = false;
        form.requestSubmit();
      });
    });
  };
}

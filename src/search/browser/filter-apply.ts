/**
 * When a filter change runs the search again: on a deliberate change only. A value picked from
 * a select's list or a month picker (pointer, touch, or the list opened from the keyboard) is
 * applied at once; a value stepped through with the arrow keys, or typed, is not — in Chrome a
 * closed select changes with every ArrowDown, and a month field with every digit — until the
 * reader presses Enter or 应用筛选 (WCAG 3.2.2, on input). Until then the button says the
 * filters have changed.
 */

/** Keys that open a select's list: a value picked from the open list is deliberate. */
const OPENS_LIST = new Set([' ', 'F4']);

/**
 * Watches `controls` of `form`; `apply` runs the search with the form as it is, `pending` is told
 * whether changes wait for it. Enter on a control applies them (a select does not submit its
 * form on Enter by itself).
 */
export function watchFilters(form: HTMLFormElement, controls: (HTMLSelectElement | HTMLInputElement)[], apply: () => void, pending: (waiting: boolean) => void): void {
  for (const control of controls as HTMLElement[]) {
    let keyed = false;
    control.addEventListener('pointerdown', () => {
      keyed = false;
    });
    control.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        keyed = false;
        apply();
        return;
      }
      if (event.key === 'Tab' || event.key === 'Escape' || event.key === 'Shift') return;
      keyed = !(OPENS_LIST.has(event.key) || (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')));
    });
    control.addEventListener('change', () => {
      if (keyed) pending(true);
      else apply();
    });
  }
  form.addEventListener('submit', () => pending(false));
}

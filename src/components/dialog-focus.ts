// Keyboard behaviour shared by the page's dialogs (the township picker and the
// provenance panel, issue 11): Tab and Shift+Tab go round inside the dialog,
// so focus never leaves it for the page behind; Escape is handled by each
// dialog (it closes and returns focus to where it was).

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements inside `container` that Tab reaches, in order; hidden ones left out. */
export function tabbableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.getClientRects().length > 0 && !element.closest('[hidden], [inert]'),
  );
}

/**
 * Keeps Tab inside `container`: from the last element to the first and back.
 * Returns true when it moved the focus (the caller's event is then handled).
 */
export function keepTabInside(event: { key: string; shiftKey: boolean; preventDefault(): void }, container: HTMLElement): boolean {
  if (event.key !== 'Tab') return false;
  const items = tabbableIn(container);
  if (items.length === 0) {
    event.preventDefault();
    return true;
  }
  const active = document.activeElement;
  const inside = active instanceof Node && container.contains(active);
  // -1: outside, or on an element Tab does not stop at (a heading focused on opening).
  const index = active instanceof HTMLElement ? items.indexOf(active) : -1;
  if (event.shiftKey && (!inside || index <= 0)) {
    event.preventDefault();
    items[items.length - 1]!.focus();
    return true;
  }
  if (!event.shiftKey && (!inside || index === items.length - 1)) {
    event.preventDefault();
    items[0]!.focus();
    return true;
  }
  return false;
}

import type { RefObject } from 'react';

/**
 * Moves the focus to the first field marked invalid in the form, once React has rendered
 * `aria-invalid` (the next frame), so a keyboard or screen-reader user lands on what to fix.
 */
export function focusFirstInvalid(form: RefObject<HTMLElement | null>): void {
  requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_CONTENT_ID } from '@campus/web-ui';

/**
 * After a client-side navigation, focus moves to the main content (as after a page load), so
 * keyboard and screen-reader users start at the new page rather than at the link they left.
 */
export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: false });
    window.scrollTo?.(0, 0);
  }, [pathname]);
}

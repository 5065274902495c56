import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

/** A navigation entry; NavLink sets aria-current="page" on the active one. */
export function NavItem({ to, end, children }: { to: string; end?: boolean; children: ReactNode }) {
  return (
    <li>
      <NavLink to={to} end={end}>
        {children}
      </NavLink>
    </li>
  );
}

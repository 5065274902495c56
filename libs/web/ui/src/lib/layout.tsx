import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';

export interface AppLayoutProps {
  /** The brand link (rendered by the app, so it can be a router link). */
  brand: ReactNode;
  /** `<li>` items of the main navigation. */
  navItems: ReactNode;
  navLabel: string;
  /** Opens the navigation on narrow screens. */
  menuLabel: string;
  userMenu?: ReactNode;
  skipLinkLabel: string;
  footer?: ReactNode;
  /** Changes on navigation: closes the phone menu. */
  locationKey?: string;
  children: ReactNode;
}

export const MAIN_CONTENT_ID = 'main-content';

/** The signed-in shell: skip link, header with navigation and user menu, main landmark, footer. */
export function AppLayout({
  brand,
  navItems,
  navLabel,
  menuLabel,
  userMenu,
  skipLinkLabel,
  footer,
  locationKey,
  children,
}: AppLayoutProps) {
  const [navOpen, setNavOpen] = useState(false);
  const navId = useId();
  useEffect(() => setNavOpen(false), [locationKey]);
  return (
    <div className="ui-shell">
      <a className="ui-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {skipLinkLabel}
      </a>
      <header className="ui-shell__header">
        <div className="ui-shell__bar">
          {brand}
          <Button
            variant="secondary"
            size="small"
            className="ui-shell__menu-toggle"
            aria-expanded={navOpen}
            aria-controls={navId}
            onClick={() => setNavOpen((o) => !o)}
          >
            {menuLabel}
          </Button>
          <nav id={navId} className="ui-shell__nav" aria-label={navLabel} data-open={navOpen}>
            <ul>{navItems}</ul>
          </nav>
          {userMenu && <div className="ui-shell__user">{userMenu}</div>}
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} className="ui-shell__main" tabIndex={-1}>
        {children}
      </main>
      {footer && (
        <footer className="ui-shell__footer">
          <div className="ui-shell__footer-inner">{footer}</div>
        </footer>
      )}
    </div>
  );
}

export interface CenteredLayoutProps {
  brand: ReactNode;
  skipLinkLabel: string;
  footer?: ReactNode;
  /** A wider panel for reading pages (the course catalogue) instead of a narrow form. */
  wide?: boolean;
  children: ReactNode;
}

/** The public pages: a brand on top and one narrow column. */
export function CenteredLayout({ brand, skipLinkLabel, footer, wide, children }: CenteredLayoutProps) {
  return (
    <div className="ui-centered">
      <a className="ui-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {skipLinkLabel}
      </a>
      <header>{brand}</header>
      <main
        id={MAIN_CONTENT_ID}
        className={wide ? 'ui-centered__panel ui-centered__panel--wide' : 'ui-centered__panel'}
        tabIndex={-1}
      >
        {children}
      </main>
      {footer && <footer className="ui-centered__footer">{footer}</footer>}
    </div>
  );
}

export interface DisclosureMenuProps {
  /** The button's visible text, e.g. the user's name. */
  label: ReactNode;
  /** A short line on top of the panel, e.g. the e-mail address. */
  meta?: ReactNode;
  /** `<li>` items. */
  children: ReactNode;
}

/** A button that shows a panel of links; closes on Escape, outside click and after a choice. */
export function DisclosureMenu({ label, meta, children }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="ui-disclosure" ref={root}>
      <Button
        ref={button}
        variant="secondary"
        size="small"
        className="ui-disclosure__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span aria-hidden="true">▾</span>
      </Button>
      <div
        id={panelId}
        className="ui-disclosure__panel"
        hidden={!open}
        onClick={(e) => (e.target as HTMLElement).closest('a,button') && setOpen(false)}
      >
        {meta && <div className="ui-disclosure__meta">{meta}</div>}
        <ul>{children}</ul>
      </div>
    </div>
  );
}

/** Secondary navigation inside a section, e.g. the admin pages. Items are `<li>` links. */
export function SubNav({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className="ui-subnav" aria-label={label}>
      <ul>{children}</ul>
    </nav>
  );
}

export interface DescriptionListProps {
  items: readonly { term: ReactNode; description: ReactNode; key: string }[];
}

export function DescriptionList({ items }: DescriptionListProps) {
  return (
    <dl className="ui-dl">
      {items.map((i) => (
        <div key={i.key} style={{ display: 'contents' }}>
          <dt>{i.term}</dt>
          <dd>{i.description}</dd>
        </div>
      ))}
    </dl>
  );
}

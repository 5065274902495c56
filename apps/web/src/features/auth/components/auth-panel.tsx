import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../components/document-title';

/** The card of a public page, with the page's h1. */
export function AuthPanel({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="ui-card ui-stack">
      <div>
        <h1>{title}</h1>
        {intro && <p className="ui-muted">{intro}</p>}
      </div>
      {children}
    </div>
  );
}

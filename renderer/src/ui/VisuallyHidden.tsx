// Text for screen readers only (e.g. "Begin van pagina 3" beside a visual "p. 3").
import type { ReactNode } from 'react';

export function VisuallyHidden({ children, lang }: { children: ReactNode; lang?: string }) {
  return (
    <span className="visually-hidden" lang={lang}>
      {children}
    </span>
  );
}

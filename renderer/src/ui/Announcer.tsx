// One polite live region for the whole app, shown as a short-lived toast:
// "Citaat gekopieerd" is both seen and heard. The region is always in the DOM,
// so screen readers notice when its text changes.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

const VISIBLE_MS = 4000;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timers = useRef<number[]>([]);

  const announce = useCallback<Announce>((next) => {
    timers.current.forEach((id) => window.clearTimeout(id));
    // Clearing first makes a repeated message ("Citaat gekopieerd" twice) be read again.
    setMessage('');
    timers.current = [
      window.setTimeout(() => setMessage(next), 50),
      window.setTimeout(() => setMessage(''), 50 + VISIBLE_MS),
    ];
  }, []);

  useEffect(() => () => timers.current.forEach((id) => window.clearTimeout(id)), []);

  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className={`toast ${message ? 'toast--visible' : ''}`}>
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

// Work that waits for a pause in typing or scrolling (a note's draft, the
// reading place, the brief's introduction) is done at once when the window
// goes away: closed, quit, reloaded, or hidden (minimised, the lid shut), when
// that pause may never come. Closing fires both events; the work must not mind
// being asked twice.
import { useEffect, useEffectEvent } from 'react';

export function useOnLeaving(finish: () => void): void {
  const onLeaving = useEffectEvent(finish);
  useEffect(() => {
    const onPageHide = () => onLeaving();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') onLeaving();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);
}

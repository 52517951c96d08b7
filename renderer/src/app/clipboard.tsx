// Copying citations and links. The clipboard can refuse (a browser without
// permission, a window without focus); then the text is shown selected in a
// dialog, so the user can still copy it by hand and nothing is lost.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useAnnounce } from '../ui/Announcer';
import { Dialog } from '../ui/Dialog';

/** Copies text; on success announces `confirmation`. Resolves to whether the clipboard took it. */
export type Copy = (text: string, confirmation: string) => Promise<boolean>;

const CopyContext = createContext<Copy>(async () => false);

export function CopyProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const announce = useAnnounce();
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = useCallback<Copy>(
    async (text, confirmation) => {
      try {
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(text);
        announce(confirmation);
        return true;
      } catch {
        setFallback(text);
        return false;
      }
    },
    [announce],
  );

  return (
    <CopyContext.Provider value={copy}>
      {children}
      <Dialog
        open={fallback !== null}
        title={t('reader.copyFailedTitle')}
        closeLabel={t('app.close')}
        onClose={() => setFallback(null)}
      >
        <p>{t('reader.copyFailedBody')}</p>
        <SelectedText text={fallback ?? ''} label={t('reader.copyFailedTitle')} />
      </Dialog>
    </CopyContext.Provider>
  );
}

function SelectedText({ text, label }: { text: string; label: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <textarea
      ref={ref}
      className="copy-fallback"
      aria-label={label}
      readOnly
      value={text}
      rows={5}
    />
  );
}

export function useCopy(): Copy {
  return useContext(CopyContext);
}

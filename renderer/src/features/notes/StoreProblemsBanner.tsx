// What the store reported when it opened (a damaged file set aside, notes put
// back from a backup, a file from a newer Naslag), as one clear notice at the
// top of the app. The store's own message says what happened, what is kept and
// what to do. Once closed it stays closed for this session.
import { useState } from 'react';
import type { StoreProblem } from '@core/contract/api';
import { useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import './notes-status.css';

const TITLES: Record<StoreProblem['kind'], MessageKey> = {
  quarantined: 'notes.storeQuarantined',
  'restored-from-backup': 'notes.storeRestored',
  'newer-version': 'notes.storeNewer',
  'write-failed': 'notes.storeWriteFailed',
};

const DISMISSED_KEY = 'naslag.storeNoticeClosed';

function problemsKey(problems: readonly StoreProblem[]): string {
  return problems.map((problem) => `${problem.kind}:${problem.file ?? ''}`).join('|');
}

function wasDismissed(key: string): boolean {
  try {
    return window.sessionStorage.getItem(DISMISSED_KEY) === key;
  } catch {
    return false;
  }
}

export function StoreProblemsBanner({ problems }: { problems: readonly StoreProblem[] }) {
  const t = useT();
  const key = problemsKey(problems);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === key || wasDismissed(key)) return null;

  const dismiss = () => {
    setDismissed(key);
    try {
      window.sessionStorage.setItem(DISMISSED_KEY, key);
    } catch {
      // Without storage it stays closed until the window reloads.
    }
  };

  return (
    <section
      className="notice notice--warning store-notice"
      aria-label={t('notes.storeNoticeTitle')}
    >
      <div className="store-notice__inner">
        <h2 className="store-notice__title">{t('notes.storeNoticeTitle')}</h2>
        {problems.map((problem) => (
          <div key={`${problem.kind}-${problem.file ?? ''}`} className="store-notice__problem">
            <h3>{t(TITLES[problem.kind])}</h3>
            <p>{problem.message}</p>
          </div>
        ))}
        <Button size="small" className="store-notice__close" onClick={dismiss}>
          {t('notes.dismiss')}
        </Button>
      </div>
    </section>
  );
}

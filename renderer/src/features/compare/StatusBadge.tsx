// A theme's status as a small labelled badge: doorlopend, nieuw or vervallen.
// The word carries the meaning; the colour only repeats it.
import type { ThemeStatus } from '@core/compare/align';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';

const LABEL: Record<ThemeStatus, MessageKey> = {
  continued: 'compare.statusContinued',
  new: 'compare.statusNew',
  dropped: 'compare.statusDropped',
};

export function StatusBadge({ status }: { status: ThemeStatus }) {
  const t = useT();
  return <span className={`status-badge status-badge--${status}`}>{t(LABEL[status])}</span>;
}

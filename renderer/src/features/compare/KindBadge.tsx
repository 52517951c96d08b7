// The kind of a tracked change as a small labelled badge: nieuw, gevorderd,
// afgerond, bijgesteld, ongewijzigd or niet meer genoemd. The word carries the
// meaning; the colour and the symbol only repeat it.
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import type { ChangeKind } from './tracked-changes';

const LABEL: Record<ChangeKind, MessageKey> = {
  new: 'compare.kindNew',
  advanced: 'compare.kindAdvanced',
  completed: 'compare.kindCompleted',
  revised: 'compare.kindRevised',
  unchanged: 'compare.kindUnchanged',
  dropped: 'compare.kindDropped',
};

export const CHANGE_KINDS = Object.keys(LABEL) as ChangeKind[];

export function KindBadge({ kind, count }: { kind: ChangeKind; count?: number }) {
  const t = useT();
  return (
    <span className={`kind-badge kind-badge--${kind}`}>
      {count === undefined ? t(LABEL[kind]) : `${count} ${t(LABEL[kind])}`}
    </span>
  );
}

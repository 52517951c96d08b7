// The kind of a tracked change as a small labelled badge: nieuw, gevorderd,
// afgerond, bijgesteld, ongewijzigd or niet meer genoemd. The word carries the
// meaning; the colour and the symbol only repeat it.
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { CHANGE_KINDS } from '@core/compare/changes';
import type { ChangeKind, TrackedChange } from '@core/compare/curated-model';

const LABEL: Record<ChangeKind, MessageKey> = {
  nieuw: 'compare.kindNew',
  gevorderd: 'compare.kindAdvanced',
  afgerond: 'compare.kindCompleted',
  bijgesteld: 'compare.kindRevised',
  ongewijzigd: 'compare.kindUnchanged',
  'niet meer genoemd': 'compare.kindDropped',
};

/** The kind as a class name: the data's Dutch words, as one ASCII word each. */
const CLASS: Record<ChangeKind, string> = {
  nieuw: 'new',
  gevorderd: 'advanced',
  afgerond: 'completed',
  bijgesteld: 'revised',
  ongewijzigd: 'unchanged',
  'niet meer genoemd': 'dropped',
};

export function KindBadge({ kind, count }: { kind: ChangeKind; count?: number }) {
  const t = useT();
  return (
    <span className={`kind-badge kind-badge--${CLASS[kind]}`}>
      {count === undefined ? t(LABEL[kind]) : `${count} ${t(LABEL[kind])}`}
    </span>
  );
}

/** The whole pair at a glance: how many subjects of each kind, or that none are recorded. */
export function ChangeOverview({ changes }: { changes: readonly TrackedChange[] }) {
  const t = useT();
  const counts = CHANGE_KINDS.map((kind) => ({
    kind,
    count: changes.filter((change) => change.change === kind).length,
  })).filter(({ count }) => count > 0);
  return (
    <p className="change-overview">
      {counts.length === 0
        ? t('compare.noChanges')
        : counts.map(({ kind, count }) => <KindBadge key={kind} kind={kind} count={count} />)}
    </p>
  );
}

// "Toezeggingen": per debate, what was promised, where a letter records the
// promise, and where each letter answers it, with the answer's status.
import { useMemo } from 'react';
import { commitmentsByDebate } from '@core/compare/commitments';
import type { CommitmentStatus, Commitments } from '@core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { formatPartialDate } from './partial-date';
import { PassageLink } from './PassageLink';
import './compare-views.css';

const STATUS: Record<CommitmentStatus, MessageKey> = {
  answered: 'compare.statusAnswered',
  'in-progress': 'compare.statusInProgress',
  declined: 'compare.statusDeclined',
};

export function CommitmentsView({
  commitments,
  letters,
}: {
  commitments: Commitments;
  letters: readonly Letter[];
}) {
  const t = useT();
  const groups = useMemo(() => commitmentsByDebate(commitments), [commitments]);
  return (
    <div className="commitments-view">
      <h2>{t('compare.commitmentsTitle')}</h2>
      <p className="compare-view__intro">{t('compare.commitmentsIntro')}</p>
      {groups.map(({ debate, commitments: list }) => (
        <section key={debate.id} className="debate" aria-labelledby={`debat-${debate.id}`}>
          <h3 id={`debat-${debate.id}`}>
            {debate.title}, {formatPartialDate(t, debate.date)}
          </h3>
          {debate.record && (
            <p className="debate__record">{t('compare.debateRecord', debate.record)}</p>
          )}
          <ul className="debate__commitments">
            {list.map((commitment) => (
              <li key={commitment.id} className="commitment" data-commitment-id={commitment.id}>
                <p className="commitment__promise">{commitment.promise}</p>
                {commitment.madeBy && (
                  <p className="commitment__by">{t('compare.madeBy', commitment.madeBy)}</p>
                )}
                <dl className="commitment__where">
                  <dt>{t('compare.stated')}</dt>
                  <dd>
                    <PassageLink letters={letters} passage={commitment.statedIn} />
                  </dd>
                  {commitment.answers.map((answer, index) => (
                    <div key={index} className="commitment__answer">
                      <dt>
                        {t('compare.answer')}{' '}
                        <span className={`commitment-status commitment-status--${answer.status}`}>
                          {t(STATUS[answer.status])}
                        </span>
                      </dt>
                      <dd>
                        <PassageLink letters={letters} passage={answer} />
                        <p>{answer.summary}</p>
                      </dd>
                    </div>
                  ))}
                  {commitment.unanswered && (
                    <div className="commitment__answer">
                      <dt>
                        {t('compare.answer')}{' '}
                        <span className="commitment-status">{t('compare.statusUnanswered')}</span>
                      </dt>
                      <dd>
                        <p>{commitment.unanswered}</p>
                      </dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

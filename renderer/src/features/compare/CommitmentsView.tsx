// "Toezeggingen": per debate, what was promised, and side by side the passage
// that records the promise and the passages that answer it (each with its
// status), and what no letter answers yet.
import { useMemo } from 'react';
import { commitmentsByDebate } from '@core/compare/commitments';
import type { CommitmentStatus, Commitments } from '@core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { formatPartialDate } from './partial-date';
import { QuotedPassage } from './QuotedPassage';
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
                <div className="commitment__where">
                  <div className="commitment__side">
                    <h4>{t('compare.stated')}</h4>
                    <QuotedPassage letters={letters} passage={commitment.statedIn} />
                  </div>
                  <div className="commitment__side">
                    <h4>{t('compare.answer')}</h4>
                    {commitment.answers.map((answer) => (
                      <div key={answer.quote} className="commitment__answer">
                        <p className="commitment__answer-head">
                          <span className={`commitment-status commitment-status--${answer.status}`}>
                            {t(STATUS[answer.status])}
                          </span>{' '}
                          {answer.summary}
                        </p>
                        <QuotedPassage letters={letters} passage={answer} />
                      </div>
                    ))}
                    {commitment.unanswered && (
                      <p className="commitment__missing">
                        <span className="commitment-status commitment-status--unanswered">
                          {t('compare.statusUnanswered')}
                        </span>{' '}
                        <span>{commitment.unanswered}</span>
                      </p>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

// "Tijdlijn": the dated events the letters mention, in time order. Each letter
// has a column of its own for the passages that mention an event, and the day
// each letter was sent stands on the line, so what came before and after each
// letter shows at a glance. Where a passage prints the date otherwise (a wrong
// year, no year at all), the printed form and a note stand next to it.
import { Fragment, useMemo } from 'react';
import { dateSortKey } from '@core/compare/figures';
import { sortedEvents } from '@core/compare/timeline';
import type { Timeline, TimelineEvent } from '@core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import type { Side } from './comparison';
import { formatPartialDate } from './partial-date';
import { PassageLink } from './PassageLink';
import './compare-views.css';

export function TimelineView({
  timeline,
  left,
  right,
}: {
  timeline: Timeline;
  left: Letter;
  right: Letter;
}) {
  const t = useT();
  const events = useMemo(() => sortedEvents(timeline), [timeline]);
  const sides: [Side, Letter][] = [
    ['left', left],
    ['right', right],
  ];
  // The letters' own dates, each placed before the first event that comes after it (or last).
  const sentBefore = (event: TimelineEvent | undefined, index: number) =>
    sides.filter(([, letter]) => {
      const previous = events[index - 1];
      const sent = dateSortKey(letter.date);
      return (
        (!event || dateSortKey(event.date) > sent) &&
        (!previous || dateSortKey(previous.date) <= sent)
      );
    });
  const sent = (event: TimelineEvent | undefined, index: number) =>
    sentBefore(event, index).map(([side, letter]) => (
      <li key={`brief-${side}`} className={`timeline__sent timeline__sent--${side}`}>
        <time dateTime={letter.date}>{formatDate(t, letter.date)}</time>{' '}
        {t('compare.letterSent', letter.nr)}
      </li>
    ));

  const mentions = (event: TimelineEvent, side: Side, letter: Letter) => {
    const own = event.mentions.filter((mention) => mention.letterId === letter.id);
    return (
      <div className={`timeline__letter timeline__letter--${side}`}>
        <VisuallyHidden>{`${t('format.letterNr', letter.nr)}: `}</VisuallyHidden>
        {own.length === 0 ? (
          <span className="timeline__none">{t('compare.notInLetter')}</span>
        ) : (
          <ul>
            {own.map((mention) => (
              <li key={mention.quote}>
                <PassageLink letters={[letter]} passage={mention} />{' '}
                <span className="timeline__printed">{t('compare.printedAs', mention.printed)}</span>
                {mention.note && <p className="timeline__note">{mention.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <div className="timeline-view">
      <h2>{t('compare.timelineTitle')}</h2>
      <p className="compare-view__intro">{t('compare.timelineIntro')}</p>
      <div className="timeline__columns" aria-hidden="true">
        <span />
        {sides.map(([side, letter]) => (
          <span key={side} className={`timeline__column timeline__column--${side}`}>
            nr. {letter.nr} · {formatDate(t, letter.date)}
          </span>
        ))}
      </div>
      <ol className="timeline">
        {events.map((event, index) => (
          <Fragment key={event.id}>
            {sent(event, index)}
            <li
              className={
                event.planned ? 'timeline__event timeline__event--planned' : 'timeline__event'
              }
              data-event-id={event.id}
            >
              <div className="timeline__what">
                <p className="timeline__date">
                  <time dateTime={event.date}>{formatPartialDate(t, event.date)}</time>
                  {event.planned && (
                    <span className="timeline__planned">{t('compare.planned')}</span>
                  )}
                </p>
                <p className="timeline__label">{event.label}</p>
              </div>
              {sides.map(([side, letter]) => (
                <Fragment key={side}>{mentions(event, side, letter)}</Fragment>
              ))}
            </li>
          </Fragment>
        ))}
        {sent(undefined, events.length)}
      </ol>
    </div>
  );
}

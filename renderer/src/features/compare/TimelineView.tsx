// "Tijdlijn": the dated events the letters mention, in time order, each with the
// passages that mention it. Where a passage prints the date otherwise (a wrong
// year, no year at all), the printed form and a note stand next to it.
import { useMemo } from 'react';
import { sortedEvents } from '@core/compare/timeline';
import type { Timeline } from '@core/compare/curated-model';
import type { Letter } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { formatPartialDate } from './partial-date';
import { PassageLink } from './PassageLink';
import './compare-views.css';

export function TimelineView({
  timeline,
  letters,
}: {
  timeline: Timeline;
  letters: readonly Letter[];
}) {
  const t = useT();
  const events = useMemo(() => sortedEvents(timeline), [timeline]);
  return (
    <div className="timeline-view">
      <h2>{t('compare.timelineTitle')}</h2>
      <p className="compare-view__intro">{t('compare.timelineIntro')}</p>
      <ol className="timeline">
        {events.map((event) => (
          <li
            key={event.id}
            className={
              event.planned ? 'timeline__event timeline__event--planned' : 'timeline__event'
            }
            data-event-id={event.id}
          >
            <p className="timeline__date">
              <time dateTime={event.date}>{formatPartialDate(t, event.date)}</time>
              {event.planned && <span className="timeline__planned">{t('compare.planned')}</span>}
            </p>
            <p className="timeline__label">{event.label}</p>
            <ul className="timeline__mentions">
              {event.mentions.map((mention, index) => (
                <li key={index}>
                  <PassageLink letters={letters} passage={mention} />{' '}
                  <span className="timeline__printed">
                    {t('compare.printedAs', mention.printed)}
                  </span>
                  {mention.note && <p className="timeline__note">{mention.note}</p>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

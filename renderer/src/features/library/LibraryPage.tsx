// The library (route "/"): the bundled letters as cards, with a quick filter.
// The filter lives in the URL, so coming back from a letter keeps it.
import { useId } from 'react';
import { useCorpus } from '../../app/corpus';
import { useSearchParams } from '../../app/router';
import { useT } from '../../i18n/i18n';
import { filterLetters } from './filter-letters';
import { LetterCard } from './LetterCard';
import './library.css';

const FILTER_PARAM = 'filter';

export function LibraryPage() {
  const t = useT();
  const { letters } = useCorpus();
  const [params, setParams] = useSearchParams();
  const query = params.get(FILTER_PARAM) ?? '';
  const shown = filterLetters(letters, query);
  const inputId = useId();
  const hintId = useId();

  const setQuery = (value: string) =>
    setParams(value ? { [FILTER_PARAM]: value } : {}, { replace: true });

  return (
    <div className="page library">
      <h1 tabIndex={-1}>{t('library.title')}</h1>
      <p className="page__intro">{t('library.intro')}</p>
      <div className="library__filter" role="search">
        <label htmlFor={inputId}>{t('library.filterLabel')}</label>
        <p id={hintId} className="field-hint">
          {t('library.filterHint')}
        </p>
        <input
          id={inputId}
          type="search"
          className="text-input"
          value={query}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="library__count" aria-live="polite">
          {shown.length > 0
            ? t('library.shown', shown.length, letters.length)
            : t('library.noMatch', query)}
        </p>
      </div>
      <ul className="library__letters">
        {shown.map((letter) => (
          <li key={letter.id}>
            <LetterCard letter={letter} />
          </li>
        ))}
      </ul>
    </div>
  );
}

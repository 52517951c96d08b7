// The search field in the header (Ctrl+K or Ctrl+F): results appear as you type,
// grouped by letter and section, and the arrow keys, Enter and Escape work them as
// a combobox (the focus stays in the field). Opening a result goes to its paragraph
// in the reader with the match highlighted, and keeps the query among the recent
// searches. With an empty field, the recent searches are offered. Escape closes
// the results and puts focus back where it was, and the page never scrolls
// for the field: the reader keeps its place.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { SearchResult } from '@core/search/search';
import { useNavigate } from '../../app/router';
import { useSettings } from '../../app/settings';
import { useT } from '../../i18n/i18n';
import { Button } from '../../ui/Button';
import { resultPath } from './result-path';
import { SearchHelp } from './SearchHelp';
import { optionId, SearchResultList } from './SearchResultList';
import { useSearchClient } from './search-context';
import { useSearch } from './use-search';
import './search.css';

/** Results shown at most; the count says when there may be more. */
export const RESULT_LIMIT = 30;
const RECENT_LIMIT = 10;
const MAX_QUERY_LENGTH = 200;

/** Ctrl+K / Ctrl+F (⌘ on a Mac) open the search from anywhere. */
function isOpenSearchKey(event: globalThis.KeyboardEvent): boolean {
  const key = event.key.toLowerCase();
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    (key === 'k' || key === 'f')
  );
}

export function SearchField() {
  const t = useT();
  const navigate = useNavigate();
  const { settings, update } = useSettings();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Where focus was before the field took it; Escape goes back there. */
  const returnTo = useRef<HTMLElement | null>(null);
  const inputId = useId();
  const listId = useId();
  const state = useSearch(query, RESULT_LIMIT);
  const client = useSearchClient();
  // Search loads when the user turns to the field, ahead of the first key: never while a
  // letter opens.
  const getReady = () => client.preload();

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isOpenSearchKey(event)) return;
      event.preventDefault();
      inputRef.current?.focus({ preventScroll: true });
      inputRef.current?.select();
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const answer = state.status === 'done' || state.status === 'searching' ? state.answer : null;
  const results: SearchResult[] = answer
    ? answer.groups.flatMap((g) => g.sections.flatMap((s) => s.results))
    : [];
  const recent = query.trim() === '' ? settings.recentSearches : [];
  const optionCount = query.trim() === '' ? recent.length : results.length;
  const activeIndex = active < optionCount ? active : -1;

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(listId, activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, listId]);

  const remember = (text: string) => {
    const entry = text.trim().slice(0, MAX_QUERY_LENGTH);
    if (!entry) return;
    const others = settings.recentSearches.filter((previous) => previous !== entry);
    void update({ recentSearches: [entry, ...others].slice(0, RECENT_LIMIT) });
  };

  const choose = (result: SearchResult) => {
    remember(query);
    setOpen(false);
    void navigate(resultPath(result));
  };
  // One function for the whole session, so the (memoised) result list is not redrawn per key.
  const latestChoose = useRef(choose);
  useLayoutEffect(() => {
    latestChoose.current = choose;
  });
  const chooseResult = useCallback((result: SearchResult) => latestChoose.current(result), []);

  const chooseRecent = (text: string) => {
    setQuery(text);
    setActive(-1);
    inputRef.current?.focus();
  };

  const chooseAt = (index: number) => {
    if (query.trim() === '') {
      const text = recent[index];
      if (text !== undefined) chooseRecent(text);
    } else {
      const result = results[index];
      if (result) choose(result);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (optionCount === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(
        (activeIndex + step + optionCount + (activeIndex < 0 && step < 0 ? 1 : 0)) % optionCount,
      );
    } else if (event.key === 'Enter') {
      if (optionCount === 0) return;
      event.preventDefault();
      chooseAt(activeIndex >= 0 ? activeIndex : 0);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        goBack();
      } else if (query !== '') {
        event.preventDefault();
        setQuery('');
        setActive(-1);
      }
    }
  };

  const goBack = () => {
    const previous = returnTo.current;
    returnTo.current = null;
    if (previous?.isConnected) previous.focus({ preventScroll: true });
    else inputRef.current?.blur();
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !event.currentTarget.contains(next)) setOpen(false);
  };

  const showList = open && optionCount > 0;
  const showPanel = open && (query.trim() !== '' || recent.length > 0);

  return (
    <div className="search-field" role="search" onBlur={onBlur}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        className="search-field__input"
        role="combobox"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={
          showList && activeIndex >= 0 ? optionId(listId, activeIndex) : undefined
        }
        aria-autocomplete="list"
        aria-keyshortcuts="Control+K Control+F"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={(event) => {
          const from = event.relatedTarget as HTMLElement | null;
          if (!from || !event.currentTarget.parentElement?.contains(from)) returnTo.current = from;
          getReady();
          setOpen(true);
        }}
        onPointerEnter={getReady}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <SearchHelp />
      {showPanel && (
        <div className="search-field__panel">
          {query.trim() === '' ? (
            <>
              <p className="search-field__status">{t('search.recent')}</p>
              <RecentList
                listId={listId}
                recent={recent}
                active={activeIndex}
                onChoose={chooseRecent}
                onHover={setActive}
              />
              <Button
                variant="subtle"
                size="small"
                onClick={() => void update({ recentSearches: [] })}
              >
                {t('search.clearRecent')}
              </Button>
            </>
          ) : (
            <>
              <p role="status" className="search-field__status">
                {statusText(t, state)}
              </p>
              {answer?.problems.map((problem) => (
                <p key={problem} className="search-field__problem">
                  {problem}
                </p>
              ))}
              {answer && results.length > 0 && (
                <SearchResultList
                  listId={listId}
                  groups={answer.groups}
                  active={activeIndex}
                  onChoose={chooseResult}
                  onHover={setActive}
                />
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}

function statusText(t: ReturnType<typeof useT>, state: ReturnType<typeof useSearch>): string {
  if (state.status === 'failed') return t('search.failed', state.message);
  // While the next answer is on its way, the last one's count stays, so the status
  // does not flicker (and is not read out) on every key.
  const answer = state.status === 'done' || state.status === 'searching' ? state.answer : null;
  if (!answer) return t('search.searching');
  if (answer.total === 0) return t('search.none', answer.query);
  return answer.limited ? t('search.countMore', answer.total) : t('search.count', answer.total);
}

function RecentList(props: {
  listId: string;
  recent: readonly string[];
  active: number;
  onChoose(text: string): void;
  onHover(index: number): void;
}) {
  const t = useT();
  return (
    <div
      role="listbox"
      id={props.listId}
      aria-label={t('search.recent')}
      className="search-results"
    >
      {props.recent.map((text, index) => (
        <div
          key={text}
          id={optionId(props.listId, index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === props.active}
          className="search-result search-result--recent"
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => props.onHover(index)}
          onClick={() => props.onChoose(text)}
        >
          {text}
        </div>
      ))}
    </div>
  );
}

// The controls that narrow and order the notes list. Their values live in the
// URL, so coming back from a passage in the reader keeps them.
import { useId } from 'react';
import { HighlightColorSchema } from '@core/annotations/model';
import type { Letter } from '@core/corpus/model';
import { useT } from '../../i18n/i18n';
import { colorNameKey, HIGHLIGHT_COLORS } from './colors';
import { NO_FILTER } from './notes-filter';
import type { NotesFilter } from './notes-filter';

const PARAMS = {
  text: 'tekst',
  letterId: 'brief',
  tag: 'label',
  color: 'kleur',
  sort: 'sorteer',
} as const;

export function filterFromParams(params: URLSearchParams): NotesFilter {
  const color = HighlightColorSchema.safeParse(params.get(PARAMS.color));
  return {
    text: params.get(PARAMS.text) ?? '',
    letterId: params.get(PARAMS.letterId) ?? '',
    tag: params.get(PARAMS.tag) ?? '',
    color: color.success ? color.data : '',
    sort: params.get(PARAMS.sort) === 'datum' ? 'modified' : 'position',
  };
}

export function filterToParams(filter: NotesFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.text) params.set(PARAMS.text, filter.text);
  if (filter.letterId) params.set(PARAMS.letterId, filter.letterId);
  if (filter.tag) params.set(PARAMS.tag, filter.tag);
  if (filter.color) params.set(PARAMS.color, filter.color);
  if (filter.sort === 'modified') params.set(PARAMS.sort, 'datum');
  return params;
}

export interface NotesFiltersProps {
  filter: NotesFilter;
  letters: readonly Letter[];
  tags: readonly string[];
  onChange(filter: NotesFilter): void;
}

export function NotesFilters({ filter, letters, tags, onChange }: NotesFiltersProps) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<NotesFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="notes-filters" role="search" aria-label={t('notes.filters')}>
      <div className="notes-filters__field notes-filters__field--text">
        <label htmlFor={`${id}-text`}>{t('notes.filterText')}</label>
        <input
          id={`${id}-text`}
          type="search"
          className="text-input"
          value={filter.text}
          autoComplete="off"
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <div className="notes-filters__field">
        <label htmlFor={`${id}-letter`}>{t('notes.filterLetter')}</label>
        <select
          id={`${id}-letter`}
          className="select"
          value={filter.letterId}
          onChange={(event) => set({ letterId: event.target.value })}
        >
          <option value="">{t('notes.filterAll')}</option>
          {letters.map((letter) => (
            <option key={letter.id} value={letter.id}>
              {t('library.kamerstuk', letter.dossier, letter.nr)}
            </option>
          ))}
        </select>
      </div>
      <div className="notes-filters__field">
        <label htmlFor={`${id}-tag`}>{t('notes.filterTag')}</label>
        <select
          id={`${id}-tag`}
          className="select"
          value={filter.tag}
          onChange={(event) => set({ tag: event.target.value })}
        >
          <option value="">{t('notes.filterAll')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="notes-filters__field">
        <label htmlFor={`${id}-color`}>{t('notes.filterColor')}</label>
        <select
          id={`${id}-color`}
          className="select"
          value={filter.color}
          onChange={(event) =>
            set({ color: HighlightColorSchema.safeParse(event.target.value).data ?? '' })
          }
        >
          <option value="">{t('notes.filterAll')}</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {t(colorNameKey(color))}
            </option>
          ))}
        </select>
      </div>
      <div className="notes-filters__field">
        <label htmlFor={`${id}-sort`}>{t('notes.sortBy')}</label>
        <select
          id={`${id}-sort`}
          className="select"
          value={filter.sort}
          onChange={(event) =>
            set({ sort: event.target.value === 'modified' ? 'modified' : NO_FILTER.sort })
          }
        >
          <option value="position">{t('notes.sortPosition')}</option>
          <option value="modified">{t('notes.sortModified')}</option>
        </select>
      </div>
    </div>
  );
}

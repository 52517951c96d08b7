// The search tips: what the search forgives by itself, the operators (from the
// query parser's own list, so help and parser cannot drift) and the keys.
import { SEARCH_OPERATORS } from '@core/search/query';
import { useT } from '../../i18n/i18n';
import { Popover } from '../../ui/Popover';

export function SearchHelp() {
  const t = useT();
  return (
    <Popover
      trigger="?"
      triggerLabel={t('search.helpButton')}
      triggerClassName="button button--header search-field__help"
      panelLabel={t('search.helpTitle')}
      panelClassName="search-help"
    >
      <h2 className="search-help__title">{t('search.helpTitle')}</h2>
      <p>{t('search.helpIntro')}</p>
      <dl className="search-help__operators" lang="nl">
        {SEARCH_OPERATORS.map((operator) => (
          <div key={operator.syntax} className="search-help__row">
            <dt>
              <code>{operator.syntax}</code>
            </dt>
            <dd>
              {operator.help} <span className="search-help__example">{operator.example}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p>{t('search.helpKeys')}</p>
    </Popover>
  );
}

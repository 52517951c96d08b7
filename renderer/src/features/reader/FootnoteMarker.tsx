// A footnote reference as printed (a superscript number). Its popover says
// honestly that the footnote's text is not in the source the app was built from,
// and offers the official publication, where it is. That link leaves the app
// only through 'external:open', which asks the user first, like every other.
import { call } from '../../app/api-client';
import { useLocale, useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Popover } from '../../ui/Popover';
import { NO_COPY } from './copy-text';

export interface FootnoteMarkerProps {
  n: number;
  page: number;
  /** In a letter that restarts numbering on every page, "1" on p. 3 is not "1" on p. 1. */
  numberedPerPage: boolean;
  /** The letter's official publication (https). */
  publication: string;
  tabIndex: number;
}

export function FootnoteMarker({
  n,
  page,
  numberedPerPage,
  publication,
  tabIndex,
}: FootnoteMarkerProps) {
  const t = useT();
  const announce = useAnnounce();
  const openPublication = () =>
    call('external:open', { url: publication }).catch((error: unknown) =>
      announce(t('library.openFailed', error instanceof Error ? error.message : String(error))),
    );
  const { locale } = useLocale();
  // The marker and its panel speak the interface's language inside the letter's Dutch text.
  return (
    <span lang={locale} {...NO_COPY}>
      <Popover
        inline
        trigger={<sup>{n}</sup>}
        triggerLabel={t('reader.footnote', n)}
        triggerClassName="footnote-ref"
        triggerTabIndex={tabIndex}
        panelLabel={t('reader.footnote', n)}
        panelClassName="footnote-panel"
      >
        <span className="footnote-panel__title">
          {t('reader.footnote', n)} · {t('reader.page', page)}
        </span>
        <span className="footnote-panel__text">{t('reader.footnoteMissing', n)}</span>
        {numberedPerPage && (
          <span className="footnote-panel__text">{t('reader.footnotePerPage')}</span>
        )}
        <button
          type="button"
          className="footnote-panel__link"
          onClick={() => void openPublication()}
        >
          {t('reader.footnotePublication')}
        </button>
      </Popover>
    </span>
  );
}

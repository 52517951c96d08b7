// A footnote reference as printed (a superscript number). Its popover says
// honestly that the footnote's text is not in the source the app was built from.
import { useLocale, useT } from '../../i18n/i18n';
import { Popover } from '../../ui/Popover';
import { NO_COPY } from './copy-text';

export interface FootnoteMarkerProps {
  n: number;
  page: number;
  /** In a letter that restarts numbering on every page, "1" on p. 3 is not "1" on p. 1. */
  numberedPerPage: boolean;
  tabIndex: number;
}

export function FootnoteMarker({ n, page, numberedPerPage, tabIndex }: FootnoteMarkerProps) {
  const t = useT();
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
      </Popover>
    </span>
  );
}

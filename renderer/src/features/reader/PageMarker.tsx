// "p. 3" in the margin where a printed page begins: at a heading, paragraph or
// table, or inside a paragraph (then a thin mark also shows the exact place in
// the line). Screen readers hear "Begin van pagina 3"; copying text skips it.
// It speaks the interface's language inside the letter's Dutch text.
import { useLocale, useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { NO_COPY } from './copy-text';

export function PageMarker({ page, inline = false }: { page: number; inline?: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <span
      className={`page-marker ${inline ? 'page-marker--inline' : ''}`}
      data-page={page}
      lang={locale}
      {...NO_COPY}
    >
      <span className="page-marker__label" aria-hidden="true">
        {t('reader.page', page)}
      </span>
      <VisuallyHidden>{t('reader.pageStart', page)}</VisuallyHidden>
    </span>
  );
}

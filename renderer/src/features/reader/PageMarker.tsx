// "p. 3" in the margin where a printed page begins: at a heading, paragraph or
// table, or inside a paragraph (then a thin mark also shows the exact place in
// the line). Screen readers hear "Begin van pagina 3"; copying text skips it.
import { useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';

export function PageMarker({ page, inline = false }: { page: number; inline?: boolean }) {
  const t = useT();
  return (
    <span className={`page-marker ${inline ? 'page-marker--inline' : ''}`} data-page={page}>
      <span className="page-marker__label" aria-hidden="true">
        {t('reader.page', page)}
      </span>
      <VisuallyHidden>{t('reader.pageStart', page)}</VisuallyHidden>
    </span>
  );
}

// A table or figure of the letter as a real <table>: the printed caption, or
// the descriptive title marked as not printed; column headers; row headers
// when the first column holds them; the notes printed with it; and the same
// figures as a chart.
import type { ReactNode } from 'react';
import type { Table } from '@core/corpus/model';
import { useLocale, useT } from '../../i18n/i18n';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { tableElementId, useElementIdScope } from './element-ids';
import { LetterChart } from './LetterChart';

/** "4e kw. 2009" may wrap only before the year, so eleven quarter headers wrap alike. */
function HeaderLabel({ text }: { text: string }) {
  const cut = text.lastIndexOf(' ');
  if (text.length <= 8 || cut < 0) return text;
  return (
    <>
      <span className="letter-table__keep">{text.slice(0, cut)}</span>
      {text.slice(cut)}
    </>
  );
}

export function LetterTable({ table, pageMarker }: { table: Table; pageMarker?: ReactNode }) {
  const t = useT();
  const { locale } = useLocale();
  const [header = [], ...body] = table.rows;
  // A blank top-left cell means the first column names the rows (years, in "Figuur 1").
  const rowHeaders = header[0] === '';
  const tableId = useElementIdScope() + tableElementId(table.id);
  const captionId = `${tableId}-onderschrift`;
  const hasNumbers = table.series.some((series) =>
    series.points.some((point) => point.value !== null),
  );

  return (
    <figure className="letter-table" id={tableId} aria-labelledby={captionId}>
      {pageMarker}
      <div className="letter-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table lang="nl">
          <caption id={captionId}>
            {table.caption ?? table.title}
            {table.caption === null && (
              <span className="letter-table__caption-note" lang={locale}>
                {' '}
                ({t('reader.descriptiveTitle')})
              </span>
            )}
          </caption>
          <thead>
            <tr>
              {header.map((cell, index) =>
                // The blank corner above the row headers is no header of anything.
                index === 0 && rowHeaders ? (
                  <td key={index} />
                ) : (
                  <th key={index} scope="col">
                    <HeaderLabel text={cell} />
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {body.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 && rowHeaders ? (
                    <th key={index} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>
                      {cell === '' ? (
                        <VisuallyHidden lang={locale}>{t('reader.noValue')}</VisuallyHidden>
                      ) : (
                        cell
                      )}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.length > 0 && <p className="letter-table__notes">{table.notes.join('; ')}</p>}
      {hasNumbers && <LetterChart table={table} />}
    </figure>
  );
}

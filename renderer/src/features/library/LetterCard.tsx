// One letter in the library: how to refer to it (number, date, other names,
// citation, official identifier), what it is about, and the way in.
import { formatCitation } from '@core/corpus/citation';
import { formatDutchDate } from '@core/corpus/dutch-date';
import type { Letter } from '@core/corpus/model';
import { call } from '../../app/api-client';
import { useCopy } from '../../app/clipboard';
import { letterPath } from '../../app/paths';
import { Link } from '../../app/router';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/i18n';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';

/** Aliases worth showing: the letter's date is already on the card. */
export function visibleAliases(letter: Letter): string[] {
  const date = formatDutchDate(letter.date);
  return letter.aliases.filter((alias) => alias !== date);
}

export function LetterCard({ letter }: { letter: Letter }) {
  const t = useT();
  const copy = useCopy();
  const announce = useAnnounce();
  const kamerstuk = t('library.kamerstuk', letter.dossier, letter.nr);
  const citation = formatCitation(letter);
  const aliases = visibleAliases(letter);
  const dateSource = letter.provenance.date;
  const titleId = `kaart-${letter.id}`;

  const openOfficial = async () => {
    try {
      await call('external:open', { url: letter.identifier });
    } catch (error) {
      announce(t('library.openFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <article className="letter-card" aria-labelledby={titleId}>
      <p className="letter-card__kamerstuk">{kamerstuk}</p>
      <h2 id={titleId} className="letter-card__title" lang="nl">
        <Link to={letterPath(letter.id)}>{letter.title}</Link>
      </h2>
      <p className="letter-card__meta">
        <time dateTime={letter.date}>{formatDate(t, letter.date)}</time>
        <span aria-hidden="true"> · </span>
        <span>{t('library.pages', letter.pageCount)}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('library.paragraphs', letter.paragraphs.length)}</span>
      </p>
      {aliases.length > 0 && (
        <p className="letter-card__aliases">{t('library.alsoKnownAs', aliases)}</p>
      )}
      <p className="letter-card__summary" lang="nl">
        {letter.summary}
      </p>
      {dateSource?.note && (
        <details className="letter-card__provenance">
          <summary>{t('library.dateSource')}</summary>
          <p lang="nl">{dateSource.note}</p>
          <p className="letter-card__source" lang="nl">
            {dateSource.source}
          </p>
        </details>
      )}
      <dl className="letter-card__refs">
        <div>
          <dt>{t('library.citeAs')}</dt>
          <dd>
            <span className="letter-card__citation">{citation}</span>
            <Button
              size="small"
              variant="subtle"
              aria-label={t('library.copyCitationLabel', kamerstuk)}
              onClick={() => void copy(citation, t('reader.referenceCopied'))}
            >
              {t('library.copyCitation')}
            </Button>
          </dd>
        </div>
        <div>
          <dt>{t('library.identifier')}</dt>
          <dd>
            <span className="letter-card__identifier">{letter.identifier}</span>
            <Button
              size="small"
              variant="subtle"
              aria-label={t('library.openOfficialLabel', kamerstuk)}
              onClick={() => void openOfficial()}
            >
              {t('library.openOfficial')}
            </Button>
          </dd>
        </div>
      </dl>
    </article>
  );
}

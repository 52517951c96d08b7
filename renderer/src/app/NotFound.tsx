// What an unknown address shows: say so, and offer the way back.
import { Link } from './router';
import { useT } from '../i18n/i18n';
import { libraryPath } from './paths';

export function NotFound() {
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundBody')}</p>
      <p>
        <Link to={libraryPath()}>{t('app.toLibrary')}</Link>
      </p>
    </div>
  );
}

/** Shown when a view throws: the user's data is safe in the store; offer the way back. */
export function RouteError({ error }: { error: unknown }) {
  const t = useT();
  return (
    <div className="page page--narrow" role="alert">
      <h1 tabIndex={-1}>{t('app.errorTitle')}</h1>
      <p>{t('app.errorBody')}</p>
      {error instanceof Error && <pre className="route-error__detail">{error.message}</pre>}
      <p>
        <a href={`#${libraryPath()}`}>{t('app.toLibrary')}</a>
      </p>
    </div>
  );
}

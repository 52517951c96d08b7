// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashHistory, memoryHistory, type AddressHistory } from './history';
import { Link, NavLink } from './Link';
import { createRouter, type Route } from './router';
import { Outlet, RouterProvider, useLocation, useParams, useSearchParams } from './Router';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.location.hash = '';
});

function Menu() {
  if (useLocation().pathname === '/kapotte-kop') throw new Error('De kop kan niet worden getoond.');
  return (
    <nav>
      <NavLink to="/" end>
        Bibliotheek
      </NavLink>
      <NavLink to="/notities">Notities</NavLink>
      <Link to="/brief/kst-31015-81">Brief 81</Link>
    </nav>
  );
}

/** A letter that fails to show until whatever troubled it has passed. */
let troubled = false;

function Letter() {
  const { letterId } = useParams();
  if (letterId === 'kapot') throw new Error('Deze brief kan niet worden getoond.');
  if (letterId === 'hapert' && troubled) throw new Error('Even niet.');
  return <h1>Brief {letterId}</h1>;
}

/** A filter whose text lives in the query, as the library's does. */
function Filter() {
  const [params, setParams] = useSearchParams();
  const [mounted] = useState(() => Math.random());
  return (
    <label>
      Filter
      <input
        data-mounted={mounted}
        value={params.get('filter') ?? ''}
        onChange={(event) => setParams({ filter: event.target.value }, { replace: true })}
      />
    </label>
  );
}

const routes: Route[] = [
  { path: '/', Component: Filter },
  { path: '/brief/:letterId', Component: Letter },
  { path: '/notities/:tab?', Component: () => <h1>Notities</h1> },
  { path: '*', Component: () => <h1>Niet gevonden</h1> },
];

const ErrorView = ({ error }: { error: unknown }) => (
  <div role="alert">
    <p>Er ging iets mis: {error instanceof Error ? error.message : '?'}</p>
    <Link to="/">Naar de bibliotheek</Link>
    <Link to="/brief/hapert">Opnieuw</Link>
  </div>
);

function renderWith(history: AddressHistory) {
  const router = createRouter(routes, history);
  render(
    <RouterProvider router={router} errorView={ErrorView}>
      <Menu />
      <main>
        <Outlet />
      </main>
    </RouterProvider>,
  );
  return router;
}

function renderAt(path: string) {
  const history = memoryHistory(path);
  return { router: renderWith(history), history };
}

describe('links', () => {
  it('show the linked view on a plain click, and leave a click with a modifier to the browser', () => {
    const { history } = renderAt('/');
    const leftToBrowser: boolean[] = [];
    // Stands in for the browser, which would open the link in a new window.
    const browser = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', browser);
    fireEvent.click(screen.getByRole('link', { name: 'Brief 81' }), { ctrlKey: true });
    window.removeEventListener('click', browser);
    expect(leftToBrowser).toEqual([true]);
    expect(history.entries).toEqual(['/']);
    fireEvent.click(screen.getByRole('link', { name: 'Brief 81' }));
    expect(screen.getByRole('heading').textContent).toBe('Brief kst-31015-81');
    expect(history.entries).toEqual(['/', '/brief/kst-31015-81']);
  });

  it('mark the menu entry of the view on screen as the current page', () => {
    renderAt('/notities/brief');
    expect(screen.getByRole('link', { name: 'Notities' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: 'Bibliotheek' }).hasAttribute('aria-current')).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Bibliotheek' }));
    expect(screen.getByRole('link', { name: 'Bibliotheek' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: 'Notities' }).hasAttribute('aria-current')).toBe(false);
  });
});

describe('a view that throws', () => {
  it('makes way for the error view, and the next address shows its own view again', () => {
    // React reports the caught error on the console; the test reads it on screen.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/brief/kapot');
    expect(screen.getByRole('alert').textContent).toContain('Deze brief kan niet worden getoond.');
    // The menu around the view stays, so the user can go elsewhere.
    fireEvent.click(screen.getByRole('link', { name: 'Brief 81' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('Brief kst-31015-81');
  });

  it('takes the frame around the views with it, which the next address brings back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt('/kapotte-kop');
    expect(screen.getByRole('alert').textContent).toContain('De kop kan niet worden getoond.');
    expect(screen.queryByRole('navigation')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Naar de bibliotheek' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('navigation')).toBeTruthy();
  });

  it('gets another try when the user follows the link to the same address', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    troubled = true;
    const { history } = renderAt('/brief/hapert');
    expect(screen.getByRole('alert').textContent).toContain('Even niet.');
    troubled = false;
    fireEvent.click(screen.getByRole('link', { name: 'Opnieuw' }));
    expect(screen.getByRole('heading').textContent).toBe('Brief hapert');
    expect(history.entries).toEqual(['/brief/hapert']);
  });
});

describe('the query', () => {
  it('changes under a view without building it anew, so typing keeps its place', () => {
    const { router } = renderAt('/');
    const field = screen.getByLabelText('Filter') as HTMLInputElement;
    const mounted = field.dataset['mounted'];
    field.focus();
    fireEvent.change(field, { target: { value: '90' } });
    expect(router.getState().location.search).toBe('?filter=90');
    const after = screen.getByLabelText('Filter') as HTMLInputElement;
    expect(after.value).toBe('90');
    expect(after.dataset['mounted']).toBe(mounted);
    expect(document.activeElement).toBe(after);
  });
});

describe('in the hash', () => {
  it('reads the address from the hash, writes it there, and follows a link the browser followed', () => {
    window.location.hash = '#/brief/kst-31015-90';
    renderWith(hashHistory());
    expect(screen.getByRole('heading').textContent).toBe('Brief kst-31015-90');
    fireEvent.click(screen.getByRole('link', { name: 'Brief 81' }));
    expect(window.location.hash).toBe('#/brief/kst-31015-81');
    expect(screen.getByRole('link', { name: 'Brief 81' }).getAttribute('href')).toBe(
      '#/brief/kst-31015-81',
    );
    act(() => {
      window.location.hash = '#/notities';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading').textContent).toBe('Notities');
  });
});

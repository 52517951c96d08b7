import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { memoryHistory } from './history';
import { createRouter, type Route } from './router';

const Library: ComponentType = () => null;
const Reader: ComponentType = () => null;
const Compare: ComponentType = () => null;
const NotFound: ComponentType = () => null;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** The routes of a small app whose compare view loads on first visit, when the test says. */
function setUp(path = '/') {
  const loads: ReturnType<typeof deferred<ComponentType>>[] = [];
  const routes: Route[] = [
    { path: '/', Component: Library },
    { path: '/brief/:letterId/:targetId?', Component: Reader },
    {
      path: '/vergelijk',
      lazy: () => {
        const load = deferred<ComponentType>();
        loads.push(load);
        return load.promise;
      },
    },
    { path: '*', Component: NotFound },
  ];
  const history = memoryHistory(path);
  const router = createRouter(routes, history);
  const shown = () => {
    const { location, params, view } = router.getState();
    const what = view === null ? null : 'error' in view ? 'error' : view.Component;
    return { address: location.pathname + location.search, params, what };
  };
  return { router, history, loads, shown };
}

describe('the router', () => {
  it('shows the view of the first route that matches, with its parameters', () => {
    const { shown } = setUp('/brief/kst-31015-81/encryptie-2?markeer=chat');
    expect(shown()).toEqual({
      address: '/brief/kst-31015-81/encryptie-2?markeer=chat',
      params: { letterId: 'kst-31015-81', targetId: 'encryptie-2' },
      what: Reader,
    });
    expect(setUp('/onbekend').shown().what).toBe(NotFound);
  });

  it('moves at once to a view it has, adding a history entry', async () => {
    const { router, history, shown } = setUp();
    const moved = router.navigate('/brief/kst-31015-90');
    // Within the same event: no frame between the click and the new view.
    expect(shown().what).toBe(Reader);
    await moved;
    expect(history.entries).toEqual(['/', '/brief/kst-31015-90']);
  });

  it('replaces the entry when asked, or when going where it already is', async () => {
    const { router, history } = setUp();
    await router.navigate('/brief/kst-31015-90');
    await router.navigate('/brief/kst-31015-90');
    await router.navigate('?filter=90', { replace: true });
    expect(history.entries).toEqual(['/', '/brief/kst-31015-90?filter=90']);
  });

  it('does not add an entry for the address the history already holds while its view loads', async () => {
    const { router, history, loads, shown } = setUp();
    router.subscribe(() => undefined);
    history.push('/vergelijk');
    history.go(-1);
    history.go(1);
    // Forward to a view still loading: the address is ahead of the screen.
    expect(shown().address).toBe('/');
    const clicked = router.navigate('/vergelijk');
    loads.at(-1)?.resolve(Compare);
    await clicked;
    expect(shown()).toMatchObject({ address: '/vergelijk', what: Compare });
    expect(history.entries).toEqual(['/', '/vergelijk']);
  });

  it('keeps the current view and address until a view that loads on first visit has loaded', async () => {
    const { router, history, loads, shown } = setUp('/brief/kst-31015-81');
    const moved = router.navigate('/vergelijk');
    expect(shown().what).toBe(Reader);
    expect(history.current()).toBe('/brief/kst-31015-81');
    loads[0]?.resolve(Compare);
    await moved;
    expect(shown()).toMatchObject({ address: '/vergelijk', what: Compare });
    expect(history.entries).toEqual(['/brief/kst-31015-81', '/vergelijk']);
    // Loaded once: the next visit is immediate.
    void router.navigate('/');
    void router.navigate('/vergelijk');
    expect(shown().what).toBe(Compare);
    expect(loads).toHaveLength(1);
  });

  it('lets a later navigation win over one still waiting for its view', async () => {
    const { router, history, loads, shown } = setUp();
    const slow = router.navigate('/vergelijk');
    await router.navigate('/brief/kst-31015-90');
    loads[0]?.resolve(Compare);
    await slow;
    expect(shown().what).toBe(Reader);
    expect(history.entries).toEqual(['/', '/brief/kst-31015-90']);
  });

  it('shows why a view could not load, and tries again on the next visit', async () => {
    const { router, loads, shown } = setUp();
    const failed = router.navigate('/vergelijk');
    loads[0]?.reject(new Error('chunk ontbreekt'));
    await failed;
    expect(shown()).toMatchObject({ address: '/vergelijk', what: 'error' });
    await router.navigate('/');
    const retried = router.navigate('/vergelijk');
    loads[1]?.resolve(Compare);
    await retried;
    expect(shown().what).toBe(Compare);
  });

  it('opened at a view that loads on first visit, shows it once loaded', async () => {
    const { loads, shown } = setUp('/vergelijk');
    expect(shown()).toMatchObject({ address: '/vergelijk', what: null });
    loads[0]?.resolve(Compare);
    await loads[0]?.promise;
    await Promise.resolve();
    expect(shown().what).toBe(Compare);
  });

  it('follows back and forward while someone listens, and catches up when one starts', async () => {
    const { router, history, shown } = setUp();
    await router.navigate('/brief/kst-31015-81');
    const unsubscribe = router.subscribe(() => undefined);
    history.go(-1);
    expect(shown().address).toBe('/');
    unsubscribe();
    history.go(1);
    expect(shown().address).toBe('/');
    router.subscribe(() => undefined);
    expect(shown().address).toBe('/brief/kst-31015-81');
  });

  it('tells its listeners about each new address, and only then', async () => {
    const { router } = setUp();
    let told = 0;
    router.subscribe(() => told++);
    await router.navigate('/brief/kst-31015-81');
    await router.navigate('/');
    expect(told).toBe(2);
    expect(router.href('/brief/kst-31015-81')).toBe('/brief/kst-31015-81');
  });
});

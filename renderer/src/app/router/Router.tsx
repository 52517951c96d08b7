// The router in React: the provider around the app, the outlet where the
// current view renders, and the hooks views read their address with.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import type { AppLocation, Params } from './location';
import type { NavigateOptions, Router, RouterState } from './router';

interface RouterContextValue {
  readonly router: Router;
  readonly errorView: ComponentType<{ error: unknown }>;
}

// Two contexts: links and navigate need only the router, which never changes,
// so they do not render again on every change of address.
const RouterContext = createContext<RouterContextValue | null>(null);
const StateContext = createContext<RouterState | null>(null);

export function RouterProvider(props: {
  router: Router;
  /** Shown instead of a view that threw, or whose code failed to load. */
  errorView: ComponentType<{ error: unknown }>;
  children: ReactNode;
}) {
  const { router, errorView } = props;
  const state = useSyncExternalStore(router.subscribe, router.getState);
  const value = useMemo(() => ({ router, errorView }), [router, errorView]);
  return (
    <RouterContext value={value}>
      <StateContext value={state}>
        <ErrorBoundary fallback={errorView} resetKey={state.key}>
          {props.children}
        </ErrorBoundary>
      </StateContext>
    </RouterContext>
  );
}

/** The current view, or the error view if it throws; nothing while its code first loads. */
export function Outlet() {
  const { errorView: ErrorView } = useRouterContext();
  const { view, key } = useRouterState();
  if (!view) return null;
  if ('error' in view) return <ErrorView error={view.error} />;
  return (
    <ErrorBoundary fallback={ErrorView} resetKey={key}>
      <view.Component />
    </ErrorBoundary>
  );
}

export function useRouter(): Router {
  return useRouterContext().router;
}

export function useLocation(): AppLocation {
  return useRouterState().location;
}

export function useParams(): Params {
  return useRouterState().params;
}

export function useNavigate(): Router['navigate'] {
  return useRouter().navigate;
}

type SearchInit = URLSearchParams | Record<string, string>;

/** The query of the current address, and a way to change it (on the same path). */
export function useSearchParams(): [
  URLSearchParams,
  (
    next: SearchInit | ((current: URLSearchParams) => SearchInit),
    options?: NavigateOptions,
  ) => void,
] {
  const router = useRouter();
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const { location } = router.getState();
      const value = typeof next === 'function' ? next(new URLSearchParams(location.search)) : next;
      const query = new URLSearchParams(value).toString();
      void router.navigate(`${location.pathname}${query ? `?${query}` : ''}`, options);
    },
    [router],
  );
  return [params, setParams];
}

function useRouterContext(): RouterContextValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('Routerhooks werken alleen binnen <RouterProvider>.');
  return value;
}

function useRouterState(): RouterState {
  const value = useContext(StateContext);
  if (!value) throw new Error('Routerhooks werken alleen binnen <RouterProvider>.');
  return value;
}

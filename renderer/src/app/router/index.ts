// The router's public face: what the app and its views use.
export { hashHistory, memoryHistory } from './history';
export type { AddressHistory, MemoryHistory } from './history';
export { Link, NavLink } from './Link';
export type { AppLocation, Params } from './location';
export { createRouter } from './router';
export type { NavigateOptions, Route, Router, RouterState } from './router';
export {
  Outlet,
  RouterProvider,
  useLocation,
  useNavigate,
  useParams,
  useRouter,
  useSearchParams,
} from './Router';

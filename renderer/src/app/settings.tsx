// The user's settings, loaded from the store through the API and applied to the
// page: theme (light, dark or following the system) and reading text size. When
// there is no store (a plain browser), the defaults apply and changes last for
// this window only; `storage` says which, so the shell can tell the user.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { DEFAULT_SETTINGS, FONT_SCALE_RANGE } from '@core/contract/settings';
import type { Settings } from '@core/contract/api';
import { ApiError, call } from './api-client';

/** Whether settings, notes and reading positions reach the store. */
export type Storage = 'connecting' | 'connected' | 'unavailable';

interface SettingsValue {
  settings: Settings;
  storage: Storage;
  /** The theme in force: the user's choice, or the system's when that is "system". */
  resolvedTheme: 'light' | 'dark';
  /** Applies at once; resolves with the store's error message when saving failed. */
  update(patch: Partial<Settings>): Promise<string | null>;
}

const SettingsContext = createContext<SettingsValue>({
  settings: DEFAULT_SETTINGS,
  storage: 'unavailable',
  resolvedTheme: 'light',
  update: async () => null,
});

// Applied to the document before React re-renders with new settings, so the
// views' effects (the reader scrolling to a deep link) already see the new layout.
function applyFontScale(scale: number): void {
  document.documentElement.style.setProperty('--naslag-font-scale', String(scale));
}

// The look of the last session (theme and text size), kept in localStorage beside the
// language so the first paint has it: waiting for the store would draw a letter at the
// default size and then move every line when the stored size arrives. The store stays
// the source of truth; this is its latest copy, written only while connected to it.
const LOOK_KEY = 'naslag.look';
type Look = Pick<Settings, 'theme' | 'fontScale'>;

/** Checked by hand rather than with the settings schema: zod stays out of the first script. */
function rememberedLook(): Partial<Look> {
  try {
    const look = JSON.parse(window.localStorage.getItem(LOOK_KEY) ?? 'null') as unknown;
    if (typeof look !== 'object' || look === null) return {};
    const { theme, fontScale } = look as Record<string, unknown>;
    return {
      ...(theme === 'light' || theme === 'dark' || theme === 'system' ? { theme } : {}),
      ...(typeof fontScale === 'number' &&
      fontScale >= FONT_SCALE_RANGE.min &&
      fontScale <= FONT_SCALE_RANGE.max
        ? { fontScale }
        : {}),
    };
  } catch {
    return {};
  }
}

function rememberLook({ theme, fontScale }: Look): void {
  try {
    window.localStorage.setItem(LOOK_KEY, JSON.stringify({ theme, fontScale }));
  } catch {
    // Without storage the next start shows the defaults until the store answers.
  }
}

function prefersDark(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

function useSystemDark(): boolean {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(() =>
    window.naslag ? { ...DEFAULT_SETTINGS, ...rememberedLook() } : DEFAULT_SETTINGS,
  );
  const [storage, setStorage] = useState<Storage>(() =>
    window.naslag ? 'connecting' : 'unavailable',
  );
  const systemDark = useSystemDark();
  // The connection as it is now: a change made after the store answered but before the
  // next render must not be parked as if it were still on its way.
  const connection = useRef<Storage>(storage);
  /**
   * Changes made before the store first answered, and their callers: saved as soon as it
   * has, and each caller then hears how that went.
   */
  const early = useRef<{ patch: Partial<Settings>; waiting: ((error: string | null) => void)[] }>({
    patch: {},
    waiting: [],
  });
  /** Only the answer to the latest save is shown: an earlier one may arrive after it. */
  const latestSave = useRef(0);

  const save = useCallback(async (patch: Partial<Settings>): Promise<string | null> => {
    const id = ++latestSave.current;
    try {
      const saved = await call('settings:update', patch);
      if (id === latestSave.current) setSettings(saved);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }, []);

  useEffect(() => {
    if (!window.naslag) return;
    let cancelled = false;
    const settle = (next: Storage, stored: Settings | null) => {
      const { patch, waiting } = early.current;
      early.current = { patch: {}, waiting: [] };
      connection.current = next;
      if (stored) {
        const shown = { ...stored, ...patch };
        applyFontScale(shown.fontScale);
        setSettings(shown);
      }
      setStorage(next);
      const saving =
        next === 'connected' && Object.keys(patch).length > 0 ? save(patch) : Promise.resolve(null);
      void saving.then((error) => waiting.forEach((done) => done(error)));
    };
    call('settings:get', {})
      .then((stored) => {
        if (!cancelled) settle('connected', stored);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const unavailable = error instanceof ApiError && error.code === 'not-supported';
        settle(unavailable ? 'unavailable' : 'connected', null);
      });
    return () => {
      cancelled = true;
    };
  }, [save]);

  const theme = settings.theme === 'system' ? (systemDark ? 'dark' : 'light') : settings.theme;
  // Before the paint, so the first frame has the theme and the text size.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    applyFontScale(settings.fontScale);
  }, [theme, settings.fontScale]);
  useEffect(() => {
    if (storage === 'connected')
      rememberLook({ theme: settings.theme, fontScale: settings.fontScale });
  }, [storage, settings.theme, settings.fontScale]);

  const update = useCallback(
    (patch: Partial<Settings>): Promise<string | null> => {
      if (patch.fontScale !== undefined) applyFontScale(patch.fontScale);
      setSettings((current) => ({ ...current, ...patch }));
      if (connection.current === 'connecting') {
        early.current.patch = { ...early.current.patch, ...patch };
        return new Promise((resolve) => early.current.waiting.push(resolve));
      }
      return connection.current === 'connected' ? save(patch) : Promise.resolve(null);
    },
    [save],
  );

  const value = useMemo(
    () => ({ settings, storage, resolvedTheme: theme, update }),
    [settings, storage, theme, update],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  return useContext(SettingsContext);
}

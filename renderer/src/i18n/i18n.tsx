// The t() hook over the message catalogues. Keys are dotted paths into the
// Dutch catalogue ("reader.cite"); a message that takes values is called with
// exactly those values, checked by the compiler.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { nl } from './nl';
import type { Catalogue } from './nl';

export type Locale = 'nl' | 'en';
export const CATALOGUES: Record<Locale, Catalogue> = { nl, en };
export const DEFAULT_LOCALE: Locale = 'nl';

type Message = string | ((...args: never[]) => string);

/** Every dotted path to a message in the catalogue. */
export type MessageKey = {
  [S in keyof Catalogue & string]: {
    [K in keyof Catalogue[S] & string]: Catalogue[S][K] extends Message ? `${S}.${K}` : never;
  }[keyof Catalogue[S] & string];
}[keyof Catalogue & string];

type MessageAt<K extends MessageKey> = K extends `${infer S}.${infer M}`
  ? S extends keyof Catalogue
    ? M extends keyof Catalogue[S]
      ? Catalogue[S][M]
      : never
    : never
  : never;

export type MessageArgs<K extends MessageKey> =
  MessageAt<K> extends (...args: infer A) => string ? A : [];

export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/** Looks a message up in one catalogue; a pure function, so it is usable outside React. */
export function translate<K extends MessageKey>(
  catalogue: Catalogue,
  key: K,
  ...args: MessageArgs<K>
): string {
  const [section, name] = key.split('.') as [keyof Catalogue, string];
  const message = (catalogue[section] as Record<string, Message>)[name];
  if (typeof message === 'function') return (message as (...a: unknown[]) => string)(...args);
  return message ?? key;
}

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({
  locale: DEFAULT_LOCALE,
  setLocale: () => undefined,
  t: (key, ...args) => translate(nl, key, ...args),
});

// The interface language is a preference of this window, not part of the
// user's stored data: it is kept in localStorage, and Dutch when that fails.
const LOCALE_KEY = 'naslag.locale';

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return value === 'en' || value === 'nl' ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? storedLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_KEY, next);
    } catch {
      // Without storage the choice lasts for this window only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18nValue>(() => {
    const catalogue = CATALOGUES[locale];
    return { locale, setLocale, t: (key, ...args) => translate(catalogue, key, ...args) };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useContext(I18nContext);
  return { locale, setLocale };
}

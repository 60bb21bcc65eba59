/**
 * The interface speaks English and French (i18next). Each feature keeps its
 * own messages next to its code and registers them when its chunk loads
 * (`defineMessages`), so a view's words travel with the view. The locale
 * comes from `?lang=`, then the last choice (localStorage), then the
 * browser's languages; a choice is remembered.
 */
import i18next from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const LANG_PARAM = 'lang';
const STORAGE_KEY = 'kp-car-monitor:locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked: the choice lasts for the session only
  }
}

function remember(locale: Locale) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    /* storage blocked */
  }
}

/** "fr" from "fr-CA"; null for a language the app does not speak. */
function supported(tag: string | null | undefined): Locale | null {
  const base = tag?.toLowerCase().split('-')[0];
  return isLocale(base) ? base : null;
}

/** The locale to start in: the URL's, the remembered one, the browser's, else English. */
export function initialLocale(search = globalThis.location?.search ?? ''): Locale {
  const fromUrl = supported(new URLSearchParams(search).get(LANG_PARAM));
  if (fromUrl) remember(fromUrl);
  const browser = globalThis.navigator?.languages ?? [globalThis.navigator?.language];
  return fromUrl ?? supported(stored()) ?? browser.map(supported).find((l) => l !== null) ?? 'en';
}

export const i18n = i18next.createInstance();

/**
 * French words of the shell (loaded on every first visit) come in their own
 * small chunk, fetched only by someone reading French: the first visit's
 * JavaScript has a budget. Views keep both languages in their own chunks.
 */
const frenchLoaders = new Map<string, () => Promise<MessageTree>>();
const frenchOnDemand = {
  type: 'backend' as const,
  init() {},
  read(language: string, namespace: string, done: (error: unknown, tree: MessageTree | false) => void) {
    const load = language === 'fr' ? frenchLoaders.get(namespace) : undefined;
    if (!load) return done(null, {});
    load().then((tree) => done(null, withFrenchMany(tree)), (error: unknown) => done(error, false));
  },
};

void i18n.use(frenchOnDemand).use(initReactI18next).init({
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: LOCALES,
  defaultNS: 'common',
  ns: [],
  resources: {},
  // Bundled namespaces (the views') and namespaces loaded on demand (the shell's French) side by side.
  partialBundledLanguages: true,
  initAsync: false,
  // React escapes text itself; escaping here would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

function reflectLocale(locale: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
reflectLocale(i18n.language);
i18n.on('languageChanged', reflectLocale);

/** The current locale. */
export function currentLocale(): Locale {
  return supported(i18n.language) ?? 'en';
}

/** Resolves once the words of the current language are all there (src/app/start.tsx waits for it before the first paint). */
export function localeReady(): Promise<unknown> {
  return i18n.loadNamespaces([...frenchLoaders.keys()]);
}

/** Switches the interface language (once its words are loaded) and remembers the choice. */
export function setLocale(locale: Locale) {
  remember(locale);
  void i18n.changeLanguage(locale);
}

/* ---- typed messages ---- */

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** A tree of message strings. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** Dotted keys of a message tree, plural forms ("x_one", "x_other") folded into "x". */
export type MessageKey<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${StripPlural<K>}` : MessageKey<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The French tree has every key of the English one (plural forms may differ). */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

export type TranslateOptions = Record<string, unknown> & { count?: number };
export type Translate<T> = (key: MessageKey<T>, options?: TranslateOptions) => string;

/**
 * French has a third plural form for round millions ("1 000 000 de carats"),
 * which i18next asks for as "x_many"; without it the English text would show.
 * Messages here never need it to differ from "x_other".
 */
function withFrenchMany(tree: MessageTree): MessageTree {
  const out: MessageTree = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] = typeof value === 'string' ? value : withFrenchMany(value);
    const base = key.endsWith('_other') ? key.slice(0, -'_other'.length) : null;
    if (base !== null && typeof value === 'string' && !(`${base}_many` in tree)) out[`${base}_many`] = value;
  }
  return out;
}

/**
 * i18next resolves a key (language, fallback, plural form) and interpolates on every call: about
 * 10–20 µs, which adds up to a tenth of a second when a review lists thousands of records. The
 * resolved message is kept per language, namespace, key and plural form; only the {{values}} are
 * put in per call. The cache empties whenever messages are added or the language changes.
 */
const templates = new Map<string, string>();
const pluralRules = new Map<string, Intl.PluralRules>();
const VALUE = /\{\{(\w+)\}\}/g;
i18n.on('languageChanged', () => templates.clear());
i18n.on('loaded', () => templates.clear());
i18n.store.on('added', () => templates.clear());

function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

function quickTranslate(namespace: string, key: string, options?: TranslateOptions): string {
  // A default for a missing key is the caller's own text: no caching of that.
  if (options && 'defaultValue' in options) return i18n.t(key, { ns: namespace, ...options } as never) as unknown as string;
  const language = typeof options?.lng === 'string' ? options.lng : i18n.language;
  const count = options?.count;
  const form = typeof count === 'number' ? pluralForm(language, count) : '';
  const id = `${language}\u0000${namespace}\u0000${key}\u0000${form}`;
  let template = templates.get(id);
  if (template === undefined) {
    template = i18n.t(key, { ns: namespace, ...options, skipInterpolation: true } as never) as unknown as string;
    templates.set(id, template);
  }
  if (!template.includes('{{')) return template;
  // As i18next does, a value not given is written as nothing.
  return template.replace(VALUE, (_whole, name: string) => {
    const value = options?.[name];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * Registers a namespace's messages in both languages and returns its hook:
 * `const { t } = useMapMessages(); t('legend.title', { quarter })`.
 * Keys are checked by the compiler; a French tree missing a key does not compile.
 */
export function defineMessages<T extends MessageTree>(
  namespace: string,
  en: T,
  /** The French tree, or a loader of it (`() => import('./messages.fr').then((m) => m.fr)`) for first-visit code. */
  fr: Translation<T> | (() => Promise<Translation<T>>),
) {
  i18n.addResourceBundle('en', namespace, en, true, true);
  if (typeof fr === 'function') {
    frenchLoaders.set(namespace, fr as () => Promise<MessageTree>);
    // Known to i18next from now on, so a change of language loads it before it takes effect.
    void i18n.loadNamespaces(namespace);
  } else {
    i18n.addResourceBundle('fr', namespace, withFrenchMany(fr as MessageTree), true, true);
  }
  /** Outside React (formatting helpers, CSV headers): the current language at call time. */
  const translate: Translate<T> = (key, options) => quickTranslate(namespace, key, options);
  function useMessages() {
    const { t, i18n: instance } = useTranslation(namespace);
    // A new function when the hook's `t` changes (a change of language), so memos that depend on it redo
    // their words; the words themselves come from the cache above.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` is the signal, not an input
    const quick = useMemo<Translate<T>>(() => (key, options) => quickTranslate(namespace, key, options), [t]);
    return {
      t: quick,
      /** The message as written, {{values}} and <tags/> left in (for src/lib/sentence.tsx). */
      template: ((key, options) => t(key, { ...options, skipInterpolation: true } as never) as unknown as string) as Translate<T>,
      locale: (supported(instance.language) ?? 'en') as Locale,
    };
  }
  return { useMessages, translate };
}

/** Re-renders on a language change; for components that only format numbers and dates. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return supported(instance.language) ?? 'en';
}

import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, type ErrorKind, type FieldError } from '../api/client';
import { en } from './en';
import { type Dictionary, id } from './id';

export type Lang = 'id' | 'en';
export type { Dictionary };

const dictionaries: Record<Lang, Dictionary> = { id, en };
const STORAGE_KEY = 'pamong.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    // Storage can be blocked (private mode, strict settings); Indonesian is the default anyway.
    return 'id';
  }
}

interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
  formatDateTime: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the switch still applies to this page.
    }
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return {
      lang,
      t: dictionaries[lang],
      setLang,
      formatDateTime: (iso) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
      },
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** A feature's own dictionary in the current language (feature texts load with its pages). */
export function useLocalized<D>(id: D, en: D): D {
  const { lang } = useI18n();
  return lang === 'en' ? en : id;
}

/** Per-call replacements, e.g. a 409 on delete means "still has units", not a generic conflict. */
export type ProblemOverrides = Partial<Record<ErrorKind, string>>;

export interface DescribedError {
  kind: ErrorKind;
  message: string;
  /** The server's own detail (English), offered as technical detail. */
  detail?: string;
  fields: Record<string, string>;
}

function lastSegment(path: string): string {
  return path.split('.').pop() ?? path;
}

// zod's default English messages for a missing or empty value, as they arrive from the server.
const REQUIRED_PATTERN = /received undefined|>=1 characters|required/i;

/** A field error in the current language: the field's rule when we have one, else a generic text. */
export function fieldMessage(t: Dictionary, e: FieldError): string {
  if (REQUIRED_PATTERN.test(e.message) && !/is required for role/.test(e.message))
    return t.validation.required;
  if (/does not exist|not active/.test(e.message)) return t.validation.unknownRef;
  const hints: Record<string, string | undefined> = t.hints;
  return hints[lastSegment(e.path)] ?? t.validation.invalid;
}

/** Anything thrown by a call (ApiError, or a bug) turned into text for the current language. */
export function describeError(t: Dictionary, err: unknown, overrides: ProblemOverrides = {}): DescribedError {
  if (err instanceof ApiError) {
    const fields: Record<string, string> = {};
    for (const e of err.errors) {
      // Errors made in the browser are already translated; the server's are English.
      fields[e.path] ??= err.status === LOCAL_VALIDATION_STATUS ? e.message : fieldMessage(t, e);
    }
    return {
      kind: err.type,
      message: overrides[err.type] ?? t.problems[err.type],
      detail: err.detail && err.status !== LOCAL_VALIDATION_STATUS ? err.detail : undefined,
      fields,
    };
  }
  return {
    kind: 'unknown',
    message: t.problems.unknown,
    detail: err instanceof Error ? err.message : undefined,
    fields: {},
  };
}

/**
 * Status used for validation done in the browser before sending: such errors never reached the
 * server, and their messages are already in the current language.
 */
export const LOCAL_VALIDATION_STATUS = -1;

/**
 * What the applicant's pages share: their dictionary, the session hook, labelled fields with
 * their errors, the error summary and the status badge.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import './careers.css';
import './applicant.css';
import { PublicApiError } from './api';
import { APPLICANT_TEXT, type ApplicantDictionary } from './applicant-i18n';
import type { FieldErrors } from './applicant-model';
import {
  type ApplicantSession,
  clearSession,
  loginPath,
  readSession,
  saveSession,
} from './applicant-session';
import { CAREERS_TEXT, type CareersDictionary, count } from './careers-i18n';
import { type Lang, useLang } from './i18n';
import { fieldId } from './submit';

export function useApplicantText(): { a: ApplicantDictionary; c: CareersDictionary; lang: Lang } {
  const { lang } = useLang();
  return { a: APPLICANT_TEXT[lang], c: CAREERS_TEXT[lang], lang };
}

/** A size in kilobytes in the reader's convention. */
export function useKb(): (n: number) => string {
  const { lang } = useLang();
  return useCallback((n: number) => count(lang, n), [lang]);
}

export const careersPath = (tenant: string, rest = '') => `/karier/${encodeURIComponent(tenant)}${rest}`;

export interface SessionState {
  session: ApplicantSession | null;
  signIn: (s: ApplicantSession) => void;
  logout: () => void;
  /**
   * What a page does with an error of an applicant call: a 401 (the token expired or was revoked)
   * drops the session and goes to the login, to come back here; true when it was one.
   */
  expired: (err: unknown) => boolean;
}

export function useApplicantSession(tenant: string): SessionState {
  const [session, setSession] = useState<ApplicantSession | null>(() => readSession(tenant));
  const { route, url } = useLocation();
  const signIn = useCallback(
    (s: ApplicantSession) => {
      saveSession(tenant, s);
      setSession(s);
    },
    [tenant],
  );
  const logout = useCallback(() => {
    clearSession(tenant);
    setSession(null);
  }, [tenant]);
  const expired = useCallback(
    (err: unknown) => {
      if (!(err instanceof PublicApiError) || err.status !== 401) return false;
      clearSession(tenant);
      setSession(null);
      route(`${loginPath(tenant, url)}${url ? '&' : '?'}berakhir=1`);
      return true;
    },
    [tenant, route, url],
  );
  return { session, signIn, logout, expired };
}

/** Sends a visitor without a session to the login, to come back to this page afterwards. */
export function useRequireSession(tenant: string, state: SessionState): boolean {
  const { route, url } = useLocation();
  const missing = !state.session;
  useEffect(() => {
    if (missing) route(loginPath(tenant, url), true);
  }, [missing, tenant, url, route]);
  return !missing;
}

export interface ControlAttrs {
  id: string;
  name: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

/** Label, hint, error and control tied together by ids, so a screen reader reads all of them. */
export function Field({
  path,
  label,
  error,
  errorExtra,
  hint,
  optional,
  children,
}: {
  path: string;
  label: string;
  error?: string;
  /** Shown after the error (a link to log in). */
  errorExtra?: ComponentChildren;
  hint?: string;
  optional?: boolean;
  children: (attrs: ControlAttrs) => ComponentChildren;
}) {
  const { a } = useApplicantText();
  const id = fieldId(path);
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> ({a.optional})</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
          {errorExtra && <> {errorExtra}</>}
        </p>
      )}
      {children({
        id,
        name: path,
        'aria-invalid': error ? 'true' : undefined,
        'aria-describedby': described || undefined,
      })}
    </div>
  );
}

/** A choice among a few answers (sex, disability): native radios in a fieldset. */
export function RadioField({
  path,
  legend,
  error,
  options,
  value,
  onChange,
}: {
  path: string;
  legend: string;
  error?: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = fieldId(path);
  return (
    <fieldset
      id={id}
      class={`choice-group choice-inline${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div class="choices">
        {options.map((o) => (
          <label key={o.value} class="choice">
            <input
              type="radio"
              name={path}
              value={o.value}
              checked={value === o.value}
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onChange(o.value)}
            />
            <span class="choice-label">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The fields to fix, as links to them; it takes the focus when it appears after a submit. */
export function ErrorSummary({
  errors,
  labels,
  focusKey,
}: {
  errors: FieldErrors;
  labels: Record<string, string>;
  /** Changes on every failed submit, so the focus moves here each time. */
  focusKey: number;
}) {
  const { a } = useApplicantText();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (focusKey > 0 && entries.length) ref.current?.focus();
  }, [focusKey]);
  if (!entries.length) return null;
  return (
    <div class="pub-alert pub-alert-error error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p class="error-summary-title">{a.errorSummary}</p>
      <ul>
        {entries.map(([path, text]) => (
          <li key={path}>
            <a href={`#${fieldId(path)}`}>
              {labels[path] ?? path}: {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StatusBadge({ status }: { status: 'DRAFT' | 'SUBMITTED' | 'MS' | 'TMS' }) {
  const { a } = useApplicantText();
  return <span class={`ap-badge ap-badge-${status}`}>{a.status[status]}</span>;
}

/** A message of a form as a whole (sent, refused, failed), read out when it changes. */
export function FormStatus({
  kind,
  children,
}: {
  kind: 'ok' | 'error' | 'info';
  children: ComponentChildren;
}) {
  return (
    <div
      class={`pub-alert${kind === 'error' ? ' pub-alert-error' : kind === 'ok' ? ' ap-ok' : ''}`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}

/**
 * A date-time in the reader's language (`12 Mei 2026 10.15`), in the tenant's zone when it is
 * known (the proof prints that one), else the browser's.
 */
export function formatInstant(lang: Lang, iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(
      lang === 'id' ? 'id-ID' : 'en-GB',
      timeZone ? { ...options, timeZone } : options,
    ).format(d);
  } catch {
    return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', options).format(d);
  }
}

/** A date (`YYYY-MM-DD`) in words, without moving its zone. */
export function formatDate(lang: Lang, date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(d);
}

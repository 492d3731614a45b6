/**
 * The survey's data handling, apart from its rendering: the draft kept across reloads, the check
 * made on the phone before sending, the request body, sending with retries under one
 * Idempotency-Key, and turning the server's field errors into messages next to the fields.
 */
import {
  type FieldError,
  type PreparedBody,
  PublicApiError,
  type SubmitSurveyBody,
  type SurveyForm,
  submitSurveyResponse,
} from './api';
import type { PublicDictionary } from './i18n';

/** Redeclared from @pamong/core (importing the value would pull zod into the public chunk). */
export const MAX_SUGGESTION_LENGTH = 2000;
const SERVICE_CODE = /^[0-9A-HJKMNP-TV-Z]{8}$/;

export interface DraftValues {
  answers: Record<string, number>;
  gender: string;
  age: string;
  education: string;
  occupation: string;
  serviceType: string;
  extra: Record<string, string>;
  suggestion: string;
  serviceCode: string;
}

export interface Draft {
  /** One Idempotency-Key per filled form: every attempt to send this form carries it. */
  key: string;
  values: DraftValues;
}

const emptyValues = (): DraftValues => ({
  answers: {},
  gender: '',
  age: '',
  education: '',
  occupation: '',
  serviceType: '',
  extra: {},
  suggestion: '',
  serviceCode: '',
});

const draftKey = (tenant: string, unitId: string) => `pamong.survey.${tenant}.${unitId}`;

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an old browser on plain http still gets 128 random bits.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** The draft of this unit's form in this tab (sessionStorage: a reload keeps it, a new tab starts afresh). */
export function loadDraft(tenant: string, unitId: string): Draft {
  try {
    const raw = sessionStorage.getItem(draftKey(tenant, unitId));
    if (raw) {
      const parsed = JSON.parse(raw) as Partial<Draft>;
      if (typeof parsed.key === 'string' && parsed.values && typeof parsed.values === 'object') {
        return { key: parsed.key, values: { ...emptyValues(), ...parsed.values } };
      }
    }
  } catch {
    // Blocked storage or a damaged entry: start with an empty form.
  }
  return { key: newIdempotencyKey(), values: emptyValues() };
}

export function saveDraft(tenant: string, unitId: string, draft: Draft): void {
  try {
    sessionStorage.setItem(draftKey(tenant, unitId), JSON.stringify(draft));
  } catch {
    // Not kept across a reload; the form itself still works.
  }
}

export function clearDraft(tenant: string, unitId: string): void {
  try {
    sessionStorage.removeItem(draftKey(tenant, unitId));
  } catch {
    // Nothing to clear.
  }
}

export const normaliseServiceCode = (s: string) => s.trim().toUpperCase().replace(/[\s-]/g, '');

/** Field errors keyed by the API's field paths (`answers.U3`, `respondent.age`, `serviceCode`). */
export type FieldErrors = Record<string, string>;

/** The fields of this form, in the order they are shown: errors are listed and focused in this order. */
export function fieldOrder(form: SurveyForm): string[] {
  return [
    ...form.elements.map((e) => `answers.${e.code}`),
    'respondent.gender',
    'respondent.age',
    'respondent.education',
    'respondent.occupation',
    'serviceType',
    ...form.extraQuestions.map((q) => `extra.${q.id}`),
    'suggestion',
    'serviceCode',
  ];
}

/** The element id of a field path; for a radio group it is the fieldset's. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** Checks what the server would refuse, so the common mistakes never leave the phone. */
export function validate(values: DraftValues, form: SurveyForm, t: PublicDictionary): FieldErrors {
  const errors: FieldErrors = {};
  const { ageMin, ageMax } = form.respondentFields;
  for (const e of form.elements) {
    const a = values.answers[e.code];
    if (!(typeof a === 'number' && a >= 1 && a <= 4)) errors[`answers.${e.code}`] = t.pickAnswer;
  }
  if (!form.respondentFields.gender.includes(values.gender)) errors['respondent.gender'] = t.pickGender;
  const age = values.age.trim();
  if (!/^\d{1,3}$/.test(age) || Number(age) < ageMin || Number(age) > ageMax)
    errors['respondent.age'] = t.ageInvalid(ageMin, ageMax);
  if (!form.respondentFields.education.includes(values.education))
    errors['respondent.education'] = t.pickEducation;
  if (!form.respondentFields.occupation.includes(values.occupation))
    errors['respondent.occupation'] = t.pickOccupation;
  if (values.serviceType && !form.unit.serviceTypes.includes(values.serviceType))
    errors.serviceType = t.pickServiceType;
  if (values.suggestion.trim().length > MAX_SUGGESTION_LENGTH)
    errors.suggestion = t.suggestionTooLong(MAX_SUGGESTION_LENGTH);
  const code = normaliseServiceCode(values.serviceCode);
  if (form.unit.verification === 'required' && !code) errors.serviceCode = t.codeRequired;
  else if (form.unit.verification !== 'off' && code && !SERVICE_CODE.test(code))
    errors.serviceCode = t.codeInvalid;
  return errors;
}

/** The request body, serialised once: it is sent byte for byte the same on every attempt. */
export function buildBody(values: DraftValues, form: SurveyForm): PreparedBody {
  const body: SubmitSurveyBody = {
    // The form's elements are the nine the API asks for (U1–U9), whatever their order.
    answers: Object.fromEntries(
      form.elements.map((e) => [e.code, values.answers[e.code] ?? 0]),
    ) as SubmitSurveyBody['answers'],
    respondent: {
      gender: values.gender as SubmitSurveyBody['respondent']['gender'],
      age: Number(values.age.trim()),
      education: values.education as SubmitSurveyBody['respondent']['education'],
      occupation: values.occupation as SubmitSurveyBody['respondent']['occupation'],
    },
  };
  if (values.serviceType) body.serviceType = values.serviceType;
  const extra: Record<string, string> = {};
  for (const q of form.extraQuestions) {
    const v = values.extra[q.id]?.trim();
    if (v) extra[q.id] = v;
  }
  if (Object.keys(extra).length) body.extra = extra;
  const suggestion = values.suggestion.trim();
  if (suggestion) body.suggestion = suggestion;
  const code = normaliseServiceCode(values.serviceCode);
  if (form.unit.verification !== 'off' && code) body.serviceCode = code;
  return { body, json: JSON.stringify(body) };
}

/** The server's message for each field path, in the current language and placed on a field of the form. */
export function serverFieldErrors(
  errors: FieldError[],
  form: SurveyForm,
  t: PublicDictionary,
): { fields: FieldErrors; other: string[] } {
  const known = fieldOrder(form);
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const e of errors) {
    // `respondent` missing altogether lands on its first field; `answers.U3.x` on `answers.U3`.
    const path =
      known.find((k) => k === e.path || e.path.startsWith(`${k}.`)) ??
      known.find((k) => k.startsWith(`${e.path}.`));
    if (!path) {
      other.push(`${e.path}: ${e.message}`);
      continue;
    }
    fields[path] ??= messageFor(path, e.message, form, t);
  }
  return { fields, other };
}

function messageFor(path: string, message: string, form: SurveyForm, t: PublicDictionary): string {
  const { ageMin, ageMax } = form.respondentFields;
  if (path.startsWith('answers.')) return t.pickAnswer;
  if (path.startsWith('extra.')) return t.extraInvalid;
  switch (path) {
    case 'respondent.gender':
      return t.pickGender;
    case 'respondent.age':
      return t.ageInvalid(ageMin, ageMax);
    case 'respondent.education':
      return t.pickEducation;
    case 'respondent.occupation':
      return t.pickOccupation;
    case 'serviceType':
      return t.pickServiceType;
    case 'suggestion':
      return t.suggestionTooLong(MAX_SUGGESTION_LENGTH);
    case 'serviceCode':
      if (/expire/i.test(message)) return t.codeExpired;
      if (/required/i.test(message)) return t.codeRequired;
      if (/not a valid/i.test(message)) return t.codeInvalid;
      if (/used/i.test(message)) return t.codeUsed;
      return t.codeUnknown;
    default:
      return t.fieldInvalid;
  }
}

export const MAX_ATTEMPTS = 3;
/** Waits before the 2nd and 3rd attempts; a little jitter keeps a crowd at one counter from retrying in step. */
const BACKOFF_MS = [1000, 3000];

/**
 * The request with this key is still running on the server (a retry overtook the first attempt):
 * worth asking again, unlike a 409 for a used service code.
 */
const inFlight = (err: PublicApiError) => err.status === 409 && /idempotency/i.test(err.detail);

/** Sending the same body again may succeed: no answer, a server failure, or the key still in flight. */
export const retryable = (err: unknown): err is PublicApiError =>
  err instanceof PublicApiError && (err.transient || inFlight(err));

export type SubmitOutcome = { kind: 'saved'; id: string | null };

/**
 * Sends the form, retrying a lost connection or a server failure with the same key: the server
 * stores a keyed request once and answers a replay with the first answer, so a response that was
 * saved before the connection dropped is never counted twice.
 */
export async function submitResponse(opts: {
  tenant: string;
  unitId: string;
  body: PreparedBody;
  key: string;
  onAttempt: (attempt: number) => void;
  sleep?: (ms: number) => Promise<void>;
}): Promise<SubmitOutcome> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  opts.onAttempt(1);
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await submitSurveyResponse(opts.tenant, opts.unitId, opts.body, opts.key);
      return { kind: 'saved', id: res.id };
    } catch (err) {
      if (!(err instanceof PublicApiError)) throw err;
      // The key already belongs to a stored response whose body differed (the form was edited
      // after an attempt that was saved but whose answer was lost): that first response counts.
      if (err.status === 422 && /idempotency/i.test(`${err.detail} ${err.kind}`))
        return { kind: 'saved', id: null };
      if (!retryable(err) || attempt >= MAX_ATTEMPTS) throw err;
      // Announced before the wait, so the person sees at once that their answers are being resent.
      opts.onAttempt(attempt + 1);
      const wait = BACKOFF_MS[attempt - 1] ?? BACKOFF_MS[BACKOFF_MS.length - 1]!;
      await sleep(wait * (0.8 + Math.random() * 0.4));
    }
  }
}

import { useRef, useState } from 'preact/hooks';
import {
  ApiError,
  type ExtraQuestion,
  getSurveySettings,
  type SurveySettings,
  updateSurveySettings,
} from '../../api/client';
import { FormActions } from '../../components/forms';
import { ErrorMessage, InputField, Loading, Notice, SelectField, TextAreaField } from '../../components/ui';
import { useI18n } from '../../i18n';
import { useSchemaForm } from '../../lib/forms';
import { useAsync } from '../../lib/hooks';
import { type ElementCode, SURVEY_ELEMENTS, updateSurveySettingsSchema } from './schemas';
import { ConflictPrompt, SurveyHeader, useSurveyText } from './shared';

const MAX_EXTRA_QUESTIONS = 10;

export default function SurveySettingsPage() {
  return <Settings />;
}

function Settings() {
  const st = useSurveyText();
  const settings = useAsync(getSurveySettings, []);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section>
      <SurveyHeader current="/surveys/settings" />
      {notice && <Notice>{notice}</Notice>}
      <ErrorMessage error={settings.error} />
      {!settings.data && settings.loading && <Loading />}
      {settings.data && (
        <SettingsEditor
          // Saved or reloaded settings bring a new version: the editor starts again from them.
          key={`${settings.data.version}:${settings.data.updatedAt}`}
          settings={settings.data}
          onSaved={() => {
            setNotice(st.settings.saved);
            void settings.reload();
          }}
          onReload={() => {
            setNotice(null);
            void settings.reload();
          }}
          onSubmitting={() => setNotice(null)}
        />
      )}
    </section>
  );
}

/** An extra question as edited: the options as one line each, and a key that survives reordering. */
interface QuestionDraft {
  key: number;
  id: string;
  textId: string;
  textEn: string;
  kind: ExtraQuestion['kind'];
  options: string;
}

let nextKey = 1;
const toDraft = (q: ExtraQuestion): QuestionDraft => ({
  key: nextKey++,
  id: q.id,
  textId: q.text.id,
  textEn: q.text.en,
  kind: q.kind,
  options: (q.options ?? []).join('\n'),
});
const fromDraft = (d: QuestionDraft) => {
  const options = d.options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    id: d.id.trim(),
    text: { id: d.textId, en: d.textEn },
    kind: d.kind,
    // A text question has no options; a choice question with none gets the "required" error.
    options: d.kind === 'choice' && options.length > 0 ? options : undefined,
  };
};

/** An error on one option (`extraQuestions.0.options.2`) shows on the options box. */
function foldOptionErrors(fields: Record<string, string>): Record<string, string> {
  const out = { ...fields };
  for (const [path, message] of Object.entries(fields)) {
    const m = /^(extraQuestions\.\d+\.options)\.\d+$/.exec(path);
    if (m?.[1]) out[m[1]] ??= message;
  }
  return out;
}

function SettingsEditor({
  settings,
  onSaved,
  onReload,
  onSubmitting,
}: {
  settings: SurveySettings;
  onSaved: () => void;
  onReload: () => void;
  /** A new attempt: the last "saved" notice no longer describes the form. */
  onSubmitting: () => void;
}) {
  const st = useSurveyText();
  const [order, setOrder] = useState<ElementCode[]>(settings.elementOrder as ElementCode[]);
  const [questions, setQuestions] = useState<QuestionDraft[]>(() => settings.extraQuestions.map(toDraft));
  const [rate, setRate] = useState(String(settings.rateLimitPerHour));

  const form = useSchemaForm(
    updateSurveySettingsSchema,
    () => ({
      elementOrder: order,
      extraQuestions: questions.map(fromDraft),
      rateLimitPerHour: rate.trim() === '' ? undefined : Number(rate),
      version: settings.version,
    }),
    async (body) => {
      await updateSurveySettings(body);
      onSaved();
    },
  );
  const fields = foldOptionErrors(form.fields);
  const conflict = form.error instanceof ApiError && form.error.type === 'version-conflict';
  const shown = [
    'elementOrder',
    'rateLimitPerHour',
    ...questions.flatMap((_, i) =>
      ['id', 'text.id', 'text.en', 'kind', 'options'].map((f) => `extraQuestions.${i}.${f}`),
    ),
    ...Object.keys(form.fields).filter((k) => /^extraQuestions\.\d+\.options\.\d+$/.test(k)),
  ];

  const update = (key: number, patch: Partial<QuestionDraft>) =>
    setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));

  return (
    <form
      class="stack"
      noValidate
      aria-label={st.settings.title}
      onSubmit={(e) => {
        onSubmitting();
        void form.submit(e);
      }}
    >
      {settings.version === 0 && <p class="muted">{st.settings.neverSaved}</p>}
      {conflict ? (
        <ConflictPrompt
          message={st.settings.conflict}
          onReload={onReload}
          label={st.settings.reloadSettings}
        />
      ) : (
        <ErrorMessage error={form.error} fieldNames={shown} />
      )}

      <fieldset class="card">
        <legend>{st.settings.orderTitle}</legend>
        <p class="muted small">{st.settings.orderIntro}</p>
        {fields.elementOrder && <p class="field-error">{fields.elementOrder}</p>}
        <ElementOrder order={order} onChange={setOrder} />
      </fieldset>

      <fieldset class="card">
        <legend>{st.settings.extraTitle}</legend>
        <p class="muted small">{st.settings.extraIntro}</p>
        {questions.length === 0 && <p class="muted">{st.settings.extraEmpty}</p>}
        <ol class="question-list">
          {questions.map((q, i) => (
            <li key={q.key} class="question-item">
              <fieldset class="question-fields">
                <legend>{st.settings.question(i + 1)}</legend>
                <div class="grid-2">
                  <InputField
                    label={st.settings.questionId}
                    name={`extraQuestions.${i}.id`}
                    value={q.id}
                    errors={fields}
                    hint={st.settings.questionIdHint}
                    maxLength={32}
                    autoCapitalize="none"
                    onInput={(e) => update(q.key, { id: e.currentTarget.value })}
                  />
                  <SelectField
                    label={st.settings.kind}
                    name={`extraQuestions.${i}.kind`}
                    value={q.kind}
                    errors={fields}
                    onChange={(e) => update(q.key, { kind: e.currentTarget.value as QuestionDraft['kind'] })}
                  >
                    <option value="text">{st.settings.kinds.text}</option>
                    <option value="choice">{st.settings.kinds.choice}</option>
                  </SelectField>
                  <InputField
                    label={st.settings.textId}
                    name={`extraQuestions.${i}.text.id`}
                    value={q.textId}
                    errors={fields}
                    maxLength={300}
                    lang="id"
                    onInput={(e) => update(q.key, { textId: e.currentTarget.value })}
                  />
                  <InputField
                    label={st.settings.textEn}
                    name={`extraQuestions.${i}.text.en`}
                    value={q.textEn}
                    errors={fields}
                    maxLength={300}
                    lang="en"
                    onInput={(e) => update(q.key, { textEn: e.currentTarget.value })}
                  />
                </div>
                {q.kind === 'choice' && (
                  <TextAreaField
                    label={st.settings.options}
                    name={`extraQuestions.${i}.options`}
                    value={q.options}
                    errors={fields}
                    hint={st.settings.optionsHint}
                    rows={4}
                    onInput={(e) => update(q.key, { options: e.currentTarget.value })}
                  />
                )}
                <p>
                  <button
                    type="button"
                    class="btn btn-small btn-danger"
                    onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}
                  >
                    {st.settings.removeQuestion(i + 1)}
                  </button>
                </p>
              </fieldset>
            </li>
          ))}
        </ol>
        {questions.length < MAX_EXTRA_QUESTIONS ? (
          <button
            type="button"
            class="btn"
            onClick={() =>
              setQuestions((qs) => [
                ...qs,
                { key: nextKey++, id: '', textId: '', textEn: '', kind: 'text', options: '' },
              ])
            }
          >
            + {st.settings.addQuestion}
          </button>
        ) : (
          <p class="muted small">{st.settings.maxQuestions}</p>
        )}
      </fieldset>

      <fieldset class="card">
        <legend>{st.settings.rateTitle}</legend>
        <InputField
          label={st.settings.rateLimit}
          name="rateLimitPerHour"
          type="number"
          inputMode="numeric"
          min={1}
          max={100_000}
          value={rate}
          errors={fields}
          hint={st.settings.rateHint}
          onInput={(e) => setRate(e.currentTarget.value)}
        />
      </fieldset>

      <FormActions label={st.settings.save} busy={form.busy} />
    </form>
  );
}

/**
 * The nine elements in display order, each with up and down buttons. After a move, focus follows
 * the element, so a keyboard user can press the same button again; a live region says where it went.
 */
function ElementOrder({
  order,
  onChange,
}: {
  order: ElementCode[];
  onChange: (next: ElementCode[]) => void;
}) {
  const st = useSurveyText();
  const { lang } = useI18n();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [said, setSaid] = useState('');

  const move = (from: number, to: number) => {
    const next = [...order];
    const [code] = next.splice(from, 1);
    if (!code) return;
    next.splice(to, 0, code);
    onChange(next);
    setSaid(st.settings.moved(`${code} ${SURVEY_ELEMENTS[code].name[lang]}`, to + 1));
    const up = to < from;
    // At the top or the bottom the pressed button is disabled; the other one keeps the focus.
    const atEdge = up ? to === 0 : to === next.length - 1;
    const target = `${code}:${up !== atEdge ? 'up' : 'down'}`;
    requestAnimationFrame(() => buttons.current.get(target)?.focus());
  };

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <>
      <ol class="order-list">
        {order.map((code, i) => {
          const name = `${code} ${SURVEY_ELEMENTS[code].name[lang]}`;
          return (
            <li key={code}>
              <span class="order-pos" aria-hidden="true">
                {i + 1}.
              </span>
              <code>{code}</code>
              <span class="order-name">{SURVEY_ELEMENTS[code].name[lang]}</span>
              <span class="row-actions">
                <button
                  type="button"
                  class="btn btn-small"
                  ref={ref(`${code}:up`)}
                  aria-label={st.settings.moveUp(name)}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  ref={ref(`${code}:down`)}
                  aria-label={st.settings.moveDown(name)}
                  disabled={i === order.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="sr-only" aria-live="polite">
        {said}
      </p>
    </>
  );
}

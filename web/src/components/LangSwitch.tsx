import { type Lang, useI18n } from '../i18n';
import { en } from '../i18n/en';
import { id } from '../i18n/id';

const LANGS: { lang: Lang; label: string; short: string }[] = [
  { lang: 'id', label: id.langName, short: 'ID' },
  { lang: 'en', label: en.langName, short: 'EN' },
];

/** Each option is labelled in its own language, so a reader of either can find it. */
export function LangSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <fieldset class="lang-switch">
      <legend class="sr-only">{t.header.language}</legend>
      {LANGS.map((l) => (
        <button
          key={l.lang}
          type="button"
          lang={l.lang}
          class="lang-btn"
          aria-pressed={lang === l.lang}
          onClick={() => setLang(l.lang)}
        >
          <span class="lang-long">{l.label}</span>
          <span class="lang-short" aria-hidden="true">
            {l.short}
          </span>
        </button>
      ))}
    </fieldset>
  );
}

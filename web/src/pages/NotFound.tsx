import { PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle>{t.notFound.title}</PageTitle>
      <p>
        <a href="/">{t.notFound.back}</a>
      </p>
    </section>
  );
}

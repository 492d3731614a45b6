import { lazy } from 'preact-iso';
import { PageTitle } from '../components/ui';
import { useI18n } from '../i18n';
import { useMe } from '../session';

// The tiles and their requests load after the first paint, so the sign-in bundle stays small.
const HomeTiles = lazy(() => import('./home/Tiles'));

export function Home() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <section>
      <PageTitle>{t.home.greeting(me.user.name)}</PageTitle>
      <dl class="facts">
        <div>
          <dt>{t.home.role}</dt>
          <dd>{t.roles[me.user.role]}</dd>
        </div>
        <div>
          <dt>{t.home.tenant}</dt>
          <dd>{me.tenant ? me.tenant.name : t.header.platform}</dd>
        </div>
      </dl>
      {me.tenant && <HomeTiles />}
    </section>
  );
}

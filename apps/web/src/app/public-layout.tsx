import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { CenteredLayout, Select } from '@campus/web-ui';
import { languageOptions } from '../features/profile';
import { isLocale, setLocale } from '../i18n';
import { useRouteFocus } from './use-route-focus';

/** Sign in, registration and the pages that e-mailed links open; `wide` for the public course pages. */
export function PublicLayout({ wide = false }: { wide?: boolean }) {
  const { t, i18n } = useTranslation('common');
  const { t: tCourses } = useTranslation('courses');
  useRouteFocus();
  return (
    <CenteredLayout
      wide={wide}
      brand={
        <>
          <Link to="/" className="ui-centered__brand">
            {t('appName')}
          </Link>
          <nav className="ui-centered__nav" aria-label={t('nav.label')}>
            <Link to="/catalogue">{tCourses('nav.catalogue')}</Link>
          </nav>
        </>
      }
      skipLinkLabel={t('skipLink')}
      footer={
        <div className="ui-stack" style={{ alignItems: 'center', gap: '0.5rem' }}>
          <Select
            label={t('language')}
            inline
            options={languageOptions()}
            value={isLocale(i18n.language) ? i18n.language : 'en'}
            onChange={(e) => isLocale(e.target.value) && void setLocale(e.target.value)}
          />
          <span>{t('tagline')}</span>
        </div>
      }
    >
      <Outlet />
    </CenteredLayout>
  );
}

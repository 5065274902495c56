import { useTranslation } from 'react-i18next';
import { CenteredLayout, ErrorState } from '@campus/web-ui';

/** A render error somewhere below the router: offer a reload rather than a white page. */
export function RouteErrorPage() {
  const { t } = useTranslation('common');
  return (
    <CenteredLayout
      brand={<span className="ui-centered__brand">{t('appName')}</span>}
      skipLinkLabel={t('skipLink')}
    >
      <div className="ui-card">
        <ErrorState
          title={t('crash.title')}
          message={t('crash.body')}
          onRetry={() => window.location.reload()}
          retryLabel={t('crash.reload')}
        />
      </div>
    </CenteredLayout>
  );
}

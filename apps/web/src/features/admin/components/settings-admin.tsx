import { useTranslation } from 'react-i18next';
import { Alert, Card, PageHeader, Switch } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { useAdminSettings, useUpdateSettings } from '../hooks/use-admin';

export function SettingsAdmin() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('settings.title'));
  const settings = useAdminSettings();
  const update = useUpdateSettings();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <QueryState query={settings} loadingLabel={t('settings.loading')}>
        {(s) => (
          <Card title={t('settings.registration')}>
            <div className="ui-stack">
              <Switch
                label={t('settings.registrationEnabled')}
                hint={t('settings.registrationHint')}
                checked={s.registrationEnabled}
                disabled={update.isPending}
                onChange={(e) => update.mutate({ registrationEnabled: e.target.checked })}
              />
              {update.isSuccess && (
                <Alert tone="success">
                  {update.data.registrationEnabled ? t('settings.nowOpen') : t('settings.nowClosed')}
                </Alert>
              )}
              {update.error && <ProblemAlert error={update.error} />}
            </div>
          </Card>
        )}
      </QueryState>
    </>
  );
}

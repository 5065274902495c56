import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Select } from '@campus/web-ui';
import { managedMemberships, useCurrentUser } from '../../auth';

/** Managers of several organisations switch between their people pages here. */
export function OrgSwitcher({ orgId, organisationName }: { orgId: string; organisationName?: string }) {
  const { t } = useTranslation('people');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const options = managedMemberships(user).map((m) => ({
    value: m.organisationId,
    label: m.organisationName,
  }));
  // A platform admin may look at an organisation they do not belong to.
  if (!options.some((o) => o.value === orgId))
    options.unshift({ value: orgId, label: organisationName ?? orgId });
  if (options.length < 2) return null;
  return (
    <Select
      label={t('switcher.label')}
      options={options}
      value={orgId}
      inline
      onChange={(e) => void navigate(`/orgs/${e.target.value}/people`)}
    />
  );
}

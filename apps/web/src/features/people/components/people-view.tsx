import { useTranslation } from 'react-i18next';
import { countryName } from '../../../format/countries';
import { Card, EmptyState, PageHeader } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../components/document-title';
import { canManageOrganisation, useCurrentUser } from '../../auth';
import { useOrganisation } from '../hooks/use-people';
import { CsvInvite } from './csv-invite';
import { InvitationsSection } from './invitations-section';
import { InvitePersonForm } from './invite-form';
import { MembersSection } from './members-section';
import { OrgSwitcher } from './org-switcher';

/** An organisation's people, for its managers and platform admins. */
export function PeopleView({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('people');
  const user = useCurrentUser();
  const organisation = useOrganisation(orgId);
  const name = organisation.data?.name;
  useDocumentTitle(name ? t('title', { organisation: name }) : t('titleShort'));

  if (!canManageOrganisation(user, orgId)) {
    return (
      <>
        <PageHeader title={t('titleShort')} />
        <EmptyState title={t('notAllowedTitle')}>{t('notAllowedBody')}</EmptyState>
      </>
    );
  }
  if (!organisation.isSuccess) {
    return (
      <>
        <PageHeader title={t('titleShort')} />
        <QueryState query={organisation} loadingLabel={t('loading')}>
          {() => null}
        </QueryState>
      </>
    );
  }
  const org = organisation.data;
  return (
    <>
      <PageHeader
        title={t('title', { organisation: org.name })}
        description={t('description', {
          city: org.city,
          country: countryName(org.country, i18n.resolvedLanguage ?? 'en'),
        })}
        actions={<OrgSwitcher orgId={orgId} organisationName={org.name} />}
      />
      <div className="ui-stack">
        <Card title={t('members.title')}>
          <MembersSection orgId={orgId} organisationName={org.name} />
        </Card>
        <div
          className="ui-grid"
          style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(22rem, 100%), 1fr))' }}
        >
          <Card title={t('invite.title')}>
            <InvitePersonForm orgId={orgId} />
          </Card>
          <Card title={t('csv.title')}>
            <CsvInvite orgId={orgId} />
          </Card>
        </div>
        <Card title={t('invitations.title')}>
          <InvitationsSection orgId={orgId} />
        </Card>
      </div>
    </>
  );
}

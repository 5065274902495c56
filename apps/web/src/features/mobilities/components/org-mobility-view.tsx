import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { canManageOrganisation, useCurrentUser } from '../../auth';
import { ManagerGate } from '../../enrolments';
import { useMobility } from '../hooks/use-mobilities';
import { isEditable } from '../lib/mobility-status';
import { MobilityRecord } from './mobility-record';
import { MobilitySections } from './mobility-sections';
import { MobilityStatusActions } from './mobility-status-actions';

/** A manager's page of one mobility: the record, its status actions, then its sections. */
export function OrgMobilityView({ orgId, mobilityId }: { orgId: string; mobilityId: string }) {
  const { t } = useTranslation('mobilities');
  const user = useCurrentUser();
  // Asked only when the gate below will let the person in.
  const mobility = useMobility(orgId, mobilityId, canManageOrganisation(user, orgId));
  const m = mobility.data;
  const title = m
    ? t('record.titleOf', { activity: t(`activityType.${m.activityType}`), name: m.participant.name })
    : t('record.title');
  const list = `/orgs/${orgId}/mobilities`;
  return (
    <ManagerGate orgId={orgId} title={title}>
      <div className="ui-stack">
        <p style={{ margin: 0 }}>
          <Link to={list}>{t('form.backToList')}</Link>
        </p>
        <QueryState query={mobility} loadingLabel={t('record.loading')}>
          {(record) => (
            <>
              {isEditable(record.status) ? (
                <div>
                  <Link
                    to={`${list}/${record.id}/edit`}
                    className={buttonClassName({ variant: 'secondary' })}
                  >
                    {t('record.edit')}
                  </Link>
                </div>
              ) : (
                <p className="ui-muted" style={{ margin: 0 }}>
                  {t('record.notEditable', { status: t(`status.${record.status}`) })}
                </p>
              )}
              <MobilityRecord mobility={record} />
              <MobilityStatusActions orgId={orgId} mobility={record} />
              <MobilitySections mobility={record} orgId={orgId} />
            </>
          )}
        </QueryState>
      </div>
    </ManagerGate>
  );
}

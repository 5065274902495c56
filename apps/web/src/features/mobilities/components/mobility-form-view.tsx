import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert, Card } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { ManagerGate } from '../../enrolments';
import { useMembers } from '../../people';
import { useCreateMobility, useMobility, useUpdateMobility } from '../hooks/use-mobilities';
import { emptyMobilityValues, mobilityValues } from '../lib/mobility-form';
import { isEditable } from '../lib/mobility-status';
import { MobilityForm } from './mobility-form';

const listPath = (orgId: string) => `/orgs/${orgId}/mobilities`;
const recordPath = (orgId: string, id: string) => `${listPath(orgId)}/${id}`;

/** A new mobility record; it starts as a draft and opens once saved. */
export function NewMobility({ orgId }: { orgId: string }) {
  const { t } = useTranslation('mobilities');
  return (
    <ManagerGate orgId={orgId} title={t('form.newTitle')} description={t('form.newDescription')}>
      <NewMobilityContent orgId={orgId} />
    </ManagerGate>
  );
}

function NewMobilityContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('mobilities');
  const navigate = useNavigate();
  const members = useMembers(orgId);
  const create = useCreateMobility(orgId);
  return (
    <div className="ui-stack">
      <p>
        <Link to={listPath(orgId)}>{t('form.backToList')}</Link>
      </p>
      <QueryState query={members} loadingLabel={t('form.loadingMembers')}>
        {(list) => (
          <Card>
            <MobilityForm
              initial={emptyMobilityValues()}
              members={list}
              submitLabel={t('form.create')}
              cancelTo={listPath(orgId)}
              busy={create.isPending}
              onSubmit={(body) =>
                create.mutateAsync(body).then((saved) => navigate(recordPath(orgId, saved.id)))
              }
            />
          </Card>
        )}
      </QueryState>
    </div>
  );
}

/** The details of a draft or agreed record; later the page says why they cannot change. */
export function EditMobility({ orgId, mobilityId }: { orgId: string; mobilityId: string }) {
  const { t } = useTranslation('mobilities');
  return (
    <ManagerGate orgId={orgId} title={t('form.editTitle')}>
      <EditMobilityContent orgId={orgId} mobilityId={mobilityId} />
    </ManagerGate>
  );
}

function EditMobilityContent({ orgId, mobilityId }: { orgId: string; mobilityId: string }) {
  const { t } = useTranslation('mobilities');
  const navigate = useNavigate();
  const mobility = useMobility(orgId, mobilityId);
  const members = useMembers(orgId);
  const update = useUpdateMobility(orgId, mobilityId);
  const back = recordPath(orgId, mobilityId);
  return (
    <div className="ui-stack">
      <p>
        <Link to={back}>{t('form.backToRecord')}</Link>
      </p>
      <QueryState query={mobility} loadingLabel={t('record.loading')}>
        {(m) =>
          isEditable(m.status) ? (
            <Card>
              <MobilityForm
                initial={mobilityValues(m)}
                members={members.data ?? []}
                saved={m}
                submitLabel={t('form.save')}
                cancelTo={back}
                busy={update.isPending}
                onSubmit={(body) => update.mutateAsync(body).then(() => navigate(back))}
              />
            </Card>
          ) : (
            <Alert tone="warning" title={t('form.notEditableTitle')}>
              <p>{t('form.notEditableBody', { status: t(`status.${m.status}`) })}</p>
            </Alert>
          )
        }
      </QueryState>
    </div>
  );
}

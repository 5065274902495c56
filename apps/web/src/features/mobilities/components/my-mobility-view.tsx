import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { QueryState } from '../../../components/query-state';
import { useMyMobilities } from '../hooks/use-mobilities';
import { MobilityRecord } from './mobility-record';
import { AgreementSection } from '../../learning-agreements';
import { LogbookLink } from '../../logbook';
import { MentorActivity } from '../../mentor';

/**
 * The participant's own record, read-only, found in their list of mobilities. The participant's
 * sections (agreement, logbook…) follow the record here, one line each.
 */
export function MyMobilityView({ mobilityId }: { mobilityId: string }) {
  const { t } = useTranslation('mobilities');
  const mine = useMyMobilities();
  const m = mine.data?.find((x) => x.id === mobilityId);
  const title = m
    ? t('record.titleOf', { activity: t(`activityType.${m.activityType}`), name: m.host.name })
    : t('record.title');
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <div className="ui-stack">
        <p style={{ margin: 0 }}>
          <Link to="/my-mobilities">{t('mine.backToList')}</Link>
        </p>
        <QueryState
          query={mine}
          loadingLabel={t('record.loading')}
          isEmpty={(list) => !list.some((x) => x.id === mobilityId)}
          empty={<EmptyState title={t('mine.notFoundTitle')}>{t('mine.notFoundBody')}</EmptyState>}
        >
          {(list) => {
            const mobility = list.find((x) => x.id === mobilityId);
            return (
              mobility && (
                <>
                  <MobilityRecord mobility={mobility} />
                  <AgreementSection scope={{ kind: 'me', mobilityId: mobility.id }} />
                  <LogbookLink mobilityId={mobility.id} />
                  <MentorActivity scope={{ kind: 'me', mobilityId: mobility.id }} />
                </>
              )
            );
          }}
        </QueryState>
      </div>
    </>
  );
}

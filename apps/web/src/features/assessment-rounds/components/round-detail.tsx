import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundView } from '@campus/contracts';
import {
  Alert,
  Button,
  Card,
  ConfirmDialog,
  DescriptionList,
  PageHeader,
  buttonClassName,
} from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { languageAutonym } from '../../profile';
import { useCloseRound, useRound } from '../hooks/use-rounds';
import { GroupsTable } from './groups-table';
import { InviteForm } from './invite-form';
import { RoundStatusBadge } from './round-status-badge';
import { SharedLinkPanel } from './shared-link-panel';

/** A round for its school's managers: counts per group, links, invitations, closing. */
export function RoundDetail({ orgId, roundId }: { orgId: string; roundId: string }) {
  const { t } = useTranslation('rounds');
  const round = useRound(orgId, roundId);
  return (
    <QueryState query={round} loadingLabel={t('round.loading')}>
      {(r) => <RoundSections orgId={orgId} round={r} />}
    </QueryState>
  );
}

function RoundSections({ orgId, round }: { orgId: string; round: RoundView }) {
  const { t } = useTranslation('rounds');
  const { date, dateTime } = useDateFormat();
  useDocumentTitle(round.title);
  const base = `/orgs/${orgId}/self-assessment`;
  const isOpen = round.status === 'open';
  return (
    <>
      <p>
        <Link to={base}>{t('round.back')}</Link>
      </p>
      <PageHeader
        title={round.title}
        description={<RoundStatusBadge status={round.status} />}
        actions={
          // Results exist once the round is closed (the API answers 409 while it takes answers).
          isOpen ? undefined : (
            <Link
              to={`${base}/rounds/${round.id}/results`}
              className={buttonClassName({ variant: 'secondary' })}
            >
              {t('round.seeResults')}
            </Link>
          )
        }
      />
      <div className="ui-stack">
        {isOpen ? (
          <Alert tone="info">{t('round.resultsAfterClosing')}</Alert>
        ) : (
          <Alert tone="info">{t('round.closedNotice')}</Alert>
        )}
        <Card title={t('round.details')}>
          <DescriptionList
            items={[
              {
                key: 'framework',
                term: t('round.framework'),
                description: `${round.framework.title} (v${round.framework.version})`,
              },
              { key: 'language', term: t('round.language'), description: languageAutonym(round.locale) },
              { key: 'min', term: t('round.minGroupSize'), description: round.minGroupSize },
              round.closedAt
                ? { key: 'closed', term: t('round.closedAt'), description: dateTime(round.closedAt) }
                : {
                    key: 'closes',
                    term: t('round.closes'),
                    description: round.closesAt ? date(round.closesAt) : t('list.noClosingDate'),
                  },
              ...(round.customQuestions.length > 0
                ? [
                    {
                      key: 'questions',
                      term: t('round.ownQuestions'),
                      description: (
                        <ol>
                          {round.customQuestions.map((q) => (
                            <li key={q.key}>{q.text}</li>
                          ))}
                        </ol>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card title={t('round.groupsTitle')}>
          <p className="ui-muted">{t('round.anonymityNote')}</p>
          <GroupsTable round={round} />
        </Card>
        {isOpen && (
          <>
            {round.respondentGroups.map((group) => (
              <SharedLinkPanel key={group} orgId={orgId} round={round} group={group} />
            ))}
            <InviteForm orgId={orgId} round={round} />
            <CloseRound orgId={orgId} roundId={round.id} />
          </>
        )}
      </div>
    </>
  );
}

function CloseRound({ orgId, roundId }: { orgId: string; roundId: string }) {
  const { t } = useTranslation('rounds');
  const close = useCloseRound(orgId, roundId);
  const [confirming, setConfirming] = useState(false);
  return (
    <Card title={t('round.closeTitle')}>
      <div className="ui-stack">
        <p>{t('round.closeBody')}</p>
        {close.isError && <ProblemAlert error={close.error} />}
        <div>
          <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
            {t('round.close')}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('round.closeTitle')}
        confirmLabel={t('round.closeConfirm')}
        cancelLabel={t('round.cancel')}
        confirmVariant="danger"
        busy={close.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
      >
        <p>{t('round.closeBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}

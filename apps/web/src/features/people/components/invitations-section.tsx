import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationView } from '@campus/contracts';
import { Badge, Button, ConfirmDialog, EmptyState, Table, type BadgeTone, type Column } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { useInvitations, useRevokeInvitation } from '../hooks/use-people';

const STATUS_TONE: Record<InvitationView['status'], BadgeTone> = {
  pending: 'info',
  accepted: 'success',
  revoked: 'neutral',
  expired: 'warning',
};

export function InvitationsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation('common');
  const invitations = useInvitations(orgId);
  const revoke = useRevokeInvitation(orgId);
  const [toRevoke, setToRevoke] = useState<InvitationView | null>(null);
  const fmt = useDateFormat();

  const columns: Column<InvitationView>[] = [
    { key: 'email', header: t('invitations.email'), cell: (i) => <span className="ui-mono">{i.email}</span> },
    { key: 'role', header: t('invitations.role'), cell: (i) => tc(`roles.${i.role}`) },
    {
      key: 'status',
      header: t('invitations.status'),
      cell: (i) => <Badge tone={STATUS_TONE[i.status]}>{t(`invitations.statuses.${i.status}`)}</Badge>,
    },
    { key: 'sent', header: t('invitations.sent'), cell: (i) => fmt.dateTime(i.createdAt) },
    { key: 'expires', header: t('invitations.expires'), cell: (i) => fmt.dateTime(i.expiresAt) },
    {
      key: 'actions',
      header: t('invitations.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (i) =>
        i.status === 'pending' && (
          <Button
            variant="ghost"
            size="small"
            onClick={() => setToRevoke(i)}
            aria-label={t('invitations.revokeLabel', { email: i.email })}
          >
            {t('invitations.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <>
      {revoke.error && <ProblemAlert error={revoke.error} />}
      <QueryState
        query={invitations}
        loadingLabel={t('invitations.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title={t('invitations.emptyTitle')}>{t('invitations.emptyBody')}</EmptyState>}
      >
        {(rows) => (
          <Table
            caption={t('invitations.caption')}
            hideCaption
            columns={columns}
            rows={rows}
            rowKey={(i) => i.id}
          />
        )}
      </QueryState>
      <ConfirmDialog
        open={toRevoke !== null}
        title={t('invitations.confirmTitle')}
        confirmLabel={t('invitations.confirmRevoke')}
        cancelLabel={tc('actions.cancel')}
        busy={revoke.isPending}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => toRevoke && revoke.mutate(toRevoke.id, { onSettled: () => setToRevoke(null) })}
      >
        <p>{toRevoke && t('invitations.confirmBody', { email: toRevoke.email })}</p>
      </ConfirmDialog>
    </>
  );
}

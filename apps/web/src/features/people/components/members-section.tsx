import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, type MemberView } from '@campus/contracts';
import { Badge, Button, ConfirmDialog, EmptyState, Select, Table, type Column } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { useCurrentUser } from '../../auth';
import { useChangeRole, useMembers, useRemoveMember } from '../hooks/use-people';
import { roleOptions } from './role-options';

export function MembersSection({ orgId, organisationName }: { orgId: string; organisationName: string }) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation('common');
  const me = useCurrentUser();
  const members = useMembers(orgId);
  const changeRole = useChangeRole(orgId, me.id);
  const remove = useRemoveMember(orgId);
  const [toRemove, setToRemove] = useState<MemberView | null>(null);
  const fmt = useDateFormat();
  const roles = roleOptions(tc);

  const columns: Column<MemberView>[] = [
    {
      key: 'name',
      header: t('members.name'),
      cell: (m) => (
        <>
          {m.name} {m.userId === me.id && <Badge tone="info">{t('members.you')}</Badge>}
        </>
      ),
    },
    { key: 'email', header: t('members.email'), cell: (m) => <span className="ui-mono">{m.email}</span> },
    {
      key: 'role',
      header: t('members.role'),
      cell: (m) => (
        <Select
          label={t('members.roleOf', { name: m.name })}
          hideLabel
          inline
          options={roles}
          value={m.role}
          disabled={changeRole.isPending && changeRole.variables?.userId === m.userId}
          onChange={(e) => {
            const role = Role.safeParse(e.target.value);
            if (role.success) changeRole.mutate({ userId: m.userId, role: role.data });
          }}
        />
      ),
    },
    {
      key: 'status',
      header: t('members.status'),
      cell: (m) =>
        m.active ? (
          <Badge tone="success">{t('members.active')}</Badge>
        ) : (
          <Badge tone="danger">{t('members.deactivated')}</Badge>
        ),
    },
    { key: 'joined', header: t('members.joined'), cell: (m) => fmt.date(m.joinedAt) },
    {
      key: 'actions',
      header: t('members.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (m) => (
        <Button
          variant="ghost"
          size="small"
          onClick={() => setToRemove(m)}
          aria-label={t('members.removeLabel', { name: m.name })}
        >
          {t('members.remove')}
        </Button>
      ),
    },
  ];

  return (
    <>
      {changeRole.error && (
        <ProblemAlert error={changeRole.error} messages={{ LAST_MANAGER: t('members.lastManager') }} />
      )}
      {remove.error && (
        <ProblemAlert error={remove.error} messages={{ LAST_MANAGER: t('members.lastManager') }} />
      )}
      <QueryState
        query={members}
        loadingLabel={t('members.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={<EmptyState title={t('members.emptyTitle')}>{t('members.emptyBody')}</EmptyState>}
      >
        {(rows) => (
          <Table
            caption={t('members.caption', { organisation: organisationName, count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(m) => m.userId}
          />
        )}
      </QueryState>
      <ConfirmDialog
        open={toRemove !== null}
        title={t('members.confirmTitle')}
        confirmLabel={t('members.confirmRemove')}
        cancelLabel={tc('actions.cancel')}
        busy={remove.isPending}
        onCancel={() => setToRemove(null)}
        onConfirm={() => toRemove && remove.mutate(toRemove.userId, { onSettled: () => setToRemove(null) })}
      >
        <p>{toRemove && t('members.confirmBody', { name: toRemove.name, organisation: organisationName })}</p>
      </ConfirmDialog>
    </>
  );
}

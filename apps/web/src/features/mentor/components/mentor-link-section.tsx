import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorLinkState, MentorLinkView, MobilityView } from '@campus/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  Table,
  type BadgeTone,
  type Column,
} from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { useMentorLinks, useRevokeMentorLink, useSendMentorLink } from '../hooks/use-mentor-links';
import { MentorActivity } from './mentor-activity';

const TONES: Record<MentorLinkState, BadgeTone> = {
  active: 'success',
  expired: 'neutral',
  revoked: 'danger',
};

/**
 * On the manager's record page: send (or re-send) the host mentor's link by e-mail, the links sent
 * with their state and a Revoke for each active one, and what the mentor did through them.
 */
export function MentorLinkSection({ mobility, orgId }: { mobility: MobilityView; orgId: string }) {
  const { t, i18n } = useTranslation('mentor');
  const fmt = useDateFormat();
  const links = useMentorLinks(orgId, mobility.id);
  const send = useSendMentorLink(orgId, mobility.id);
  const revoke = useRevokeMentorLink(orgId, mobility.id);
  const [revoking, setRevoking] = useState<MentorLinkView | null>(null);
  const closed = mobility.status === 'cancelled' || mobility.status === 'validated';
  const language =
    new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], { type: 'language' }).of(
      mobility.mentor.language,
    ) ?? mobility.mentor.language;

  const columns: Column<MentorLinkView>[] = [
    {
      key: 'sent',
      header: t('links.sent'),
      cell: (l) =>
        l.createdBy
          ? t('links.sentBy', { date: fmt.dateTime(l.createdAt), name: l.createdBy.name })
          : fmt.dateTime(l.createdAt),
    },
    { key: 'expires', header: t('links.expires'), cell: (l) => fmt.dateTime(l.expiresAt) },
    {
      key: 'used',
      header: t('links.lastUsed'),
      cell: (l) => (l.lastUsedAt ? fmt.dateTime(l.lastUsedAt) : t('links.never')),
    },
    {
      key: 'state',
      header: t('links.state'),
      cell: (l) => <Badge tone={TONES[l.state]}>{t(`links.states.${l.state}`)}</Badge>,
    },
    {
      key: 'actions',
      header: t('links.actions'),
      hideHeader: true,
      cell: (l) =>
        l.state === 'active' && (
          <Button
            size="small"
            variant="secondary"
            aria-label={t('links.revokeOne', { date: fmt.dateTime(l.createdAt) })}
            onClick={() => setRevoking(l)}
          >
            {t('links.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <Card title={t('links.title')}>
      <div className="ui-stack">
        <p style={{ margin: 0 }}>
          {t('links.intro', { name: mobility.mentor.name, email: mobility.mentor.email, language })}
        </p>
        {send.isSuccess && (
          <Alert tone="success">
            {t('links.sentNotice', { email: mobility.mentor.email, date: fmt.dateTime(send.data.expiresAt) })}
          </Alert>
        )}
        {send.isError && <ProblemAlert error={send.error} />}
        {revoke.isError && <ProblemAlert error={revoke.error} />}
        {closed ? (
          <Alert tone="info">{t('links.closed')}</Alert>
        ) : (
          <div>
            <Button loading={send.isPending} onClick={() => send.mutate()}>
              {links.data?.length ? t('links.resend') : t('links.send')}
            </Button>
          </div>
        )}
        <QueryState query={links} loadingLabel={t('links.loading')}>
          {(list) =>
            list.length === 0 ? (
              <p className="ui-muted" style={{ margin: 0 }}>
                {t('links.none')}
              </p>
            ) : (
              <Table
                caption={t('links.caption')}
                columns={columns}
                rows={list}
                rowKey={(l) => l.id}
                rowHeader={false}
              />
            )
          }
        </QueryState>
        <MentorActivity scope={{ kind: 'org', orgId, mobilityId: mobility.id }} headingLevel={3} />
      </div>
      <ConfirmDialog
        open={revoking !== null}
        title={t('links.revokeTitle')}
        confirmLabel={t('links.revoke')}
        cancelLabel={t('links.keep')}
        confirmVariant="danger"
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
        onCancel={() => setRevoking(null)}
      >
        {t('links.revokeBody')}
      </ConfirmDialog>
    </Card>
  );
}

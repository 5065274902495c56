import { useTranslation } from 'react-i18next';
import type { RoundGroupView, RoundView } from '@campus/contracts';
import { Table, type Column } from '@campus/web-ui';

/** Per group: answers, invitations, the shareable link's state. Counts only, never who. */
export function GroupsTable({ round }: { round: RoundView }) {
  const { t } = useTranslation('rounds');
  const linkOf = (group: RoundGroupView['group']) =>
    round.links.find((l) => l.respondentGroup === group && l.state !== 'revoked') ??
    round.links.find((l) => l.respondentGroup === group);
  const columns: Column<RoundGroupView>[] = [
    { key: 'group', header: t('round.columns.group'), cell: (g) => t(`groups.${g.group}`) },
    { key: 'respondents', header: t('round.columns.respondents'), cell: (g) => g.respondents },
    { key: 'invited', header: t('round.columns.invited'), cell: (g) => g.invited },
    { key: 'used', header: t('round.columns.invitationsUsed'), cell: (g) => g.invitationsUsed },
    {
      key: 'link',
      header: t('round.columns.link'),
      cell: (g) => {
        const link = linkOf(g.group);
        return link
          ? t(`round.linkState.${link.state}`, { responses: link.responses, max: link.maxResponses })
          : t('round.linkState.none');
      },
    },
  ];
  return (
    <Table
      caption={t('round.groupsCaption')}
      hideCaption
      columns={columns}
      rows={round.respondents.byGroup}
      rowKey={(g) => g.group}
      rowHeader
    />
  );
}

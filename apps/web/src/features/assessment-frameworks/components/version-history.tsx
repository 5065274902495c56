import { useTranslation } from 'react-i18next';
import type { FrameworkVersionView } from '@campus/contracts';
import { Badge, Table, type BadgeTone } from '@campus/web-ui';
import { useDateFormat } from '../../../format/use-date-format';

const TONES: Record<FrameworkVersionView['status'], BadgeTone> = {
  draft: 'info',
  published: 'success',
  retired: 'neutral',
};

/** Every version, newest first: rounds keep the version they were opened on, retired ones too. */
export function VersionHistory({ versions }: { versions: FrameworkVersionView[] }) {
  const { t } = useTranslation('frameworks');
  const fmt = useDateFormat();
  return (
    <Table<FrameworkVersionView>
      caption={t('history.caption')}
      rowHeader
      rows={versions}
      rowKey={(v) => v.id}
      columns={[
        {
          key: 'version',
          header: t('history.version'),
          cell: (v) => t('history.number', { number: v.version }),
        },
        {
          key: 'status',
          header: t('history.status'),
          cell: (v) => <Badge tone={TONES[v.status]}>{t(`status.${v.status}`)}</Badge>,
        },
        {
          key: 'published',
          header: t('history.published'),
          cell: (v) => (v.publishedAt ? fmt.dateTime(v.publishedAt) : '—'),
        },
        { key: 'updated', header: t('history.updated'), cell: (v) => fmt.dateTime(v.updatedAt) },
        {
          key: 'areas',
          header: t('history.areas'),
          cell: (v) =>
            t('history.size', {
              areas: v.content.areas.length,
              statements: v.content.areas.reduce((n, a) => n + a.statements.length, 0),
            }),
        },
      ]}
    />
  );
}

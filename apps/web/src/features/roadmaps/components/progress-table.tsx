import { useTranslation } from 'react-i18next';
import type { RoadmapProgressView } from '@campus/contracts';
import { Card, Table } from '@campus/web-ui';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';
import { formatIndicatorValue } from '../lib/roadmap-progress';

/** Every indicator's baseline, target, current value and share of the way, and the actions done. */
export function ProgressTable({ progress }: { progress: RoadmapProgressView }) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  return (
    <Card title={t('progress.title')}>
      <p className="ui-muted">
        {t('progress.summary', {
          done: progress.actions.done,
          total: progress.actions.total,
          overdue: progress.actions.overdue,
        })}
      </p>
      <Table
        caption={t('progress.caption')}
        hideCaption
        rows={progress.objectives}
        rowKey={(o) => o.objectiveId}
        columns={[
          { key: 'objective', header: t('progress.objective'), cell: (o) => o.title },
          {
            key: 'baseline',
            header: t('progress.baseline'),
            cell: (o) => formatIndicatorValue(o.baseline, o.indicatorKind, fmt.number),
          },
          {
            key: 'target',
            header: t('progress.target'),
            cell: (o) => formatIndicatorValue(o.target, o.indicatorKind, fmt.number),
          },
          {
            key: 'current',
            header: t('progress.current'),
            cell: (o) => formatIndicatorValue(o.current, o.indicatorKind, fmt.number),
          },
          {
            key: 'percent',
            header: t('progress.way'),
            cell: (o) => (o.percent === null ? '–' : t('progress.percent', { percent: o.percent })),
          },
          {
            key: 'actions',
            header: t('progress.actionsDone'),
            cell: (o) => t('progress.actionsOf', { done: o.actions.done, total: o.actions.total }),
          },
        ]}
      />
    </Card>
  );
}

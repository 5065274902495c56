import { useTranslation } from 'react-i18next';
import type { IndicatorKind } from '@campus/contracts';
import { ProgressBar } from '@campus/web-ui';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';
import { formatIndicatorValue, type IndicatorProgress } from '../lib/roadmap-progress';

/** Baseline, target and current value in words, and the bar of the way from baseline to target. */
export function IndicatorProgressView({
  title,
  kind,
  progress,
}: {
  title: string;
  kind: IndicatorKind;
  progress: IndicatorProgress;
}) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  const value = (n: number | null) => formatIndicatorValue(n, kind, fmt.number);
  return (
    <div className="ui-stack" style={{ gap: '0.25rem' }}>
      <p>
        {t('progress.values', {
          baseline: value(progress.baseline),
          target: value(progress.target),
          current: value(progress.current),
        })}
      </p>
      {progress.percent === null ? (
        <p className="ui-muted">
          {kind === 'area_score' ? t('progress.awaitingRound') : t('progress.missingValues')}
        </p>
      ) : (
        <ProgressBar
          value={progress.percent}
          label={t('progress.barLabel', { objective: title })}
          valueText={t('progress.percent', { percent: progress.percent })}
        />
      )}
    </div>
  );
}

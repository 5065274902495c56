import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, RoadmapObjectiveView } from '@campus/contracts';
import { Button, Card, ConfirmDialog, DescriptionList } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';
import type { useRoadmapEdits } from '../hooks/use-roadmaps';
import { objectiveProgress } from '../lib/roadmap-progress';
import { ActionsTable } from './actions-table';
import { IndicatorProgressView } from './indicator-progress';
import { ObjectiveDialog } from './objective-dialog';

/** One objective: what it is and why, its timing, its indicator's progress and its actions. */
export function ObjectiveCard({
  objective,
  number,
  measuredAreaScore,
  fromRound,
  members,
  edits,
}: {
  objective: RoadmapObjectiveView;
  number: number;
  measuredAreaScore: number | null;
  fromRound: boolean;
  members: MemberView[];
  edits: ReturnType<typeof useRoadmapEdits>;
}) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const progress = objectiveProgress(objective, measuredAreaScore);
  const timing =
    objective.startsOn || objective.endsOn
      ? `${fmt.date(objective.startsOn)} – ${fmt.date(objective.endsOn)}`
      : t('objective.noTiming');
  const actionError = edits.updateAction.error ?? edits.addAction.error ?? edits.removeAction.error;
  return (
    <Card title={t('objective.heading', { number, title: objective.title })}>
      <div className="ui-stack">
        {objective.explanation && <p style={{ whiteSpace: 'pre-wrap' }}>{objective.explanation}</p>}
        <DescriptionList
          items={[
            { key: 'timing', term: t('objective.timing'), description: timing },
            { key: 'indicator', term: t('objective.indicator'), description: objective.indicator },
          ]}
        />
        <IndicatorProgressView title={objective.title} kind={objective.indicatorKind} progress={progress} />
        <div className="ui-row" style={{ gap: '0.5rem' }}>
          <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
            {t('objective.edit')}
          </Button>
          <Button variant="ghost" size="small" onClick={() => setRemoving(true)}>
            {t('objective.remove')}
          </Button>
        </div>
        <h4>{t('objective.actions')}</h4>
        <ActionsTable
          caption={t('objective.actionsOf', { title: objective.title })}
          actions={objective.actions}
          members={members}
          onUpdate={(actionId, body) => edits.updateAction.mutate({ actionId, body })}
          onRemove={(actionId) => edits.removeAction.mutate(actionId)}
          onAdd={(title) => edits.addAction.mutate({ objectiveId: objective.id, body: { title } })}
          adding={edits.addAction.isPending}
        />
        {actionError && <ProblemAlert error={actionError} />}
      </div>
      {editing && (
        <ObjectiveDialog
          open
          objective={objective}
          areaScores={fromRound && objective.areaKey !== null}
          onClose={() => setEditing(false)}
          saving={edits.updateObjective.isPending}
          error={edits.updateObjective.error}
          onSave={(body) =>
            edits.updateObjective.mutate(
              { objectiveId: objective.id, body },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      )}
      <ConfirmDialog
        open={removing}
        title={t('objective.removeTitle')}
        confirmLabel={t('objective.remove')}
        cancelLabel={t('actions.cancel')}
        busy={edits.removeObjective.isPending}
        onCancel={() => setRemoving(false)}
        onConfirm={() => edits.removeObjective.mutate(objective.id, { onSuccess: () => setRemoving(false) })}
      >
        <p>{t('objective.removeBody', { title: objective.title })}</p>
      </ConfirmDialog>
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberView, RoadmapProgressView, RoadmapView as Roadmap } from '@campus/contracts';
import { Button, Card, DescriptionList, EmptyState, Table } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { ManagerGate, saveFile } from '../../enrolments';
import { useMembers } from '../../people';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';
import { useRoadmap, useRoadmapEdits, useRoadmapPdf, useRoadmapProgress } from '../hooks/use-roadmaps';
import { ObjectiveCard } from './objective-card';
import { ObjectiveDialog } from './objective-dialog';
import { ProgressTable } from './progress-table';
import { Recommendations } from './recommendations';

/** One roadmap: its plan, the progress of its indicators, overdue actions and recommended courses. */
export function RoadmapView({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  const { t } = useTranslation('roadmaps');
  return (
    <ManagerGate orgId={orgId} title={t('detail.title')}>
      <RoadmapContent orgId={orgId} roadmapId={roadmapId} />
    </ManagerGate>
  );
}

function RoadmapContent({ orgId, roadmapId }: { orgId: string; roadmapId: string }) {
  const { t } = useTranslation('roadmaps');
  const roadmap = useRoadmap(orgId, roadmapId);
  const progress = useRoadmapProgress(orgId, roadmapId);
  const members = useMembers(orgId);
  return (
    <QueryState query={roadmap} loadingLabel={t('detail.loading')}>
      {(data) => (
        <RoadmapPlan orgId={orgId} roadmap={data} progress={progress.data} members={members.data ?? []} />
      )}
    </QueryState>
  );
}

function RoadmapPlan({
  orgId,
  roadmap,
  progress,
  members,
}: {
  orgId: string;
  roadmap: Roadmap;
  progress: RoadmapProgressView | undefined;
  members: MemberView[];
}) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  const edits = useRoadmapEdits(orgId, roadmap.id);
  const pdf = useRoadmapPdf(orgId, roadmap.id);
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const measured = (objectiveId: string) =>
    progress?.objectives.find((o) => o.objectiveId === objectiveId && o.indicatorKind === 'area_score')
      ?.current ?? null;
  const download = () =>
    pdf.mutate(undefined, {
      onSuccess: (blob) => {
        saveFile(blob, 'roadmap.pdf');
        setAnnouncement(t('detail.pdfDone'));
      },
    });
  return (
    <div className="ui-stack">
      <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
        {announcement}
      </p>
      <p>
        <Link to={`/orgs/${orgId}/roadmaps`}>{t('detail.back')}</Link>
      </p>
      <Card title={roadmap.title}>
        <DescriptionList
          items={[
            {
              key: 'period',
              term: t('detail.period'),
              description:
                roadmap.startsOn || roadmap.endsOn
                  ? `${fmt.date(roadmap.startsOn)} – ${fmt.date(roadmap.endsOn)}`
                  : t('detail.noPeriod'),
            },
            { key: 'locale', term: t('detail.locale'), description: t(`locales.${roadmap.locale}`) },
            {
              key: 'round',
              term: t('detail.sourceRound'),
              description: roadmap.sourceRound ? roadmap.sourceRound.title : t('detail.blank'),
            },
            ...(progress?.measuredBy
              ? [{ key: 'measured', term: t('detail.measuredBy'), description: progress.measuredBy.title }]
              : []),
          ]}
        />
        <div className="ui-row" style={{ gap: '0.5rem', marginTop: '0.75rem' }}>
          <Button variant="secondary" loading={pdf.isPending} onClick={download}>
            {t('detail.pdf')}
          </Button>
        </div>
        {pdf.error && <ProblemAlert error={pdf.error} />}
      </Card>

      {progress && progress.objectives.length > 0 && <ProgressTable progress={progress} />}

      {progress && progress.overdueActions.length > 0 && (
        <Card title={t('overdue.title', { n: progress.overdueActions.length })}>
          <Table
            caption={t('overdue.caption')}
            hideCaption
            rows={progress.overdueActions}
            rowKey={(a) => a.id}
            columns={[
              { key: 'title', header: t('action.title'), cell: (a) => a.title },
              { key: 'objective', header: t('overdue.objective'), cell: (a) => a.objectiveTitle },
              { key: 'owner', header: t('action.owner'), cell: (a) => a.owner?.name ?? t('action.noOwner') },
              { key: 'due', header: t('action.dueOn'), cell: (a) => fmt.date(a.dueOn) },
            ]}
          />
        </Card>
      )}

      <section className="ui-stack" aria-labelledby="roadmap-objectives">
        <h2 id="roadmap-objectives">{t('detail.objectives')}</h2>
        {roadmap.objectives.length === 0 && (
          <EmptyState title={t('detail.noObjectivesTitle')}>{t('detail.noObjectivesBody')}</EmptyState>
        )}
        {roadmap.objectives.map((o, i) => (
          <ObjectiveCard
            key={o.id}
            objective={o}
            number={i + 1}
            measuredAreaScore={measured(o.id)}
            fromRound={roadmap.sourceRound !== null}
            members={members}
            edits={edits}
          />
        ))}
        <div>
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('detail.addObjective')}
          </Button>
        </div>
      </section>
      {adding && (
        <ObjectiveDialog
          open
          areaScores={false}
          onClose={() => setAdding(false)}
          saving={edits.addObjective.isPending}
          error={edits.addObjective.error}
          onSave={(body) => edits.addObjective.mutate(body, { onSuccess: () => setAdding(false) })}
        />
      )}

      {roadmap.activityEstimates.length > 0 && (
        <Card title={t('detail.estimates')}>
          <Table
            caption={t('detail.estimates')}
            hideCaption
            rows={roadmap.activityEstimates}
            rowKey={(e) => `${e.year}-${e.activityType}`}
            columns={[
              { key: 'year', header: t('form.year'), cell: (e) => e.year },
              {
                key: 'type',
                header: t('form.activityType'),
                cell: (e) => t(`activityType.${e.activityType}`),
              },
              {
                key: 'participants',
                header: t('form.participants'),
                cell: (e) => fmt.number(e.participants),
              },
            ]}
          />
        </Card>
      )}

      <Recommendations orgId={orgId} roadmapId={roadmap.id} members={members} />
    </div>
  );
}

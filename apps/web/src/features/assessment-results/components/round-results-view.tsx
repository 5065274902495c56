import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MIN_PEER_SCHOOLS, radarSeries, type RoundResultsView } from '@campus/contracts';
import { Button, buttonClassName, Card, EmptyState, Table } from '@campus/web-ui';
import { ProblemAlert, toApiError } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { ManagerGate, saveFile } from '../../enrolments';
import { useGroupLabel } from '../hooks/use-group-label';
import { useResultsDownload, useRoundResults } from '../hooks/use-round-results';
import { useScoreFormat } from '../hooks/use-score-format';
import { AreaResults } from './area-results';
import { RadarChart } from './radar-chart';

/** A round's results for the manager of its school. */
export function RoundResults({ orgId, roundId }: { orgId: string; roundId: string }) {
  const { t } = useTranslation('results');
  return (
    <ManagerGate orgId={orgId} title={t('title')} description={t('description')}>
      <RoundResultsContent orgId={orgId} roundId={roundId} />
    </ManagerGate>
  );
}

/** Asks the API only once the gate let the manager in; texts come in the UI language. */
function RoundResultsContent({ orgId, roundId }: { orgId: string; roundId: string }) {
  const { t, i18n } = useTranslation('results');
  const locale = i18n.resolvedLanguage ?? 'en';
  const results = useRoundResults(orgId, roundId, locale);
  const download = useResultsDownload(orgId, roundId);
  // One live region for the page: it must exist before its text changes to be announced.
  const [announcement, setAnnouncement] = useState('');

  const save = (format: 'pdf' | 'csv') => {
    setAnnouncement(t('download.preparing'));
    download.mutate(
      { format, locale },
      {
        onSuccess: (blob) => {
          saveFile(blob, `self-assessment-results.${format}`);
          setAnnouncement(t('download.done'));
        },
        onError: () => setAnnouncement(''),
      },
    );
  };

  return (
    <div className="ui-stack">
      <p role="status" aria-live="polite" className={announcement ? undefined : 'ui-visually-hidden'}>
        {announcement}
      </p>
      <div className="ui-row" style={{ gap: '0.5rem', flexWrap: 'wrap' }}>
        <Link
          to={`/orgs/${orgId}/self-assessment/rounds/${roundId}`}
          className={buttonClassName({ variant: 'secondary' })}
        >
          {t('back')}
        </Link>
        {/* Downloads and a roadmap need results, which exist once the round is closed. */}
        {results.data?.status === 'closed' && (
          <>
            <Button
              variant="secondary"
              loading={download.isPending && download.variables?.format === 'pdf'}
              onClick={() => save('pdf')}
            >
              {t('download.pdf')}
            </Button>
            <Button
              variant="secondary"
              loading={download.isPending && download.variables?.format === 'csv'}
              onClick={() => save('csv')}
            >
              {t('download.csv')}
            </Button>
            <Link
              to={`/orgs/${orgId}/roadmaps?fromRound=${encodeURIComponent(roundId)}`}
              className={buttonClassName()}
            >
              {t('roadmap')}
            </Link>
          </>
        )}
      </div>
      {download.error && <ProblemAlert error={download.error} />}
      {/* The API shows results only once a round is closed (409 while it takes answers). */}
      {results.isError && toApiError(results.error).code === 'CONFLICT' ? (
        <EmptyState title={t('notClosed.title')}>{t('notClosed.body')}</EmptyState>
      ) : (
        <QueryState
          query={results}
          loadingLabel={t('loading')}
          isEmpty={(r) => r.respondents.total === 0}
          empty={<EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>}
        >
          {(view) => <ResultsBody view={view} />}
        </QueryState>
      )}
    </div>
  );
}

export function ResultsBody({ view }: { view: RoundResultsView }) {
  const { t, i18n } = useTranslation('results');
  const score = useScoreFormat();
  const groupLabel = useGroupLabel();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'long', timeZone: 'UTC' });
  const series = radarSeries(view, {
    overall: t('table.overall'),
    group: groupLabel,
    earlier: (title) => t('series.earlier', { title }),
    peers: t('table.peerMedian'),
  });
  return (
    <>
      <Card title={view.title}>
        <p>{t('framework', { title: view.framework.title, version: view.framework.version })}</p>
        {/* The API answers only for closed rounds (409 while a round takes answers). */}
        {view.closedAt && <p>{t('status.closed', { date: date.format(new Date(view.closedAt)) })}</p>}
        <p className="ui-muted">{t('scale')}</p>
      </Card>
      <Card title={t('respondents.title')}>
        <Table
          caption={t('respondents.title')}
          hideCaption
          columns={[
            {
              key: 'group',
              header: t('respondents.group'),
              cell: (g: RoundResultsView['respondents']['byGroup'][number]) => groupLabel(g.group),
            },
            { key: 'count', header: t('respondents.count'), cell: (g) => String(g.count) },
            {
              key: 'shown',
              header: t('respondents.results'),
              cell: (g) =>
                g.shown ? t('respondents.shown') : t('respondents.hidden', { n: view.minGroupSize }),
            },
          ]}
          rows={view.respondents.byGroup}
          rowKey={(g) => g.group}
        />
        <p>{t('respondents.total', { n: view.respondents.total })}</p>
        <p className="ui-muted">{t('respondents.note', { n: view.minGroupSize })}</p>
        {!view.peers.shown && (
          <p className="ui-muted">
            {t('peers.hidden', { n: MIN_PEER_SCHOOLS, schools: view.peers.schools })}
          </p>
        )}
      </Card>
      <Card title={t('chart.title')}>
        <RadarChart areas={view.areas} series={series} />
      </Card>
      <h2>{t('areas')}</h2>
      {view.areas.map((area, i) => (
        <AreaResults key={area.key} area={area} number={i + 1} view={view} />
      ))}
      {view.customQuestions.length > 0 && (
        <Card title={t('custom.title')}>
          <Table
            caption={t('custom.title')}
            hideCaption
            columns={[
              {
                key: 'text',
                header: t('custom.question'),
                cell: (q: RoundResultsView['customQuestions'][number]) => q.text,
              },
              { key: 'overall', header: t('table.overall'), cell: (q) => score(q.score) },
              ...view.respondents.byGroup.map((g) => ({
                key: g.group,
                header: groupLabel(g.group),
                cell: (q: RoundResultsView['customQuestions'][number]) =>
                  g.shown ? score(q.byGroup[g.group]) : t('respondents.hidden', { n: view.minGroupSize }),
              })),
            ]}
            rows={view.customQuestions}
            rowKey={(q) => q.key}
          />
        </Card>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { AreaResult, RoundResultsView } from '@campus/contracts';
import { Card, Table } from '@campus/web-ui';
import { useScoreFormat } from '../hooks/use-score-format';
import { useGroupLabel } from '../hooks/use-group-label';

interface Row {
  key: string;
  label: string;
  value: string;
}

/**
 * One area's results: the overall score, each group (a hidden group says why), the spread, the
 * school's earlier rounds and the peer median; its statements unfold below.
 */
export function AreaResults({
  area,
  number,
  view,
}: {
  area: AreaResult;
  number: number;
  view: RoundResultsView;
}) {
  const { t, i18n } = useTranslation('results');
  const score = useScoreFormat();
  const groupLabel = useGroupLabel();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const hidden = t('respondents.hidden', { n: view.minGroupSize });
  const groups = view.respondents.byGroup;
  const rows: Row[] = [
    { key: 'overall', label: t('table.overall'), value: score(area.score) },
    ...groups.map((g) => ({
      key: g.group,
      label: groupLabel(g.group),
      value: g.shown ? score(area.byGroup[g.group]) : hidden,
    })),
    { key: 'spread', label: t('table.spread'), value: score(area.spread) },
    ...area.earlier.map((e) => ({
      key: e.roundId,
      label: t('table.earlier', { title: e.title, date: date.format(new Date(e.closedAt)) }),
      value: score(e.score),
    })),
    ...(view.peers.shown
      ? [{ key: 'peers', label: t('table.peerMedian'), value: score(area.peerMedian) }]
      : []),
  ];
  return (
    <Card title={`${number}. ${area.title}`} headingLevel={3}>
      <Table
        caption={t('table.caption', { area: area.title })}
        hideCaption
        columns={[
          { key: 'label', header: t('table.measure'), cell: (r: Row) => r.label },
          { key: 'value', header: t('table.score'), cell: (r: Row) => r.value },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
      <details>
        <summary>{t('table.statements', { n: area.statements.length })}</summary>
        <Table
          caption={t('table.statementsCaption', { area: area.title })}
          hideCaption
          columns={[
            {
              key: 'text',
              header: t('table.statement'),
              cell: (s: AreaResult['statements'][number]) => s.text,
            },
            { key: 'overall', header: t('table.overall'), cell: (s) => score(s.score) },
            ...groups.map((g) => ({
              key: g.group,
              header: groupLabel(g.group),
              cell: (s: AreaResult['statements'][number]) => (g.shown ? score(s.byGroup[g.group]) : hidden),
            })),
            {
              key: 'dna',
              header: t('table.doesNotApply'),
              cell: (s) => (s.score === null && s.doesNotApply === 0 ? '–' : String(s.doesNotApply)),
            },
          ]}
          rows={area.statements}
          rowKey={(s) => s.key}
        />
      </details>
    </Card>
  );
}

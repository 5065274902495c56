import { useTranslation } from 'react-i18next';
import type { Gradebook as GradebookData } from '@campus/contracts';
import { Button, EmptyState, Table } from '@campus/web-ui';
import { CsvSeparatorSelect } from '../../../components/csv-separator-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useCsvSeparator } from '../../../hooks/use-csv-separator';
import { saveFile } from '../../enrolments';
import { quizAuthoringApi } from '../api/quizzes.api';
import { useDownload, useGradebook } from '../hooks/use-quiz-authoring';
import { formatPercent } from '../lib/format';
import { TrainerPage } from './trainer-page';

type Row = GradebookData['rows'][number];

/** Learners × quizzes of a course: each learner's grade that counts, with a CSV download. */
export function Gradebook({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation('quizzes');
  const book = useGradebook(courseId);
  const [separator, setSeparator] = useCsvSeparator();
  const csv = useDownload(() => quizAuthoringApi.gradebookCsv(courseId, separator));
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <TrainerPage courseId={courseId} title={t('gradebook.title')}>
      {() => (
        <>
          <div className="ui-row" style={{ alignItems: 'flex-end', gap: '0.5rem', flexWrap: 'wrap' }}>
            <CsvSeparatorSelect value={separator} onChange={setSeparator} />
            <Button
              variant="secondary"
              loading={csv.isPending}
              onClick={() => csv.mutate(undefined, { onSuccess: (blob) => saveFile(blob, 'gradebook.csv') })}
            >
              {t('gradebook.csv')}
            </Button>
          </div>
          {csv.error != null && <ProblemAlert error={csv.error} />}
          <QueryState
            query={book}
            loadingLabel={t('gradebook.loading')}
            isEmpty={(b) => b.rows.length === 0 || b.quizzes.length === 0}
            empty={<EmptyState title={t('gradebook.empty')} />}
          >
            {(b) => (
              <Table<Row>
                caption={t('gradebook.caption', { count: b.rows.length })}
                rows={b.rows}
                rowKey={(r) => r.learner.id}
                columns={[
                  {
                    key: 'learner',
                    header: t('attempts.learner'),
                    cell: (r) => r.learner.name,
                  },
                  ...b.quizzes.map((q) => ({
                    key: q.id,
                    header: (
                      <>
                        {q.title}
                        <br />
                        <span className="ui-muted" style={{ fontWeight: 'normal' }}>
                          {t('gradebook.passAt', { percent: formatPercent(q.passPercent, lang) })}
                        </span>
                      </>
                    ),
                    cell: (r: Row) => {
                      const cell = r.cells[q.id];
                      if (!cell || cell.status === 'not_started')
                        return <span className="ui-muted">{t('gradebook.notStarted')}</span>;
                      const grade = cell.finalPercent != null ? formatPercent(cell.finalPercent, lang) : '–';
                      return (
                        <span>
                          {grade}
                          {cell.passed != null &&
                            ` · ${cell.passed ? t('result.passed') : t('result.failed')}`}
                          <br />
                          <span className="ui-muted">
                            {cell.status === 'graded'
                              ? t('gradebook.attempts', { count: cell.attempts })
                              : t(`gradebook.cell.${cell.status}`)}
                          </span>
                        </span>
                      );
                    },
                  })),
                ]}
              />
            )}
          </QueryState>
        </>
      )}
    </TrainerPage>
  );
}

import { useTranslation } from 'react-i18next';
import type { QuizItemStatistics } from '@campus/contracts';
import { Button, EmptyState, Table } from '@campus/web-ui';
import { CsvSeparatorSelect } from '../../../components/csv-separator-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useCsvSeparator } from '../../../hooks/use-csv-separator';
import { saveFile } from '../../enrolments';
import { quizAuthoringApi } from '../api/quizzes.api';
import { useDownload, useQuizStatistics } from '../hooks/use-quiz-authoring';
import { formatDecimal, formatPercent } from '../lib/format';
import { TrainerPage } from './trainer-page';

/** Per question of a quiz: how many answered, facility and discrimination, with a CSV download. */
export function QuizStatistics({ courseId, quizId }: { courseId: string; quizId: string }) {
  const { t, i18n } = useTranslation('quizzes');
  const stats = useQuizStatistics(quizId);
  const [separator, setSeparator] = useCsvSeparator();
  const csv = useDownload(() => quizAuthoringApi.statisticsCsv(quizId, separator));
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <TrainerPage
      courseId={courseId}
      title={t('statistics.title')}
      back={`/author/courses/${courseId}/quizzes/${quizId}`}
      backLabel={t('trainer.backToQuiz')}
    >
      {() => (
        <>
          <p style={{ margin: 0 }}>{t('statistics.explain')}</p>
          <div className="ui-row" style={{ alignItems: 'flex-end', gap: '0.5rem', flexWrap: 'wrap' }}>
            <CsvSeparatorSelect value={separator} onChange={setSeparator} />
            <Button
              variant="secondary"
              loading={csv.isPending}
              onClick={() =>
                csv.mutate(undefined, { onSuccess: (blob) => saveFile(blob, 'quiz-statistics.csv') })
              }
            >
              {t('statistics.csv')}
            </Button>
          </div>
          {csv.error != null && <ProblemAlert error={csv.error} />}
          <QueryState
            query={stats}
            loadingLabel={t('statistics.loading')}
            isEmpty={(rows) => rows.length === 0}
            empty={<EmptyState title={t('statistics.empty')} />}
          >
            {(rows) => (
              <Table<QuizItemStatistics>
                caption={t('statistics.caption')}
                rows={rows}
                rowKey={(r) => `${r.questionId}/${r.version}`}
                columns={[
                  {
                    key: 'prompt',
                    header: t('bank.prompt'),
                    cell: (r) => (r.prompt.length > 100 ? `${r.prompt.slice(0, 97)}…` : r.prompt),
                  },
                  { key: 'type', header: t('bank.type'), cell: (r) => t(`types.${r.type}`) },
                  { key: 'version', header: t('bank.version'), cell: (r) => String(r.version) },
                  { key: 'answered', header: t('statistics.answered'), cell: (r) => String(r.answered) },
                  {
                    key: 'facility',
                    header: t('statistics.facility'),
                    cell: (r) => (r.facility == null ? '–' : formatPercent(r.facility * 100, lang)),
                  },
                  {
                    key: 'discrimination',
                    header: t('statistics.discrimination'),
                    cell: (r) => formatDecimal(r.discrimination, lang),
                  },
                ]}
              />
            )}
          </QueryState>
        </>
      )}
    </TrainerPage>
  );
}

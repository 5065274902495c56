import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_STATUSES, type ProgressQuery, type ProgressRow } from '@campus/contracts';
import { Badge, Button, ConfirmDialog, EmptyState, ProgressBar, type Column } from '@campus/web-ui';
import { CsvSeparatorSelect } from '../../../components/csv-separator-select';
import { ProblemAlert } from '../../../components/problem-alert';
import { PagedTable } from '../../../components/paged-table';
import { useDateFormat } from '../../../format/use-date-format';
import { useCsvSeparator } from '../../../hooks/use-csv-separator';
import { useSearchState } from '../../../hooks/use-search-state';
import { PROGRESS_PAGE_SIZE } from '../api/enrolments.api';
import { useDownloadProgressCsv, useManagerCourses, useProgress, useUnenrol } from '../hooks/use-enrolments';
import { useOrgMembers } from '../hooks/use-org-members';
import { saveFile } from '../lib/save-file';
import { ManagerGate } from './manager-gate';
import { PROGRESS_FILTERS, ProgressFilters, type ProgressFilter } from './progress-filters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns the URL's filter values into the API's query, dropping what is malformed. */
function toQuery(values: Record<ProgressFilter, string>, page: number): Partial<ProgressQuery> {
  const status = (PROGRESS_STATUSES as readonly string[]).includes(values.status)
    ? (values.status as ProgressQuery['status'])
    : undefined;
  return {
    courseId: UUID.test(values.courseId) ? values.courseId : undefined,
    userId: UUID.test(values.userId) ? values.userId : undefined,
    status,
    page,
  };
}

const STATUS_TONE = { not_started: 'neutral', in_progress: 'info', completed: 'success' } as const;

/** The learning progress of an organisation's members, with filters, unenrol and a CSV export. */
export function ProgressView({ orgId }: { orgId: string }) {
  const { t } = useTranslation('enrolments');
  return (
    <ManagerGate orgId={orgId} title={t('progress.title')} description={t('progress.description')}>
      <ProgressContent orgId={orgId} />
    </ManagerGate>
  );
}

/** Asks the API only once the gate let the manager in. */
function ProgressContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('enrolments');
  const { t: tc } = useTranslation('common');
  const { values, page, setFilter, setPage } = useSearchState(PROGRESS_FILTERS);
  const query = toQuery(values, page);
  const progress = useProgress(orgId, query);
  const courses = useManagerCourses();
  const members = useOrgMembers(orgId);
  const download = useDownloadProgressCsv(orgId);
  const [separator, setSeparator] = useCsvSeparator();
  const unenrol = useUnenrol(orgId);
  const [toUnenrol, setToUnenrol] = useState<ProgressRow | null>(null);
  const fmt = useDateFormat();
  const filtered = PROGRESS_FILTERS.some((k) => values[k]);

  const columns: Column<ProgressRow>[] = [
    {
      key: 'person',
      header: t('progress.person'),
      cell: (r) => (
        <>
          {r.name}
          <br />
          <span className="ui-muted ui-mono" style={{ fontWeight: 'normal' }}>
            {r.email}
          </span>
        </>
      ),
    },
    { key: 'course', header: t('progress.course'), cell: (r) => r.courseTitle },
    {
      key: 'status',
      header: t('progress.status'),
      cell: (r) => <Badge tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</Badge>,
    },
    {
      key: 'progress',
      header: t('progress.progress'),
      cell: (r) => (
        <ProgressBar
          value={r.progressPercent}
          label={t('progress.progressOf', { name: r.name, course: r.courseTitle })}
          valueText={t('progress.percent', { percent: r.progressPercent })}
        />
      ),
    },
    { key: 'enrolled', header: t('progress.enrolledAt'), cell: (r) => fmt.date(r.enrolledAt) },
    {
      key: 'lastActivity',
      header: t('progress.lastActivityAt'),
      cell: (r) => fmt.dateTime(r.lastActivityAt) || '—',
    },
    { key: 'completed', header: t('progress.completedAt'), cell: (r) => fmt.date(r.completedAt) || '—' },
    {
      key: 'actions',
      header: t('progress.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (r) => (
        <Button
          variant="ghost"
          size="small"
          onClick={() => setToUnenrol(r)}
          aria-label={t('progress.unenrolLabel', { name: r.name, course: r.courseTitle })}
        >
          {t('progress.unenrol')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <div className="ui-stack">
        <div className="ui-row" style={{ alignItems: 'flex-end', justifyContent: 'space-between' }}>
          <ProgressFilters
            values={values}
            courses={courses.data?.items ?? []}
            members={members.data ?? []}
            onChange={setFilter}
          />
          <div className="ui-row" style={{ alignItems: 'flex-end', gap: '0.5rem', flexWrap: 'wrap' }}>
            <CsvSeparatorSelect value={separator} onChange={setSeparator} />
            <Button
              variant="secondary"
              loading={download.isPending}
              onClick={() =>
                download.mutate({ query, separator }, { onSuccess: (blob) => saveFile(blob, 'progress.csv') })
              }
            >
              {t('progress.download')}
            </Button>
          </div>
        </div>
        {download.error && <ProblemAlert error={download.error} />}
        {unenrol.error && <ProblemAlert error={unenrol.error} />}
        <PagedTable
          query={progress}
          loadingLabel={t('progress.loading')}
          empty={
            <EmptyState title={filtered ? t('progress.noMatch') : t('progress.emptyTitle')}>
              {filtered ? t('progress.noMatchHint') : t('progress.emptyBody')}
            </EmptyState>
          }
          caption={(total) => t('progress.caption', { count: total })}
          columns={columns}
          rowKey={(r) => r.enrolmentId}
          pageSize={PROGRESS_PAGE_SIZE}
          onPageChange={setPage}
          navigationLabel={t('progress.pages')}
        />
      </div>
      <ConfirmDialog
        open={toUnenrol !== null}
        title={t('progress.confirmTitle')}
        confirmLabel={t('progress.confirmUnenrol')}
        cancelLabel={tc('actions.cancel')}
        busy={unenrol.isPending}
        onCancel={() => setToUnenrol(null)}
        onConfirm={() =>
          toUnenrol && unenrol.mutate(toUnenrol.enrolmentId, { onSettled: () => setToUnenrol(null) })
        }
      >
        <p>
          {toUnenrol && t('progress.confirmBody', { name: toUnenrol.name, course: toUnenrol.courseTitle })}
        </p>
      </ConfirmDialog>
    </>
  );
}

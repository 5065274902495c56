import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, buttonClassName, EmptyState, PageHeader, Select, Table, type Column } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { authoringMemberships, useCurrentUser } from '../../auth';
import { languageAutonym } from '../../profile';
import type { AuthoredCourse } from '../api/authoring.api';
import { useDuplicateCourse, useOrgCourses } from '../hooks/use-authoring';
import { AuthoringGate } from './authoring-gate';
import { StatusBadge } from './status-badge';

/** An organisation's courses in every status, for its trainers and managers. */
export function OrgCourses({ orgId }: { orgId: string }) {
  const { t } = useTranslation('authoring');
  return (
    <AuthoringGate orgId={orgId} title={t('list.title')}>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <>
            <OrgPicker orgId={orgId} />
            <Link to={`/orgs/${orgId}/courses/new`} className={buttonClassName()}>
              {t('list.new')}
            </Link>
          </>
        }
      />
      <CourseTable orgId={orgId} />
    </AuthoringGate>
  );
}

/** Trainers of several organisations switch between their course lists here. */
function OrgPicker({ orgId }: { orgId: string }) {
  const { t } = useTranslation('authoring');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const options = authoringMemberships(user).map((m) => ({
    value: m.organisationId,
    label: m.organisationName,
  }));
  if (!options.some((o) => o.value === orgId)) options.unshift({ value: orgId, label: orgId });
  if (options.length < 2) return null;
  return (
    <Select
      label={t('list.organisation')}
      options={options}
      value={orgId}
      inline
      onChange={(e) => void navigate(`/orgs/${e.target.value}/courses`)}
    />
  );
}

function CourseTable({ orgId }: { orgId: string }) {
  const { t } = useTranslation('authoring');
  const fmt = useDateFormat();
  const courses = useOrgCourses(orgId);
  const duplicate = useDuplicateCourse();
  const navigate = useNavigate();

  const columns: Column<AuthoredCourse>[] = [
    {
      key: 'title',
      header: t('list.course'),
      cell: (c) => (
        <Link to={`/author/courses/${c.id}`} lang={c.language}>
          {c.title}
        </Link>
      ),
    },
    { key: 'status', header: t('list.status'), cell: (c) => <StatusBadge status={c.status} /> },
    {
      key: 'language',
      header: t('list.language'),
      cell: (c) => <span lang={c.language}>{languageAutonym(c.language)}</span>,
    },
    {
      key: 'updated',
      header: t('list.updated'),
      cell: (c) => (c.updatedAt ? fmt.dateTime(c.updatedAt) : '—'),
    },
    {
      key: 'actions',
      header: t('list.actions'),
      hideHeader: true,
      className: 'ui-table__actions',
      cell: (c) => (
        <div className="ui-row" style={{ gap: '0.5rem', flexWrap: 'nowrap' }}>
          <Link
            to={`/author/courses/${c.id}`}
            className={buttonClassName({ size: 'small', variant: 'secondary' })}
          >
            {t('list.edit')}
            <span className="ui-visually-hidden"> {c.title}</span>
          </Link>
          <Button
            size="small"
            variant="secondary"
            loading={duplicate.isPending && duplicate.variables === c.id}
            onClick={() =>
              duplicate.mutate(c.id, { onSuccess: (copy) => void navigate(`/author/courses/${copy.id}`) })
            }
          >
            {t('list.duplicate')}
            <span className="ui-visually-hidden"> {c.title}</span>
          </Button>
          <Link
            to={`/author/courses/${c.id}/preview`}
            className={buttonClassName({ size: 'small', variant: 'ghost' })}
          >
            {t('list.preview')}
            <span className="ui-visually-hidden"> {c.title}</span>
          </Link>
        </div>
      ),
    },
  ];

  return (
    <div className="ui-stack">
      {duplicate.error && <ProblemAlert error={duplicate.error} />}
      <QueryState
        query={courses}
        loadingLabel={t('list.loading')}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            title={t('list.emptyTitle')}
            actions={
              <Link to={`/orgs/${orgId}/courses/new`} className={buttonClassName()}>
                {t('list.new')}
              </Link>
            }
          >
            {t('list.emptyBody')}
          </EmptyState>
        }
      >
        {(rows) => (
          <Table
            caption={t('list.caption', { count: rows.length })}
            columns={columns}
            rows={[...rows].sort(
              (a, b) =>
                (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || a.title.localeCompare(b.title),
            )}
            rowKey={(c) => c.id}
          />
        )}
      </QueryState>
    </div>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Checkbox, EmptyState, Select } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useEnrolCsv, useEnrolMembers, useManagerCourses } from '../hooks/use-enrolments';
import { useOrgMembers } from '../hooks/use-org-members';
import { CsvUploadForm } from '../../../components/csv-upload-form';
import { EnrolResult } from './enrol-result';
import { ManagerGate } from './manager-gate';

/** Enrol members of an organisation in a course: picked from a list, or from a CSV of addresses. */
export function EnrolView({ orgId }: { orgId: string }) {
  const { t } = useTranslation('enrolments');
  return (
    <ManagerGate orgId={orgId} title={t('enrol.title')} description={t('enrol.description')}>
      <EnrolContent orgId={orgId} />
    </ManagerGate>
  );
}

/** Asks the API only once the gate let the manager in. */
function EnrolContent({ orgId }: { orgId: string }) {
  const { t } = useTranslation('enrolments');
  const courses = useManagerCourses();
  const [courseId, setCourseId] = useState('');
  const [courseError, setCourseError] = useState<string | undefined>();

  const requireCourse = () => {
    if (courseId) return courseId;
    setCourseError(t('enrol.chooseCourse'));
    return null;
  };

  return (
    <div className="ui-stack">
      <QueryState
        query={courses}
        loadingLabel={t('courses.loading')}
        isEmpty={(p) => p.items.length === 0}
        empty={<EmptyState title={t('courses.emptyTitle')}>{t('courses.emptyBody')}</EmptyState>}
      >
        {(p) => (
          <>
            <Select
              label={t('enrol.course')}
              placeholder={t('enrol.coursePlaceholder')}
              required
              options={p.items.map((c) => ({ value: c.id, label: c.title }))}
              value={courseId}
              error={courseError}
              onChange={(e) => {
                setCourseId(e.target.value);
                setCourseError(undefined);
              }}
            />
            <div
              className="ui-grid"
              style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(min(22rem, 100%), 1fr))' }}
            >
              <Card title={t('members.title')}>
                <MembersPicker orgId={orgId} requireCourse={requireCourse} />
              </Card>
              <Card title={t('csv.title')}>
                <CsvEnrol orgId={orgId} requireCourse={requireCourse} />
              </Card>
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}

function MembersPicker({ orgId, requireCourse }: { orgId: string; requireCourse: () => string | null }) {
  const { t } = useTranslation('enrolments');
  const members = useOrgMembers(orgId);
  const enrol = useEnrolMembers(orgId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [selectionError, setSelectionError] = useState<string | undefined>();
  const names = useMemo(
    () => new Map((members.data ?? []).map((m) => [m.userId, `${m.name} (${m.email})`])),
    [members.data],
  );

  const toggle = (userId: string, on: boolean) => {
    setSelectionError(undefined);
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const courseId = requireCourse();
    if (selected.size === 0) setSelectionError(t('members.chooseSomeone'));
    if (!courseId || selected.size === 0) return;
    enrol.mutate({ courseId, userIds: [...selected] });
  };

  return (
    <QueryState
      query={members}
      loadingLabel={t('members.loading')}
      isEmpty={(rows) => rows.length === 0}
      empty={<EmptyState title={t('members.emptyTitle')}>{t('members.emptyBody')}</EmptyState>}
    >
      {(rows) => {
        const all = rows.length > 0 && rows.every((m) => selected.has(m.userId));
        return (
          <div className="ui-stack">
            <form className="ui-form" noValidate onSubmit={submit}>
              <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                <legend className="ui-visually-hidden">{t('members.legend')}</legend>
                <Checkbox
                  label={<strong>{t('members.selectAll')}</strong>}
                  checked={all}
                  ref={(el) => {
                    if (el) el.indeterminate = !all && selected.size > 0;
                  }}
                  onChange={(e) => {
                    setSelectionError(undefined);
                    setSelected(e.target.checked ? new Set(rows.map((m) => m.userId)) : new Set());
                  }}
                />
                <ul
                  style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: '20rem', overflow: 'auto' }}
                >
                  {rows.map((m) => (
                    <li key={m.userId}>
                      <Checkbox
                        label={
                          <>
                            {m.name} <span className="ui-muted ui-mono">{m.email}</span>
                          </>
                        }
                        checked={selected.has(m.userId)}
                        onChange={(e) => toggle(m.userId, e.target.checked)}
                      />
                    </li>
                  ))}
                </ul>
              </fieldset>
              {selectionError && <Alert tone="error" title={selectionError} />}
              <div>
                <Button type="submit" loading={enrol.isPending}>
                  {t('members.submit')}
                </Button>
              </div>
            </form>
            {enrol.error && (
              <ProblemAlert error={enrol.error} messages={{ ENROLMENT_CLOSED: t('enrolmentClosed') }} />
            )}
            {enrol.data && <EnrolResult result={enrol.data} names={names} />}
          </div>
        );
      }}
    </QueryState>
  );
}

function CsvEnrol({ orgId, requireCourse }: { orgId: string; requireCourse: () => string | null }) {
  const { t } = useTranslation('enrolments');
  const upload = useEnrolCsv(orgId);
  return (
    <div className="ui-stack">
      <CsvUploadForm
        labels={{
          file: t('csv.file'),
          hint: t('csv.hint'),
          submit: t('csv.submit'),
          chooseFile: t('csv.chooseFile'),
          tooLarge: t('csv.tooLarge'),
          unreadable: t('csv.unreadable'),
          empty: t('csv.empty'),
        }}
        busy={upload.isPending}
        precheck={() => requireCourse() !== null}
        onUpload={(csv) => {
          const courseId = requireCourse();
          if (courseId) upload.mutate({ courseId, csv });
        }}
        onFileChange={() => upload.reset()}
      />
      {upload.error && (
        <ProblemAlert error={upload.error} messages={{ ENROLMENT_CLOSED: t('enrolmentClosed') }} />
      )}
      {upload.data && <EnrolResult result={upload.data} />}
    </div>
  );
}

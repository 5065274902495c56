import { useTranslation } from 'react-i18next';
import { PROGRESS_STATUSES, type CourseSummaryView, type MemberView } from '@campus/contracts';
import { Select } from '@campus/web-ui';

export const PROGRESS_FILTERS = ['courseId', 'userId', 'status'] as const;
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number];

/** Course, person and status filters of the progress table. */
export function ProgressFilters({
  values,
  courses,
  members,
  onChange,
}: {
  values: Record<ProgressFilter, string>;
  courses: readonly Pick<CourseSummaryView, 'id' | 'title'>[];
  members: readonly Pick<MemberView, 'userId' | 'name' | 'email'>[];
  onChange: (filter: ProgressFilter, value: string) => void;
}) {
  const { t } = useTranslation('enrolments');
  return (
    <div className="ui-row" style={{ alignItems: 'flex-end' }} role="group" aria-label={t('filters.label')}>
      <Select
        label={t('filters.course')}
        placeholder={t('filters.anyCourse')}
        options={courses.map((c) => ({ value: c.id, label: c.title }))}
        value={values.courseId}
        onChange={(e) => onChange('courseId', e.target.value)}
      />
      <Select
        label={t('filters.person')}
        placeholder={t('filters.anyone')}
        options={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
        value={values.userId}
        onChange={(e) => onChange('userId', e.target.value)}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.anyStatus')}
        options={PROGRESS_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={values.status}
        onChange={(e) => onChange('status', e.target.value)}
      />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { CourseSummaryView, MemberView } from '@campus/contracts';
import { Select, TextField } from '@campus/web-ui';

export const ORG_CERTIFICATE_FILTERS = ['courseId', 'userId', 'from', 'to'] as const;
export type OrgCertificateFilter = (typeof ORG_CERTIFICATE_FILTERS)[number];

/** Course, person and issue-date filters of an organisation's certificates. */
export function OrgCertificateFilters({
  values,
  courses,
  members,
  onChange,
}: {
  values: Record<OrgCertificateFilter, string>;
  courses: readonly Pick<CourseSummaryView, 'id' | 'title'>[];
  members: readonly Pick<MemberView, 'userId' | 'name' | 'email'>[];
  onChange: (filter: OrgCertificateFilter, value: string) => void;
}) {
  const { t } = useTranslation('certificates');
  return (
    <div
      className="ui-row"
      style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}
      role="group"
      aria-label={t('org.filters.label')}
    >
      <Select
        label={t('org.filters.course')}
        placeholder={t('org.filters.anyCourse')}
        options={courses.map((c) => ({ value: c.id, label: c.title }))}
        value={values.courseId}
        onChange={(e) => onChange('courseId', e.target.value)}
      />
      <Select
        label={t('org.filters.person')}
        placeholder={t('org.filters.anyone')}
        options={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
        value={values.userId}
        onChange={(e) => onChange('userId', e.target.value)}
      />
      <TextField
        type="date"
        label={t('org.filters.from')}
        value={values.from}
        max={values.to || undefined}
        onChange={(e) => onChange('from', e.target.value)}
      />
      <TextField
        type="date"
        label={t('org.filters.to')}
        value={values.to}
        min={values.from || undefined}
        onChange={(e) => onChange('to', e.target.value)}
      />
    </div>
  );
}

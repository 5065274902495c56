import { useTranslation } from 'react-i18next';
import type { CourseSummaryView } from '@campus/contracts';
import { Badge } from '@campus/web-ui';
import { languageAutonym } from '../../profile';

/** Language, EQF level and workload as badges, the same on cards and the course page. */
export function CourseFacts({ course }: { course: CourseSummaryView }) {
  const { t } = useTranslation('courses');
  return (
    <span className="ui-row" style={{ gap: '0.35rem' }}>
      <Badge tone="info">
        <span lang={course.language}>{languageAutonym(course.language)}</span>
      </Badge>
      {course.eqfLevel !== null && <Badge>{t('facts.eqf', { level: course.eqfLevel })}</Badge>}
      <Badge>{t('facts.hours', { count: course.workloadHours })}</Badge>
    </span>
  );
}

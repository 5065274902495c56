import { useTranslation } from 'react-i18next';
import type { CourseStatus } from '@campus/contracts';
import { Badge } from '@campus/web-ui';

const TONE = { draft: 'warning', published: 'success', archived: 'neutral' } as const;

export function StatusBadge({ status }: { status: CourseStatus }) {
  const { t } = useTranslation('authoring');
  return <Badge tone={TONE[status]}>{t(`statusName.${status}`)}</Badge>;
}

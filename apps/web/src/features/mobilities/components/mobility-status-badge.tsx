import { useTranslation } from 'react-i18next';
import type { MobilityStatus } from '@campus/contracts';
import { Badge } from '@campus/web-ui';

const TONE = {
  draft: 'neutral',
  agreed: 'info',
  in_progress: 'warning',
  completed: 'info',
  validated: 'success',
  cancelled: 'danger',
} as const;

export function MobilityStatusBadge({ status }: { status: MobilityStatus }) {
  const { t } = useTranslation('mobilities');
  return <Badge tone={TONE[status]}>{t(`status.${status}`)}</Badge>;
}

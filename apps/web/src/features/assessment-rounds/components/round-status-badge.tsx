import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '@campus/contracts';
import { Badge } from '@campus/web-ui';

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation('rounds');
  return <Badge tone={status === 'open' ? 'success' : 'neutral'}>{t(`status.${status}`)}</Badge>;
}

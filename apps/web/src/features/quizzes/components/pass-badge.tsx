import { useTranslation } from 'react-i18next';
import { Badge } from '@campus/web-ui';

export function PassBadge({ passed }: { passed: boolean | null | undefined }) {
  const { t } = useTranslation('quizzes');
  if (passed == null) return <span className="ui-muted">–</span>;
  return (
    <Badge tone={passed ? 'success' : 'danger'}>{passed ? t('result.passed') : t('result.failed')}</Badge>
  );
}

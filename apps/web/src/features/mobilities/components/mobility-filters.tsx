import { useTranslation } from 'react-i18next';
import { MOBILITY_ACTIVITY_TYPES, MOBILITY_STATUSES, type MemberView } from '@campus/contracts';
import { Select } from '@campus/web-ui';
import { yearOptions, type MobilityFilterKey } from '../lib/list-filter';
import { useMobilityFormat } from '../hooks/use-mobility-format';

/** Status, year, activity type and participant filters of an organisation's mobilities. */
export function MobilityFilters({
  values,
  members,
  onChange,
}: {
  values: Record<MobilityFilterKey, string>;
  members: readonly Pick<MemberView, 'userId' | 'name' | 'email'>[];
  onChange: (filter: MobilityFilterKey, value: string) => void;
}) {
  const { t } = useTranslation('mobilities');
  const fmt = useMobilityFormat();
  return (
    <div
      className="ui-row"
      style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}
      role="group"
      aria-label={t('filters.label')}
    >
      <Select
        label={t('filters.status')}
        placeholder={t('filters.anyStatus')}
        options={MOBILITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={values.status}
        onChange={(e) => onChange('status', e.target.value)}
      />
      <Select
        label={t('filters.year')}
        placeholder={t('filters.anyYear')}
        options={yearOptions(new Date(), values.year).map((y) => ({ value: y, label: y }))}
        value={values.year}
        onChange={(e) => onChange('year', e.target.value)}
      />
      <Select
        label={t('filters.activityType')}
        placeholder={t('filters.anyActivity')}
        options={MOBILITY_ACTIVITY_TYPES.map((a) => ({ value: a, label: fmt.activity(a) }))}
        value={values.activityType}
        onChange={(e) => onChange('activityType', e.target.value)}
      />
      <Select
        label={t('filters.participant')}
        placeholder={t('filters.anyone')}
        options={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
        value={values.participantId}
        onChange={(e) => onChange('participantId', e.target.value)}
      />
    </div>
  );
}

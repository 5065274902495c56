import { useTranslation } from 'react-i18next';
import { MOBILITY_ACTIVITY_TYPES, MOBILITY_STATUSES } from '@campus/contracts';
import { Select, TextField } from '@campus/web-ui';
import { countryOptions } from '../../../format/countries';
import type { ReportFilterKey } from '../lib/report-filter';

/** Year, project, receiving country, activity type and status filters of the mobility report. */
export function ReportFilters({
  values,
  onChange,
}: {
  values: Record<ReportFilterKey, string>;
  onChange: (filter: ReportFilterKey, value: string) => void;
}) {
  const { t, i18n } = useTranslation('mobility-reports');
  return (
    <div
      className="ui-row"
      style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}
      role="group"
      aria-label={t('filters.label')}
    >
      <TextField
        type="number"
        inputMode="numeric"
        min={1900}
        max={9999}
        label={t('filters.year')}
        value={values.year}
        onChange={(e) => onChange('year', e.target.value)}
        style={{ maxWidth: '8rem' }}
      />
      <TextField
        label={t('filters.projectNumber')}
        value={values.projectNumber}
        maxLength={60}
        onChange={(e) => onChange('projectNumber', e.target.value)}
      />
      <Select
        label={t('filters.country')}
        placeholder={t('filters.anyCountry')}
        options={countryOptions(i18n.resolvedLanguage ?? 'en')}
        value={values.country}
        onChange={(e) => onChange('country', e.target.value)}
      />
      <Select
        label={t('filters.activityType')}
        placeholder={t('filters.anyActivity')}
        options={MOBILITY_ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`activityType.${a}`) }))}
        value={values.activityType}
        onChange={(e) => onChange('activityType', e.target.value)}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.anyStatus')}
        options={MOBILITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={values.status}
        onChange={(e) => onChange('status', e.target.value)}
      />
    </div>
  );
}

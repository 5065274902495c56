import { useTranslation } from 'react-i18next';
import { DISTANCE_BANDS, TRANSPORT_MEANS } from '@campus/contracts';
import { Checkbox, Select, TextField } from '@campus/web-ui';
import { fieldProps } from '../lib/field-props';
import type { MobilityFormValues } from '../lib/mobility-form';
import { FormSection } from './form-section';

type TravelField =
  'startDate' | 'endDate' | 'travelDaysBefore' | 'travelDaysAfter' | 'transport' | 'distanceBand';

/** The activity's dates and the journey: what the duration and the travel grant are worked out from. */
export function TravelFields({
  values,
  errors,
  onChange,
  onGreenTravelChange,
}: {
  values: MobilityFormValues;
  errors: Record<string, string>;
  onChange: (field: TravelField, value: string) => void;
  onGreenTravelChange: (value: boolean) => void;
}) {
  const { t } = useTranslation('mobilities');
  const field = (name: TravelField) => fieldProps(name, values[name], errors, (v) => onChange(name, v));
  // Text, not type="number": a browser empties a number field it cannot read, which would pass as 0.
  const travelDays = (name: 'travelDaysBefore' | 'travelDaysAfter') => ({
    ...field(name),
    inputMode: 'numeric' as const,
    maxLength: 2,
  });
  return (
    <FormSection title={t('form.datesSection')} hint={t('form.datesHint')}>
      <div className="ui-form-row">
        <TextField
          type="date"
          label={t('form.startDate')}
          required
          max={values.endDate || undefined}
          {...field('startDate')}
        />
        <TextField
          type="date"
          label={t('form.endDate')}
          required
          min={values.startDate || undefined}
          {...field('endDate')}
        />
      </div>
      <div className="ui-form-row">
        <TextField label={t('form.travelDaysBefore')} {...travelDays('travelDaysBefore')} />
        <TextField label={t('form.travelDaysAfter')} {...travelDays('travelDaysAfter')} />
      </div>
      <div className="ui-form-row">
        <Select
          label={t('form.transport')}
          placeholder={t('form.chooseTransport')}
          required
          options={TRANSPORT_MEANS.map((m) => ({ value: m, label: t(`transport.${m}`) }))}
          {...field('transport')}
        />
        <Select
          label={t('form.distanceBand')}
          hint={t('form.distanceHint')}
          placeholder={t('form.chooseDistance')}
          required
          options={DISTANCE_BANDS.map((b) => ({ value: b, label: t('distanceBand', { band: b }) }))}
          {...field('distanceBand')}
        />
      </div>
      <Checkbox
        name="greenTravel"
        label={t('form.greenTravel')}
        hint={t('form.greenTravelHint')}
        checked={values.greenTravel}
        error={errors.greenTravel}
        onChange={(e) => onGreenTravelChange(e.target.checked)}
      />
    </FormSection>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextField } from '@campus/web-ui';
import { countryOptions } from '../../../format/countries';
import { languageOptions } from '../../profile';
import { fieldProps } from '../lib/field-props';
import type { MobilityFormValues } from '../lib/mobility-form';
import { FormSection } from './form-section';

type Host = MobilityFormValues['host'];
type Mentor = MobilityFormValues['mentor'];

/** The receiving organisation: where the participant goes. */
export function HostOrganisationFields({
  value,
  errors,
  onChange,
}: {
  value: Host;
  errors: Record<string, string>;
  onChange: (field: keyof Host, value: string) => void;
}) {
  const { t, i18n } = useTranslation('mobilities');
  const lang = i18n.resolvedLanguage ?? 'en';
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const text = (field: keyof Host) =>
    fieldProps(`host.${field}`, value[field], errors, (v) => onChange(field, v));
  return (
    <FormSection title={t('form.hostSection')}>
      <TextField label={t('form.hostName')} required maxLength={200} {...text('name')} />
      <div className="ui-form-row">
        <Select
          label={t('form.country')}
          placeholder={t('form.chooseCountry')}
          required
          options={countries}
          {...text('country')}
        />
        <TextField label={t('form.city')} required maxLength={100} {...text('city')} />
      </div>
      <TextField label={t('form.address')} required maxLength={300} {...text('address')} />
      <div className="ui-form-row">
        <TextField
          type="url"
          label={t('form.website')}
          hint={t('form.websiteHint')}
          required
          maxLength={500}
          spellCheck={false}
          autoCapitalize="off"
          {...text('website')}
        />
        <TextField
          label={t('form.oid')}
          hint={t('form.oidHint')}
          maxLength={9}
          spellCheck={false}
          {...text('oid')}
        />
      </div>
    </FormSection>
  );
}

/** The person at the host organisation who confirms the participant's work, without an account. */
export function HostMentorFields({
  value,
  errors,
  onChange,
}: {
  value: Mentor;
  errors: Record<string, string>;
  onChange: (field: keyof Mentor, value: string) => void;
}) {
  const { t } = useTranslation('mobilities');
  const text = (field: keyof Mentor) =>
    fieldProps(`mentor.${field}`, value[field], errors, (v) => onChange(field, v));
  return (
    <FormSection title={t('form.mentorSection')}>
      <div className="ui-form-row">
        <TextField
          label={t('form.mentorName')}
          required
          maxLength={200}
          autoComplete="off"
          {...text('name')}
        />
        <TextField label={t('form.mentorRole')} required maxLength={200} {...text('role')} />
      </div>
      <div className="ui-form-row">
        <TextField
          type="email"
          label={t('form.mentorEmail')}
          required
          maxLength={254}
          autoComplete="off"
          spellCheck={false}
          {...text('email')}
        />
        <Select
          label={t('form.mentorLanguage')}
          hint={t('form.mentorLanguageHint')}
          placeholder={t('form.chooseLanguage')}
          required
          options={languageOptions()}
          {...text('language')}
        />
      </div>
    </FormSection>
  );
}

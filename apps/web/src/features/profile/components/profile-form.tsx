import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Locale, PersonName, TimeZone, type CurrentUser } from '@campus/contracts';
import { Alert, Button, Select, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { useUpdateProfile } from '../hooks/use-profile-mutations';
import { languageOptions, timeZoneOptions } from '../language-names';

const ProfileForm = z.object({ name: PersonName, locale: Locale, timeZone: TimeZone });

export function ProfileDetailsForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation('profile');
  const form = useZodForm(ProfileForm, { name: user.name, locale: user.locale, timeZone: user.timeZone });
  const update = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const languages = useMemo(() => languageOptions(), []);
  const zones = useMemo(() => timeZoneOptions(user.timeZone), [user.timeZone]);

  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit((body) => {
        setSaved(false);
        update.mutate(body, { onSuccess: () => setSaved(true), onError: form.applyServerErrors });
      })}
      onChange={() => setSaved(false)}
    >
      {saved && <Alert tone="success">{t('details.saved')}</Alert>}
      {update.error && <ProblemAlert error={update.error} />}
      <TextField label={t('details.name')} autoComplete="name" required {...form.field('name')} />
      <TextField
        label={t('details.email')}
        value={user.email}
        readOnly
        disabled
        hint={t('details.emailHint')}
      />
      <div className="ui-form-row">
        <Select label={t('details.language')} options={languages} {...form.field('locale')} />
        <Select
          label={t('details.timeZone')}
          hint={t('details.timeZoneHint')}
          options={zones}
          {...form.field('timeZone')}
        />
      </div>
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('details.save')}
        </Button>
      </div>
    </form>
  );
}

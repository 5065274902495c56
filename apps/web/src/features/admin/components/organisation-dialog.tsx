import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOrganisationRequest, ORGANISATION_KINDS, type OrganisationView } from '@campus/contracts';
import { Button, Dialog, Select, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { countryOptions } from '../../../format/countries';
import { useSaveOrganisation } from '../hooks/use-admin';

export interface OrganisationDialogProps {
  open: boolean;
  /** Absent: create a new organisation. */
  organisation?: OrganisationView;
  onClose: () => void;
  onSaved: (org: OrganisationView) => void;
}

export function OrganisationDialog({ open, organisation, onClose, onSaved }: OrganisationDialogProps) {
  const { t } = useTranslation('admin');
  return (
    <Dialog
      open={open}
      title={
        organisation
          ? t('organisations.editTitle', { name: organisation.name })
          : t('organisations.createTitle')
      }
      onClose={onClose}
    >
      {/* keyed so that each opening starts from the organisation's current values */}
      <OrganisationForm
        key={organisation?.id ?? 'new'}
        organisation={organisation}
        onClose={onClose}
        onSaved={onSaved}
      />
    </Dialog>
  );
}

function OrganisationForm({ organisation, onClose, onSaved }: Omit<OrganisationDialogProps, 'open'>) {
  const { t, i18n } = useTranslation('admin');
  const { t: tc } = useTranslation('common');
  const save = useSaveOrganisation();
  const form = useZodForm(CreateOrganisationRequest, {
    name: organisation?.name ?? '',
    country: organisation?.country ?? '',
    city: organisation?.city ?? '',
    kind: organisation?.kind ?? 'vet_school',
  });
  const lang = i18n.resolvedLanguage ?? 'en';
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const kinds = ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }));

  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit((body) =>
        save.mutate(
          { id: organisation?.id, body },
          { onSuccess: (org) => onSaved(org), onError: form.applyServerErrors },
        ),
      )}
    >
      {save.error && <ProblemAlert error={save.error} />}
      <TextField label={t('organisations.name')} required data-autofocus {...form.field('name')} />
      <Select
        label={t('organisations.country')}
        required
        placeholder={t('organisations.chooseCountry')}
        options={countries}
        {...form.field('country')}
      />
      <TextField label={t('organisations.city')} required {...form.field('city')} />
      <Select label={t('organisations.kind')} options={kinds} {...form.field('kind')} />
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={onClose}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {organisation ? tc('actions.save') : t('organisations.create')}
        </Button>
      </div>
    </form>
  );
}

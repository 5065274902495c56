import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LOCALES, Locale } from '@campus/contracts';
import { Button, Dialog, Select, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { useCreateFramework } from '../hooks/use-frameworks';
import {
  CreateFrameworkForm,
  createFrameworkRequest,
  emptyCreateFrameworkForm,
} from '../lib/create-framework-form';
import { languageName } from '../lib/framework-errors';

/** A new framework: slug, source language and its first texts; then the editor opens on it. */
export function CreateFrameworkDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('frameworks');
  return (
    <Dialog open={open} title={t('create.title')} onClose={onClose}>
      <CreateFrameworkFormView onClose={onClose} />
    </Dialog>
  );
}

function CreateFrameworkFormView({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('frameworks');
  const { t: tc } = useTranslation('common');
  const navigate = useNavigate();
  const create = useCreateFramework();
  const ui = i18n.resolvedLanguage ?? 'en';
  const own = Locale.safeParse(ui);
  const form = useZodForm(CreateFrameworkForm, emptyCreateFrameworkForm(own.success ? own.data : 'en'));
  const languages = LOCALES.map((l) => ({ value: l, label: languageName(l, ui) }));
  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit((values) =>
        create.mutate(createFrameworkRequest(values), {
          onSuccess: (view) => void navigate(`/admin/frameworks/${view.id}`),
          onError: form.applyServerErrors,
        }),
      )}
    >
      {create.error && <ProblemAlert error={create.error} />}
      <TextField
        label={t('create.slug')}
        hint={t('create.slugHint')}
        required
        data-autofocus
        {...form.field('slug')}
      />
      <Select
        label={t('create.sourceLocale')}
        hint={t('create.sourceLocaleHint')}
        options={languages}
        {...form.field('sourceLocale')}
      />
      <TextField label={t('editor.title')} required {...form.field('title')} />
      <TextField label={t('create.areaTitle')} required {...form.field('areaTitle')} />
      <TextField label={t('editor.topic')} hint={t('editor.topicHint')} required {...form.field('topic')} />
      <TextField label={t('create.statement')} required {...form.field('statement')} />
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={onClose}>
          {tc('actions.cancel')}
        </Button>
        <Button type="submit" disabled={create.isPending}>
          {t('create.submit')}
        </Button>
      </div>
    </form>
  );
}

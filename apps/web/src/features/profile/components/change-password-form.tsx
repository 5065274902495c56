import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Password } from '@campus/contracts';
import { Alert, Button, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { useChangePassword } from '../hooks/use-profile-mutations';

const ChangePasswordForm = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: Password, confirmPassword: z.string() })
  .superRefine((v, ctx) => {
    if (v.newPassword !== v.confirmPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmPassword'],
        message: 'The passwords differ.',
        params: { i18nKey: 'validation.passwordsDiffer' },
      });
    }
  });

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordSection() {
  const { t } = useTranslation('profile');
  const form = useZodForm(ChangePasswordForm, EMPTY);
  const change = useChangePassword();

  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit(({ currentPassword, newPassword }) =>
        change.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => form.reset(EMPTY),
            onError: (err) => {
              if (isApiError(err, 'WRONG_PASSWORD')) form.setErrors({ currentPassword: t('password.wrong') });
              else form.applyServerErrors(err);
            },
          },
        ),
      )}
    >
      <p className="ui-muted">{t('password.intro')}</p>
      {change.isSuccess && <Alert tone="success">{t('password.changed')}</Alert>}
      {change.error && !isApiError(change.error, 'WRONG_PASSWORD') && <ProblemAlert error={change.error} />}
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        required
        {...form.field('currentPassword')}
      />
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('password.hint', { count: 12 })}
        {...form.field('newPassword')}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        {...form.field('confirmPassword')}
      />
      <div>
        <Button type="submit" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </div>
    </form>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailRequest } from '@campus/contracts';
import { Alert, Button, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { authApi } from '../api/auth.api';
import { NewPasswordForm } from './password-schema';

export function ForgotPasswordForm() {
  const { t } = useTranslation('auth');
  const form = useZodForm(EmailRequest, { email: '' });
  const request = useMutation({ mutationFn: (email: string) => authApi.requestPasswordReset(email) });

  if (request.isSuccess) {
    return (
      <>
        <Alert tone="success" title={t('forgot.sentTitle')}>
          <p>{t('forgot.sentBody', { email: request.variables })}</p>
        </Alert>
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </>
    );
  }
  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit(({ email }) => request.mutate(email, { onError: form.applyServerErrors }))}
    >
      {request.error && <ProblemAlert error={request.error} />}
      <TextField
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
        {...form.field('email')}
      />
      <Button type="submit" block loading={request.isPending}>
        {t('forgot.submit')}
      </Button>
      <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string | null }) {
  const { t } = useTranslation('auth');
  const form = useZodForm(NewPasswordForm, { password: '', confirmPassword: '' });
  const confirm = useMutation({
    mutationFn: (password: string) => authApi.confirmPasswordReset({ token: token ?? '', password }),
  });

  if (!token) {
    return (
      <Alert tone="error" title={t('reset.missingToken')}>
        <Link to="/forgot-password">{t('reset.requestNew')}</Link>
      </Alert>
    );
  }
  if (confirm.isSuccess) {
    return (
      <>
        <Alert tone="success" title={t('reset.successTitle')}>
          <p>{t('reset.successBody')}</p>
        </Alert>
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </>
    );
  }
  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit(({ password }) =>
        confirm.mutate(password, { onError: form.applyServerErrors }),
      )}
    >
      {confirm.error &&
        (isApiError(confirm.error, 'INVALID_TOKEN') ? (
          <Alert tone="error" title={t('reset.invalidTitle')}>
            <p>{t('reset.invalidBody')}</p>
            <Link to="/forgot-password">{t('reset.requestNew')}</Link>
          </Alert>
        ) : (
          <ProblemAlert error={confirm.error} />
        ))}
      <TextField
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('fields.passwordHint', { count: 12 })}
        {...form.field('password')}
      />
      <TextField
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        {...form.field('confirmPassword')}
      />
      <Button type="submit" block loading={confirm.isPending}>
        {t('reset.submit')}
      </Button>
    </form>
  );
}

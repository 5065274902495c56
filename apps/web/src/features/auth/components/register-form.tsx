import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { RegisterRequest } from '@campus/contracts';
import { Alert, Button, Spinner, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { isLocale } from '../../../i18n';
import { authApi } from '../api/auth.api';
import { usePublicSettings, useResendVerification } from '../hooks/use-auth-mutations';
import { withPasswordConfirmation } from './password-schema';

const RegisterForm = withPasswordConfirmation(
  RegisterRequest.pick({ name: true, email: true, password: true }).shape,
);

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export function RegisterView() {
  const { t } = useTranslation('auth');
  const settings = usePublicSettings();
  if (settings.isPending) return <Spinner label={t('register.loading')} block />;
  if (settings.isError) return <ProblemAlert error={settings.error} />;
  if (!settings.data.registrationEnabled) {
    return (
      <Alert tone="info" title={t('register.closedTitle')}>
        <p>{t('register.closedBody')}</p>
        <Link to="/sign-in">{t('register.signInLink')}</Link>
      </Alert>
    );
  }
  return <RegisterFormView />;
}

function RegisterFormView() {
  const { t, i18n } = useTranslation('auth');
  const form = useZodForm(RegisterForm, { name: '', email: '', password: '', confirmPassword: '' });
  const register = useMutation({
    mutationFn: (body: z.output<typeof RegisterForm>) =>
      authApi.register({
        name: body.name,
        email: body.email,
        password: body.password,
        locale: isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en',
        timeZone: browserTimeZone(),
      }),
  });
  const resend = useResendVerification();

  if (register.isSuccess) return <CheckInbox email={register.variables.email} resend={resend} />;

  return (
    <form
      ref={form.formRef}
      className="ui-form"
      noValidate
      onSubmit={form.handleSubmit((body) => register.mutate(body, { onError: form.applyServerErrors }))}
    >
      {register.error &&
        (isApiError(register.error, 'REGISTRATION_CLOSED') ? (
          <Alert tone="info" title={t('register.closedTitle')}>
            <p>{t('register.closedBody')}</p>
          </Alert>
        ) : (
          <ProblemAlert error={register.error} />
        ))}
      <TextField label={t('fields.name')} autoComplete="name" required {...form.field('name')} />
      <TextField
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
        {...form.field('email')}
      />
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
      <Button type="submit" block loading={register.isPending}>
        {t('register.submit')}
      </Button>
      <p>
        {t('register.haveAccount')} <Link to="/sign-in">{t('register.signInLink')}</Link>
      </p>
    </form>
  );
}

function CheckInbox({ email, resend }: { email: string; resend: ReturnType<typeof useResendVerification> }) {
  const { t } = useTranslation('auth');
  return (
    <div className="ui-stack">
      <Alert tone="success" title={t('register.checkInboxTitle')}>
        <p>{t('register.checkInboxBody', { email })}</p>
      </Alert>
      {resend.isSuccess ? (
        <Alert tone="info">{t('register.resent')}</Alert>
      ) : (
        <div>
          <Button variant="secondary" loading={resend.isPending} onClick={() => resend.mutate(email)}>
            {t('register.resend')}
          </Button>
        </div>
      )}
      {resend.isError && <ProblemAlert error={resend.error} />}
      <Link to="/sign-in">{t('register.signInLink')}</Link>
    </div>
  );
}

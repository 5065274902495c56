import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, buttonClassName } from '@campus/web-ui';

/**
 * The end of a create/edit form: a summary alert while fields are invalid (unless a problem alert
 * already explains the failure), the submit button and a way back.
 */
export function FormFooter({
  invalid,
  busy,
  submitLabel,
  cancelTo,
}: {
  invalid: boolean;
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation('common');
  return (
    <>
      {invalid && <Alert tone="error" title={t('errors.VALIDATION_FAILED')} />}
      <div className="ui-row">
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
        <Link to={cancelTo} className={buttonClassName({ variant: 'secondary' })}>
          {t('actions.cancel')}
        </Link>
      </div>
    </>
  );
}

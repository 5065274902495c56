import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';

export interface SubmitDialogProps {
  open: boolean;
  /** Numbers (1-based) of the questions without an answer. */
  unanswered: number[];
  busy: boolean;
  error: unknown;
  /** Some answers could not be sent yet (offline): submitting waits for them. */
  stillUnsent?: boolean;
  onGoTo: (index: number) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before submitting and names the questions still without an answer. */
export function SubmitDialog({
  open,
  unanswered,
  busy,
  error,
  stillUnsent,
  onGoTo,
  onConfirm,
  onCancel,
}: SubmitDialogProps) {
  const { t } = useTranslation('quizzes');
  return (
    <Dialog
      open={open}
      title={t('submit.title')}
      onClose={onCancel}
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} data-autofocus>
            {t('submit.back')}
          </Button>
          <Button onClick={onConfirm} loading={busy}>
            {t('submit.confirm')}
          </Button>
        </>
      }
    >
      {unanswered.length === 0 ? (
        <p>{t('submit.allAnswered')}</p>
      ) : (
        <>
          <p>{t('submit.unanswered', { count: unanswered.length })}</p>
          <ul className="ui-row" style={{ listStyle: 'none', padding: 0 }}>
            {unanswered.map((n) => (
              <li key={n}>
                <Button size="small" variant="secondary" onClick={() => onGoTo(n - 1)}>
                  {t('submit.goTo', { number: n })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('submit.final')}</p>
      {stillUnsent && <Alert tone="error" title={t('submit.offline')} />}
      {error != null && <ProblemAlert error={error} />}
    </Dialog>
  );
}

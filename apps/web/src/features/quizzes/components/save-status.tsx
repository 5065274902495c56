import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../components/problem-alert';
import type { SaveState } from '../lib/answer-queue';
import { useTimeFormat } from '../lib/use-time-format';

/** "Saving…", "Saved at 14:03:12", "Not saved yet": the state of one answer, announced politely. */
export function SaveStatus({ state, offline }: { state: SaveState | undefined; offline: boolean }) {
  const { t } = useTranslation('quizzes');
  const { t: tc } = useTranslation('common');
  const time = useTimeFormat();
  const kind = state?.kind ?? 'idle';
  let text = '';
  switch (kind) {
    case 'idle':
      text = '';
      break;
    case 'pending':
      text = offline ? t('save.keptOffline') : t('save.pending');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.savedAt', { time: time(state?.kind === 'saved' ? state.savedAt : '') });
      break;
    case 'failed':
      text = t('save.failed', {
        reason: state?.kind === 'failed' ? problemMessage(state.error, tc) : '',
      });
      break;
  }
  return (
    <p
      className="ui-save-state"
      data-state={kind === 'pending' && offline ? 'pending-offline' : kind}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}

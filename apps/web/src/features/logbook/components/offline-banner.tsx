import { useTranslation } from 'react-i18next';
import { Button } from '@campus/web-ui';

export interface OfflineBannerProps {
  online: boolean;
  /** Online, but the last send could not reach Campus. */
  unreachable: boolean;
  /** The last send stopped on a server failure. */
  serverTrouble: boolean;
  sending: boolean;
  /** Entries saved on this device and not sent yet. */
  waiting: number;
  /** Entries the server refused (kept on the device). */
  refused: number;
  onSendNow: () => void;
}

/**
 * The connection and the outbox at a glance. The status region is always in the page, so that a
 * change of its text (going offline, entries sent) is announced.
 */
export function OfflineBanner({
  online,
  unreachable,
  serverTrouble,
  sending,
  waiting,
  refused,
  onSendNow,
}: OfflineBannerProps) {
  const { t } = useTranslation('logbook');
  const lines: string[] = [];
  if (!online) lines.push(waiting ? t('banner.offline', { count: waiting }) : t('banner.offlineEmpty'));
  else if (unreachable) lines.push(t('banner.unreachable', { count: waiting }));
  else if (sending) lines.push(t('banner.sending', { count: waiting }));
  else if (waiting) lines.push(t('banner.waiting', { count: waiting }));
  if (online && serverTrouble && !sending) lines.push(t('banner.serverTrouble'));
  if (refused) lines.push(t('banner.refused', { count: refused }));
  const tone = !online || unreachable ? 'warning' : refused ? 'error' : 'info';
  return (
    // Sticky: on a phone the day being edited is far below the top of the page.
    <div className="ui-stack" style={{ gap: '0.5rem', position: 'sticky', top: 0, zIndex: 1 }}>
      <div
        role="status"
        aria-live="polite"
        className={lines.length ? `ui-alert ui-alert--${tone}` : 'ui-visually-hidden'}
      >
        {lines.map((line) => (
          <p key={line} style={{ margin: 0 }}>
            {line}
          </p>
        ))}
      </div>
      {online && waiting > 0 && (
        <Button
          variant="secondary"
          block
          loading={sending}
          onClick={onSendNow}
          style={{ minHeight: '2.75rem' }}
        >
          {t('banner.sendNow')}
        </Button>
      )}
    </div>
  );
}

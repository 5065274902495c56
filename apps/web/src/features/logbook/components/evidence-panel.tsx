import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_EVIDENCE_MAX, UPLOAD_RULES, type LogEvidenceView } from '@campus/contracts';
import { Button, FileInput, ProgressBar } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatFileSize } from '../../../format/file-size';
import { useRemoveEvidence, useUploadEvidence } from '../hooks/use-logbook';

const RULE = UPLOAD_RULES['mobility-evidence'];
const TYPES = RULE.extensions.split(',').join(', ');

/** The files a participant keeps with an entry: list, thumbnails of photos, remove. */
export function EvidenceList({
  evidence,
  onRemove,
  removing,
}: {
  evidence: readonly LogEvidenceView[];
  onRemove?: (e: LogEvidenceView) => void;
  removing?: string;
}) {
  const { t, i18n } = useTranslation('logbook');
  const lang = i18n.resolvedLanguage ?? 'en';
  if (!evidence.length) return <p className="ui-muted">{t('evidence.none')}</p>;
  return (
    <ul className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: '0.5rem' }}>
      {evidence.map((e) => (
        <li
          key={e.evidenceId}
          className="ui-row"
          style={{ gap: '0.75rem', flexWrap: 'wrap', alignItems: 'center' }}
        >
          {e.contentType.startsWith('image/') && (
            <img
              src={e.url}
              alt={t('evidence.thumbnailAlt', { name: e.name })}
              loading="lazy"
              style={{ width: '4.5rem', height: '4.5rem', objectFit: 'cover', borderRadius: '0.375rem' }}
            />
          )}
          <span style={{ flex: '1 1 10rem', overflowWrap: 'anywhere' }}>
            <a href={e.url} target="_blank" rel="noreferrer">
              {e.name}
            </a>{' '}
            <span className="ui-muted">({formatFileSize(e.size, lang)})</span>
          </span>
          {onRemove && (
            <Button
              variant="secondary"
              size="small"
              style={{ minHeight: '2.75rem' }}
              loading={removing === e.evidenceId}
              aria-label={t('evidence.removeLabel', { name: e.name })}
              onClick={() => onRemove(e)}
            >
              {t('evidence.remove')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}

export interface EvidencePanelProps {
  mobilityId: string;
  entryId: string;
  evidence: readonly LogEvidenceView[];
  online: boolean;
  /** The entry is only on this device yet: the server has nowhere to attach a file. */
  entrySent: boolean;
  /** Confirmed entries are closed. */
  readOnly: boolean;
}

/**
 * Uploads go straight to the server (files are too large for the device's outbox), so they need
 * a connection and an entry the server already has. Size and type are checked before sending.
 */
export function EvidencePanel({
  mobilityId,
  entryId,
  evidence,
  online,
  entrySent,
  readOnly,
}: EvidencePanelProps) {
  const { t, i18n } = useTranslation('logbook');
  const lang = i18n.resolvedLanguage ?? 'en';
  const max = formatFileSize(RULE.maxBytes, lang);
  const [percent, setPercent] = useState(0);
  const [localError, setLocalError] = useState<string | undefined>();
  const [inputKey, setInputKey] = useState(0);
  const upload = useUploadEvidence(mobilityId, entryId, (p) => setPercent((p.loaded / p.total) * 100));
  const remove = useRemoveEvidence(mobilityId, entryId);

  const choose = (file: File | null) => {
    upload.reset();
    setLocalError(undefined);
    if (!file) return;
    if (file.size > RULE.maxBytes) {
      setLocalError(t('evidence.tooLarge', { name: file.name, max }));
      return;
    }
    setPercent(0);
    upload.mutate(file, { onSuccess: () => setInputKey((k) => k + 1) });
  };

  const unavailable = !online
    ? t('evidence.offline')
    : !entrySent
      ? t('evidence.notSent')
      : evidence.length >= LOG_EVIDENCE_MAX
        ? t('evidence.full', { max: LOG_EVIDENCE_MAX })
        : null;

  return (
    <div className="ui-stack" style={{ gap: '0.75rem' }}>
      <h3 style={{ fontSize: '1rem', margin: 0 }}>{t('evidence.title')}</h3>
      <EvidenceList
        evidence={evidence}
        onRemove={readOnly || !online ? undefined : (e) => remove.mutate(e.evidenceId)}
        removing={remove.isPending ? remove.variables : undefined}
      />
      {remove.error && <ProblemAlert error={remove.error} />}
      {!readOnly &&
        (unavailable ? (
          <p className="ui-muted" style={{ margin: 0 }}>
            {unavailable}
          </p>
        ) : (
          <>
            <FileInput
              key={inputKey}
              label={t('evidence.choose')}
              hint={t('evidence.hint', { types: TYPES, max })}
              accept={RULE.extensions}
              error={localError}
              disabled={upload.isPending}
              onFileChange={choose}
            />
            {upload.isPending && (
              <ProgressBar
                value={percent}
                label={t('evidence.uploading', { name: upload.variables?.name ?? '' })}
              />
            )}
            {upload.error && (
              <ProblemAlert
                error={upload.error}
                messages={{
                  FILE_TOO_LARGE: t('evidence.tooLarge', { name: upload.variables?.name ?? '', max }),
                  PAYLOAD_TOO_LARGE: t('evidence.tooLarge', { name: upload.variables?.name ?? '', max }),
                  UNSUPPORTED_FILE_TYPE: t('evidence.unsupported', { types: TYPES }),
                }}
              />
            )}
          </>
        ))}
    </div>
  );
}

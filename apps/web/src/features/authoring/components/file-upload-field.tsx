import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UPLOAD_RULES, type FilePurpose, type FileRef } from '@campus/contracts';
import { Button, FileInput, Spinner } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatFileSize } from '../../../format/file-size';
import { useUpload } from '../hooks/use-authoring';

export interface FileUploadFieldProps {
  courseId: string;
  purpose: FilePurpose;
  label: ReactNode;
  /** The uploaded file the field holds, if any. */
  value: FileRef | null;
  onChange: (file: FileRef | null) => void;
  error?: ReactNode;
  /** Shows the uploaded image (covers). */
  imagePreview?: boolean;
  /** Offers to remove the file (optional uploads). */
  removable?: boolean;
}

/**
 * Choose a file and it uploads at once. The purpose's limits (UPLOAD_RULES) are checked in the
 * browser first, so a too-large file is refused without sending it; the API still decides by content.
 */
export function FileUploadField({
  courseId,
  purpose,
  label,
  value,
  onChange,
  error,
  imagePreview,
  removable,
}: FileUploadFieldProps) {
  const { t, i18n } = useTranslation('authoring');
  const rule = UPLOAD_RULES[purpose];
  const lang = i18n.resolvedLanguage ?? 'en';
  const upload = useUpload(courseId, purpose);
  const [localError, setLocalError] = useState<string | undefined>();
  const [inputKey, setInputKey] = useState(0);
  const statusId = useId();

  const choose = (file: File | null) => {
    upload.reset();
    setLocalError(undefined);
    if (!file) return;
    if (file.size > rule.maxBytes) {
      setLocalError(t('upload.tooLarge', { name: file.name, max: formatFileSize(rule.maxBytes, lang) }));
      return;
    }
    upload.mutate(file, {
      onSuccess: (ref) => {
        onChange(ref);
        // a fresh input: the chosen file now shows as the field's value below
        setInputKey((k) => k + 1);
      },
    });
  };

  return (
    <div className="ui-stack" style={{ gap: '0.5rem' }}>
      <FileInput
        key={inputKey}
        label={label}
        hint={t('upload.hint', {
          types: rule.extensions.split(',').join(', '),
          max: formatFileSize(rule.maxBytes, lang),
        })}
        accept={rule.extensions}
        error={localError ?? error}
        disabled={upload.isPending}
        aria-describedby={statusId}
        onFileChange={choose}
      />
      <div id={statusId} aria-live="polite">
        {upload.isPending && (
          <Spinner label={t('upload.uploading', { name: upload.variables?.name ?? '' })} />
        )}
        {value && !upload.isPending && (
          <div className="ui-row">
            {imagePreview && (
              <img className="ui-cover ui-cover--small" src={value.url} alt={t('upload.previewAlt')} />
            )}
            <span>{t('upload.current', { name: value.name, size: formatFileSize(value.size, lang) })}</span>
            {removable && (
              <Button size="small" variant="secondary" onClick={() => onChange(null)}>
                {t('upload.remove')}
                <span className="ui-visually-hidden"> {value.name}</span>
              </Button>
            )}
          </div>
        )}
      </div>
      {upload.error && (
        <ProblemAlert
          error={upload.error}
          messages={{
            FILE_TOO_LARGE: t('upload.tooLarge', {
              name: upload.variables?.name ?? '',
              max: formatFileSize(rule.maxBytes, lang),
            }),
            UNSUPPORTED_FILE_TYPE: t('upload.unsupported', { types: rule.extensions.split(',').join(', ') }),
          }}
        />
      )}
    </div>
  );
}

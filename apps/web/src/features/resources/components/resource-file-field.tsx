import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { UPLOAD_RULES, type FileRef } from '@campus/contracts';
import { Button, FileInput, Spinner } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatFileSize } from '../../../format/file-size';
import { resourcesApi } from '../api/resources.api';

const RULE = UPLOAD_RULES['resource-file'];

/** The file of a document or template: uploaded at once when chosen; size checked in the browser first. */
export function ResourceFileField({
  organisationId,
  value,
  onChange,
  error,
}: {
  organisationId: string;
  value: FileRef | null;
  onChange: (file: FileRef | null) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.resolvedLanguage ?? 'en';
  const upload = useMutation({ mutationFn: (file: File) => resourcesApi.upload(organisationId, file) });
  const [inputKey, setInputKey] = useState(0);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const statusId = useId();
  return (
    <div className="ui-stack" style={{ gap: '0.5rem' }}>
      <FileInput
        key={inputKey}
        label={t('form.file')}
        accept={RULE.extensions}
        error={tooLarge ? t('form.tooLarge', { name: tooLarge }) : error}
        disabled={upload.isPending || !organisationId}
        aria-describedby={statusId}
        onFileChange={(file) => {
          upload.reset();
          setTooLarge(null);
          if (!file) return;
          if (file.size > RULE.maxBytes) return setTooLarge(file.name);
          upload.mutate(file, {
            onSuccess: (ref) => {
              onChange(ref);
              setInputKey((k) => k + 1);
            },
          });
        }}
      />
      <div id={statusId} aria-live="polite">
        {upload.isPending && <Spinner label={t('form.uploading', { name: upload.variables?.name ?? '' })} />}
        {value && !upload.isPending && (
          <div className="ui-row">
            <span>
              {t('form.uploaded', { name: value.name })} ({formatFileSize(value.size, lang)})
            </span>
            <Button size="small" variant="secondary" onClick={() => onChange(null)}>
              {t('form.removeFile')}
              <span className="ui-visually-hidden"> {value.name}</span>
            </Button>
          </div>
        )}
      </div>
      {upload.error != null && <ProblemAlert error={upload.error} />}
    </div>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UPLOAD_RULES } from '@campus/contracts';
import { Card, FileInput, Spinner, TextArea, TextField } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatFileSize } from '../../../format/file-size';
import { Markdown } from '../../courses';
import { useUpload } from '../hooks/use-authoring';
import { insertImage } from '../lib/lesson-form';

export interface PageBodyEditorProps {
  courseId: string;
  language: string;
  value: string;
  onChange: (body: string) => void;
  error?: string;
  /** Signed URLs of the images the saved lesson links; uploads made here are added. */
  images?: Record<string, string>;
  label: string;
}

/**
 * Markdown with a live preview (the player's own safe renderer) and "insert image": the upload is
 * linked as `![alt](file:<id>)` where the cursor was.
 */
export function PageBodyEditor({
  courseId,
  language,
  value,
  onChange,
  error,
  images,
  label,
}: PageBodyEditorProps) {
  const { t, i18n } = useTranslation('authoring');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const cursor = useRef<number | null>(null);
  const [uploaded, setUploaded] = useState<Record<string, string>>({});
  const [alt, setAlt] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const [fileError, setFileError] = useState<string | undefined>();
  const [inserted, setInserted] = useState('');
  const upload = useUpload(courseId, 'lesson-image');
  const rule = UPLOAD_RULES['lesson-image'];
  const max = formatFileSize(rule.maxBytes, i18n.resolvedLanguage ?? 'en');
  const remember = () => {
    cursor.current = textarea.current?.selectionStart ?? null;
  };

  const choose = (file: File | null) => {
    upload.reset();
    setFileError(undefined);
    setInserted('');
    if (!file) return;
    if (file.size > rule.maxBytes) return setFileError(t('upload.tooLarge', { name: file.name, max }));
    upload.mutate(file, {
      onSuccess: (ref) => {
        const description = alt.trim() || ref.name.replace(/\.[^.]+$/, '');
        const next = insertImage(value, cursor.current ?? value.length, description, ref.id);
        setUploaded((u) => ({ ...u, [ref.id]: ref.url }));
        onChange(next.text);
        setAlt('');
        setInputKey((k) => k + 1);
        setInserted(t('page.imageInserted', { name: ref.name }));
        cursor.current = next.cursor;
        requestAnimationFrame(() => {
          textarea.current?.focus();
          textarea.current?.setSelectionRange(next.cursor, next.cursor);
        });
      },
    });
  };

  return (
    <div className="ui-stack">
      <TextArea
        ref={textarea}
        label={label}
        hint={t('page.markdownHint')}
        code
        rows={14}
        value={value}
        error={error}
        onChange={(e) => {
          onChange(e.target.value);
          remember();
        }}
        onSelect={remember}
        onKeyUp={remember}
        onClick={remember}
      />
      <fieldset className="ui-radio-group ui-stack" style={{ gap: '0.5rem' }}>
        <legend className="ui-label">{t('page.insertImage')}</legend>
        <div className="ui-form-row">
          <TextField
            label={t('page.imageAlt')}
            hint={t('page.imageAltHint')}
            value={alt}
            maxLength={200}
            onChange={(e) => setAlt(e.target.value)}
          />
          <FileInput
            key={inputKey}
            label={t('page.imageFile')}
            hint={t('upload.hint', { types: rule.extensions.split(',').join(', '), max })}
            accept={rule.extensions}
            error={fileError}
            disabled={upload.isPending}
            onFileChange={choose}
          />
        </div>
        <div aria-live="polite">
          {upload.isPending && (
            <Spinner label={t('upload.uploading', { name: upload.variables?.name ?? '' })} />
          )}
          {inserted && <p style={{ margin: 0 }}>{inserted}</p>}
        </div>
        {upload.error && (
          <ProblemAlert
            error={upload.error}
            messages={{
              FILE_TOO_LARGE: t('upload.tooLarge', { name: upload.variables?.name ?? '', max }),
              UNSUPPORTED_FILE_TYPE: t('upload.unsupported', {
                types: rule.extensions.split(',').join(', '),
              }),
            }}
          />
        )}
      </fieldset>
      <Card title={t('page.preview')} headingLevel={3}>
        <div lang={language}>
          {value.trim() ? (
            <Markdown source={value} headingOffset={3} images={{ ...images, ...uploaded }} />
          ) : (
            <p className="ui-muted">{t('page.previewEmpty')}</p>
          )}
        </div>
      </Card>
    </div>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type FrameworkContent, type Locale } from '@campus/contracts';
import { Alert, Button, Select } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';
import { addArea, missingTexts } from '../lib/framework-draft';
import { contentErrors, editorLocales, languageName } from '../lib/framework-errors';
import { AreaEditor } from './area-editor';
import { TextRow } from './text-row';

export interface FrameworkEditorProps {
  /** The content to start from: the draft, or the published version a new draft is made from. */
  initial: FrameworkContent;
  busy: boolean;
  /** Saves the whole content as the draft; rejects with the API's error. */
  onSave: (content: FrameworkContent) => Promise<unknown>;
}

/**
 * Writes a framework's content: areas and statements in the source language (add, remove,
 * reorder, keys and topics), and every text in each other language beside its source text.
 * Checked with the API's own schema before it is sent; the API's field errors land on the fields.
 */
export function FrameworkEditor({ initial, busy, onSave }: FrameworkEditorProps) {
  const { t, i18n } = useTranslation('frameworks');
  const { t: tc } = useTranslation('common');
  const ui = i18n.resolvedLanguage ?? 'en';
  const [content, setContent] = useState(initial);
  const [locale, setLocale] = useState<Locale>(initial.sourceLocale);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const change = setContent;
  const missingHere = missingTexts(content, locale).length;
  const languageOptions = editorLocales(content.sourceLocale, LOCALES).map((l) => ({
    value: l,
    label:
      l === content.sourceLocale
        ? t('editor.sourceOption', { language: languageName(l, ui) })
        : t('editor.translationOption', {
            language: languageName(l, ui),
            count: missingTexts(content, l).length,
          }),
  }));

  const submit = async () => {
    setFailure(null);
    const problems = contentErrors(content, t, tc, ui);
    if (problems) {
      setErrors(problems);
      // Structure and source texts are edited in the source language: show where the problems are.
      setLocale(content.sourceLocale);
      focusFirstInvalid(formRef);
      return;
    }
    setErrors({});
    try {
      await onSave(content);
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length) {
        setErrors(err.fieldErrorMap());
        setLocale(content.sourceLocale);
        focusFirstInvalid(formRef);
      }
      setFailure(err);
    }
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form
      ref={formRef}
      className="ui-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Select
        label={t('editor.language')}
        hint={t('editor.languageHint')}
        options={languageOptions}
        value={locale}
        onChange={(e) => setLocale(e.target.value as Locale)}
      />
      <p aria-live="polite" className="ui-muted">
        {locale === content.sourceLocale
          ? t('editor.sourceStatus', { count: missingHere })
          : t('editor.translationStatus', { count: missingHere, language: languageName(locale, ui) })}
      </p>
      {errorCount > 0 && <Alert tone="error">{t('editor.problems', { count: errorCount })}</Alert>}
      {failure !== null && <ProblemAlert error={failure} />}
      <TextRow
        content={content}
        path={{ kind: 'title' }}
        locale={locale}
        label={t('editor.title')}
        required
        errors={errors}
        onChange={change}
      />
      <TextRow
        content={content}
        path={{ kind: 'description' }}
        locale={locale}
        label={t('editor.description')}
        multiline
        errors={errors}
        onChange={change}
      />
      <h2>{t('editor.areas')}</h2>
      {content.areas.map((_, i) => (
        <AreaEditor key={i} content={content} area={i} locale={locale} errors={errors} onChange={change} />
      ))}
      <div className="ui-row">
        {locale === content.sourceLocale && (
          <Button variant="secondary" onClick={() => change(addArea(content))}>
            {t('editor.addArea')}
          </Button>
        )}
        <Button type="submit" disabled={busy}>
          {busy ? t('editor.saving') : t('editor.save')}
        </Button>
      </div>
    </form>
  );
}

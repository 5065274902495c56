import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkContent, Locale } from '@campus/contracts';
import { TextArea, TextField } from '@campus/web-ui';
import { setText, textAt, textField, type TextPath } from '../lib/framework-draft';
import { languageName } from '../lib/framework-errors';

export interface TextRowProps {
  content: FrameworkContent;
  path: TextPath;
  /** The language being written: the source language, or one being translated into. */
  locale: Locale;
  label: string;
  multiline?: boolean;
  required?: boolean;
  errors: Record<string, string>;
  onChange: (content: FrameworkContent) => void;
}

/**
 * One text of the framework. In the source language it is a plain field; in another language the
 * source text stands beside the field (and is announced with it) so a translator sees what to say.
 */
export function TextRow({
  content,
  path,
  locale,
  label,
  multiline,
  required,
  errors,
  onChange,
}: TextRowProps) {
  const { t, i18n } = useTranslation('frameworks');
  const sourceId = useId();
  const ui = i18n.resolvedLanguage ?? 'en';
  const text = textAt(content, path);
  const source = content.sourceLocale;
  const translating = locale !== source;
  const field = {
    label: translating ? t('editor.inLanguage', { label, language: languageName(locale, ui) }) : label,
    lang: locale,
    value: text[locale] ?? '',
    required: !translating && required,
    error: errors[textField(path)],
    'aria-describedby': translating ? sourceId : undefined,
    onChange: (e: { target: { value: string } }) => onChange(setText(content, path, locale, e.target.value)),
  };
  const input = multiline ? <TextArea rows={2} {...field} /> : <TextField {...field} />;
  if (!translating) return input;
  return (
    <div className="ui-grid">
      <div>
        <p className="ui-muted">{t('editor.sourceText', { language: languageName(source, ui) })}</p>
        <p id={sourceId} lang={source}>
          {text[source] || t('editor.noSourceText')}
        </p>
      </div>
      {text[source] ? input : <div />}
    </div>
  );
}

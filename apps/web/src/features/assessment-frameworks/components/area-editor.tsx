import { useTranslation } from 'react-i18next';
import type { FrameworkContent, Locale } from '@campus/contracts';
import { Button, Card, TextField } from '@campus/web-ui';
import { addStatement, moveArea, removeArea, setAreaField, translatedOr } from '../lib/framework-draft';
import { StatementRow } from './statement-row';
import { TextRow } from './text-row';

export interface AreaEditorProps {
  content: FrameworkContent;
  area: number;
  locale: Locale;
  errors: Record<string, string>;
  onChange: (content: FrameworkContent) => void;
}

/** An area: title, description, topic and key, and its statements in order. */
export function AreaEditor({ content, area, locale, errors, onChange }: AreaEditorProps) {
  const { t } = useTranslation('frameworks');
  const a = content.areas[area];
  const number = area + 1;
  const structure = locale === content.sourceLocale;
  const common = { content, locale, errors, onChange };
  return (
    <Card
      headingLevel={3}
      title={t('editor.areaHeading', { number, title: translatedOr(a.title, content.sourceLocale, a.key) })}
    >
      <div className="ui-stack">
        <TextRow {...common} path={{ kind: 'areaTitle', area }} label={t('editor.areaTitle')} required />
        <TextRow
          {...common}
          path={{ kind: 'areaDescription', area }}
          label={t('editor.areaDescription')}
          multiline
        />
        {structure && (
          <div className="ui-row">
            <TextField
              label={t('editor.areaKey')}
              hint={t('editor.keyHint')}
              value={a.key}
              error={errors[`content.areas.${area}.key`]}
              onChange={(e) => onChange(setAreaField(content, area, 'key', e.target.value))}
            />
            <TextField
              label={t('editor.topic')}
              hint={t('editor.topicHint')}
              required
              value={a.topic}
              error={errors[`content.areas.${area}.topic`]}
              onChange={(e) => onChange(setAreaField(content, area, 'topic', e.target.value))}
            />
          </div>
        )}
        <h4>{t('editor.statements')}</h4>
        {errors[`content.areas.${area}.statements`] && (
          <p className="ui-error">{errors[`content.areas.${area}.statements`]}</p>
        )}
        <ol className="ui-stack">
          {a.statements.map((s, i) => (
            <StatementRow key={i} {...common} area={area} statement={i} />
          ))}
        </ol>
        {structure && (
          <div className="ui-row">
            <Button variant="secondary" size="small" onClick={() => onChange(addStatement(content, area))}>
              {t('editor.addStatement')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              disabled={area === 0}
              onClick={() => onChange(moveArea(content, area, -1))}
              aria-label={t('editor.moveAreaUp', { number })}
            >
              {t('editor.up')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              disabled={area === content.areas.length - 1}
              onClick={() => onChange(moveArea(content, area, 1))}
              aria-label={t('editor.moveAreaDown', { number })}
            >
              {t('editor.down')}
            </Button>
            <Button
              variant="ghost"
              size="small"
              disabled={content.areas.length === 1}
              onClick={() => onChange(removeArea(content, area))}
              aria-label={t('editor.removeArea', { number })}
            >
              {t('editor.removeAreaShort')}
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}

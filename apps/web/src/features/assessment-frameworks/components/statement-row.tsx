import { useTranslation } from 'react-i18next';
import type { FrameworkContent, Locale } from '@campus/contracts';
import { Button, TextField } from '@campus/web-ui';
import { moveStatement, removeStatement, setStatementKey } from '../lib/framework-draft';
import { TextRow } from './text-row';

export interface StatementRowProps {
  content: FrameworkContent;
  area: number;
  statement: number;
  locale: Locale;
  errors: Record<string, string>;
  onChange: (content: FrameworkContent) => void;
}

/** A statement: its key and order are edited in the source language only. */
export function StatementRow({ content, area, statement, locale, errors, onChange }: StatementRowProps) {
  const { t } = useTranslation('frameworks');
  const statements = content.areas[area].statements;
  const number = statement + 1;
  const structure = locale === content.sourceLocale;
  return (
    <li className="ui-stack">
      <TextRow
        content={content}
        path={{ kind: 'statement', area, statement }}
        locale={locale}
        label={t('editor.statement', { number })}
        multiline
        required
        errors={errors}
        onChange={onChange}
      />
      {structure && (
        <div className="ui-row">
          <TextField
            label={t('editor.statementKey', { number })}
            hint={t('editor.keyHint')}
            value={statements[statement].key}
            error={errors[`content.areas.${area}.statements.${statement}.key`]}
            onChange={(e) => onChange(setStatementKey(content, area, statement, e.target.value))}
          />
          <Button
            variant="ghost"
            size="small"
            disabled={statement === 0}
            onClick={() => onChange(moveStatement(content, area, statement, -1))}
            aria-label={t('editor.moveStatementUp', { number })}
          >
            {t('editor.up')}
          </Button>
          <Button
            variant="ghost"
            size="small"
            disabled={statement === statements.length - 1}
            onClick={() => onChange(moveStatement(content, area, statement, 1))}
            aria-label={t('editor.moveStatementDown', { number })}
          >
            {t('editor.down')}
          </Button>
          <Button
            variant="ghost"
            size="small"
            disabled={statements.length === 1}
            onClick={() => onChange(removeStatement(content, area, statement))}
            aria-label={t('editor.removeStatement', { number })}
          >
            {t('editor.remove')}
          </Button>
        </div>
      )}
    </li>
  );
}

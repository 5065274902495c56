import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, TextField } from '@campus/web-ui';
import { useResourceSearch } from '../hooks/use-resources';

export interface PickedResource {
  id: string;
  /** Null when the resource is no longer available. */
  title: string | null;
}

export interface ResourcePickerProps {
  value: PickedResource | null;
  onChange: (resource: PickedResource) => void;
  error?: string;
}

/** Course authoring: find a published library resource by words and choose it for a lesson. */
export function ResourcePicker({ value, onChange, error }: ResourcePickerProps) {
  const { t } = useTranslation('library');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const results = useResourceSearch({ q: q || undefined, pageSize: 6 });
  const listId = useId();
  return (
    <fieldset className="ui-radio-group ui-stack" aria-describedby={listId}>
      <legend className="ui-label">{t('lesson.resource')}</legend>
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('lesson.follows')}
      </p>
      {value && (
        <p style={{ margin: 0 }} aria-live="polite">
          <strong>{t('lesson.chosen', { title: value.title ?? t('lesson.unavailable') })}</strong>
        </p>
      )}
      <div className="ui-row">
        <TextField
          label={t('lesson.searchLabel')}
          type="search"
          value={text}
          error={error}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setQ(text.trim());
            }
          }}
        />
        <Button type="button" variant="secondary" onClick={() => setQ(text.trim())}>
          {t('search.submit')}
        </Button>
      </div>
      <ul id={listId} className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {results.data?.items.length === 0 && <li>{t('lesson.noMatch')}</li>}
        {results.data?.items.map((r) => (
          <li key={r.id} className="ui-row" style={{ gap: '0.5rem' }}>
            <span lang={r.locale} style={{ flex: '1 1 12rem' }}>
              {r.title}
            </span>
            <Badge tone="info">{t(`kinds.${r.kind}`)}</Badge>
            <Badge>{r.locale.toUpperCase()}</Badge>
            <Button
              type="button"
              size="small"
              variant={value?.id === r.id ? 'primary' : 'secondary'}
              aria-pressed={value?.id === r.id}
              onClick={() => onChange({ id: r.id, title: r.title })}
            >
              {t('lesson.choose')}
              <span className="ui-visually-hidden"> {r.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

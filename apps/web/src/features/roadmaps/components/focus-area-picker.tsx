import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FOCUS_AREAS, type FocusAreasView } from '@campus/contracts';
import { Checkbox } from '@campus/web-ui';
import { toggleFocusArea } from '../lib/focus-areas';
import { useRoadmapFormat } from '../hooks/use-roadmap-format';

/**
 * A round's areas, weakest first, each with its score and weakest statements; the manager ticks
 * 1-3 of them (further boxes are disabled once three are ticked).
 */
export function FocusAreaPicker({
  view,
  selected,
  onChange,
  error,
}: {
  view: FocusAreasView;
  selected: string[];
  onChange: (keys: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('roadmaps');
  const fmt = useRoadmapFormat();
  const hintId = useId();
  const full = selected.length >= MAX_FOCUS_AREAS;
  return (
    <fieldset className="ui-stack" aria-describedby={hintId}>
      <legend>{t('focus.legend', { round: view.roundTitle })}</legend>
      <p id={hintId} className="ui-muted">
        {t('focus.hint', { max: MAX_FOCUS_AREAS, respondents: view.respondents })}
      </p>
      {error && (
        <p role="alert" className="ui-field__error">
          {error}
        </p>
      )}
      <ol className="ui-stack" style={{ listStyle: 'none', padding: 0 }}>
        {view.areas.map((area) => (
          <li key={area.key}>
            <Checkbox
              label={
                <>
                  <strong>{area.title}</strong>{' '}
                  {area.score === null
                    ? t('focus.noScore')
                    : t('focus.score', { score: fmt.number(area.score) })}
                </>
              }
              hint={
                area.weakestStatements.length > 0
                  ? t('focus.weakest', {
                      statements: area.weakestStatements
                        .map((s) => `${s.text} (${fmt.number(s.score)})`)
                        .join('; '),
                    })
                  : undefined
              }
              checked={selected.includes(area.key)}
              disabled={full && !selected.includes(area.key)}
              onChange={() => onChange(toggleFocusArea(selected, area.key))}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

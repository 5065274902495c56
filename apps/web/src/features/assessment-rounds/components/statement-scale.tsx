import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@campus/web-ui';
import { SCORE_CHOICES } from '../lib/questionnaire-form';

/** One statement or question: a radiogroup 1-5 and "does not apply". */
export function StatementScale({
  id,
  text,
  value,
  onChange,
}: {
  id: string;
  text: string;
  value: number | undefined;
  onChange: (score: number) => void;
}) {
  const { t } = useTranslation('rounds');
  return (
    <div id={id}>
      <RadioGroup
        legend={text}
        name={id}
        inline
        options={SCORE_CHOICES.map((score) => ({
          value: String(score),
          label: score === 1 || score === 5 ? t(`answer.scoreLabel.${score}`) : t(`answer.score.${score}`),
        }))}
        value={value === undefined ? '' : String(value)}
        onChange={(v) => onChange(Number(v))}
      />
    </div>
  );
}

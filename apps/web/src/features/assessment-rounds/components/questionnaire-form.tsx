import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireView, SubmitResponseRequest } from '@campus/contracts';
import { Alert, Button, ProgressBar } from '@campus/web-ui';
import {
  areaProgress,
  customProgress,
  firstUnanswered,
  NO_ANSWERS,
  overallProgress,
  sectionCount,
  toSubmitRequest,
  type Answers,
} from '../lib/questionnaire-form';
import { StatementScale } from './statement-scale';

const fieldId = (kind: 's' | 'c', key: string) => `answer-${kind}-${key}`;

/**
 * The questionnaire: one part (an area, or the school's own questions) at a time or all at once,
 * with progress overall and per part. Sending is possible once everything is answered; before
 * that the respondent is taken to the first statement without an answer.
 */
export function QuestionnaireForm({
  questionnaire: q,
  busy,
  onSubmit,
}: {
  questionnaire: QuestionnaireView;
  busy: boolean;
  onSubmit: (request: SubmitResponseRequest) => void;
}) {
  const { t } = useTranslation('rounds');
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS);
  const [section, setSection] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const topRef = useRef<HTMLDivElement>(null);
  const sections = sectionCount(q);
  const overall = overallProgress(q, answers);

  const answer = (kind: 'statements' | 'custom', key: string, score: number) => {
    setAnswers((a) => ({ ...a, [kind]: { ...a[kind], [key]: score } }));
    setIncomplete(false);
  };

  const goTo = (next: number) => {
    setSection(next);
    topRef.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const request = toSubmitRequest(q, answers);
    if (request) return onSubmit(request);
    setIncomplete(true);
    const missing = firstUnanswered(q, answers);
    if (!missing) return;
    if (!showAll) setSection(missing.section === 'custom' ? q.areas.length : missing.section);
    const id = fieldId(missing.section === 'custom' ? 'c' : 's', missing.key);
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`#${CSS.escape(id)} input`)?.focus(),
    );
  };

  const renderSection = (index: number) => {
    if (index < q.areas.length) {
      const area = q.areas[index];
      const p = areaProgress(area, answers);
      return (
        <section key={area.key} className="ui-stack" aria-labelledby={`area-${area.key}`}>
          <h2 id={`area-${area.key}`}>{area.title}</h2>
          {area.description && <p>{area.description}</p>}
          <p className="ui-muted">{t('answer.sectionProgress', { ...p })}</p>
          {area.statements.map((s) => (
            <StatementScale
              key={s.key}
              id={fieldId('s', s.key)}
              text={s.text}
              value={answers.statements[s.key]}
              onChange={(score) => answer('statements', s.key, score)}
            />
          ))}
        </section>
      );
    }
    return (
      <section key="custom" className="ui-stack" aria-labelledby="area-custom">
        <h2 id="area-custom">{t('answer.ownQuestions')}</h2>
        <p className="ui-muted">{t('answer.sectionProgress', { ...customProgress(q, answers) })}</p>
        {q.customQuestions.map((c) => (
          <StatementScale
            key={c.key}
            id={fieldId('c', c.key)}
            text={c.text}
            value={answers.custom[c.key]}
            onChange={(score) => answer('custom', c.key, score)}
          />
        ))}
      </section>
    );
  };

  return (
    <form className="ui-stack" onSubmit={submit} noValidate>
      <ProgressBar
        label={t('answer.progressLabel')}
        value={overall.total === 0 ? 100 : Math.round((overall.answered / overall.total) * 100)}
        valueText={t('answer.progress', { ...overall })}
      />
      <div>
        <Button type="button" variant="ghost" size="small" onClick={() => setShowAll((v) => !v)}>
          {showAll ? t('answer.showOne') : t('answer.showAll')}
        </Button>
      </div>
      <div ref={topRef} tabIndex={-1} className="ui-stack">
        {showAll ? (
          Array.from({ length: sections }, (_, i) => renderSection(i))
        ) : (
          <>
            <p className="ui-muted">{t('answer.section', { n: section + 1, total: sections })}</p>
            {renderSection(section)}
          </>
        )}
      </div>
      {!showAll && (
        <div className="ui-row">
          {section > 0 && (
            <Button type="button" variant="secondary" onClick={() => goTo(section - 1)}>
              {t('answer.previous')}
            </Button>
          )}
          {section < sections - 1 && (
            <Button type="button" variant="secondary" onClick={() => goTo(section + 1)}>
              {t('answer.next')}
            </Button>
          )}
        </div>
      )}
      {incomplete && <Alert tone="error" title={t('answer.incomplete')} />}
      <div>
        <Button type="submit" loading={busy}>
          {t('answer.submit')}
        </Button>
      </div>
    </form>
  );
}

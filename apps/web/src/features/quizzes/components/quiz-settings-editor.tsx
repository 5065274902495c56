import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  GRADING_METHODS,
  QuizSettings,
  REVIEW_MOMENTS,
  type AuthoringQuizView,
  type CourseView,
  type LessonView,
  type QuestionView,
} from '@campus/contracts';
import {
  Alert,
  Button,
  buttonClassName,
  Card,
  Checkbox,
  EmptyState,
  Select,
  TextArea,
  TextField,
} from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { zodFieldErrors } from '../../../forms/zod-messages';
import { useSession } from '../../auth';
import { fromZonedInput, toZonedInput, useUpdateLesson } from '../../authoring';
import { useAuthoringQuiz, useQuestions, useUpdateQuiz } from '../hooks/use-quiz-authoring';
import { TrainerPage } from './trainer-page';

type SlotRow =
  | { kind: 'question'; questionId: string; points: string }
  | { kind: 'tag'; tag: string; count: string; points: string };

interface Values {
  title: string;
  required: boolean;
  body: string;
  attemptsAllowed: string;
  timeLimitMinutes: string;
  opensAt: string;
  closesAt: string;
  passPercent: string;
  gradingMethod: (typeof GRADING_METHODS)[number];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  showScore: (typeof REVIEW_MOMENTS)[number];
  showFeedback: (typeof REVIEW_MOMENTS)[number];
  showAnswers: (typeof REVIEW_MOMENTS)[number];
  slots: SlotRow[];
}

function values(quiz: AuthoringQuizView, lesson: LessonView, timeZone: string): Values {
  return {
    title: lesson.title,
    required: lesson.required,
    body: lesson.body ?? '',
    attemptsAllowed: quiz.attemptsAllowed == null ? '' : String(quiz.attemptsAllowed),
    timeLimitMinutes: quiz.timeLimitMinutes == null ? '' : String(quiz.timeLimitMinutes),
    opensAt: toZonedInput(quiz.opensAt, timeZone),
    closesAt: toZonedInput(quiz.closesAt, timeZone),
    passPercent: String(quiz.passPercent),
    gradingMethod: quiz.gradingMethod,
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    showScore: quiz.showScore,
    showFeedback: quiz.showFeedback,
    showAnswers: quiz.showAnswers,
    slots: quiz.slots.map((s) =>
      'questionId' in s
        ? { kind: 'question', questionId: s.questionId, points: String(s.points) }
        : { kind: 'tag', tag: s.tag, count: String(s.count), points: String(s.points) },
    ),
  };
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));
const orNull = (s: string) => (s.trim() === '' ? null : num(s));
/** null for an empty field; unreadable text is passed on as typed, for the schema to refuse. */
const zoned = (local: string, timeZone: string) => {
  const iso = fromZonedInput(local, timeZone);
  return iso === undefined ? local : iso;
};

function settingsBody(v: Values, timeZone: string) {
  return {
    attemptsAllowed: orNull(v.attemptsAllowed),
    timeLimitMinutes: orNull(v.timeLimitMinutes),
    opensAt: zoned(v.opensAt, timeZone),
    closesAt: zoned(v.closesAt, timeZone),
    passPercent: num(v.passPercent),
    gradingMethod: v.gradingMethod,
    shuffleQuestions: v.shuffleQuestions,
    shuffleOptions: v.shuffleOptions,
    showScore: v.showScore,
    showFeedback: v.showFeedback,
    showAnswers: v.showAnswers,
    slots: v.slots.map((s) =>
      s.kind === 'question'
        ? { questionId: s.questionId, points: num(s.points) }
        : { tag: s.tag, count: num(s.count), points: num(s.points) },
    ),
  };
}

/** A quiz lesson's page for trainers: the lesson's intro, every quiz setting, and its questions. */
export function QuizSettingsEditor({ courseId, quizId }: { courseId: string; quizId: string }) {
  const { t } = useTranslation('quizzes');
  const quiz = useAuthoringQuiz(quizId);
  return (
    <TrainerPage courseId={courseId} title={t('settings.title')}>
      {(course) => (
        <QueryState query={quiz} loadingLabel={t('settings.loading')}>
          {(q) => {
            const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.id === q.lessonId);
            return lesson ? (
              <SettingsForm key={q.id} course={course} lesson={lesson} quiz={q} />
            ) : (
              <EmptyState title={t('settings.notFound')} />
            );
          }}
        </QueryState>
      )}
    </TrainerPage>
  );
}

function SettingsForm({
  course,
  lesson,
  quiz,
}: {
  course: CourseView;
  lesson: LessonView;
  quiz: AuthoringQuizView;
}) {
  const { t } = useTranslation('quizzes');
  const { t: tc } = useTranslation('common');
  const { user } = useSession();
  const timeZone = user?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [v, setValues] = useState<Values>(() => values(quiz, lesson, timeZone));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const updateQuiz = useUpdateQuiz(quiz.id, course.id);
  const updateLesson = useUpdateLesson(course.id);
  const questions = useQuestions(course.id, {});
  const set = (patch: Partial<Values>) => {
    setSaved(false);
    setValues((old) => ({ ...old, ...patch }));
  };
  const setSlot = (i: number, patch: Partial<SlotRow>) =>
    set({ slots: v.slots.map((s, k) => (k === i ? ({ ...s, ...patch } as SlotRow) : s)) });
  const moveSlot = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= v.slots.length) return;
    const slots = [...v.slots];
    [slots[i], slots[j]] = [slots[j], slots[i]];
    set({ slots });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = settingsBody(v, timeZone);
    const found: Record<string, string> = {};
    if (!v.title.trim()) found.title = tc('validation.required');
    const parsed = QuizSettings.safeParse(body);
    if (!parsed.success)
      Object.assign(found, zodFieldErrors(parsed.error, body as Record<string, unknown>, tc));
    // The schema sees numbers (NaN for an empty field) and ids: name what is missing instead.
    if (found.passPercent && !v.passPercent.trim()) found.passPercent = tc('validation.required');
    v.slots.forEach((s, i) => {
      const at = `slots.${i}`;
      if (s.kind === 'question' && !s.questionId) found[`${at}.questionId`] = tc('validation.choose');
      if (found[`${at}.points`] && !s.points.trim()) found[`${at}.points`] = tc('validation.required');
      if (s.kind === 'tag' && found[`${at}.count`] && !s.count.trim())
        found[`${at}.count`] = tc('validation.required');
    });
    if (found.closesAt && body.opensAt && body.closesAt) found.closesAt = t('settings.closeAfterOpen');
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      if (v.title !== lesson.title || v.required !== lesson.required || v.body !== (lesson.body ?? ''))
        await updateLesson.mutateAsync({
          lessonId: lesson.id,
          body: { title: v.title.trim(), required: v.required, body: v.body },
        });
      await updateQuiz.mutateAsync(body);
      setSaved(true);
    } catch (err) {
      if (isApiError(err) && err.fieldErrors.length) setErrors(err.fieldErrorMap());
    }
  };

  const bank = (questions.data ?? []).filter((q) => !q.archived);
  const questionLabel = (q: QuestionView) =>
    `${q.prompt.length > 70 ? `${q.prompt.slice(0, 67)}…` : q.prompt} (${t(`types.${q.type}`)})`;
  const moments = REVIEW_MOMENTS.map((m) => ({ value: m, label: t(`moments.${m}`) }));
  const base = `/author/courses/${course.id}/quizzes/${quiz.id}`;

  return (
    <>
      <div className="ui-row">
        <Link to={`${base}/attempts`} className={buttonClassName({ variant: 'secondary' })}>
          {t('settings.attempts')}
        </Link>
        <Link to={`${base}/statistics`} className={buttonClassName({ variant: 'secondary' })}>
          {t('settings.statistics')}
        </Link>
        <Link
          to={`/author/courses/${course.id}/questions`}
          className={buttonClassName({ variant: 'secondary' })}
        >
          {t('settings.toBank')}
        </Link>
      </div>
      <form className="ui-stack" noValidate onSubmit={(e) => void submit(e)}>
        <Card title={t('settings.lesson')}>
          <div className="ui-form">
            <TextField
              label={t('settings.lessonTitle')}
              required
              maxLength={200}
              value={v.title}
              error={errors.title}
              onChange={(e) => set({ title: e.target.value })}
            />
            <TextArea
              label={t('settings.intro')}
              hint={t('settings.introHint')}
              code
              rows={5}
              value={v.body}
              error={errors.body}
              onChange={(e) => set({ body: e.target.value })}
            />
            <Checkbox
              label={t('settings.required')}
              checked={v.required}
              onChange={(e) => set({ required: e.target.checked })}
            />
          </div>
        </Card>
        <Card title={t('settings.rules')}>
          <div className="ui-form">
            <div className="ui-form-row">
              <TextField
                label={t('settings.attemptsAllowed')}
                hint={t('settings.emptyUnlimited')}
                inputMode="numeric"
                value={v.attemptsAllowed}
                error={errors.attemptsAllowed}
                onChange={(e) => set({ attemptsAllowed: e.target.value })}
              />
              <TextField
                label={t('settings.timeLimit')}
                hint={t('settings.emptyNoLimit')}
                inputMode="numeric"
                value={v.timeLimitMinutes}
                error={errors.timeLimitMinutes}
                onChange={(e) => set({ timeLimitMinutes: e.target.value })}
              />
            </div>
            <div className="ui-form-row">
              <TextField
                label={t('settings.opensAt')}
                hint={t('settings.zoneHint', { zone: timeZone })}
                type="datetime-local"
                value={v.opensAt}
                error={errors.opensAt}
                onChange={(e) => set({ opensAt: e.target.value })}
              />
              <TextField
                label={t('settings.closesAt')}
                hint={t('settings.zoneHint', { zone: timeZone })}
                type="datetime-local"
                value={v.closesAt}
                error={errors.closesAt}
                onChange={(e) => set({ closesAt: e.target.value })}
              />
            </div>
            <div className="ui-form-row">
              <TextField
                label={t('settings.passPercent')}
                inputMode="decimal"
                value={v.passPercent}
                error={errors.passPercent}
                onChange={(e) => set({ passPercent: e.target.value })}
              />
              <Select
                label={t('settings.gradingMethod')}
                options={GRADING_METHODS.map((m) => ({ value: m, label: t(`gradingMethods.${m}`) }))}
                value={v.gradingMethod}
                onChange={(e) => set({ gradingMethod: e.target.value as Values['gradingMethod'] })}
              />
            </div>
            <Checkbox
              label={t('settings.shuffleQuestions')}
              checked={v.shuffleQuestions}
              onChange={(e) => set({ shuffleQuestions: e.target.checked })}
            />
            <Checkbox
              label={t('settings.shuffleOptions')}
              checked={v.shuffleOptions}
              onChange={(e) => set({ shuffleOptions: e.target.checked })}
            />
            <div className="ui-form-row">
              <Select
                label={t('settings.showScore')}
                options={moments}
                value={v.showScore}
                onChange={(e) => set({ showScore: e.target.value as Values['showScore'] })}
              />
              <Select
                label={t('settings.showFeedback')}
                options={moments}
                value={v.showFeedback}
                onChange={(e) => set({ showFeedback: e.target.value as Values['showFeedback'] })}
              />
              <Select
                label={t('settings.showAnswers')}
                options={moments}
                value={v.showAnswers}
                onChange={(e) => set({ showAnswers: e.target.value as Values['showAnswers'] })}
              />
            </div>
          </div>
        </Card>
        <Card title={t('settings.questions')}>
          <div className="ui-stack">
            <p className="ui-hint" style={{ margin: 0 }}>
              {t('settings.slotsHint')}
            </p>
            {v.slots.length === 0 ? (
              <p className="ui-muted">{t('settings.noSlots')}</p>
            ) : (
              <ol className="ui-editor-rows">
                {v.slots.map((s, i) => {
                  const n = i + 1;
                  return (
                    <li key={i}>
                      {s.kind === 'question' ? (
                        <Select
                          label={t('settings.slotQuestion', { number: n })}
                          placeholder={t('settings.chooseQuestion')}
                          options={[
                            ...bank.map((q) => ({ value: q.id, label: questionLabel(q) })),
                            ...(s.questionId && !bank.some((q) => q.id === s.questionId)
                              ? [{ value: s.questionId, label: t('settings.archivedQuestion') }]
                              : []),
                          ]}
                          value={s.questionId}
                          error={errors[`slots.${i}.questionId`] ?? errors[`slots.${i}`]}
                          onChange={(e) => setSlot(i, { questionId: e.target.value })}
                        />
                      ) : (
                        <>
                          <TextField
                            label={t('settings.slotTag', { number: n })}
                            value={s.tag}
                            error={errors[`slots.${i}.tag`] ?? errors[`slots.${i}`]}
                            onChange={(e) => setSlot(i, { tag: e.target.value })}
                          />
                          <TextField
                            label={t('settings.slotCount', { number: n })}
                            inputMode="numeric"
                            value={s.count}
                            error={errors[`slots.${i}.count`]}
                            onChange={(e) => setSlot(i, { count: e.target.value })}
                          />
                        </>
                      )}
                      <TextField
                        label={t('settings.slotPoints', { number: n })}
                        inputMode="numeric"
                        value={s.points}
                        error={errors[`slots.${i}.points`]}
                        onChange={(e) => setSlot(i, { points: e.target.value })}
                      />
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={i === 0}
                        onClick={() => moveSlot(i, -1)}
                      >
                        {t('editor.up')}
                        <span className="ui-visually-hidden"> {t('settings.slotN', { number: n })}</span>
                      </Button>
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={i === v.slots.length - 1}
                        onClick={() => moveSlot(i, 1)}
                      >
                        {t('editor.down')}
                        <span className="ui-visually-hidden"> {t('settings.slotN', { number: n })}</span>
                      </Button>
                      <Button
                        size="small"
                        variant="ghost"
                        onClick={() => set({ slots: v.slots.filter((_, k) => k !== i) })}
                      >
                        {t('editor.remove')}
                        <span className="ui-visually-hidden"> {t('settings.slotN', { number: n })}</span>
                      </Button>
                    </li>
                  );
                })}
              </ol>
            )}
            {questions.isError && <ProblemAlert error={questions.error} />}
            <div className="ui-row">
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  set({ slots: [...v.slots, { kind: 'question', questionId: '', points: '1' }] })
                }
              >
                {t('settings.addQuestion')}
              </Button>
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  set({ slots: [...v.slots, { kind: 'tag', tag: '', count: '1', points: '1' }] })
                }
              >
                {t('settings.addDraw')}
              </Button>
            </div>
          </div>
        </Card>
        {Object.keys(errors).length > 0 && <Alert tone="error" title={tc('errors.VALIDATION_FAILED')} />}
        {updateQuiz.error != null && <ProblemAlert error={updateQuiz.error} />}
        {updateLesson.error != null && <ProblemAlert error={updateLesson.error} />}
        <div aria-live="polite">{saved && <Alert tone="success">{t('settings.saved')}</Alert>}</div>
        <div>
          <Button type="submit" loading={updateQuiz.isPending || updateLesson.isPending}>
            {t('settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

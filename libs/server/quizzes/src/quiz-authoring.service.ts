import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import {
  DomainError,
  notFound,
  type AuthoringQuizView,
  type CourseView,
  type CreateQuizLessonRequest,
  type QuizSettings,
} from '@campus/contracts';
import { CourseModule, Lesson, Question, Quiz, QuizSlotRow } from '@campus/server-db';
import { CourseOutlineService, requireAuthor } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { quizForAuthor } from './quiz-access';

type Settings = z.output<typeof QuizSettings>;
type NewQuizLesson = z.output<typeof CreateQuizLessonRequest>;

/** Quiz lessons: a lesson of kind "quiz" plus its settings and question slots. */
@Injectable()
export class QuizAuthoringService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outline: CourseOutlineService,
  ) {}

  async createQuizLesson(actor: Actor, moduleId: string, req: NewQuizLesson): Promise<CourseView> {
    const mod = await this.ds.getRepository(CourseModule).findOneBy({ id: moduleId, deletedAt: IsNull() });
    if (!mod) throw notFound('Module');
    await this.ds.transaction(async (m) => {
      // The course row lock serialises structure edits (positions stay dense and unique).
      await m.query(`SELECT id FROM courses WHERE id = $1 FOR UPDATE`, [mod.courseId]);
      const course = await this.outline.course(mod.courseId, m);
      requireAuthor(actor, course);
      const [{ next }] = await m.query<{ next: number }[]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM lessons WHERE module_id = $1 AND deleted_at IS NULL`,
        [moduleId],
      );
      const lesson = await m.save(Lesson, {
        courseId: course.id,
        moduleId,
        position: next,
        title: req.title,
        kind: 'quiz' as const,
        required: req.required,
        body: req.body,
      });
      const quiz = await m.save(Quiz, {
        courseId: course.id,
        lessonId: lesson.id,
        ...settingColumns(req.settings),
      });
      await this.writeSlots(m, quiz.id, course.id, req.settings.slots);
    });
    return this.outline.view(await this.outline.course(mod.courseId), true);
  }

  async get(actor: Actor, quizId: string): Promise<AuthoringQuizView> {
    const { quiz } = await quizForAuthor(this.ds.manager, actor, quizId);
    return this.view(quiz);
  }

  /** Replaces the settings and the slots. Attempts already started keep the questions they drew. */
  async update(actor: Actor, quizId: string, settings: Settings): Promise<AuthoringQuizView> {
    const { quiz, course } = await quizForAuthor(this.ds.manager, actor, quizId);
    await this.ds.transaction(async (m) => {
      await m.update(Quiz, { id: quizId }, settingColumns(settings));
      await m.delete(QuizSlotRow, { quizId });
      await this.writeSlots(m, quizId, course.id, settings.slots);
    });
    return this.view({ ...quiz, ...(await this.ds.getRepository(Quiz).findOneByOrFail({ id: quizId })) });
  }

  private async writeSlots(
    m: EntityManager,
    quizId: string,
    courseId: string,
    slots: Settings['slots'],
  ): Promise<void> {
    for (const [i, slot] of slots.entries()) {
      if ('questionId' in slot) {
        const exists = await m.existsBy(Question, { id: slot.questionId, courseId });
        if (!exists) {
          const message = 'No question of this course has this id.';
          throw new DomainError('VALIDATION_FAILED', message, {
            errors: [{ field: `settings.slots.${i}.questionId`, message }],
          });
        }
      }
      await m.insert(QuizSlotRow, {
        quizId,
        position: i + 1,
        questionId: 'questionId' in slot ? slot.questionId : null,
        tag: 'tag' in slot ? slot.tag : null,
        drawCount: 'count' in slot ? slot.count : 1,
        points: slot.points,
      });
    }
  }

  private async view(quiz: Quiz): Promise<AuthoringQuizView> {
    const slots = await this.ds
      .getRepository(QuizSlotRow)
      .find({ where: { quizId: quiz.id }, order: { position: 'ASC' } });
    return {
      id: quiz.id,
      lessonId: quiz.lessonId,
      courseId: quiz.courseId,
      ...settingsView(quiz),
      slots: slots.map((s) =>
        s.questionId
          ? { questionId: s.questionId, points: s.points }
          : { tag: s.tag!, count: s.drawCount, points: s.points },
      ),
    };
  }
}

function settingColumns(s: Settings): Partial<Quiz> {
  return {
    attemptsAllowed: s.attemptsAllowed,
    timeLimitSeconds: s.timeLimitMinutes === null ? null : s.timeLimitMinutes * 60,
    opensAt: s.opensAt ? new Date(s.opensAt) : null,
    closesAt: s.closesAt ? new Date(s.closesAt) : null,
    passPercent: s.passPercent,
    gradingMethod: s.gradingMethod,
    shuffleQuestions: s.shuffleQuestions,
    shuffleOptions: s.shuffleOptions,
    showScore: s.showScore,
    showFeedback: s.showFeedback,
    showAnswers: s.showAnswers,
  };
}

export function settingsView(q: Quiz) {
  return {
    attemptsAllowed: q.attemptsAllowed,
    timeLimitMinutes: q.timeLimitSeconds === null ? null : Math.round(q.timeLimitSeconds / 60),
    opensAt: q.opensAt?.toISOString() ?? null,
    closesAt: q.closesAt?.toISOString() ?? null,
    passPercent: q.passPercent,
    gradingMethod: q.gradingMethod,
    shuffleQuestions: q.shuffleQuestions,
    shuffleOptions: q.shuffleOptions,
    showScore: q.showScore,
    showFeedback: q.showFeedback,
    showAnswers: q.showAnswers,
  };
}

import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseView, EnrolmentView } from '@campus/contracts';
import { LearningService } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

@ApiTags('learning')
@ApiBearerAuth()
@Controller()
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Post('courses/:courseId/enrolment')
  @HttpCode(200)
  enrol(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<EnrolmentView> {
    return this.learning.enrolSelf(actor, courseId);
  }

  @Get('courses/:courseId/enrolment')
  enrolment(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
  ): Promise<EnrolmentView> {
    return this.learning.enrolment(actor, courseId);
  }

  @Delete('courses/:courseId/enrolment')
  @HttpCode(204)
  unenrol(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<void> {
    return this.learning.unenrol(actor, courseId);
  }

  @Get('courses/:courseId/learn')
  learn(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<CourseView> {
    return this.learning.learn(actor, courseId);
  }

  @Post('courses/:courseId/lessons/:lessonId/complete')
  @HttpCode(200)
  complete(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Param('lessonId', UuidPipe) lessonId: string,
  ): Promise<EnrolmentView> {
    return this.learning.completeLesson(actor, courseId, lessonId);
  }

  @Get('me/enrolments')
  mine(@CurrentActor() actor: Actor): ReturnType<LearningService['myEnrolments']> {
    return this.learning.myEnrolments(actor);
  }
}

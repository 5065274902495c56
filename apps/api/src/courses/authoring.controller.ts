import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';
import {
  CreateCourseRequest,
  CreateLessonRequest,
  CreateModuleRequest,
  DuplicateCourseRequest,
  ReorderRequest,
  UpdateCourseRequest,
  UpdateLessonRequest,
  type CourseSummaryView,
  type CourseView,
} from '@campus/contracts';
import { AuthoringService, CourseDuplicationService, LessonAuthoringService } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class CreateCourseDto extends createZodDto(CreateCourseRequest) {}
class UpdateCourseDto extends createZodDto(UpdateCourseRequest) {}
class CreateModuleDto extends createZodDto(CreateModuleRequest) {}
class UpdateLessonDto extends createZodDto(UpdateLessonRequest) {}
class ReorderDto extends createZodDto(ReorderRequest) {}
class DuplicateCourseDto extends createZodDto(DuplicateCourseRequest) {}

/** Course authoring for trainers and managers of the owning organisation. */
@ApiTags('authoring')
@ApiBearerAuth()
@Controller()
export class AuthoringController {
  constructor(
    private readonly authoring: AuthoringService,
    private readonly lessons: LessonAuthoringService,
    private readonly duplication: CourseDuplicationService,
  ) {}

  @Post('orgs/:orgId/courses')
  create(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: CreateCourseDto,
  ): Promise<CourseView> {
    return this.authoring.create(actor, orgId, body);
  }

  @Get('orgs/:orgId/courses')
  list(@CurrentActor() actor: Actor, @Param('orgId', UuidPipe) orgId: string): Promise<CourseSummaryView[]> {
    return this.authoring.listForOrganisation(actor, orgId);
  }

  @Get('authoring/courses/:courseId')
  get(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<CourseView> {
    return this.authoring.get(actor, courseId);
  }

  @Patch('authoring/courses/:courseId')
  update(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseView> {
    return this.authoring.update(actor, courseId, body);
  }

  @Post('authoring/courses/:courseId/publish')
  @HttpCode(200)
  publish(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<CourseView> {
    return this.authoring.setStatus(actor, courseId, 'published');
  }

  @Post('authoring/courses/:courseId/archive')
  @HttpCode(200)
  archive(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<CourseView> {
    return this.authoring.setStatus(actor, courseId, 'archived');
  }

  @Post('authoring/courses/:courseId/unpublish')
  @HttpCode(200)
  unpublish(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
  ): Promise<CourseView> {
    return this.authoring.setStatus(actor, courseId, 'draft');
  }

  /** A new draft copy of the course: settings, modules and lessons; no learners. */
  @Post('authoring/courses/:courseId/duplicate')
  duplicate(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Body() body: DuplicateCourseDto,
  ): Promise<CourseView> {
    return this.duplication.duplicate(actor, courseId, body);
  }

  @Post('authoring/courses/:courseId/modules')
  addModule(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Body() body: CreateModuleDto,
  ): Promise<CourseView> {
    return this.authoring.addModule(actor, courseId, body);
  }

  @Put('authoring/courses/:courseId/modules/order')
  reorderModules(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Body() body: ReorderDto,
  ): Promise<CourseView> {
    return this.authoring.reorderModules(actor, courseId, body.ids);
  }

  @Patch('authoring/modules/:moduleId')
  updateModule(
    @CurrentActor() actor: Actor,
    @Param('moduleId', UuidPipe) moduleId: string,
    @Body() body: CreateModuleDto,
  ): Promise<CourseView> {
    return this.authoring.updateModule(actor, moduleId, body);
  }

  @Delete('authoring/modules/:moduleId')
  deleteModule(
    @CurrentActor() actor: Actor,
    @Param('moduleId', UuidPipe) moduleId: string,
  ): Promise<CourseView> {
    return this.authoring.deleteModule(actor, moduleId);
  }

  @Post('authoring/modules/:moduleId/lessons')
  addLesson(
    @CurrentActor() actor: Actor,
    @Param('moduleId', UuidPipe) moduleId: string,
    // A union by `kind`: validated with the schema itself (DTO classes cannot be unions).
    @Body(new ZodValidationPipe(CreateLessonRequest)) body: z.output<typeof CreateLessonRequest>,
  ): Promise<CourseView> {
    return this.lessons.add(actor, moduleId, body);
  }

  @Put('authoring/modules/:moduleId/lessons/order')
  reorderLessons(
    @CurrentActor() actor: Actor,
    @Param('moduleId', UuidPipe) moduleId: string,
    @Body() body: ReorderDto,
  ): Promise<CourseView> {
    return this.lessons.reorder(actor, moduleId, body.ids);
  }

  @Patch('authoring/lessons/:lessonId')
  updateLesson(
    @CurrentActor() actor: Actor,
    @Param('lessonId', UuidPipe) lessonId: string,
    @Body() body: UpdateLessonDto,
  ): Promise<CourseView> {
    return this.lessons.update(actor, lessonId, body);
  }

  @Delete('authoring/lessons/:lessonId')
  deleteLesson(
    @CurrentActor() actor: Actor,
    @Param('lessonId', UuidPipe) lessonId: string,
  ): Promise<CourseView> {
    return this.lessons.remove(actor, lessonId);
  }
}

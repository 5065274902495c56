import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type IORedis from 'ioredis';
import { REDIS_CLIENT } from '@campus/server-config';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { ZodValidationPipe } from 'nestjs-zod';
import { CoursesModule } from '@campus/server-courses';
import { StorageModule } from '@campus/server-storage';
import { QuizzesModule } from '@campus/server-quizzes';
import { CertificatesModule } from '@campus/server-certificates';
import { AccessTokens, IdentityModule } from '@campus/server-identity';
import { NotificationsModule } from '@campus/server-notifications';
import { OrganisationsModule } from '@campus/server-organisations';
import { MobilityModule } from '@campus/server-mobility';
import { SelfAssessmentModule } from '@campus/server-self-assessment';
import { RoadmapsModule } from '@campus/server-roadmaps';
import { ResourcesModule } from '@campus/server-resources';
import { AdminController } from './admin/admin.controller';
import { AuthController } from './auth/auth.controller';
import { AuthoringController } from './courses/authoring.controller';
import { CatalogueController } from './courses/catalogue.controller';
import { LearningController } from './courses/learning.controller';
import { OrgEnrolmentsController } from './courses/org-enrolments.controller';
import type { ApiConfig } from './config';
import { HealthController } from './health/health.controller';
import { AuthGuard } from './http/auth.guard';
import { NoNulBytesPipe } from './http/no-nul-bytes.pipe';
import { ProblemFilter } from './http/problem.filter';
import {
  generalRateLimits,
  isAuthRateLimited,
  isVerifyRateLimited,
  perPersonThrottler,
  RateLimitGuard,
} from './http/rate-limit';
import { InfrastructureModule } from './infrastructure.module';
import { BatchedThrottlerStorage } from './http/batched-throttler-storage';
import { CourseFilesController } from './files/course-files.controller';
import { FilesController } from './files/files.controller';
import { QuestionBankController } from './quizzes/question-bank.controller';
import { QuizzesController } from './quizzes/quizzes.controller';
import { QuizGradingController } from './quizzes/quiz-grading.controller';
import {
  CertificatesController,
  OrgCertificatesController,
  SigningKeysAdminController,
} from './certificates/certificates.controller';
import { CertificateExportsController } from './certificates/certificate-exports.controller';
import { JwksController, PublicCertificatesController } from './certificates/public-certificates.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { MeController } from './me/me.controller';
import { MyMobilitiesController, OrgMobilitiesController } from './mobilities/mobilities.controller';
import { MentorLinksController, MyMentorActivityController } from './mobilities/mentor-links.controller';
import { MentorController } from './mentor/mentor.controller';
import { MyLogbookController, OrgLogbookController } from './mobilities/logbook.controller';
import {
  MyLearningAgreementsController,
  OrgLearningAgreementsController,
} from './mobilities/learning-agreements.controller';
import { MobilityReportsController } from './mobilities/mobility-reports.controller';
import { AssessmentResultsController } from './toolkit/assessment-results.controller';
import { RoadmapsController } from './toolkit/roadmaps.controller';
import { MyRoadmapActionsController } from './toolkit/my-roadmap-actions.controller';
import { OrgsController } from './orgs/orgs.controller';
import { SettingsController } from './settings/settings.controller';
import { ResourcesController } from './toolkit/resources.controller';
import { ResourceReviewsController } from './toolkit/resource-reviews.controller';
import { AssessmentRoundsController } from './toolkit/assessment-rounds.controller';
import { RespondentController } from './toolkit/respondent.controller';
import { FrameworksAdminController, FrameworksController } from './toolkit/frameworks.controller';

export interface AppOptions {
  /** Where log lines go (default stdout): tests capture them to check what is written. */
  logDestination?: DestinationStream;
}

/** A logged URL is its path: query strings carry signatures, tokens and filters (DESIGN: logs). */
export function pathOnly(url: string | undefined): string {
  return (url ?? '').split(/[?#]/, 1)[0];
}

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, options: AppOptions = {}): DynamicModule {
    const httpLogging: PinoHttpOptions = {
      level: config.LOG_LEVEL,
      // Fastify assigned the id (from X-Request-Id or a new UUID) and copied it into the header.
      genReqId: (req) => String(req.headers['x-request-id']),
      // Keep lines short and free of secrets: method, path without its query, status, time
      // and the request id (signed links carry their signature in the query).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: pathOnly(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => pathOnly(req.url).endsWith('/health') },
    };
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        LoggerModule.forRoot({
          // Named wildcard: the path-to-regexp of Nest 11 refuses the bare "*" the default uses.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: options.logDestination ? [httpLogging, options.logDestination] : httpLogging,
        }),
        // Counters in Redis, so limits hold across api replicas.
        ThrottlerModule.forRootAsync({
          // AccessTokens: the general limit counts a request with a valid token against its user.
          imports: [IdentityModule],
          inject: [REDIS_CLIENT, AccessTokens],
          useFactory: (redis: IORedis, tokens: AccessTokens) => {
            // The storage runs its script through redis.call(), which bypasses ioredis' keyPrefix:
            // prefix the keys here so test runs and `npm start` never share counters.
            const redisStorage = new ThrottlerStorageRedisService(redis);
            // The strict auth limit counts every request in Redis at once; the general limit in batches.
            const batched = new BatchedThrottlerStorage(redis);
            const storage: ThrottlerStorage = {
              increment: (key, ttl, limit, blockDuration, name) =>
                name === 'auth'
                  ? redisStorage.increment(
                      `${config.REDIS_PREFIX}:throttle:${key}`,
                      ttl,
                      limit,
                      blockDuration,
                      name,
                    )
                  : batched.increment(key, ttl, limit),
            };
            return {
              throttlers: [
                perPersonThrottler(tokens, generalRateLimits(config)),
                {
                  name: 'auth',
                  ttl: 60_000,
                  limit: config.RATE_LIMIT_AUTH_PER_MINUTE,
                  skipIf: (ctx) => !isAuthRateLimited(ctx),
                },
                {
                  name: 'verify',
                  ttl: 60_000,
                  limit: config.RATE_LIMIT_VERIFY_PER_MINUTE,
                  skipIf: (ctx) => !isVerifyRateLimited(ctx),
                },
              ],
              storage,
            };
          },
        }),
        IdentityModule,
        OrganisationsModule,
        NotificationsModule,
        CoursesModule,
        StorageModule,
        QuizzesModule,
        CertificatesModule,
        MobilityModule,
        SelfAssessmentModule,
        RoadmapsModule,
        ResourcesModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        MeController,
        SettingsController,
        InvitationsController,
        OrgsController,
        AdminController,
        AuthoringController,
        CatalogueController,
        LearningController,
        OrgEnrolmentsController,
        CourseFilesController,
        FilesController,
        QuestionBankController,
        QuizzesController,
        QuizGradingController,
        PublicCertificatesController,
        JwksController,
        CertificatesController,
        OrgCertificatesController,
        CertificateExportsController,
        SigningKeysAdminController,
        OrgMobilitiesController,
        MyMobilitiesController,
        MentorLinksController,
        MyMentorActivityController,
        MentorController,
        MyLogbookController,
        OrgLogbookController,
        OrgLearningAgreementsController,
        MyLearningAgreementsController,
        MobilityReportsController,
        ResourcesController,
        ResourceReviewsController,
        AssessmentRoundsController,
        RespondentController,
        AssessmentResultsController,
        RoadmapsController,
        MyRoadmapActionsController,
        FrameworksController,
        FrameworksAdminController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: NoNulBytesPipe },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
    };
  }
}

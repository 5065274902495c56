import { Course } from './course.entity';
import { CourseModule } from './course-module.entity';
import { Lesson } from './lesson.entity';
import { Enrolment } from './enrolment.entity';
import { AuditEvent } from './audit-event.entity';
import { CapturedEmail } from './captured-email.entity';
import { EmailMessage } from './email-message.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { OutboxEvent } from './outbox-event.entity';
import { PlatformSetting } from './platform-setting.entity';
import { RefreshToken } from './refresh-token.entity';
import { User } from './user.entity';
import { UserToken } from './user-token.entity';
import { StoredFile } from './stored-file.entity';
import { Certificate, SigningKey } from './certificate.entities';
import { AttemptItem, Question, QuestionVersion, Quiz, QuizAttempt, QuizSlotRow } from './quiz.entities';
import { Mobility, MobilityStatusChange } from './mobility.entities';
import {
  LearningAgreementConfirmation,
  LearningAgreementVersion,
  LogEntry,
  LogEntryEvidence,
  MentorAction,
  MentorAssessment,
  MentorLink,
  SentReminder,
} from './mobility-record.entities';

export {
  Mobility,
  MobilityStatusChange,
  LearningAgreementConfirmation,
  LearningAgreementVersion,
  LogEntry,
  LogEntryEvidence,
  MentorAction,
  MentorAssessment,
  MentorLink,
  SentReminder,
  Certificate,
  SigningKey,
  AttemptItem,
  Question,
  QuestionVersion,
  Quiz,
  QuizAttempt,
  QuizSlotRow,
  AuditEvent,
  Course,
  CourseModule,
  Enrolment,
  Lesson,
  CapturedEmail,
  EmailMessage,
  Invitation,
  Membership,
  Organisation,
  OutboxEvent,
  PlatformSetting,
  RefreshToken,
  StoredFile,
  User,
  UserToken,
};
export type { EmailStatus } from './email-message.entity';
export type { UserTokenPurpose } from './user-token.entity';

export const ENTITIES = [
  Mobility,
  MobilityStatusChange,
  LearningAgreementConfirmation,
  LearningAgreementVersion,
  LogEntry,
  LogEntryEvidence,
  MentorAction,
  MentorAssessment,
  MentorLink,
  SentReminder,
  Certificate,
  SigningKey,
  AttemptItem,
  Question,
  QuestionVersion,
  Quiz,
  QuizAttempt,
  QuizSlotRow,
  AuditEvent,
  Course,
  CourseModule,
  Enrolment,
  Lesson,
  CapturedEmail,
  EmailMessage,
  Invitation,
  Membership,
  Organisation,
  OutboxEvent,
  PlatformSetting,
  RefreshToken,
  StoredFile,
  User,
  UserToken,
];

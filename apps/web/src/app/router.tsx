import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth';
import { RouteLoading } from './route-loading';
import { AcceptInvitationPage } from '../pages/accept-invitation.page';
import { ForgotPasswordPage } from '../pages/forgot-password.page';
import { HomePage } from '../pages/home.page';
import { NotFoundPage } from '../pages/not-found.page';
import { PeoplePage } from '../pages/people.page';
import { ProgressPage } from '../pages/progress.page';
import { EnrolPage } from '../pages/enrol.page';
import { ProfilePage } from '../pages/profile.page';
import { RegisterPage } from '../pages/register.page';
import { ResetPasswordPage } from '../pages/reset-password.page';
import { RouteErrorPage } from '../pages/route-error.page';
import { SignInPage } from '../pages/sign-in.page';
import { VerifyEmailPage } from '../pages/verify-email.page';
import { CataloguePage } from '../pages/catalogue.page';
import {
  ContributeResourcePage,
  EditResourcePage,
  LibraryPage,
  LibraryResourcePage,
  MyResourcesPage,
} from '../pages/library.page';
import { CoursePage } from '../pages/course.page';
import { LearnPage } from '../pages/learn.page';
import { MyLearningPage } from '../pages/my-learning.page';
import { MyCertificatesPage } from '../pages/my-certificates.page';
import { MyLogbookPage } from '../pages/my-logbook.page';
import { OrgCertificatesPage } from '../pages/org-certificates.page';
import { OrgMobilityReportsPage } from '../pages/org-mobility-reports.page';
import { OrgRoadmapPage, OrgRoadmapsPage } from '../pages/org-roadmaps.page';
import { MyActionsPage } from '../pages/my-actions.page';
import { OrgRoundResultsPage } from '../pages/org-round-results.page';
import {
  EditMobilityPage,
  NewMobilityPage,
  OrgMobilitiesPage,
  OrgMobilityPage,
} from '../pages/org-mobilities.page';
import { MyMobilitiesPage, MyMobilityPage } from '../pages/my-mobilities.page';
import { MentorPage } from '../pages/mentor.page';
import { AnswerPage } from '../pages/answer.page';
import { OrgAssessmentRoundPage, OrgSelfAssessmentPage } from '../pages/org-self-assessment.page';
import { VerifyCodePage, VerifyPage } from '../pages/verify.page';
import { QuizAttemptPage } from '../pages/quiz-attempt.page';
import { AppShell } from './app-shell';
import { OpenLayout } from './open-layout';
import { PublicLayout } from './public-layout';

type AdminPages = typeof import('../pages/admin.page');
type AuthoringPages = typeof import('../pages/authoring.page');
type QuizAuthoringPages = typeof import('../pages/quiz-authoring.page');

/** The admin area is a separate chunk: most people never load it. */
function adminPage(name: keyof AdminPages) {
  return async () => ({ Component: (await import('../pages/admin.page'))[name] });
}

/** Course authoring, for trainers and managers only, is a chunk of its own too. */
function authoringPage(name: keyof AuthoringPages) {
  return async () => ({ Component: (await import('../pages/authoring.page'))[name] });
}

/** Question banks, quiz settings, grading and reports: trainers only, a chunk of their own. */
function quizAuthoringPage(name: keyof QuizAuthoringPages) {
  return async () => ({ Component: (await import('../pages/quiz-authoring.page'))[name] });
}

/** Public pages are also the targets of e-mailed links (verify, reset, invitation): keep their paths. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    // Shown while the first page's lazy chunk (e.g. an admin page opened directly) loads.
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'accept-invitation', element: <AcceptInvitationPage /> },
          // The host mentor's e-mailed link: `/mentor#token=…` (no account).
          { path: 'mentor', element: <MentorPage /> },
          // A self-assessment round's link: `/answer#token=…` (anonymous, no account).
          { path: 'answer', element: <AnswerPage /> },
        ],
      },
      {
        element: <OpenLayout />,
        children: [
          { path: 'catalogue', element: <CataloguePage /> },
          { path: 'library', element: <LibraryPage /> },
          { path: 'library/:id', element: <LibraryResourcePage /> },
          { path: 'courses/:slug', element: <CoursePage /> },
          // Printed on every certificate (and in its QR code): keep these paths.
          { path: 'verify', element: <VerifyCodePage /> },
          { path: 'verify/:code', element: <VerifyPage /> },
        ],
      },
      {
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'my-learning', element: <MyLearningPage /> },
          { path: 'my-certificates', element: <MyCertificatesPage /> },
          { path: 'my-mobilities/:mobilityId/logbook', element: <MyLogbookPage /> },
          { path: 'my-mobilities', element: <MyMobilitiesPage /> },
          { path: 'my-mobilities/:mobilityId', element: <MyMobilityPage /> },
          { path: 'learn/:courseId', element: <LearnPage /> },
          { path: 'learn/:courseId/:lessonId', element: <LearnPage /> },
          { path: 'learn/:courseId/quiz/:quizId/attempt/:attemptId', element: <QuizAttemptPage /> },
          { path: 'orgs/:orgId/people', element: <PeoplePage /> },
          { path: 'orgs/:orgId/progress', element: <ProgressPage /> },
          { path: 'orgs/:orgId/enrol', element: <EnrolPage /> },
          { path: 'orgs/:orgId/certificates', element: <OrgCertificatesPage /> },
          { path: 'orgs/:orgId/mobility-reports', element: <OrgMobilityReportsPage /> },
          { path: 'orgs/:orgId/roadmaps', element: <OrgRoadmapsPage /> },
          { path: 'orgs/:orgId/roadmaps/:roadmapId', element: <OrgRoadmapPage /> },
          { path: 'my-actions', element: <MyActionsPage /> },
          { path: 'library/contribute', element: <ContributeResourcePage /> },
          { path: 'library/mine', element: <MyResourcesPage /> },
          { path: 'library/:id/edit', element: <EditResourcePage /> },
          { path: 'orgs/:orgId/self-assessment/rounds/:roundId/results', element: <OrgRoundResultsPage /> },
          { path: 'orgs/:orgId/mobilities', element: <OrgMobilitiesPage /> },
          { path: 'orgs/:orgId/mobilities/new', element: <NewMobilityPage /> },
          { path: 'orgs/:orgId/mobilities/:mobilityId', element: <OrgMobilityPage /> },
          { path: 'orgs/:orgId/self-assessment', element: <OrgSelfAssessmentPage /> },
          { path: 'orgs/:orgId/self-assessment/rounds/:roundId', element: <OrgAssessmentRoundPage /> },
          { path: 'orgs/:orgId/mobilities/:mobilityId/edit', element: <EditMobilityPage /> },
          { path: 'orgs/:orgId/courses', lazy: authoringPage('OrgCoursesPage') },
          { path: 'orgs/:orgId/courses/new', lazy: authoringPage('NewCoursePage') },
          { path: 'author/courses/:courseId', lazy: authoringPage('CourseEditorPage') },
          { path: 'author/courses/:courseId/edit', lazy: authoringPage('EditCoursePage') },
          { path: 'author/courses/:courseId/lessons/:lessonId', lazy: authoringPage('LessonEditorPage') },
          {
            path: 'author/courses/:courseId/modules/:moduleId/lessons/new',
            lazy: authoringPage('LessonEditorPage'),
          },
          { path: 'author/courses/:courseId/questions', lazy: quizAuthoringPage('QuestionBankPage') },
          { path: 'author/courses/:courseId/quizzes/:quizId', lazy: quizAuthoringPage('QuizSettingsPage') },
          {
            path: 'author/courses/:courseId/quizzes/:quizId/attempts',
            lazy: quizAuthoringPage('QuizAttemptsPage'),
          },
          {
            path: 'author/courses/:courseId/quizzes/:quizId/statistics',
            lazy: quizAuthoringPage('QuizStatisticsPage'),
          },
          {
            path: 'author/courses/:courseId/attempts/:attemptId',
            lazy: quizAuthoringPage('TrainerAttemptPage'),
          },
          { path: 'author/courses/:courseId/grading', lazy: quizAuthoringPage('GradingQueuePage') },
          { path: 'author/courses/:courseId/gradebook', lazy: quizAuthoringPage('GradebookPage') },
          { path: 'author/courses/:courseId/certificates', lazy: authoringPage('CourseCertificatesPage') },
          { path: 'author/courses/:courseId/preview', lazy: authoringPage('CoursePreviewPage') },
          { path: 'author/courses/:courseId/preview/:lessonId', lazy: authoringPage('CoursePreviewPage') },
          {
            path: 'admin',
            lazy: adminPage('AdminLayout'),
            children: [
              { index: true, element: <Navigate to="organisations" replace /> },
              { path: 'organisations', lazy: adminPage('AdminOrganisationsPage') },
              { path: 'users', lazy: adminPage('AdminUsersPage') },
              { path: 'captured-emails', lazy: adminPage('AdminCapturedEmailsPage') },
              { path: 'captured-emails/:id', lazy: adminPage('AdminCapturedEmailPage') },
              { path: 'emails', lazy: adminPage('AdminEmailsPage') },
              { path: 'queues', lazy: adminPage('AdminQueuesPage') },
              { path: 'audit', lazy: adminPage('AdminAuditPage') },
              { path: 'settings', lazy: adminPage('AdminSettingsPage') },
              { path: 'frameworks', lazy: adminPage('AdminFrameworksPage') },
              { path: 'frameworks/:id', lazy: adminPage('AdminFrameworkPage') },
              { path: 'resource-reviews', lazy: adminPage('AdminResourceReviewsPage') },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CourseView, EnrolmentView, LoginResponse } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { coursesApi } from '../api/courses.api';
import { CourseDetail } from './course-detail';

jest.mock('../api/courses.api', () => ({
  ...jest.requireActual<typeof import('../api/courses.api')>('../api/courses.api'),
  coursesApi: { course: jest.fn(), enrolment: jest.fn(), enrol: jest.fn() },
}));
const mocked = coursesApi as jest.Mocked<typeof coursesApi>;

const course: CourseView = {
  id: 'c1',
  slug: 'a-course',
  title: 'A course',
  summary: 'What it is about.',
  language: 'en',
  eqfLevel: 4,
  workloadHours: 6,
  topics: [],
  visibility: 'public',
  status: 'published',
  cover: null,
  organisation: { id: 'o', name: 'Demo VET School', country: 'IT' },
  enrolmentOpensAt: null,
  enrolmentClosesAt: null,
  startsAt: '2027-03-01T09:00:00Z',
  endsAt: null,
  learningOutcomes: ['Plan a mobility'],
  updatedAt: '2026-01-01T00:00:00Z',
  modules: [
    {
      id: 'm1',
      position: 1,
      title: 'Module one',
      lessons: [
        { id: 'l1', moduleId: 'm1', position: 1, title: 'First lesson', kind: 'page', required: true },
        { id: 'l2', moduleId: 'm1', position: 2, title: 'Extra reading', kind: 'page', required: false },
      ],
    },
  ],
};
const session: LoginResponse = {
  accessToken: 't',
  expiresIn: 900,
  user: {
    id: 'u',
    email: 'l@school.eu',
    name: 'Lea',
    locale: 'en',
    timeZone: 'Europe/Rome',
    isPlatformAdmin: false,
    emailVerified: true,
    memberships: [],
  },
};
const enrolment: EnrolmentView = {
  id: 'e',
  courseId: 'c1',
  status: 'active',
  source: 'self',
  progressPercent: 50,
  completedLessonIds: ['l1'],
  lastLessonId: 'l1',
  completedAt: null,
  enrolledAt: '2026-01-01T00:00:00Z',
};

beforeEach(() => {
  jest.resetAllMocks();
  mocked.course.mockResolvedValue(course);
  api.clearSession();
});

describe('CourseDetail', () => {
  it('shows the outline with optional lessons and asks anonymous visitors to sign in, returning here', async () => {
    renderWithProviders(<CourseDetail slug="a-course" />, { route: '/courses/a-course' });
    expect(await screen.findByRole('heading', { level: 1, name: 'A course' })).toBeVisible();
    expect(screen.getByText('Plan a mobility')).toBeVisible();
    expect(screen.getByText('Extra reading').parentElement).toHaveTextContent('Optional');
    expect(screen.getByRole('link', { name: 'Sign in to enrol' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fcourses%2Fa-course',
    );
    expect(mocked.enrolment).not.toHaveBeenCalled();
  });

  it('offers "continue" to an enrolled learner', async () => {
    api.setSession(session);
    mocked.enrolment.mockResolvedValue(enrolment);
    renderWithProviders(<CourseDetail slug="a-course" />);
    expect(await screen.findByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/learn/c1');
    expect(screen.getByText('50% complete')).toBeVisible();
  });

  it('shows why enrolment was refused', async () => {
    api.setSession(session);
    mocked.enrolment.mockResolvedValue(null);
    mocked.enrol.mockRejectedValue(
      new ApiError({ status: 409, code: 'ENROLMENT_CLOSED', detail: 'Enrolment closed on 1 March 2027.' }),
    );
    renderWithProviders(<CourseDetail slug="a-course" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Enrol' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enrolment closed on 1 March 2027.');
  });
});

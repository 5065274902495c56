import type { LearningAgreementContent } from '@campus/contracts';

/** Short content of one version, for component tests. */
export const agreementContent: LearningAgreementContent = {
  objectives: 'Objectives',
  outcomes: [{ id: '00000000-0000-4000-8000-00000000000a', statement: 'An outcome', category: null }],
  tasks: 'Tasks',
  languages: ['en'],
  mentoring: 'Mentoring',
  recognition: 'Recognition',
};

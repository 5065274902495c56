import type { QuestionInput } from '@campus/contracts';

/**
 * The self-check quiz of the English demo course: ten auto-graded questions using every
 * auto-graded type, and one essay a trainer grades. Optional, so the demo course can still be
 * completed without waiting for a trainer.
 */
export const DEMO_QUIZ = {
  courseSlug: 'setting-up-an-international-office',
  moduleTitle: 'Recognition and next steps',
  title: 'Self-check: running an International Office',
  body: 'Ten questions on the course, and one short reflection that a trainer reads. You may try as often as you like; your best attempt counts.',
  passPercent: 60,
  questions: [
    {
      type: 'single_choice',
      prompt: 'Which Erasmus+ action funds **learning mobility** of VET staff and learners?',
      tags: ['erasmus'],
      content: {
        options: [
          {
            id: 'ka1',
            text: 'Key Action 1 (KA1)',
            correct: true,
            feedback: 'Right: KA1 is learning mobility.',
          },
          {
            id: 'ka2',
            text: 'Key Action 2 (KA2)',
            correct: false,
            feedback: 'KA2 funds cooperation between organisations.',
          },
          {
            id: 'ka3',
            text: 'Key Action 3 (KA3)',
            correct: false,
            feedback: 'KA3 supports policy development.',
          },
        ],
      },
    },
    {
      type: 'multiple_choice',
      prompt: 'Which of these belong in a **learning agreement** for job shadowing? Choose all that apply.',
      tags: ['mobility'],
      content: {
        options: [
          { id: 'outcomes', text: 'The learning outcomes to be achieved', correct: true },
          { id: 'programme', text: 'The programme of activities at the host', correct: true },
          { id: 'mentor', text: 'The host mentor', correct: true },
          { id: 'salary', text: 'The participant’s salary', correct: false },
        ],
      },
      generalFeedback: 'The learning agreement says what will be learned, how, and who supports it.',
    },
    {
      type: 'true_false',
      prompt:
        'An Erasmus+ accreditation in VET lets a school apply for mobility funding every year without a new full application.',
      tags: ['erasmus'],
      content: { correct: true, feedbackTrue: 'Yes: accredited schools request a yearly budget.' },
    },
    {
      type: 'short_answer',
      prompt:
        'Which Europass document records the skills a person gained during a mobility abroad? (two words)',
      tags: ['recognition'],
      content: { accepted: ['Europass Mobility'], caseSensitive: false, whitespace: 'collapse' },
    },
    {
      type: 'numeric',
      prompt:
        'What is the minimum duration, in days, of a job-shadowing activity for VET staff under KA1 (travel days excluded)?',
      tags: ['mobility'],
      content: {
        answers: [{ value: 2, tolerance: 0 }],
        units: [{ unit: 'days', factor: 1 }],
        unitRequired: false,
      },
    },
    {
      type: 'matching',
      prompt: 'Match each document with its purpose.',
      tags: ['mobility'],
      content: {
        pairs: [
          { id: 'mou', prompt: 'Memorandum of understanding', match: 'Frames the long-term partnership' },
          { id: 'la', prompt: 'Learning agreement', match: 'Sets the outcomes of one mobility' },
          { id: 'log', prompt: 'Logbook', match: 'Records what was done each day' },
        ],
        distractors: ['Books the travel'],
      },
    },
    {
      type: 'ordering',
      prompt: 'Put the phases of a staff mobility in order.',
      tags: ['mobility'],
      content: {
        items: [
          { id: 'need', text: 'Identify the learning need' },
          { id: 'partner', text: 'Agree the programme with the host' },
          { id: 'shadow', text: 'Job shadowing at the host school' },
          { id: 'share', text: 'Share and apply what was learned' },
        ],
      },
    },
    {
      type: 'single_choice',
      prompt: 'Who usually confirms the activities in a job shadower’s logbook?',
      tags: ['mobility'],
      content: {
        options: [
          { id: 'mentor', text: 'The host mentor', correct: true },
          { id: 'na', text: 'The National Agency', correct: false },
          { id: 'self', text: 'Nobody: it is personal', correct: false },
        ],
      },
    },
    {
      type: 'true_false',
      prompt: 'Recognition of learning outcomes should be planned only after the participant returns.',
      tags: ['recognition'],
      content: {
        correct: false,
        feedbackFalse: 'Right: plan recognition before departure, in the learning agreement.',
      },
    },
    {
      type: 'multiple_choice',
      prompt: 'Which tasks belong to an International Office?',
      tags: ['international office'],
      content: {
        options: [
          { id: 'strategy', text: 'Keeping the internationalisation strategy alive', correct: true },
          { id: 'partners', text: 'Managing the partner network', correct: true },
          { id: 'payroll', text: 'Running the school payroll', correct: false },
          { id: 'dissemination', text: 'Sharing results inside and outside the school', correct: true },
        ],
      },
    },
    {
      type: 'essay',
      prompt:
        'In a few sentences: what is the first thing you would change in your school to start an International Office, and why?',
      tags: ['reflection'],
      content: {
        graderGuidance:
          'Look for one concrete, realistic step tied to the school’s own situation; 2 points for the step, 1 for the reason.',
        maxWords: 250,
      },
    },
  ] satisfies QuestionInput[],
};

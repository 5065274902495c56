import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { QuestionInput, type QuestionType, type QuestionView } from '@campus/contracts';
import { QuestionEditor } from './question-editor';

function setup(question?: QuestionView) {
  const onSave = jest.fn();
  render(
    <QuestionEditor question={question} saving={false} error={null} onSave={onSave} onCancel={jest.fn()} />,
  );
  return { onSave, user: userEvent.setup() };
}

const box = (name: string | RegExp) => screen.getByRole('textbox', { name });

async function start(user: UserEvent, type: QuestionType, label: string) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Question type' }), type);
  await user.type(box(/^Question \(Markdown\)/), label);
}

const fillers: Record<QuestionType, (user: UserEvent) => Promise<void>> = {
  single_choice: async (user) => {
    await user.type(box('Option 1'), 'Erasmus+ KA1');
    await user.type(box('Option 2'), 'Horizon');
  },
  multiple_choice: async (user) => {
    await user.type(box('Option 1'), 'Finland');
    await user.type(box('Option 2'), 'Brazil');
    await user.click(screen.getByRole('button', { name: 'Add an option' }));
    await user.type(box('Option 3'), 'Greece');
    await user.click(screen.getByRole('checkbox', { name: 'Option 3 is correct' }));
  },
  true_false: async (user) => {
    await user.click(screen.getByRole('radio', { name: 'False' }));
  },
  short_answer: async (user) => {
    await user.type(box('Accepted answer 1'), 'Europass');
    await user.click(screen.getByRole('checkbox', { name: /Upper and lower case/ }));
  },
  numeric: async (user) => {
    await user.type(box('Value 1'), '12,5');
    await user.clear(box('Tolerance 1'));
    await user.type(box('Tolerance 1'), '0.5');
    await user.click(screen.getByRole('button', { name: 'Add a unit' }));
    await user.type(box(/^Unit 1/), 'kg');
  },
  matching: async (user) => {
    await user.type(box('Item 1'), 'Italy');
    await user.type(box('Its match 1'), 'Rome');
    await user.type(box('Item 2'), 'Finland');
    await user.type(box('Its match 2'), 'Helsinki');
    await user.click(screen.getByRole('button', { name: 'Add a wrong match' }));
    await user.type(box('Wrong match 1'), 'Oslo');
  },
  ordering: async (user) => {
    await user.type(box('Step 1'), 'Apply');
    await user.type(box('Step 2'), 'Travel');
  },
  essay: async (user) => {
    await user.type(box(/^Guidance for graders/), 'Look for a concrete example.');
    await user.type(box(/^Maximum words/), '300');
  },
};

const expected: Record<QuestionType, unknown> = {
  single_choice: {
    options: [
      { id: 'o1', text: 'Erasmus+ KA1', correct: true },
      { id: 'o2', text: 'Horizon', correct: false },
    ],
  },
  multiple_choice: {
    options: [
      { id: 'o1', text: 'Finland', correct: true },
      { id: 'o2', text: 'Brazil', correct: false },
      { id: 'o3', text: 'Greece', correct: true },
    ],
  },
  true_false: { correct: false },
  short_answer: { accepted: ['Europass'], caseSensitive: true, whitespace: 'collapse' },
  numeric: {
    answers: [{ value: 12.5, tolerance: 0.5 }],
    units: [{ unit: 'kg', factor: 1 }],
    unitRequired: false,
  },
  matching: {
    pairs: [
      { id: 'p1', prompt: 'Italy', match: 'Rome' },
      { id: 'p2', prompt: 'Finland', match: 'Helsinki' },
    ],
    distractors: ['Oslo'],
  },
  ordering: {
    items: [
      { id: 'i1', text: 'Apply' },
      { id: 'i2', text: 'Travel' },
    ],
  },
  essay: { graderGuidance: 'Look for a concrete example.', maxWords: 300 },
};

describe('QuestionEditor', () => {
  it.each(Object.keys(fillers) as QuestionType[])('makes a valid QuestionInput for %s', async (type) => {
    const { onSave, user } = setup();
    await start(user, type, `A ${type} question`);
    await fillers[type](user);
    await user.type(box(/^Tags/), 'Mobility, KA1');
    await user.click(screen.getByRole('button', { name: 'Create the question' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const body = onSave.mock.calls[0][0] as QuestionInput;
    expect(QuestionInput.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      type,
      prompt: `A ${type} question`,
      tags: ['mobility', 'ka1'],
      content: expected[type],
    });
  });

  it('names what is missing instead of saving', async () => {
    const { onSave, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Question type' }), 'multiple_choice');
    await user.type(box('Option 1'), 'One');
    await user.click(screen.getByRole('checkbox', { name: 'Option 1 is correct' }));
    await user.click(screen.getByRole('button', { name: 'Create the question' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(box(/^Question \(Markdown\)/)).toHaveAccessibleDescription(
      expect.stringContaining('Fill in this field.'),
    );
    expect(box('Option 2')).toHaveAccessibleDescription('Fill in this field.');
    expect(screen.getByText('Mark at least one option as correct.')).toBeInTheDocument();
  });

  it('says what is wrong with a number: missing, not a number, or out of bounds', async () => {
    const { onSave, user } = setup();
    await start(user, 'numeric', 'How many ECTS credits is a year?');
    await user.clear(box('Tolerance 1'));
    await user.type(box('Tolerance 1'), '-1');
    await user.click(screen.getByRole('button', { name: 'Add a unit' }));
    await user.type(box('Unit 1'), 'ECTS');
    await user.clear(box('Factor of unit 1'));
    await user.type(box('Factor of unit 1'), '0');
    await user.click(screen.getByRole('button', { name: 'Create the question' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(box('Value 1')).toHaveAccessibleDescription('Fill in this field.');
    expect(box('Tolerance 1')).toHaveAccessibleDescription('Enter 0 or more.');
    expect(box('Factor of unit 1')).toHaveAccessibleDescription(
      expect.stringMatching(/Enter a number above 0\.$/),
    );

    await user.type(box('Value 1'), 'sixty');
    await user.click(screen.getByRole('button', { name: 'Create the question' }));
    expect(box('Value 1')).toHaveAccessibleDescription('Enter a number.');
  });

  it('edits a question of the bank as it is, and says when a new version will be made', async () => {
    const question: QuestionView = {
      id: 'q1',
      courseId: 'c1',
      version: 2,
      type: 'true_false',
      prompt: 'The learning agreement is signed before the mobility.',
      content: { correct: true, feedbackTrue: 'Yes.' },
      tags: ['mobility'],
      generalFeedback: null,
      archived: false,
      attemptsUsingCurrentVersion: 4,
      updatedAt: '2026-05-01T10:00:00Z',
    };
    const { onSave, user } = setup(question);
    expect(screen.getByText(/Saving makes version 3/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the question' }));
    expect(onSave).toHaveBeenCalledWith({
      type: 'true_false',
      prompt: question.prompt,
      tags: ['mobility'],
      generalFeedback: undefined,
      content: { correct: true, feedbackTrue: 'Yes.', feedbackFalse: undefined },
    });
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RESPONSE_SCHEMAS, type AttemptItemView, type QuestionType } from '@campus/contracts';
import { ResponseInput } from './response-input';

function item(type: QuestionType, extra: Partial<AttemptItemView> = {}): AttemptItemView {
  return { position: 1, type, prompt: 'Prompt', points: 1, response: null, savedAt: null, ...extra };
}

/** Renders the input as the attempt page does (controlled), recording every response it makes. */
function renderInput(it: AttemptItemView) {
  const changes: unknown[] = [];
  function Host() {
    const [response, setResponse] = useState<unknown>(it.response);
    return (
      <>
        <p id="p1">{it.prompt}</p>
        <ResponseInput
          item={it}
          response={response}
          promptId="p1"
          onChange={(r) => {
            changes.push(r);
            setResponse(r);
          }}
        />
      </>
    );
  }
  render(<Host />);
  const last = () => changes[changes.length - 1];
  const valid = () => RESPONSE_SCHEMAS[it.type].safeParse(last()).success;
  return { changes, last, valid };
}

const options = [
  { id: 'a', text: 'Alpha' },
  { id: 'b', text: 'Beta' },
  { id: 'c', text: 'Gamma' },
];

describe('ResponseInput', () => {
  it('single choice: {optionId}', async () => {
    const { last, valid } = renderInput(item('single_choice', { options }));
    await userEvent.click(screen.getByRole('radio', { name: 'Beta' }));
    expect(last()).toEqual({ optionId: 'b' });
    expect(valid()).toBe(true);
  });

  it('multiple choice: {optionIds} in the options’ order', async () => {
    const { last, valid } = renderInput(item('multiple_choice', { options }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gamma' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    expect(last()).toEqual({ optionIds: ['a', 'c'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Gamma' }));
    expect(last()).toEqual({ optionIds: ['a'] });
    expect(valid()).toBe(true);
  });

  it('true/false: {value}', async () => {
    const { last, valid } = renderInput(item('true_false'));
    await userEvent.click(screen.getByRole('radio', { name: 'False' }));
    expect(last()).toEqual({ value: false });
    expect(valid()).toBe(true);
  });

  it('short answer: {text}', async () => {
    const { last, valid } = renderInput(item('short_answer'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Europass');
    expect(last()).toEqual({ text: 'Europass' });
    expect(valid()).toBe(true);
  });

  it('numeric: {text} as typed, with the units as a hint', async () => {
    const { last, valid } = renderInput(item('numeric', { units: ['kg', 'g'] }));
    const field = screen.getByRole('textbox', { name: 'Your answer (a number)' });
    expect(field).toHaveAccessibleDescription(expect.stringContaining('kg, g'));
    await userEvent.type(field, '12,5 kg');
    expect(last()).toEqual({ text: '12,5 kg' });
    expect(valid()).toBe(true);
  });

  it('matching: {matches: {pairId: choice}}', async () => {
    const { last, valid } = renderInput(
      item('matching', {
        prompts: [
          { id: 'p1', text: 'Italy' },
          { id: 'p2', text: 'Finland' },
        ],
        choices: ['Helsinki', 'Rome', 'Oslo'],
      }),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Italy' }), 'Rome');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Finland' }), 'Helsinki');
    expect(last()).toEqual({ matches: { p1: 'Rome', p2: 'Helsinki' } });
    expect(valid()).toBe(true);
  });

  it('ordering: {order} changed with the keyboard, focus staying on the moved item', async () => {
    const user = userEvent.setup();
    const { last, valid } = renderInput(
      item('ordering', {
        items: [
          { id: 'x', text: 'Apply' },
          { id: 'y', text: 'Travel' },
          { id: 'z', text: 'Report' },
        ],
      }),
    );
    const down = screen.getByRole('button', { name: 'Move “Apply” down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(last()).toEqual({ order: ['y', 'x', 'z'] });
    await new Promise((r) => requestAnimationFrame(r));
    expect(screen.getByRole('button', { name: 'Move “Apply” down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(last()).toEqual({ order: ['y', 'z', 'x'] });
    // At the bottom, "down" is disabled: focus moves to "up" of the same item.
    await new Promise((r) => requestAnimationFrame(r));
    expect(screen.getByRole('button', { name: 'Move “Apply” up' })).toHaveFocus();
    expect(screen.getByText('“Apply” is now at position 3 of 3.')).toBeInTheDocument();
    expect(valid()).toBe(true);
  });

  it('ordering: the starting order can be the answer', async () => {
    const { last } = renderInput(
      item('ordering', {
        items: [
          { id: 'x', text: 'Apply' },
          { id: 'y', text: 'Travel' },
        ],
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Answer with this order' }));
    expect(last()).toEqual({ order: ['x', 'y'] });
  });

  it('essay: {text} with a word count against the maximum', async () => {
    const { last, valid } = renderInput(item('essay', { maxWords: 3 }));
    const area = screen.getByRole('textbox', { name: 'Your answer' });
    await userEvent.type(area, 'One two three');
    expect(area).toHaveAccessibleDescription(expect.stringContaining('3 of at most 3 words'));
    await userEvent.type(area, ' four');
    expect(screen.getByText('Use at most 3 words.')).toBeInTheDocument();
    expect(last()).toEqual({ text: 'One two three four' });
    expect(valid()).toBe(true);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Select } from './select';
import { TextField } from './text-field';

describe('TextField', () => {
  it('names the input by its label and marks required fields', () => {
    render(<TextField label="E-mail address" type="email" required />);
    const input = screen.getByRole('textbox', { name: /e-mail address/i });
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('describes the input by its hint and error, and marks it invalid', () => {
    render(<TextField label="Password" hint="At least 12 characters." error="Fill in this field." />);
    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('At least 12 characters. Fill in this field.');
  });

  it('keeps a caller-provided description and the typed value', async () => {
    render(
      <>
        <p id="extra">Shown to everyone.</p>
        <TextField label="Name" aria-describedby="extra" hint="As others see it." defaultValue="" />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveAccessibleDescription('Shown to everyone. As others see it.');
    await userEvent.type(input, 'Lucia');
    expect(input).toHaveValue('Lucia');
  });
});

describe('Select', () => {
  it('keeps a hidden label for screen readers and wires the error', () => {
    render(
      <Select
        label="Role of Lucia"
        hideLabel
        options={[{ value: 'learner', label: 'Learner' }]}
        error="Choose one."
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Role of Lucia' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Choose one.');
  });
});

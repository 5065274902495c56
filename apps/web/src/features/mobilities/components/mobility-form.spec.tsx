import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { emptyMobilityValues, mobilityValues } from '../lib/mobility-form';
import { mobilityView } from '../testing/mobility-view.fixture';
import { MobilityForm } from './mobility-form';

const members = [
  { userId: mobilityView.participant.id, name: 'Luca Bianchi', email: 'luca@school.it' },
  { userId: '6e2d3c4b-1111-4222-8333-944455556666', name: 'Marta Rossi', email: 'marta@school.it' },
];

function renderForm(onSubmit: jest.Mock, initial = mobilityValues(mobilityView)) {
  renderWithProviders(
    <MobilityForm
      initial={initial}
      members={members}
      saved={initial.participantId ? mobilityView : undefined}
      submitLabel="Save the changes"
      cancelTo="/orgs/o/mobilities"
      busy={false}
      onSubmit={onSubmit}
    />,
  );
}

// A long form: under a loaded machine its many interactions outlast the 5 s default.
jest.setTimeout(20_000);

describe('MobilityForm', () => {
  it('puts the API’s field errors next to their fields, nested and per interruption, and shows a limit', async () => {
    const limit = 'Job shadowing lasts 2 to 60 days; this one lasts 121.';
    const onSubmit = jest.fn().mockRejectedValue(
      new ApiError({
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: limit,
        errors: [
          { field: 'endDate', message: limit },
          { field: 'host.country', message: 'Use an assigned ISO 3166-1 alpha-2 country code, e.g. FI.' },
          {
            field: 'interruptions.0',
            message: 'An interruption must lie within the activity (2027-03-01 to 2027-03-12).',
          },
        ],
      }),
    );
    renderForm(onSubmit);

    await userEvent.click(screen.getByText('Save the changes', { selector: 'button' }));

    const endDate = await screen.findByLabelText(/Last day of the activity/);
    expect(endDate).toHaveAttribute('aria-invalid', 'true');
    expect(endDate).toHaveAccessibleDescription(limit);
    expect(screen.getByLabelText(/^Country/, { selector: 'select' })).toHaveAccessibleDescription(
      'Use an assigned ISO 3166-1 alpha-2 country code, e.g. FI.',
    );
    expect(screen.getByLabelText('Interruption 1: first day')).toHaveAccessibleDescription(
      'An interruption must lie within the activity (2027-03-01 to 2027-03-12).',
    );
    // The limit is also said at the top of the form, where the eye lands after saving.
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('need your attention'));
    expect(alert).toHaveTextContent(limit);
    // Fields the API did not name stay as they were.
    expect(screen.getByLabelText(/First day of the activity/)).not.toHaveAttribute('aria-invalid');

    // Correcting a field clears its error only.
    fireEvent.change(endDate, { target: { value: '2027-03-10' } });
    expect(endDate).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^Country/, { selector: 'select' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the edited record as one request: new dates, a mentor language and an added interruption', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    renderForm(onSubmit);

    const endDate = screen.getByLabelText(/Last day of the activity/);
    fireEvent.change(endDate, { target: { value: '2027-03-19' } });
    await userEvent.selectOptions(screen.getByLabelText(/Mentor's language/, { selector: 'select' }), 'sv');
    await userEvent.selectOptions(
      screen.getByLabelText(/^Participant/, { selector: 'select' }),
      'Marta Rossi (marta@school.it)',
    );
    await userEvent.click(screen.getByText('Add an interruption', { selector: 'button' }));
    fireEvent.change(screen.getByLabelText('Interruption 2: first day'), { target: { value: '2027-03-15' } });
    fireEvent.change(screen.getByLabelText('Interruption 2: last day'), { target: { value: '2027-03-16' } });
    await userEvent.click(screen.getByText('Remove interruption 1', { selector: 'button' }));
    await userEvent.click(screen.getByText('Save the changes', { selector: 'button' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      participantId: members[1].userId,
      endDate: '2027-03-19',
      mentor: { ...mobilityView.mentor, language: 'sv' },
      interruptions: [{ from: '2027-03-15', to: '2027-03-16' }],
      host: mobilityView.host,
    });
    // The saved record's computed days are shown for reference.
    const computed = screen.getByRole('group', { name: 'Duration and funded travel' });
    expect(within(computed).getByText('10 days')).toBeInTheDocument();
    expect(within(computed).getByText('3 days')).toBeInTheDocument();
  });

  it('does not send an incomplete new record, and says which fields need filling in', async () => {
    const onSubmit = jest.fn();
    renderForm(onSubmit, emptyMobilityValues());

    await userEvent.click(screen.getByText('Save the changes', { selector: 'button' }));

    expect(onSubmit).not.toHaveBeenCalled();
    for (const name of [/^Participant/, /^Activity type/, /^Country/, /Mentor's language/, /Distance band/])
      expect(screen.getByLabelText(name, { selector: 'select' })).toHaveAccessibleDescription(
        /Fill in this field/,
      );
    expect(screen.getByLabelText(/Mentor's e-mail address/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('group', { name: 'Duration and funded travel' })).toHaveTextContent(
      'when the mobility is saved',
    );
  });
});

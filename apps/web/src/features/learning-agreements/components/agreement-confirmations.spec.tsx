import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AgreementVersionView } from '@campus/contracts';
import { agreementContent } from '../testing/agreement.fixture';
import { AgreementConfirmations, type AgreementConfirmationsProps } from './agreement-confirmations';

const version: AgreementVersionView = {
  version: 2,
  isAmendment: true,
  createdAt: '2027-02-01T09:00:00Z',
  createdBy: { id: 'u1', name: 'Marta Rossi' },
  agreedAt: null,
  confirmedParties: ['participant'],
  changes: null,
  content: agreementContent,
  confirmations: [{ party: 'participant', at: '2027-02-02T10:30:00Z', byName: 'Luca Bianchi' }],
  missingParties: ['manager', 'mentor'],
};

function renderConfirmations(props: Partial<AgreementConfirmationsProps> = {}) {
  const onConfirm = jest.fn();
  render(
    <AgreementConfirmations
      version={version}
      viewerParty="manager"
      editable
      busy={false}
      onConfirm={onConfirm}
      {...props}
    />,
  );
  return { onConfirm };
}

const rowOf = (party: string) =>
  within(screen.getByRole('table', { name: 'Who has confirmed version 2' }))
    .getByRole('rowheader', { name: party })
    .closest('tr') as HTMLElement;

describe('AgreementConfirmations', () => {
  afterEach(cleanup);

  it('shows who confirmed and when, the parties still missing, and confirms the version as the viewer', async () => {
    const { onConfirm } = renderConfirmations();
    expect(rowOf('Participant')).toHaveTextContent(/Confirmed by Luca Bianchi, 2 Feb 2027/);
    expect(rowOf('Sending manager')).toHaveTextContent('Not confirmed yet');
    expect(rowOf('Host mentor')).toHaveTextContent('Not confirmed yet');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm version 2' }));
    expect(onConfirm).toHaveBeenCalledWith(2);
  });

  it('offers no button to a party who has confirmed, nor once the mobility is finished', () => {
    renderConfirmations({ viewerParty: 'participant' });
    expect(screen.queryByRole('button', { name: /Confirm/ })).toBeNull();
    cleanup();
    renderConfirmations({ editable: false });
    expect(screen.queryByRole('button', { name: /Confirm/ })).toBeNull();
  });

  it('disables the button while the confirmation is being sent', () => {
    renderConfirmations({ busy: true });
    expect(screen.getByRole('button', { name: 'Confirm version 2' })).toBeDisabled();
  });

  it('says when all three agreed, with the mentor named by the record', () => {
    renderConfirmations({
      version: {
        ...version,
        agreedAt: '2027-02-03T08:00:00Z',
        confirmations: [
          ...version.confirmations,
          { party: 'manager', at: '2027-02-02T11:00:00Z', byName: null },
          { party: 'mentor', at: '2027-02-03T08:00:00Z', byName: 'Aino Virtanen' },
        ],
        missingParties: [],
      },
    });
    expect(rowOf('Sending manager')).toHaveTextContent(/^Sending managerConfirmed, 2 Feb 2027/);
    expect(rowOf('Host mentor')).toHaveTextContent(/Confirmed by Aino Virtanen, 3 Feb 2027/);
    expect(screen.getByText(/Agreed by all three on 3 Feb 2027/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, MobilityStatusChangeView, MobilityView } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { mobilityView } from '../testing/mobility-view.fixture';
import { OrgMobilityView } from './org-mobility-view';

const ORG = mobilityView.organisationId;
const marta = { id: '6e2d3c4b-1111-4222-8333-944455556666', name: 'Marta Rossi' };
const manager: CurrentUser = {
  id: marta.id,
  email: 'marta@school.it',
  name: marta.name,
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [{ organisationId: ORG, organisationName: 'Demo VET School', role: 'manager' }],
};
const created: MobilityStatusChangeView = {
  id: 'h1',
  from: null,
  to: 'draft',
  by: marta,
  at: '2026-12-01T10:00:00Z',
  note: null,
};
const agreedChange: MobilityStatusChangeView = {
  id: 'h2',
  from: 'draft',
  to: 'agreed',
  // Campus moves a draft to agreed itself once the learning agreement is agreed.
  by: null,
  at: '2026-12-02T10:00:00Z',
  note: 'Learning agreement signed',
};

describe('OrgMobilityView', () => {
  beforeEach(() => api.setSession({ accessToken: 't', expiresIn: 900, user: manager }));
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  function mockApi(initial: MobilityView, history: MobilityStatusChangeView[]) {
    let record = initial;
    const changes = [...history];
    const recordPath = `/orgs/${ORG}/mobilities/${initial.id}`;
    // The record and its history; the other sections (agreement, logbook, mentor, credential) are
    // tested in their own features and answer "not found" here.
    jest.spyOn(api, 'get').mockImplementation((path: string) => {
      if (path === recordPath) return Promise.resolve(record);
      if (path === `${recordPath}/history`) return Promise.resolve([...changes]);
      return Promise.reject(new ApiError({ status: 404, code: 'NOT_FOUND', detail: `No ${path} here.` }));
    });
    const post = jest.spyOn(api, 'post').mockImplementation((_path, body) => {
      const { to, note } = body as { to: MobilityView['status']; note?: string };
      changes.push({
        id: `h${changes.length + 1}`,
        from: record.status,
        to,
        by: marta,
        at: '2026-12-03T10:00:00Z',
        note: note ?? null,
      });
      record = { ...record, status: to };
      return Promise.resolve(record);
    });
    return { post };
  }

  it('shows the record, its history, and only the moves its status allows; cancelling asks first', async () => {
    const { post } = mockApi({ ...mobilityView, status: 'agreed' }, [created, agreedChange]);
    renderWithProviders(<OrgMobilityView orgId={ORG} mobilityId={mobilityView.id} />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Job shadowing: Luca Bianchi' }),
    ).toBeInTheDocument();
    const host = within(screen.getByRole('region', { name: 'Host organisation' }));
    expect(host.getByText('Finland')).toBeInTheDocument();
    expect(host.getByText('E10012345')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit the details' })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/mobilities/${mobilityView.id}/edit`,
    );
    const history = within(await screen.findByRole('table', { name: 'Status changes, oldest first' }));
    expect(history.getByRole('row', { name: /Created as Draft.*Marta Rossi/ })).toBeInTheDocument();
    expect(
      history.getByRole('row', { name: /Draft → Agreed.*Campus, automatically.*Learning agreement signed/ }),
    ).toBeInTheDocument();

    const status = within(screen.getByRole('region', { name: 'Status' }));
    expect(status.getByRole('button', { name: 'Mark as in progress' })).toBeInTheDocument();
    expect(status.queryByRole('button', { name: 'Validate' })).toBeNull();
    expect(status.queryByRole('button', { name: 'Mark as agreed' })).toBeNull();

    await userEvent.type(
      status.getByRole('textbox', { name: /Note for the history/ }),
      'Participant withdrew',
    );
    await userEvent.click(status.getByRole('button', { name: 'Cancel the mobility' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Cancel this mobility?' }));
    expect(post).not.toHaveBeenCalled();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel the mobility' }));

    expect(post).toHaveBeenCalledWith(`/orgs/${ORG}/mobilities/${mobilityView.id}/status`, {
      to: 'cancelled',
      note: 'Participant withdrew',
    });
    expect(await screen.findByText('Status changed to Cancelled.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('This status is final: no further change is possible.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit the details' })).toBeNull();
    expect(screen.getByText(/can be changed only while the mobility is a draft or agreed/)).toHaveTextContent(
      'Its status now: Cancelled.',
    );
    expect(
      await screen.findByRole('row', { name: /Agreed → Cancelled.*Participant withdrew/ }),
    ).toBeInTheDocument();
  });

  it('keeps the record as it was and says why when the API refuses a move', async () => {
    mockApi({ ...mobilityView, status: 'completed' }, [created]);
    jest.spyOn(api, 'post').mockRejectedValue(
      new ApiError({
        status: 409,
        code: 'CONFLICT',
        detail: 'A mobility cannot go from cancelled to validated.',
      }),
    );
    renderWithProviders(<OrgMobilityView orgId={ORG} mobilityId={mobilityView.id} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));

    expect(await screen.findByText('This cannot be done in the current state.')).toBeInTheDocument();
    expect(screen.getByText('A mobility cannot go from cancelled to validated.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Participant and activity' })).getByText('Completed'),
    ).toBeInTheDocument();
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { mobilityView } from '../testing/mobility-view.fixture';
import { MyMobilities } from './my-mobilities';
import { MyMobilityView } from './my-mobility-view';

describe('the participant’s own mobilities', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('lists them with their status and dates, each linking to its record', async () => {
    const get = jest.spyOn(api, 'get').mockResolvedValue([{ ...mobilityView, status: 'in_progress' }]);
    renderWithProviders(<MyMobilities />);

    const row = within(await screen.findByRole('row', { name: /Tampereen seudun ammattiopisto/ }));
    expect(get).toHaveBeenCalledWith('/me/mobilities', undefined, expect.anything());
    expect(row.getByRole('link', { name: 'Tampereen seudun ammattiopisto' })).toHaveAttribute(
      'href',
      `/my-mobilities/${mobilityView.id}`,
    );
    expect(row.getByText('In progress')).toBeInTheDocument();
    expect(row.getByText(/^1\s*–\s*12 Mar 2027$/)).toBeInTheDocument();
  });

  it('shows a record found among their own, read-only, and says so when the id is not theirs', async () => {
    jest.spyOn(api, 'get').mockResolvedValue([mobilityView]);
    renderWithProviders(<MyMobilityView mobilityId={mobilityView.id} />);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Job shadowing: Tampereen seudun ammattiopisto' }),
    ).toBeInTheDocument();
    const mentor = within(screen.getByRole('region', { name: 'Host mentor' }));
    expect(mentor.getByText('Aino Virtanen')).toBeInTheDocument();
    expect(mentor.getByText('Suomi')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link', { name: /Edit/ })).toBeNull();
    cleanup();

    renderWithProviders(<MyMobilityView mobilityId="7e6d5c4b-1111-4222-8333-944455556666" />);
    expect(await screen.findByText('This mobility is not among yours')).toBeInTheDocument();
  });
});

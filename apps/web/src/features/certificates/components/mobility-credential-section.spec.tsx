import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MobilityCredentialView } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { saveFile } from '../../enrolments';
import { mobilityView } from '../../mobilities/testing/mobility-view.fixture';
import { MobilityCredentialSection } from './mobility-credential-section';

jest.mock('../../enrolments', () => ({ ...jest.requireActual('../../enrolments'), saveFile: jest.fn() }));

const ORG = mobilityView.organisationId;
const validated = { ...mobilityView, status: 'validated' as const };
const issued: MobilityCredentialView = {
  status: 'valid',
  certificate: {
    id: '7e6d5c4b-1111-4222-8333-944455556666',
    code: 'K7Q2-ABCD-EFGH-JKMN-PQRS',
    issuedAt: '2027-03-14T10:00:00Z',
    revokedAt: null,
    revokedReason: null,
    verifyUrl: 'https://campus.example/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
    pdfUrl: `/api/orgs/${ORG}/certificates/7e6d5c4b-1111-4222-8333-944455556666/certificate.pdf`,
  },
};

describe('MobilityCredentialSection', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows nothing before the mobility is validated, and asks nothing', () => {
    const get = jest.spyOn(api, 'get');
    const { container } = renderWithProviders(
      <MobilityCredentialSection orgId={ORG} mobility={{ ...mobilityView, status: 'completed' }} />,
    );
    expect(container).toBeEmptyDOMElement();
    expect(get).not.toHaveBeenCalled();
  });

  it('says the credential is on its way while the worker issues it', async () => {
    jest.spyOn(api, 'get').mockResolvedValue({ status: 'pending', certificate: null });
    renderWithProviders(<MobilityCredentialSection orgId={ORG} mobility={validated} />);
    expect(await screen.findByText(/^The credential is being issued\./)).toHaveAttribute('role', 'status');
  });

  it('shows the issued credential with its verification page and downloads its PDF', async () => {
    const get = jest.spyOn(api, 'get').mockResolvedValue(issued);
    const pdf = new Blob(['%PDF-'], { type: 'application/pdf' });
    const blob = jest.spyOn(api, 'blob').mockResolvedValue(pdf);
    renderWithProviders(<MobilityCredentialSection orgId={ORG} mobility={validated} />);

    await screen.findByText('K7Q2-ABCD-EFGH-JKMN-PQRS');
    const section = screen.getByRole('region', { name: 'Mobility credential' });
    expect(get).toHaveBeenCalledWith(
      `/orgs/${ORG}/mobilities/${validated.id}/credential`,
      undefined,
      expect.anything(),
    );
    expect(section).toHaveTextContent('Valid');
    expect(section).toHaveTextContent('K7Q2-ABCD-EFGH-JKMN-PQRS');
    expect(screen.getByRole('link', { name: 'Open the verification page' })).toHaveAttribute(
      'href',
      '/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
    );
    expect(screen.getByRole('link', { name: "This participant's certificates" })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/certificates?userId=${validated.participant.id}`,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Download the PDF' }));
    expect(blob).toHaveBeenCalledWith(`/orgs/${ORG}/certificates/${issued.certificate!.id}/certificate.pdf`);
    expect(saveFile).toHaveBeenCalledWith(pdf, 'mobility-credential-K7Q2-ABCD-EFGH-JKMN-PQRS.pdf');
  });

  it('shows a revoked credential as revoked, with its reason', async () => {
    jest.spyOn(api, 'get').mockResolvedValue({
      status: 'revoked',
      certificate: {
        ...issued.certificate!,
        revokedAt: '2027-04-01T10:00:00Z',
        revokedReason: 'Issued by mistake',
      },
    });
    renderWithProviders(<MobilityCredentialSection orgId={ORG} mobility={validated} />);
    await screen.findByText('K7Q2-ABCD-EFGH-JKMN-PQRS');
    const section = screen.getByRole('region', { name: 'Mobility credential' });
    expect(section).toHaveTextContent('Revoked');
    expect(section).toHaveTextContent('Issued by mistake');
  });
});

import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  translationCompleteness,
  type CurrentUser,
  type FrameworkAdminView,
  type FrameworkContent,
  type FrameworkVersionView,
} from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { FrameworkAdmin } from './framework-admin';

const ID = '0b6a9a57-2b1d-4c55-9a43-5d0c1e7f0a11';
const admin: CurrentUser = {
  id: '6e2d3c4b-1111-4222-8333-944455556666',
  email: 'admin@campus.example',
  name: 'Ada Admin',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: true,
  emailVerified: true,
  memberships: [],
};
const content: FrameworkContent = {
  sourceLocale: 'en',
  title: { en: 'Mobility readiness' },
  description: {},
  areas: [
    {
      key: 'strategy',
      title: { en: 'Strategy' },
      description: {},
      topic: 'strategy',
      statements: [{ key: 'strategy-1', text: { en: 'We have a strategy.' } }],
    },
  ],
};

function version(n: number, status: FrameworkVersionView['status'], c = content): FrameworkVersionView {
  return {
    id: `v${n}`,
    version: n,
    status,
    content: c,
    completeness: translationCompleteness(c),
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    publishedAt: status === 'draft' ? null : '2026-11-02T10:00:00Z',
  };
}

function view(versions: FrameworkVersionView[]): FrameworkAdminView {
  return {
    id: ID,
    slug: 'mobility-readiness',
    createdAt: '2026-11-01T10:00:00Z',
    versions,
    draftVersionId: versions.find((v) => v.status === 'draft')?.id ?? null,
    publishedVersionId: versions.find((v) => v.status === 'published')?.id ?? null,
  };
}

// Many interactions: under a loaded machine they outlast the 5 s default.
jest.setTimeout(20_000);

describe('FrameworkAdmin', () => {
  beforeEach(() => api.setSession({ accessToken: 't', expiresIn: 900, user: admin }));
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('saves an edit of the published version as a new draft, then publishes it after confirmation', async () => {
    let current = view([version(1, 'published')]);
    jest.spyOn(api, 'get').mockImplementation(() => Promise.resolve(current));
    const put = jest.spyOn(api, 'request').mockImplementation((_method, _path, options) => {
      const edited = (options?.body as { content: FrameworkContent }).content;
      current = view([version(2, 'draft', edited), version(1, 'published')]);
      return Promise.resolve(current);
    });
    const post = jest.spyOn(api, 'post').mockImplementation(() => {
      current = view([version(2, 'published', current.versions[0].content), version(1, 'retired')]);
      return Promise.resolve(current);
    });
    renderWithProviders(<FrameworkAdmin id={ID} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mobility readiness' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Version 1 is published and never changes. Saving your changes creates draft version 2.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await userEvent.clear(title);
    await userEvent.type(title, 'Mobility readiness of VET schools');
    await userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));

    expect(put).toHaveBeenCalledWith('PUT', `/admin/frameworks/${ID}/draft`, {
      body: { content: { ...content, title: { en: 'Mobility readiness of VET schools' } } },
    });
    expect(await screen.findByText('The draft was saved.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Publish version 2?' }));
    expect(
      dialog.getByText(
        'New rounds will use this version. Version 1 is retired; rounds already opened on it keep it.',
      ),
    ).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();
    await userEvent.click(dialog.getByRole('button', { name: 'Publish' }));

    expect(post).toHaveBeenCalledWith(`/admin/frameworks/${ID}/publish`);
    expect(await screen.findByText('The version was published.')).toBeInTheDocument();
    const history = within(screen.getByRole('table', { name: 'Versions of the framework, newest first' }));
    expect(history.getByRole('row', { name: /Version 2.*Published/ })).toBeInTheDocument();
    expect(history.getByRole('row', { name: /Version 1.*Retired/ })).toBeInTheDocument();
  });
});

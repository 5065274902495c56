import { screen } from '@testing-library/react';
import type { LessonResourceView } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { LessonResource } from './lesson-resource';

const template: LessonResourceView = {
  id: 'r1',
  available: true,
  kind: 'template',
  version: 3,
  title: 'Learning agreement template',
  summary: 'Fill it in before the mobility.',
  body: 'Agree the **outcomes** with the host school.',
  url: null,
  file: { id: 'f1', name: 'agreement.docx', contentType: 'x', size: 10, url: '/api/files/f1?sig=x' },
  licence: 'CC-BY-SA-4.0',
  locale: 'en',
  organisation: { id: 'o', name: 'Stadin ammattiopisto', country: 'FI' },
};

describe('LessonResource', () => {
  it("shows the resource's current version with its licence, author and download", () => {
    renderWithProviders(<LessonResource resource={template} />);
    expect(screen.getByText(/Stadin ammattiopisto · CC BY-SA 4.0/)).toBeVisible();
    expect(screen.getByText('outcomes')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download agreement.docx' })).toHaveAttribute(
      'href',
      '/api/files/f1?sig=x',
    );
    expect(screen.getByRole('link', { name: 'Open in the library' })).toHaveAttribute('href', '/library/r1');
  });

  it('says when the resource was withdrawn from the library', () => {
    renderWithProviders(<LessonResource resource={{ id: 'r1', available: false }} />);
    expect(screen.getByText('This library resource is no longer available.')).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

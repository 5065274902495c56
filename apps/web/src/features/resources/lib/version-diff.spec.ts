import type { ResourceVersionView } from '@campus/contracts';
import { versionChanges } from './version-diff';

const v1: ResourceVersionView = {
  id: 'v1',
  version: 1,
  status: 'published',
  title: 'Learning agreement template',
  summary: 'For job shadowing.',
  locale: 'en',
  topics: ['mobility', 'recognition'],
  audiences: ['teachers'],
  licence: 'CC-BY-4.0',
  body: '',
  url: null,
  file: { id: 'f1', name: 'agreement.docx', contentType: 'x', size: 10, url: '/f1' },
  changeNote: '',
  reviewNote: null,
  submittedAt: null,
  reviewedAt: null,
  publishedAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('versionChanges', () => {
  it('lists only the fields that differ, lists compared whatever their order, files by name', () => {
    const v2 = {
      ...v1,
      id: 'v2',
      version: 2,
      status: 'submitted' as const,
      topics: ['recognition', 'mobility'],
      licence: 'CC-BY-SA-4.0' as const,
      file: { ...v1.file!, id: 'f2', name: 'agreement-2027.docx' },
      changeNote: 'Updated for 2027',
    };
    expect(versionChanges(v1, v2)).toEqual([
      { field: 'licence', before: 'CC-BY-4.0', after: 'CC-BY-SA-4.0' },
      { field: 'file', before: 'agreement.docx', after: 'agreement-2027.docx' },
      { field: 'changeNote', before: '', after: 'Updated for 2027' },
    ]);
  });

  it('counts every filled field of a new resource as changed', () => {
    expect(versionChanges(null, v1).map((c) => c.field)).toEqual([
      'title',
      'summary',
      'locale',
      'topics',
      'audiences',
      'licence',
      'file',
    ]);
  });
});

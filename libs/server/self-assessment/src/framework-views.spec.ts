import { translationCompleteness, type FrameworkContent } from '@campus/contracts';
import { localizedVersion, publishedSummary } from './framework-views';

const content: FrameworkContent = {
  sourceLocale: 'de',
  title: { de: 'Internationalisierung', sv: 'Internationalisering' },
  description: {},
  areas: [
    {
      key: 'partnerships',
      title: { de: 'Partnerschaften', sv: 'Partnerskap' },
      description: { de: 'Wie die Schule Partner findet.' },
      topic: 'partnerships',
      statements: [
        { key: 'partnerships-1', text: { de: 'Wir haben feste Partner.', sv: 'Vi har fasta partner.' } },
        { key: 'partnerships-2', text: { de: 'Verträge sind unterschrieben.' } },
      ],
    },
  ],
};

describe('framework views', () => {
  it('gives every text in the asked language, else in the source language', () => {
    const view = localizedVersion(
      { id: 'f', slug: 'demo' },
      { id: 'v', version: 3, status: 'retired', content },
      'sv',
    );
    expect(view).toMatchObject({
      status: 'retired',
      locale: 'sv',
      sourceLocale: 'de',
      title: 'Internationalisering',
    });
    expect(view.description).toBe('');
    expect(view.areas[0]).toEqual({
      key: 'partnerships',
      title: 'Partnerskap',
      description: 'Wie die Schule Partner findet.',
      topic: 'partnerships',
      statements: [
        { key: 'partnerships-1', text: 'Vi har fasta partner.' },
        { key: 'partnerships-2', text: 'Verträge sind unterschrieben.' },
      ],
    });
    expect(publishedSummary(view).areas).toEqual([{ key: 'partnerships', title: 'Partnerskap' }]);
  });

  it('counts only texts the source language has, per language', () => {
    const { total, byLocale } = translationCompleteness(content);
    expect(total).toBe(5);
    expect(byLocale.find((c) => c.locale === 'de')?.translated).toBe(5);
    expect(byLocale.find((c) => c.locale === 'sv')?.translated).toBe(3);
    expect(byLocale.find((c) => c.locale === 'en')?.translated).toBe(0);
    expect(byLocale).toHaveLength(8);
  });

  it('refuses stored content the schema does not describe', () => {
    expect(() =>
      localizedVersion(
        { id: 'f', slug: 'demo' },
        { id: 'v', version: 1, status: 'published', content: {} },
        'en',
      ),
    ).toThrow();
  });
});

import { FrameworkContent, LOCALES, type Translations } from '@campus/contracts';
import { SHIPPED_FRAMEWORK_CONTENT, SHIPPED_FRAMEWORK_SLUG } from './index';

/** Every text of the content with a readable path, for the per-language checks. */
function allTexts(): [string, Translations][] {
  const c = SHIPPED_FRAMEWORK_CONTENT;
  return [
    ['title', c.title],
    ['description', c.description],
    ...c.areas.flatMap((a): [string, Translations][] => [
      [`${a.key}.title`, a.title],
      [`${a.key}.description`, a.description],
      ...a.statements.map((s): [string, Translations] => [s.key, s.text]),
    ]),
  ];
}

describe('the shipped framework', () => {
  it('is valid framework content under its fixed slug', () => {
    expect(SHIPPED_FRAMEWORK_SLUG).toBe('vet-internationalisation');
    const parsed = FrameworkContent.safeParse(SHIPPED_FRAMEWORK_CONTENT);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data?.sourceLocale).toBe('en');
  });

  it('has the nine areas with the fixed keys and course topics, 4-6 statements each', () => {
    const areas = SHIPPED_FRAMEWORK_CONTENT.areas;
    expect(areas.map((a) => [a.key, a.topic])).toEqual([
      ['strategy-leadership', 'internationalisation strategy'],
      ['international-office', 'international office'],
      ['staff-competences', 'staff development'],
      ['partnerships', 'partnerships'],
      ['mobility-management', 'mobility'],
      ['curriculum-integration', 'curriculum'],
      ['recognition', 'recognition'],
      ['inclusion', 'inclusion'],
      ['communication-dissemination', 'dissemination'],
    ]);
    for (const area of areas) {
      expect(area.statements.length).toBeGreaterThanOrEqual(4);
      expect(area.statements.length).toBeLessThanOrEqual(6);
      for (const s of area.statements) expect(s.key.startsWith(`${area.key}-`)).toBe(true);
    }
  });

  it.each(LOCALES)('has every text in %s', (locale) => {
    const missing = allTexts()
      .filter(([, t]) => !t[locale]?.trim())
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('translates every text into %s', (locale) => {
    const copied = allTexts()
      .filter(([, t]) => t[locale] === t.en)
      .map(([path]) => path);
    expect(copied).toEqual([]);
  });

  it('writes Greek in Greek script', () => {
    for (const [path, t] of allTexts())
      expect([path, /[\u0370-\u03ff]/.test(t.el ?? '')]).toEqual([path, true]);
  });

  it('writes statements as first-person-plural facts in English', () => {
    const others = SHIPPED_FRAMEWORK_CONTENT.areas
      .flatMap((a) => a.statements)
      .filter((s) => !/\b(we|our)\b/i.test(s.text.en ?? ''))
      .map((s) => s.key);
    expect(others).toEqual([]);
  });
});

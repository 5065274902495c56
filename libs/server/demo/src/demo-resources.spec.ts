import { LOCALES, RESOURCE_KINDS, ResourceVersionFields } from '@campus/contracts';
import { DEMO_RESOURCES } from './demo-resources';
import { withoutLastSection } from './seed-demo-resources';

/** The shipped framework's area topics: a roadmap recommends library resources by them. */
const FRAMEWORK_TOPICS = [
  'internationalisation strategy',
  'international office',
  'staff development',
  'partnerships',
  'mobility',
  'curriculum',
  'recognition',
  'inclusion',
  'dissemination',
];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the demo library', () => {
  it('has at least 14 resources in all eight languages and of all four kinds', () => {
    expect(DEMO_RESOURCES.length).toBeGreaterThanOrEqual(14);
    expect(new Set(DEMO_RESOURCES.map((r) => r.locale))).toEqual(new Set(LOCALES));
    expect(new Set(DEMO_RESOURCES.map((r) => r.kind))).toEqual(new Set(RESOURCE_KINDS));
    expect(DEMO_RESOURCES.filter((r) => r.locale === 'en').length).toBeGreaterThanOrEqual(3);
  });

  it.each(DEMO_RESOURCES.map((r) => [r.title, r] as const))('%s is a valid version', (_, r) => {
    const parsed = ResourceVersionFields.safeParse(r);
    expect(parsed.error?.issues).toBeUndefined();
    expect(words(r.body)).toBeGreaterThanOrEqual(150);
    expect(words(r.body)).toBeLessThanOrEqual(500);
    expect(r.topics.every((t) => FRAMEWORK_TOPICS.includes(t))).toBe(true);
    expect(r.url === undefined).toBe(r.kind !== 'link');
  });

  it('links to the official European Commission pages', () => {
    expect(DEMO_RESOURCES.filter((r) => r.kind === 'link').map((r) => r.url)).toEqual(
      expect.arrayContaining([
        'https://erasmus-plus.ec.europa.eu/programme-guide',
        'https://europass.europa.eu',
      ]),
    );
  });

  it('gives some resources a history whose first version lacks the last section', () => {
    const withHistory = DEMO_RESOURCES.filter((r) => r.previous);
    expect(withHistory.length).toBeGreaterThanOrEqual(2);
    for (const r of withHistory) {
      const first = withoutLastSection(r.body);
      expect(first.length).toBeLessThan(r.body.length);
      expect(r.body.startsWith(first)).toBe(true);
    }
  });

  it('keeps titles unique, as the seed finds a resource by its title', () => {
    expect(new Set(DEMO_RESOURCES.map((r) => r.title)).size).toBe(DEMO_RESOURCES.length);
  });
});

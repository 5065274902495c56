import { moveItem } from './reorder';
import { suggestSlug } from './slug';

describe('moveItem', () => {
  it('moves an item up, down, and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
  });

  it('leaves the input untouched', () => {
    const items = ['a', 'b'];
    moveItem(items, 0, 1);
    expect(items).toEqual(['a', 'b']);
  });
});

describe('suggestSlug', () => {
  it('drops accents and joins words with single hyphens', () => {
    expect(suggestSlug('  Mobilità Erasmus+: guida per lo staff! ')).toBe(
      'mobilita-erasmus-guida-per-lo-staff',
    );
    expect(suggestSlug('Straße & Co.')).toBe('strasse-co');
  });

  it('keeps at most 80 characters and never ends with a hyphen', () => {
    const slug = suggestSlug(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

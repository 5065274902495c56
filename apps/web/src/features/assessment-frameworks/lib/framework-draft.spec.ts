import type { FrameworkContent } from '@campus/contracts';
import { addArea, addStatement, freeKey, missingTexts, moveArea, setText } from './framework-draft';

const content: FrameworkContent = {
  sourceLocale: 'it',
  title: { it: 'Prontezza', en: 'Readiness' },
  description: { it: 'Quanto è pronta la scuola.' },
  areas: [
    {
      key: 'area-1',
      title: { it: 'Strategia' },
      description: {},
      topic: 'strategy',
      statements: [{ key: 'area-1-1', text: { it: 'Abbiamo una strategia.', en: 'We have a strategy.' } }],
    },
  ],
};

describe('framework draft operations', () => {
  it('picks the first free key across areas and statements', () => {
    expect(freeKey(content, 'area')).toBe('area-2');
    expect(freeKey(content, 'area-1')).toBe('area-1-2');
    const grown = addStatement(addArea(content), 0);
    expect(grown.areas.map((a) => [a.key, a.statements.map((s) => s.key)])).toEqual([
      ['area-1', ['area-1-1', 'area-1-2']],
      ['area-2', ['area-2-1']],
    ]);
  });

  it('counts missing translations only for texts the source language has; optional source texts are not missing', () => {
    expect(missingTexts(content, 'en').map((p) => p.kind)).toEqual(['description', 'areaTitle']);
    expect(missingTexts(content, 'it')).toEqual([]);
    expect(missingTexts(addArea(content), 'it').map((p) => p.kind)).toEqual(['areaTitle', 'statement']);
  });

  it('removes an emptied text, so it reads as missing and falls back to the source', () => {
    const cleared = setText(content, { kind: 'statement', area: 0, statement: 0 }, 'en', '');
    expect(cleared.areas[0].statements[0].text).toEqual({ it: 'Abbiamo una strategia.' });
    expect(content.areas[0].statements[0].text.en).toBe('We have a strategy.');
  });

  it('leaves the order alone when a move would leave the list', () => {
    expect(moveArea(content, 0, -1).areas.map((a) => a.key)).toEqual(['area-1']);
  });
});

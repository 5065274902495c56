import { radarPoint, radarPolygonPoints, radarSeries } from './radar-geometry';
import type { RoundResultsView } from './self-assessment';

const labels = {
  overall: 'Overall',
  group: (g: string) => `group ${g}`,
  earlier: (title: string) => `earlier ${title}`,
  peers: 'Median',
};

function view(overrides: Partial<RoundResultsView> = {}): RoundResultsView {
  const area = (key: string, score: number | null, teachers: number | null) => ({
    key,
    title: key,
    topic: key,
    score,
    byGroup: { teachers, leaders: null },
    spread: null,
    earlier: [
      { roundId: 'r0', title: '2024', closedAt: '2024-06-01T00:00:00.000Z', score: 1 },
      { roundId: 'r1', title: '2025', closedAt: '2025-06-01T00:00:00.000Z', score: 2 },
    ],
    peerMedian: 3,
    statements: [],
  });
  return {
    roundId: 'r2',
    title: '2026',
    status: 'closed',
    closedAt: '2026-06-01T00:00:00.000Z',
    organisationName: 'School',
    locale: 'en',
    framework: { id: 'f', slug: 'f', versionId: 'v', version: 1, title: 'F' },
    minGroupSize: 3,
    respondents: {
      total: 5,
      byGroup: [
        { group: 'leaders', count: 1, shown: false },
        { group: 'teachers', count: 4, shown: true },
      ],
    },
    areas: [area('a', 4, 4), area('b', 2.5, 3), area('c', null, null), area('d', 5, 5)],
    customQuestions: [],
    peers: { schools: 5, shown: true },
    ...overrides,
  };
}

describe('radar geometry', () => {
  it('puts the first axis up and the others clockwise, scaled to 5', () => {
    expect(radarPoint(0, 4, 5, 100, 200, 200)).toEqual({ x: 200, y: 100 });
    expect(radarPoint(1, 4, 5, 100, 200, 200)).toEqual({ x: 300, y: 200 });
    expect(radarPoint(2, 4, 2.5, 100, 200, 200)).toEqual({ x: 200, y: 250 });
    expect(radarPoint(3, 4, 1, 100, 200, 200)).toEqual({ x: 180, y: 200 });
  });

  it('puts a hidden value at the centre and keeps values on the scale', () => {
    expect(radarPoint(1, 4, null, 100, 200, 200)).toEqual({ x: 200, y: 200 });
    expect(radarPoint(0, 4, 7, 100, 200, 200)).toEqual({ x: 200, y: 100 });
    expect(radarPoint(0, 4, -1, 100, 200, 200)).toEqual({ x: 200, y: 200 });
  });

  it('places an axis label beyond the outer ring through a larger radius', () => {
    expect(radarPoint(1, 4, 5, 100 * 1.1, 200, 200)).toEqual({ x: 310, y: 200 });
  });

  it('writes a polygon as SVG points', () => {
    expect(radarPolygonPoints([5, 5, null, 2.5], 100, 0, 0)).toBe('0,-100 100,0 0,0 -50,0');
  });

  it('draws overall, shown groups only, the latest earlier round and the peer median', () => {
    const series = radarSeries(view(), labels);
    expect(series.map((s) => s.label)).toEqual(['Overall', 'group teachers', 'earlier 2025', 'Median']);
    expect(series[0].values).toEqual([4, 2.5, null, 5]);
    expect(series[2].values).toEqual([2, 2, 2, 2]);
  });

  it('leaves out the peer median while hidden and series with nothing shown', () => {
    const hidden = view({
      peers: { schools: 2, shown: false },
      areas: view().areas.map((a) => ({ ...a, score: null, earlier: [], peerMedian: null })),
    });
    expect(radarSeries(hidden, labels).map((s) => s.key)).toEqual(['teachers']);
  });
});

import { cleanup, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { objectiveProgress } from '../lib/roadmap-progress';
import { IndicatorProgressView } from './indicator-progress';

describe('IndicatorProgressView', () => {
  afterEach(cleanup);

  it("shows baseline, target and the latest round's score, and a bar of the way between them", () => {
    const progress = objectiveProgress(
      { indicatorKind: 'area_score', baseline: 2, target: 3.5, currentValue: null },
      3,
    );
    renderWithProviders(<IndicatorProgressView title="Recognition" kind="area_score" progress={progress} />);
    expect(screen.getByText('Baseline 2 · target 3.5 · now 3')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Progress of "Recognition"' });
    expect(bar.getAttribute('aria-valuenow')).toBe('67');
    expect(bar.getAttribute('aria-valuetext')).toBe('67% of the way');
  });

  it('says an area score waits for the next round instead of showing an empty bar', () => {
    const progress = objectiveProgress(
      { indicatorKind: 'area_score', baseline: 2, target: 3, currentValue: null },
      null,
    );
    renderWithProviders(<IndicatorProgressView title="Recognition" kind="area_score" progress={progress} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText("Measured when the school's next self-assessment round closes.")).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { buildOutreachChart } from '../../../src/charts/outreach/outreach';
import type { ChartBuildOptions } from '../../../src/charts/types';
import { chartPicture } from '../../../src/components/chart-export-actions';
import { chartToSvg } from '../../../src/export/chart-image';
import { exportImageWidth } from '../../../src/export/export-paper';
import { buildDashboardModel, buildProvenanceIndex } from '../../../src/model';
import { printableBox } from '../../../src/print/paper';
import { fiveTownships } from '../../fixtures/model/synth';

describe('the exported chart picture', () => {
  const dataset = fiveTownships();
  const model = buildDashboardModel(dataset);
  const events = model.outreach[0];
  if (!events) throw new Error('fixture has outreach');
  const build = (options: ChartBuildOptions) => buildOutreachChart(events, options);

  it('is the A4 landscape picture, with its title, footnotes and sources line', () => {
    const { spec, size } = chartPicture(build, buildProvenanceIndex(dataset));
    expect(size.width).toBe(exportImageWidth());
    expect(size.width).toBe(printableBox('landscape').widthPx);
    expect(size.height).toBe(spec.height);
    expect(size.footnotes.slice(0, spec.footnotes.length)).toEqual(spec.footnotes);
    expect(size.footnotes.at(-1)).toMatch(/^来源：.*；数据：metrics\.csv 第/);
    const svg = chartToSvg(spec.option, size);
    expect(svg).toContain(`>${spec.title}<`);
    expect(svg).toContain('来源：');
  });

  it('has no sources line while the data are still loading', () => {
    const { spec, size } = chartPicture(build, null);
    expect(size.footnotes).toEqual(spec.footnotes);
  });
});

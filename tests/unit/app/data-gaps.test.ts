// Which views can be shown when a data file gave nothing, and the hint beside
// the problems list: never "其余数据正常显示" after a whole-file failure.
import { describe, expect, it } from 'vitest';
import { blockingFiles, nothingCanBeShown, problemsHint } from '../../../src/app/data-gaps';
import type { UnusableFile } from '../../../src/data';

const gone = (...files: UnusableFile['file'][]): UnusableFile[] => files.map((file) => ({ file, reason: '只有表头，没有数据行。' }));

describe('data gaps', () => {
  it('a missing townships.csv blocks every township view, not the extraction page', () => {
    const unusable = gone('townships.csv');
    expect(nothingCanBeShown(unusable)).toBe(true);
    for (const view of ['overview', 'outreach', 'disputes', 'shortcomings', 'brief'] as const) {
      expect(blockingFiles(view, unusable).map((u) => u.file), view).toEqual(['townships.csv']);
    }
    expect(blockingFiles('extract', unusable)).toEqual([]);
    expect(problemsHint(unusable, [])).toContain('页面上没有可显示的数据');
    expect(problemsHint(unusable, [])).not.toContain('正常显示');
  });

  it('an empty metrics.csv blocks the views of figures; the shortcomings view still shows', () => {
    const unusable = gone('metrics.csv');
    expect(nothingCanBeShown(unusable)).toBe(false);
    expect(blockingFiles('outreach', unusable)).toHaveLength(1);
    expect(blockingFiles('disputes', unusable)).toHaveLength(1);
    expect(blockingFiles('overview', unusable)).toHaveLength(1);
    expect(blockingFiles('brief', unusable)).toHaveLength(1);
    expect(blockingFiles('shortcomings', unusable)).toEqual([]);
    expect(problemsHint(unusable, [])).toMatch(/^metrics\.csv 无法使用/);
    expect(problemsHint(unusable, [])).not.toContain('其余数据正常显示');
  });

  it('the usual hint only when every file gave rows; a truncated file is named', () => {
    expect(problemsHint([], [])).toBe('有问题的行未计入图表，其余数据正常显示');
    expect(problemsHint([], ['metrics.csv'])).toContain('metrics.csv 超过文件大小上限');
  });
});

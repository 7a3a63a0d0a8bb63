import { describe, expect, it } from 'vitest';
import { buildBriefFindings } from '../../../src/brief';
import { buildDashboardModel } from '../../../src/model';
import { statesFixture } from '../../fixtures/model/states';

describe('brief findings and figure states', () => {
  const { dataset, notANumberLine, notInQuoteLine } = statesFixture();
  const findings = buildBriefFindings(buildDashboardModel(dataset, { years: [2024] }));
  const all = findings.map((f) => f.text).join('\n');

  it('never states a finding about a township without a report for the year', () => {
    expect(all).not.toContain('丙乡');
    for (const finding of findings) expect(finding.silentRowKeys).not.toContain('gamma:2024');
  });

  it('does not call a rejected figure 未报告, and names it 数据有误 with its file and line', () => {
    const missing = findings.filter((f) => f.kind === 'missing').map((f) => f.text).join('');
    expect(missing).not.toMatch(/乙镇[^；。]*未报告普法宣传活动/);
    const errors = findings.find((f) => f.kind === 'data_error');
    expect(errors?.text).toContain('乙镇的普法宣传活动数据有误，未能使用');
    expect(errors?.text).toContain('甲乡的普法宣传活动合计不完整');
    expect(errors?.text).toContain(`metrics.csv 第${notANumberLine}行`);
    expect(errors?.text).toContain(`metrics.csv 第${notInQuoteLine}行`);
  });

  it('reads an incomplete total with its note wherever it states the figure', () => {
    const leader = findings.find((f) => f.id === 'leader:outreach_events');
    expect(leader?.text).toContain('≥25次，另有1项数据有误');
  });

  it('does not list an incomplete total of exact parts among the report\'s lower bounds', async () => {
    const { buildDataset } = await import('../../../src/data/index');
    const { appendLine, fixtureFiles, fixtureText, replaceLine } = await import('../data/helpers');
    // 乙镇's reach: 800 (exact) + 约12000 + a rejected row → ≥, but not because the report says 余.
    const metrics = appendLine(
      replaceLine(fixtureText('metrics.csv'), 7, 'beta,2024,outreach_reach,覆盖群众,800,人次,exact,覆盖群众 800 余人次,'),
      'beta,2024,outreach_reach,线上,x,人次,exact,线上,',
    );
    const model = buildDashboardModel(buildDataset(fixtureFiles({ metrics })), { years: [2024] });
    const reach = model.outreach.find((c) => c.metric === 'outreach_reach')!;
    expect(reach.totals.find((t) => t.townshipId === 'beta')!.figure).toMatchObject({ bound: 'at_least' });
    const texts = buildBriefFindings(model);
    expect(texts.find((f) => f.kind === 'lower_bounds')?.text).toContain('普法受众——甲乡；');
    expect(texts.find((f) => f.kind === 'data_error')?.text).toContain('乙镇的普法受众合计不完整');
  });
});

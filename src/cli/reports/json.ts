/** The machine-readable report: every finding, the remediations applied, the exemptions in force and the counts. */
import { Report } from '../../core/report';
import { BaselineComparison } from '../baseline';
import { exemptionsInForce, resourceKey } from './exemptions';
import { findingFix, fixEngineOf } from './finding-fix';
import { runSummary } from './run-summary';

/** With `baseline`: each finding it compares carries its `baselineState`, and `baseline` lists the fixed ones. */
export function renderJson(report: Report, baseline?: BaselineComparison): string {
  const body = {
    tool: 'marketplace-guardrails',
    ...runSummary(report),
    // Whose words each finding's `fix` is in: pulumi, cdk or cloudformation.
    fixEngine: fixEngineOf(report),
    // Each finding with where its resource is defined (as text and SARIF show it), when that is known.
    findings: report.findings.map((f) => {
      const location = report.locations.byKey[resourceKey(f)] ?? report.locations.default;
      const baselineState = baseline?.stateOf(f);
      const fix = findingFix(report, f);
      return { ...f, ...(location ? { location } : {}), ...(baselineState ? { baselineState } : {}), ...(fix ? { fix } : {}) };
    }),
    remediations: report.remediations,
    exemptions: exemptionsInForce(report),
    ...(baseline ? { baseline: { file: baseline.file, fixed: baseline.fixed } } : {}),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

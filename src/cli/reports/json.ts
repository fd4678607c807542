/** The machine-readable report: every finding, the remediations applied, the exemptions in force and the counts. */
import { Report } from '../../core/report';
import { exemptionsInForce, resourceKey } from './exemptions';
import { runSummary } from './run-summary';

export function renderJson(report: Report): string {
  const body = {
    tool: 'marketplace-guardrails',
    ...runSummary(report),
    // Each finding with where its resource is defined (as text and SARIF show it), when that is known.
    findings: report.findings.map((f) => {
      const location = report.locations.byKey[resourceKey(f)] ?? report.locations.default;
      return location ? { ...f, location } : f;
    }),
    remediations: report.remediations,
    exemptions: exemptionsInForce(report),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

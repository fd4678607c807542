/** The machine-readable report: every finding, the remediations applied, the exemptions in force and the counts. */
import { Report } from '../../core/report';
import { exemptionsInForce } from './exemptions';
import { runSummary } from './run-summary';

export function renderJson(report: Report): string {
  const body = {
    tool: 'marketplace-guardrails',
    ...runSummary(report),
    findings: report.findings,
    remediations: report.remediations,
    exemptions: exemptionsInForce(report),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** The machine-readable report: every finding, the remediations applied and the counts. */
import { summarize } from '../../core/findings';
import { Report } from '../../core/report';

export function renderJson(report: Report): string {
  const body = {
    tool: 'marketplace-guardrails',
    engine: report.engine,
    project: report.project,
    stack: report.stack,
    source: report.source,
    resources: report.resources,
    summary: summarize(report.findings),
    findings: report.findings,
    remediations: report.remediations,
  };
  return JSON.stringify(body, null, 2) + '\n';
}

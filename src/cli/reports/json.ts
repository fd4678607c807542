/** The machine-readable report: every finding, the remediations applied and the counts. */
import { summarize } from '../../core/findings';
import { PreviewReport } from '../../pulumi/preview';

export function renderJson(report: PreviewReport): string {
  const body = {
    tool: 'marketplace-guardrails',
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

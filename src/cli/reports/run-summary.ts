/** What a run was and what it found, in the words every machine-readable report uses. */
import { Summary, summarize } from '../../core/findings';
import { Report } from '../../core/report';

export interface RunSummary {
  engine: Report['engine'];
  project: string;
  stack: string;
  source: string;
  resources: number;
  summary: Summary;
}

export function runSummary(report: Report): RunSummary {
  return {
    engine: report.engine,
    project: report.project,
    stack: report.stack,
    source: report.source,
    resources: report.resources,
    summary: summarize(report.findings),
  };
}

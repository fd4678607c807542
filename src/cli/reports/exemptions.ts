/**
 * The exemptions in force in a run, as every report lists them: audit evidence for a marketplace
 * security review. An exemption is in force when it turned a finding into `exempt`; one past its
 * `until` date no longer does, so its finding shows as a fail again and the exemption is not listed.
 */
import { Finding } from '../../core/findings';
import { Report } from '../../core/report';

export interface ExemptionInForce {
  requirement: string;
  resource: { type: string; name: string; key?: string };
  reason: string;
  until?: string;
}

export function exemptionsInForce(report: Pick<Report, 'findings'>): ExemptionInForce[] {
  const seen = new Map<string, ExemptionInForce>();
  for (const f of report.findings) {
    if (f.status !== 'exempt' || !f.exemption) continue;
    const id = `${f.requirement}\u0000${f.resource.key ?? f.resource.name}\u0000${f.exemption.reason}`;
    if (seen.has(id)) continue;
    const entry: ExemptionInForce = { requirement: f.requirement, resource: f.resource, reason: f.exemption.reason };
    if (f.exemption.until) entry.until = f.exemption.until;
    seen.set(id, entry);
  }
  return [...seen.values()].sort((a, b) => a.requirement.localeCompare(b.requirement) || a.resource.name.localeCompare(b.resource.name));
}

/** `TLS1 on cdn (aws:cloudfront/distribution:Distribution): reason, until 2027-03-31` */
export function exemptionLine(e: ExemptionInForce): string {
  return `${e.requirement} on ${e.resource.name} (${e.resource.type}): ${e.reason}${e.until ? `, until ${e.until}` : ''}`;
}

/** The key a finding's resource is known by in `Report.locations.byKey` and in grouped reports. */
export function resourceKey(f: Pick<Finding, 'resource'>): string {
  return f.resource.key ?? `${f.resource.type} ${f.resource.name}`;
}

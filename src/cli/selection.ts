/**
 * Which requirements a run reports: `--check IDS`, `--skip-check IDS` (comma-separated requirement
 * IDs, as Checkov's flags of the same names take check IDs) and `--marketplace NAME` (the requirements
 * that marketplace's documents state). The rest are reported as not checked in this run, like a
 * requirement the policy config disables: no report may call them met, and a baseline entry for one
 * is not "fixed".
 */
import { REQUIREMENTS } from '../catalog';
import { Report } from '../core/report';
import { UsageError } from './errors';
import { closestMatch } from './suggest';

export const MARKETPLACE_CHOICES = ['atlassian', 'miro', 'trello', 'all'] as const;
export type MarketplaceChoice = (typeof MARKETPLACE_CHOICES)[number];

export interface SelectionFlags {
  check?: string;
  skipCheck?: string;
  marketplace?: MarketplaceChoice;
}

const IDS = REQUIREMENTS.map((r) => r.id);

/** `TLS1,net1` -> `['TLS1', 'NET1']`; an ID the catalog does not have is one line, exit code 2. */
export function requirementIdsOf(flag: string, value: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new UsageError(`${flag} ${value}: an empty requirement ID (write IDs separated by commas, e.g. TLS1,NET1)`);
  return items.map((item) => {
    const id = IDS.find((known) => known.toLowerCase() === item.toLowerCase());
    if (id) return id;
    const near = closestMatch(item, IDS);
    throw new UsageError(`${flag}: ${item} is not a requirement ID${near ? ` (did you mean ${near}?)` : ''}; \`marketplace-guardrails requirements\` lists them`);
  });
}

/** The requirement IDs the flags select, or undefined when they select every requirement. */
export function selectedRequirements(flags: SelectionFlags): Set<string> | undefined {
  if (flags.check === undefined && flags.skipCheck === undefined && (flags.marketplace === undefined || flags.marketplace === 'all')) return undefined;
  let selected = new Set(flags.check === undefined ? IDS : requirementIdsOf('--check', flags.check));
  if (flags.skipCheck !== undefined) for (const id of requirementIdsOf('--skip-check', flags.skipCheck)) selected.delete(id);
  const marketplace = flags.marketplace;
  if (marketplace !== undefined && marketplace !== 'all') {
    const stated = new Set(REQUIREMENTS.filter((r) => r.sources.some((s) => s.marketplace === marketplace)).map((r) => r.id));
    selected = new Set([...selected].filter((id) => stated.has(id)));
  }
  if (selected.size === 0) throw new UsageError('--check, --skip-check and --marketplace leave no requirement to check');
  return selected;
}

/** The report with only the selected requirements' findings; the others count as not checked. */
export function selectRequirements(report: Report, selected: ReadonlySet<string> | undefined): Report {
  if (!selected) return report;
  const unchecked = IDS.filter((id) => !selected.has(id));
  return {
    ...report,
    findings: report.findings.filter((f) => selected.has(f.requirement)),
    disabled: [...new Set([...(report.disabled ?? []), ...unchecked])],
  };
}

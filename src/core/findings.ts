import { Enforcement } from '../catalog/types';

export type FindingStatus = 'pass' | 'fail' | 'unknown' | 'error' | 'exempt' | 'not-applicable';

export interface FindingResource {
  type: string;
  name: string;
  /** Pulumi URN or CloudFormation logical ID; absent for findings about the whole stack. */
  key?: string;
}

export interface Finding {
  requirement: string;
  status: FindingStatus;
  enforcement: Enforcement;
  resource: FindingResource;
  message: string;
  /**
   * Tells several findings of one requirement on one resource apart, in the rules' (Pulumi-shaped) names:
   * acknowledgement IDs and baseline fingerprints are built from it, so it is the same for both engines.
   */
  detail?: string;
  /** The detail as the user's engine names it (a template path for CloudFormation), for reports to show. */
  shownDetail?: string;
  /** Set when an exemption turned a fail or unknown into `exempt`. */
  exemption?: { reason: string; until?: string };
}

/** The detail a report shows. */
export function detailShown(f: Finding): string | undefined {
  return f.shownDetail ?? f.detail;
}

/** The stand-in resource for findings about the stack as a whole. */
export const STACK_RESOURCE: FindingResource = { type: 'stack', name: 'stack' };

export interface Summary {
  fail: { mandatory: number; advisory: number };
  unknown: number;
  error: number;
  exempt: number;
  pass: number;
  notApplicable: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { fail: { mandatory: 0, advisory: 0 }, unknown: 0, error: 0, exempt: 0, pass: 0, notApplicable: 0 };
  for (const f of findings) {
    if (f.status === 'fail') s.fail[f.enforcement]++;
    else if (f.status === 'unknown') s.unknown++;
    else if (f.status === 'error') s.error++;
    else if (f.status === 'exempt') s.exempt++;
    else if (f.status === 'pass') s.pass++;
    else s.notApplicable++;
  }
  return s;
}

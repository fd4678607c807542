/**
 * One check run as every report format sees it, whichever engine produced it: a Pulumi program or
 * stack export (`preview`) or CloudFormation templates (`scan`).
 */
import { FixEngine } from '../catalog/fix-for';
import { Finding } from './findings';

export interface SourceLocation {
  file: string;
  /** 1-based; absent when only the file is known (a Pulumi program's entry file). */
  line?: number;
  column?: number;
}

export interface Remediation {
  requirement: string;
  policyName: string;
  resource: { type: string; name: string; key: string };
  description: string;
}

export interface Report {
  engine: 'pulumi' | 'cloudformation';
  /** Whose words a finding's fix is in: `cdk` for a cdk.out, `cloudformation` for a template; absent: the engine's own (Pulumi for `preview`). */
  fixEngine?: FixEngine;
  /** Pulumi project, or the template's (or cdk.out's) name. */
  project: string;
  /** Pulumi stack, or the CloudFormation stack name (template file name without extension). */
  stack: string;
  /** What was checked: the program directory, stack export, template file or cdk.out directory. */
  source: string;
  /** Resources checked. */
  resources: number;
  findings: Finding[];
  remediations: Remediation[];
  /**
   * Resources checked, by engine type (Pulumi type token or CloudFormation type). The compliance
   * report uses it to tell a requirement with nothing to fix (met) from one with nothing to check
   * (not applicable) when the engine reports violations only, as the Pulumi pack does.
   */
  resourceTypes?: Record<string, number>;
  /** Requirements the run's configuration disabled: no report may call them met. */
  disabled?: string[];
  /** The policy config file the run read (path as given or found) and the SHA-256 of its content: evidence on the compliance page. */
  policyConfig?: { file: string; sha256: string };
  /** Where each resource is defined, by `Finding.resource.key`; `default` for resources without their own position. */
  locations: { byKey: Record<string, SourceLocation>; default?: SourceLocation };
}

/**
 * The fix a finding shows: in its engine's words (Pulumi code for Pulumi users, a CDK snippet for CDK
 * and CloudFormation users), and for the kind of resource judged where the catalog has one for it.
 */
import { Kind, kindOfCfnType, kindOfPulumiType } from '../facts/kinds';
import { Requirement } from './types';

export type FixEngine = 'pulumi' | 'cdk';

/** The fix of `requirement` for a resource of engine type `type` (`AWS::Logs::LogGroup`, `aws:cloudwatch/logGroup:LogGroup`). */
export function fixFor(requirement: Requirement, type: string, engine: FixEngine): string {
  const kind: Kind | undefined = kindOfCfnType(type) ?? kindOfPulumiType(type);
  return (kind && requirement.fix.byKind?.[kind]?.[engine]) ?? requirement.fix[engine];
}

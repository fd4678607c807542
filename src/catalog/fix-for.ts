/**
 * The fix a finding shows: in its engine's words (Pulumi code for Pulumi users, a CDK snippet for a
 * cdk.out, the template's properties for a plain CloudFormation template), and for the kind of
 * resource judged where the catalog has one for it.
 */
import { PARAMETER_TYPE } from '../cfn/parameters';
import { Kind, kindOfCfnType, kindOfPulumiType } from '../facts/kinds';
import { EngineFix, Requirement } from './types';

export type FixEngine = keyof EngineFix;
export const FIX_ENGINES: readonly FixEngine[] = ['pulumi', 'cdk', 'cloudformation'];

/** The fix of `requirement` for a resource of engine type `type` (`AWS::Logs::LogGroup`, `aws:cloudwatch/logGroup:LogGroup`). */
export function fixFor(requirement: Requirement, type: string, engine: FixEngine): string {
  // A template's Parameters entry is a fact of its own with no resource type (src/cfn/parameters.ts).
  const kind: Kind | undefined = type === PARAMETER_TYPE ? 'cloudformation:Parameter' : (kindOfCfnType(type) ?? kindOfPulumiType(type));
  return (kind && requirement.fix.byKind?.[kind]?.[engine]) ?? requirement.fix[engine];
}

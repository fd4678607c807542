/**
 * The fix each report shows under a finding: the catalog's fix for the requirement, in the words of
 * the engine the user writes (Pulumi for `preview`, CDK for a cdk.out, the template's properties for a
 * plain template) and for the kind of resource judged.
 */
import { isRequirementId, requirement } from '../../catalog';
import { FixEngine, fixFor } from '../../catalog/fix-for';
import { Finding } from '../../core/findings';
import { Report } from '../../core/report';

export const FIX_ENGINE_NAME: Record<FixEngine, string> = { pulumi: 'Pulumi', cdk: 'CDK', cloudformation: 'CloudFormation' };

/** The language of a fix's snippet, as Markdown code fences name it. */
export const FIX_LANGUAGE: Record<FixEngine, string> = { pulumi: 'ts', cdk: 'ts', cloudformation: 'yaml' };

export function fixEngineOf(report: Report): FixEngine {
  return report.fixEngine ?? (report.engine === 'pulumi' ? 'pulumi' : 'cloudformation');
}

/** A fail has a fix to apply; an unknown one to check against. An error, a pass, an exempt or not-applicable result has none to show. */
const WITH_FIX: ReadonlySet<Finding['status']> = new Set<Finding['status']>(['fail', 'unknown']);

export function findingFix(report: Report, f: Finding): string | undefined {
  if (!WITH_FIX.has(f.status) || !isRequirementId(f.requirement)) return undefined;
  return fixFor(requirement(f.requirement), f.resource.type, fixEngineOf(report));
}

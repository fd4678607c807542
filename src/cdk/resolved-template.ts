/**
 * The CloudFormation template of one CDK stack as CDK itself writes it: every CloudFormation element of
 * the stack (resources, parameters, conditions, mappings...) rendered with `_toCloudFormation()` and
 * resolved by the stack, the way `Stack._toCloudFormation` does at synth. Rendering the elements (not
 * reading the L1 props) is what makes escape-hatch edits visible: `addPropertyOverride`,
 * `addOverride` and `cfnOptions` are applied by `_toCloudFormation()`, not stored in the props.
 */
import { CfnElement, CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The elements that belong to this stack's own template: nested stacks write templates of their own. */
export function elementsOf(stack: Stack): CfnElement[] {
  const out: CfnElement[] = [];
  const visit = (c: IConstruct) => {
    if (CfnElement.isCfnElement(c)) out.push(c);
    for (const child of c.node.children) if (!Stack.isStack(child)) visit(child);
  };
  visit(stack);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ResolvedTemplate {
  template: Record<string, unknown>;
  /** The stack's CloudFormation resources, in construct-tree order. */
  resources: CfnResource[];
}

/** The stack's template, sections merged from each element's fragment (a logical ID appears once per section). */
export function resolvedTemplate(stack: Stack): ResolvedTemplate {
  const template: Record<string, Record<string, unknown>> = {};
  const resources: CfnResource[] = [];
  for (const element of elementsOf(stack)) {
    if (CfnResource.isCfnResource(element)) resources.push(element);
    const fragment: unknown = stack.resolve(element._toCloudFormation());
    if (!isRecord(fragment)) continue;
    for (const [section, entries] of Object.entries(fragment)) {
      if (!isRecord(entries)) continue;
      Object.assign((template[section] ??= {}), entries);
    }
  }
  template.Resources ??= {};
  // The resolved fragments keep unset properties as `undefined` keys; the written template has no such
  // keys, and the adapter must see what CloudFormation will see (`{DbClusterIdentifier: undefined}` is
  // no cluster). A JSON round trip is exactly what synth writes.
  return { template: JSON.parse(JSON.stringify(template)) as Record<string, unknown>, resources };
}

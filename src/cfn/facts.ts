/**
 * CloudFormation templates to facts: one index per template. Intrinsics are resolved first
 * (intrinsics.ts); each resource is then renamed into the Pulumi input shape of its kind
 * (mappings/), so the same rules judge both engines. Resources whose `Condition` is false are not
 * created and so not checked.
 */
import { Fact, StackFacts } from '../core/facts';
import { kindOfCfnType } from '../facts/kinds';
import { quotedIdsOf } from '../facts/quoted-ids';
import { TemplateContext, identityText, resolveProperties, resourceCondition } from './intrinsics';
import { mappingOf } from './mappings';
import { TemplateSource } from './template-source';

export interface TemplateResource {
  logicalId: string;
  type: string;
  metadata: Record<string, unknown>;
}

export interface TemplateFacts {
  stack: StackFacts;
  /** Every resource of the template that is created (checked kinds or not), for counts and exemptions. */
  resources: TemplateResource[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function contextOf(template: Record<string, unknown>): TemplateContext {
  const section = (name: string) => (isRecord(template[name]) ? (template[name] as Record<string, unknown>) : {});
  return {
    parameters: section('Parameters'),
    resources: section('Resources') as TemplateContext['resources'],
    mappings: section('Mappings'),
    conditions: section('Conditions'),
  };
}

export function factsFromTemplate(source: TemplateSource): TemplateFacts {
  const ctx: TemplateContext = { ...contextOf(source.template), quoted: new Set() };
  const facts: Fact[] = [];
  const resources: TemplateResource[] = [];
  for (const [logicalId, entry] of Object.entries(ctx.resources)) {
    const raw: unknown = entry;
    if (!isRecord(raw) || typeof raw.Type !== 'string') continue;
    // A resource whose condition cannot be evaluated may be created: check it.
    if (resourceCondition(raw.Condition, ctx) === false) continue;
    resources.push({ logicalId, type: raw.Type, metadata: isRecord(raw.Metadata) ? raw.Metadata : {} });
    const kind = kindOfCfnType(raw.Type);
    if (!kind) continue;
    const props = resolveProperties(raw.Properties, ctx);
    mappingOf(raw.Type)({ logicalId, type: raw.Type, props, template: ctx }).forEach((mapped, i) => {
      const fact: Fact = {
        key: i === 0 ? logicalId : `${logicalId}#${mapped.suffix ?? i}`,
        kind: mapped.kind ?? kind,
        type: raw.Type as string,
        name: logicalId,
        props: mapped.props,
      };
      if (i === 0) fact.ids = [`{${logicalId}}`, identityText(ctx, logicalId), identityText(ctx, logicalId, 'Arn'), ...quotedIdsOf(fact.kind, mapped.props)];
      facts.push(fact);
    });
  }
  // Strings quote a resource as `{LogicalId.Attr}` (Fn::Sub, Fn::Join): those texts, and only those, are
  // among their resource's ids, so the index holds what the template references, not every attribute.
  const byKey = new Map(facts.map((f) => [f.key, f]));
  for (const text of ctx.quoted ?? []) {
    const fact = byKey.get(text.slice(1, text.indexOf('.')));
    if (fact?.ids) fact.ids = [...fact.ids, text];
  }
  for (const fact of facts) if (fact.ids) fact.ids = [...new Set(fact.ids)];
  return { stack: new StackFacts(facts), resources };
}

/**
 * CloudFormation templates to facts: one index per template. Intrinsics are resolved first
 * (intrinsics.ts); each resource is then renamed into the Pulumi input shape of its kind
 * (mappings/), so the same rules judge both engines. Resources whose `Condition` is false are not
 * created and so not checked.
 *
 * A template whose values rest on choices open until deployment (conditions it cannot settle,
 * parameters with `AllowedValues`) becomes one stack of facts per combination of those choices
 * (conditions.ts), which the engine judges together (core/alternatives.ts).
 */
import { Alternative } from '../core/alternatives';
import { Fact, StackFacts } from '../core/facts';
import { isUnknown } from '../core/values';
import { kindOfCfnType } from '../facts/kinds';
import { quotedIdsOf } from '../facts/quoted-ids';
import { World, inEveryWorld, worldBudget } from './conditions';
import { TemplateContext, identityText, resolveProperties, resourceCondition } from './intrinsics';
import { mappingOf } from './mappings';
import { ParameterValues, parameterFacts, secretValues } from './parameters';
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
  /** Resources created only if a condition left open holds, with that text. */
  conditional: Map<string, string>;
}

export interface TemplateOptions {
  /** Parameter values the deployer supplies (`scan --parameters`). */
  parameters?: ParameterValues;
  /** The most combinations of open choices judged (default conditions.ts worldBudget). */
  maxWorlds?: number;
}

export interface TemplateAlternatives {
  alternatives: Alternative[];
  /** Every resource created in at least one alternative, in template order. */
  resources: TemplateResource[];
  /** Texts output must never carry (NoEcho parameter values). */
  secrets: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function contextOf(template: Record<string, unknown>, world?: World, supplied?: ParameterValues): TemplateContext {
  const section = (name: string) => (isRecord(template[name]) ? (template[name] as Record<string, unknown>) : {});
  return {
    parameters: section('Parameters'),
    resources: section('Resources') as TemplateContext['resources'],
    mappings: section('Mappings'),
    conditions: section('Conditions'),
    supplied,
    world,
  };
}

/**
 * The template's facts in one world. Without a world, every choice the template leaves open is
 * unknown (a condition it cannot settle is taken as possibly true).
 */
export function factsFromTemplate(source: TemplateSource, options: TemplateOptions = {}, world?: World): TemplateFacts {
  const ctx: TemplateContext = { ...contextOf(source.template, world, options.parameters), quoted: new Set() };
  const facts: Fact[] = [];
  const resources: TemplateResource[] = [];
  const conditional = new Map<string, string>();
  for (const [logicalId, entry] of Object.entries(ctx.resources)) {
    const raw: unknown = entry;
    if (!isRecord(raw) || typeof raw.Type !== 'string') continue;
    // A resource whose condition cannot be evaluated may be created: check it, saying so.
    const created = resourceCondition(raw.Condition, ctx);
    if (created === false) continue;
    if (isUnknown(created)) conditional.set(logicalId, `condition ${String(raw.Condition)} holds`);
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
  facts.push(...parameterFacts(ctx.parameters));
  return { stack: new StackFacts(facts), resources, conditional };
}

/** The template's facts in every combination of the choices it leaves open (at most `maxWorlds`). */
export function alternativesOfTemplate(source: TemplateSource, options: TemplateOptions = {}): TemplateAlternatives {
  const order = Object.keys(contextOf(source.template).resources);
  const runs = inEveryWorld((world) => factsFromTemplate(source, options, world), options.maxWorlds ?? worldBudget(order.length));
  const created = new Map<string, TemplateResource>();
  for (const { result } of runs) for (const r of result.resources) if (!created.has(r.logicalId)) created.set(r.logicalId, r);
  return {
    alternatives: runs.map(({ world, result }) => ({ assumptions: world.assumptions(), stack: result.stack, conditional: result.conditional })),
    resources: order.filter((id) => created.has(id)).map((id) => created.get(id) as TemplateResource),
    secrets: secretValues(contextOf(source.template).parameters, options.parameters),
  };
}

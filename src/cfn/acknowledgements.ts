/**
 * CDK acknowledgements (`Validations.of(construct).acknowledge({ id, reason })`) applied to findings, one
 * way for `MarketplaceChecks` (which reads them from the construct tree) and for `scan cdk.out` (which
 * reads them from the cloud assembly), so that CI and `cdk synth` give one verdict.
 *
 * What CDK records, read in aws-cdk-lib 2.276.0 (npm; the GitHub mirror of aws/aws-cdk is too large to
 * fetch here), core/lib/validation/validations.js `acknowledge` / `recordAcknowledgment`:
 * - `node.addMetadata('aws:cdk:acknowledged-rules', { [qualifiedId]: reason })` on the construct the call
 *   names, where `qualifiedId` is the ID with its namespace (validation/private/validation-id.js
 *   `normalizeValidationIdForAnnotations`): an ID without `::` becomes `Annotation::<id>` (`annotation::`
 *   before 2.262.1), spaces become `-`; `Marketplace::<id>` keeps the namespace given;
 * - a missing reason is stored as `undefined`, which the JSON of the cloud assembly drops (`{}`);
 * - the cloud assembly keeps a stack's construct metadata keyed by construct path (`/App/Bucket/Resource`)
 *   in the stack artifact's `metadata` or its `additionalMetadataFile` (`<Stack>.metadata.json`):
 *   stack-synthesizers/_shared.js `collectStackMetadata` collects the stack and every construct under it
 *   (NestedStacks included, other top-level stacks not). Acknowledgements on the App, a Stage or any
 *   construct above the stack are therefore recorded nowhere in `cdk.out`.
 *
 * How a plugin honours them, cdk-nag 3.0.2 lib/nag-pack.js `isAcknowledged` (npm; github:cdklabs/cdk-nag
 * src/nag-pack.ts at v3.0.1, 9c2d2cb5, the same but for `annotation::` stripped case-sensitively): the
 * exact rule ID (`Marketplace-HDR1[orderedCacheBehaviors[0]]`), `annotation::` stripped
 * case-insensitively, on the resource or any of its parents. Ours, in both engines:
 * - an acknowledgement on the resource or a parent up to its stack (the top-level stack: what the cloud
 *   assembly records); one above the stack is not honoured and the finding says why;
 * - the exact ID, or the ID without a part (`Marketplace-SEC4` covers every `Marketplace-SEC4[...]` of
 *   that resource); an unknown is acknowledged by its own `-Unknown` ID only, since acknowledging a
 *   failure is not accepting what could not be seen;
 * - a reason is required, as for every exemption (src/core/exemptions.ts): one without is not honoured
 *   and the finding says why;
 * - an acknowledged finding is `exempt`, with the acknowledgement's reason as the exemption's;
 *   a check that could not run (`error`) is never acknowledged away, as it is never exempted.
 * cdk-nag's `writeSuppressionsToCloudFormation` writes the acknowledgements a resource inherits into its
 * template Metadata (`cdk_nag.rules_to_suppress`): those are acknowledgements on the resource itself.
 */
import { Finding } from '../core/findings';
import { TemplateResource } from './facts';
import { NAG_RULE_PREFIX } from './metadata-exemptions';

export const ACKNOWLEDGED_RULES_METADATA_KEY = 'aws:cdk:acknowledged-rules';

export interface Acknowledgement {
  /** The rule ID as the pack reports it, namespace removed: `Marketplace-NET1`, `Marketplace-HDR1[...]`. */
  id: string;
  /** Absent or blank: recorded without a reason, so not honoured. */
  reason?: string;
  /** Where it was recorded: a construct path, or the template Metadata that holds it. */
  at: string;
  /** Recorded above the resource's stack, where the cloud assembly does not keep it. */
  aboveStack?: boolean;
}

const STACK_SUFFIX = 'stack';
const UNKNOWN_SUFFIX = '-Unknown';

/** The rule ID a finding is reported under, without the pack prefix. */
export function ruleSuffixOf(finding: Finding): { base: string; full: string } {
  const base = finding.status === 'unknown' ? `${finding.requirement}${UNKNOWN_SUFFIX}` : finding.requirement;
  const part = finding.detail ?? (finding.resource.key === undefined ? STACK_SUFFIX : undefined);
  return { base, full: part === undefined ? base : `${base}[${part}]` };
}

/**
 * Our rule ID from a recorded, namespaced one: `Annotation::Marketplace-NET1` (any case, what CDK
 * writes for an ID without a namespace) and `Marketplace::Marketplace-NET1` (our plugin's namespace,
 * which CDK's own suppression of plugin reports matches) name `Marketplace-NET1`. Undefined for
 * other namespaces and other packs' rules.
 */
export function acknowledgedRuleId(qualified: string): string | undefined {
  const id = qualified.replace(/^annotation::/i, '').replace(/^Marketplace::/, '');
  return id.startsWith(NAG_RULE_PREFIX) && !id.includes('::') ? id : undefined;
}

function reasonOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Our acknowledgements in the data of one `aws:cdk:acknowledged-rules` metadata entry. */
export function acknowledgementsIn(data: unknown, at: string, aboveStack = false): Acknowledgement[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const out: Acknowledgement[] = [];
  for (const [qualified, reason] of Object.entries(data as Record<string, unknown>)) {
    const id = acknowledgedRuleId(qualified);
    if (id === undefined) continue;
    const ack: Acknowledgement = { id, at, reason: reasonOf(reason) };
    if (aboveStack) ack.aboveStack = true;
    out.push(ack);
  }
  return out;
}

/** Per logical ID, the `Metadata.cdk_nag.rules_to_suppress` entries naming our rules. */
export function templateAcknowledgements(resources: readonly TemplateResource[]): Map<string, Acknowledgement[]> {
  const byLogicalId = new Map<string, Acknowledgement[]>();
  for (const r of resources) {
    const nag = r.metadata.cdk_nag;
    const list = typeof nag === 'object' && nag !== null ? (nag as Record<string, unknown>).rules_to_suppress : undefined;
    if (!Array.isArray(list)) continue;
    const acks: Acknowledgement[] = [];
    list.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      const { id, reason } = item as Record<string, unknown>;
      const ours = typeof id === 'string' ? acknowledgedRuleId(id) : undefined;
      if (ours !== undefined) acks.push({ id: ours, reason: reasonOf(reason), at: `Resources.${r.logicalId}.Metadata.cdk_nag.rules_to_suppress[${i}]` });
    });
    if (acks.length > 0) byLogicalId.set(r.logicalId, acks);
  }
  return byLogicalId;
}

/** Where an engine finds the acknowledgements that apply to a resource or to the whole stack, nearest first. */
export interface AcknowledgementSource {
  ofResource(logicalId: string): readonly Acknowledgement[];
  ofStack(): readonly Acknowledgement[];
}

/** What an engine read from CDK's construct metadata for one stack. */
export interface RecordedAcknowledgements {
  /** By construct path as the template's `aws:cdk:path` writes it (`App/Fn/Resource`; the App is `''`). */
  byPath: ReadonlyMap<string, readonly Acknowledgement[]>;
  /** Construct paths of resources whose template Metadata has no `aws:cdk:path` (path metadata turned off). */
  pathByLogicalId?: ReadonlyMap<string, string>;
  /** The stack's construct path. */
  stackPath?: string;
  /** What the same metadata records for each nested stack's template, by template file name. */
  nested?: ReadonlyMap<string, RecordedAcknowledgements>;
  /** The template file of each CDK NestedStack of this template, by its AWS::CloudFormation::Stack logical ID. */
  nestedTemplates?: ReadonlyMap<string, string>;
}

/** The path and each parent path, nearest first: `App/Fn/Resource`, `App/Fn`, `App`, then the App itself. */
function acknowledgementsAlong(byPath: RecordedAcknowledgements['byPath'], constructPath: string | undefined): Acknowledgement[] {
  if (constructPath === undefined) return [];
  const out: Acknowledgement[] = [];
  for (let p = constructPath; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') out.push(...(byPath.get(p) ?? []));
  out.push(...(byPath.get('') ?? []));
  return out;
}

/** A template's acknowledgements: each resource's own `cdk_nag` Metadata, then what CDK recorded along its construct path. */
export function acknowledgementSource(resources: readonly TemplateResource[], recorded?: RecordedAcknowledgements): AcknowledgementSource {
  const own = templateAcknowledgements(resources);
  const pathOf = new Map<string, string>(recorded?.pathByLogicalId ?? []);
  for (const r of resources) {
    const cdkPath = r.metadata['aws:cdk:path'];
    if (typeof cdkPath === 'string') pathOf.set(r.logicalId, cdkPath);
  }
  const byPath = recorded?.byPath ?? new Map<string, Acknowledgement[]>();
  return {
    ofResource: (logicalId) => [...(own.get(logicalId) ?? []), ...acknowledgementsAlong(byPath, pathOf.get(logicalId))],
    ofStack: () => acknowledgementsAlong(byPath, recorded?.stackPath),
  };
}

function withNote(finding: Finding, note: string): Finding {
  return { ...finding, message: `${finding.message} (${note})` };
}

/**
 * The findings with acknowledgements applied (see the module comment). `ownerOf` names the written
 * resource a finding's key belongs to (a side fact `Bucket#encryption`, a resource SAM generates);
 * undefined: the finding is about the stack.
 */
export function applyAcknowledgements(findings: readonly Finding[], ownerOf: (key: string) => string | undefined, source: AcknowledgementSource): Finding[] {
  return findings.map((finding) => {
    if (finding.status !== 'fail' && finding.status !== 'unknown') return finding;
    const owner = finding.resource.key === undefined ? undefined : ownerOf(finding.resource.key);
    const acks = owner === undefined ? source.ofStack() : source.ofResource(owner);
    if (acks.length === 0) return finding;
    const { base, full } = ruleSuffixOf(finding);
    const ids = new Set([`${NAG_RULE_PREFIX}${base}`, `${NAG_RULE_PREFIX}${full}`]);
    const matching = acks.filter((a) => ids.has(a.id));
    const honoured = matching.find((a) => a.reason !== undefined && !a.aboveStack);
    if (honoured) return { ...finding, status: 'exempt', exemption: { reason: honoured.reason as string } };
    const [refused] = matching;
    if (refused === undefined) return finding;
    const what = `the acknowledgement of ${refused.id} on ${refused.at === '' ? 'the App' : refused.at}`;
    if (refused.reason === undefined) return withNote(finding, `${what} has no reason, so it is not honoured: give one`);
    return withNote(finding, `${what} is above the stack, where the cloud assembly does not record it, so it is not honoured: acknowledge it on the stack or below`);
  });
}

/**
 * docs/requirements.md, generated from the catalog so it cannot drift from the checks: per requirement
 * why it matters, the marketplace sentences it comes from, what is checked, the fix in Pulumi and in
 * CDK, and how to exempt a resource in each engine. Each section's heading is the bare ID, so its
 * anchor is the lower-case ID that SARIF rules and compliance reports link to.
 */
import { REQUIREMENTS } from '../../catalog';
import { FIELD_COMPARISON_SOURCES } from '../../catalog/field-comparison';
import { Requirement, SourceRef } from '../../catalog/types';
import { MARKETPLACE_NAMES, documentTitle, sectionLabel } from './marketplaces';
import { TOOL_NAME, requirementAnchor } from './tool-info';

const AREAS: Record<Requirement['area'], string> = {
  TLS: 'Transport',
  HDR: 'Security response headers',
  DATA: 'Stored data',
  SEC: 'Secrets and keys',
  NET: 'Network and egress',
  IAM: 'Access',
  AUTH: 'Access',
  LOG: 'Logging and monitoring',
  DNS: 'Domain control',
  RUN: 'Patching and components',
};

function fence(lang: string, body: string): string[] {
  return ['```' + lang, body, '```'];
}

function quoteLines(s: SourceRef): string[] {
  return [`- **${MARKETPLACE_NAMES[s.marketplace]}** (${s.level}), *${documentTitle(s.seed)}*, section ${sectionLabel(s)} (\`${s.seed}\`):`, '', `  > ${s.quote.replace(/\n/g, '\n  > ')}`, ''];
}

function exemptionExamples(r: Requirement): string[] {
  // Under the requirement's ID: the key the Pulumi CLI reads as that policy's config (README, Configuration).
  const pulumi = { [r.id]: { exemptions: [{ resource: 'my-resource', reason: 'why this resource may differ, for the reviewer', until: '2027-03-31' }] } };
  const cfn = { Metadata: { [TOOL_NAME]: { exempt: [{ id: r.id, reason: 'why this resource may differ, for the reviewer', until: '2027-03-31' }] } } };
  return [
    'Pulumi, in the policy config (`--policy-config`, `--policy-pack-config`; `resource` is a name or URN, `*` matches any characters):',
    '',
    ...fence('json', JSON.stringify(pulumi, null, 2)),
    '',
    "CloudFormation, in the resource's `Metadata` (read by `scan`):",
    '',
    ...fence('json', JSON.stringify(cfn, null, 2)),
    '',
    'CDK, on the construct (read by the `MarketplaceChecks` nag pack during `cdk synth`):',
    '',
    ...fence('ts', `Validations.of(construct).acknowledge({ id: 'Marketplace-${r.id}', reason: 'why this resource may differ, for the reviewer' });`),
  ];
}

/** One case of a requirement, as the docs show it: the stack in each engine and the verdicts both give. */
export interface CaseExample {
  caseName: string;
  /** `resource[/detail]: status`, as the case expects them. */
  verdicts: string[];
  /** The Pulumi resources (type, name, inputs), as YAML. */
  pulumi?: string;
  /** The CloudFormation template, as YAML. */
  cloudformation?: string;
}

export interface RequirementExamples {
  /** Where the cases live, e.g. `test/cases/TLS5.cases.ts`. */
  source: string;
  compliant?: CaseExample;
  nonCompliant?: CaseExample;
}

function exampleLines(label: string, e: CaseExample | undefined): string[] {
  if (!e) return [];
  return [
    `*${label}*: ${e.caseName}. Verdicts: ${e.verdicts.map((v) => `\`${v}\``).join(', ')}.`,
    '',
    ...(e.pulumi ? ['Pulumi (the resources as the engine sends them to the policy pack: type, name, inputs):', '', ...fence('yaml', e.pulumi.replace(/\n$/, '')), ''] : []),
    ...(e.cloudformation ? ['CloudFormation:', '', ...fence('yaml', e.cloudformation.replace(/\n$/, '')), ''] : []),
  ];
}

function examplesLines(examples: RequirementExamples | undefined): string[] {
  if (!examples || (!examples.compliant && !examples.nonCompliant)) return [];
  return [
    '**Examples.**',
    '',
    `From the requirement's cases (\`${examples.source}\`); the parity tests check that both engines give these verdicts.`,
    '',
    ...exampleLines('Compliant', examples.compliant),
    ...exampleLines('Non-compliant', examples.nonCompliant),
  ];
}

function fieldComparisonLines(r: Requirement): string[] {
  const differences = r.fieldComparison ?? [];
  if (differences.length === 0) return [];
  return ['### Where we differ from other scanners', '', ...differences.flatMap((d) => [`- **${d.scanners.join(', ')}.** ${d.difference} *Why:* ${d.why}`]), ''];
}

function section(r: Requirement, examples: RequirementExamples | undefined): string[] {
  const marketplaces = [...new Set(r.sources.map((s) => MARKETPLACE_NAMES[s.marketplace]))];
  return [
    `## ${r.id}`,
    '',
    `**${r.title}**. Default enforcement: ${r.enforcement}. Marketplaces: ${marketplaces.length > 0 ? marketplaces.join(', ') : 'none'}.`,
    '',
    `**Why.** ${r.rationale}`,
    '',
    `**What is checked.** ${r.check}`,
    '',
    '**Where it comes from.**',
    '',
    ...(r.sources.length > 0 ? r.sources.flatMap(quoteLines) : ['No marketplace sentence: the catalog adds it as a safeguard.']),
    '',
    '**Fix in Pulumi.**',
    '',
    ...fence('ts', r.fix.pulumi),
    '',
    '**Fix in CDK.**',
    '',
    ...fence('ts', r.fix.cdk),
    '',
    '**Fix in CloudFormation.**',
    '',
    ...fence('yaml', r.fix.cloudformation),
    '',
    '**Exempting a resource.**',
    '',
    ...exemptionExamples(r),
    '',
    ...examplesLines(examples),
    ...fieldComparisonLines(r),
  ];
}

/** `examples`: per requirement ID, examples taken from its cases (test/cases, which the package does not ship). */
export function renderRequirementsDoc(examples: ReadonlyMap<string, RequirementExamples> = new Map()): string {
  const index: string[] = [];
  let area = '';
  for (const r of REQUIREMENTS) {
    if (AREAS[r.area] !== area) {
      area = AREAS[r.area];
      index.push('', `**${area}**`, '');
    }
    index.push(`- [${r.id}](#${requirementAnchor(r.id)}): ${r.title} (${r.enforcement})`);
  }
  const lines = [
    '# Requirements',
    '',
    '<!-- Generated from src/catalog by `npm run docs`; test/docs.test.ts fails when this file is out of date. -->',
    '',
    'Every check of marketplace-guardrails, with the published marketplace sentences it comes from',
    '(Atlassian, Miro, Trello), the fix in Pulumi and in AWS CDK, and how to exempt a resource.',
    '`mandatory` requirements fail the run (exit code 1, `--fail-on mandatory`, the default); `advisory`',
    'ones are reported and fail it only with `--fail-on advisory`. Configuration can change either.',
    '',
    'An exemption needs a reason: it is audit evidence for a marketplace security review, and every',
    'report lists the exemptions in force. `until` (YYYY-MM-DD, optional) is the last day it applies;',
    'after it the finding fails again.',
    '',
    "Where a check deliberately differs from the established scanners' checks of the same thing, its",
    'section says how and why ("Where we differ from other scanners"), from their CloudFormation rules and',
    `test templates: ${FIELD_COMPARISON_SOURCES.join('; ')}.`,
    ...index,
    '',
    ...REQUIREMENTS.flatMap((r) => ['', ...section(r, examples.get(r.id))]),
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

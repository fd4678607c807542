/**
 * Findings in the template's words: every parity case (test/parity, test/cases) run through the
 * CloudFormation adapter as `scan` and `MarketplaceChecks` run it (templateFindings), and each failing
 * finding on a resource must name a CloudFormation property path the template writes, and no
 * normalized (Pulumi-shaped) path; the Pulumi side keeps the Pulumi path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding, detailShown } from '../../src/core/findings';
import { Rule } from '../../src/core/rule';
import { templateFindings } from '../../src/cfn/template-findings';
import { templatePathOf, templateWords } from '../../src/cfn/template-paths';
import { parseTemplate } from '../../src/cfn/template-source';
import { CfnInput, CfnTestTemplate } from '../support/cfn-stack';
import { ParityCase } from '../support/parity';
import { runPulumi } from '../support/pulumi-stack';
import type { RequirementCases } from '../cases/types';
import { knowsResourceType, unknownNameIn } from '../support/cfn-property-names';

interface Collected {
  file: string;
  rule: Rule;
  c: ParityCase;
}

const collected: Collected[] = [];
let current = '';
jest.mock('../support/parity', () => ({
  parity: (rule: Rule, cases: ParityCase[]) => {
    for (const c of cases) collected.push({ file: current, rule, c });
  },
  parityOf: (requirement: RequirementCases) => {
    for (const g of requirement.groups) for (const c of g.cases) collected.push({ file: current, rule: requirement.rule, c });
  },
}));

// The parity files declare their cases through `parity`/`parityOf` (mocked above to collect them).
const PARITY = path.join(__dirname, '..', 'parity');
for (const file of fs
  .readdirSync(PARITY)
  .filter((f) => f.endsWith('.parity.test.ts'))
  .sort()) {
  current = file;
  describe(`cases of ${file}`, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(PARITY, file));
  });
}

// Cases kept as data (test/cases/<ID>.cases.ts) whose requirement has no parity file of its own.
const CASES = path.join(__dirname, '..', 'cases');
const parityIds = new Set(fs.readdirSync(PARITY).map((f) => f.split(/[.-]/)[0]));
for (const file of fs.existsSync(CASES) ? fs.readdirSync(CASES).filter((f) => f.endsWith('.cases.ts')) : []) {
  const id = file.slice(0, -'.cases.ts'.length);
  if (parityIds.has(id)) continue;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cases = (require(path.join(CASES, file)) as Record<string, RequirementCases | undefined>)[`${id}_CASES`];
  if (cases) for (const g of cases.groups) for (const c of g.cases) collected.push({ file, rule: cases.rule, c });
}

function templateOf(input: CfnInput): CfnTestTemplate {
  return 'Resources' in input && typeof input.Resources === 'object' && !('Type' in input.Resources) ? (input as CfnTestTemplate) : { Resources: input as CfnTestTemplate['Resources'] };
}

function cfnFindings(rule: Rule, c: ParityCase): { findings: Finding[]; template: CfnTestTemplate } {
  const template = templateOf(c.cfn);
  return { findings: templateFindings(parseTemplate(JSON.stringify(template), 'case.template.json'), [rule], c.config ?? {}).findings, template };
}

/** A list item named by an index that is not a number: a container by `Name`, an attribute by `Key`. */
function keyed(item: unknown, key: string): boolean {
  const named = item as { Name?: unknown; Key?: unknown } | null;
  return named?.Name === key || named?.Key === key;
}

/** `A.B[0].C` resolved against a value, as far as it goes: how many leading parts exist. */
function existingParts(value: unknown, pathText: string): number {
  let v = value;
  let n = 0;
  for (const m of pathText.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    const key = m[1] ?? m[2];
    if (Array.isArray(v) && /^\d+$/.test(key) && Number(key) < v.length) v = v[Number(key)];
    else if (Array.isArray(v) && v.some((item) => keyed(item, key))) v = v.find((item) => keyed(item, key));
    else if (typeof v === 'object' && v !== null && !Array.isArray(v) && key in v) v = (v as Record<string, unknown>)[key];
    else break;
    n++;
  }
  return n;
}

/** CloudFormation-shaped paths a message names: `PascalCase` names, then `.Name` / `[index]` parts. */
const CFN_PATH = /(?<![\w.:$/"'-])[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+|\[[^\]\s]+\])*/g;

/** A normalized path left in a message: camelCase with a dot or index (`defaultCacheBehavior.viewerProtocolPolicy`). */
const NORMALIZED_PATH = /(?<![\w.:$/"'@-])[a-z]+[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+|\[[^\]\s]+\])+/g;

function unquoted(message: string): string {
  return message.replace(/"[^"]*"/g, '""').replace(/\baws\.[\w.]+/g, '');
}

/** Property parts of a path; `[key]` names an item of the list before it (an attribute), not a part of its own. */
const partsOf = (p: string) => [...p.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)].filter((m) => m[1] !== undefined || /^\d+$/.test(m[2])).length;

const failing = (fs_: Finding[]) => fs_.filter((f) => f.status === 'fail' && f.resource.key !== undefined);

describe('CloudFormation findings name the template’s property paths (every parity case)', () => {
  it('collects the parity cases', () => {
    expect(collected.length).toBeGreaterThan(300);
    expect(new Set(collected.map((c) => c.rule.id)).size).toBeGreaterThan(30);
  });

  it('each failing finding names a path its template writes, and no normalized path', () => {
    const problems: string[] = [];
    let checked = 0;
    let placedCount = 0;
    for (const { file, rule, c } of collected) {
      const { findings, template } = cfnFindings(rule, c);
      for (const f of failing(findings)) {
        const resources = template.Resources;
        const subject = resources[(f.resource.key as string).split('#')[0]];
        const message = unquoted(f.message);
        const named = [...message.matchAll(CFN_PATH)].map((m) => m[0]);
        // The subject, or a resource the message names (`response headers policy Short ...`).
        const candidates = [subject, ...named.map((n) => resources[n]).filter((r) => r !== undefined)];
        const paths = named.filter((p) => !(p in resources));
        // Written where the template writes it: every part but a leaf the message reports absent exists.
        const placed = paths.some((p) => candidates.some((r) => existingParts(r?.Properties ?? {}, p) >= partsOf(p) - 1));
        const leftover = [...message.matchAll(NORMALIZED_PATH)].map((m) => m[0]);
        checked++;
        if (leftover.length > 0) problems.push(`${file} ${c.name}: ${f.resource.key}: normalized ${leftover.join(', ')} in: ${f.message}`);
        // A message about a missing resource (no rotation, no bucket policy) names no property.
        else if (paths.length > 0 && !placed) problems.push(`${file} ${c.name}: ${f.resource.key}: no template path in: ${f.message}`);
        else if (paths.length > 0) placedCount++;
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(placedCount).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it('the Pulumi side keeps the Pulumi path', () => {
    const viewerProtocol = collected.find((x) => failing(cfnFindings(x.rule, x.c).findings).some((f) => f.message.startsWith('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy')));
    expect(viewerProtocol).toBeDefined();
    const { rule, c } = viewerProtocol as Collected;
    const pulumi = runPulumi(rule, c.pulumi, c.config).find((f) => f.status === 'fail');
    const cfn = failing(cfnFindings(rule, c).findings)[0];
    expect(pulumi?.message).toContain('defaultCacheBehavior.viewerProtocolPolicy');
    expect(cfn.message).toContain('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy');
    expect(cfn.message).not.toContain('defaultCacheBehavior');
  });
});

describe('CloudFormation findings are in CloudFormation’s words (every parity case)', () => {
  const pulumiType = /\baws\.[a-z0-9]+\.[A-Z][A-Za-z0-9]*/g;
  const findingsOfEveryCase = () => collected.flatMap(({ file, rule, c }) => cfnFindings(rule, c).findings.map((f) => ({ file, c, f, template: templateOf(c.cfn) })));

  it('no message names a Pulumi resource type or Pulumi’s state', () => {
    const problems = findingsOfEveryCase()
      .filter(({ f }) => f.status !== 'pass' && f.status !== 'not-applicable')
      .filter(({ f }) => pulumiType.test(f.message.replace(/"[^"]*"/g, '""')) || /\bthe state\b|\ba Pulumi secret\b/.test(f.message))
      .map(({ file, c, f }) => `${file} ${c.name}: ${f.message}`);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('the detail reports show names the template’s paths too (the rules’ detail stays for acknowledgements and fingerprints)', () => {
    const shown = findingsOfEveryCase().filter(({ f }) => f.detail !== undefined && f.status !== 'pass' && f.status !== 'not-applicable');
    expect(shown.length).toBeGreaterThan(50);
    const camel = /(?<![\w.:$/"'[-])[a-z]+[A-Z][A-Za-z0-9]*(?![\w\]"'])/;
    const left = shown.filter(({ f }) => camel.test(detailShown(f) ?? '')).map(({ file, c, f }) => `${file} ${c.name}: ${f.detail} -> ${detailShown(f)}`);
    expect([...new Set(left)]).toEqual([]);
  });

  it('every property name a failing message gives is a CloudFormation property where it stands (aws-cdk-lib’s L1 property types)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { file, c, f, template } of findingsOfEveryCase()) {
      if (f.status !== 'fail' || f.resource.key === undefined) continue;
      const subject = template.Resources[f.resource.key.split('#')[0]];
      const message = unquoted(f.message);
      const types = [
        subject?.Type,
        ...[...message.matchAll(/AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/g)].map((m) => m[0]),
        ...[...message.matchAll(CFN_PATH)].map((m) => template.Resources[m[0]]?.Type),
      ].filter((t): t is string => typeof t === 'string' && knowsResourceType(t));
      for (const p of [...message.matchAll(CFN_PATH)].map((m) => m[0]).filter((p) => !(p in template.Resources))) {
        // Only a path that starts at a property of a resource the message is about (not prose: `Deny`, `Suspended`).
        const about = types.filter((t) => unknownNameIn(t, p.split(/[.[]/)[0]) === undefined);
        if (about.length === 0) continue;
        checked++;
        if (about.every((t) => unknownNameIn(t, p) !== undefined)) problems.push(`${file} ${c.name}: ${p} (${unknownNameIn(about[0], p)} is no property there) in: ${f.message}`);
      }
    }
    expect(checked).toBeGreaterThan(150);
    expect([...new Set(problems)]).toEqual([]);
  });
});

describe('templatePathOf', () => {
  const distribution = { DistributionConfig: { DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all' }, CacheBehaviors: [{ PathPattern: '/a' }] } };

  it('walks the wrapper the mapping flattens and its renames', () => {
    expect(templatePathOf('AWS::CloudFront::Distribution', distribution, 'defaultCacheBehavior.viewerProtocolPolicy')).toEqual({
      path: 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy',
      found: true,
    });
    expect(templatePathOf('AWS::CloudFront::Distribution', distribution, 'orderedCacheBehaviors[0].viewerProtocolPolicy').path).toBe('DistributionConfig.CacheBehaviors[0].ViewerProtocolPolicy');
  });

  it('names what the template does not write under the wrapper, by CloudFormation names', () => {
    expect(templatePathOf('AWS::CloudFront::Distribution', {}, 'viewerCertificate.minimumProtocolVersion')).toEqual({
      path: 'DistributionConfig.ViewerCertificate.MinimumProtocolVersion',
      found: false,
    });
    expect(templatePathOf('AWS::DynamoDB::Table', {}, 'pointInTimeRecovery').path).toBe('PointInTimeRecoverySpecification');
  });

  it('load balancer and listener attributes by their keys', () => {
    const lb = { LoadBalancerAttributes: [{ Key: 'access_logs.s3.enabled', Value: 'false' }] };
    expect(templatePathOf('AWS::ElasticLoadBalancingV2::LoadBalancer', lb, 'accessLogs.enabled')).toEqual({ path: 'LoadBalancerAttributes[access_logs.s3.enabled]', found: true });
    expect(templatePathOf('AWS::ElasticLoadBalancingV2::LoadBalancer', {}, 'accessLogs').path).toBe('LoadBalancerAttributes[access_logs.s3.*]');
    expect(templatePathOf('AWS::ElasticLoadBalancingV2::Listener', {}, 'routingHttpResponseStrictTransportSecurityHeaderValue')).toEqual({
      path: 'ListenerAttributes[routing.http.response.strict_transport_security.header_value]',
      found: false,
    });
  });

  it('security group rules by their CloudFormation list names', () => {
    const sg = { SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] };
    expect(templatePathOf('AWS::EC2::SecurityGroup', sg, 'egress[0].protocol').path).toBe('SecurityGroupEgress[0].IpProtocol');
  });

  it('leaves prose, quoted values, parameters and Pulumi type tokens alone', () => {
    const subject = { type: 'AWS::EC2::SecurityGroup', properties: { SecurityGroupEgress: [{ IpProtocol: '-1' }] } };
    expect(templateWords(subject, new Map(), 'egress[0].protocol is "all", e.g. "max-age=1; includeSubDomains"; limit it to allowedEgressPorts or add an aws.ec2.SecurityGroupRule')).toBe(
      'SecurityGroupEgress[0].IpProtocol is "all", e.g. "max-age=1; includeSubDomains"; limit it to allowedEgressPorts or add an aws.ec2.SecurityGroupRule',
    );
  });
});

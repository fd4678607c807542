/**
 * The catalog's fixes: one per engine for every requirement, in that engine's words, and one per kind
 * wherever the requirement's fix would show a finding code for another kind of resource.
 */
import { parseDocument } from 'yaml';
import { REQUIREMENTS } from '../../src/catalog';
import { FIX_ENGINES, fixFor } from '../../src/catalog/fix-for';
import { EngineFix, Requirement } from '../../src/catalog/types';
import { KINDS, Kind } from '../../src/facts/kinds';
import { RULES } from '../../src/rules';

/** Every fix of a requirement: its own and each kind's, named for the failure message. */
function fixesOf(r: Requirement): [string, EngineFix][] {
  return [[r.id, r.fix], ...Object.entries(r.fix.byKind ?? {}).map(([kind, f]): [string, EngineFix] => [`${r.id} ${kind}`, f as EngineFix])];
}
const ALL = REQUIREMENTS.flatMap(fixesOf);

/** `aws:rds/instance:Instance` -> `aws.rds.Instance`, as a Pulumi program writes the class. */
function pulumiClass(token: string): string {
  const [, mod, name] = /^aws:([^/]+)\/[^:]+:(\w+)$/.exec(token) ?? [];
  return `aws.${mod}.${name}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `fix` names one of the kind's resources: its Pulumi class or CloudFormation type, or a
 * companion resource named after it (`aws.s3.BucketVersioning` for a bucket, `aws.iam.RolePolicy` for
 * a role, `AWS::S3::BucketPolicy`), which is how a Pulumi program fixes that resource.
 */
function names(fix: string, names: readonly string[]): boolean {
  return names.some((n) => new RegExp(`${escape(n)}\\w*`).test(fix));
}

/**
 * Kinds a rule covers whose findings never need a fix of their own: the finding is on another resource
 * (DNS1 judges the record, its targets are context), or the kind always passes.
 */
const CONTEXT_ONLY: Readonly<Record<string, readonly Kind[]>> = {
  DNS1: ['cloudfront:Distribution', 'lb:LoadBalancer', 'apigateway:DomainName', 'apigatewayv2:DomainName', 's3:Bucket', 's3:BucketWebsite', 'elasticbeanstalk:Environment'],
  // CloudFront never accepts TRACE from viewers: the check passes every distribution.
  HDR5: ['cloudfront:Distribution'],
  // A trail is read for the bucket it writes to (that bucket's logging is judged), never judged itself.
  LOG2: ['cloudtrail:Trail'],
  // Always encrypted: the check passes every serverless cache.
  DATA4: ['elasticache:ServerlessCache'],
};

describe('the catalog’s fixes', () => {
  it('every requirement and every kind’s entry has a fix in each engine', () => {
    for (const [where, fix] of ALL) for (const engine of FIX_ENGINES) expect(`${where} ${engine}: ${fix[engine]?.trim() ? 'set' : 'empty'}`).toBe(`${where} ${engine}: set`);
  });

  it('each engine’s fix is in that engine’s words', () => {
    for (const [where, fix] of ALL) {
      // CloudFormation: template properties only, no program code.
      expect([where, fix.cloudformation]).not.toEqual([where, expect.stringMatching(/\baws\.[a-z]|\bnew |\(this\b|=>/)]);
      // CDK: no Pulumi classes or calls, no Pulumi inputs.
      expect([where, fix.cdk]).not.toEqual([where, expect.stringMatching(/\baws\.[a-z0-9]+\.[A-Za-z]|pulumi\./)]);
      // Pulumi: no CloudFormation types or intrinsic functions.
      expect([where, fix.pulumi]).not.toEqual([where, expect.stringMatching(/AWS::|!Ref|!GetAtt/)]);
    }
  });

  it('each CloudFormation fix is YAML whose resources have CloudFormation types and PascalCase properties', () => {
    for (const [where, fix] of ALL) {
      // The intrinsic short forms are tags the template reader knows; here any tag is accepted as a scalar or sequence.
      const doc = parseDocument(fix.cloudformation, {
        customTags: ['!Ref', '!GetAtt', '!Join', '!Sub'].flatMap((tag) => [
          { tag, resolve: (v: string) => v },
          { tag, collection: 'seq' as const, resolve: (v: unknown) => v },
        ]),
      });
      expect([where, doc.errors.map((e) => e.message)]).toEqual([where, []]);
      const body = doc.toJS() as Record<string, { Type?: unknown; Properties?: Record<string, unknown> }> | null;
      for (const [id, resource] of Object.entries(body ?? {})) {
        if (id === 'Parameters') continue;
        expect([where, id, resource.Type]).toEqual([where, id, expect.stringMatching(/^AWS::\w+::\w+$/)]);
        for (const prop of Object.keys(resource.Properties ?? {})) expect([where, id, prop]).toEqual([where, id, expect.stringMatching(/^[A-Z][A-Za-z0-9]*$/)]);
      }
    }
  });

  it('a finding on any kind a rule judges shows a fix that names that kind’s resource, in each engine the kind exists in', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      // Stack-level checks judge the stack as a whole: their fix is the one thing the stack lacks.
      if (rule.stack?.stackLevel) continue;
      const req = REQUIREMENTS.find((r) => r.id === rule.id);
      if (!req) continue;
      const kinds = new Set<Kind>([...(rule.resource?.kinds ?? []), ...(rule.stack?.kinds ?? [])]);
      for (const kind of kinds) {
        if (CONTEXT_ONLY[rule.id]?.includes(kind)) continue;
        const { pulumi, cfn } = KINDS[kind];
        if (pulumi.length > 0 && !names(fixFor(req, pulumi[0], 'pulumi'), pulumi.map(pulumiClass))) missing.push(`${rule.id} ${kind} pulumi`);
        if (cfn.length > 0 && !names(fixFor(req, cfn[0], 'cloudformation'), cfn)) missing.push(`${rule.id} ${kind} cloudformation`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a kind’s own fix shows only that kind’s resources where the requirement covers several (DATA4, DATA6)', () => {
    const data4 = REQUIREMENTS.find((r) => r.id === 'DATA4')!;
    expect(fixFor(data4, 'AWS::SQS::Queue', 'cloudformation')).toMatch(/Type: AWS::SQS::Queue/);
    expect(fixFor(data4, 'AWS::SQS::Queue', 'cloudformation')).not.toMatch(/RDS|DynamoDB|EFS|SNS/);
    expect(fixFor(data4, 'aws:dynamodb/table:Table', 'pulumi')).toBe("new aws.dynamodb.Table('items', { ...tableArgs, serverSideEncryption: { enabled: true, kmsKeyArn: key.arn } });");
    const data6 = REQUIREMENTS.find((r) => r.id === 'DATA6')!;
    expect(fixFor(data6, 'AWS::DynamoDB::Table', 'cdk')).toMatch(/^new dynamodb\.TableV2/);
    expect(fixFor(data6, 'AWS::DynamoDB::Table', 'cdk')).not.toMatch(/s3\.|rds\./);
  });

  it('a template parameter (SEC4) gets the parameter’s fix, though it has no resource type', () => {
    const sec4 = REQUIREMENTS.find((r) => r.id === 'SEC4')!;
    expect(fixFor(sec4, 'AWS::CloudFormation::Parameter', 'cloudformation')).toMatch(/NoEcho: true/);
  });

  it('a type no kind has gets the requirement’s fix', () => {
    const tls1 = REQUIREMENTS.find((r) => r.id === 'TLS1')!;
    for (const engine of FIX_ENGINES) expect(fixFor(tls1, 'stack', engine)).toBe(tls1.fix[engine]);
  });
});

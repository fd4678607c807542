/**
 * One module per resource kind (src/kinds/): every kind the rules know has one, named after it; every
 * engine type belongs to one kind; the names a module maps back to the template are CloudFormation's
 * (aws-cdk-lib's L1 property types); a kind with no CloudFormation type says where a template writes it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KINDS, kindOfCfnType, kindOfPulumiType } from '../../src/facts/kinds';
import { KIND_MODULES } from '../../src/kinds';
import { knowsResourceType, propertyNamesUnder } from '../support/cfn-property-names';

const KINDS_DIR = path.join(__dirname, '..', '..', 'src', 'kinds');

/** `cloudfront:ResponseHeadersPolicy` -> `cloudfront-response-headers-policy`. */
const fileNameOf = (kind: string) =>
  kind
    .replace(':', '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/** Kinds with no CloudFormation counterpart at all (a comment in each module says why). */
const PULUMI_ONLY = new Set(['ec2:SecurityGroupRule', 'iam:PolicyAttachment', 'cloudformation:Parameter', 'elb:SslNegotiationPolicy', 'rds:ClusterInstance']);

describe('kind modules', () => {
  it('every kind has exactly one module, in the file named after it', () => {
    const kinds = KIND_MODULES.map((m) => m.kind as string);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(Object.keys(KINDS).sort());
    const files = new Set(fs.readdirSync(KINDS_DIR));
    expect(kinds.filter((k) => !files.has(`${fileNameOf(k)}.ts`))).toEqual([]);
  });

  it('every Pulumi token and CloudFormation type belongs to one kind', () => {
    const pulumi = KIND_MODULES.flatMap((m) => m.pulumi);
    const cfn = KIND_MODULES.flatMap((m) => Object.keys(m.cfn));
    expect(new Set(pulumi).size).toBe(pulumi.length);
    expect(new Set(cfn).size).toBe(cfn.length);
    for (const m of KIND_MODULES) {
      for (const t of m.pulumi) expect(kindOfPulumiType(t)).toBe(m.kind);
      for (const t of Object.keys(m.cfn)) expect(kindOfCfnType(t)).toBe(m.kind);
    }
  });

  it('a kind without a CloudFormation type says where a template writes it', () => {
    const silent = KIND_MODULES.filter((m) => Object.keys(m.cfn).length === 0 && !m.inline && !PULUMI_ONLY.has(m.kind)).map((m) => m.kind);
    expect(silent).toEqual([]);
    for (const m of KIND_MODULES) if (m.inline) expect(propertyNamesUnder(m.inline.type)).toContain(m.inline.property);
  });

  it('the template names a module maps back to are CloudFormation properties of its types', () => {
    const wrong: string[] = [];
    for (const m of KIND_MODULES) {
      const types = [...Object.keys(m.cfn), ...(m.inline ? [m.inline.type] : [])].filter(knowsResourceType);
      if (types.length === 0) continue;
      const known = new Set(types.flatMap((t) => [...propertyNamesUnder(t)]));
      for (const key of Object.keys(m.pathNames ?? {})) {
        for (const name of key.split('.')) if (!known.has(name)) wrong.push(`${m.kind}: ${key}`);
      }
      if (m.wrapper && !known.has(m.wrapper.key)) wrong.push(`${m.kind}: wrapper ${m.wrapper.key}`);
    }
    expect(wrong).toEqual([]);
  });
});

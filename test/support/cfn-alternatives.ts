/**
 * Judges a CloudFormation template written inline in a test as `scan` does: every combination of
 * the choices it leaves open (conditions, AllowedValues), combined by the engine.
 */
import { Finding } from '../../src/core/findings';
import { TemplateOptions } from '../../src/cfn/facts';
import { templateFindings } from '../../src/cfn/template-findings';
import { parseTemplate } from '../../src/cfn/template-source';
import { RULES } from '../../src/rules';

export const NOW = new Date('2026-12-01T00:00:00Z');

export function judged(template: Record<string, unknown>, options: TemplateOptions = {}): Finding[] {
  return templateFindings(parseTemplate(JSON.stringify(template), 'test.template.json'), RULES, { now: NOW }, options).findings;
}

/** The findings of one requirement on one resource. */
export function on(findings: readonly Finding[], requirement: string, key: string): Finding[] {
  return findings.filter((f) => f.requirement === requirement && f.resource.key === key);
}

/** `STATUS` of the single finding of `requirement` on `key` (with `detail` when given). */
export function statusOf(findings: readonly Finding[], requirement: string, key: string, detail?: string): string {
  const found = on(findings, requirement, key).filter((f) => detail === undefined || f.detail === detail);
  if (found.length !== 1)
    throw new Error(`expected one ${requirement} finding on ${key}${detail ? ` (${detail})` : ''}, got ${found.length}: ${found.map((f) => `${f.detail}:${f.status}`).join(', ')}`);
  return found[0].status;
}

export function messageOf(findings: readonly Finding[], requirement: string, key: string, detail?: string): string {
  const found = on(findings, requirement, key).filter((f) => detail === undefined || f.detail === detail);
  return found.map((f) => f.message).join('\n');
}

/** A security group open to the internet on `port`. */
export function openGroup(port: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Type: 'AWS::EC2::SecurityGroup',
    ...extra,
    Properties: { GroupDescription: 'x', VpcId: 'vpc-1', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, CidrIp: '0.0.0.0/0' }] },
  };
}

/** A CloudFront distribution whose viewer TLS floor is `floor`. */
export function distribution(floor: unknown): Record<string, unknown> {
  return {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: {
        Enabled: true,
        ViewerCertificate: { AcmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/x', MinimumProtocolVersion: floor, SslSupportMethod: 'sni-only' },
      },
    },
  };
}

/** An RDS instance with `PubliclyAccessible` set to `value`. */
export function database(publiclyAccessible: unknown): Record<string, unknown> {
  return { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', StorageEncrypted: true, PubliclyAccessible: publiclyAccessible } };
}

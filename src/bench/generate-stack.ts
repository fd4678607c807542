/**
 * Generated stacks for the benchmarks: repeating units of ten resources shaped like a marketplace app
 * backend as the Pulumi engine sends them during preview (outputs unknown, property dependencies set),
 * so cross-resource checks do real resolution work.
 */
import { PulumiResource } from '../pulumi/pack/facts';

const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const urn = (type: string, name: string) => `urn:pulumi:bench::app::${type}::${name}`;

function unit(i: number): PulumiResource[] {
  const bucket = { type: 'aws:s3/bucket:Bucket', name: `assets-${i}` };
  const key = { type: 'aws:kms/key:Key', name: `key-${i}` };
  const secret = { type: 'aws:secretsmanager/secret:Secret', name: `secret-${i}` };
  const rhp = { type: 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy', name: `headers-${i}` };
  const r = (t: { type: string; name: string }, props: Record<string, unknown>, deps: Record<string, { type: string; name: string }[]> = {}): PulumiResource => ({
    ...t,
    urn: urn(t.type, t.name),
    props,
    propertyDependencies: Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v.map((d) => urn(d.type, d.name))])),
  });
  return [
    r(bucket, { bucket: `assets-${i}`, forceDestroy: false }),
    r(
      { type: 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock', name: `assets-${i}-bpa` },
      { bucket: UNKNOWN, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: i % 7 !== 0 },
      { bucket: [bucket] },
    ),
    r(
      { type: 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration', name: `assets-${i}-sse` },
      { bucket: UNKNOWN, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: UNKNOWN } }] },
      { bucket: [bucket], rules: [key] },
    ),
    r({ type: 'aws:s3/bucketPolicy:BucketPolicy', name: `assets-${i}-policy` }, { bucket: UNKNOWN, policy: UNKNOWN }, { bucket: [bucket], policy: [bucket] }),
    r(key, { enableKeyRotation: i % 5 !== 0, description: 'app data' }),
    r(secret, { kmsKeyId: UNKNOWN, name: `app/shared-secret-${i}` }, { kmsKeyId: [key] }),
    r({ type: 'aws:secretsmanager/secretRotation:SecretRotation', name: `secret-${i}-rotation` }, { secretId: UNKNOWN, rotationRules: { automaticallyAfterDays: 30 } }, { secretId: [secret] }),
    r(rhp, {
      securityHeadersConfig: {
        strictTransportSecurity: { accessControlMaxAgeSec: 31536000, includeSubdomains: true, override: true },
        referrerPolicy: { referrerPolicy: 'strict-origin', override: true },
        contentTypeOptions: { override: true },
      },
    }),
    r(
      { type: 'aws:cloudfront/distribution:Distribution', name: `cdn-${i}` },
      {
        enabled: true,
        viewerCertificate: { acmCertificateArn: UNKNOWN, minimumProtocolVersion: i % 3 ? 'TLSv1.2_2021' : 'TLSv1', sslSupportMethod: 'sni-only' },
        defaultCacheBehavior: { viewerProtocolPolicy: 'redirect-to-https', responseHeadersPolicyId: UNKNOWN, cachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', targetOriginId: 'app' },
        orderedCacheBehaviors: [{ pathPattern: '/static/*', viewerProtocolPolicy: 'https-only', responseHeadersPolicyId: UNKNOWN, targetOriginId: 'app' }],
        origins: [{ domainName: 'origin.example.com', originId: 'app', customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'], httpPort: 80, httpsPort: 443 } }],
      },
      { defaultCacheBehavior: [rhp], orderedCacheBehaviors: [rhp], viewerCertificate: [] },
    ),
    r(
      { type: 'aws:ec2/securityGroup:SecurityGroup', name: `app-sg-${i}` },
      {
        ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
        egress: [{ protocol: i % 4 ? 'tcp' : '-1', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
      },
    ),
  ];
}

/** A stack of `size` resources (rounded up to whole units of ten). */
export function generateStack(size: number): PulumiResource[] {
  const out: PulumiResource[] = [];
  for (let i = 0; out.length < size; i++) out.push(...unit(i));
  return out;
}

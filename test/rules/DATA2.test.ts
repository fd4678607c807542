import { DATA2 } from '../../src/rules/data/DATA2-s3-no-public-grants';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const BUCKET = 'aws:s3/bucket:Bucket';
const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
const ACL = 'aws:s3/bucketAcl:BucketAcl';
const ACL_V2 = 'aws:s3/bucketAclV2:BucketAclV2';
const OWNERSHIP = 'aws:s3/bucketOwnershipControls:BucketOwnershipControls';
const POLICY = 'aws:s3/bucketPolicy:BucketPolicy';

const bucket = (name: string, props: Record<string, unknown> = {}, type = BUCKET): TestResource => ({ type, name, props: { bucket: `${name}-bucket`, ...props } });
const side = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });
const policyDoc = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const publicRead = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

/** Only the findings of one aspect (detail), as `name: status`. */
const aspect = (findings: ReturnType<typeof runPulumi>, detail: string) => findings.filter((f) => f.detail === detail).map((f) => `${f.resource.name}: ${f.status}`);

describe('DATA2 no public S3 grants', () => {
  it('passes a plain bucket on all three aspects (absent ownership controls = AWS default BucketOwnerEnforced)', () => {
    const f = runPulumi(DATA2, [bucket('plain')]);
    expect(statuses(f)).toEqual(['plain/acl: pass', 'plain/objectOwnership: pass', 'plain/policy: pass']);
    expect(f[1].message).toContain('BucketOwnerEnforced');
  });

  describe('acl', () => {
    it('fails public canned ACLs inline (v6/v7 Bucket, v7 BucketV2) and public grants', () => {
      const f = runPulumi(DATA2, [
        bucket('public-read', { acl: 'public-read' }),
        bucket('auth-read', { acl: 'authenticated-read' }, BUCKET_V2),
        bucket('grant', { grants: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permissions: ['READ'] }] }),
        bucket('private', { acl: 'private' }),
      ]);
      expect(aspect(f, 'acl')).toEqual(['public-read: fail', 'auth-read: fail', 'grant: fail', 'private: pass']);
      expect(f.find((x) => x.resource.name === 'public-read' && x.detail === 'acl')!.message).toContain('acl is public-read');
    });

    it('fails a BucketAcl side resource with public-read-write by known name and by dependency (both tokens)', () => {
      const f = runPulumi(DATA2, [
        bucket('a'),
        side(ACL, 'a-acl', { bucket: 'a-bucket', acl: 'public-read-write' }),
        bucket('b'),
        side(ACL_V2, 'b-acl', { bucket: UNKNOWN, acl: 'public-read' }, { bucket: ['b'] }),
        bucket('c'),
        side(ACL, 'c-acl', {
          bucket: 'c-bucket',
          accessControlPolicy: { grants: [{ grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, permission: 'READ' }] },
        }),
        bucket('d'),
        side(ACL, 'd-acl', { bucket: 'd-bucket', acl: 'private' }),
      ]);
      expect(aspect(f, 'acl')).toEqual(['a: fail', 'b: fail', 'c: fail', 'd: pass']);
    });

    it('reports unknown for an unknown acl, and for a public BucketAcl whose bucket cannot be resolved', () => {
      const f = runPulumi(DATA2, [bucket('u', { acl: UNKNOWN }), bucket('v'), side(ACL, 'loose', { bucket: UNKNOWN, acl: 'public-read' })]);
      expect(aspect(f, 'acl')).toEqual(['u: unknown', 'v: unknown']);
    });

    it('ignores a private BucketAcl whose bucket cannot be resolved', () => {
      const f = runPulumi(DATA2, [bucket('v'), side(ACL, 'loose', { bucket: UNKNOWN, acl: 'private' })]);
      expect(aspect(f, 'acl')).toEqual(['v: pass']);
    });
  });

  describe('objectOwnership', () => {
    it('passes BucketOwnerEnforced and fails BucketOwnerPreferred / ObjectWriter (by name and by dependency)', () => {
      const f = runPulumi(DATA2, [
        bucket('enforced'),
        side(OWNERSHIP, 'oc1', { bucket: 'enforced-bucket', rule: { objectOwnership: 'BucketOwnerEnforced' } }),
        bucket('preferred'),
        side(OWNERSHIP, 'oc2', { bucket: UNKNOWN, rule: { objectOwnership: 'BucketOwnerPreferred' } }, { bucket: ['preferred'] }),
        bucket('writer', {}, BUCKET_V2),
        side(OWNERSHIP, 'oc3', { bucket: 'writer-bucket', rule: { objectOwnership: 'ObjectWriter' } }),
      ]);
      expect(aspect(f, 'objectOwnership')).toEqual(['enforced: pass', 'preferred: fail', 'writer: fail']);
    });

    it('reports unknown for an unknown setting and for a non-enforced unresolved one', () => {
      const f = runPulumi(DATA2, [
        bucket('u'),
        side(OWNERSHIP, 'oc1', { bucket: 'u-bucket', rule: { objectOwnership: UNKNOWN } }),
        bucket('v'),
        side(OWNERSHIP, 'loose', { bucket: UNKNOWN, rule: { objectOwnership: 'ObjectWriter' } }),
      ]);
      expect(aspect(f, 'objectOwnership')).toEqual(['u: unknown', 'v: unknown']);
    });
  });

  describe('policy', () => {
    it('fails Allow to principal * (string and {AWS:"*"}) without a restricting condition, inline or via BucketPolicy', () => {
      const f = runPulumi(DATA2, [
        bucket('inline', { policy: policyDoc(publicRead) }),
        bucket('side'),
        side(POLICY, 'side-policy', { bucket: 'side-bucket', policy: policyDoc({ ...publicRead, Principal: { AWS: ['*'] } }) }),
        bucket('dep'),
        side(POLICY, 'dep-policy', { bucket: UNKNOWN, policy: { Version: '2012-10-17', Statement: [publicRead] } }, { bucket: ['dep'] }),
        bucket('weak-condition', { policy: policyDoc({ ...publicRead, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) }),
        bucket('wildcard-arn', { policy: policyDoc({ ...publicRead, Condition: { StringLike: { 'aws:SourceArn': '*' } } }) }),
        bucket('internet-ip', { policy: policyDoc({ ...publicRead, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }) }),
      ]);
      expect(aspect(f, 'policy')).toEqual(['inline: fail', 'side: fail', 'dep: fail', 'weak-condition: fail', 'wildcard-arn: fail', 'internet-ip: fail']);
      expect(f.find((x) => x.resource.name === 'side' && x.detail === 'policy')!.message).toContain('side-policy');
    });

    it('passes restricted public statements, named principals and Deny statements', () => {
      const f = runPulumi(DATA2, [
        bucket('cloudfront', {
          policy: policyDoc({ ...publicRead, Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceArn': 'arn:aws:cloudfront::1:distribution/X' } } }),
        }),
        bucket('org', { policy: policyDoc({ ...publicRead, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }) }),
        bucket('vpce', { policy: policyDoc({ ...publicRead, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }) }),
        bucket('source-arn', { policy: policyDoc({ ...publicRead, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE' } } }) }),
        // AWS counts an aws:SourceIp allowlist as non-public ("The meaning of public").
        bucket('ip-allowlist', { policy: policyDoc({ ...publicRead, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }) }),
        bucket('deny', { policy: policyDoc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) }),
        bucket('named', { policy: policyDoc({ ...publicRead, Principal: { AWS: 'arn:aws:iam::123456789012:root' } }) }),
      ]);
      expect(aspect(f, 'policy')).toEqual(['cloudfront: pass', 'org: pass', 'vpce: pass', 'source-arn: pass', 'ip-allowlist: pass', 'deny: pass', 'named: pass']);
    });

    it('reports unknown for an unknown policy, principal or restricting condition value, but not for an unknown resource ARN', () => {
      const f = runPulumi(DATA2, [
        bucket('whole', { policy: UNKNOWN }),
        bucket('principal', { policy: { Version: '2012-10-17', Statement: [{ ...publicRead, Principal: UNKNOWN }] } }),
        bucket('source-arn', { policy: { Version: '2012-10-17', Statement: [{ ...publicRead, Condition: { StringEquals: { 'aws:SourceArn': UNKNOWN } } }] } }),
        bucket('resource-only', { policy: { Version: '2012-10-17', Statement: [{ ...publicRead, Principal: { AWS: 'arn:aws:iam::1:root' }, Resource: UNKNOWN }] } }),
      ]);
      expect(aspect(f, 'policy')).toEqual(['whole: unknown', 'principal: unknown', 'source-arn: unknown', 'resource-only: pass']);
    });

    it('reports unknown when a public BucketPolicy cannot be tied to a bucket', () => {
      const f = runPulumi(DATA2, [bucket('b'), side(POLICY, 'loose', { bucket: UNKNOWN, policy: policyDoc(publicRead) })]);
      // The policy's public statement is public whichever bucket it turns out to be on.
      expect(aspect(f, 'policy')).toEqual(['b: unknown', 'loose: fail']);
    });
  });
});

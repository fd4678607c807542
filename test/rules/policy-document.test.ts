import { PropValue } from '../../src/core/props';
import { Unknown, isUnknown } from '../../src/core/values';
import { PolicyStatement, isPublicStatement, publicAllowStatements, readPolicyDocument } from '../../src/rules/policy-document';

const LATER = new Unknown('policy.later');
const open = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' };

/** Reads one statement (given in the object form, so unknown leaves can be placed anywhere). */
function statement(s: Record<string, PropValue>): PolicyStatement {
  const r = readPolicyDocument({ Statement: [s] }, 'policy');
  if (r.status !== 'ok') throw new Error(`not read: ${JSON.stringify(r)}`);
  return r.statements[0];
}

/** `true`, `false` or `unknown` for one statement with the given condition block. */
function judged(condition: Record<string, PropValue> | Unknown, base: Record<string, PropValue> = open): boolean | 'unknown' {
  const v = isPublicStatement(statement({ ...base, Condition: condition }));
  return isUnknown(v) ? 'unknown' : v;
}

describe('policy-document reader', () => {
  it('normalizes single values to lists and reports unparseable documents', () => {
    const r = readPolicyDocument(JSON.stringify({ Statement: { ...open, Condition: { Bool: { 'aws:SecureTransport': 'true' } } } }), 'policy');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.statements[0].actions).toEqual(['s3:GetObject']);
    expect(r.statements[0].resources).toEqual(['*']);
    expect(r.statements[0].principals).toEqual([{ type: '*', values: ['*'] }]);
    expect(r.statements[0].conditions).toEqual([{ operator: 'Bool', key: 'aws:SecureTransport', values: ['true'] }]);
    expect(readPolicyDocument('{', 'policy')).toMatchObject({ status: 'error' });
    expect(readPolicyDocument('[1]', 'policy')).toMatchObject({ status: 'error' });
    expect(readPolicyDocument(undefined, 'policy')).toEqual({ status: 'absent' });
  });
});

describe('isPublicStatement (AWS "The meaning of public")', () => {
  it('an Allow to principal *, AWS *, or NotPrincipal without a condition is public; named principals and Deny are not', () => {
    expect(judged({})).toBe(true);
    expect(judged({}, { ...open, Principal: { AWS: ['arn:aws:iam::123456789012:root', '*'] } })).toBe(true);
    expect(judged({}, { Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: '*' })).toBe(true);
    expect(judged({}, { ...open, Principal: { AWS: 'arn:aws:iam::123456789012:root' } })).toBe(false);
    expect(judged({}, { ...open, Principal: { Service: 'cloudfront.amazonaws.com' } })).toBe(false);
    expect(judged({}, { ...open, Effect: 'Deny' })).toBe(false);
  });

  it.each([
    ['aws:SourceArn', 'StringEquals', 'arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE'],
    ['AWS:SourceArn', 'ArnEquals', 'arn:aws:sns:us-east-1:123456789012:topic'],
    ['aws:SourceAccount', 'StringEquals', '123456789012'],
    ['aws:SourceOwner', 'StringEquals', '123456789012'],
    ['aws:SourceVpc', 'StringEquals', 'vpc-1a2b3c4d'],
    ['aws:SourceVpce', 'StringEquals', 'vpce-1a2b3c4d'],
    ['aws:PrincipalOrgID', 'StringEquals', 'o-a1b2c3d4e5'],
    ['aws:PrincipalAccount', 'StringEquals', '123456789012'],
    ['aws:PrincipalArn', 'ArnLike', 'arn:aws:iam::123456789012:role/app'],
    ['aws:userid', 'StringEquals', 'AIDAEXAMPLEUSERID'],
    ['kms:CallerAccount', 'StringEquals', '123456789012'],
    ['aws:SourceIp', 'IpAddress', '203.0.113.0/24'],
    ['aws:SourceIp', 'IpAddress', '2001:db8::/32'],
  ])('a fixed %s (%s) pins the caller, so the statement is not public', (key, operator, value) => {
    expect(judged({ [operator]: { [key]: value } })).toBe(false);
    // One restricting condition is enough: conditions are ANDed.
    expect(judged({ Bool: { 'aws:SecureTransport': 'true' }, [operator]: { [key]: [value] } })).toBe(false);
  });

  it('a condition on any other key leaves it public (aws:SecureTransport, kms:ViaService, s3:prefix)', () => {
    expect(judged({ Bool: { 'aws:SecureTransport': 'true' } })).toBe(true);
    expect(judged({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } })).toBe(true);
    expect(judged({ StringLike: { 's3:prefix': 'home/' } })).toBe(true);
  });

  it('wildcards, policy variables, /0 CIDRs and non-pinning operators do not restrict', () => {
    expect(judged({ StringEquals: { 'aws:SourceArn': '*' } })).toBe(true);
    expect(judged({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })).toBe(true);
    expect(judged({ StringEquals: { 'aws:SourceAccount': ['123456789012', '*'] } })).toBe(true);
    expect(judged({ StringEquals: { 'aws:userid': '${aws:userid}' } })).toBe(true);
    expect(judged({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })).toBe(true);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '::/0'] } })).toBe(true);
    expect(judged({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })).toBe(true);
    expect(judged({ StringNotEquals: { 'aws:SourceAccount': '123456789012' } })).toBe(true);
    expect(judged({ StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } })).toBe(true);
    expect(judged({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })).toBe(true);
    expect(judged({ Null: { 'aws:SourceVpce': 'false' } })).toBe(true);
    expect(judged({ StringEquals: { 'aws:SourceIp': '203.0.113.0/24' } })).toBe(true);
  });

  it('an aws:SourceIp allowlist whose CIDRs together span the internet does not restrict (judged as the security-group checks judge CIDRs)', () => {
    // Halves of the address space, written to slip past a `/0` test.
    expect(judged({ IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } })).toBe(true);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['::/1', '8000::/1'] } })).toBe(true);
    // One block wider than a /16, or narrow blocks that add up to more than one /16.
    expect(judged({ IpAddress: { 'aws:SourceIp': '52.0.0.0/8' } })).toBe(true);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['52.0.0.0/17', '52.0.128.0/17', '52.1.0.0/17'] } })).toBe(true);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['2001:db8::/33', '2001:db8:8000::/33', '2001:dc8::/33'] } })).toBe(true);
    // A malformed entry is taken as the internet, as in the security-group checks.
    expect(judged({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '203.0.113.999'] } })).toBe(true);
    // An internet-wide known entry decides it whatever an unknown one is.
    expect(judged({ IpAddress: { 'aws:SourceIp': [LATER, '0.0.0.0/1', '128.0.0.0/1'] } })).toBe(true);
    // Still a pin: one /16, overlapping blocks counted once, private space, IPv4 and IPv6 each narrow.
    expect(judged({ IpAddress: { 'aws:SourceIp': ['52.0.0.0/17', '52.0.128.0/17'] } })).toBe(false);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['52.0.0.0/16', '52.0.0.0/17', '52.0.128.0/24'] } })).toBe(false);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '172.16.0.0/12'] } })).toBe(false);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } })).toBe(false);
    expect(judged({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', LATER] } })).toBe('unknown');
    // aws:VpcSourceIp matches private addresses any account's VPC can use: never a pin.
    expect(judged({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } })).toBe(true);
  });

  it('is unknown when a deciding value is unknown, and decided when the unknown cannot matter', () => {
    expect(judged({ StringEquals: { 'aws:SourceArn': LATER } })).toBe('unknown');
    expect(judged({ StringEquals: { 'aws:SourceAccount': ['123456789012', LATER] } })).toBe('unknown');
    expect(judged(LATER)).toBe('unknown');
    expect(judged({}, { ...open, Principal: { AWS: LATER } })).toBe('unknown');
    expect(judged({}, { ...open, Effect: LATER })).toBe('unknown');
    // A pinned caller or a Deny decides it whatever else is unknown; an unknown non-restricting value cannot help.
    expect(judged({ StringEquals: { 'aws:SourceAccount': '123456789012' } }, { ...open, Principal: { AWS: LATER } })).toBe(false);
    expect(judged({}, { ...open, Effect: 'Deny', Principal: { AWS: LATER } })).toBe(false);
    expect(judged({ Bool: { 'aws:SecureTransport': LATER } })).toBe(true);
    // A wildcard among the alternatives opens the statement whatever the unknown turns out to be.
    expect(judged({ StringEquals: { 'aws:SourceAccount': [LATER, '*'] } })).toBe(true);
  });

  it('publicAllowStatements returns every public statement and the first unknown', () => {
    const r = readPolicyDocument(
      {
        Statement: [
          { ...open, Sid: 'Pinned', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } },
          { ...open, Sid: 'Tls', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
          { ...open, Sid: 'Later', Principal: { AWS: LATER } },
          { ...open, Sid: 'Open' },
        ],
      },
      'policy',
    );
    if (r.status !== 'ok') throw new Error('not read');
    const { publicStatements, unknown } = publicAllowStatements(r.statements);
    expect(publicStatements.map((s) => s.sid)).toEqual(['Tls', 'Open']);
    expect(unknown).toBe(LATER);
  });
});

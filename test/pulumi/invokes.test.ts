/**
 * `aws.iam.getPolicyDocument` offline. The cases are the AWS provider's own acceptance tests for its
 * `aws_iam_policy_document` data source (hashicorp/terraform-provider-aws,
 * internal/service/iam/policy_document_data_source_test.go), rewritten as Pulumi arguments; the
 * expected documents are the ones those tests assert, so the text (member order, list order, single
 * values as strings, escaping) must match the provider's byte for byte.
 */
import { PolicyDocumentError, getPolicyDocument } from '../../src/pulumi/offline/invokes/get-policy-document';

const P = 'aws';
const basicArgs = {
  policyId: 'policy_id',
  statements: [
    { sid: '1', actions: ['s3:ListAllMyBuckets', 's3:GetBucketLocation'], resources: [`arn:${P}:s3:::*`] },
    {
      actions: ['s3:ListBucket'],
      resources: [`arn:${P}:s3:::foo`],
      conditions: [{ test: 'StringLike', variable: 's3:prefix', values: ['home/', '', 'home/&{aws:username}/'] }],
      notPrincipals: [{ type: 'AWS', identifiers: ['arn:blahblah:example'] }],
    },
    {
      actions: ['s3:*'],
      resources: [`arn:${P}:s3:::foo/home/&{aws:username}`, `arn:${P}:s3:::foo/home/&{aws:username}/*`],
      principals: [{ type: 'AWS', identifiers: ['arn:blahblah:example'] }],
    },
    { effect: 'Deny', notActions: ['s3:*'], notResources: [`arn:${P}:s3:::*`] },
    { effect: 'Allow', actions: ['kinesis:*'], principals: [{ type: 'AWS', identifiers: ['*'] }] },
    { effect: 'Allow', actions: ['firehose:*'], principals: [{ type: '*', identifiers: ['*'] }] },
  ],
};

const basicJson = `{
  "Version": "2012-10-17",
  "Id": "policy_id",
  "Statement": [
    {
      "Sid": "1",
      "Effect": "Allow",
      "Action": [
        "s3:ListAllMyBuckets",
        "s3:GetBucketLocation"
      ],
      "Resource": "arn:${P}:s3:::*"
    },
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:${P}:s3:::foo",
      "NotPrincipal": {
        "AWS": "arn:blahblah:example"
      },
      "Condition": {
        "StringLike": {
          "s3:prefix": [
            "home/",
            "",
            "home/\${aws:username}/"
          ]
        }
      }
    },
    {
      "Effect": "Allow",
      "Action": "s3:*",
      "Resource": [
        "arn:${P}:s3:::foo/home/\${aws:username}/*",
        "arn:${P}:s3:::foo/home/\${aws:username}"
      ],
      "Principal": {
        "AWS": "arn:blahblah:example"
      }
    },
    {
      "Effect": "Deny",
      "NotAction": "s3:*",
      "NotResource": "arn:${P}:s3:::*"
    },
    {
      "Effect": "Allow",
      "Action": "kinesis:*",
      "Principal": {
        "AWS": "*"
      }
    },
    {
      "Effect": "Allow",
      "Action": "firehose:*",
      "Principal": "*"
    }
  ]
}`;

/** The provider's JSON for a list of one-action statements. */
const doc = (...statements: Array<{ Sid?: string; Effect: string; Action: string; Resource?: string }>) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

describe('getPolicyDocument (the AWS provider acceptance cases)', () => {
  it('basic: Sids, reverse-sorted sets, single values as strings, &{} variables, wildcard principals; minified and id', () => {
    const r = getPolicyDocument(basicArgs);
    expect(r.json).toBe(basicJson);
    expect(r.minifiedJson).toBe(JSON.stringify(JSON.parse(basicJson)));
    // create.StringHashcode: the CRC-32 of the indented JSON, as a decimal string.
    expect(r.id).toMatch(/^\d+$/);
    expect(getPolicyDocument(basicArgs).id).toBe(r.id);
    expect(getPolicyDocument({ ...basicArgs, policyId: 'other' }).id).not.toBe(r.id);
  });

  it('a single condition value is a string', () => {
    const r = getPolicyDocument({
      statements: [
        {
          effect: 'Deny',
          principals: [{ type: 'AWS', identifiers: ['*'] }],
          actions: ['elasticfilesystem:*'],
          resources: ['*'],
          conditions: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
        },
      ],
    });
    expect(JSON.parse(r.json)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'elasticfilesystem:*', Resource: '*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    });
  });

  it('several condition keys of one test share its map, written in Go map order; values of the same key are concatenated', () => {
    const multiple = getPolicyDocument({
      statements: [
        {
          sid: 'AWSCloudTrailWrite20150319',
          principals: [{ type: 'Service', identifiers: ['cloudtrail.amazonaws.com'] }],
          actions: ['s3:PutObject'],
          resources: ['*'],
          conditions: [
            { test: 'StringEquals', variable: 's3:x-amz-acl', values: ['bucket-owner-full-control'] },
            { test: 'StringEquals', variable: 'aws:SourceArn', values: ['some-other-value'] },
          ],
        },
      ],
    });
    expect(multiple.json).toContain('"StringEquals": {\n          "aws:SourceArn": "some-other-value",\n          "s3:x-amz-acl": "bucket-owner-full-control"\n        }');
    const duplicate = getPolicyDocument({
      statements: [
        {
          sid: 'DuplicateConditionTest',
          actions: ['s3:PutObject'],
          resources: ['*'],
          conditions: [
            { test: 'StringEquals', variable: 's3:prefix', values: ['one/', 'two/'] },
            { test: 'StringEquals', variable: 's3:prefix', values: ['three/'] },
          ],
        },
      ],
    });
    expect(JSON.parse(duplicate.json).Statement[0].Condition).toEqual({ StringEquals: { 's3:prefix': ['one/', 'two/', 'three/'] } });
  });

  it('a source document keeps its own text: booleans become strings, one-item lists one string', () => {
    const source = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'RestrictAccessToSpecialTag',
          Effect: 'Deny',
          Action: ['ec2:CreateTags', 'ec2:DeleteTags'],
          Resource: `arn:${P}:ec2:*:*:vpc/*`,
          Condition: { Null: { 'aws:ResourceTag/SpecialTag': false }, StringLike: { 'aws:ResourceAccount': ['123456'], 'aws:PrincipalArn': `arn:${P}:iam::*:role/AWSAFTExecution` } },
        },
      ],
    });
    expect(JSON.parse(getPolicyDocument({ sourcePolicyDocuments: [source] }).json)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'RestrictAccessToSpecialTag',
          Effect: 'Deny',
          Action: ['ec2:CreateTags', 'ec2:DeleteTags'],
          Resource: `arn:${P}:ec2:*:*:vpc/*`,
          Condition: { Null: { 'aws:ResourceTag/SpecialTag': 'false' }, StringLike: { 'aws:ResourceAccount': '123456', 'aws:PrincipalArn': `arn:${P}:iam::*:role/AWSAFTExecution` } },
        },
      ],
    });
  });

  it('source: a document built from another keeps its statements and appends its own', () => {
    const base = getPolicyDocument({
      ...basicArgs,
      statements: basicArgs.statements.map((s, i) => (i === 2 ? { ...s, principals: [{ type: 'AWS', identifiers: ['arn:blahblah:example', 'arn:blahblahblah:example'] }] } : s)),
    });
    const r = getPolicyDocument({ sourcePolicyDocuments: [base.json], statements: [{ sid: 'SourceJSONTest1', actions: ['*'], resources: ['*'] }] });
    const parsed = JSON.parse(r.json);
    expect(parsed.Id).toBe('policy_id');
    expect(parsed.Statement).toHaveLength(7);
    expect(parsed.Statement[2].Principal).toEqual({ AWS: ['arn:blahblahblah:example', 'arn:blahblah:example'] });
    expect(parsed.Statement[5]).toEqual({ Effect: 'Allow', Action: 'firehose:*', Principal: '*' });
    expect(parsed.Statement[6]).toEqual({ Sid: 'SourceJSONTest1', Effect: 'Allow', Action: '*', Resource: '*' });
  });

  const policyA = getPolicyDocument({
    statements: [
      { sid: '', effect: 'Allow', actions: ['foo:ActionOne'] },
      { sid: 'validSidOne', effect: 'Allow', actions: ['bar:ActionOne'] },
    ],
  }).json;
  const policyB = getPolicyDocument({ statements: [{ sid: 'validSidTwo', effect: 'Deny', actions: ['foo:ActionTwo'] }] }).json;
  const policyC = getPolicyDocument({ statements: [{ sid: '', effect: 'Allow', actions: ['bar:ActionTwo'] }] }).json;

  it('sourceList: source documents merge in order', () => {
    expect(getPolicyDocument({ version: '2012-10-17', sourcePolicyDocuments: [policyA, policyB, policyC] }).json).toBe(
      doc(
        { Effect: 'Allow', Action: 'foo:ActionOne' },
        { Sid: 'validSidOne', Effect: 'Allow', Action: 'bar:ActionOne' },
        { Sid: 'validSidTwo', Effect: 'Deny', Action: 'foo:ActionTwo' },
        { Effect: 'Allow', Action: 'bar:ActionTwo' },
      ),
    );
  });

  it('sourceListConflicting: a Sid repeated across source documents is refused', () => {
    const a = getPolicyDocument({
      statements: [
        { sid: '', actions: ['foo:ActionOne'] },
        { sid: 'conflictSid', actions: ['bar:ActionOne'] },
      ],
    }).json;
    const c = getPolicyDocument({ statements: [{ sid: 'conflictSid', actions: ['bar:ActionTwo'] }] }).json;
    expect(() => getPolicyDocument({ sourcePolicyDocuments: [a, policyB, c] })).toThrow(/duplicate Sid \(conflictSid\)/);
  });

  it('sourceBlank and emptyString: empty source documents are skipped', () => {
    expect(getPolicyDocument({ sourcePolicyDocuments: [''], statements: [{ sid: 'SourceJSONTest2', actions: ['*'], resources: ['*'] }] }).json).toBe(
      doc({ Sid: 'SourceJSONTest2', Effect: 'Allow', Action: '*', Resource: '*' }),
    );
    expect(getPolicyDocument({ sourcePolicyDocuments: [''] }).json).toBe('{\n  "Version": "2012-10-17"\n}');
    expect(getPolicyDocument({ overridePolicyDocuments: [''] }).json).toBe('{\n  "Version": "2012-10-17"\n}');
  });

  it('sourceConflicting: the document’s own statement replaces a source statement with its Sid', () => {
    const source = getPolicyDocument({ statements: [{ sid: 'SourceJSONTestConflicting', actions: ['iam:*'], resources: ['*'] }] }).json;
    expect(getPolicyDocument({ sourcePolicyDocuments: [source], statements: [{ sid: 'SourceJSONTestConflicting', actions: ['*'], resources: ['*'] }] }).json).toBe(
      doc({ Sid: 'SourceJSONTestConflicting', Effect: 'Allow', Action: '*', Resource: '*' }),
    );
  });

  it('override and overrideList: an override replaces the statement with its Sid, in place', () => {
    const override = getPolicyDocument({ statements: [{ sid: 'SidToOverwrite', actions: ['s3:*'], resources: ['*'] }] }).json;
    expect(
      getPolicyDocument({
        overridePolicyDocuments: [override],
        statements: [
          { actions: ['ec2:*'], resources: ['*'] },
          { sid: 'SidToOverwrite', actions: ['s3:*'], resources: [`arn:${P}:s3:::somebucket`, `arn:${P}:s3:::somebucket/*`] },
        ],
      }).json,
    ).toBe(doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }, { Sid: 'SidToOverwrite', Effect: 'Allow', Action: 's3:*', Resource: '*' }));

    const a = getPolicyDocument({
      statements: [
        { sid: '', actions: ['foo:ActionOne'] },
        { sid: 'overrideSid', actions: ['bar:ActionOne'] },
      ],
    }).json;
    const b = getPolicyDocument({ statements: [{ sid: 'validSid', effect: 'Deny', actions: ['foo:ActionTwo'] }] }).json;
    const c = getPolicyDocument({ statements: [{ sid: 'overrideSid', effect: 'Deny', actions: ['bar:ActionOne'] }] }).json;
    expect(getPolicyDocument({ version: '2012-10-17', overridePolicyDocuments: [a, b, c] }).json).toBe(
      doc({ Effect: 'Allow', Action: 'foo:ActionOne' }, { Sid: 'overrideSid', Effect: 'Deny', Action: 'bar:ActionOne' }, { Sid: 'validSid', Effect: 'Deny', Action: 'foo:ActionTwo' }),
    );
  });

  it('noStatementMerge and noStatementOverride', () => {
    const source = (sid: string) => getPolicyDocument({ statements: [{ sid, actions: ['ec2:DescribeAccountAttributes'], resources: ['*'] }] }).json;
    const override = getPolicyDocument({ statements: [{ sid: 'OverridePlaceholder', actions: ['s3:GetObject'], resources: ['*'] }] }).json;
    expect(getPolicyDocument({ sourcePolicyDocuments: [source('')], overridePolicyDocuments: [override] }).json).toBe(
      doc({ Effect: 'Allow', Action: 'ec2:DescribeAccountAttributes', Resource: '*' }, { Sid: 'OverridePlaceholder', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    );
    expect(getPolicyDocument({ sourcePolicyDocuments: [source('OverridePlaceholder')], overridePolicyDocuments: [override] }).json).toBe(
      doc({ Sid: 'OverridePlaceholder', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    );
  });

  it('duplicateSid: refused; blank Sids may repeat', () => {
    expect(() =>
      getPolicyDocument({
        statements: [
          { sid: '1', actions: ['ec2:DescribeAccountAttributes'], resources: ['*'] },
          { sid: '1', actions: ['s3:GetObject'], resources: ['*'] },
        ],
      }),
    ).toThrow('writing IAM Policy Document: duplicate Sid (1). Remove the Sid or ensure the Sid is unique.');
    expect(
      getPolicyDocument({
        statements: [
          { sid: '', actions: ['ec2:DescribeAccountAttributes'], resources: ['*'] },
          { sid: '', actions: ['s3:GetObject'], resources: ['*'] },
        ],
      }).json,
    ).toBe(doc({ Effect: 'Allow', Action: 'ec2:DescribeAccountAttributes', Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }));
  });

  it('sourcePolicyValidJSON and overridePolicyDocumentValidJSON: invalid JSON is refused, naming the argument', () => {
    expect(() => getPolicyDocument({ sourcePolicyDocuments: ['{'] })).toThrow(/"source_policy_documents.0" contains an invalid JSON/);
    expect(() => getPolicyDocument({ overridePolicyDocuments: ['{'] })).toThrow(/"override_policy_documents.0" contains an invalid JSON/);
  });

  it('principal identifiers: blocks of one type merge into one list, in the SDK’s set order (which depends on the partition)', () => {
    const arn = (p: string, account: string) => `arn:${p}:iam::${account}:root`;
    const stringAndSlice = getPolicyDocument({
      statements: [
        {
          actions: ['*'],
          resources: ['*'],
          sid: 'StatementPrincipalIdentifiersStringAndSlice',
          principals: [
            { type: 'AWS', identifiers: [arn(P, '111111111111')] },
            { type: 'AWS', identifiers: [arn(P, '222222222222'), arn(P, '333333333333')] },
          ],
        },
      ],
    });
    expect(JSON.parse(stringAndSlice.json).Statement[0].Principal).toEqual({ AWS: [arn(P, '111111111111'), arn(P, '333333333333'), arn(P, '222222222222')] });

    const multiple = (p: string) =>
      JSON.parse(
        getPolicyDocument({
          statements: [
            {
              actions: ['*'],
              resources: ['*'],
              sid: 'StatementPrincipalIdentifiersStringAndSlice',
              principals: [
                { type: 'AWS', identifiers: [arn(p, '111111111111'), arn(p, '222222222222')] },
                { type: 'AWS', identifiers: [arn(p, '333333333333')] },
                { type: 'AWS', identifiers: [arn(p, '444444444444')] },
              ],
            },
          ],
        }).json,
      ).Statement[0].Principal.AWS;
    expect(multiple('aws')).toEqual(['333333333333', '444444444444', '222222222222', '111111111111'].map((a) => arn('aws', a)));
    expect(multiple('aws-us-gov')).toEqual(['333333333333', '222222222222', '111111111111', '444444444444'].map((a) => arn('aws-us-gov', a)));
  });

  it('version 2008-10-17: accepted, but &{} variables are refused in conditions, principals and resources', () => {
    expect(getPolicyDocument({ version: '2008-10-17', statements: [{ actions: ['ec2:*'], resources: ['*'] }] }).json).toBe(
      JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] }, null, 2),
    );
    const refused = /found &\{ sequence in \(.+\), which is not supported in document version 2008-10-17/;
    const old = (statement: Record<string, unknown>) => () => getPolicyDocument({ version: '2008-10-17', statements: [{ actions: ['*'], ...statement }] });
    expect(old({ resources: ['*'], conditions: [{ test: 'StringLike', variable: 's3:prefix', values: ['home/', 'home/&{aws:username}/'] }] })).toThrow(refused);
    expect(old({ resources: ['*'], notPrincipals: [{ type: 'AWS', identifiers: ['&{aws:username}'] }] })).toThrow(refused);
    expect(old({ notResources: [`arn:${P}:s3:::foo/home/&{aws:username}`] })).toThrow(refused);
    expect(old({ resources: ['*'], principals: [{ type: 'AWS', identifiers: ['&{aws:username}'] }] })).toThrow(refused);
    expect(old({ resources: [`arn:${P}:s3:::foo/home/&{aws:username}`] })).toThrow(refused);
  });
});

describe('getPolicyDocument (schema and encoding)', () => {
  it('refuses what the schema refuses: an unknown effect or version, a non-alphanumeric Sid, the retired sourceJson', () => {
    expect(() => getPolicyDocument({ statements: [{ effect: 'allow', actions: ['*'] }] })).toThrow(PolicyDocumentError);
    expect(() => getPolicyDocument({ version: '2020-01-01' })).toThrow(/version to be one of/);
    expect(() => getPolicyDocument({ statements: [{ sid: 'not-alnum', actions: ['*'] }] })).toThrow(/alphanumeric/);
    expect(() => getPolicyDocument({ sourceJson: '{}' })).toThrow(/"source_json" to be an empty string/);
    expect(() => getPolicyDocument({ statements: [{ actions: [{ not: 'a string' }] }] })).toThrow(/statements\[0\].actions\[0\]: a string is required/);
  });

  it('deduplicates set members and writes HTML characters as Go escapes them', () => {
    const r = getPolicyDocument({ statements: [{ actions: ['s3:GetObject', 's3:GetObject'], resources: ['arn:aws:s3:::a&b<c>'] }] });
    expect(r.json).toContain('"Action": "s3:GetObject"');
    expect(r.json).toContain('"Resource": "arn:aws:s3:::a\\u0026b\\u003cc\\u003e"');
    expect(JSON.parse(r.json).Statement[0].Resource).toBe('arn:aws:s3:::a&b<c>');
  });

  it('a source statement written as one object (not a list) is refused, as Go’s decoder refuses it', () => {
    expect(() => getPolicyDocument({ sourcePolicyDocuments: [JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } })] })).toThrow(
      /cannot unmarshal object into Go struct field iamPolicyDoc.Statement/,
    );
  });

  it('a source document: member names match case-insensitively, any Principal string means everyone, a newer Version wins', () => {
    const source = JSON.stringify({ version: '2012-10-17', statement: [{ effect: 'Allow', action: 's3:*', resource: '*', principal: 'anything' }] });
    const r = JSON.parse(getPolicyDocument({ version: '2008-10-17', sourcePolicyDocuments: [source] }).json);
    expect(r).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Principal: '*' }] });
  });
});

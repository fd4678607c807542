import { DATA1 } from '../../src/rules/data/DATA1-s3-block-public-access';
import { DATA1_CASES } from '../cases/DATA1.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { IMPORTED, cfnBucket, runYaml } from './s3-fixtures';

parityOf(DATA1_CASES);

describe('DATA1 parity: S3 Block Public Access', () => {
  it('CloudFormation: a configuration imported from another stack may be absent, so the bucket is unknown', () => {
    const f = runCfn(DATA1, { Bucket: cfnBucket({ PublicAccessBlockConfiguration: IMPORTED }) });
    expect(statuses(f)).toEqual(['Bucket: unknown']);
    expect(f[0].message).toContain('PublicAccessBlockConfiguration');
  });

  it('CloudFormation YAML: !If on a condition that cannot be evaluated is unknown; on a known one it picks its branch', () => {
    const template = (condition: string) => `
Parameters:
  Env: { Type: String${condition} }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: !If
        - IsProd
        - { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }
        - !Ref AWS::NoValue
`;
    expect(statuses(runYaml(DATA1, template('')))).toEqual(['Bucket: unknown']);
    expect(statuses(runYaml(DATA1, template(', Default: prod, AllowedValues: [prod]')))).toEqual(['Bucket: pass', 'Bucket: pass']);
    expect(statuses(runYaml(DATA1, template(', Default: dev, AllowedValues: [dev]')))).toEqual(['Bucket: fail']);
  });
});

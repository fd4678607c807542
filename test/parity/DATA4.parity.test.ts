import { DATA4 } from '../../src/rules/data/DATA4-stores-encrypted';
import { DATA4_CASES, KEY } from '../cases/DATA4.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { IMPORTED, cfnResource as cfn } from './s3-fixtures';

parityOf(DATA4_CASES);

describe('DATA4 parity: data stores encrypted at rest', () => {
  it('CloudFormation: a DynamoDB key by !Ref Key is a customer-managed key, not the AWS-managed one', () => {
    const f = runCfn(DATA4, { Key: KEY, Table: cfn('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true, KMSMasterKeyId: { Ref: 'Key' } } }) });
    expect(statuses(f)).toEqual(['Table: pass']);
    expect(f[0].message).toContain('customer-managed key');
  });

  it("CloudFormation: a global table whose replica list is imported has a key not known yet, judged as Pulumi's unknown key", () => {
    const f = runCfn(DATA4, { Table: cfn('AWS::DynamoDB::GlobalTable', { SSESpecification: { SSEEnabled: true }, Replicas: IMPORTED }) });
    expect(statuses(f)).toEqual(['Table: pass']);
    // An unknown key is still a key: DynamoDB encrypts either way, and only a named AWS-managed key is advisory.
    expect(f[0].message).toContain('kmsKeyArn');
  });
});

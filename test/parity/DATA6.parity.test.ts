import { DATA6 } from '../../src/rules/data/DATA6-recoverability';
import { DATA6_CASES, replica } from '../cases/DATA6.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { cfnResource as cfn } from './s3-fixtures';

parityOf(DATA6_CASES);

describe('DATA6 parity: recoverability', () => {
  it('CloudFormation: a global table replica without PointInTimeRecoverySpecification has no recovery (default false)', () => {
    const f = runCfn(DATA6, { Table: cfn('AWS::DynamoDB::GlobalTable', { Replicas: [replica('us-east-1', true), replica('eu-west-1')] }) });
    expect(statuses(f)).toEqual(['Table: fail']);
    expect(f[0].message).toContain('absent (default false)');
  });
});

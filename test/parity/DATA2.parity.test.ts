import { DATA2 } from '../../src/rules/data/DATA2-s3-no-public-grants';
import { DATA2_CASES } from '../cases/DATA2.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { cfnBucket } from './s3-fixtures';

parityOf(DATA2_CASES);

describe('DATA2 parity: no public S3 grants', () => {
  it("CloudFormation: the canned ACL names convert to S3's (LogDeliveryWrite is not public, PublicReadWrite is)", () => {
    const f = runCfn(DATA2, { Logs: cfnBucket({ AccessControl: 'LogDeliveryWrite' }), Shared: cfnBucket({ AccessControl: 'PublicReadWrite' }) });
    expect(statuses(f).filter((s) => s.includes('/acl'))).toEqual(['Logs/acl: pass', 'Shared/acl: fail']);
    expect(f.find((x) => x.resource.name === 'Shared' && x.detail === 'acl')!.message).toContain('acl is public-read-write');
  });
});

import { NET3_CASES, cfnLaunchTemplate } from '../cases/NET3.cases';
import { cfnFacts } from '../support/cfn-stack';
import { parityOf } from '../support/parity';

parityOf(NET3_CASES);

describe('NET3 CloudFormation launch template shape', () => {
  it('unwraps LaunchTemplateData into the Pulumi LaunchTemplate inputs', () => {
    const fact = cfnFacts({
      Template: cfnLaunchTemplate({
        ImageId: 'ami-123',
        SecurityGroupIds: ['sg-1'],
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, KmsKeyId: 'alias/app' } }],
      }),
    }).byKey('Template');
    expect(fact?.props).toEqual({
      name: 'web',
      imageId: 'ami-123',
      vpcSecurityGroupIds: ['sg-1'],
      metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true, kmsKeyId: 'alias/app' } }],
    });
  });
});

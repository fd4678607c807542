import { parseTemplate } from '../../src/cfn/template-source';
import { NET2 } from '../../src/rules/net/NET2-restricted-ingress';
import { NET2_CASES } from '../cases/NET2.cases';
import { CfnTestTemplate, runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';

parityOf(NET2_CASES);

describe('NET2 on CloudFormation alone', () => {
  it('reads YAML short forms and numeric protocols', () => {
    const yaml = `
Parameters:
  Port:
    Type: Number
    Default: 3306
    AllowedValues: [3306]
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
      SecurityGroupIngress:
        - IpProtocol: 6
          FromPort: !Ref Port
          ToPort: !Ref Port
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: !Select [0, [0.0.0.0/0]]
`;
    const f = runCfn(NET2, parseTemplate(yaml, 'net2.yaml').template as unknown as CfnTestTemplate);
    expect(statuses(f)).toEqual(['Sg/ingress[0]: fail', 'Sg/ingress[1]: pass']);
    expect(f[0].message).toContain('3306 (MySQL');
  });
});

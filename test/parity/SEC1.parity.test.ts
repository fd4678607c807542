import { factsFromTemplate } from '../../src/cfn/facts';
import { parseTemplate } from '../../src/cfn/template-source';
import { evaluate } from '../../src/core/engine';
import { SEC1 } from '../../src/rules/sec/SEC1-secret-customer-managed-key';
import { SEC1_CASES, pulumiKey, secretFrom } from '../cases/SEC1.cases';
import { parityOf } from '../support/parity';
import { runPulumi, statuses } from '../support/pulumi-stack';

parityOf(SEC1_CASES);

describe('SEC1 parity: secrets use a customer-managed KMS key', () => {
  it('reads YAML short forms (!Ref, !GetAtt) the same way', () => {
    const yaml = [
      'Resources:',
      '  Key: {Type: AWS::KMS::Key, Properties: {EnableKeyRotation: true}}',
      '  ByRef: {Type: AWS::SecretsManager::Secret, Properties: {KmsKeyId: !Ref Key}}',
      '  ByArn:',
      '    Type: AWS::SecretsManager::Secret',
      '    Properties:',
      '      KmsKeyId: !GetAtt Key.Arn',
    ].join('\n');
    const fromCfn = statuses(evaluate(factsFromTemplate(parseTemplate(yaml, 'secrets.yaml')).stack, [SEC1], {}));
    const fromPulumi = statuses(runPulumi(SEC1, [pulumiKey, { ...secretFrom('Key'), name: 'ByRef' }, { ...secretFrom('Key'), name: 'ByArn' }]));
    expect(fromCfn.sort()).toEqual(fromPulumi.sort());
    expect(fromCfn.sort()).toEqual(['ByArn: pass', 'ByRef: pass']);
  });
});

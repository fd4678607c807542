import { IAM1 } from '../../src/rules/iam/IAM1-least-privilege';
import { ADMIN_PATTERNS, IAM1_CASES, cfnManaged, cfnOf, cfnRole, narrow, pulumiOf } from '../cases/IAM1.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { runPulumi } from '../support/pulumi-stack';

parityOf(IAM1_CASES);

describe('IAM1 parity: least privilege', () => {
  describe('administrator access however written: ARN patterns that match every resource, NotAction that leaves IAM allowed', () => {
    it('both engines: the NotAction that leaves IAM allowed is mandatory, the one excluding all of IAM advisory', () => {
      const enforcement = (findings: ReturnType<typeof runCfn>) => Object.fromEntries(findings.filter((f) => f.status === 'fail').map((f) => [f.resource.name, f.enforcement]));
      const expected = { AllArn: 'mandatory', AllSegments: 'mandatory', AlmostAll: 'mandatory', PowerUser: 'advisory' };
      expect(enforcement(runPulumi(IAM1, pulumiOf(ADMIN_PATTERNS)))).toEqual(expected);
      expect(enforcement(runCfn(IAM1, cfnOf(ADMIN_PATTERNS)))).toEqual(expected);
    });
  });

  it('names an attached managed policy of the template (a Ref) as such, not as "no managed policy"', () => {
    const attachment = runCfn(IAM1, { Role: cfnRole({}), Managed: cfnManaged(narrow, { Roles: [{ Ref: 'Role' }] }) }).find((x) => x.detail === 'policyArn');
    expect(attachment?.message).toContain('comes from another resource of this stack');
  });
});

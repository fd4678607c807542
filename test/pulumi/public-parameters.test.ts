/**
 * `aws.ssm.getParameter` offline: programs parse AWS's public parameters (awsx's classic ECS cluster
 * reads `JSON.parse(value).image_id` of `/aws/service/ecs/optimized-ami/amazon-linux/recommended`), so
 * the stand-in has their shape; any other parameter gets a plain string value.
 */
import { ACCOUNT_LOOKUPS } from '../../src/pulumi/offline/invokes/account-lookups';

const getParameter = (name: string) => ACCOUNT_LOOKUPS['aws:ssm/getParameter:getParameter']({ name }, { region: 'us-west-2' });

describe('aws.ssm.getParameter stand-ins', () => {
  it('the ECS-optimized AMI recommendation is a JSON document with an AMI id', () => {
    const value = getParameter('/aws/service/ecs/optimized-ami/amazon-linux/recommended').value;
    expect(typeof value).toBe('string');
    expect((JSON.parse(value as string) as { image_id: string }).image_id).toMatch(/^ami-[0-9a-f]{17}$/);
  });

  it('an AMI leaf or Amazon Linux alias is an AMI id; another parameter a plain string', () => {
    expect(getParameter('/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id').value).toMatch(/^ami-/);
    expect(getParameter('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64').value).toMatch(/^ami-/);
    expect(getParameter('/app/feature-flag').value).toBe('value-of-app-feature-flag');
  });
});

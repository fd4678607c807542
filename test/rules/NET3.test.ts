import { NET3 } from '../../src/rules/net/NET3-imdsv2-required';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const INSTANCE = 'aws:ec2/instance:Instance';
const TEMPLATE = 'aws:ec2/launchTemplate:LaunchTemplate';
const instance = (name: string, props: Record<string, unknown>) => ({ type: INSTANCE, name, props: { ami: 'ami-1', instanceType: 't3.micro', ...props } });
const template = (name: string, props: Record<string, unknown>) => ({ type: TEMPLATE, name, props: { imageId: 'ami-1', ...props } });

describe('NET3 IMDSv2 required', () => {
  it('passes httpTokens required and a disabled metadata endpoint on instances and launch templates', () => {
    const f = runPulumi(NET3, [
      instance('v2', { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } }),
      instance('off', { metadataOptions: { httpEndpoint: 'disabled' } }),
      template('lt', { metadataOptions: { httpTokens: 'required' } }),
      template('lt-off', { metadataOptions: { httpEndpoint: 'disabled', httpTokens: 'optional' } }),
    ]);
    expect(statuses(f)).toEqual(['v2: pass', 'off: pass', 'lt: pass', 'lt-off: pass']);
  });

  it('passes an instance without metadata options that takes them from its launch template', () => {
    const f = runPulumi(NET3, [instance('from-lt', { launchTemplate: { id: 'lt-1' } })]);
    expect(statuses(f)).toEqual(['from-lt: pass']);
  });

  it('fails absent (default optional) and optional tokens', () => {
    const f = runPulumi(NET3, [
      instance('bare', {}),
      instance('v1', { metadataOptions: { httpTokens: 'optional' } }),
      template('lt-bare', {}),
      template('lt-v1', { metadataOptions: { httpEndpoint: 'enabled' } }),
    ]);
    expect(statuses(f)).toEqual(['bare: fail', 'v1: fail', 'lt-bare: fail', 'lt-v1: fail']);
    expect(f[0].message).toContain('absent (EC2 default optional');
    expect(f[1].message).toContain('"optional"');
  });

  it('reports unknown for unknown options, endpoint or tokens', () => {
    const f = runPulumi(NET3, [
      instance('a', { metadataOptions: UNKNOWN }),
      instance('b', { metadataOptions: { httpTokens: UNKNOWN } }),
      template('c', { metadataOptions: { httpEndpoint: UNKNOWN, httpTokens: 'optional' } }),
    ]);
    expect(statuses(f)).toEqual(['a: unknown', 'b: unknown', 'c: unknown']);
    expect(f[1].message).toContain('metadataOptions.httpTokens');
  });

  it('remediates to httpTokens required, keeping other options, and leaves unknown options alone', () => {
    const fact = (r: { type: string; name: string; props: Record<string, unknown> }) => factFromPulumi({ ...r, urn: urnOf(r) })!;
    expect(NET3.remediate!(fact(instance('a', { metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 2 } })))).toEqual({
      ami: 'ami-1',
      instanceType: 't3.micro',
      metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
    });
    expect(NET3.remediate!(fact(template('b', {})))).toEqual({ imageId: 'ami-1', metadataOptions: { httpTokens: 'required' } });
    expect(NET3.remediate!(fact(instance('c', { metadataOptions: UNKNOWN })))).toBeUndefined();
  });
});

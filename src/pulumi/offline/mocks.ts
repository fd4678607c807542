/**
 * The mocks the capture child gives `pulumi.runtime.setMocks`: what the (absent) AWS provider would
 * answer for a new resource and for an invoke (data source).
 */
import { fakeOutputs } from './fake-outputs';

export type OutputsMode = 'fake' | 'unknown';

/** Invokes programs commonly make, answered with fixed fake values so the program runs offline. */
const FAKE_INVOKES: Record<string, Record<string, unknown>> = {
  'aws:index/getCallerIdentity:getCallerIdentity': { accountId: '123456789012', arn: 'arn:aws:iam::123456789012:user/offline', userId: 'OFFLINE', id: '123456789012' },
  'aws:index/getRegion:getRegion': { name: 'us-east-1', region: 'us-east-1', id: 'us-east-1', description: 'US East (N. Virginia)' },
  'aws:index/getPartition:getPartition': { partition: 'aws', dnsSuffix: 'amazonaws.com', id: 'aws', reverseDnsPrefix: 'com.amazonaws' },
  'aws:index/getAvailabilityZones:getAvailabilityZones': { names: ['us-east-1a', 'us-east-1b'], zoneIds: ['use1-az1', 'use1-az2'], id: 'us-east-1' },
};

export interface NewResourceArgs {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}
export interface CallArgs {
  token: string;
  inputs: Record<string, unknown>;
}

export function offlineMocks(outputsMode: OutputsMode) {
  return {
    newResource: (args: NewResourceArgs) => {
      // `unknown`: no id and only the inputs as state, so every computed output is unknown, exactly as in
      // `pulumi preview`. `fake`: known stand-ins for AWS-computed outputs, so derived values can be checked.
      if (outputsMode === 'unknown') return { id: undefined, state: args.inputs };
      const fake = fakeOutputs(args.type, args.name, args.inputs);
      return { id: fake.id, state: { ...fake.outputs, ...args.inputs } };
    },
    call: (args: CallArgs) => FAKE_INVOKES[args.token] ?? args.inputs,
  };
}

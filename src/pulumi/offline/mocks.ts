/**
 * The mocks the capture child gives `pulumi.runtime.setMocks`: what the (absent) AWS provider would
 * answer for a new resource and for an invoke (data source). Both forms of an invoke (`getVpc` and
 * `getVpcOutput`) reach `call`; `invokes/answer.ts` says what each returns.
 */
import { fakeOutputs } from './fake-outputs';
import { answerInvoke } from './invokes/answer';
import { offlineRegion } from './stand-ins';

export type OutputsMode = 'fake' | 'unknown';

export interface NewResourceArgs {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}
export interface CallArgs {
  token: string;
  inputs: Record<string, unknown>;
}

export interface MockContext {
  /** Where the program and its provider SDKs are (the capture child runs in it). */
  programDir?: string;
  /** The program's config, `aws:region` among it (the child puts it in PULUMI_CONFIG before the runtime starts). */
  region?: string;
}

export function offlineMocks(outputsMode: OutputsMode, context: MockContext = {}) {
  const region = context.region ?? offlineRegion();
  const programDir = context.programDir ?? process.cwd();
  return {
    newResource: (args: NewResourceArgs) => {
      // `unknown`: no id and only the inputs as state, so every computed output is unknown, exactly as in
      // `pulumi preview`. `fake`: known stand-ins for AWS-computed outputs, so derived values can be checked.
      if (outputsMode === 'unknown') return { id: undefined, state: args.inputs };
      const fake = fakeOutputs(args.type, args.name, args.inputs, region);
      return { id: fake.id, state: { ...fake.outputs, ...args.inputs } };
    },
    // A data source is read during `pulumi preview` too, so lookups are answered in both modes.
    call: (args: CallArgs) => answerInvoke(args.token, args.inputs, { region, programDir }),
  };
}

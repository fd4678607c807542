/**
 * What an invoke (a data source, `aws.ec2.getVpc(...)` or its `...Output` form: both reach the mock
 * monitor's `call`) returns offline:
 * - a pure function of its arguments (`aws.iam.getPolicyDocument`, `aws.getArn`): its real result;
 * - a lookup of the account (`account-lookups.ts`): stand-ins for what identifies the object, the
 *   arguments echoed where the result repeats them (as the provider's data source state does), and
 *   every other result field unknown;
 * - any other function: every result field unknown. A list field becomes a list of one unknown, so a
 *   program that maps over it still builds its resources (with unknown inputs) instead of failing.
 *
 * Unknown is the engine's sentinel; the runtime turns it into an unknown value during a preview
 * (`deserializeProperty` in sdk/nodejs/runtime/rpc.ts), so whatever the program derives from it
 * reaches the checks as unknown, never as absent.
 */
import { ACCOUNT_LOOKUPS, LookupContext } from './account-lookups';
import { getPolicyDocument } from './get-policy-document';
import { resultFields } from './result-fields';

/** The engine's unknown value (`unknownValue` in sdk/nodejs/runtime/rpc.ts). */
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

type Inputs = Record<string, unknown>;

export interface InvokeContext extends LookupContext {
  /** Where the program's provider SDKs are installed. */
  programDir: string;
}

const POLICY_DOCUMENT = 'aws:iam/getPolicyDocument:getPolicyDocument';

function withoutUndefined(inputs: Inputs): Inputs {
  return Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined && v !== null));
}

export function answerInvoke(token: string, rawInputs: Inputs, ctx: InvokeContext): Inputs {
  const inputs = withoutUndefined(rawInputs);
  if (token === POLICY_DOCUMENT) {
    const statements = Array.isArray(inputs.statements) ? inputs.statements.map((s: unknown) => ({ effect: 'Allow', ...(s as Inputs) })) : undefined;
    return { ...inputs, version: inputs.version ?? '2012-10-17', ...(statements ? { statements } : {}), ...getPolicyDocument(inputs) };
  }
  const fields = resultFields(token, ctx.programDir) ?? [];
  const unknowns = Object.fromEntries(fields.map((f) => [f.name, f.list ? [UNKNOWN] : UNKNOWN]));
  const echoed = Object.fromEntries(fields.filter((f) => f.name in inputs).map((f) => [f.name, inputs[f.name]]));
  const lookup = ACCOUNT_LOOKUPS[token];
  return { ...unknowns, ...echoed, ...(lookup ? lookup(inputs, ctx) : {}) };
}

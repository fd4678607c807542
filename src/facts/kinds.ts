import { KIND_MODULES, ModuleKind } from '../kinds';

/**
 * The resource kinds checks know, with every engine type that maps to each, as their kind modules
 * (src/kinds/<service>-<resource>.ts) declare them. A kind's props follow the Pulumi input shape of its
 * first Pulumi token; other tokens are aliases (`@pulumi/aws` v6 and v7 renamed several S3 resources,
 * and `aws:alb/*` duplicates `aws:lb/*`). The CloudFormation adapter maps template properties into the
 * same shape.
 */
export type Kind = ModuleKind;

// Every kind is a key: KIND_MODULES lists one module per kind (test/kinds/kind-modules.test.ts).
export const KINDS = Object.fromEntries(KIND_MODULES.map((m) => [m.kind, { pulumi: m.pulumi, cfn: Object.keys(m.cfn) }])) as unknown as Readonly<
  Record<Kind, { readonly pulumi: readonly string[]; readonly cfn: readonly string[] }>
>;

function indexBy(engine: 'pulumi' | 'cfn'): ReadonlyMap<string, Kind> {
  const index = new Map<string, Kind>();
  for (const kind of Object.keys(KINDS) as Kind[]) for (const type of KINDS[kind][engine]) index.set(type, kind);
  return index;
}

const PULUMI_KINDS = indexBy('pulumi');
const CFN_KINDS = indexBy('cfn');

export function kindOfPulumiType(type: string): Kind | undefined {
  return PULUMI_KINDS.get(type);
}

export function kindOfCfnType(type: string): Kind | undefined {
  return CFN_KINDS.get(type);
}

/** Every Pulumi type token of the given kinds, aliases included. */
export function pulumiTypesOf(kinds: readonly Kind[]): string[] {
  return kinds.flatMap((k) => [...KINDS[k].pulumi]);
}

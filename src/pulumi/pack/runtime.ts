/**
 * The Pulumi SDKs are optional peer dependencies of the package (a CDK-only install does not bring the
 * Pulumi runtime), so whatever runs the policy pack first checks that the pack can load them and
 * otherwise says in one line what to install. Bundled into the pack (policies/index.js runs it before
 * requiring @pulumi/policy) and used by the CLI's `preview`.
 */

/** What the pack loads: policies/index.js requires @pulumi/policy; its runner is @pulumi/pulumi's `cmd/run-policy-pack`. */
export const PACK_RUNTIME = ['@pulumi/pulumi', '@pulumi/policy'] as const;

function resolvable(name: string, from: string): boolean {
  try {
    require.resolve(`${name}/package.json`, { paths: [from] });
    return true;
  } catch {
    return false;
  }
}

/** `<who> needs X and Y: npm install --save-dev X Y` when the pack in `packDir` cannot load its runtime; undefined when it can. */
export function missingPackRuntime(who: string, packDir: string): string | undefined {
  const missing = PACK_RUNTIME.filter((name) => !resolvable(name, packDir));
  if (missing.length === 0) return undefined;
  return `${who} needs ${missing.join(' and ')}: npm install --save-dev ${missing.join(' ')}`;
}

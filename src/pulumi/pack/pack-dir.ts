/**
 * `marketplace-guardrails/policies`: where the policy pack lives, for callers that hand the Pulumi
 * engine a pack directory themselves, e.g. Automation API:
 *
 *   await stack.preview({ policyPacks: [policyPackDir] });
 *
 * Loading this module starts nothing (only `policies/index.js`, run by the engine, constructs the pack).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const PACKAGE_NAME = 'marketplace-guardrails';

function isOurManifest(file: string): boolean {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** The package's root: the nearest directory above `from` whose package.json is ours (sources and compiled output sit at different depths). */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (isOurManifest(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package above ${from}`);
  }
}

/** The absolute path of this package's policy pack directory (holds PulumiPolicy.yaml). */
export const policyPackDir: string = path.join(packageRoot(__dirname), 'policies');

/**
 * What every report says about the tool that wrote it: name, version and where each requirement is
 * documented (docs/requirements.md, one section per requirement, anchored by its lower-case ID).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const TOOL_NAME = 'marketplace-guardrails';

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string };
}

/** This package's package.json, found from either the sources or the compiled output. */
function ownPackage(): PackageJson {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as PackageJson;
      if (pkg.name === TOOL_NAME) return pkg;
    }
    dir = path.dirname(dir);
  }
  return {};
}

const PKG = ownPackage();
export const TOOL_VERSION = PKG.version ?? '0.0.0';

/** `git+https://github.com/o/r.git` or `github:o/r` -> `https://github.com/o/r`; undefined when not on GitHub. */
function githubRepo(repository: PackageJson['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  const m = /^(?:git\+)?(?:https?:\/\/|git@|ssh:\/\/git@)?github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?$/.exec(url) ?? /^github:([^/]+)\/(.+)$/.exec(url);
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}

/**
 * Where docs/requirements.md of this very version can be read. SARIF wants an absolute URI: the
 * repository's page at the version's tag when package.json names a GitHub repository, else the file
 * as the registry's CDN serves it from the published package (docs/ ships in the package).
 */
export const REQUIREMENTS_DOC_URL = (() => {
  const repo = githubRepo(PKG.repository);
  if (repo) return `${repo}/blob/v${TOOL_VERSION}/docs/requirements.md`;
  return `https://unpkg.com/${TOOL_NAME}@${TOOL_VERSION}/docs/requirements.md`;
})();

export const INFORMATION_URL = PKG.homepage ?? `https://www.npmjs.com/package/${TOOL_NAME}`;

/** The anchor of a requirement's section in docs/requirements.md (its heading is the bare ID). */
export function requirementAnchor(id: string): string {
  return id.toLowerCase();
}

export function requirementDocUrl(id: string): string {
  return `${REQUIREMENTS_DOC_URL}#${requirementAnchor(id)}`;
}

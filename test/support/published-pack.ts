/** The pack as Pulumi Cloud installs it after `pulumi policy publish` (scripts/published-pack.js, shared with the benchmark). */
import * as path from 'node:path';
import { ROOT } from './cli';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { installPublishedPack, registryUnreachable } = require(path.join(ROOT, 'scripts', 'published-pack.js')) as {
  /** Packs policies/, unpacks the tarball and installs its dependencies; returns the installed pack's directory. */
  installPublishedPack(): string;
  /** Why the npm registry cannot be used from here, or undefined when it answers. */
  registryUnreachable(): string | undefined;
};

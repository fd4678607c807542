/**
 * Node.js module hooks for an ES module TypeScript program, registered by typescript-register.ts with
 * `module.register` as Pulumi registers sdk/nodejs/cmd/run/hooks.ts (pulumi/pulumi 1b59498): ts-node's
 * ESM hooks over a ts-node service created with the language host's options. Node runs this module in
 * its hooks thread and calls `initialize` with the registration's data before any resolve or load.
 */
import type { EsmHooksData } from './typescript-register';

type Hook = (first: unknown, context: unknown, next: unknown) => unknown;
interface TsNodeEsm {
  register(options: EsmHooksData['options']): unknown;
  createEsmHooks(service: unknown): { resolve: Hook; load: Hook };
}

let hooks: { resolve: Hook; load: Hook } | undefined;

export function initialize(data: EsmHooksData): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const tsNode = require(data.tsNode) as TsNodeEsm;
  hooks = tsNode.createEsmHooks(tsNode.register(data.options));
}

// Before `initialize` there are no hooks; Node never calls these earlier, but pass through if it did.
export function resolve(specifier: unknown, context: unknown, next: (s: unknown, c: unknown) => unknown): unknown {
  return hooks ? hooks.resolve(specifier, context, next) : next(specifier, context);
}

export function load(url: unknown, context: unknown, next: (u: unknown, c: unknown) => unknown): unknown {
  return hooks ? hooks.load(url, context, next) : next(url, context);
}

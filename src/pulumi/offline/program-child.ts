/**
 * Runs a user's Pulumi program under `pulumi.runtime.setMocks` in preview mode and records every
 * resource registration exactly as the engine would receive it. It runs in a child process (forked by
 * `capture.ts`) so a program that hangs, exits or pollutes globals cannot harm the CLI, and it uses the
 * program's own `@pulumi/pulumi` so the mocks and the program share one runtime.
 *
 * argv: <programDir> <entryFile> <project> <stack> <configJson> <outFile> <outputs: fake|unknown> <maxResources>
 *
 * Each registration goes to the parent over the IPC channel as it happens, so the parent can have it
 * analyzed while the program goes on, as the engine calls analyzers at each registration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CaptureMessage, CaptureResult } from './captured';
import { configEnvironment } from './stack-config';
import { TransformingMonitor, emulateTransforms, provideRootStack } from './transforms';
import { Monitor, recordRegistrations } from './capture-monitor';
import { prepareSourcePositions } from './source-position';
import { OutputsMode, offlineMocks } from './mocks';
import { causeOf } from './program-error';
import { loadAndRunProgram } from './program-loader';

function fail(outFile: string, error: string): never {
  const result: CaptureResult = { ok: false, error };
  fs.writeFileSync(outFile, JSON.stringify(result));
  process.exit(0);
}

async function main(): Promise<void> {
  const [programDir, entry, project, stack, configJson, outFile, outputsMode, maxResourcesArg] = process.argv.slice(2);
  const maxResources = Number(maxResourcesArg);
  const send = process.send?.bind(process);
  if (!send) fail(outFile, 'internal error: the capture child was started without its IPC channel');
  let sent = 0;
  const failOnce = (e: unknown) => fail(outFile, causeOf(e, { programDir, stack }));
  process.on('uncaughtException', failOnce);
  process.on('unhandledRejection', failOnce);

  // Config must be in the environment before the runtime first reads it.
  Object.assign(process.env, configEnvironment(configJson));
  let pulumiDir: string;
  try {
    pulumiDir = path.dirname(require.resolve('@pulumi/pulumi/package.json', { paths: [programDir] }));
  } catch {
    fail(outFile, `${programDir} cannot load @pulumi/pulumi (run npm install in the program directory)`);
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  const runtime = require(path.join(pulumiDir, 'runtime')) as {
    setMocks(mocks: object, project: string, stack: string, preview: boolean): Promise<void>;
  };
  const settings = require(path.join(pulumiDir, 'runtime', 'settings')) as { getMonitor(): Monitor; waitForRPCs(): Promise<void> };

  await runtime.setMocks(offlineMocks(outputsMode as OutputsMode), project, stack, true);
  recordRegistrations(settings.getMonitor(), (resource) => {
    sent++;
    send({ resource } satisfies CaptureMessage);
  });
  prepareSourcePositions(pulumiDir);
  // Transforms run before the recorder sees a registration, as the engine runs them before registering.
  emulateTransforms(pulumiDir, settings.getMonitor() as unknown as TransformingMonitor, (message) => fail(outFile, message));
  provideRootStack(pulumiDir);
  // Stop a runaway program at construction: a loop that builds resources synchronously reaches the
  // monitor only after it ends, by which time its memory is spent. Resource constructors call this
  // module's export, so counting there sees every resource as it is created.
  const runtimeResource = require(path.join(pulumiDir, 'runtime', 'resource')) as { registerResource: (...args: unknown[]) => unknown };
  const registerOne = runtimeResource.registerResource;
  let constructed = 0;
  runtimeResource.registerResource = (...args: unknown[]) => {
    if (++constructed > maxResources) fail(outFile, `registers more than ${maxResources} resources, the limit for an offline preview (--max-resources)`);
    return registerOne(...args);
  };

  await loadAndRunProgram(pulumiDir, entry);
  await settings.waitForRPCs();
  // Messages go out in order: once the end has been written, every registration before it has been too.
  await new Promise<void>((resolve) => send({ end: true } satisfies CaptureMessage, undefined, {}, () => resolve()));
  const result: CaptureResult = { ok: true, project, stack, sent };
  fs.writeFileSync(outFile, JSON.stringify(result));
  process.exit(0);
}

void main().catch((e: unknown) => fail(process.argv[7], causeOf(e, { programDir: process.argv[2], stack: process.argv[5] })));

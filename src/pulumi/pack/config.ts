/**
 * The pack's side of policy config. The per-policy schemas, parameters and exemptions are defined once in
 * src/config/pack-policies.ts (the CLI reconciles against them); this module applies our meaning of the
 * config (src/config/marketplace-config.ts) inside the pack at Configure, where the real CLI hands the
 * pack its reconciled config.
 *
 * Why at Configure, and how: `@pulumi/policy` 1.21 keeps the config Configure carried in a module-level
 * map read by policy name (`configure`, `makeAnalyzeRpcFun`, `makeGetConfigFun` in server.js), so a
 * `-stack` part or a companion would otherwise run at whatever level the CLI filled in for its own name.
 * No public API sees Configure; `serve` registers its handlers with `grpc.Server#addService` while the
 * `PolicyPack` is constructed. `withPackConfigure` wraps that one registration's `configure` handler:
 * it rewrites the request to the config the policies run under, or answers INVALID_ARGUMENT with our
 * one-line reason, which the CLI prints (`configuring policy pack ...: <reason>`).
 */
import * as path from 'node:path';
import type { ResourceValidationPolicy } from '@pulumi/policy';
import type * as structPb from 'google-protobuf/google/protobuf/struct_pb';
import { ConfigureRequest, MarketplaceConfigError, followMainPolicies } from '../../config/marketplace-config';
import { SHARED_EXEMPTIONS_CONFIG_SCHEMA, SHARED_EXEMPTIONS_DESCRIPTION, SHARED_EXEMPTIONS_POLICY, packPolicyInfos } from '../../config/pack-policies';
import { EnforcementLevel } from '../../config/policy-pack-config';

export type { PolicyConfig, PolicyExemption } from '../../config/pack-policies';
export { configSchemaFor, exemptionsOf, paramsOf } from '../../config/pack-policies';

/** Holds shared exemptions: listed by GetAnalyzerInfo so the CLI accepts its key; it validates nothing. */
export const sharedExemptionsPolicy: ResourceValidationPolicy = {
  name: SHARED_EXEMPTIONS_POLICY,
  description: SHARED_EXEMPTIONS_DESCRIPTION,
  enforcementLevel: 'advisory',
  configSchema: SHARED_EXEMPTIONS_CONFIG_SCHEMA,
};

/** proto/analyzer.proto `EnforcementLevel`. */
const LEVEL_NUMBERS: Record<EnforcementLevel, number> = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 };
const LEVEL_NAMES: Record<number, EnforcementLevel> = { 0: 'advisory', 1: 'mandatory', 2: 'disabled', 3: 'remediate' };
/** grpc status INVALID_ARGUMENT. */
const INVALID_ARGUMENT = 3;

interface PolicyConfigMessage {
  getEnforcementlevel(): number;
  setEnforcementlevel(level: number): void;
  getProperties(): structPb.Struct | undefined;
  setProperties(s: structPb.Struct): void;
  cloneMessage(): PolicyConfigMessage;
}
interface ConfigureCall {
  request: {
    getPolicyconfigMap(): {
      entries(): { next(): { done?: boolean; value: [string, PolicyConfigMessage] } } & Iterable<[string, PolicyConfigMessage]>;
      set(k: string, v: PolicyConfigMessage): void;
      get(k: string): PolicyConfigMessage | undefined;
    };
  };
}
type Handler = (call: ConfigureCall, callback: (err: { code: number; details: string; message: string } | null, res?: unknown) => void) => unknown;

/** The request rewritten in place to the config the policies run under; throws our reason. */
export function rewriteConfigure(call: ConfigureCall, structClass: typeof structPb.Struct): void {
  const map = call.request.getPolicyconfigMap();
  const given: ConfigureRequest = {};
  let template: PolicyConfigMessage | undefined;
  for (const [name, v] of map.entries() as Iterable<[string, PolicyConfigMessage]>) {
    template ??= v;
    given[name] = { enforcementLevel: LEVEL_NAMES[v.getEnforcementlevel()] ?? 'advisory', properties: (v.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown> };
  }
  if (!template) return;
  const followed = followMainPolicies(given, packPolicyInfos());
  for (const [name, c] of Object.entries(followed)) {
    const message = map.get(name) ?? template.cloneMessage();
    message.setEnforcementlevel(LEVEL_NUMBERS[c.enforcementLevel]);
    message.setProperties(structClass.fromJavaScript(c.properties as Record<string, structPb.JavaScriptValue>));
    map.set(name, message);
  }
}

/**
 * Constructs the pack (`construct` calls `new PolicyPack`) with its Configure handler wrapped.
 * `policyEntry` is the resolved `@pulumi/policy` the pack entry uses, so the gRPC module patched is
 * the one its server registers with.
 */
export function withPackConfigure<T>(construct: () => T, policyEntry: string): T {
  // The gRPC server and protobuf classes of the @pulumi/policy copy the pack runs with, found from its path.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fromPolicy = (m: string) => require(require.resolve(m, { paths: [path.dirname(policyEntry)] })) as unknown;
  const grpc = fromPolicy('@grpc/grpc-js') as { Server: { prototype: { addService(service: unknown, impl: Record<string, unknown>): void } } };
  const pulumiDir = path.dirname(require.resolve('@pulumi/pulumi/package.json', { paths: [path.dirname(policyEntry)] }));
  const structClass = (require(require.resolve('google-protobuf/google/protobuf/struct_pb.js', { paths: [pulumiDir] })) as typeof structPb).Struct;
  const proto = grpc.Server.prototype;
  const original = proto.addService;
  proto.addService = function (this: unknown, service: unknown, impl: Record<string, unknown>) {
    const configure = impl.configure as Handler | undefined;
    const wrapped: Record<string, unknown> = !configure
      ? impl
      : {
          ...impl,
          configure: (call: ConfigureCall, callback: Parameters<Handler>[1]) => {
            try {
              rewriteConfigure(call, structClass);
            } catch (e) {
              const details = e instanceof MarketplaceConfigError ? e.message : `policy config: ${(e as Error).message}`;
              callback({ code: INVALID_ARGUMENT, details, message: details });
              return;
            }
            return configure(call, callback);
          },
        };
    return original.call(this, service, wrapped);
  };
  try {
    return construct();
  } finally {
    proto.addService = original;
  }
}

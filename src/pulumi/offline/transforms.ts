/**
 * Runs a program's transforms inside the capture child as the Pulumi engine runs them, so resources
 * are captured as the engine would register them: after every transform.
 *
 * `pulumi.runtime.registerResourceTransform` and the `transforms` resource option do not run in the
 * SDK: the SDK serves each transform on its callback server and hands the engine a callback (target and
 * token), on the RegisterResource request or through `RegisterStackTransform`
 * (sdk/nodejs/runtime/resource.ts, runtime/stack.ts, runtime/callbacks.ts, pulumi/pulumi 1b59498). The
 * engine then calls them before it registers the resource: the resource's own transforms, then its
 * parents' (nearest first), then the stack's (pkg/resource/deploy/source_eval.go `RegisterResource`),
 * each receiving the previous one's properties and options. Under `setMocks` nobody calls them (the mock
 * monitor at most hands them to the mocks), so a transform that weakens a resource went unseen.
 * Here the resource monitor's part is played by a wrapper around the mock monitor that calls the SDK's
 * own callback server over its gRPC protocol, exactly as the engine does. Invoke transforms
 * (`registerInvokeTransform`) are applied to invoke arguments the same way (source_eval.go `Invoke`).
 *
 * Legacy transformations (`registerStackTransformation`, the `transformations` option) run inside the
 * SDK's Resource constructor, so they already run under mocks; a stack transformation only needs the
 * root stack resource to hang on (`rootStack` below).
 */
import * as path from 'node:path';
import { ENGINE_UNKNOWN, SECRET_SIG, SPECIAL_SIG_KEY, isWireSecret } from '../pack/wire-format';

/** The output-value signature (sdk/nodejs/runtime/rpc.ts `specialOutputValueSig`). */
const OUTPUT_VALUE_SIG = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';

/** Thrown for a transform this emulation cannot run; the child reports its message as one line. */
export class TransformNotEmulated extends Error {}

interface Struct {
  toJavaScript(): Record<string, unknown>;
}
interface StructStatic {
  fromJavaScript(o: Record<string, unknown>): Struct;
}
interface CallbackMessage {
  getTarget(): string;
  getToken(): string;
}
/** The fields of a RegisterResourceRequest the engine hands transforms and reads back. */
interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getRemote(): boolean;
  getObject(): Struct | undefined;
  setObject(s: Struct): void;
  getTransformsList(): CallbackMessage[];
  getDependenciesList(): string[];
  setDependenciesList(l: string[]): void;
  getPropertydependenciesMap(): {
    forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void;
    clear(): void;
    set(k: string, v: unknown): void;
  };
  getProvider(): string;
  setProvider(p: string): void;
  getProtect(): boolean | undefined;
  setProtect(p: boolean): void;
  getIgnorechangesList(): string[];
  setIgnorechangesList(l: string[]): void;
  getReplaceonchangesList(): string[];
  setReplaceonchangesList(l: string[]): void;
  getVersion(): string;
  setVersion(v: string): void;
  getAliasesList(): unknown[];
  setAliasesList(l: unknown[]): void;
  getCustomtimeouts(): unknown;
  setCustomtimeouts(t: unknown): void;
  getPlugindownloadurl(): string;
  setPlugindownloadurl(u: string): void;
  getRetainondelete(): boolean | undefined;
  setRetainondelete(r: boolean): void;
  getDeletedwith(): string;
  setDeletedwith(d: string): void;
  getDeletebeforereplace(): boolean;
  setDeletebeforereplace(d: boolean): void;
  getAdditionalsecretoutputsList(): string[];
  setAdditionalsecretoutputsList(l: string[]): void;
  getImportid(): string;
  setImportid(i: string): void;
}
interface RegisterResponse {
  getUrn(): string;
}
/** `TransformResourceOptions`: the options a transform sees and may change (proto/pulumi/resource.proto). */
interface TransformOptions {
  getDependsOnList(): string[];
  setDependsOnList(l: string[]): void;
  getProtect(): boolean | undefined;
  setProtect(p: boolean): void;
  getIgnoreChangesList(): string[];
  setIgnoreChangesList(l: string[]): void;
  getReplaceOnChangesList(): string[];
  setReplaceOnChangesList(l: string[]): void;
  getVersion(): string;
  setVersion(v: string): void;
  getAliasesList(): unknown[];
  setAliasesList(l: unknown[]): void;
  getProvider(): string;
  setProvider(p: string): void;
  getCustomTimeouts(): unknown;
  setCustomTimeouts(t: unknown): void;
  getPluginDownloadUrl(): string;
  setPluginDownloadUrl(u: string): void;
  getRetainOnDelete(): boolean | undefined;
  setRetainOnDelete(r: boolean): void;
  getDeletedWith(): string;
  setDeletedWith(d: string): void;
  getDeleteBeforeReplace(): boolean | undefined;
  setDeleteBeforeReplace(d: boolean): void;
  getAdditionalSecretOutputsList(): string[];
  setAdditionalSecretOutputsList(l: string[]): void;
  /** Absent from older SDKs' protocol (3.142). */
  getImport?(): string;
  setImport?(i: string): void;
}
interface TransformRequestMessage {
  setName(n: string): void;
  setType(t: string): void;
  setParent(p: string): void;
  setCustom(c: boolean): void;
  setProperties(s: Struct): void;
  setOptions(o: TransformOptions): void;
  serializeBinary(): Uint8Array;
}
interface TransformResponseMessage {
  getProperties(): Struct | undefined;
  getOptions(): TransformOptions | undefined;
}
interface InvokeRequest {
  getTok(): string;
  getArgs(): Struct | undefined;
  setArgs(s: Struct): void;
}
interface InvokeTransformRequestMessage {
  setToken(t: string): void;
  setArgs(s: Struct): void;
  setOptions(o: unknown): void;
  serializeBinary(): Uint8Array;
}
interface InvokeTransformResponseMessage {
  getArgs(): Struct | undefined;
}
type Done<T> = (err: Error | null, res?: T) => void;

/** The resource monitor methods this emulation takes over. */
export interface TransformingMonitor {
  registerResource(req: RegisterRequest, cb: Done<RegisterResponse>): unknown;
  invoke(req: InvokeRequest, cb: Done<unknown>): unknown;
  registerStackTransform?(req: CallbackMessage, cb: Done<unknown>): unknown;
  registerStackInvokeTransform?(req: CallbackMessage, cb: Done<unknown>): unknown;
}

interface ProtoModules {
  Struct: StructStatic;
  resource: {
    TransformRequest: new () => TransformRequestMessage;
    TransformResponse: { deserializeBinary(b: Uint8Array): TransformResponseMessage };
    TransformResourceOptions: new () => TransformOptions;
    TransformInvokeRequest: new () => InvokeTransformRequestMessage;
    TransformInvokeResponse: { deserializeBinary(b: Uint8Array): InvokeTransformResponseMessage };
    TransformInvokeOptions: new () => unknown;
    RegisterResourceRequest: { PropertyDependencies: new () => { setUrnsList(l: string[]): void } };
  };
  callback: { CallbackInvokeRequest: new () => { setToken(t: string): void; setRequest(b: Uint8Array): void } };
  invokeCallback(target: string, request: unknown): Promise<Uint8Array>;
}

/* eslint-disable @typescript-eslint/no-require-imports */
/** The program's own SDK protocol modules, so messages match the callback server that reads them. */
function protoModules(pulumiDir: string): ProtoModules {
  const grpc = require(require.resolve('@grpc/grpc-js', { paths: [pulumiDir] })) as { credentials: { createInsecure(): unknown } };
  const struct = require(require.resolve('google-protobuf/google/protobuf/struct_pb', { paths: [pulumiDir] })) as { Struct: StructStatic };
  const callbackGrpc = require(path.join(pulumiDir, 'proto', 'callback_grpc_pb')) as {
    CallbacksClient: new (target: string, creds: unknown) => { invoke(req: unknown, cb: Done<{ getResponse_asU8(): Uint8Array }>): void };
  };
  const clients = new Map<string, InstanceType<typeof callbackGrpc.CallbacksClient>>();
  return {
    Struct: struct.Struct,
    resource: require(path.join(pulumiDir, 'proto', 'resource_pb')) as ProtoModules['resource'],
    callback: require(path.join(pulumiDir, 'proto', 'callback_pb')) as ProtoModules['callback'],
    invokeCallback(target, request) {
      let client = clients.get(target);
      if (!client) {
        client = new callbackGrpc.CallbacksClient(target, grpc.credentials.createInsecure());
        clients.set(target, client);
      }
      const c = client;
      return new Promise((resolve, reject) => c.invoke(request, (err, res) => (err || !res ? reject(err ?? new Error('empty callback response')) : resolve(res.getResponse_asU8()))));
    },
  };
}

/**
 * Secrets and unknowns as output values, as the engine reads a registration (`UpgradeToOutputValues`),
 * and the top-level properties with dependencies as outputs carrying them (source_eval.go `upgradeOutputValues`).
 */
function asOutputValues(v: unknown): unknown {
  if (v === ENGINE_UNKNOWN) return { [SPECIAL_SIG_KEY]: OUTPUT_VALUE_SIG };
  if (isWireSecret(v)) {
    const inner = asOutputValues(v.value);
    if (isOutputValue(inner)) return { ...inner, secret: true };
    return { [SPECIAL_SIG_KEY]: OUTPUT_VALUE_SIG, value: inner, secret: true };
  }
  if (Array.isArray(v)) return v.map(asOutputValues);
  if (typeof v === 'object' && v !== null && !(SPECIAL_SIG_KEY in v)) {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) out[k] = asOutputValues(item);
    return out;
  }
  return v;
}

const isOutputValue = (v: unknown): v is { value?: unknown; secret?: boolean; dependencies?: string[] } =>
  typeof v === 'object' && v !== null && (v as Record<string, unknown>)[SPECIAL_SIG_KEY] === OUTPUT_VALUE_SIG;

function withDependencies(props: Record<string, unknown>, propertyDependencies: Map<string, string[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const deps = propertyDependencies.get(k) ?? [];
    if (deps.length === 0) {
      out[k] = v;
      continue;
    }
    const output: Record<string, unknown> & { dependencies?: string[] } = isOutputValue(v) ? v : { [SPECIAL_SIG_KEY]: OUTPUT_VALUE_SIG, value: v };
    out[k] = { ...output, dependencies: [...new Set([...(output.dependencies ?? []), ...deps])] };
  }
  return out;
}

/**
 * Output values back to what an analyzer receives (the engine marshals for `Analyze` without output
 * values): the value, a secret around it, or the unknown sentinel; their dependencies collected.
 */
function fromOutputValues(v: unknown, deps: Set<string>): unknown {
  if (isOutputValue(v)) {
    for (const d of v.dependencies ?? []) deps.add(d);
    const value = 'value' in v ? fromOutputValues(v.value, deps) : ENGINE_UNKNOWN;
    return v.secret ? { [SPECIAL_SIG_KEY]: SECRET_SIG, value } : value;
  }
  if (Array.isArray(v)) return v.map((item) => fromOutputValues(item, deps));
  if (isWireSecret(v)) return { ...v, value: fromOutputValues(v.value, deps) };
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) out[k] = fromOutputValues(item, deps);
    return out;
  }
  return v;
}

/** The options the engine gives the first transform, from the request (source_eval.go `TransformResourceOptions{...}`). */
function optionsOf(req: RegisterRequest, proto: ProtoModules): TransformOptions {
  const opts = new proto.resource.TransformResourceOptions();
  opts.setDependsOnList(req.getDependenciesList());
  const protect = req.getProtect();
  if (protect !== undefined) opts.setProtect(protect);
  opts.setIgnoreChangesList(req.getIgnorechangesList());
  opts.setReplaceOnChangesList(req.getReplaceonchangesList());
  opts.setVersion(req.getVersion());
  opts.setAliasesList(req.getAliasesList());
  opts.setProvider(req.getProvider());
  const timeouts = req.getCustomtimeouts();
  if (timeouts) opts.setCustomTimeouts(timeouts);
  opts.setPluginDownloadUrl(req.getPlugindownloadurl());
  const retain = req.getRetainondelete();
  if (retain !== undefined) opts.setRetainOnDelete(retain);
  opts.setDeletedWith(req.getDeletedwith());
  if (req.getDeletebeforereplace()) opts.setDeleteBeforeReplace(true);
  opts.setAdditionalSecretOutputsList(req.getAdditionalsecretoutputsList());
  opts.setImport?.(req.getImportid());
  return opts;
}

/** The transformed options onto the request the mock monitor (and the capture) reads. */
function applyOptions(req: RegisterRequest, opts: TransformOptions): void {
  const protect = opts.getProtect();
  if (protect !== undefined) req.setProtect(protect);
  req.setIgnorechangesList(opts.getIgnoreChangesList());
  req.setReplaceonchangesList(opts.getReplaceOnChangesList());
  req.setVersion(opts.getVersion());
  req.setAliasesList(opts.getAliasesList());
  req.setProvider(opts.getProvider());
  const timeouts = opts.getCustomTimeouts();
  if (timeouts) req.setCustomtimeouts(timeouts);
  req.setPlugindownloadurl(opts.getPluginDownloadUrl());
  const retain = opts.getRetainOnDelete();
  if (retain !== undefined) req.setRetainondelete(retain);
  req.setDeletedwith(opts.getDeletedWith());
  req.setDeletebeforereplace(opts.getDeleteBeforeReplace() === true);
  req.setAdditionalsecretoutputsList(opts.getAdditionalSecretOutputsList());
  if (opts.getImport) req.setImportid(opts.getImport());
}

/** A callback's error as the SDK's callback server reports it (gRPC `details`: "transform failed: Error: ..."), first line only. */
function failureOf(e: unknown): string {
  const details = typeof e === 'object' && e !== null && typeof (e as { details?: unknown }).details === 'string' ? (e as { details: string }).details : undefined;
  const text = details ?? (e instanceof Error ? e.message : String(e));
  return text.split('\n')[0].replace(/^transform failed: (Error: )?/, '');
}

const callbackKey = (cb: CallbackMessage) => `${cb.getTarget()}\u0000${cb.getToken()}`;

/**
 * The engine's part in transforms, over the program's mock monitor. Call after `setMocks`, before the
 * program runs. A transform that fails, or cannot run offline, fails the deployment in the engine;
 * under mocks the SDK would only log it, so `fatal` is told (one line) and the preview must stop.
 */
export function emulateTransforms(pulumiDir: string, monitor: TransformingMonitor, fatal: (message: string) => void): void {
  const proto = protoModules(pulumiDir);
  const state = require(path.join(pulumiDir, 'runtime', 'state')) as { getStore(): { supportsTransforms?: boolean; supportsInvokeTransforms?: boolean } };
  // Older SDKs' mocks (3.142) declare transforms unsupported, which makes registerResourceTransform throw.
  const store = state.getStore();
  store.supportsTransforms = true;
  store.supportsInvokeTransforms = true;

  const stackTransforms: CallbackMessage[] = [];
  const stackInvokeTransforms: CallbackMessage[] = [];
  /** Each registered resource's own transforms and its parent, for its children (source_eval.go `resourceTransforms`, `parents`). */
  const ownTransforms = new Map<string, CallbackMessage[]>();
  const parents = new Map<string, string>();
  const seen = new Set<string>();

  monitor.registerStackTransform = (cb, done) => {
    if (!seen.has(callbackKey(cb))) stackTransforms.push(cb);
    seen.add(callbackKey(cb));
    done(null, {});
  };
  monitor.registerStackInvokeTransform = (cb, done) => {
    stackInvokeTransforms.push(cb);
    done(null, {});
  };

  const transformResource = async (req: RegisterRequest): Promise<CallbackMessage[]> => {
    const own = req.getTransformsList();
    const chain = [...own];
    for (let p = req.getParent(); p; p = parents.get(p) ?? '') chain.push(...(ownTransforms.get(p) ?? []));
    chain.push(...stackTransforms);
    if (chain.length === 0) return own;
    if (req.getRemote()) {
      // A remote component's children are built by its provider plugin, which the offline preview does not run.
      throw new TransformNotEmulated(`${req.getName()} (${req.getType()}) is a remote component under a transform; its children are built by a provider plugin, which cannot run offline`);
    }
    const propertyDependencies = new Map<string, string[]>();
    req.getPropertydependenciesMap().forEach((v, k) => propertyDependencies.set(k, v.getUrnsList()));
    let props = asOutputValues(req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>;
    if (own.length > 0) props = withDependencies(props, propertyDependencies);
    let properties = proto.Struct.fromJavaScript(props);
    let opts = optionsOf(req, proto);
    for (const cb of chain) {
      const treq = new proto.resource.TransformRequest();
      treq.setName(req.getName());
      treq.setType(req.getType());
      treq.setParent(req.getParent());
      treq.setCustom(req.getCustom());
      treq.setProperties(properties);
      treq.setOptions(opts);
      const call = new proto.callback.CallbackInvokeRequest();
      call.setToken(cb.getToken());
      call.setRequest(treq.serializeBinary());
      const response = proto.resource.TransformResponse.deserializeBinary(await proto.invokeCallback(cb.getTarget(), call));
      properties = response.getProperties() ?? properties;
      opts = response.getOptions() ?? opts;
    }
    const deps = new Set<string>();
    const perKey = new Map<string, Set<string>>();
    const flat: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(properties.toJavaScript())) {
      const keyDeps = new Set<string>();
      flat[k] = fromOutputValues(v, keyDeps);
      perKey.set(k, keyDeps);
      for (const d of keyDeps) deps.add(d);
    }
    req.setObject(proto.Struct.fromJavaScript(flat));
    applyOptions(req, opts);
    // Only a resource's own transforms make the engine rebuild its dependencies, from the options' dependsOn
    // and the output values left in the properties (source_eval.go, "Reparse the dependency information").
    if (own.length > 0) {
      req.setDependenciesList([...new Set([...opts.getDependsOnList(), ...deps])]);
      const map = req.getPropertydependenciesMap();
      map.clear();
      for (const [k, keyDeps] of perKey) {
        const pd = new proto.resource.RegisterResourceRequest.PropertyDependencies();
        pd.setUrnsList([...keyDeps]);
        map.set(k, pd);
      }
    }
    return own;
  };

  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, done) => {
    transformResource(req).then(
      (own) =>
        register(req, (err, res) => {
          if (!err && res) {
            if (own.length > 0) ownTransforms.set(res.getUrn(), own);
            if (req.getParent()) parents.set(res.getUrn(), req.getParent());
          }
          done(err, res);
        }),
      (e: unknown) => {
        fatal(e instanceof TransformNotEmulated ? `a transform cannot run offline: ${e.message}` : `a transform of ${req.getName()} (${req.getType()}) failed: ${failureOf(e)}`);
        done(e instanceof Error ? e : new Error(String(e)));
      },
    );
  };

  const invoke = monitor.invoke.bind(monitor);
  monitor.invoke = (req, done) => {
    if (stackInvokeTransforms.length === 0) return invoke(req, done);
    const run = async () => {
      let args = req.getArgs() ?? proto.Struct.fromJavaScript({});
      for (const cb of stackInvokeTransforms) {
        const treq = new proto.resource.TransformInvokeRequest();
        treq.setToken(req.getTok());
        treq.setArgs(args);
        treq.setOptions(new proto.resource.TransformInvokeOptions());
        const call = new proto.callback.CallbackInvokeRequest();
        call.setToken(cb.getToken());
        call.setRequest(treq.serializeBinary());
        args = proto.resource.TransformInvokeResponse.deserializeBinary(await proto.invokeCallback(cb.getTarget(), call)).getArgs() ?? args;
      }
      req.setArgs(args);
    };
    run().then(
      () => invoke(req, done),
      (e: unknown) => {
        fatal(`an invoke transform of ${req.getTok()} failed: ${failureOf(e)}`);
        done(e instanceof Error ? e : new Error(String(e)));
      },
    );
  };
}

/**
 * A root for legacy stack transformations. The SDK keeps `registerStackTransformation`'s functions on the
 * root stack resource and applies them in every resource's constructor (sdk/nodejs/resource.ts), but a
 * program run under mocks has no stack resource, so the call throws. The language host creates a real one
 * (`runInPulumiStack`); the mock monitor would then put its type into every URN, which the engine does not,
 * so this root is a dependency-only resource: never registered, its URN empty, so top-level resources keep
 * no parent, as before, and still inherit the stack's transformations.
 */
export function provideRootStack(pulumiDir: string): void {
  const state = require(path.join(pulumiDir, 'runtime', 'state')) as { getStackResource(): unknown; setStackResource(r: unknown): void };
  if (state.getStackResource()) return;
  const sdk = require(path.join(pulumiDir, 'resource')) as { DependencyResource: new (urn: string) => object };
  state.setStackResource(new sdk.DependencyResource(''));
}

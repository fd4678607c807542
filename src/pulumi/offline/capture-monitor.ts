/**
 * Records every resource registration that reaches the (mock) resource monitor, as the engine would
 * hand it to an analyzer: wire-format props (resource references as the engine marshals them for
 * analyzers, see resource-references.ts), parent, dependencies, property dependencies, and where the
 * program constructed it.
 */
import { CapturedResource } from './captured';
import { propsAsEngineSends } from './resource-references';
import { SentPosition, constructionSite } from './source-position';

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void };
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
  // Absent from older SDKs: 3.142 sends the source position but no stack trace.
  getSourceposition?(): PositionMessage | undefined;
  getStacktrace?(): { getFramesList(): { getPc(): PositionMessage | undefined }[] } | undefined;
}
interface PositionMessage {
  getUri(): string;
  getLine(): number;
  getColumn(): number;
}
interface RegisterResponse {
  getUrn(): string;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}
type Callback = (err: Error | null, res?: RegisterResponse) => void;

const positionOf = (p: PositionMessage | undefined): SentPosition | undefined => (p ? { uri: p.getUri(), line: p.getLine(), column: p.getColumn() } : undefined);

function sourceOf(req: RegisterRequest) {
  const frames = req.getStacktrace?.()?.getFramesList() ?? [];
  const trace = frames.map((f) => positionOf(f.getPc())).filter((p): p is SentPosition => p !== undefined);
  return constructionSite(positionOf(req.getSourceposition?.()), trace);
}
export interface Monitor {
  registerResource(req: RegisterRequest, cb: Callback): Promise<void> | void;
}

/** Wraps the monitor so each successful registration is handed to `record` as it completes. */
export function recordRegistrations(monitor: Monitor, record: (resource: CapturedResource) => void): void {
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: RegisterRequest, cb: Callback) => {
    return register(req, (err, res) => {
      if (!err && res) {
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((v, k) => (propertyDependencies[k] = v.getUrnsList()));
        const r: CapturedResource = {
          urn: res.getUrn(),
          type: req.getType(),
          name: req.getName(),
          custom: req.getCustom(),
          dependencies: req.getDependenciesList(),
          propertyDependencies,
          props: propsAsEngineSends(req.getObject()?.toJavaScript() ?? {}),
        };
        const outputs = res.getObject()?.toJavaScript();
        if (outputs) r.outputs = propsAsEngineSends(outputs);
        const source = sourceOf(req);
        if (source) r.source = source;
        if (req.getParent()) r.parent = req.getParent();
        if (req.getProvider()) r.provider = req.getProvider();
        record(r);
      }
      cb(err, res);
    });
  };
}

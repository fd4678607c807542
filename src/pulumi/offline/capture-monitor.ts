/**
 * Records every resource registration that reaches the (mock) resource monitor, exactly as the engine
 * would receive it: wire-format props, parent, dependencies and property dependencies.
 */
import { CapturedResource } from './captured';

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void };
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}
interface RegisterResponse {
  getUrn(): string;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}
type Callback = (err: Error | null, res?: RegisterResponse) => void;
export interface Monitor {
  registerResource(req: RegisterRequest, cb: Callback): Promise<void> | void;
}

/** Wraps the monitor so each successful registration is appended to `captured`. */
export function recordRegistrations(monitor: Monitor, captured: CapturedResource[]): void {
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
          props: req.getObject()?.toJavaScript() ?? {},
        };
        const outputs = res.getObject()?.toJavaScript();
        if (outputs) r.outputs = outputs;
        if (req.getParent()) r.parent = req.getParent();
        if (req.getProvider()) r.provider = req.getProvider();
        captured.push(r);
      }
      cb(err, res);
    });
  };
}

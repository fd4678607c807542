/**
 * The operations of an OpenAPI 3 (or Swagger 2) definition that API Gateway imports (a REST API's or an
 * HTTP API's `body`), with the authorization API Gateway gives each, read as API Gateway reads it:
 *
 * - An operation's `security` replaces the document's; absent in both, or `[]`, means none. A `security`
 *   list holds alternatives, any one of which admits the caller, so an operation is authenticated only
 *   if every alternative is, and an empty alternative (`{}`) admits anyone.
 * - A security scheme authenticates only when API Gateway enforces it: one with
 *   `x-amazon-apigateway-authorizer` (a Lambda, Cognito user pool or JWT authorizer), or one whose
 *   `x-amazon-apigateway-authtype` is `awsSigv4` ("a way to define IAM authorization across several
 *   operations that share the same security scheme", API Gateway developer guide,
 *   x-amazon-apigateway-authtype). A plain `apiKey` scheme is an API key, which identifies a client for
 *   usage plans and is not authentication; other schemes without those extensions get no authorizer.
 */
import { PropValue, Props, isProps } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';

/** The OpenAPI operation keys of a path item, and API Gateway's catch-all method. */
const METHODS: Readonly<Record<string, string>> = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  trace: 'TRACE',
  'x-amazon-apigateway-any-method': 'ANY',
};

export interface OpenApiOperation {
  /** `GET /orders`, as API Gateway names the method or route. */
  label: string;
  method: string;
  /** The scheme that authenticates every caller, `undefined` when some caller is anonymous (then `why`), or unknown. */
  scheme: string | undefined | Unknown;
  why?: string;
}

export type OpenApiRead = { status: 'ok'; operations: OpenApiOperation[] } | { status: 'unknown'; unknown: Unknown } | { status: 'error'; message: string };

function plain(v: unknown): PropValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, item]) => [k, plain(item)]));
  return null;
}

/**
 * The document: an object as CloudFormation writes it, or JSON text as Pulumi programs pass it
 * (`JSON.stringify`). YAML text is not read: the policy pack imports no packages (scripts/bundle-pack.js).
 */
function documentOf(value: PropValue, property: string): Props | Unknown | string {
  if (isUnknown(value)) return value;
  if (isProps(value)) return value;
  if (typeof value !== 'string') return `${property} is not an OpenAPI document`;
  try {
    const parsed = plain(JSON.parse(value));
    return isProps(parsed) ? parsed : `${property} is not an OpenAPI document`;
  } catch {
    return `${property} is not JSON (a YAML definition is not read)`;
  }
}

/** What one named scheme is to API Gateway: the scheme name when it authenticates, else why not. */
function schemeAuthenticates(name: string, schemes: PropValue | undefined): { ok: true } | { ok: false; why: string } | Unknown {
  if (isUnknown(schemes)) return schemes;
  const scheme = isProps(schemes) ? schemes[name] : undefined;
  if (isUnknown(scheme)) return scheme;
  if (!isProps(scheme)) return { ok: false, why: `security names ${name}, which the document's security schemes do not define` };
  const authorizer = scheme['x-amazon-apigateway-authorizer'];
  const authType = scheme['x-amazon-apigateway-authtype'];
  if (isUnknown(authorizer)) return authorizer;
  if (isUnknown(authType)) return authType;
  if (isProps(authorizer)) return { ok: true };
  if (typeof authType === 'string' && authType.toLowerCase() === 'awssigv4') return { ok: true };
  if (scheme.type === 'apiKey') return { ok: false, why: `${name} is an API key scheme, and an API key is not authentication` };
  return { ok: false, why: `${name} has no x-amazon-apigateway-authorizer, so API Gateway enforces nothing for it` };
}

/** The authorization of one operation under its security requirement list. */
function judgeSecurity(security: PropValue | undefined, schemes: PropValue | undefined): Pick<OpenApiOperation, 'scheme' | 'why'> {
  if (isUnknown(security)) return { scheme: security };
  const alternatives = Array.isArray(security) ? security : [];
  if (alternatives.length === 0) return { scheme: undefined, why: 'no security requirement applies to it' };
  let admitted: string | undefined;
  for (const alternative of alternatives) {
    if (isUnknown(alternative)) return { scheme: alternative };
    const names = isProps(alternative) ? Object.keys(alternative) : [];
    if (names.length === 0) return { scheme: undefined, why: 'its security list has an empty requirement ({}), which admits anonymous callers' };
    const results = names.map((n) => ({ n, r: schemeAuthenticates(n, schemes) }));
    const pending = results.find(({ r }) => isUnknown(r));
    const ok = results.find(({ r }) => !isUnknown(r) && r.ok);
    if (ok) {
      admitted ??= ok.n;
      continue;
    }
    if (pending && isUnknown(pending.r)) return { scheme: pending.r };
    const first = results[0].r;
    return { scheme: undefined, why: !isUnknown(first) && !first.ok ? first.why : 'no scheme of one alternative authenticates' };
  }
  return { scheme: admitted };
}

/** Reads the operations of the OpenAPI document in `value`; `property` names it in messages (`body`). */
export function readOpenApi(value: PropValue, property: string): OpenApiRead {
  const doc = documentOf(value, property);
  if (isUnknown(doc)) return { status: 'unknown', unknown: doc };
  if (typeof doc === 'string') return { status: 'error', message: doc };
  const schemes = isProps(doc.components) ? doc.components.securitySchemes : isUnknown(doc.components) ? doc.components : doc.securityDefinitions;
  const paths = doc.paths;
  if (isUnknown(paths)) return { status: 'unknown', unknown: paths };
  const operations: OpenApiOperation[] = [];
  for (const [path, item] of Object.entries(isProps(paths) ? paths : {})) {
    if (isUnknown(item)) return { status: 'unknown', unknown: new Unknown(`${property} paths.${path}`) };
    if (!isProps(item)) continue;
    for (const [key, op] of Object.entries(item)) {
      const method = METHODS[key.toLowerCase()];
      if (!method || op === undefined || op === null) continue;
      const security = isProps(op) && op.security !== undefined ? op.security : doc.security;
      const judged = judgeSecurity(isUnknown(op) ? op : (security ?? undefined), schemes);
      const label = `${method} ${path}`;
      operations.push({ label, method, ...judged, scheme: isUnknown(judged.scheme) ? new Unknown(`${property} security of ${label}`) : judged.scheme });
    }
  }
  return { status: 'ok', operations };
}

/**
 * Markers of Pulumi's property wire format (sdk/nodejs/runtime/rpc.ts, pulumi/pulumi 1b59498): an object
 * whose signature key holds the secret signature wraps a secret `value`; the unknown sentinel stands
 * for a value not known until deployment.
 */
export const ENGINE_UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
export const SPECIAL_SIG_KEY = '4dabf18193072939515e22adb298388d';
export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

export const isWireSecret = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && (v as Record<string, unknown>)[SPECIAL_SIG_KEY] === SECRET_SIG;

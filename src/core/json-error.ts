/**
 * Where a JSON parse failed, without the text around it: V8 quotes the offending token and (Node 21+)
 * the start of the input in its message, and the input may be a secret.
 */
export function jsonErrorPosition(e: unknown): string {
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  return m ? ` (at character ${Number(m[1]) + 1})` : '';
}

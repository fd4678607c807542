/**
 * The SARIF 2.1.0 JSON schema, as Microsoft's SARIF SDK ships it in the npm package
 * `@microsoft/jest-sarif` (lib/schemas/sarif-2.1.0-rtm.5.json: the schemastore.org copy of the OASIS
 * schema that GitHub code scanning validates uploads against). It is a draft-04 schema, hence
 * ajv-draft-04; its `language` pattern is not valid under the `u` flag, hence unicodeRegExp off.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';

const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a SARIF log, `path message` each; empty when it validates. */
export function sarifSchemaErrors(text: string): string[] {
  const log: unknown = JSON.parse(text);
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/**
 * Every CloudFormation type the checks read, with its mapping into the Pulumi input shape of its kind,
 * as the kind modules (src/kinds/) declare them. A type of no kind uses the default mapping (names camelCased).
 */
import { defaultMapping } from './common';
import { withListProperties } from '../list-properties';
import { CfnMapping } from './types';
import { KIND_MODULES } from '../../kinds';

const MAPPINGS: Readonly<Record<string, CfnMapping>> = Object.fromEntries(KIND_MODULES.flatMap((m) => Object.entries(m.cfn)));

/** The type's mapping, given its list-typed properties as lists (a single mapping there is a list of one). */
export function mappingOf(type: string): CfnMapping {
  const mapping = MAPPINGS[type] ?? defaultMapping;
  return (r) => mapping({ ...r, props: withListProperties(r.type, r.props) });
}

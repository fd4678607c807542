import { CfnMapping } from './types';

export const AUDIT_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

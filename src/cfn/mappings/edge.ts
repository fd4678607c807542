import { CfnMapping } from './types';

export const EDGE_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

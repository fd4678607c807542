import { CfnMapping } from './types';

export const NETWORK_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

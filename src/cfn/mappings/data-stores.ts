import { CfnMapping } from './types';

export const DATA_STORE_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

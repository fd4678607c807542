import { CfnMapping } from './types';

export const IAM_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

import { CfnMapping } from './types';

export const S3_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

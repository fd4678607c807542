import { CfnMapping } from './types';

export const SECRETS_MAPPINGS: Readonly<Record<string, CfnMapping>> = {};

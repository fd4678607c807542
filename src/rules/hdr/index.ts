import { Rule } from '../../core/rule';

export const HDR_RULES: readonly Rule[] = [];

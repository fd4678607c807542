import { Rule } from '../../core/rule';

export const SEC_RULES: readonly Rule[] = [];

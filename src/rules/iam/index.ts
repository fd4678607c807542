import { Rule } from '../../core/rule';

export const IAM_RULES: readonly Rule[] = [];

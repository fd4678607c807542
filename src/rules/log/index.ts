import { Rule } from '../../core/rule';

export const LOG_RULES: readonly Rule[] = [];

import { Rule } from '../../core/rule';

export const DATA_RULES: readonly Rule[] = [];

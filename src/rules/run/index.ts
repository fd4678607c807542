import { Rule } from '../../core/rule';

export const RUN_RULES: readonly Rule[] = [];

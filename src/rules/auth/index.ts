import { Rule } from '../../core/rule';

export const AUTH_RULES: readonly Rule[] = [];

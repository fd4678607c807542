import { Rule } from '../../core/rule';

export const DNS_RULES: readonly Rule[] = [];

import { Rule } from '../../core/rule';

export const NET_RULES: readonly Rule[] = [];

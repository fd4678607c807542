import { Rule } from '../../core/rule';
import { DNS1 } from './DNS1-no-dangling-records';

export const DNS_RULES: readonly Rule[] = [DNS1];

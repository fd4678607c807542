import { Rule } from '../../core/rule';
import { AUTH1 } from './AUTH1-requests-authenticated';

export const AUTH_RULES: readonly Rule[] = [AUTH1];

import { Rule } from '../../core/rule';
import { RUN1 } from './RUN1-lambda-supported-runtime';

export const RUN_RULES: readonly Rule[] = [RUN1];

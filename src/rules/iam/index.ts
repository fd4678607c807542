import { Rule } from '../../core/rule';
import { IAM1 } from './IAM1-least-privilege';
import { IAM2 } from './IAM2-no-console-passwords';

export const IAM_RULES: readonly Rule[] = [IAM1, IAM2];

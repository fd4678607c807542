import { Rule } from '../../core/rule';
import { SEC1 } from './SEC1-secret-customer-managed-key';
import { SEC2 } from './SEC2-secret-rotation';
import { SEC3 } from './SEC3-kms-key';
import { SEC4 } from './SEC4-no-plaintext-secrets';
import { SEC5 } from './SEC5-secret-policy-not-public';

export const SEC_RULES: readonly Rule[] = [SEC1, SEC2, SEC3, SEC4, SEC5];

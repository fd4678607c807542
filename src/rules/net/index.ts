import { Rule } from '../../core/rule';
import { NET1 } from './NET1-restricted-egress';
import { NET2 } from './NET2-restricted-ingress';
import { NET3 } from './NET3-imdsv2-required';
import { NET4 } from './NET4-domain-egress-allowlist';

export const NET_RULES: readonly Rule[] = [NET1, NET2, NET3, NET4];

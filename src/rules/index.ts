/** Every rule, in catalog order. A requirement with no rule here is one the engines cannot see (none today). */
import { Rule } from '../core/rule';
import { AUTH_RULES } from './auth';
import { DATA_RULES } from './data';
import { DNS_RULES } from './dns';
import { HDR_RULES } from './hdr';
import { IAM_RULES } from './iam';
import { LOG_RULES } from './log';
import { NET_RULES } from './net';
import { RUN_RULES } from './run';
import { SEC_RULES } from './sec';
import { TLS_RULES } from './tls';

export const RULES: readonly Rule[] = [...TLS_RULES, ...HDR_RULES, ...DATA_RULES, ...SEC_RULES, ...NET_RULES, ...IAM_RULES, ...AUTH_RULES, ...LOG_RULES, ...DNS_RULES, ...RUN_RULES];

export function ruleFor(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

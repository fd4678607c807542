import { Rule } from '../../core/rule';
import { LOG1 } from './LOG1-cloudtrail-audit-trail';
import { LOG2 } from './LOG2-access-logs';
import { LOG3 } from './LOG3-no-data-trace';
import { LOG4 } from './LOG4-misconfiguration-monitoring';

export const LOG_RULES: readonly Rule[] = [LOG1, LOG2, LOG3, LOG4];

import { Rule } from '../../core/rule';
import { HDR1 } from './HDR1-hsts';
import { HDR2 } from './HDR2-referrer-policy';
import { HDR3 } from './HDR3-csp-no-unsafe-scripts';
import { HDR4 } from './HDR4-no-caching-sensitive-pages';
import { HDR5 } from './HDR5-trace-disabled';
import { HDR6 } from './HDR6-nosniff';

export const HDR_RULES: readonly Rule[] = [HDR1, HDR2, HDR3, HDR4, HDR5, HDR6];

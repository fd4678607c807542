import { Rule } from '../../core/rule';
import { TLS1 } from './TLS1-cloudfront-viewer-tls';

export const TLS_RULES: readonly Rule[] = [TLS1];

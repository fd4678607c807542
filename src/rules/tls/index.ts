import { Rule } from '../../core/rule';
import { TLS1 } from './TLS1-cloudfront-viewer-tls';
import { TLS2 } from './TLS2-recommended-ciphers';
import { TLS3 } from './TLS3-cloudfront-viewer-https';
import { TLS4 } from './TLS4-cloudfront-origin-tls';
import { TLS5 } from './TLS5-listener-tls';
import { TLS6 } from './TLS6-apigateway-tls';
import { TLS7 } from './TLS7-s3-deny-insecure-transport';
import { TLS8 } from './TLS8-certificates-renew';
import { TLS9 } from './TLS9-no-s3-website';

export const TLS_RULES: readonly Rule[] = [TLS1, TLS2, TLS3, TLS4, TLS5, TLS6, TLS7, TLS8, TLS9];

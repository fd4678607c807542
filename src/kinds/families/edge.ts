/** The kind modules of CloudFront and certificates (TLS1-4, TLS8, HDR1-6). */
import { ACM_CERTIFICATE } from '../acm-certificate';
import { CLOUDFRONT_CACHE_POLICY } from '../cloudfront-cache-policy';
import { CLOUDFRONT_DISTRIBUTION } from '../cloudfront-distribution';
import { CLOUDFRONT_RESPONSE_HEADERS_POLICY } from '../cloudfront-response-headers-policy';
import { IAM_SERVER_CERTIFICATE } from '../iam-server-certificate';

export const EDGE_KINDS = [ACM_CERTIFICATE, CLOUDFRONT_DISTRIBUTION, CLOUDFRONT_RESPONSE_HEADERS_POLICY, CLOUDFRONT_CACHE_POLICY, IAM_SERVER_CERTIFICATE] as const;

/** The kind modules of CloudFront, certificates and Elastic Load Balancing (TLS1-5, TLS8, HDR1-6). */
import { ACM_CERTIFICATE } from '../acm-certificate';

export const EDGE_KINDS = [ACM_CERTIFICATE] as const;

/** Every kind module (one per resource kind, ./<service>-<resource>.ts), by family. */
import { APIGATEWAY_KINDS } from './families/apigateway';
import { DATA_STORES_KINDS } from './families/data-stores';
import { EDGE_KINDS } from './families/edge';
import { LOAD_BALANCER_KINDS } from './families/load-balancers';
import { NETWORK_AUDIT_KINDS } from './families/network-audit';
import { S3_KINDS } from './families/s3';
import { SECRETS_IAM_KINDS } from './families/secrets-iam';

export const KIND_MODULES = [...S3_KINDS, ...EDGE_KINDS, ...LOAD_BALANCER_KINDS, ...APIGATEWAY_KINDS, ...DATA_STORES_KINDS, ...SECRETS_IAM_KINDS, ...NETWORK_AUDIT_KINDS] as const;

export type ModuleKind = (typeof KIND_MODULES)[number]['kind'];

/** Shape helpers the API Gateway kind modules share. */
import { isProps } from '../../cfn/mappings/common';
import { Writable, single } from '../../cfn/mappings/shape';

/** Endpoint types: a list in CloudFormation, one value in Pulumi v7. */
export function withEndpointTypes(out: Writable): Writable {
  const config = out.endpointConfiguration;
  if (isProps(config) && config.types !== undefined) out.endpointConfiguration = { ...config, types: single(config.types) ?? null };
  return out;
}

/** `endpointConfiguration` of REST APIs and their custom domains. */
export interface EndpointConfiguration {
  /** `EDGE`, `REGIONAL` or `PRIVATE`: one value in Pulumi v7, a list when CloudFormation writes several. */
  types?: string | string[];
  vpcEndpointIds?: string[];
}

/** An OpenAPI definition: an object as CloudFormation writes it, or JSON text as Pulumi programs pass it (read by ../../rules/auth/openapi.ts). */
export type OpenApiBody = string | Readonly<Record<string, unknown>>;

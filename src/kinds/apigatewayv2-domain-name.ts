/** API Gateway HTTP/WebSocket custom domains (TLS6; DNS1 reads their target domain names). */
import { camelCaseProps } from '../cfn/mappings/common';
import { renamed, single } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface DomainNameConfiguration {
  certificateArn?: string;
  endpointType?: string;
  /** No default named: a configuration without it is judged as accepting TLS 1.0. */
  securityPolicy?: string;
  /** Output: the target DNS records alias. */
  targetDomainName?: string;
}

export interface V2DomainNameProps {
  domainName?: string;
  /** One configuration in Pulumi; several CloudFormation `DomainNameConfigurations` stay a list. */
  domainNameConfiguration?: DomainNameConfiguration | DomainNameConfiguration[];
}

/** HTTP/WebSocket domains: Pulumi takes one `domainNameConfiguration`; several CloudFormation ones stay a list. */
const v2DomainName: CfnMapping = ({ props }) => {
  const { DomainNameConfigurations, ...rest } = props;
  const out = renamed(rest);
  if (DomainNameConfigurations !== undefined) out.domainNameConfiguration = single(camelCaseProps(DomainNameConfigurations)) ?? null;
  return [{ props: out }];
};

export const APIGATEWAYV2_DOMAIN_NAME = defineKind<V2DomainNameProps>()({
  kind: 'apigatewayv2:DomainName',
  pulumi: ['aws:apigatewayv2/domainName:DomainName'],
  cfn: { 'AWS::ApiGatewayV2::DomainName': v2DomainName },
  pathNames: { DomainNameConfigurations: 'domainNameConfiguration' },
});

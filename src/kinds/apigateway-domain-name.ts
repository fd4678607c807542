/** API Gateway REST API custom domains (TLS6; DNS1 reads the domain names API Gateway gives them). */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { EndpointConfiguration, withEndpointTypes } from './shared/apigateway';

export interface DomainNameProps {
  domainName?: string;
  /** Absent: TLS_1_0, the API Gateway default. */
  securityPolicy?: string;
  endpointConfiguration?: EndpointConfiguration;
  certificateArn?: string;
  regionalCertificateArn?: string;
  /** Outputs: the targets DNS records alias (Regional, edge-optimized). */
  regionalDomainName?: string;
  cloudfrontDomainName?: string;
}

const restDomainName: CfnMapping = ({ props }) => [{ props: withEndpointTypes(renamed(props)) }];

export const APIGATEWAY_DOMAIN_NAME = defineKind<DomainNameProps>()({
  kind: 'apigateway:DomainName',
  pulumi: ['aws:apigateway/domainName:DomainName'],
  cfn: { 'AWS::ApiGateway::DomainName': restDomainName },
});

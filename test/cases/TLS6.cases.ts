/** TLS6's cases, written once for both engines: the parity test (test/parity/TLS6.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS6 } from '../../src/rules/tls/TLS6-apigateway-tls';
import { ACM_ARN, T, cfn, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const rest = (name: string, props: Record<string, unknown>) =>
  resource(T.restDomainName, name, { domainName: 'api.example.com', regionalCertificateArn: ACM_ARN, endpointConfiguration: { types: 'REGIONAL' }, ...props });
const cfRest = (props: Record<string, unknown>) =>
  cfn('AWS::ApiGateway::DomainName', { DomainName: 'api.example.com', RegionalCertificateArn: ACM_ARN, EndpointConfiguration: { Types: ['REGIONAL'] }, ...props });
const v2 = (name: string, securityPolicy: unknown) =>
  resource(T.v2DomainName, name, { domainName: 'ws.example.com', domainNameConfiguration: { certificateArn: ACM_ARN, endpointType: 'REGIONAL', securityPolicy } });
const cfV2 = (SecurityPolicy: unknown) =>
  cfn('AWS::ApiGatewayV2::DomainName', { DomainName: 'ws.example.com', DomainNameConfigurations: [{ CertificateArn: ACM_ARN, EndpointType: 'REGIONAL', SecurityPolicy }] });
const api = (name: string, props: Record<string, unknown>) => resource(T.restApi, name, { name, ...props });
const cfApi = (props: Record<string, unknown>) => cfn('AWS::ApiGateway::RestApi', { Name: 'api', ...props });

export const TLS6_CASES: RequirementCases = {
  rule: TLS6,
  groups: [
    {
      titles: ['TLS6 parity: API Gateway TLS 1.2', 'REST custom domains'],
      cases: [
        {
          name: 'compliant: TLS_1_2 and an enhanced policy',
          pulumi: [rest('Tls12', { securityPolicy: 'TLS_1_2' }), rest('Enhanced', { securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', endpointAccessMode: 'STRICT' })],
          cfn: { Tls12: cfRest({ SecurityPolicy: 'TLS_1_2' }), Enhanced: cfRest({ SecurityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', EndpointAccessMode: 'STRICT' }) },
          expected: ['Tls12: pass', 'Enhanced: pass'],
        },
        {
          name: 'non-compliant: TLS_1_0, and SecurityPolicy absent (API Gateway default TLS_1_0)',
          pulumi: [rest('Old', { securityPolicy: 'TLS_1_0' }), rest('Absent', {})],
          cfn: { Old: cfRest({ SecurityPolicy: 'TLS_1_0' }), Absent: cfRest({}) },
          expected: ['Old: fail', 'Absent: fail'],
        },
        {
          name: 'unknown: SecurityPolicy from a parameter without a default',
          pulumi: [rest('Domain', { securityPolicy: UNKNOWN })],
          cfn: { Parameters: noDefault('Policy'), Resources: { Domain: cfRest({ SecurityPolicy: { Ref: 'Policy' } }) } },
          expected: ['Domain: unknown'],
        },
      ],
    },
    {
      titles: ['TLS6 parity: API Gateway TLS 1.2', 'HTTP/WebSocket custom domains (one DomainNameConfigurations item = Pulumi domainNameConfiguration)'],
      cases: [
        {
          name: 'compliant: TLS_1_2',
          pulumi: [v2('Domain', 'TLS_1_2')],
          cfn: { Domain: cfV2('TLS_1_2') },
          expected: ['Domain: pass'],
        },
        {
          name: 'non-compliant: TLS_1_0, and no DomainNameConfigurations at all',
          pulumi: [v2('Old', 'TLS_1_0'), resource(T.v2DomainName, 'Bare', { domainName: 'bare.example.com' })],
          cfn: { Old: cfV2('TLS_1_0'), Bare: cfn('AWS::ApiGatewayV2::DomainName', { DomainName: 'bare.example.com' }) },
          expected: ['Old: fail', 'Bare: fail'],
        },
        {
          name: 'unknown: the policy from Fn::ImportValue, the whole configuration list from Fn::ImportValue',
          pulumi: [v2('Policy', UNKNOWN), resource(T.v2DomainName, 'Configs', { domainName: 'ws.example.com', domainNameConfiguration: UNKNOWN })],
          cfn: {
            Policy: cfV2({ 'Fn::ImportValue': 'tls-policy' }),
            Configs: cfn('AWS::ApiGatewayV2::DomainName', { DomainName: 'ws.example.com', DomainNameConfigurations: { 'Fn::ImportValue': 'domain-configs' } }),
          },
          expected: ['Policy: unknown', 'Configs: unknown'],
        },
      ],
    },
    {
      titles: ['TLS6 parity: API Gateway TLS 1.2', 'REST APIs keeping the default execute-api endpoint (advisory)'],
      cases: [
        {
          name: 'compliant: endpoint disabled (string "true" in CloudFormation), a private API, a TLS 1.2 API policy',
          pulumi: [api('Disabled', { disableExecuteApiEndpoint: true }), api('Private', { endpointConfiguration: { types: 'PRIVATE' } }), api('Policy', { securityPolicy: 'TLS_1_2' })],
          cfn: {
            Disabled: cfApi({ DisableExecuteApiEndpoint: 'true' }),
            Private: cfApi({ EndpointConfiguration: { Types: ['PRIVATE'] } }),
            Policy: cfApi({ SecurityPolicy: 'TLS_1_2' }),
          },
          expected: ['Disabled: pass', 'Private: pass', 'Policy: pass'],
        },
        {
          name: 'non-compliant: a regional API with its default endpoint',
          pulumi: [api('Regional', { endpointConfiguration: { types: 'REGIONAL' } })],
          cfn: { Regional: cfApi({ EndpointConfiguration: { Types: ['REGIONAL'] } }) },
          expected: ['Regional: fail'],
        },
        {
          name: 'unknown: the endpoint switch from a parameter without a default',
          pulumi: [api('Switch', { disableExecuteApiEndpoint: UNKNOWN })],
          cfn: { Parameters: noDefault('Disable'), Resources: { Switch: cfApi({ DisableExecuteApiEndpoint: { Ref: 'Disable' } }) } },
          expected: ['Switch: unknown'],
        },
      ],
    },
  ],
};

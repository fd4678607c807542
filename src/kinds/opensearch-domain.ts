/** OpenSearch and legacy Elasticsearch domains, under the names of Pulumi's `opensearch.Domain` / `elasticsearch.Domain`. */
import { isProps } from '../cfn/mappings/common';
import { Writable, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface OpensearchDomainProps {
  domainName?: string;
  /** Default off. */
  encryptAtRest?: { enabled?: boolean; kmsKeyId?: string };
  /** Default off. */
  nodeToNodeEncryption?: { enabled?: boolean };
  /** Absent: the service's defaults (the Policy-Min-TLS-1-0-2019-07 policy allows TLS 1.0). */
  domainEndpointOptions?: {
    /** Inside the block the provider defaults it to true; the CloudFormation mapping writes an absent one as false (the API's). */
    enforceHttps?: boolean;
    tlsSecurityPolicy?: string;
  };
  /** A domain with VPC subnets has only a VPC endpoint. */
  vpcOptions?: { subnetIds?: string[]; securityGroupIds?: string[] };
  /** A policy document: JSON text in Pulumi, the document itself in a template. */
  accessPolicies?: string | object;
  advancedSecurityOptions?: { enabled?: boolean; masterUserOptions?: { masterUserName?: string; masterUserPassword?: string } };
}

const DOMAIN_RENAMES = {
  EncryptionAtRestOptions: 'encryptAtRest',
  NodeToNodeEncryptionOptions: 'nodeToNodeEncryption',
  EnforceHTTPS: 'enforceHttps',
};

/**
 * The API's `EnforceHTTPS` is off unless set ("True to require that all traffic to the domain arrive
 * over HTTPS", DomainEndpointOptions, OpenSearch API reference, no default); the @pulumi/aws provider
 * sends true when the block is written without it ("Whether or not to require HTTPS. Defaults to
 * `true`"). So a block without it is written out as false.
 */
function endpointOptions(out: Writable): void {
  const options = out.domainEndpointOptions;
  if (isProps(options) && options.enforceHttps === undefined) out.domainEndpointOptions = { ...options, enforceHttps: false };
}

const domain: CfnMapping = ({ props }) => {
  const out = renamed(props, { ...DOMAIN_RENAMES, ElasticsearchClusterConfig: 'clusterConfig' }, ['AccessPolicies']);
  endpointOptions(out);
  return [{ props: out }];
};

export const OPENSEARCH_DOMAIN = defineKind<OpensearchDomainProps>()({
  kind: 'opensearch:Domain',
  pulumi: ['aws:opensearch/domain:Domain', 'aws:elasticsearch/domain:Domain'],
  cfn: { 'AWS::OpenSearchService::Domain': domain, 'AWS::Elasticsearch::Domain': domain },
  // Not `ElasticsearchClusterConfig: 'clusterConfig'`: path names are per kind, not per CloudFormation type,
  // and an OpenSearch domain writes `ClusterConfig`, the camelCase of which is already `clusterConfig`.
  pathNames: { ...DOMAIN_RENAMES, TLSSecurityPolicy: 'tlsSecurityPolicy', VPCOptions: 'vpcOptions' },
});

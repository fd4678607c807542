/**
 * IAM server certificates (TLS8): a certificate and its private key uploaded to IAM, which nothing
 * renews. CloudFormation names the certificate `ServerCertificateName`, Pulumi `name`.
 */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface ServerCertificateProps {
  name?: string;
  path?: string;
  certificateBody?: string;
  certificateChain?: string;
  /** Always set: the upload carries the private key. */
  privateKey?: string;
}

const SERVER_CERTIFICATE_NAMES = { ServerCertificateName: 'name' } as const;

const serverCertificate: CfnMapping = ({ props }) => [{ props: renamed(props, SERVER_CERTIFICATE_NAMES) }];

export const IAM_SERVER_CERTIFICATE = defineKind<ServerCertificateProps>()({
  kind: 'iam:ServerCertificate',
  pulumi: ['aws:iam/serverCertificate:ServerCertificate'],
  cfn: { 'AWS::IAM::ServerCertificate': serverCertificate },
  pathNames: SERVER_CERTIFICATE_NAMES,
});

/**
 * ACM certificates (TLS8). CloudFormation writes the transparency-logging and export switches at the top
 * and `DomainValidationOptions`; Pulumi nests the switches under `options` and names the list
 * `validationOptions` (without the hosted zone, which Pulumi leaves to a separate validation record).
 */
import { camelCaseProps } from '../cfn/mappings/common';
import { defined, eachItem, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface CertificateProps {
  domainName?: string;
  /** `DNS` or `EMAIL`; ACM's RequestCertificate uses EMAIL when absent. */
  validationMethod?: string;
  certificateAuthorityArn?: string;
  /** Set only on an imported certificate. */
  privateKey?: string;
  privateKeyWo?: string;
  certificateBody?: string;
  options?: { certificateTransparencyLoggingPreference?: string; export?: string };
  validationOptions?: { domainName?: string; validationDomain?: string }[];
}

const certificate: CfnMapping = ({ props }) => {
  const { CertificateTransparencyLoggingPreference, CertificateExport, DomainValidationOptions, ...rest } = props;
  const out = renamed(rest);
  const options = defined({ certificateTransparencyLoggingPreference: CertificateTransparencyLoggingPreference, export: CertificateExport });
  if (Object.keys(options).length > 0) out.options = options;
  if (DomainValidationOptions !== undefined) {
    out.validationOptions = eachItem(camelCaseProps(DomainValidationOptions), (o) => defined({ domainName: o.domainName, validationDomain: o.validationDomain })) ?? null;
  }
  return [{ props: out }];
};

export const ACM_CERTIFICATE = defineKind<CertificateProps>()({
  kind: 'acm:Certificate',
  pulumi: ['aws:acm/certificate:Certificate'],
  cfn: { 'AWS::CertificateManager::Certificate': certificate },
  pathNames: { DomainValidationOptions: 'validationOptions' },
});

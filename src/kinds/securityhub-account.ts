/**
 * Security Hub (LOG4). `AWS::SecurityHub::Hub` needs no mapping of its own: its names camelCase into
 * Pulumi's Account (`EnableDefaultStandards` -> `enableDefaultStandards`).
 */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface SecurityHubAccountProps {
  enableDefaultStandards?: boolean;
}

export const SECURITYHUB_ACCOUNT = defineKind<SecurityHubAccountProps>()({
  kind: 'securityhub:Account',
  pulumi: ['aws:securityhub/account:Account'],
  cfn: { 'AWS::SecurityHub::Hub': defaultMapping },
});

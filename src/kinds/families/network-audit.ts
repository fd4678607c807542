/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
import { CFG_RULE } from '../cfg-rule';
import { CLOUDTRAIL_TRAIL } from '../cloudtrail-trail';
import { EC2_INTERNET_GATEWAY } from '../ec2-internet-gateway';
import { EC2_INTERNET_GATEWAY_ATTACHMENT } from '../ec2-internet-gateway-attachment';
import { EC2_NAT_GATEWAY } from '../ec2-nat-gateway';
import { EC2_SECURITY_GROUP } from '../ec2-security-group';
import { EC2_SECURITY_GROUP_RULE } from '../ec2-security-group-rule';
import { EC2_SUBNET } from '../ec2-subnet';
import { EC2_VPC } from '../ec2-vpc';
import { ELASTICBEANSTALK_ENVIRONMENT } from '../elasticbeanstalk-environment';
import { GUARDDUTY_DETECTOR } from '../guardduty-detector';
import { NETWORKFIREWALL_FIREWALL } from '../networkfirewall-firewall';
import { ROUTE53_RECORD } from '../route53-record';
import { ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST } from '../route53-resolver-firewall-domain-list';
import { ROUTE53_RESOLVER_FIREWALL_RULE } from '../route53-resolver-firewall-rule';
import { ROUTE53_RESOLVER_FIREWALL_RULE_GROUP } from '../route53-resolver-firewall-rule-group';
import { ROUTE53_RESOLVER_FIREWALL_RULE_GROUP_ASSOCIATION } from '../route53-resolver-firewall-rule-group-association';
import { SECURITYHUB_ACCOUNT } from '../securityhub-account';
import { VPC_SECURITY_GROUP_EGRESS_RULE } from '../vpc-security-group-egress-rule';
import { VPC_SECURITY_GROUP_INGRESS_RULE } from '../vpc-security-group-ingress-rule';

export const NETWORK_AUDIT_KINDS = [
  EC2_SECURITY_GROUP,
  EC2_SECURITY_GROUP_RULE,
  VPC_SECURITY_GROUP_EGRESS_RULE,
  VPC_SECURITY_GROUP_INGRESS_RULE,
  EC2_VPC,
  EC2_SUBNET,
  EC2_NAT_GATEWAY,
  EC2_INTERNET_GATEWAY,
  EC2_INTERNET_GATEWAY_ATTACHMENT,
  ROUTE53_RESOLVER_FIREWALL_RULE_GROUP_ASSOCIATION,
  ROUTE53_RESOLVER_FIREWALL_RULE,
  ROUTE53_RESOLVER_FIREWALL_RULE_GROUP,
  ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST,
  NETWORKFIREWALL_FIREWALL,
  ROUTE53_RECORD,
  ELASTICBEANSTALK_ENVIRONMENT,
  CLOUDTRAIL_TRAIL,
  GUARDDUTY_DETECTOR,
  CFG_RULE,
  SECURITYHUB_ACCOUNT,
] as const;

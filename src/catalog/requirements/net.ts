import { Requirement } from '../types';

export const NET_REQUIREMENTS: Requirement[] = [
  {
    id: 'NET1',
    area: 'NET',
    title: "NET1",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "Restricted egress: no security-group egress to the internet on all protocols/ports; egress to the internet only on allowed ports (config, default 443). Covers inline rules and separate rule resources. A CloudFormation security group with no egress rule gets AWS's allow-all = fail (CDK `allowAllOutbound` default).",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'NET2',
    area: 'NET',
    title: "NET2",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "Restricted ingress: internet ingress only on allowed ports (default 80, 443); never all protocols; never admin or database ports (22, 3389, 3306, 5432, 1433, 1521, 6379, 9200, 27017...).",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'NET3',
    area: 'NET',
    title: "NET3",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "IMDSv2 required (`httpTokens` required) on instances and launch templates: blocks SSRF to internal credentials.",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'NET4',
    area: 'NET',
    title: "NET4",
    rationale: '',
    sources: [],
    enforcement: 'advisory',
    check: "Egress allowlisted by domain: a VPC with a NAT or internet gateway has a Route 53 Resolver DNS Firewall association (deny-by-default rule group) or a Network Firewall with a domain allowlist. Stack-level.",
    fix: { pulumi: '', cdk: '' },
  },
];

import { Requirement } from '../types';

export const DNS_REQUIREMENTS: Requirement[] = [
  {
    id: 'DNS1',
    area: 'DNS',
    title: "DNS1",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "No dangling records: Route 53 CNAMEs and aliases that point at takeover-prone hosts (CF, S3 website, Elastic Beanstalk, ELB, API Gateway, third-party hosts such as GitHub Pages or Heroku) must reference a resource declared in the same stack or a host listed as owned in config.",
    fix: { pulumi: '', cdk: '' },
  },
];

import { Requirement } from '../types';

export const LOG_REQUIREMENTS: Requirement[] = [
  {
    id: 'LOG1',
    area: 'LOG',
    title: "LOG1",
    rationale: '',
    sources: [],
    enforcement: 'advisory',
    check: "Audit trail: a CloudTrail trail (or a config flag saying it is managed elsewhere); every trail is multi-region, validated, KMS-encrypted and logging.",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'LOG2',
    area: 'LOG',
    title: "LOG2",
    rationale: '',
    sources: [],
    enforcement: 'advisory',
    check: "Access logs: CF logging, ALB access logs, API Gateway stage access logs, S3 server access logs for data buckets.",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'LOG3',
    area: 'LOG',
    title: "LOG3",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "No secrets in logs: API Gateway `dataTraceEnabled` (full request/response bodies incl. tokens) is off.",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'LOG4',
    area: 'LOG',
    title: "LOG4",
    rationale: '',
    sources: [],
    enforcement: 'advisory',
    check: "Monitoring and alerting on misconfiguration (open buckets, lax security groups, MFA): GuardDuty / AWS Config rules / Security Hub present, or declared managed elsewhere. Stack-level.",
    fix: { pulumi: '', cdk: '' },
  },
];

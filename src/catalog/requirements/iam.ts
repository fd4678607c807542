import { Requirement } from '../types';

export const IAM_REQUIREMENTS: Requirement[] = [
  {
    id: 'IAM1',
    area: 'IAM',
    title: "IAM1",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "Least privilege: no Allow of `*` actions on `*` resources, no AdministratorAccess attachment; `service:*` on `*` is advisory. Inline, managed and attached policies.",
    fix: { pulumi: '', cdk: '' },
  },
  {
    id: 'IAM2',
    area: 'IAM',
    title: "IAM2",
    rationale: '',
    sources: [],
    enforcement: 'advisory',
    check: "No long-lived credentials created in IaC beyond SEC4's access keys: IAM users with console passwords.",
    fix: { pulumi: '', cdk: '' },
  },
];

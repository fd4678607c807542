import { Requirement } from '../types';

export const AUTH_REQUIREMENTS: Requirement[] = [
  {
    id: 'AUTH1',
    area: 'AUTH',
    title: "AUTH1",
    rationale: '',
    sources: [],
    enforcement: 'advisory',
    check: "Every request authenticated: API Gateway methods/routes (except OPTIONS) and Lambda function URLs with no authorizer are reported unless exempted with a reason (anonymous endpoints are allowed where needed).",
    fix: { pulumi: '', cdk: '' },
  },
];

import { Requirement } from '../types';

export const RUN_REQUIREMENTS: Requirement[] = [
  {
    id: 'RUN1',
    area: 'RUN',
    title: "RUN1",
    rationale: '',
    sources: [],
    enforcement: 'mandatory',
    check: "Lambda runtimes are supported: deprecated runtimes fail (dated table in code, evaluated against the current date); within 90 days of deprecation is advisory.",
    fix: { pulumi: '', cdk: '' },
  },
];

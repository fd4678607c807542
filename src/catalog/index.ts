/** The requirement catalog: every requirement of REQUIREMENTS.md, by area, in catalog order. */
import { AUTH_REQUIREMENTS } from './requirements/auth';
import { DATA_REQUIREMENTS } from './requirements/data';
import { DNS_REQUIREMENTS } from './requirements/dns';
import { HDR_REQUIREMENTS } from './requirements/hdr';
import { IAM_REQUIREMENTS } from './requirements/iam';
import { LOG_REQUIREMENTS } from './requirements/log';
import { NET_REQUIREMENTS } from './requirements/net';
import { RUN_REQUIREMENTS } from './requirements/run';
import { SEC_REQUIREMENTS } from './requirements/sec';
import { TLS_REQUIREMENTS } from './requirements/tls';
import { FIELD_COMPARISON } from './field-comparison';
import { Requirement } from './types';

const BY_AREA: readonly Requirement[] = [
  ...TLS_REQUIREMENTS,
  ...HDR_REQUIREMENTS,
  ...DATA_REQUIREMENTS,
  ...SEC_REQUIREMENTS,
  ...NET_REQUIREMENTS,
  ...IAM_REQUIREMENTS,
  ...AUTH_REQUIREMENTS,
  ...LOG_REQUIREMENTS,
  ...DNS_REQUIREMENTS,
  ...RUN_REQUIREMENTS,
];

export const REQUIREMENTS: readonly Requirement[] = BY_AREA.map((r) => ({ ...r, fieldComparison: FIELD_COMPARISON[r.id] ?? [] }));

const BY_ID = new Map(REQUIREMENTS.map((r) => [r.id, r]));

export function requirement(id: string): Requirement {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown requirement ${id}`);
  return r;
}

export function isRequirementId(id: string): boolean {
  return BY_ID.has(id);
}

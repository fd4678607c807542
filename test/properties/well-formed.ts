/**
 * What every run of a check must yield, whatever it was fed: one of the statuses a check can give
 * (or `exempt`), never `error` (the engine's stand-in for a check that threw), and a message.
 */
import { Finding, FindingStatus } from '../../src/core/findings';

const CHECK_STATUSES: readonly FindingStatus[] = ['pass', 'fail', 'unknown', 'not-applicable', 'exempt'];

/** Throws (failing the property) on the first finding that is not well formed, naming it. */
export function expectWellFormed(findings: readonly Finding[]): void {
  for (const f of findings) {
    if (f.status === 'error') throw new Error(`${f.requirement} threw on ${f.resource.name}: ${f.message}`);
    if (!CHECK_STATUSES.includes(f.status)) throw new Error(`${f.requirement} gave status ${String(f.status)} on ${f.resource.name}`);
    if (typeof f.message !== 'string' || f.message === '') throw new Error(`${f.requirement} gave no message on ${f.resource.name}`);
  }
}

/**
 * The examples docs/requirements.md shows per requirement, taken from its cases: the smallest case whose
 * verdicts are all `pass` (else the smallest with a pass) as the compliant one, the smallest with a
 * `fail` as the non-compliant one, each as its Pulumi resources and its CloudFormation template. Cases
 * that run with the default configuration come first (a reader copies the example as it is).
 */
import { stringify } from 'yaml';
import { CaseExample, RequirementExamples } from '../../src/cli/reports/requirements-doc';
import { SPECIAL_SIG_KEY } from '../../src/pulumi/pack/wire-format';
import { ParityCase } from '../support/parity';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { loadAllCases } from './index';
import { RequirementCases } from './types';

const statusOf = (verdict: string): string => verdict.slice(verdict.lastIndexOf(': ') + 2);

/** Pulumi inputs as a reader should see them (YAML, like the template): an output of another resource, an unknown or a secret named, not the wire sentinel. */
function shownPulumi(resources: TestResource[]): string {
  const shown = resources.map((r) => ({
    type: r.type,
    name: r.name,
    props: Object.fromEntries(
      Object.entries(r.props)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => {
          const from = r.dependsOn?.[key];
          const marker = from ? `<output of ${from.join(', ')}>` : '<unknown until deployment>';
          return [key, JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === UNKNOWN ? marker : v !== null && typeof v === 'object' && SPECIAL_SIG_KEY in v ? '<secret>' : v))) as unknown];
        }),
    ),
  }));
  return stringify(shown, { lineWidth: 0 });
}

function shownCfn(c: ParityCase): string {
  const template = 'Resources' in c.cfn && typeof c.cfn.Resources === 'object' && !('Type' in c.cfn.Resources) ? c.cfn : { Resources: c.cfn };
  return stringify(template, { lineWidth: 0 });
}

const size = (c: ParityCase): number => JSON.stringify([c.pulumi, c.cfn]).length;

function smallest(cases: ParityCase[], fits: (c: ParityCase) => boolean): ParityCase | undefined {
  const configured = (c: ParityCase): number => (c.config === undefined ? 0 : 1);
  return cases.filter(fits).sort((a, b) => configured(a) - configured(b) || size(a) - size(b))[0];
}

function example(c: ParityCase | undefined): CaseExample | undefined {
  if (!c) return undefined;
  return { caseName: c.name, verdicts: c.expected, pulumi: c.pulumi.length > 0 ? shownPulumi(c.pulumi) : undefined, cloudformation: shownCfn(c) };
}

export function examplesOf(id: string, requirement: RequirementCases): RequirementExamples {
  // A one-engine case has no example for the other engine: the docs show both.
  const cases = requirement.groups.flatMap((g) => g.cases).filter((c) => c.only === undefined);
  const allPass = smallest(cases, (c) => c.expected.length > 0 && c.expected.every((v) => statusOf(v) === 'pass'));
  const somePass = smallest(cases, (c) => c.expected.some((v) => statusOf(v) === 'pass'));
  const someFail = smallest(cases, (c) => c.expected.some((v) => statusOf(v) === 'fail'));
  return { source: `test/cases/${id}.cases.ts`, compliant: example(allPass ?? somePass), nonCompliant: example(someFail) };
}

export function docExamples(all: ReadonlyMap<string, RequirementCases> = loadAllCases()): Map<string, RequirementExamples> {
  return new Map([...all].map(([id, cases]) => [id, examplesOf(id, cases)]));
}

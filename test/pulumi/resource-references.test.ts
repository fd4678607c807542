/**
 * Resource objects passed as inputs: the policy pack gets what the engine sends analyzers in their
 * place (the id, unknown while the id is, a component's URN), never the reference itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENGINE_UNKNOWN, SECRET_SIG, SPECIAL_SIG_KEY } from '../../src/pulumi/pack/wire-format';
import { failureLine } from '../../src/pulumi/offline/analyzer-client';
import { RESOURCE_REFERENCE_SIG, resourceReferencesAsEngineSends } from '../../src/pulumi/offline/resource-references';
import { JsonReport, ROOT, findingLines, parseReport, runCli, tempDir, tempFile } from '../support/cli';

const programs = path.join(ROOT, 'test', 'fixtures', 'programs');
const BUCKET_URN = 'urn:pulumi:dev::p::aws:s3/bucket:Bucket::uploads';
const SITE_URN = 'urn:pulumi:dev::p::marketplace:web:StaticSite::docs';
const ref = (fields: Record<string, unknown>) => ({ [SPECIAL_SIG_KEY]: RESOURCE_REFERENCE_SIG, ...fields });

describe('resource references as the engine marshals them for analyzers', () => {
  it('sends a custom resource’s id in its place', () => {
    expect(resourceReferencesAsEngineSends({ bucket: ref({ urn: BUCKET_URN, id: 'uploads-4f2a' }) })).toEqual({ bucket: 'uploads-4f2a' });
  });

  it('sends the unknown sentinel while the id is not known (the SDK sends the sentinel or an empty id)', () => {
    expect(resourceReferencesAsEngineSends(ref({ urn: BUCKET_URN, id: ENGINE_UNKNOWN }))).toBe(ENGINE_UNKNOWN);
    expect(resourceReferencesAsEngineSends(ref({ urn: BUCKET_URN, id: '' }))).toBe(ENGINE_UNKNOWN);
    // An id the engine could not read is no known id either.
    expect(resourceReferencesAsEngineSends(ref({ urn: BUCKET_URN, id: { [SPECIAL_SIG_KEY]: SECRET_SIG, value: 'x' } }))).toBe(ENGINE_UNKNOWN);
  });

  it('sends a component’s URN in its place', () => {
    expect(resourceReferencesAsEngineSends({ owner: ref({ urn: SITE_URN }) })).toEqual({ owner: SITE_URN });
  });

  it('replaces references inside lists, objects and secrets, and leaves every other value as it is', () => {
    const secret = { [SPECIAL_SIG_KEY]: SECRET_SIG, value: ref({ urn: BUCKET_URN, id: 'b-1' }) };
    const wire = { list: [ref({ urn: BUCKET_URN, id: 'b-1' }), 'x', 3, null], nested: { deep: { site: ref({ urn: SITE_URN }) } }, secret, unknown: ENGINE_UNKNOWN, flag: false };
    expect(resourceReferencesAsEngineSends(wire)).toEqual({
      list: ['b-1', 'x', 3, null],
      nested: { deep: { site: SITE_URN } },
      secret: { [SPECIAL_SIG_KEY]: SECRET_SIG, value: 'b-1' },
      unknown: ENGINE_UNKNOWN,
      flag: false,
    });
  });
});

describe('a policy pack failure', () => {
  it('keeps its cause on the one line, without the stack frames', () => {
    const details = [
      "Error validating resource with policy 'TLS1' from policy pack 'marketplace-guardrails@v0.1.0':",
      "Error: Unrecognized signature '5cf8f73096256a8f31e491e813e4eb8e' when unmarshaling resource property",
      '    at deserializeProperty (/pack/node_modules/@pulumi/policy/deserialize.js:80:23)',
      '    at Object.deserializeProperties (/pack/node_modules/@pulumi/policy/deserialize.js:30:35)',
    ].join('\n');
    expect(failureLine(details)).toBe(
      "Error validating resource with policy 'TLS1' from policy pack 'marketplace-guardrails@v0.1.0': Unrecognized signature '5cf8f73096256a8f31e491e813e4eb8e' when unmarshaling resource property",
    );
    expect(failureLine('TypeError: x is not a function\n    at f (/a.js:1:1)')).toBe('TypeError: x is not a function');
  });
});

describe('preview of programs that pass resource objects as inputs', () => {
  const program = path.join(programs, 'resource-objects-as-inputs');
  const runs: Record<string, { code: number | null; report: JsonReport }> = {};
  const run = (mode: string) => {
    if (!runs[mode]) {
      const r = runCli(['preview', program, '--format', 'json', ...(mode === 'unknown' ? ['--unknown-outputs'] : [])]);
      runs[mode] = { code: r.code, report: parseReport(r) };
    }
    return runs[mode];
  };

  it.each(['fake', 'unknown'])('checks every resource (%s outputs): a bucket whose public access block was given the bucket object is compliant, its twin is not', (mode) => {
    const { code, report } = run(mode);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.status === 'error')).toEqual([]);
    // `uploads` (bucket object) and `reports` (bucket id) are both connected to their blocks: no DATA1 finding.
    expect(findingLines(report, 'DATA1')).toEqual(['DATA1 exposed-public-access fail mandatory']);
    // The role object stands for its name: the AdministratorAccess attachment fails, the logging one passes.
    expect(findingLines(report, 'IAM1')).toEqual(['IAM1 lambda-admin fail mandatory']);
  });

  it('checks a component whose child is passed on as an object', () => {
    const r = runCli(['preview', path.join(programs, 'component-children'), '--format', 'json']);
    const report = parseReport(r);
    expect(r.code).toBe(1);
    expect(report.findings.filter((f) => f.status === 'error')).toEqual([]);
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 docs-cdn fail mandatory']);
    expect(findingLines(report, 'DATA1')).toEqual(['DATA1 scratch fail mandatory']);
  });
});

describe('stack checks across resources', () => {
  /** One program per form of the `bucket` input, otherwise the same. */
  function programWith(bucketInput: string, restrictPublicBuckets: boolean): string {
    const dir = tempDir('mg-bucket-input-');
    fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), 'name: bucket-input\nruntime: nodejs\n');
    fs.writeFileSync(
      path.join(dir, 'index.js'),
      [
        'const aws = require("@pulumi/aws");',
        'const data = new aws.s3.Bucket("data");',
        `new aws.s3.BucketPublicAccessBlock("data-public-access", { bucket: ${bucketInput}, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: ${restrictPublicBuckets} });`,
        '',
      ].join('\n'),
    );
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    return dir;
  }
  const verdicts = (dir: string, extra: string[] = []) => findingLines(parseReport(runCli(['preview', dir, '--format', 'json', ...extra])));

  it.each([true, false])('connect a bucket to its public access block whether given `bucket` or `bucket.id` (restrictPublicBuckets %s)', (restrict) => {
    const byObject = programWith('data', restrict);
    const byId = programWith('data.id', restrict);
    const objectVerdicts = verdicts(byObject);
    expect(objectVerdicts).toEqual(verdicts(byId));
    expect(objectVerdicts.filter((l) => l.startsWith('DATA1'))).toEqual(restrict ? [] : ['DATA1 data-public-access fail mandatory']);
    expect(verdicts(byObject, ['--unknown-outputs'])).toEqual(verdicts(byId, ['--unknown-outputs']));
  });
});

describe('a stack export whose state keeps resource references', () => {
  const urn = (type: string, name: string) => `urn:pulumi:prod::app::${type}::${name}`;
  const BUCKET = 'aws:s3/bucket:Bucket';
  const BPA = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';
  const block = (restrict: boolean) => ({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: restrict });
  function exported(bucketRef: (bucket: string) => unknown): string {
    const resources: Record<string, unknown>[] = [{ urn: urn('pulumi:pulumi:Stack', 'app-prod'), type: 'pulumi:pulumi:Stack', custom: false }];
    for (const [name, restrict] of [
      ['kept', true],
      ['open', false],
    ] as const) {
      const bucketUrn = urn(BUCKET, name);
      resources.push({ urn: bucketUrn, type: BUCKET, custom: true, id: `${name}-1a2b`, inputs: {}, outputs: { id: `${name}-1a2b`, bucket: `${name}-1a2b`, arn: `arn:aws:s3:::${name}-1a2b` } });
      const inputs = { bucket: bucketRef(name), ...block(restrict) };
      resources.push({
        urn: urn(BPA, `${name}-public-access`),
        type: BPA,
        custom: true,
        id: `${name}-1a2b`,
        inputs,
        outputs: { ...inputs, id: `${name}-1a2b` },
        dependencies: [bucketUrn],
        propertyDependencies: { bucket: [bucketUrn] },
      });
    }
    return tempFile('stack.json', { version: 3, deployment: { resources } });
  }

  it('checks the state as the engine would send it: a reference and the id it stands for give the same verdicts', () => {
    const byReference = runCli(['preview', '--stack-export', exported((name) => ref({ urn: urn(BUCKET, name), id: `${name}-1a2b` })), '--format', 'json']);
    const byId = runCli(['preview', '--stack-export', exported((name) => `${name}-1a2b`), '--format', 'json']);
    const report = parseReport(byReference);
    expect(report.findings.filter((f) => f.status === 'error')).toEqual([]);
    expect(findingLines(report, 'DATA1')).toEqual(['DATA1 open-public-access fail mandatory']);
    expect(findingLines(report)).toEqual(findingLines(parseReport(byId)));
    expect(byReference.code).toBe(byId.code);
  });
});

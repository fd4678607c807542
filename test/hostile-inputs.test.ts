/**
 * Hostile inputs for both commands end in bounded time (each well under 30 s) and memory (the CLI runs
 * with a 1 GiB heap; a Pulumi program runs in a child with its own 512 MiB heap) with one clear line
 * and exit code 2.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliResult, ROOT, runCli, tempDir, tempFile } from './support/cli';

const LIMIT_MS = 30_000;

function runBounded(args: string[]): CliResult & { ms: number } {
  const started = Date.now();
  const r = runCli(args, { nodeArgs: ['--max-old-space-size=1024'], timeoutMs: LIMIT_MS });
  return { ...r, ms: Date.now() - started };
}

function expectOneLineRefusal(r: ReturnType<typeof runBounded>, message: RegExp): void {
  expect(r.ms).toBeLessThan(LIMIT_MS);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

/** A file of `bytes` bytes that takes no disk space (sparse), for the size limit. */
function sparseFile(name: string, bytes: number): string {
  const file = path.join(tempDir('mg-hostile-'), name);
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, bytes);
  fs.closeSync(fd);
  return file;
}

function yamlAliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  let previous = 'a';
  for (const name of 'bcdefghi') {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    previous = name;
  }
  lines.push('Resources:', '  A:', '    Type: AWS::S3::Bucket', '    Properties:', `      Tags: *${previous}`);
  return lines.join('\n');
}

describe('hostile inputs to scan', () => {
  it.each([
    ['a binary file', () => tempFile('binary.json', Buffer.from([0x7b, 0, 0xff, 0xfe, 0x00]).toString('latin1')), /not a text file/],
    ['an empty file', () => tempFile('empty.yaml', ''), /the template is empty/],
    ['a 50 MB template', () => sparseFile('huge.template.json', 50 * 1024 * 1024), /huge\.template\.json is larger than 16 MiB; CloudFormation templates are at most 1 MB/],
    [
      'deeply nested JSON',
      () => tempFile('deep.json', `{"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": {"X": ${'['.repeat(200_000)}${']'.repeat(200_000)}}}}}`),
      /nested too deeply|deep\.json:\d+:\d+/,
    ],
    ['deeply nested YAML', () => tempFile('deep.yaml', `Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`), /deep\.yaml/],
    ['a YAML alias bomb', () => tempFile('bomb.yaml', yamlAliasBomb()), /bomb\.yaml: .*(alias|resource exhaustion)/i],
  ])('refuses %s', (_what, make, message) => {
    expectOneLineRefusal(runBounded(['scan', make()]), message);
  });
});

describe('hostile templates that are valid', () => {
  const runJson = (doc: unknown) => {
    const r = runBounded(['scan', tempFile('valid.template.json', doc), '--format', 'json']);
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as { findings: { requirement: string; status: string; resource: { name: string } }[] }).findings;
  };

  it('judges a bucket policy whose Resource glob would backtrack exponentially as a regular expression', () => {
    const bucketName = 'a'.repeat(60);
    const findings = runJson({
      Resources: {
        Data: { Type: 'AWS::S3::Bucket', Properties: { BucketName: bucketName } },
        DataPolicy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'Data' },
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'*a'.repeat(30)}*b/*` }],
            },
          },
        },
      },
    });
    // The glob does not cover the bucket (no `b`), so the open grant does not count against it.
    expect(findings.filter((f) => f.requirement === 'DATA2').map((f) => f.status)).not.toContain('error');
    expect(findings.some((f) => f.requirement === 'DATA2')).toBe(true);
  });

  it('lets a resource whose logical ID is `*` exempt itself only, not the template', () => {
    const publicBucket = (metadata?: unknown) => ({ Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' }, ...(metadata ? { Metadata: metadata } : {}) });
    const findings = runJson({
      Resources: {
        '*': publicBucket({ 'marketplace-guardrails': { exempt: [{ id: 'DATA2', reason: 'a hostile wildcard name' }] } }),
        Other: publicBucket(),
      },
    });
    const data2 = findings.filter((f) => f.requirement === 'DATA2' && (f.status === 'fail' || f.status === 'exempt'));
    expect(data2.filter((f) => f.resource.name === '*').every((f) => f.status === 'exempt')).toBe(true);
    expect(data2.filter((f) => f.resource.name === 'Other').map((f) => f.status)).toContain('fail');
    expect(data2.filter((f) => f.resource.name === 'Other').map((f) => f.status)).not.toContain('exempt');
  });
});

describe('a reader that closes the output early', () => {
  it(
    'ends the scan quietly, as `scan ... | head` expects',
    async () => {
      const resources: Record<string, unknown> = {};
      for (let i = 0; i < 2000; i++) resources[`Bucket${i}`] = { Type: 'AWS::S3::Bucket' };
      const file = tempFile('many.template.json', { Resources: resources });
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'marketplace-guardrails.js'), 'scan', file], { cwd: ROOT });
      let stderr = '';
      let received = 0;
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Like `head -c 1`: read one chunk of the report, then close the pipe while the CLI still writes.
      child.stdout.once('data', (d: Buffer) => {
        received = d.length;
        child.stdout.destroy();
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(received).toBeGreaterThan(0);
      expect(stderr).toBe('');
      expect([0, 1]).toContain(code);
    },
    LIMIT_MS,
  );
});

describe('hostile Pulumi programs', () => {
  const programs = path.join(ROOT, 'test', 'fixtures', 'programs');

  it('stops a program that never exits at --timeout', () => {
    expectOneLineRefusal(runBounded(['preview', path.join(programs, 'never-exits'), '--timeout', '5']), /did not finish within 5 s/);
  });

  it('stops a program that registers 100,000 resources', () => {
    expectOneLineRefusal(runBounded(['preview', path.join(programs, 'many-resources')]), /registers more than 5000 resources|ran out of memory/);
  });

  it.each([
    ['--timeout', '0'],
    ['--max-resources', 'many'],
  ])('refuses %s %s', (flag, value) => {
    expectOneLineRefusal(runBounded(['preview', path.join(programs, 'never-exits'), flag, value]), new RegExp(`${flag} ${value} is not a positive number`));
  });
});

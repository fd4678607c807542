/**
 * Supply chain: the published package holds what users need and nothing else, and the repository
 * holds no credential-shaped value that is not an obvious fake (checked with our own SEC4 patterns).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SECRET_VALUE_PATTERNS } from '../src/facts/secret-patterns';
import { ROOT } from './support/cli';

describe('the published package', () => {
  // --ignore-scripts: jest's globalSetup has built dist already; `prepare` would build it again.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
  const files = packed[0].files.map((f) => f.path);

  it('holds the CLI, the compiled library, the policy pack and the docs', () => {
    for (const needed of [
      'bin/marketplace-guardrails.js',
      'dist/src/cli/main.js',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/cdk/index.js',
      'dist/src/constructs/index.js',
      'dist/src/pulumi/pack/pack-dir.js',
      'dist/src/pulumi/pack/pack-dir.d.ts',
      'policies/index.js',
      'policies/dist/policies.js',
      'policies/package.json',
      'policies/PulumiPolicy.yaml',
      'docs/requirements.md',
      'README.md',
      'package.json',
    ]) {
      expect(files).toContain(needed);
    }
  });

  it('leaves out sources, tests, examples, benchmarks and tooling', () => {
    const unwanted = files.filter((f) => /^(src|test|examples|bench|scripts|\.ci|reports|node_modules)\//.test(f) || /^dist\/src\/bench\//.test(f) || /^(jest|stryker)[^/]*$|^tsconfig/.test(f));
    expect(unwanted).toEqual([]);
  });
});

/** Values our own tests and insecure examples use on purpose: AWS's documented example key, FAKE/EXAMPLE markers, zero runs. */
const OBVIOUSLY_FAKE = /EXAMPLE|FAKE|fake|0{12}/;
/** A PEM header over an elided body (`MIIE...`), as TLS8's test writes it; assembled so this file does not hold one. */
const ELIDED_PEM = ['-----BEGIN PRIVATE', 'KEY-----\\nMIIE...'].join(' ');

describe('the repository', () => {
  it('holds no credential-shaped value other than obvious fakes', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    const found: string[] = [];
    for (const file of tracked) {
      let text: string;
      try {
        text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      } catch {
        continue;
      }
      if (text.includes('\u0000')) continue;
      for (const { what, pattern } of SECRET_VALUE_PATTERNS) {
        const all = new RegExp(pattern.source, 'g');
        for (const m of text.matchAll(all)) {
          const context = text.slice(m.index, m.index + m[0].length + 20);
          if (!OBVIOUSLY_FAKE.test(context) && !context.startsWith(ELIDED_PEM)) found.push(`${file}: ${what}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('recognises a credential-shaped value (the scan is not blind)', () => {
    const shaped = ['AKIA', 'Q3ZJ7K2LMN4PXR5T'].join('');
    expect(SECRET_VALUE_PATTERNS.some((p) => p.pattern.test(` ${shaped} `))).toBe(true);
    expect(OBVIOUSLY_FAKE.test(shaped)).toBe(false);
  });
});

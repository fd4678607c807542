/**
 * Supply chain: the published package holds what users need and nothing else, and the repository
 * holds no credential-shaped value that is not an obvious fake (checked with our own SEC4 patterns).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
      'policies/index.d.ts',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      expect(files).toContain(needed);
    }
  });

  it('leaves out sources, tests, examples, benchmarks and tooling', () => {
    const unwanted = files.filter((f) => /^(src|test|examples|bench|scripts|\.ci|reports|node_modules)\//.test(f) || /^dist\/src\/bench\//.test(f) || /^(jest|stryker)[^/]*$|^tsconfig/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('holds no source maps: the sources they would point at are not shipped', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const mapped = files.filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(ROOT, f), 'utf8').includes('//# sourceMappingURL='));
    expect(mapped).toEqual([]);
  });

  it('holds the Apache-2.0 license its manifest names, with the project copyright', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string };
    const license = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(manifest.license).toBe('Apache-2.0');
    const COPYRIGHT = '   Copyright 2026 marketplace-guardrails contributors\n';
    expect(license).toContain(COPYRIGHT);
    // With the appendix's placeholder put back, the text is apache.org's LICENSE-2.0.txt byte for byte (its SHA-256).
    const standard = license.replace(COPYRIGHT, '   Copyright [yyyy] [name of copyright owner]\n');
    expect(createHash('sha256').update(standard).digest('hex')).toBe('cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30');
  });

  it('names where the project lives: repository, homepage and bugs', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository?: { url?: string }; homepage?: string; bugs?: { url?: string } };
    expect(manifest.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    const repo = /github\.com\/[\w.-]+\/[\w.-]+(?=\.git$)/.exec(manifest.repository?.url ?? '')?.[0];
    expect(manifest.homepage).toBe(`https://${repo}#readme`);
    expect(manifest.bugs?.url).toBe(`https://${repo}/issues`);
  });

  it('links, from every Markdown file it ships, only to files it ships (or to absolute URLs)', () => {
    const broken: string[] = [];
    for (const doc of files.filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1].split('#')[0];
        if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(doc), target)).replace(/\/$/, '');
        if (!files.some((f) => f === resolved || f.startsWith(`${resolved}/`))) broken.push(`${doc}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
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

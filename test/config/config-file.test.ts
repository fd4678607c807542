/** The config file found by itself: marketplace-guardrails.config.json at the repository root. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findPolicyConfigFile, policyConfigOf } from '../../src/config/config-file';
import { runCli, tempDir } from '../support/cli';

describe('findPolicyConfigFile', () => {
  it('finds the file at the repository root from a subdirectory', () => {
    const repo = tempDir('mg-repo-');
    fs.mkdirSync(path.join(repo, '.git'));
    fs.mkdirSync(path.join(repo, 'infra', 'app'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'marketplace-guardrails.config.json'), '{}');
    expect(findPolicyConfigFile(path.join(repo, 'infra', 'app'))).toBe(path.join(repo, 'marketplace-guardrails.config.json'));
  });

  it('finds nothing when the root has no such file, and ignores one below the root', () => {
    const repo = tempDir('mg-repo-');
    fs.mkdirSync(path.join(repo, '.git'));
    fs.mkdirSync(path.join(repo, 'sub'));
    fs.writeFileSync(path.join(repo, 'sub', 'marketplace-guardrails.config.json'), '{}');
    expect(findPolicyConfigFile(path.join(repo, 'sub'))).toBeUndefined();
  });
});

it('scan reads the file at the repository root by itself, and refuses a bad one with one line', () => {
  const repo = tempDir('mg-repo-');
  fs.mkdirSync(path.join(repo, '.git'));
  const template = path.join(repo, 't.json');
  fs.writeFileSync(template, JSON.stringify({ Resources: { Logs: { Type: 'AWS::S3::Bucket' } } }));
  const config = path.join(repo, 'marketplace-guardrails.config.json');
  const ids = (r: { stdout: string }) => [...new Set((JSON.parse(r.stdout) as { findings: { requirement: string }[] }).findings.map((f) => f.requirement))];
  expect(ids(runCli(['scan', template, '--format', 'json'], { cwd: repo }))).toContain('DATA1');
  fs.writeFileSync(config, JSON.stringify({ DATA1: 'disabled' }));
  expect(ids(runCli(['scan', template, '--format', 'json'], { cwd: repo }))).not.toContain('DATA1');
  fs.writeFileSync(config, 'DATA1: disabled\n');
  const bad = runCli(['scan', template], { cwd: repo });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/^marketplace-guardrails: policy config \S+marketplace-guardrails\.config\.json: not valid JSON \(the Pulumi CLI reads policy config as JSON only\)/);
});

it('takes an object as the JSON it stands for', () => {
  expect(policyConfigOf({ TLS1: 'advisory' }, 'props').text).toBe('{"TLS1":"advisory"}');
});

it('preview reads the file at the repository root from a subdirectory, and --policy-config names another', () => {
  const repo = tempDir('mg-repo-');
  fs.mkdirSync(path.join(repo, '.git'));
  fs.mkdirSync(path.join(repo, 'infra', 'app'), { recursive: true });
  const dist = 'aws:cloudfront/distribution:Distribution';
  const props = { enabled: true, viewerCertificate: { cloudfrontDefaultCertificate: true } };
  const exportFile = path.join(repo, 'infra', 'app', 'export.json');
  fs.writeFileSync(exportFile, JSON.stringify({ version: 3, deployment: { resources: [{ urn: `urn:pulumi:prod::shop::${dist}::cdn`, type: dist, custom: true, inputs: props, outputs: props }] } }));
  const ids = (r: { stdout: string }) => [...new Set((JSON.parse(r.stdout) as { findings: { requirement: string }[] }).findings.map((f) => f.requirement))];
  const preview = (args: string[] = []) => runCli(['preview', '--stack-export', 'export.json', '--format', 'json', ...args], { cwd: path.join(repo, 'infra', 'app') });
  expect(ids(preview())).toContain('TLS1');
  fs.writeFileSync(path.join(repo, 'marketplace-guardrails.config.json'), JSON.stringify({ TLS1: 'disabled' }));
  expect(ids(preview())).not.toContain('TLS1');
  fs.writeFileSync(path.join(repo, 'other.json'), '{}');
  expect(ids(preview(['--policy-config', path.join(repo, 'other.json')]))).toContain('TLS1');
});

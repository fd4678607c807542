/**
 * The offline preview of a generated Pulumi program against the same program run alone under Pulumi's
 * mocks (what a unit test of the program costs): `marketplace-guardrails preview` adds the capture, the
 * pack's start-up and the analyzer protocol. Both are spawned as whole processes and timed in turn.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const root = path.join(__dirname, '..');
/** Inside the repository, so the program resolves @pulumi/pulumi and @pulumi/aws as an installed project would. */
const workDir = path.join(root, 'node_modules', '.cache', 'mg-bench-preview');

/** Five resources a unit, as an app backend builds them: a bucket with its side resources, a group and a role. */
function programSource(units) {
  return `const pulumi = require('@pulumi/pulumi');
const aws = require('@pulumi/aws');
for (let i = 0; i < ${units}; i++) {
  const bucket = new aws.s3.Bucket(\`assets-\${i}\`, {});
  new aws.s3.BucketPublicAccessBlock(\`assets-\${i}-bpa\`, { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  new aws.s3.BucketPolicy(\`assets-\${i}-policy\`, {
    bucket: bucket.id,
    policy: pulumi.jsonStringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket.arn, pulumi.interpolate\`\${bucket.arn}/*\`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    }),
  });
  new aws.ec2.SecurityGroup(\`app-\${i}\`, { description: 'app', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['10.0.0.0/16'] }] });
  new aws.iam.Role(\`task-\${i}\`, { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });
}
`;
}

/** The program alone under mocks: the process ends when the runtime has no registration left. */
const UNDER_MOCKS = `const path = require('node:path');
const dir = process.argv[1];
const pulumi = require(require.resolve('@pulumi/pulumi', { paths: [dir] }));
pulumi.runtime.setMocks({ newResource: (a) => ({ id: a.name + '-id', state: a.inputs }), call: (a) => a.inputs }, 'bench', 'dev', true);
require(path.join(dir, 'index.js'));
`;

/**
 * The same, loaded as Pulumi's Node.js language host loads a program whose Pulumi.yaml leaves `typescript` on
 * (the default): ts-node registered first, with run.ts's compiler options (sdk/nodejs/cmd/run/run.ts,
 * pulumi/pulumi 1b59498; no tsconfig.json, so skipProject). Its source-map support then maps every stack the
 * SDK takes for a resource's source position, which `pulumi preview` pays too.
 */
const UNDER_MOCKS_AS_LANGUAGE_HOST = `require(require.resolve('ts-node', { paths: [process.argv[1]] })).register({ skipProject: true, compilerOptions: { target: 'ES2020', module: 'nodenext', moduleResolution: 'nodenext', sourceMap: 'true' } });
${UNDER_MOCKS}`;

function timed(args, ok) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (!ok(r.status)) throw new Error(`${args.slice(0, 2).join(' ')} exited ${r.status}: ${(r.stderr || '').slice(0, 500)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function previewFigure(resources, runs) {
  const dir = path.join(workDir, `program-${resources}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), 'name: bench-preview\nruntime: nodejs\n');
  fs.writeFileSync(path.join(dir, 'index.js'), programSource(Math.ceil(resources / 5)));
  const cli = path.join(root, 'bin', 'marketplace-guardrails.js');
  const preview = [];
  const alone = [];
  const asHost = [];
  try {
    for (let i = 0; i < runs; i++) {
      alone.push(timed(['-e', UNDER_MOCKS, dir], (s) => s === 0));
      asHost.push(timed(['-e', UNDER_MOCKS_AS_LANGUAGE_HOST, dir], (s) => s === 0));
      preview.push(timed([cli, 'preview', dir, '--format', 'json', '--max-resources', String(resources * 2)], (s) => s === 0 || s === 1));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { previewMs: median(preview), aloneMs: median(alone), asLanguageHostMs: median(asHost) };
}

module.exports = { previewFigure, programSource };

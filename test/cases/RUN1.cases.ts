/** RUN1's cases, written once for both engines: the parity test (test/parity/RUN1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { RUN1 } from '../../src/rules/run/RUN1-lambda-supported-runtime';
import { T, cfn, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const ROLE = 'arn:aws:iam::123456789012:role/app';
const fn = (name: string, props: Record<string, unknown>) => resource(T.function, name, { role: ROLE, ...props });
const zip = (name: string, runtime: unknown) => fn(name, { runtime, handler: 'index.handler', s3Bucket: 'artifacts', s3Key: `${name}.zip` });
const cfFn = (props: Record<string, unknown>) => cfn('AWS::Lambda::Function', { Role: ROLE, ...props });
const cfZip = (name: string, Runtime: unknown) => cfFn({ Runtime, Handler: 'index.handler', Code: { S3Bucket: 'artifacts', S3Key: `${name}.zip` } });
const config = { now: new Date('2026-09-01T00:00:00Z') };

export const RUN1_CASES: RequirementCases = {
  rule: RUN1,
  groups: [
    {
      titles: ['RUN1 parity: supported Lambda runtimes'],
      cases: [
        {
          name: 'compliant: nodejs22.x, and python3.12 from a parameter default',
          pulumi: [zip('Node', 'nodejs22.x'), zip('Py', 'python3.12')],
          cfn: {
            Parameters: { Runtime: { Type: 'String', Default: 'python3.12', AllowedValues: ['python3.12'] } },
            Resources: { Node: cfZip('Node', 'nodejs22.x'), Py: cfZip('Py', { Ref: 'Runtime' }) },
          },
          expected: ['Node: pass', 'Py: pass'],
          config,
        },
        {
          name: 'non-compliant: python3.8 and nodejs18.x (deprecated), inline ZipFile code',
          pulumi: [zip('Py', 'python3.8'), fn('Inline', { runtime: 'nodejs18.x', handler: 'index.handler' })],
          cfn: { Py: cfZip('Py', 'python3.8'), Inline: cfFn({ Runtime: 'nodejs18.x', Handler: 'index.handler', Code: { ZipFile: 'exports.handler = async () => ({ statusCode: 200 });' } }) },
          expected: ['Py: fail', 'Inline: fail'],
          config,
        },
        {
          name: 'not applicable: a container image function',
          pulumi: [fn('Image', { packageType: 'Image', imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1' })],
          cfn: { Image: cfFn({ PackageType: 'Image', Code: { ImageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1' } }) },
          expected: ['Image: not-applicable'],
          config,
        },
        {
          name: 'unknown: the runtime from a parameter without a default, and from Fn::ImportValue',
          pulumi: [zip('ByParam', UNKNOWN), zip('ByImport', UNKNOWN)],
          cfn: {
            Parameters: noDefault('Runtime'),
            Resources: { ByParam: cfZip('ByParam', { Ref: 'Runtime' }), ByImport: cfZip('ByImport', { 'Fn::ImportValue': 'shared-runtime' }) },
          },
          expected: ['ByParam: unknown', 'ByImport: unknown'],
          config,
        },
      ],
    },
  ],
};

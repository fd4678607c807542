// The comparison pack for `npm run bench`: the same policies written the common way, as a TypeScript
// pack that imports @pulumi/aws, run by the Pulumi runner through ts-node (type-checked, as the runner does).
import * as aws from '@pulumi/aws';
import { PolicyPack } from '@pulumi/policy';
import { buildPolicies } from '../../src/pulumi/pack/policies';

// Typed packs reference resource classes (e.g. for validateResourceOfType), which loads the provider SDK.
const typed: unknown[] = [aws.s3.Bucket, aws.cloudfront.Distribution];
void typed;

new PolicyPack('marketplace-guardrails-ts', { policies: buildPolicies() });

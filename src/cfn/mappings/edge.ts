/**
 * The "edge" of an app, CloudFormation -> the Pulumi input shape: CloudFront distributions and their
 * response headers and cache policies, certificates. (API Gateway, Lambda and Elastic Load Balancing:
 * their kind modules, src/kinds/.)
 *
 * Where CloudFormation wraps what Pulumi writes flat (`DistributionConfig`, `ResponseHeadersPolicyConfig`,
 * `CachePolicyConfig`) the wrapper is unwrapped; a wrapper that cannot be resolved (`Fn::ImportValue`,
 * an `Fn::If` on an unknown condition) makes every input of the resource unknown, never absent, since an
 * absent value would read as the AWS default. Maps whose keys are data (environment variables, stage
 * variables, route keys) keep their keys as written.
 */
import { PropValue } from '../../core/props';
import { isUnknown } from '../../core/values';
import { isProps } from './common';
import { CfnMapping } from './types';
import { Renames, Writable, allUnknown, defined, renamed, unwrapped, wrapItems } from './shape';

export const EDGE_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
};

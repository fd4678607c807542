/** TLS3's cases, written once for both engines: the parity test (test/parity/TLS3.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS3 } from '../../src/rules/tls/TLS3-cloudfront-viewer-https';
import { behavior, cfBehavior, cfDistribution, distribution, noDefault, yaml } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

export const TLS3_CASES: RequirementCases = {
  rule: TLS3,
  groups: [
    {
      titles: ['TLS3 parity: CloudFront viewers use HTTPS'],
      cases: [
        {
          name: 'compliant: default behavior redirect-to-https, CacheBehaviors https-only',
          pulumi: [distribution('Site', { orderedCacheBehaviors: [behavior({ pathPattern: '/api/*', viewerProtocolPolicy: 'https-only' })] })],
          cfn: { Site: cfDistribution({ CacheBehaviors: [cfBehavior({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' })] }) },
          expected: ['Site/defaultCacheBehavior: pass', 'Site/orderedCacheBehaviors[0]: pass'],
        },
        {
          name: 'non-compliant: allow-all on the default behavior, ViewerProtocolPolicy absent on an ordered one (CloudFormation/CDK default allow-all)',
          pulumi: [
            distribution('Site', {
              defaultCacheBehavior: behavior({ viewerProtocolPolicy: 'allow-all' }),
              orderedCacheBehaviors: [behavior({ pathPattern: '/a/*' }), { targetOriginId: 'app', pathPattern: '/b/*' }],
            }),
          ],
          cfn: {
            Site: cfDistribution({
              DefaultCacheBehavior: cfBehavior({ ViewerProtocolPolicy: 'allow-all' }),
              CacheBehaviors: [cfBehavior({ PathPattern: '/a/*' }), { TargetOriginId: 'app', PathPattern: '/b/*' }],
            }),
          },
          expected: ['Site/defaultCacheBehavior: fail', 'Site/orderedCacheBehaviors[0]: pass', 'Site/orderedCacheBehaviors[1]: fail'],
        },
        {
          name: 'unknown: a policy from a parameter without a default, the ordered behaviors from Fn::ImportValue',
          pulumi: [distribution('Param', { defaultCacheBehavior: behavior({ viewerProtocolPolicy: UNKNOWN }) }), distribution('Imported', { orderedCacheBehaviors: UNKNOWN })],
          cfn: {
            Parameters: noDefault('Policy'),
            Resources: {
              Param: cfDistribution({ DefaultCacheBehavior: cfBehavior({ ViewerProtocolPolicy: { Ref: 'Policy' } }) }),
              Imported: cfDistribution({ CacheBehaviors: { 'Fn::ImportValue': 'shared-behaviors' } }),
            },
          },
          expected: ['Param/defaultCacheBehavior: unknown', 'Imported/defaultCacheBehavior: pass', 'Imported/orderedCacheBehaviors: unknown'],
        },
        {
          name: 'YAML: Fn::If between two policies on a condition the defaults decide; AWS::NoValue drops an ordered behavior',
          pulumi: [distribution('Site', { defaultCacheBehavior: behavior({ viewerProtocolPolicy: 'allow-all' }), orderedCacheBehaviors: [behavior({ pathPattern: '/kept/*' })] })],
          cfn: yaml(`
  Parameters:
    Env: { Type: String, Default: dev, AllowedValues: [dev] }
  Conditions:
    IsProd: !Equals [!Ref Env, prod]
  Resources:
    Site:
      Type: AWS::CloudFront::Distribution
      Properties:
        DistributionConfig:
          Enabled: true
          DefaultCacheBehavior:
            TargetOriginId: app
            ViewerProtocolPolicy: !If [IsProd, redirect-to-https, allow-all]
          CacheBehaviors:
            - { PathPattern: /kept/*, TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https }
            - !If [IsProd, { PathPattern: /debug/*, TargetOriginId: app, ViewerProtocolPolicy: allow-all }, !Ref AWS::NoValue]
  `),
          expected: ['Site/defaultCacheBehavior: fail', 'Site/orderedCacheBehaviors[0]: pass'],
        },
      ],
    },
  ],
};

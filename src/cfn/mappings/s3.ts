/**
 * S3 buckets and bucket policies into the Pulumi shapes of @pulumi/aws v7.
 *
 * CloudFormation writes a bucket's public access block, default encryption, versioning, logging,
 * website, ownership controls and canned ACL inline on `AWS::S3::Bucket`; Pulumi v7 writes each as a
 * side resource whose `bucket` names the bucket. A known inline configuration becomes a side fact of
 * that kind, in its Pulumi shape, naming the bucket by `Ref`, so the S3 rules judge one shape whatever
 * the engine (the resource parts of DATA1 and TLS9 judge those side facts as they judge Pulumi's side
 * resources). A configuration whose whole value is unknown (`Fn::ImportValue`, an `Fn::If` on a
 * condition that cannot be evaluated) may turn out to be absent, so no side resource can be said to
 * exist: it stays on the bucket under the inline name the rules read, which they report as unknown.
 *
 * No AWS default is filled in here: the ones that matter apply to new buckets whatever tool creates
 * them, so the rules apply them (S3 encrypts new objects with SSE-S3 since January 5, 2023, S3 User
 * Guide "Using server-side encryption with Amazon S3 managed keys (SSE-S3)"; new buckets get Block
 * Public Access and Object Ownership BucketOwnerEnforced since April 2023, AWS What's New 2022-12
 * "Amazon S3 will automatically enable S3 Block Public Access and disable access control lists for
 * all new buckets starting in April 2023").
 */
import { PropValue, get } from '../../core/props';
import { Ref, Unknown, isUnknown } from '../../core/values';
import { unresolvedBucketName } from '../intrinsics';
import { Kind } from '../../facts/kinds';
import { camelCaseProps, camelCased, isProps } from './common';
import { CfnMapping, MappedFact } from './types';

type Mutable = Record<string, PropValue | undefined>;

/** A nested configuration under Pulumi's names; absent stays absent. */
function renamed(value: PropValue | undefined, renames: Readonly<Record<string, string>> = {}): PropValue | undefined {
  return value === undefined ? undefined : camelCaseProps(value, renames);
}

/** CloudFormation's canned ACL names (`PublicRead`, `AwsExecRead`) are S3's (`public-read`, `aws-exec-read`) in PascalCase. */
export function cannedAclName(value: PropValue): PropValue {
  return typeof value === 'string' ? value.replace(/[A-Z]/g, (c, i: number) => `${i === 0 ? '' : '-'}${c.toLowerCase()}`) : value;
}

/** One inline bucket configuration and the Pulumi side resource it is. */
interface SideConfiguration {
  /** The CloudFormation property on the bucket. */
  property: string;
  kind: Kind;
  suffix: string;
  /** Where the rules read this configuration on a bucket itself (Pulumi v6 inline names), for a wholly unknown value. */
  inline: string;
  /** The side resource's props besides `bucket`. */
  props(config: PropValue, bucket: Ref): Mutable;
}

const SIDE_CONFIGURATIONS: readonly SideConfiguration[] = [
  {
    property: 'PublicAccessBlockConfiguration',
    kind: 's3:BucketPublicAccessBlock',
    suffix: 'publicAccessBlock',
    inline: 'publicAccessBlockConfiguration',
    props: (config) => (isProps(config) ? { ...camelCased(config) } : {}),
  },
  {
    // `ServerSideEncryptionConfiguration` is the list of rules: Pulumi's `rules[]`.
    property: 'BucketEncryption',
    kind: 's3:BucketEncryption',
    suffix: 'encryption',
    inline: 'serverSideEncryptionConfiguration',
    props: (config) => ({
      rules: renamed(get(config, 'ServerSideEncryptionConfiguration'), {
        ServerSideEncryptionByDefault: 'applyServerSideEncryptionByDefault',
        KMSMasterKeyID: 'kmsMasterKeyId',
      }),
    }),
  },
  {
    property: 'VersioningConfiguration',
    kind: 's3:BucketVersioning',
    suffix: 'versioning',
    inline: 'versioning',
    props: (config) => ({ versioningConfiguration: renamed(config) }),
  },
  {
    // "By default, logs are stored in the bucket where the LoggingConfiguration property is defined"
    // (aws-properties-s3-bucket-loggingconfiguration.html#cfn-s3-bucket-loggingconfiguration-destinationbucketname);
    // Pulumi's BucketLogging requires `targetBucket`.
    property: 'LoggingConfiguration',
    kind: 's3:BucketLogging',
    suffix: 'logging',
    inline: 'logging',
    props: (config, bucket) => ({
      targetBucket: get(config, 'DestinationBucketName') ?? bucket,
      targetPrefix: get(config, 'LogFilePrefix'),
      targetObjectKeyFormat: renamed(get(config, 'TargetObjectKeyFormat')),
    }),
  },
  {
    property: 'WebsiteConfiguration',
    kind: 's3:BucketWebsite',
    suffix: 'website',
    inline: 'website',
    props: (config) => {
      const index = get(config, 'IndexDocument');
      const error = get(config, 'ErrorDocument');
      return {
        indexDocument: index === undefined ? undefined : { suffix: index },
        errorDocument: error === undefined ? undefined : { key: error },
        redirectAllRequestsTo: renamed(get(config, 'RedirectAllRequestsTo')),
        routingRules: renamed(get(config, 'RoutingRules'), { RoutingRuleCondition: 'condition', RedirectRule: 'redirect' }),
      };
    },
  },
  {
    // CloudFormation allows one rule in a list; Pulumi's BucketOwnershipControls has the single `rule`.
    property: 'OwnershipControls',
    kind: 's3:BucketOwnershipControls',
    suffix: 'ownershipControls',
    inline: 'ownershipControls',
    props: (config) => ({ rule: renamed(get(config, 'Rules.0')) }),
  },
  {
    property: 'AccessControl',
    kind: 's3:BucketAcl',
    suffix: 'acl',
    inline: 'acl',
    props: (config) => ({ acl: cannedAclName(config) }),
  },
];

/**
 * The bucket, then one side fact per inline configuration. The bucket's name is `BucketName`, or the
 * logical ID when CloudFormation names it (the text `Fn::Sub`/`Fn::Join` put for `${Bucket}`, so
 * policies written against that name match it).
 */
const bucket: CfnMapping = ({ logicalId, props }) => {
  const self = new Ref(logicalId);
  const rest: Mutable = { ...props };
  delete rest.BucketName;
  const inline: Mutable = {};
  const sides: MappedFact[] = [];
  for (const side of SIDE_CONFIGURATIONS) {
    const config = props[side.property];
    if (config === undefined || config === null) continue;
    delete rest[side.property];
    if (isUnknown(config)) inline[side.inline] = config;
    else sides.push({ kind: side.kind, suffix: side.suffix, props: { bucket: self, ...side.props(config, self) } });
  }
  // A name from a parameter not known until deployment is its `{Name}` text, the same text the
  // bucket's ids and the ARNs `Fn::Sub` writes for policies carry, so policies still find the bucket.
  // Any other unresolvable name stays unknown, carrying the text references to the bucket write for it
  // (`bucketNameText`, `unresolvedBucketName`), so `!GetAtt Bucket.Arn` in a policy is matched to this bucket by reference.
  const given = props.BucketName;
  const name = isUnknown(given) ? (given.identity ?? new Unknown(given.property, unresolvedBucketName(logicalId))) : (given ?? logicalId);
  return [{ props: { ...camelCased(rest), ...inline, bucket: name } }, ...sides];
};

/** `Bucket` names the bucket (by `Ref` or name); the document stays an object, which the policy reader accepts as Pulumi's `PolicyDocument`. */
const bucketPolicy: CfnMapping = ({ props }) => [{ props: camelCased(props, { PolicyDocument: 'policy' }) }];

export const S3_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::S3::Bucket': bucket,
  'AWS::S3::BucketPolicy': bucketPolicy,
};

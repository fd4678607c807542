/**
 * S3 buckets into the Pulumi shapes of @pulumi/aws v7.
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
 *
 * In @pulumi/aws v7 `aws:s3/bucket:Bucket` is the former BucketV2; BPA, policy, encryption,
 * versioning, logging and website are side resources there, inline properties in CloudFormation.
 */
import { PropValue, get } from '../core/props';
import { Ref, Unknown, isUnknown } from '../core/values';
import { unresolvedBucketName } from '../cfn/intrinsics';
import { camelCaseProps, camelCased, isProps } from '../cfn/mappings/common';
import { CfnMapping, MappedFact } from '../cfn/mappings/types';
import type { Kind } from '../facts/kinds';
import { KindModule, defineKind } from './kind-module';
import { S3_BUCKET_ACL, cannedAclName } from './s3-bucket-acl';
import { EncryptionDefault, EncryptionRule, S3_BUCKET_ENCRYPTION } from './s3-bucket-encryption';
import { S3_BUCKET_LOGGING } from './s3-bucket-logging';
import { OwnershipRule, S3_BUCKET_OWNERSHIP_CONTROLS } from './s3-bucket-ownership-controls';
import { BucketPublicAccessBlockProps, S3_BUCKET_PUBLIC_ACCESS_BLOCK } from './s3-bucket-public-access-block';
import { S3_BUCKET_VERSIONING } from './s3-bucket-versioning';
import { BucketWebsiteProps, S3_BUCKET_WEBSITE } from './s3-bucket-website';

/** v6 Bucket's (and v7 Bucket's deprecated) inline logging; v6 BucketV2's `loggings[]` items. */
export interface InlineLogging {
  targetBucket?: string;
  targetPrefix?: string;
}

/** A v6 Bucket grant: the grantee is written flat on the grant (BucketAcl nests it: `grantee.uri`). */
export interface BucketGrant {
  uri?: string;
  id?: string;
  type?: string;
  permissions?: string[];
}

/** A v6 BucketV2 default-encryption rule: its defaults are a list. */
export interface BucketV2EncryptionRule {
  applyServerSideEncryptionByDefaults?: EncryptionDefault[];
  bucketKeyEnabled?: boolean;
}

export interface BucketV2EncryptionConfiguration {
  rules?: BucketV2EncryptionRule[];
}

/**
 * The props of every bucket token: v7 Bucket's outputs and deprecated inline inputs, v6 Bucket's
 * inline inputs, v6 BucketV2's plural inline lists, and the inline names the CloudFormation mapping
 * keeps for a wholly unknown configuration. The side resources hold the supported forms.
 */
export interface BucketProps {
  /** The bucket's name (CloudFormation `BucketName`, else the logical ID). */
  bucket?: string;
  arn?: string;
  bucketDomainName?: string;
  bucketRegionalDomainName?: string;
  websiteEndpoint?: string;
  /** A canned ACL; S3 disables ACLs on new buckets (BucketOwnerEnforced) since April 2023. */
  acl?: string;
  grants?: BucketGrant[];
  /** A JSON string (no CloudFormation inline form). */
  policy?: string | object;
  publicAccessBlockConfiguration?: BucketPublicAccessBlockProps;
  ownershipControls?: { rules?: OwnershipRule[] };
  /** v6 Bucket: one `rule`; absent, S3 encrypts new objects with SSE-S3 since January 2023. */
  serverSideEncryptionConfiguration?: { rule?: EncryptionRule };
  /** v6 BucketV2: lists of lists. */
  serverSideEncryptionConfigurations?: BucketV2EncryptionConfiguration[];
  /** Versioning is off on a new bucket. */
  versioning?: { enabled?: boolean; mfaDelete?: boolean };
  versionings?: { enabled?: boolean; mfaDelete?: boolean }[];
  /** The CloudFormation name of a wholly unknown `VersioningConfiguration` read as Pulumi's side resource writes it. */
  versioningConfiguration?: { status?: string };
  logging?: InlineLogging | InlineLogging[];
  loggings?: InlineLogging[];
  website?: BucketWebsiteProps;
  websites?: BucketWebsiteProps[];
}

type Mutable = Record<string, PropValue | undefined>;

/** A nested configuration under Pulumi's names; absent stays absent. */
function renamed(value: PropValue | undefined, renames: Readonly<Record<string, string>> = {}): PropValue | undefined {
  return value === undefined ? undefined : camelCaseProps(value, renames);
}

/** One inline bucket configuration and the Pulumi side resource (a kind module with `inline`) it is. */
interface SideConfiguration {
  module: KindModule<Kind>;
  suffix: string;
  /** Where the rules read this configuration on a bucket itself (Pulumi v6 inline names), for a wholly unknown value. */
  inline: string;
  /** The side resource's props besides `bucket`. */
  props(config: PropValue, bucket: Ref): Mutable;
}

const SIDE_CONFIGURATIONS: readonly SideConfiguration[] = [
  {
    module: S3_BUCKET_PUBLIC_ACCESS_BLOCK,
    suffix: 'publicAccessBlock',
    inline: 'publicAccessBlockConfiguration',
    props: (config) => (isProps(config) ? { ...camelCased(config) } : {}),
  },
  {
    // `ServerSideEncryptionConfiguration` is the list of rules: Pulumi's `rules[]`.
    module: S3_BUCKET_ENCRYPTION,
    suffix: 'encryption',
    inline: 'serverSideEncryptionConfiguration',
    props: (config) => ({ rules: renamed(get(config, 'ServerSideEncryptionConfiguration'), S3_BUCKET_ENCRYPTION.pathNames) }),
  },
  {
    module: S3_BUCKET_VERSIONING,
    suffix: 'versioning',
    inline: 'versioning',
    props: (config) => ({ versioningConfiguration: renamed(config) }),
  },
  {
    // "By default, logs are stored in the bucket where the LoggingConfiguration property is defined"
    // (aws-properties-s3-bucket-loggingconfiguration.html#cfn-s3-bucket-loggingconfiguration-destinationbucketname);
    // Pulumi's BucketLogging requires `targetBucket`.
    module: S3_BUCKET_LOGGING,
    suffix: 'logging',
    inline: 'logging',
    props: (config, bucket) => ({
      targetBucket: get(config, 'DestinationBucketName') ?? bucket,
      targetPrefix: get(config, 'LogFilePrefix'),
      targetObjectKeyFormat: renamed(get(config, 'TargetObjectKeyFormat')),
    }),
  },
  {
    module: S3_BUCKET_WEBSITE,
    suffix: 'website',
    inline: 'website',
    props: (config) => {
      const index = get(config, 'IndexDocument');
      const error = get(config, 'ErrorDocument');
      return {
        indexDocument: index === undefined ? undefined : { suffix: index },
        errorDocument: error === undefined ? undefined : { key: error },
        redirectAllRequestsTo: renamed(get(config, 'RedirectAllRequestsTo')),
        routingRules: renamed(get(config, 'RoutingRules'), S3_BUCKET_WEBSITE.pathNames),
      };
    },
  },
  {
    // CloudFormation allows one rule in a list; Pulumi's BucketOwnershipControls has the single `rule`.
    module: S3_BUCKET_OWNERSHIP_CONTROLS,
    suffix: 'ownershipControls',
    inline: 'ownershipControls',
    props: (config) => ({ rule: renamed(get(config, 'Rules.0')) }),
  },
  {
    module: S3_BUCKET_ACL,
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
    const property = side.module.inline?.property;
    if (property === undefined) continue;
    const config = props[property];
    if (config === undefined || config === null) continue;
    delete rest[property];
    if (isUnknown(config)) inline[side.inline] = config;
    else sides.push({ kind: side.module.kind, suffix: side.suffix, props: { bucket: self, ...side.props(config, self) } });
  }
  // A name from a parameter not known until deployment is its `{Name}` text, the same text the
  // bucket's ids and the ARNs `Fn::Sub` writes for policies carry, so policies still find the bucket.
  // Any other unresolvable name stays unknown, carrying the text references to the bucket write for it
  // (`bucketNameText`, `unresolvedBucketName`), so `!GetAtt Bucket.Arn` in a policy is matched to this bucket by reference.
  const given = props.BucketName;
  const name = isUnknown(given) ? (given.identity ?? new Unknown(given.property, unresolvedBucketName(logicalId))) : (given ?? logicalId);
  return [{ props: { ...camelCased(rest), ...inline, bucket: name } }, ...sides];
};

export const S3_BUCKET = defineKind<BucketProps>()({
  kind: 's3:Bucket',
  pulumi: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'],
  cfn: { 'AWS::S3::Bucket': bucket },
});

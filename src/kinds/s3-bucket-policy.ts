/** S3 bucket policies (DATA2, TLS7): `Bucket` names the bucket (by `Ref` or name), `PolicyDocument` is Pulumi's `policy`. */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface BucketPolicyProps {
  bucket?: string;
  /** A JSON string (Pulumi), or the document object CloudFormation writes. */
  policy?: string | object;
}

const PATH_NAMES = { PolicyDocument: 'policy' } as const;

/** The document stays an object, which the policy reader accepts as Pulumi's `PolicyDocument`. */
const bucketPolicy: CfnMapping = ({ props }) => [{ props: camelCased(props, PATH_NAMES) }];

export const S3_BUCKET_POLICY = defineKind<BucketPolicyProps>()({
  kind: 's3:BucketPolicy',
  pulumi: ['aws:s3/bucketPolicy:BucketPolicy'],
  cfn: { 'AWS::S3::BucketPolicy': bucketPolicy },
  pathNames: PATH_NAMES,
});

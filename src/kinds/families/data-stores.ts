/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
import { AUTOSCALING_LAUNCH_CONFIGURATION } from '../autoscaling-launch-configuration';
import { CLOUDWATCH_LOG_GROUP } from '../cloudwatch-log-group';
import { DOCDB_CLUSTER } from '../docdb-cluster';
import { DYNAMODB_TABLE } from '../dynamodb-table';
import { EBS_VOLUME } from '../ebs-volume';
import { EC2_INSTANCE } from '../ec2-instance';
import { EC2_LAUNCH_TEMPLATE } from '../ec2-launch-template';
import { EFS_FILE_SYSTEM } from '../efs-file-system';
import { ELASTICACHE_CLUSTER } from '../elasticache-cluster';
import { ELASTICACHE_REPLICATION_GROUP } from '../elasticache-replication-group';
import { ELASTICACHE_SERVERLESS_CACHE } from '../elasticache-serverless-cache';
import { OPENSEARCH_DOMAIN } from '../opensearch-domain';
import { OPENSEARCH_DOMAIN_POLICY } from '../opensearch-domain-policy';
import { RDS_CLUSTER } from '../rds-cluster';
import { RDS_CLUSTER_INSTANCE } from '../rds-cluster-instance';
import { RDS_INSTANCE } from '../rds-instance';
import { REDSHIFT_CLUSTER } from '../redshift-cluster';
import { SNS_TOPIC } from '../sns-topic';
import { SQS_QUEUE } from '../sqs-queue';

export const DATA_STORES_KINDS = [
  RDS_INSTANCE,
  RDS_CLUSTER,
  RDS_CLUSTER_INSTANCE,
  REDSHIFT_CLUSTER,
  DOCDB_CLUSTER,
  DYNAMODB_TABLE,
  EBS_VOLUME,
  EC2_LAUNCH_TEMPLATE,
  AUTOSCALING_LAUNCH_CONFIGURATION,
  EC2_INSTANCE,
  EFS_FILE_SYSTEM,
  ELASTICACHE_REPLICATION_GROUP,
  ELASTICACHE_CLUSTER,
  ELASTICACHE_SERVERLESS_CACHE,
  OPENSEARCH_DOMAIN,
  OPENSEARCH_DOMAIN_POLICY,
  SNS_TOPIC,
  SQS_QUEUE,
  CLOUDWATCH_LOG_GROUP,
] as const;

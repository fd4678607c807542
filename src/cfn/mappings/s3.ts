/** The S3 mappings live in their kind modules (src/kinds/s3-*.ts); the canned ACL names stay importable here. */
export { cannedAclName } from '../../kinds/s3-bucket-acl';

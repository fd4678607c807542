/**
 * Known, deterministic stand-ins for the outputs AWS computes (ids, ARNs, names, domain names), for
 * offline previews. With them a program's derived values (a bucket policy built from `bucket.arn`, a
 * secret encrypted with `key.arn`) are known, so checks judge them instead of reporting unknown; the
 * values are recognisable as fake and resolve back to their resources through the facts' id index.
 */
import { createHash } from 'node:crypto';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** `aws:s3/bucket:Bucket` -> service `s3`, resource `bucket`. */
function partsOf(type: string): { service: string; resource: string } {
  const [, module = '', resource = ''] = type.split(':');
  return { service: module.split('/')[0], resource: resource.toLowerCase() };
}

export function fakeOutputs(type: string, name: string, inputs: Record<string, unknown>): { id: string; outputs: Record<string, unknown> } {
  const suffix = shortHash(`${type}::${name}`);
  const { service, resource } = partsOf(type);
  const id = `${name}-${suffix}`;
  const outputs: Record<string, unknown> = { id };
  const given = (key: string) => (typeof inputs[key] === 'string' ? (inputs[key] as string) : undefined);
  switch (type) {
    case 'aws:s3/bucket:Bucket':
    case 'aws:s3/bucketV2:BucketV2': {
      const bucket = given('bucket') ?? `${name}-${suffix}`;
      Object.assign(outputs, { id: bucket, bucket, arn: `arn:aws:s3:::${bucket}`, bucketRegionalDomainName: `${bucket}.s3.${REGION}.amazonaws.com`, bucketDomainName: `${bucket}.s3.amazonaws.com` });
      return { id: bucket, outputs };
    }
    case 'aws:kms/key:Key': {
      const keyId = `00000000-0000-4000-8000-0000${suffix}`;
      Object.assign(outputs, { id: keyId, keyId, arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId}` });
      return { id: keyId, outputs };
    }
    case 'aws:kms/alias:Alias': {
      const alias = given('name') ?? `alias/${name}`;
      Object.assign(outputs, { id: alias, name: alias, arn: `arn:aws:kms:${REGION}:${ACCOUNT}:${alias}` });
      return { id: alias, outputs };
    }
    case 'aws:cloudfront/distribution:Distribution':
      Object.assign(outputs, { id: `E${suffix.toUpperCase()}`, domainName: `d${suffix}.cloudfront.net`, hostedZoneId: 'Z2FDTNDATAQYW2', arn: `arn:aws:cloudfront::${ACCOUNT}:distribution/E${suffix.toUpperCase()}` });
      return { id: outputs.id as string, outputs };
    case 'aws:lb/loadBalancer:LoadBalancer':
    case 'aws:alb/loadBalancer:LoadBalancer':
      Object.assign(outputs, {
        arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${name}/${suffix}`,
        dnsName: `${name}-${suffix}.${REGION}.elb.amazonaws.com`,
        zoneId: 'Z35SXDOTRQ7X7K',
      });
      outputs.id = outputs.arn;
      return { id: outputs.arn as string, outputs };
    case 'aws:acm/certificate:Certificate': {
      // DNS validation records are read from these; ACM answers with one CNAME per name on the certificate.
      const names = [given('domainName'), ...(Array.isArray(inputs.subjectAlternativeNames) ? inputs.subjectAlternativeNames : [])].filter(
        (n): n is string => typeof n === 'string',
      );
      outputs.arn = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/00000000-0000-4000-8000-0000${suffix}`;
      outputs.domainValidationOptions = names.map((domainName) => ({
        domainName,
        resourceRecordName: `_${shortHash(domainName)}.${domainName}.`,
        resourceRecordType: 'CNAME',
        resourceRecordValue: `_${shortHash(`${domainName}::value`)}.acm-validations.aws.`,
      }));
      outputs.id = outputs.arn;
      return { id: outputs.arn as string, outputs };
    }
    default:
      if (given('name') === undefined && resource) outputs.name = `${name}-${suffix}`;
      outputs.arn = `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}/${given('name') ?? id}`;
      return { id, outputs };
  }
}

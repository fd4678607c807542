/**
 * Route 53 records (DNS1, HDR2): `AWS::Route53::RecordSet`, and each record set of an
 * `AWS::Route53::RecordSetGroup`, as `aws.route53.Record` inputs.
 */
import { PropValue, Props } from '../core/props';
import { isUnknown } from '../core/values';
import { camelCased, isProps } from '../cfn/mappings/common';
import { defined } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { numeric } from './shared/network-audit';

export interface RecordAliasProps {
  /** The alias target's DNS name. */
  name?: string;
  zoneId?: string;
  evaluateTargetHealth?: boolean;
}

export interface RecordProps {
  name?: string;
  /** `A`, `AAAA`, `CNAME`...; only CNAMEs and aliases point at another host name. */
  type?: string;
  zoneId?: string;
  ttl?: number;
  records?: string[];
  aliases?: RecordAliasProps[];
}

/** `AliasTarget` (one) -> Pulumi `aliases` (a list of one); `evaluateTargetHealth` is required there and defaults to false here. */
function aliases(target: PropValue | undefined): PropValue | undefined {
  if (target === undefined) return undefined;
  if (!isProps(target)) return target;
  return [{ name: target.DNSName ?? null, zoneId: target.HostedZoneId ?? null, evaluateTargetHealth: target.EvaluateTargetHealth ?? false }];
}

/** One record set, as `aws.route53.Record` inputs. */
function record(props: Props): Props {
  const { AliasTarget, ResourceRecords, TTL, HostedZoneId, ...rest } = props;
  return defined({ ...camelCased(rest), zoneId: HostedZoneId, ttl: numeric(TTL), records: ResourceRecords, aliases: aliases(AliasTarget) });
}

const recordSet: CfnMapping = (r) => [{ props: record(r.props) }];

/** A record set group's records, each a record fact (the first keyed by the group's logical ID); its zone applies to each. */
const recordSetGroup: CfnMapping = (r) => {
  const { RecordSets: sets, HostedZoneId, HostedZoneName } = r.props;
  if (isUnknown(sets)) return [{ props: { aliases: sets, type: sets } }];
  if (!Array.isArray(sets)) return [];
  return sets.map((set, i) => ({
    suffix: `RecordSets[${i}]`,
    props: isProps(set) ? record(defined({ HostedZoneId, HostedZoneName, ...set })) : { aliases: isUnknown(set) ? set : null },
  }));
};

export const ROUTE53_RECORD = defineKind<RecordProps>()({
  kind: 'route53:Record',
  pulumi: ['aws:route53/record:Record'],
  cfn: { 'AWS::Route53::RecordSet': recordSet, 'AWS::Route53::RecordSetGroup': recordSetGroup },
  // `AliasTarget.DNSName` is the alias's `name` (DNS1 quotes `aliases.0.name`); the record's own `Name` is camelCase.
  pathNames: { ResourceRecords: 'records', HostedZoneId: 'zoneId', AliasTarget: 'aliases', DNSName: 'name' },
});

/**
 * CloudFormation network and DNS types into the Pulumi input shapes NET1-NET4, DNS1 and HDR2 read.
 */
import { PropValue, Props } from '../../core/props';
import { camelCased, isProps } from './common';
import { CfnMapping } from './types';

/** A numeric string as a number (CloudFormation writes `TTL: "300"`; Pulumi's inputs are numbers). */
function numeric(v: PropValue | undefined): PropValue | undefined {
  return typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
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
  const out: Record<string, PropValue | undefined> = {
    ...camelCased(rest),
    zoneId: HostedZoneId,
    ttl: numeric(TTL),
    records: ResourceRecords,
    aliases: aliases(AliasTarget),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Props;
}

export const NETWORK_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::Route53::RecordSet': (r) => [{ props: record(r.props) }],
};

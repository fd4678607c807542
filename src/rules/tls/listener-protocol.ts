/**
 * The protocol of an Elastic Load Balancing v2 listener, shared by TLS2 and TLS5. The Pulumi
 * provider documents `HTTP` as the default for Application Load Balancer listeners when
 * `protocol` is absent (aws.lb.Listener `protocol`: "valid values are HTTP and HTTPS, with a default of HTTP").
 */
import { Fact } from '../../core/facts';
import { Unknown, isUnknown } from '../../core/values';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { propsOf } from '../../kinds/typed-props';

export function listenerProtocol(fact: Fact): { value: string; shown: string } | Unknown {
  const protocol = propsOf(fact, LB_LISTENER).str('protocol');
  if (isUnknown(protocol)) return protocol;
  if (protocol === undefined) return { value: 'HTTP', shown: 'absent (HTTP, the Application Load Balancer default)' };
  return { value: protocol.toUpperCase(), shown: protocol };
}

/**
 * The resources a message names, in CloudFormation's words: rules write the Pulumi type of a resource to
 * add (`add an aws.s3.BucketPolicy for it`); a template user reads the CloudFormation type
 * (`AWS::S3::BucketPolicy`), or, for what CloudFormation writes inline on another resource (a bucket's
 * public access block, encryption, versioning, logging), the property to set on it. Each kind module
 * (src/kinds/) says which: its CloudFormation types, or its `inline` placement.
 */
import { kindOfPulumiType } from '../facts/kinds';
import { KIND_MODULES } from '../kinds';

interface Placement {
  /** The CloudFormation type of its own, or the resource type holding it inline. */
  type: string;
  /** The property of `type` that holds it inline. */
  property?: string;
}

/** Each kind's place in a template: inline on another resource where its module says so, else its first own type. */
const PLACEMENTS: ReadonlyMap<string, Placement> = new Map(
  KIND_MODULES.flatMap((m): [string, Placement][] => {
    const own = Object.keys(m.cfn)[0];
    const placement = m.inline ?? (own === undefined ? undefined : { type: own });
    return placement ? [[m.kind, placement]] : [];
  }),
);

/** `aws.s3.BucketPolicy` (a Pulumi type as code names it) -> where the template writes that resource. */
function placementOf(pulumiName: string): Placement | undefined {
  const m = /^aws\.([a-z0-9]+)\.([A-Z][A-Za-z0-9]*)$/.exec(pulumiName);
  if (!m) return undefined;
  const kind = kindOfPulumiType(`aws:${m[1]}/${m[2].charAt(0).toLowerCase()}${m[2].slice(1)}:${m[2]}`);
  return kind === undefined ? undefined : PLACEMENTS.get(kind);
}

/** The last word of a CloudFormation type, as prose names the resource (`AWS::S3::Bucket` -> `bucket`). */
function resourceWord(type: string): string {
  const name = type.slice(type.lastIndexOf(':') + 1);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A Pulumi type as rules write it, with the article and the link to its owner that Pulumi needs and an inline property does not. */
const PULUMI_TYPE = /(?:\b(add|create) (?:an? )?)?\baws\.[a-z0-9]+\.[A-Z][A-Za-z0-9]*(?: with [a-z][A-Za-z]* set to (this [a-z ]+?|it)(?=[,;) ]| and)| for (this [a-z ]+?|it)(?=[,;) ]| and| with))?/g;

/**
 * What rules say in Pulumi's words where the engines differ beyond names, and what a template user reads
 * instead. A rule that words such a thing differently must add its phrase here (test/cfn/template-paths.test.ts
 * fails on any Pulumi type or Pulumi-only word left in a CloudFormation finding).
 */
const ENGINE_PHRASES: readonly (readonly [pulumi: string, cloudFormation: string])[] = [
  // CloudFormation returns the secret of an AWS::IAM::AccessKey through Fn::GetAtt SecretAccessKey (AWS::IAM::AccessKey, "Return values").
  ['(and its secret lands in the state)', '(and its SecretAccessKey is readable through Fn::GetAtt by whoever can change the stack)'],
  ['not kept secret (a Pulumi secret)', 'not kept secret (a NoEcho parameter or a {{resolve:secretsmanager:...}} dynamic reference)'],
  ['(a secret config value or a generated password)', '({{resolve:secretsmanager:...}} dynamic reference)'],
  // An ALB listener rule's condition is `Field` plus its config in CloudFormation (AWS::ElasticLoadBalancingV2::ListenerRule RuleCondition).
  [
    "conditions [{ httpRequestMethod: { values: ['TRACE'] } }] and actions [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405' } }]",
    'Conditions [{ Field: http-request-method, HttpRequestMethodConfig: { Values: [TRACE] } }] and Actions [{ Type: fixed-response, FixedResponseConfig: { ContentType: text/plain, StatusCode: 405 } }]',
  ],
];

/** `message` with every Pulumi resource type it names in CloudFormation's words. */
export function cloudFormationTypeWords(pulumiWorded: string): string {
  const message = ENGINE_PHRASES.reduce((text, [pulumi, cloudFormation]) => text.split(pulumi).join(cloudFormation), pulumiWorded);
  return message
    .replace(/\baws\.[a-z0-9]+\.[A-Z][A-Za-z0-9]* \/ (AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)/g, '$1')
    .replace(PULUMI_TYPE, (text: string, verb: string | undefined, withOwner: string | undefined, forOwner: string | undefined) => {
      const name = /aws\.[a-z0-9]+\.[A-Z][A-Za-z0-9]*/.exec(text)?.[0] ?? text;
      const placement = placementOf(name);
      if (!placement) return text;
      const owner = withOwner ?? forOwner;
      if (placement.property === undefined) {
        const article = verb ? `${verb} ${/^AWS/.test(placement.type) ? 'an' : 'a'} ` : '';
        return `${article}${placement.type}${owner ? ` for ${owner}` : ''}`;
      }
      const on = owner && owner !== 'it' ? owner : `the ${resourceWord(placement.type)}`;
      return verb ? `set ${placement.property} on ${on}` : `${placement.property} on ${on}`;
    });
}

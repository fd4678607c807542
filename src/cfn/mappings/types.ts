import { Props } from '../../core/props';
import { Kind } from '../../facts/kinds';
import { TemplateContext } from '../intrinsics';

/** A template resource after intrinsic resolution: property names are still CloudFormation's. */
export interface CfnResource {
  logicalId: string;
  type: string;
  props: Props;
  /**
   * The whole template (intrinsics unresolved), for the few mappings whose shape depends on other
   * resources (a security group keeps AWS's default egress rule unless a separate egress rule targets it).
   */
  template?: TemplateContext;
}

/**
 * One fact a template resource becomes. The first is the resource itself (its kind from kinds.ts);
 * the others are the side resources that CloudFormation writes inline but Pulumi as separate resources
 * (an S3 bucket's encryption, public access block, versioning...), each with a `kind`, a key suffix
 * (`<LogicalId>#<suffix>`) and props in the Pulumi shape of that side resource, naming the bucket by `Ref`.
 */
export interface MappedFact {
  kind?: Kind;
  suffix?: string;
  props: Props;
}

/** Renames one resource type's CloudFormation properties into the Pulumi input shape of its kind. */
export type CfnMapping = (resource: CfnResource) => MappedFact[];

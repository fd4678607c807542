/**
 * Runs a synthesized CDK stack through everything a user would: our rules (the template read by the
 * CloudFormation adapter, with the exemptions written in its metadata, as `scan` does), cdk-nag's
 * AwsSolutionsChecks, and our MarketplaceChecks cdk-nag pack.
 */
import { AwsSolutionsChecks, NagPack } from 'cdk-nag';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IConstruct } from 'constructs';
import { MarketplaceChecks } from '../../src/cdk/marketplace-checks';
import { factsFromTemplate } from '../../src/cfn/facts';
import { metadataExemptions } from '../../src/cfn/metadata-exemptions';
import { parseTemplate } from '../../src/cfn/template-source';
import { evaluate } from '../../src/core/engine';
import { Finding } from '../../src/core/findings';
import { RULES } from '../../src/rules';

export function templateOf(stack: Stack): Record<string, unknown> {
  return Template.fromStack(stack).toJSON() as Record<string, unknown>;
}

/** A fixed date, so RUN1's runtime deprecation table gives the same verdicts every day. */
export const NOW = new Date('2026-11-01T00:00:00Z');

/** Every finding of our rules for the stack's template. */
export function ruleFindings(stack: Stack, now = NOW): Finding[] {
  const source = parseTemplate(JSON.stringify(templateOf(stack)), 'x.json');
  const { stack: facts, resources } = factsFromTemplate(source);
  return evaluate(facts, RULES, { exemptions: metadataExemptions('x.json', resources), now });
}

/**
 * Stack-level findings about the test stack as a whole: LOG1 (no trail in this stack) and LOG4 (no
 * GuardDuty / Config / Security Hub) describe the account set-up, not the construct under test.
 */
export const isAboutTestStack = (f: Finding): boolean => (f.requirement === 'LOG1' || f.requirement === 'LOG4') && f.resource.key === undefined;

/** Logical IDs of every CloudFormation resource under `scope`. */
export function logicalIdsUnder(scopes: readonly IConstruct[]): Set<string> {
  return new Set(
    scopes.flatMap((scope) =>
      scope.node
        .findAll()
        .filter(CfnResource.isCfnResource)
        .map((r) => Stack.of(r).resolve(r.logicalId) as string),
    ),
  );
}

/**
 * Fail, unknown and error findings, with the test-stack-wide ones removed; with `scope`, only those
 * about its resources (and about the stack as a whole).
 */
export function problems(findings: readonly Finding[], scope?: IConstruct | IConstruct[]): string[] {
  const ids = scope ? logicalIdsUnder(([] as IConstruct[]).concat(scope)) : undefined;
  return findings
    .filter((f) => (f.status === 'fail' || f.status === 'unknown' || f.status === 'error') && !isAboutTestStack(f))
    .filter((f) => !ids || f.resource.key === undefined || ids.has(f.resource.name))
    .map((f) => `${f.requirement} ${f.status} ${f.resource.name}${f.detail ? `[${f.detail}]` : ''}: ${f.message}`);
}

/**
 * Unacknowledged violations of a cdk-nag pack over `app`, only those of resources under `scope` when
 * given; `errorsOnly` keeps errors (warnings are advice, not gates).
 */
export function nagViolations(pack: NagPack, app: IConstruct, options: { scope?: IConstruct | IConstruct[]; errorsOnly?: boolean } = {}): string[] {
  const report = pack.validateScope(app);
  const prefixes = options.scope ? ([] as IConstruct[]).concat(options.scope).map((c) => `${c.node.path}/`) : [''];
  return report.violations
    .filter((v) => !options.errorsOnly || v.severity === 'error')
    .flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath ?? '', description: v.description })))
    .filter((v) => prefixes.some((p) => v.path.startsWith(p)))
    .map((v) => `${v.rule} ${v.path}: ${v.description}`);
}

export function awsSolutionsErrors(app: IConstruct, scope?: IConstruct | IConstruct[]): string[] {
  return nagViolations(new AwsSolutionsChecks(), app, { scope, errorsOnly: true });
}

/** The pack's stack-level LOG1 / LOG4 findings describe the test stack, not the construct (see isAboutTestStack). */
const TEST_STACK_RULE = /^Marketplace-LOG[14](-Unknown)?\[stack\] /;

/** Every MarketplaceChecks violation (errors and warnings) of resources under `scope`. */
export function marketplaceViolations(app: IConstruct, scope?: IConstruct | IConstruct[]): string[] {
  return nagViolations(new MarketplaceChecks(undefined, { now: NOW }), app, { scope }).filter((v) => !TEST_STACK_RULE.test(v));
}

/** CDK synthesis and rule evaluation take seconds per stack. */
jest.setTimeout(180_000);

export interface Subject {
  app: App;
  stack: Stack;
  /** The construct(s) under test: only findings about their resources count. */
  subject: IConstruct | IConstruct[];
}

/** The three compliance assertions every construct test makes, on one synthesized stack. */
export function itIsCompliant(build: () => Subject): void {
  let built: Subject;
  beforeAll(() => {
    built = build();
  });
  it('has no fail, unknown or error finding of our rules for its resources', () => {
    expect(problems(ruleFindings(built.stack), built.subject)).toEqual([]);
  });
  it('has no unacknowledged cdk-nag AwsSolutions error', () => {
    expect(awsSolutionsErrors(built.app, built.subject)).toEqual([]);
  });
  it('has no MarketplaceChecks finding', () => {
    expect(marketplaceViolations(built.app, built.subject)).toEqual([]);
  });
}

/** A stack with a fixed account and region (the ELB log-delivery principal depends on the region). */
export function testStack(): { app: App; stack: Stack } {
  const app = new App();
  return { app, stack: new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } }) };
}

// The pack's entry, plain JavaScript over the rules bundled into dist/policies.js at build time
// (scripts/bundle-pack.js): the runner starts it in about a second, where a TypeScript pack importing
// @pulumi/aws takes several, and the directory is self-contained, so `pulumi policy publish` can upload
// it and Pulumi Cloud run it with only this package.json's dependencies installed. Constructing the
// PolicyPack starts its gRPC server, so this is the only module that does it.
const { buildPolicies, missingPackRuntime, sharedExemptionsPolicy, withPackConfigure } = require('./dist/policies');

// @pulumi/pulumi and @pulumi/policy are optional peers of marketplace-guardrails (a CDK-only install has
// neither): one line saying what to install, not a module-not-found stack trace.
const missingRuntime = missingPackRuntime('the marketplace-guardrails policy pack', __dirname);
if (missingRuntime) {
  process.stderr.write(`${missingRuntime}\n`);
  process.exit(2);
}
const { PolicyPack } = require('@pulumi/policy');

// MARKETPLACE_GUARDRAILS_NOW pins the date date-dependent checks compare with (reproducible CI runs).
const pinned = process.env.MARKETPLACE_GUARDRAILS_NOW;
const now = pinned ? () => new Date(pinned) : undefined;

// At Configure a requirement's -stack and -advisory policies are made to follow its main policy and
// shared exemptions join their requirements (src/pulumi/pack/config.ts), whatever the CLI filled in.
withPackConfigure(() => new PolicyPack('marketplace-guardrails', { policies: [...buildPolicies(undefined, { now }), sharedExemptionsPolicy] }), require.resolve('@pulumi/policy'));

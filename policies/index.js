// The pack's entry, plain JavaScript over the compiled rules: the runner starts it in about a second,
// where a TypeScript pack importing @pulumi/aws takes several. Constructing the PolicyPack starts its
// gRPC server, so this is the only module that does it.
const { PolicyPack } = require('@pulumi/policy');
const { buildPolicies } = require('../dist/src/pulumi/pack/policies');

// MARKETPLACE_GUARDRAILS_NOW pins the date date-dependent checks compare with (reproducible CI runs).
const pinned = process.env.MARKETPLACE_GUARDRAILS_NOW;
const now = pinned ? () => new Date(pinned) : undefined;

new PolicyPack('marketplace-guardrails', { policies: buildPolicies(undefined, { now }) });

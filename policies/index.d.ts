// The types of `marketplace-guardrails/policies` for TypeScript's node10 resolution: it takes this directory's
// package.json for the subpath (before the package's typesVersions) and looks for index.d.ts beside its main.
// Node.js and the other resolutions follow the package's `exports`, which map the subpath to pack-dir.js.
// Not part of the pack itself (policies/package.json `files` leaves it out of `pulumi policy publish`).
export { policyPackDir } from '../dist/src/pulumi/pack/pack-dir';

/**
 * CloudFormation property names to the Pulumi input names fact props use. Most Pulumi names are the
 * camelCase of CloudFormation's (`ViewerCertificate` -> `viewerCertificate`, `DNSName` -> `dnsName`,
 * `SSEAlgorithm` -> `sseAlgorithm`); mappings rename the rest explicitly.
 */
export function camelCase(name: string): string {
  // A leading run of capitals is an acronym: lower all of it but the last, which starts the next word
  // when a lower-case letter follows (`SSEAlgorithm` -> `sseAlgorithm`, `KMSMasterKeyID` -> `kmsMasterKeyID`).
  const m = /^[A-Z]+/.exec(name);
  if (!m) return name;
  const run = m[0];
  if (run.length === 1 || run.length === name.length) return name.slice(0, run.length).toLowerCase() + name.slice(run.length);
  const next = name.charAt(run.length);
  const keep = /[a-z]/.test(next) ? 1 : 0;
  return run.slice(0, run.length - keep).toLowerCase() + name.slice(run.length - keep);
}

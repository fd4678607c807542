/**
 * AWS Lambda managed runtimes and their deprecation dates (RUN1).
 *
 * Source: the AWS Lambda Developer Guide, "Lambda runtimes"
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), its "Supported runtimes" and
 * "Deprecated runtimes" tables, as of `LAMBDA_RUNTIMES_AS_OF`. `deprecation` is the table's
 * "Deprecation date": from then on AWS no longer applies security patches to the runtime and functions
 * using it lose technical support (the marketplace concern: unpatched components). `blockUpdate` is
 * "Block function update": from then on the function cannot be updated at all. All dates are UTC days.
 * AWS moves future dates (in 2025-2026 it extended the Amazon Linux 2 based runtimes), so keep this
 * table current; `null` means AWS has announced no date.
 *
 * Container-image-only versions (e.g. .NET 9) are not `Runtime` values and are not listed.
 */
export interface LambdaRuntime {
  /** The language family, to suggest the newest runtime of the same language. */
  family: 'nodejs' | 'python' | 'java' | 'dotnet' | 'ruby' | 'provided' | 'go';
  /** YYYY-MM-DD (UTC), or null when no deprecation date is announced. */
  deprecation: string | null;
  /** YYYY-MM-DD (UTC) from which function updates are blocked, or null when not announced. */
  blockUpdate: string | null;
}

/** The day the table below was last checked against the AWS documentation. */
export const LAMBDA_RUNTIMES_AS_OF = '2026-08-22';

const rt = (family: LambdaRuntime['family'], deprecation: string | null, blockUpdate: string | null = null): LambdaRuntime => ({ family, deprecation, blockUpdate });

export const LAMBDA_RUNTIMES: Readonly<Record<string, LambdaRuntime>> = Object.freeze({
  // Node.js
  'nodejs24.x': rt('nodejs', '2028-04-30', '2028-07-01'),
  'nodejs22.x': rt('nodejs', '2027-04-30', '2027-07-01'),
  'nodejs20.x': rt('nodejs', '2026-04-30', '2027-03-03'),
  'nodejs18.x': rt('nodejs', '2025-09-01', '2027-03-03'),
  'nodejs16.x': rt('nodejs', '2024-06-12', '2027-03-03'),
  'nodejs14.x': rt('nodejs', '2023-12-04', '2027-03-03'),
  'nodejs12.x': rt('nodejs', '2023-03-31', '2023-04-30'),
  'nodejs10.x': rt('nodejs', '2021-07-30', '2022-02-14'),
  'nodejs8.10': rt('nodejs', '2020-03-06', '2020-03-06'),
  'nodejs6.10': rt('nodejs', '2019-08-12', '2019-08-12'),
  'nodejs4.3': rt('nodejs', '2020-03-05', '2020-03-05'),
  'nodejs4.3-edge': rt('nodejs', '2020-03-05', '2020-04-30'),
  nodejs: rt('nodejs', '2016-08-30', '2016-10-31'),
  // Python
  'python3.14': rt('python', '2029-06-30', '2029-08-31'),
  'python3.13': rt('python', '2029-06-30', '2029-08-31'),
  'python3.12': rt('python', '2028-10-31', '2029-01-10'),
  'python3.11': rt('python', '2027-06-30', '2027-08-31'),
  'python3.10': rt('python', '2026-10-31', '2027-03-03'),
  'python3.9': rt('python', '2025-12-15', '2027-03-03'),
  'python3.8': rt('python', '2024-10-14', '2027-03-03'),
  'python3.7': rt('python', '2023-12-04', '2027-03-03'),
  'python3.6': rt('python', '2022-07-18', '2022-08-29'),
  'python2.7': rt('python', '2021-07-15', '2022-05-30'),
  // Java
  java25: rt('java', '2029-06-30', '2029-08-31'),
  java21: rt('java', '2029-06-30', '2029-08-31'),
  'java17.al2023': rt('java', '2029-06-30', '2029-08-31'),
  'java11.al2023': rt('java', '2029-06-30', '2029-08-31'),
  'java8.al2023': rt('java', '2029-06-30', '2029-08-31'),
  java17: rt('java', '2027-06-30', '2027-08-31'),
  java11: rt('java', '2027-06-30', '2027-08-31'),
  'java8.al2': rt('java', '2027-06-30', '2027-08-31'),
  java8: rt('java', '2024-01-08', '2027-03-03'),
  // .NET
  dotnet10: rt('dotnet', '2028-11-14', '2029-01-15'),
  dotnet8: rt('dotnet', '2026-11-10', '2027-03-03'),
  dotnet7: rt('dotnet', '2024-05-14'),
  dotnet6: rt('dotnet', '2024-12-20', '2027-03-03'),
  'dotnet5.0': rt('dotnet', '2022-05-10'),
  'dotnetcore3.1': rt('dotnet', '2023-04-03', '2023-05-03'),
  'dotnetcore2.1': rt('dotnet', '2022-01-05', '2022-04-13'),
  'dotnetcore2.0': rt('dotnet', '2019-05-30', '2019-05-30'),
  'dotnetcore1.0': rt('dotnet', '2019-06-27', '2019-07-30'),
  // Ruby
  'ruby4.0': rt('ruby', '2029-03-31', '2029-05-31'),
  'ruby3.4': rt('ruby', '2028-03-31', '2028-05-31'),
  'ruby3.3': rt('ruby', '2027-03-31', '2027-05-31'),
  'ruby3.2': rt('ruby', '2026-03-31', '2027-03-03'),
  'ruby2.7': rt('ruby', '2023-12-07', '2027-03-03'),
  'ruby2.5': rt('ruby', '2021-07-30', '2022-03-31'),
  // OS-only runtimes (Go, Rust, custom runtimes)
  'provided.al2023': rt('provided', '2029-06-30', '2029-08-31'),
  'provided.al2': rt('provided', '2026-07-31', '2027-03-03'),
  provided: rt('provided', '2024-01-08', '2027-03-03'),
  'go1.x': rt('go', '2024-01-08', '2027-03-03'),
});

/** Go moved to the OS-only runtimes; suggest those for it. */
const SUCCESSOR_FAMILY: Partial<Record<LambdaRuntime['family'], LambdaRuntime['family']>> = { go: 'provided' };

/** The supported runtime of the same language with the latest deprecation date (the upgrade to suggest). */
export function newestRuntimeLike(id: string): string | undefined {
  const entry = LAMBDA_RUNTIMES[id];
  if (!entry) return undefined;
  const family = SUCCESSOR_FAMILY[entry.family] ?? entry.family;
  let best: { id: string; date: string } | undefined;
  for (const [candidate, r] of Object.entries(LAMBDA_RUNTIMES)) {
    if (r.family !== family) continue;
    const date = r.deprecation ?? '9999-12-31';
    if (!best || date > best.date) best = { id: candidate, date };
  }
  return best?.id;
}

import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { LAMBDA_FUNCTION } from '../../kinds/lambda-function';
import { propsOf } from '../../kinds/typed-props';
import { LAMBDA_RUNTIMES, LAMBDA_RUNTIMES_AS_OF, newestRuntimeLike } from '../../facts/lambda-runtimes';

/**
 * RUN1 (mandatory): a Lambda function's managed runtime is not deprecated. After its deprecation date
 * AWS stops patching the runtime (language runtime, OS libraries), which the marketplaces ask about as
 * "vulnerable libraries" / "latest patches". Within `WARNING_DAYS` of the date the verdict is an
 * advisory fail, so teams upgrade before the mandatory one hits.
 *
 * Choices (documented here because AWS gives no default):
 * - `packageType` `Image`: the runtime lives in the container image (its base image must be kept up to
 *   date by rebuilding): not applicable.
 * - A runtime identifier not in the table (a runtime newer than the table, or a typo): `unknown`, not
 *   pass (it may be deprecated) and not fail (it may be brand new); the message says to update the table.
 * - No `runtime` on a .zip function: AWS requires one (CreateFunction rejects a .zip function without
 *   it), so nothing can be judged: `unknown`, naming the property.
 */

/** How many days before the deprecation date the advisory starts (the requirement's "within 90 days"). */
export const WARNING_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Start (00:00 UTC) of an ISO day. */
const dayStart = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);

function upgradeHint(runtime: string): string {
  const newest = newestRuntimeLike(runtime);
  return newest && newest !== runtime ? `set runtime to ${newest}` : 'move to a supported runtime';
}

function judgeRuntime(runtime: string, now: Date): Verdict {
  const entry = LAMBDA_RUNTIMES[runtime] ?? LAMBDA_RUNTIMES[runtime.toLowerCase()];
  if (!entry) {
    return {
      status: 'unknown',
      message:
        `runtime ${runtime} is not in the table of Lambda runtimes (src/facts/lambda-runtimes.ts, checked ${LAMBDA_RUNTIMES_AS_OF}), ` +
        'so its support cannot be judged; check it against the AWS "Lambda runtimes" page and add it to the table',
    };
  }
  if (entry.deprecation === null) return pass(`runtime ${runtime} is supported (AWS has announced no deprecation date)`);
  const deprecatedAt = dayStart(entry.deprecation);
  const blocked = entry.blockUpdate ? `; function updates are blocked from ${entry.blockUpdate}` : '';
  if (now.getTime() >= deprecatedAt) {
    return fail(`runtime ${runtime} was deprecated on ${entry.deprecation} and no longer receives security patches${blocked}; ${upgradeHint(runtime)}`);
  }
  const daysLeft = Math.ceil((deprecatedAt - now.getTime()) / DAY_MS);
  if (daysLeft <= WARNING_DAYS) {
    return {
      ...fail(`runtime ${runtime} is deprecated on ${entry.deprecation} (in ${daysLeft} days), after which it gets no security patches; ${upgradeHint(runtime)}`),
      enforcement: 'advisory',
    };
  }
  return pass(`runtime ${runtime} is supported until ${entry.deprecation}`);
}

export const RUN1: Rule = {
  id: 'RUN1',
  resource: {
    kinds: ['lambda:Function'],
    check(fact, ctx) {
      const props = propsOf(fact, LAMBDA_FUNCTION);
      const packageType = props.str('packageType');
      const runtime = props.str('runtime');
      if (packageType === 'Image') {
        return [notApplicable('packageType is Image: the runtime comes from the container image; rebuild it on a current AWS base image')];
      }
      if (isUnknown(runtime)) return [unknown(runtime)];
      if (runtime === undefined || runtime === '') {
        if (isUnknown(packageType)) return [unknown(packageType)];
        return [
          {
            status: 'unknown',
            message: 'runtime is absent on a .zip function (AWS requires it for .zip packages), so the runtime cannot be checked; set runtime to a supported identifier',
          },
        ];
      }
      return [judgeRuntime(runtime, ctx.now)];
    },
  },
};

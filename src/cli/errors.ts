/** An error the user caused (bad input, usage, config): printed as one line, exit code 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_MANDATORY_VIOLATIONS = 1;
export const EXIT_BAD_INPUT = 2;

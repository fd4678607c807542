/**
 * A flag that takes one value, given twice (`--format json --format sarif`), is refused: commander
 * keeps the last silently, so a CI line edited by two people would gate on a report nobody asked for.
 * Repeatable flags (`--output FORMAT=FILE`, which collects) and variadic ones are left alone.
 */
import { Command, Option } from 'commander';
import { UsageError } from './errors';
import { collect } from './outputs';

function repeatable(option: Option): boolean {
  return option.variadic || option.parseArg === collect;
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

/** Wraps each single-value option's parser (choices included) so a second value ends the run with one line. */
export function refuseRepeatedValues(command: Command): void {
  for (const option of command.options as readonly Option[]) {
    if (!takesValue(option) || repeatable(option)) continue;
    const parse = option.parseArg;
    let given: string | undefined;
    option.argParser((value: string, previous: unknown) => {
      if (given !== undefined) throw new UsageError(`${option.long ?? option.flags} given twice (${given}, then ${value}): it takes one value`);
      given = value;
      return parse ? parse(value, previous) : value;
    });
  }
  for (const sub of command.commands) refuseRepeatedValues(sub);
}

/**
 * The real interval of a Secrets Manager rotation `ScheduleExpression` (SEC2). The syntax is Secrets
 * Manager's own ("Rotation schedules", docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html):
 *
 * - `rate(Value Unit)`: Value a positive integer, Unit `hour`, `hours`, `day` or `days`.
 * - `cron(Minutes Hours Day-of-month Month Day-of-week Year)`: Minutes "Must be 0" (windows open on the
 *   hour), Hours 0-23, Day-of-month 1-31 with `, - * ? / L`, Month 1-12 or JAN-DEC with `, - * /`,
 *   Day-of-week 1-7 or SUN-SAT with `# , - * ? / L`, Year "Must be *". Hour increments reset each day
 *   (`cron(0 4/12 * * ? *)` fires at 4:00 and 16:00 every day). As in every AWS cron, one of the two day
 *   fields is `?` and the other chooses the days.
 *
 * A cron schedule's interval is the longest gap between two consecutive firings. Between 2001 and 2099
 * the Gregorian calendar (leap years and weekdays together) repeats every 28 years, so the firings of
 * one such cycle, with the gap from its last firing to the next cycle's first, give every gap the
 * schedule has: at most 10,227 days are looked at, whatever the expression.
 */

export type RotationInterval =
  /** The longest time between two rotations, in hours. */
  | { kind: 'interval'; hours: number }
  /** A valid expression no day of the calendar matches (`cron(0 0 30 2 ? *)`). */
  | { kind: 'never' }
  /** Not an expression Secrets Manager reads; `reason` says why. */
  | { kind: 'invalid'; reason: string };

const RATE = /^rate\(\s*(\d+)\s+(hours?|days?)\s*\)$/i;
const CRON = /^cron\((.*)\)$/i;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** Days of one 28-year cycle of the calendar, 2001-01-01 to 2028-12-31 (28 x 365 + 7 leap days). */
const CYCLE_START = Date.UTC(2001, 0, 1);
const CYCLE_DAYS = 28 * 365 + 7;
const DAY_MS = 86_400_000;

interface FieldRange {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const HOURS: FieldRange = { name: 'hours', min: 0, max: 23 };
const MONTH: FieldRange = { name: 'month', min: 1, max: 12, names: MONTHS };
const DAY_OF_MONTH: FieldRange = { name: 'day-of-month', min: 1, max: 31 };
const DAY_OF_WEEK: FieldRange = { name: 'day-of-week', min: 1, max: 7, names: WEEKDAYS };

class InvalidSchedule extends Error {}

function valueOf(text: string, range: FieldRange): number {
  const named = range.names?.indexOf(text.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + range.min : /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!(n >= range.min && n <= range.max)) throw new InvalidSchedule(`"${text}" is not a ${range.name} value (${range.min}-${range.max})`);
  return n;
}

/** One item of a list: `*`, `v`, `a-b`, each optionally `/step`. */
function addItem(item: string, range: FieldRange, into: Set<number>): void {
  const [base, stepText, ...extra] = item.split('/');
  if (extra.length > 0 || base === '') throw new InvalidSchedule(`"${item}" is not a ${range.name} item`);
  const step = stepText === undefined ? 1 : /^\d{1,3}$/.test(stepText) && Number(stepText) > 0 ? Number(stepText) : NaN;
  if (Number.isNaN(step)) throw new InvalidSchedule(`"${item}" has no positive ${range.name} increment`);
  let from: number;
  let to: number;
  if (base === '*') [from, to] = [range.min, range.max];
  else if (base.includes('-')) {
    const [a, b, ...more] = base.split('-');
    if (more.length > 0) throw new InvalidSchedule(`"${item}" is not a ${range.name} range`);
    [from, to] = [valueOf(a, range), valueOf(b, range)];
    if (from > to) throw new InvalidSchedule(`"${item}" is a ${range.name} range that runs backwards`);
  } else {
    from = valueOf(base, range);
    // `a/step` runs from a to the end of the field.
    to = stepText === undefined ? from : range.max;
  }
  for (let v = from; v <= to; v += step) into.add(v);
}

function numberSet(field: string, range: FieldRange): Set<number> {
  const out = new Set<number>();
  for (const item of field.split(',')) addItem(item, range, out);
  return out;
}

/** The day-of-month or day-of-week field as a test of one calendar day. */
type DayTest = (day: { dayOfMonth: number; daysInMonth: number; weekday: number }) => boolean;

function dayOfMonthTest(field: string): DayTest {
  const days = new Set<number>();
  let last = false;
  for (const item of field.split(',')) {
    if (item.toUpperCase() === 'L') last = true;
    else addItem(item, DAY_OF_MONTH, days);
  }
  return (d) => days.has(d.dayOfMonth) || (last && d.dayOfMonth === d.daysInMonth);
}

function dayOfWeekTest(field: string): DayTest {
  const weekdays = new Set<number>();
  const lastOfMonth = new Set<number>();
  const nth: Array<[number, number]> = [];
  for (const item of field.split(',')) {
    const upper = item.toUpperCase();
    const hash = /^(\w+)#([1-5])$/.exec(upper);
    if (upper === 'L')
      weekdays.add(7); // the last day of the week: Saturday
    else if (hash) nth.push([valueOf(hash[1], DAY_OF_WEEK), Number(hash[2])]);
    else if (/^\w+L$/.test(upper)) lastOfMonth.add(valueOf(upper.slice(0, -1), DAY_OF_WEEK));
    else addItem(item, DAY_OF_WEEK, weekdays);
  }
  return (d) => weekdays.has(d.weekday) || (lastOfMonth.has(d.weekday) && d.dayOfMonth + 7 > d.daysInMonth) || nth.some(([weekday, n]) => weekday === d.weekday && Math.ceil(d.dayOfMonth / 7) === n);
}

function cronInterval(body: string): RotationInterval {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) return { kind: 'invalid', reason: `a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), this one ${fields.length}` };
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = fields;
  if (minutes !== '0') return { kind: 'invalid', reason: 'the minutes field must be 0 (rotation windows open on the hour)' };
  if (year !== '*') return { kind: 'invalid', reason: 'the year field must be *' };
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) return { kind: 'invalid', reason: 'exactly one of day-of-month and day-of-week must be ?' };
  let hourSet: Set<number>;
  let months: Set<number>;
  let dayTest: DayTest;
  try {
    hourSet = numberSet(hours, HOURS);
    months = numberSet(month, MONTH);
    dayTest = dayOfMonth === '?' ? dayOfWeekTest(dayOfWeek) : dayOfMonthTest(dayOfMonth);
  } catch (e) {
    if (e instanceof InvalidSchedule) return { kind: 'invalid', reason: e.message };
    throw e;
  }
  const firingHours = [...hourSet].sort((a, b) => a - b);
  let first: number | undefined;
  let previous: number | undefined;
  let longest = 0;
  for (let i = 0; i < CYCLE_DAYS; i++) {
    const date = new Date(CYCLE_START + i * DAY_MS);
    const m = date.getUTCMonth();
    if (!months.has(m + 1)) continue;
    const day = { dayOfMonth: date.getUTCDate(), daysInMonth: new Date(Date.UTC(date.getUTCFullYear(), m + 1, 0)).getUTCDate(), weekday: date.getUTCDay() + 1 };
    if (!dayTest(day)) continue;
    for (const h of firingHours) {
      const at = i * 24 + h;
      if (previous !== undefined) longest = Math.max(longest, at - previous);
      first ??= at;
      previous = at;
    }
  }
  if (first === undefined || previous === undefined) return { kind: 'never' };
  // The next cycle fires again at its first firing, 28 years on.
  longest = Math.max(longest, first + CYCLE_DAYS * 24 - previous);
  return { kind: 'interval', hours: longest };
}

/** The longest time between two rotations on `expression`, or why it cannot be read. */
export function rotationInterval(expression: string): RotationInterval {
  const text = expression.trim();
  const rate = RATE.exec(text);
  if (rate) {
    const n = Number(rate[1]);
    if (n < 1) return { kind: 'invalid', reason: 'a rate value must be a positive integer' };
    return { kind: 'interval', hours: rate[2].toLowerCase().startsWith('hour') ? n : n * 24 };
  }
  const cron = CRON.exec(text);
  if (cron) return cronInterval(cron[1]);
  return { kind: 'invalid', reason: 'it is neither rate(Value Unit) nor cron(Minutes Hours Day-of-month Month Day-of-week Year)' };
}

/** `N days`, or `N hours` for an interval that is not a whole number of days. */
export function describeHours(hours: number): string {
  if (hours % 24 !== 0) return `${hours} hours`;
  const days = hours / 24;
  return days === 1 ? '1 day' : `${days} days`;
}

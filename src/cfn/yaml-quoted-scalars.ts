/**
 * Multi-line quoted scalars as PyYAML and SnakeYAML read them.
 *
 * YAML 1.2 (and the `yaml` package with it, whatever its `strict` or `version` options) requires the
 * continuation lines of a quoted scalar in block context to be indented more than the mapping that
 * holds it (spec 1.2.2, s-flow-line-prefix(n) under ns-flow-node(n+1)), so
 *
 *     Description: "first line
 *     second line"
 *
 * ends with "Missing closing quote". PyYAML (cfn-lint's reader), SnakeYAML and the CloudFormation
 * service accept it: their scanners do not check indentation inside quotes. The leading white space of
 * a continuation line is not part of a quoted scalar's value (line folding strips it, and an escaped
 * line break discards it too), so indenting those lines further changes no value. This pass does that,
 * and only that, for a template the strict reader refused; line numbers stay as they were.
 */

const BLOCK_SCALAR_HEADER = /^[|>][-+0-9]*[ \t]*(#.*)?$/;

function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** The offset just after the closing quote of the scalar opened at `open`, or -1 if it never closes. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

interface Insertion {
  at: number;
  spaces: number;
}

/** Continuation lines inside (open, close) indented to one past the opening quote's column. */
function reindent(text: string, open: number, close: number, quoteColumn: number, out: Insertion[]): void {
  for (let nl = text.indexOf('\n', open); nl >= 0 && nl < close; nl = text.indexOf('\n', nl + 1)) {
    const start = nl + 1;
    const rest = text.slice(start, lineEnd(text, start));
    // A blank line folds to a line break whatever its spaces; a document marker stays an error.
    if (rest.trim() === '' || /^(---|\.\.\.)(\s|$)/.test(rest)) continue;
    const indent = indentOf(text, start);
    if (indent <= quoteColumn) out.push({ at: start, spaces: quoteColumn + 1 - indent });
  }
}

function applied(text: string, insertions: readonly Insertion[]): string {
  if (insertions.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const { at, spaces } of insertions) {
    parts.push(text.slice(from, at), ' '.repeat(spaces));
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const isBlank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * `text` with the continuation lines of multi-line quoted scalars indented past their opening quote.
 * A token scan, not a parser: it knows comments, block scalars (their content is skipped), flow
 * indicators, tags and anchors, which is enough to tell a quote that opens a scalar from one inside
 * plain text. The caller uses the result only when the original did not parse and this one does.
 */
export function indentQuotedContinuations(text: string): string {
  const insertions: Insertion[] = [];
  /** Spaces inserted at a line's start, so columns on a closing line count them. */
  const shifted = new Map<number, number>();
  let i = 0;
  let lineStart = 0;
  let atLineStart = true;
  let blockParent = -1; // within a block scalar's content: the indentation its lines exceed
  let flowDepth = 0;
  let canStart = true; // the next character may open a scalar
  let nodeIndent = 0; // the indentation a block scalar opened on this line must exceed
  let afterEntry = false; // just after a block `- ` or `? `
  while (i < text.length) {
    if (atLineStart) {
      const end = lineEnd(text, i);
      const indent = indentOf(text, i);
      if (blockParent >= 0) {
        if (text.slice(i, end).trim() === '' || indent > blockParent) {
          i = end + 1;
          continue;
        }
        blockParent = -1;
      }
      lineStart = i;
      atLineStart = false;
      canStart = true;
      afterEntry = false;
      nodeIndent = indent;
      i += indent;
      continue;
    }
    const c = text[i];
    const column = i - lineStart + (shifted.get(lineStart) ?? 0);
    if (c === '\n') {
      atLineStart = true;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' && (i === lineStart || isBlank(text[i - 1]))) {
      i = lineEnd(text, i);
    } else if (canStart && (c === '"' || c === "'")) {
      if (afterEntry) nodeIndent = column;
      const close = closingQuote(text, i);
      if (close < 0) break;
      const closeLineStart = text.lastIndexOf('\n', close - 1) + 1;
      if (closeLineStart > i) {
        const before = insertions.length;
        reindent(text, i, close, column, insertions);
        const last = insertions[insertions.length - 1];
        if (insertions.length > before && last.at === closeLineStart) shifted.set(closeLineStart, last.spaces);
        lineStart = closeLineStart;
      }
      i = close;
      canStart = false;
      afterEntry = false;
    } else if (flowDepth === 0 && canStart && (c === '|' || c === '>') && BLOCK_SCALAR_HEADER.test(text.slice(i, lineEnd(text, i)))) {
      blockParent = nodeIndent;
      i = lineEnd(text, i);
    } else if (flowDepth === 0 && canStart && (c === '-' || c === '?') && isBlank(text[i + 1])) {
      nodeIndent = column;
      afterEntry = true;
      i++;
    } else if (c === ':' && (flowDepth > 0 || isBlank(text[i + 1]))) {
      canStart = true;
      afterEntry = false;
      i++;
    } else if (canStart && (c === '[' || c === '{')) {
      flowDepth++;
      i++;
    } else if (flowDepth > 0 && c === ',') {
      canStart = true;
      i++;
    } else if (flowDepth > 0 && (c === ']' || c === '}')) {
      flowDepth--;
      canStart = false;
      i++;
    } else if (canStart && (c === '!' || c === '&')) {
      // A tag or anchor: the node's content follows it.
      while (i < text.length && !isBlank(text[i])) i++;
    } else {
      if (afterEntry) nodeIndent = column;
      afterEntry = false;
      canStart = false;
      i++;
    }
  }
  return applied(text, insertions);
}

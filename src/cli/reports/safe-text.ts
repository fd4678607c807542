/**
 * Text from the checked infrastructure (logical IDs, resource names, types, exemption reasons, and the
 * messages that quote property values) made safe for each report. A template is input from whoever
 * wrote it: a logical ID holding a newline must not start a line of its own (a fake finding in the
 * text report, a heading in the Markdown page), an ESC must not reach a terminal as a control
 * sequence, and bidirectional overrides must not reorder what a reviewer reads.
 *
 * JSON (and so SARIF) is safe by its encoding; SARIF viewers still print `message.text` as plain
 * text, so it gets `safeLine` too.
 */

/**
 * C0 controls, DEL, C1 controls, the Unicode line and paragraph separators (line breaks to many
 * viewers) and the bidirectional embedding, override and isolate controls ("Trojan Source", CVE-2021-42574).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line of plain text: every unsafe character shown as its escape (`\n`, `\u001b`), so nothing is hidden either. */
export function safeLine(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Characters with a meaning in (GitHub-flavoured) Markdown inline text and tables, and the escape character itself. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;

/** Markdown inline text: one line, every Markdown special character backslash-escaped (CommonMark 2.4). */
export function markdownText(text: string): string {
  return safeLine(text).replace(MARKDOWN_SPECIAL, '\\$&');
}

/**
 * A Markdown code span. Backslash escapes do not work inside one (CommonMark 6.1), so a backtick, which
 * would end the span, becomes `'`. A `|` is left as is: only a table cell gives it a meaning, and
 * `markdownCell` escapes it there.
 */
export function markdownCode(text: string): string {
  return `\`${safeLine(text).replace(/`/g, "'")}\``;
}

/**
 * A GFM table cell: one line, every `|` not already escaped escaped. GFM splits rows on unescaped pipes
 * even inside code spans (GFM spec, "Tables (extension)"), so this applies to the whole composed cell.
 */
export function markdownCell(text: string): string {
  return safeLine(text).replace(/(?<!\\)\|/g, '\\|');
}

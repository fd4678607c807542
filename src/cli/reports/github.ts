/**
 * GitHub Actions workflow commands (`--format github`): each finding that needs attention as an
 * annotation on the line that defines the resource, so it shows on the pull request's diff without
 * code scanning (no SARIF upload, no `security-events` permission).
 *
 * The syntax is `::error file={name},line={line},col={col},title={title}::{message}` (and `::warning`,
 * `::notice`), docs.github.com "Workflow commands for GitHub Actions". Escaping follows the toolkit
 * that writes them: `%`, CR and LF in the message become `%25`, `%0D`, `%0A`; property values also
 * escape `:` and `,` (`%3A`, `%2C`), which would end the value (actions/toolkit
 * packages/core/src/command.ts `escapeData` / `escapeProperty`, at 4b9afa4). Text from the template
 * goes through `safeLine` first, so no line break, and so no second command, can come from it.
 *
 * Levels: a failing mandatory requirement (or one whose check could not run) is an error; an advisory
 * failure, and any unknown, a warning (an unknown is no verdict, but never a pass); exempt results are
 * accepted and not annotated (the exemptions stay listed in the other reports). Errors come first:
 * the runner shows a limited number of annotations per step, and the gating ones must not be cut.
 */
import { requirement, isRequirementId } from '../../catalog';
import { detailShown, Finding } from '../../core/findings';
import { Report } from '../../core/report';
import { resourceKey } from './exemptions';
import { PathContext, currentPathContext, rootRelativePath } from './repository';
import { FIX_ENGINE_NAME, findingFix, fixEngineOf } from './finding-fix';
import { safeLine } from './safe-text';
import { summaryLine } from './text';
import { TOOL_NAME } from './tool-info';

type Command = 'error' | 'warning' | 'notice';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: Command, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function commandOf(f: Finding): Command | undefined {
  if (f.status === 'unknown') return 'warning';
  if (f.status === 'fail' || f.status === 'error') return f.enforcement === 'mandatory' ? 'error' : 'warning';
  return undefined;
}

/** The annotation pane shows a few lines; a longer fix is left to the other reports and the rule's docs. */
const ANNOTATED_FIX_LINES = 6;

function messageOf(f: Finding): string {
  const text = `${f.resource.name} (${f.resource.type}): ${detailShown(f) ? `${detailShown(f)}: ` : ''}${f.message}`;
  if (f.status === 'error') return `the check could not run: ${text}`;
  if (f.status === 'unknown') return `unknown: ${text}`;
  return text;
}

/** A failure's fix as lines after the message (escapeData turns the line breaks into %0A), when it is short. */
function fixOf(report: Report, f: Finding): string {
  const fix = f.status === 'fail' ? findingFix(report, f) : undefined;
  if (!fix || fix.split('\n').length > ANNOTATED_FIX_LINES) return '';
  return `\nfix (${FIX_ENGINE_NAME[fixEngineOf(report)]}):\n${fix}`;
}

function titleOf(f: Finding): string {
  const label = f.status === 'fail' || f.status === 'error' ? f.enforcement : f.status;
  return `${f.requirement}${isRequirementId(f.requirement) ? ` ${requirement(f.requirement).title}` : ''} (${label})`;
}

const ORDER: Record<Command, number> = { error: 0, warning: 1, notice: 2 };

export function renderGithub(report: Report, paths: PathContext = currentPathContext()): string {
  const lines: { command: Command; text: string }[] = [];
  for (const f of report.findings) {
    const command = commandOf(f);
    if (!command) continue;
    const at = report.locations.byKey[resourceKey(f)] ?? report.locations.default;
    // A file outside the repository cannot be annotated; the annotation then stands on the run alone.
    const file = at ? rootRelativePath(at.file, paths) : undefined;
    const line = file !== undefined && at?.line !== undefined && at.line >= 1 ? at.line : undefined;
    const col = line !== undefined && at?.column !== undefined && at.column >= 1 ? at.column : undefined;
    lines.push({ command, text: workflowCommand(command, { file, line, col, title: safeLine(titleOf(f)) }, safeLine(messageOf(f)) + fixOf(report, f)) });
  }
  lines.sort((a, b) => ORDER[a.command] - ORDER[b.command]);
  const summary = workflowCommand('notice', { title: TOOL_NAME }, safeLine(`${report.project} (stack ${report.stack}): ${summaryLine(report.findings)}`));
  return [...lines.map((l) => l.text), summary].join('\n') + '\n';
}

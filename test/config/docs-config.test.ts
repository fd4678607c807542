/**
 * Every policy config the README and the docs show goes through the ported CLI parser and the pack's
 * Configure rule (src/config), so an example a user copies is one `pulumi preview` accepts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { policiesConfigOf } from '../../src/config/config-file';

const ROOT = path.join(__dirname, '..', '..');

/** ```json fences that show a policy config: in a Configuration section, or introduced by a line naming the policy config. */
function configExamples(file: string): { at: string; text: string }[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const out: { at: string; text: string }[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    if (/^#+ /.test(lines[i])) section = lines[i];
    if (lines[i].trim() !== '```json') continue;
    const end = lines.indexOf('```', i + 1);
    const intro = lines.slice(Math.max(0, i - 3), i).join(' ');
    if (/^## Configuration/.test(section) || /policy config/i.test(intro)) out.push({ at: `${file}:${i + 1}`, text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return out;
}

const examples = ['README.md', 'docs/requirements.md', 'docs/constructs.md'].flatMap(configExamples);

it('finds the examples (the README Configuration one and each requirement’s exemption)', () => {
  expect(examples.filter((e) => e.at.startsWith('README.md'))).toHaveLength(1);
  expect(examples.filter((e) => e.at.startsWith('docs/requirements.md')).length).toBeGreaterThanOrEqual(20);
});

it.each(examples.map((e) => [e.at, e.text]))('%s is accepted by the CLI and the pack', (at, text) => {
  expect(() => policiesConfigOf({ file: at, text })).not.toThrow();
});

it('would catch the form the CLI refuses', () => {
  expect(() => policiesConfigOf({ file: 'x', text: '{"exemptions": []}' })).toThrow(/must be a string or object/);
});

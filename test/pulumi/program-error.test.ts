/**
 * The one-line causes of a program that cannot run, and the Pulumi.yaml runtime options the capture
 * child is started with, on the texts ts-node, Node and @pulumi/pulumi produce.
 */
import { UsageError } from '../../src/cli/errors';
import { nodeRuntimeOf, splitNodeArgs } from '../../src/pulumi/offline/node-runtime-options';
import { ProgramLoadError, causeOf, stderrCause } from '../../src/pulumi/offline/program-error';

const ctx = { programDir: '/app', stack: 'prod' };

describe('causeOf', () => {
  it('names the first TypeScript diagnostic with its file and line, and how many more there are', () => {
    const ts = new Error("⨯ Unable to compile TypeScript:\nindex.ts(4,7): error TS2322: Type 'string' is not assignable to type 'number'.\nlib/a.ts(1,1): error TS2304: Cannot find name 'x'.\n");
    expect(causeOf(ts, ctx)).toBe("TypeScript error TS2322 at index.ts:4: Type 'string' is not assignable to type 'number'. (and 1 more TypeScript error)");
  });

  it('reads pretty diagnostics, message chains and config diagnostics without a file', () => {
    const pretty = new Error(
      "⨯ Unable to compile TypeScript:\n\u001b[96m/app/index.ts\u001b[0m:\u001b[93m9\u001b[0m:3 - error TS2345: Argument is wrong.\n  Type 'A' is not assignable to type 'B'.\n\n9   f(a);\n    ~\n",
    );
    expect(causeOf(pretty, ctx)).toBe("TypeScript error TS2345 at index.ts:9: Argument is wrong. Type 'A' is not assignable to type 'B'.");
    const config = new Error("⨯ Unable to compile TypeScript:\nerror TS5110: Option 'module' must be set to 'NodeNext' when option 'moduleResolution' is set to 'NodeNext'.\n");
    expect(causeOf(config, ctx)).toBe("TypeScript error TS5110: Option 'module' must be set to 'NodeNext' when option 'moduleResolution' is set to 'NodeNext'.");
  });

  it('reads a diagnostic that crossed from the ESM hooks thread as a non-Error with a custom inspection', () => {
    const crossed = Object.create(null) as Record<symbol, unknown>;
    crossed[Symbol.for('nodejs.util.inspect.custom')] = () => "index.ts(22,7): error TS2322: Type 'string' is not assignable to type 'number'.";
    expect(causeOf(crossed, ctx)).toBe("TypeScript error TS2322 at index.ts:22: Type 'string' is not assignable to type 'number'.");
  });

  it('adds the npm install fix to a package TypeScript cannot find, not to a missing file of the program', () => {
    const pkg = new Error("⨯ Unable to compile TypeScript:\nindex.ts(2,23): error TS2307: Cannot find module '@pulumi/awsx' or its corresponding type declarations.\n");
    expect(causeOf(pkg, ctx)).toMatch(/TS2307 at index\.ts:2: .* Run npm install in \/app\.$/);
    const file = new Error("⨯ Unable to compile TypeScript:\nindex.ts(2,23): error TS2307: Cannot find module './lib' or its corresponding type declarations.\n");
    expect(causeOf(file, ctx)).not.toContain('npm install');
  });

  it('names a missing config key and the flags that give it', () => {
    const missing = new Error("Missing required configuration variable 'app:domain'\n\tplease set a value using the command `pulumi config set app:domain <value>`");
    expect(causeOf(missing, ctx)).toBe("missing required configuration variable 'app:domain': set it in Pulumi.prod.yaml beside Pulumi.yaml and pass --stack prod, or pass --config-file <file>");
  });

  it('names a module that failed to load: a package to install, or a file of the program that is missing', () => {
    const cjs = Object.assign(new Error("Cannot find module 'mime'\nRequire stack:\n- /app/index.js"), { code: 'MODULE_NOT_FOUND', requireStack: ['/app/index.js'] });
    expect(causeOf(cjs, ctx)).toBe("cannot load module 'mime' (imported by index.js): run npm install in /app");
    const esm = Object.assign(new Error("Cannot find module '/app/lib/site.js' imported from /app/index.ts"), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(causeOf(esm, ctx)).toBe("cannot load module 'lib/site.js' (imported by index.ts): the file does not exist");
    const pkg = Object.assign(new Error("Cannot find package 'mime' imported from /app/index.ts"), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(causeOf(pkg, ctx)).toBe("cannot load module 'mime' (imported by index.ts): run npm install in /app");
  });

  it('keeps every line of a multi-line message, the program line that threw, and the error cause', () => {
    const e = new Error('deployment settings are invalid:\n  region is missing\n  bucket prefix is too long', { cause: new TypeError('prefix.length > 37') });
    e.stack = `Error: deployment settings are invalid\n    at check (/app/node_modules/lib/index.js:3:9)\n    at Object.<anonymous> (/app/src/settings.ts:12:11)\n    at Module._compile (node:internal/modules/cjs/loader:1504:14)`;
    expect(causeOf(e, ctx)).toBe('the program threw: deployment settings are invalid: region is missing bucket prefix is too long (src/settings.ts:12): caused by TypeError: prefix.length > 37');
  });

  it('locates a SyntaxError, and reads a thrown string or object', () => {
    const syntax = new SyntaxError('Unexpected token }');
    syntax.stack = '/app/index.js:4\n}\n^\n\nSyntaxError: Unexpected token }\n    at wrapSafe (node:internal/modules/cjs/loader:1378:20)';
    expect(causeOf(syntax, ctx)).toBe('the program threw: SyntaxError: Unexpected token } (index.js:4)');
    expect(causeOf('quota\nexceeded', ctx)).toBe('the program threw: quota exceeded');
    expect(causeOf({ code: 42 }, ctx)).toBe('the program threw: { code: 42 }');
    expect(causeOf(new ProgramLoadError('tsconfig path was set to x.json but the file was not found'), ctx)).toBe('tsconfig path was set to x.json but the file was not found');
  });

  it('bounds the line', () => {
    expect(causeOf(new Error('x'.repeat(5000)), ctx).length).toBeLessThanOrEqual(500);
  });
});

describe('stderrCause', () => {
  it('takes the error line of Node’s report, not its stack or version trailer', () => {
    const report = 'file:///app/hooks.js:3\n  throw new Error("boom");\n  ^\n\nError: boom\n    at file:///app/hooks.js:3:9\n\nNode.js v20.20.2\n';
    expect(stderrCause(report)).toBe('Error: boom');
    expect(stderrCause('(node:12) ExperimentalWarning: --experimental-loader may be removed\n(Use `node --trace-warnings ...` to show where the warning was created)\nkilled\n')).toBe('killed');
    expect(stderrCause('\n')).toBeUndefined();
  });
});

describe('Pulumi.yaml runtime options', () => {
  it('turns TypeScript on by default and passes tsconfig and nodeargs as the language host does', () => {
    expect(nodeRuntimeOf({ runtime: 'nodejs' }, 'Pulumi.yaml')).toEqual({ env: { PULUMI_NODEJS_TYPESCRIPT: 'true' }, nodeArgs: [] });
    expect(nodeRuntimeOf({ runtime: { name: 'nodejs', options: { typescript: false, tsconfig: 'tsconfig.pulumi.json', nodeargs: '--loader ts-node/esm --no-warnings' } } }, 'Pulumi.yaml')).toEqual({
      env: { PULUMI_NODEJS_TSCONFIG_PATH: 'tsconfig.pulumi.json' },
      nodeArgs: ['--loader', 'ts-node/esm', '--no-warnings'],
    });
  });

  it('refuses options of the wrong type, as the language host does', () => {
    expect(() => nodeRuntimeOf({ runtime: { name: 'nodejs', options: { typescript: 'yes' } } }, 'Pulumi.yaml')).toThrow(new UsageError('Pulumi.yaml: runtime.options.typescript must be a boolean'));
    expect(() => nodeRuntimeOf({ runtime: { name: 'nodejs', options: { nodeargs: ['--inspect'] } } }, 'Pulumi.yaml')).toThrow(UsageError);
  });

  it('splits nodeargs as a shell would', () => {
    expect(splitNodeArgs(`--require ./a\\ b.js --title='my app' --x="a \\"b\\""`, 'f')).toEqual(['--require', './a b.js', '--title=my app', '--x=a "b"']);
    expect(splitNodeArgs('  ', 'f')).toEqual([]);
    expect(splitNodeArgs("''", 'f')).toEqual(['']);
    expect(() => splitNodeArgs('--title="open', 'f')).toThrow('unclosed " quote');
  });
});

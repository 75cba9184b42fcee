// What a user gets from npx: pack the tarball, install it into an empty prefix with no network,
// and run the installed command on the Node that is running these tests.
import {execFileSync} from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (
	JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
).version;
const work = mkdtempSync(path.join(tmpdir(), 'tcp-tui-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let installed = '';
let tarball = '';
const script = ['--script', 'c:syn s:syn c:ack', '--isn-client', '1', '--isn-server', '2'];

/** The environment of a run whose code cache goes to a folder of its own. */
function cacheIn(name: string): NodeJS.ProcessEnv {
	return {...process.env, XDG_CACHE_HOME: path.join(work, 'cache', name)};
}

beforeAll(() => {
	const packed = execFileSync(npm, ['pack', '--silent', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
	});
	tarball = path.join(work, packed.trim().split('\n').at(-1) ?? '');
	const prefix = path.join(work, 'prefix');
	execFileSync(
		npm,
		['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
		{
			cwd: work,
			stdio: 'pipe',
		},
	);
	installed = path.join(prefix, 'bin', 'tcp-tui');
}, 120_000);

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

describe('the published package', () => {
	it('holds only the command, the program and its WebAssembly, the README and package.json, and has no runtime dependencies', () => {
		const files = execFileSync('tar', ['tzf', tarball], {encoding: 'utf8'})
			.trim()
			.split('\n')
			.sort();
		expect(files).toEqual([
			'package/README.md',
			'package/dist/cli.js',
			'package/dist/program.js',
			'package/dist/yoga.wasm',
			'package/package.json',
		]);
		const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<
			string,
			unknown
		>;
		expect(manifest['dependencies']).toBeUndefined();
	});

	it('runs --version and a script once installed', () => {
		expect(
			execFileSync(installed, ['--version'], {encoding: 'utf8', env: cacheIn('version')}).trim(),
		).toBe(version);
		const output = execFileSync(installed, script, {encoding: 'utf8', env: cacheIn('script')});
		expect(output).toMatch(/SYN_SENT +│─+ SYN seq=0 ─+▶│/);
		expect(output).toMatch(/ +│─+ ACK seq=1 ack=1 ─+▶│ ESTABLISHED/);
	});

	it('keeps a code cache in the cache folder, which later runs use, and mends one that does not fit', () => {
		const env = cacheIn('cache');
		const folder = path.join(env['XDG_CACHE_HOME'] ?? '', 'tcp-tui');
		const first = execFileSync(installed, script, {encoding: 'utf8', env});
		const [name, ...others] = readdirSync(folder);
		expect(others).toEqual([]);
		expect(name).toMatch(
			new RegExp(`^[\\da-f]{16}-node${process.version}-${process.arch}\\.cache$`),
		);
		const cache = path.join(folder, name ?? '');
		const written = statSync(cache);
		expect(written.size).toBeGreaterThan(10_000);
		if (process.platform !== 'win32') expect(written.mode & 0o777).toBe(0o600);
		// A run with the cache prints the same, and leaves a cache that fits alone.
		expect(execFileSync(installed, script, {encoding: 'utf8', env})).toBe(first);
		expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
		// V8 refuses bytes that are not its cache: the run compiles, and writes a cache that fits.
		writeFileSync(cache, Buffer.alloc(written.size, 7));
		expect(execFileSync(installed, script, {encoding: 'utf8', env})).toBe(first);
		expect(readFileSync(cache).equals(Buffer.alloc(written.size, 7))).toBe(false);
		expect(readdirSync(folder)).toEqual([name]);
	});

	it('keeps no cache with NODE_DISABLE_COMPILE_CACHE=1', () => {
		const env: NodeJS.ProcessEnv = {...cacheIn('disabled'), NODE_DISABLE_COMPILE_CACHE: '1'};
		expect(execFileSync(installed, ['--version'], {encoding: 'utf8', env}).trim()).toBe(version);
		expect(existsSync(path.join(env['XDG_CACHE_HOME'] ?? '', 'tcp-tui'))).toBe(false);
	});
});

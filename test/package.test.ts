// What a user gets from npx: pack the tarball, install it into an empty prefix with no network,
// and run the installed command on the Node that is running these tests.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
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
	it('holds only the bundle and its chunks, the README and package.json, and has no runtime dependencies', () => {
		const files = execFileSync('tar', ['tzf', tarball], {encoding: 'utf8'})
			.trim()
			.split('\n')
			.sort();
		const chunks = files.filter((file) => file.startsWith('package/dist/chunks/'));
		expect(chunks.length).toBeGreaterThan(0);
		expect(chunks.every((file) => /^package\/dist\/chunks\/[\w-]+\.js$/.test(file))).toBe(true);
		expect(files.filter((file) => !chunks.includes(file))).toEqual([
			'package/README.md',
			'package/dist/cli.js',
			'package/package.json',
		]);
		const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<
			string,
			unknown
		>;
		expect(manifest['dependencies']).toBeUndefined();
	});

	it('runs --version and a script once installed', () => {
		expect(execFileSync(installed, ['--version'], {encoding: 'utf8'}).trim()).toBe(version);
		const output = execFileSync(
			installed,
			['--script', 'c:syn s:syn c:ack', '--isn-client', '1', '--isn-server', '2'],
			{
				encoding: 'utf8',
			},
		);
		expect(output).toMatch(/SYN_SENT +│─+ SYN seq=0 ─+▶│/);
		expect(output).toMatch(/ +│─+ ACK seq=1 ack=1 ─+▶│ ESTABLISHED/);
	});
});

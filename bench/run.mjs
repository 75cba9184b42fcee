// npm run bench: start-up time, bytes per keypress and memory of tcp-tui in a real pty, beside a
// bare Ink app; the tarball and a cold npx; script mode with 100,000 steps; a 100 kB paste; replay.
// Needs python3 (for its pty module). `node bench/run.mjs start|script|paste|replay` runs one part
// (all but start need a built dist/cli.js); BENCH_CLI=path/to/cli.js measures another build.
//
// The machine may be shared: starts alternate between the programs, round after round, so that a
// change in its load hits each alike, and each figure is a median (with the fastest run beside it).
// The load averages are printed before and after.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {bundle} from '../scripts/bundle.mjs';
import {cli, drive, load, median} from './measure.mjs';
import {replayBench} from './replay.mjs';
import {scriptBench} from './script.mjs';

const part = process.argv[2] ?? 'all';
const out = path.resolve('bench/.out');
const rounds = 15;
const handshakeAndTeardown = 's TAB s TAB a f TAB a f TAB a t';
const stub = path.resolve('scripts/devtools-stub.mjs');

// tcp-tui keeps a code cache in the user's cache folder (scripts/entry.mjs): the benchmark gives
// it a folder of its own, empty at first, so that runs elsewhere neither help nor hinder it.
const cacheHome = mkdtempSync(path.join(tmpdir(), 'tcp-tui-bench-cache-'));
process.env.XDG_CACHE_HOME = cacheHome;
process.on('exit', () => rmSync(cacheHome, {recursive: true, force: true}));

const ms = (value) => `${value.toFixed(0)} ms`;
const verdict = (ok) => (ok ? 'OK' : 'MISSED');

/**
 * The bare app as FIELD-NOTES.md bundles an Ink app: one minified ESM file, production React,
 * the devtools stubbed. What a plain bundled Ink app costs, which tcp-tui is measured against.
 */
async function buildBare(outfile) {
	await build({
		entryPoints: ['bench/hello.mjs'],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: true,
		define: {'process.env.NODE_ENV': '"production"'},
		alias: {'react-devtools-core': stub},
		banner: {
			js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);",
		},
		logLevel: 'warning',
	});
}

async function startBench() {
	console.log(`Start-up, load averages before: ${load()}`);
	const bare = path.join(out, 'bare/hello.js');
	await buildBare(bare);
	// The same app built as tcp-tui is, to show what the build does for any Ink app.
	const bareOurs = path.join(out, 'bare-tcp-tui-build/cli.js');
	await bundle('bench/hello.mjs', bareOurs);
	// Unbundled: tcp-tui's own code in one file, its packages loaded from node_modules one module at
	// a time, as an install without the bundle would run (the bare app runs as it is).
	await build({
		entryPoints: ['source/cli.tsx'],
		outfile: path.join(out, 'unbundled/cli.js'),
		bundle: true,
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		define: {'process.env.NODE_ENV': '"production"'},
		alias: {'restore-cursor': path.resolve('source/restore-cursor.ts')},
		logLevel: 'warning',
	});

	const programs = {
		bare: {label: 'bare Ink app (esbuild, FIELD-NOTES)', marker: 'hello', start: ['node', bare]},
		tool: {label: 'tcp-tui', marker: 'tcp-tui', start: ['node', cli]},
		cold: {
			label: 'tcp-tui, no code cache',
			marker: 'tcp-tui',
			start: ['env', 'NODE_DISABLE_COMPILE_CACHE=1', 'node', cli],
		},
		bareOurs: {label: "bare Ink app, tcp-tui's build", marker: 'hello', start: ['node', bareOurs]},
	};
	// A first run of each writes its code cache; a student's second start on is what is measured
	// (the line without a cache is what a first start costs).
	for (const {marker, start} of Object.values(programs)) drive(marker, start);
	const starts = Object.fromEntries(Object.keys(programs).map((name) => [name, []]));
	for (let round = 0; round < rounds; round++) {
		for (const [name, {marker, start}] of Object.entries(programs)) {
			starts[name].push(drive(marker, start).firstFrameMs);
		}
	}
	const ratio = (name) => median(starts[name]) / median(starts.bare);
	// Also the median of each round's own ratio: less moved by a load that changes between rounds.
	const paired = (name) => median(starts[name].map((value, round) => value / starts.bare[round]));
	console.log(
		`\nFirst frame at 80x24 in a pty (Node ${process.version}), median of ${rounds} interleaved starts (fastest in brackets):`,
	);
	for (const [name, {label}] of Object.entries(programs)) {
		console.log(
			`  ${label.padEnd(38)} ${ms(median(starts[name])).padStart(7)} (${ms(Math.min(...starts[name]))})  ${ratio(name).toFixed(2)}x the bare app, ${paired(name).toFixed(2)}x paired`,
		);
	}
	console.log(
		`first frame: tcp-tui ${ratio('tool').toFixed(2)}x the bare Ink app (target: at most 0.9x) ${verdict(ratio('tool') <= 0.9)}; without its code cache (a first start) ${ratio('cold').toFixed(2)}x`,
	);

	// Keys: the bare app counts them; tcp-tui plays a handshake and a teardown, with fixed ISNs so
	// that every run writes the same digits.
	const keyed = {
		'bare Ink app': drive('hello', ['node', bare], {keys: 'x x x x x x x x x x x x'}),
		'tcp-tui': drive('tcp-tui', ['node', cli, '--isn-client', '100', '--isn-server', '300'], {
			keys: handshakeAndTeardown,
		}),
	};
	console.log('\nprogram        bytes/key (median, max)   full clears   peak RSS');
	for (const [name, run] of Object.entries(keyed)) {
		console.log(
			`${name.padEnd(14)} ${`${median(run.perKey)}, ${Math.max(...run.perKey)}`.padStart(23)}   ${`${run.clears}/${run.perKey.length}`.padStart(11)}   ${`${(run.peakKb / 1024).toFixed(1)} MB`.padStart(8)}`,
		);
	}
	const app = keyed['tcp-tui'];
	console.log(
		`bytes per keypress over a handshake and teardown: median ${median(app.perKey)} (target: under 400) ${verdict(median(app.perKey) < 400)}`,
	);
	console.log(
		`keypresses that cleared the whole screen: ${app.clears} (target: 0) ${verdict(app.clears === 0)}`,
	);

	// Unbundled, each program loads hundreds of modules before its first frame; fewer runs do.
	const unbundled = {bare: [], tool: []};
	for (let run = 0; run < 5; run++) {
		unbundled.bare.push(drive('hello', ['node', 'bench/hello.mjs']).firstFrameMs);
		unbundled.tool.push(
			drive('tcp-tui', ['node', path.join(out, 'unbundled/cli.js')]).firstFrameMs,
		);
	}
	console.log(
		`unbundled first frame (median of 5): bare Ink app ${ms(median(unbundled.bare))}, tcp-tui ${ms(median(unbundled.tool))} (${(median(unbundled.tool) / median(unbundled.bare)).toFixed(2)}x)`,
	);
	console.log(`Start-up, load averages after: ${load()}`);
}

/** A student's first `npx tcp-tui`: from the packed tarball, with empty npm and code caches. */
function packBench() {
	const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
		encoding: 'utf8',
	});
	const tarball = path.join(out, packed.trim().split('\n').at(-1));
	const coldRuns = [];
	for (let run = 0; run < 5; run++) {
		const cache = mkdtempSync(path.join(tmpdir(), 'tcp-tui-npx-cache-'));
		const started = performance.now();
		execFileSync('npx', ['--yes', '--cache', cache, '--package', tarball, 'tcp-tui', '--version'], {
			stdio: 'pipe',
			env: {...process.env, XDG_CACHE_HOME: cache},
		});
		coldRuns.push(performance.now() - started);
		rmSync(cache, {recursive: true, force: true});
	}
	const cold = median(coldRuns);
	const size = statSync(tarball).size / 1024;
	console.log(
		`\ncold npx from the tarball, empty caches (median of 5): ${ms(cold)} (target: under 1500) ${verdict(cold < 1500)}`,
	);
	console.log(`tarball: ${size.toFixed(0)} kB (target: under 250) ${verdict(size < 250)}`);
}

/**
 * 100 kB of `a` pasted into the sandbox (each `a` is a key: an ACK the client may not send), then
 * q: how long until tcp-tui has dealt with all of it and quit, and its peak memory. The time per key
 * of a 2 kB paste says how long a paste that does not finish would take.
 */
function pasteBench() {
	const deadline = 60;
	const small = drive('tcp-tui', ['node', cli], {paste: 2048, deadline});
	const perKey = small.pasteMs / 2048;
	const big = drive('tcp-tui', ['node', cli], {paste: 100 * 1024, deadline});
	const time = big.pasteDone
		? `${(big.pasteMs / 1000).toFixed(2)} s`
		: `not done after ${deadline} s (stopped; at ${perKey.toFixed(1)} ms per key, as a 2 kB paste took, about ${((perKey * 100 * 1024) / 1000).toFixed(0)} s)`;
	const memory = big.pasteDone
		? `peak RSS ${(big.peakKb / 1024).toFixed(0)} MB (target: under 200) ${verdict(big.peakKb / 1024 < 200)}`
		: `peak RSS ${(big.peakKb / 1024).toFixed(0)} MB when stopped (target: under 200; not judged before the paste is done)`;
	console.log(
		`\npaste of 100 kB of 'a' into the sandbox at 80x24, then q, until tcp-tui exits: ${time} (target: under 2 s) ${verdict(big.pasteDone && big.pasteMs < 2000)}, ${memory}`,
	);
	console.log(
		`paste of 2 kB the same way: ${(small.pasteMs / 1000).toFixed(2)} s, peak RSS ${(small.peakKb / 1024).toFixed(0)} MB`,
	);
}

if (part === 'all' || part === 'start') await startBench();
if (part === 'all') packBench();
if (part === 'all' || part === 'script') scriptBench();
if (part === 'all' || part === 'paste') pasteBench();
if (part === 'all' || part === 'replay') replayBench();

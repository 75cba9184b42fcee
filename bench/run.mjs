// npm run bench: start-up time, bytes per keypress and memory of tcp-tui in a real pty,
// beside a bare Ink app loaded the same way. Needs python3 (for its pty module).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {build} from 'esbuild';
import {bundle, bundleOptions} from '../scripts/bundle.mjs';
import {replayBench} from './replay.mjs';

// `node bench/run.mjs replay`: only the capture benchmark (needs a built dist/cli.js).
if (process.argv[2] === 'replay') {
	replayBench();
	process.exit(0);
}

// The bare app is bundled exactly as tcp-tui is, so that the comparison is like for like.
await bundle('bench/hello.mjs', 'bench/.out/hello.js');
// For the unbundled figures: tcp-tui's own code in one file, its packages loaded from node_modules
// one module at a time, as an install without the bundle would run (the bare app runs as it is).
await build({
	...bundleOptions,
	splitting: false,
	minify: false,
	packages: 'external',
	plugins: [],
	entryPoints: ['source/cli.tsx'],
	outfile: 'bench/.out/unbundled/cli.js',
});

const runs = 10;
const handshakeAndTeardown = 's TAB s TAB a f TAB a f TAB a t';

function drive(marker, command, keys = '') {
	const output = execFileSync(
		'python3',
		['bench/pty-drive.py', '--marker', marker, '--keys', keys, '--', ...command],
		{encoding: 'utf8'},
	);
	return JSON.parse(output);
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Start-up is measured as a student starts: `tcp-tui` with no arguments. The keypress run fixes
// the ISNs, so that every run writes the same digits.
const programs = {
	'bare Ink app': {
		marker: 'hello',
		start: ['node', 'bench/.out/hello.js'],
		keyed: ['node', 'bench/.out/hello.js'],
		keys: 'x x x x x x x x x x x x',
	},
	'tcp-tui': {
		marker: 'tcp-tui',
		start: ['node', 'dist/cli.js'],
		keyed: ['node', 'dist/cli.js', '--isn-client', '100', '--isn-server', '300'],
		keys: handshakeAndTeardown,
	},
};

// Unbundled, each program loads hundreds of modules before its first frame; fewer runs do.
const unbundled = {
	'bare Ink app': {marker: 'hello', start: ['node', 'bench/hello.mjs']},
	'tcp-tui': {marker: 'tcp-tui', start: ['node', 'bench/.out/unbundled/cli.js']},
};
const unbundledStarts = Object.fromEntries(Object.keys(unbundled).map((name) => [name, []]));
for (let run = 0; run < 5; run++) {
	for (const [name, {marker, start}] of Object.entries(unbundled)) {
		unbundledStarts[name].push(drive(marker, start).firstFrameMs);
	}
}

const results = {};
// Starts alternate between the programs, so that a change in the machine's load hits both alike.
const starts = Object.fromEntries(Object.keys(programs).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
	for (const [name, {marker, start}] of Object.entries(programs)) {
		starts[name].push(drive(marker, start).firstFrameMs);
	}
}
for (const [name, {marker, keyed: keyedCommand, keys}] of Object.entries(programs)) {
	const keyed = drive(marker, keyedCommand, keys);
	results[name] = {
		firstFrameMs: median(starts[name]),
		bytesPerKey: median(keyed.perKey),
		maxBytesPerKey: Math.max(...keyed.perKey),
		clears: keyed.clears,
		keys: keyed.perKey.length,
		peakMb: keyed.peakKb / 1024,
	};
}

const bare = results['bare Ink app'];
const app = results['tcp-tui'];
console.log(
	`Benchmark at 80x24 in a pty, both programs bundled the same way (Node ${process.version}); first frame is the median of ${runs} starts.\n`,
);
console.log('program        first frame   bytes/key (median, max)   full clears   peak RSS');
for (const [name, r] of Object.entries(results)) {
	console.log(
		`${name.padEnd(14)} ${`${r.firstFrameMs.toFixed(0)} ms`.padStart(11)}   ${`${r.bytesPerKey}, ${r.maxBytesPerKey}`.padStart(23)}   ${`${r.clears}/${r.keys}`.padStart(11)}   ${`${r.peakMb.toFixed(1)} MB`.padStart(8)}`,
	);
}
const unbundledBare = median(unbundledStarts['bare Ink app']);
const unbundledApp = median(unbundledStarts['tcp-tui']);
console.log(
	`\nunbundled first frame (median of 5): bare Ink app ${unbundledBare.toFixed(0)} ms, tcp-tui ${unbundledApp.toFixed(0)} ms (${(unbundledApp / unbundledBare).toFixed(2)}x)`,
);
const ratio = app.firstFrameMs / bare.firstFrameMs;
console.log(
	`bundled first frame: ${ratio.toFixed(2)}x the bare Ink app (target: at most 1.2x) ${ratio <= 1.2 ? 'OK' : 'MISSED'}`,
);
console.log(
	`bytes per keypress over a handshake and teardown: median ${app.bytesPerKey} (target: under 400) ${app.bytesPerKey < 400 ? 'OK' : 'MISSED'}`,
);
console.log(
	`keypresses that cleared the whole screen: ${app.clears} (target: 0) ${app.clears === 0 ? 'OK' : 'MISSED'}`,
);

// A student's first `npx tcp-tui`: from the packed tarball, with an empty npm cache every time.
const out = path.resolve('bench/.out');
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
	});
	coldRuns.push(performance.now() - started);
	rmSync(cache, {recursive: true, force: true});
}
const cold = median(coldRuns);
const size = statSync(tarball).size / 1024;
console.log(
	`cold npx from the tarball, empty cache (median of 5): ${cold.toFixed(0)} ms (target: under 1500) ${cold < 1500 ? 'OK' : 'MISSED'}`,
);
console.log(`tarball: ${size.toFixed(0)} kB (target: under 250) ${size < 250 ? 'OK' : 'MISSED'}`);

replayBench();

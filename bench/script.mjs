// The script-mode benchmark: `tcp-tui --script -` reading 100,000 steps from stdin (too many for a
// command line: Linux takes at most 128 kB in one argument), in turn a move the endpoint may make
// and the same move again, which it may not: a handshake, a four-way close, TIME_WAIT's timeout and
// the server listening again, round and round. The text goes to /dev/null. The target is under 3 s.
// Then the time per step at 1,000 and at 50,000 steps: a constant cost per move keeps them alike.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cli, measured} from './measure.mjs';

const cycle = [
	'c:syn',
	's:syn',
	'c:ack',
	'c:fin',
	's:ack',
	's:fin',
	'c:ack',
	'c:timeout',
	's:listen',
].flatMap((move) => [move, move]);

/** The first `count` steps of the cycle, as --script reads them. */
export function steps(count) {
	return Array.from({length: count}, (_, index) => cycle[index % cycle.length]).join(' ');
}

function run(file, timeout) {
	const result = measured(
		['node', cli, '--script', '-', '--isn-client', '1', '--isn-server', '2'],
		{input: file, timeout},
	);
	if (result.code !== 0 && !result.timedOut) {
		throw new Error(`tcp-tui --script - exited with ${result.code}`);
	}
	return result;
}

export function scriptBench({timeout = 120} = {}) {
	const directory = mkdtempSync(path.join(tmpdir(), 'tcp-tui-bench-script-'));
	try {
		const file = (count) => {
			const name = path.join(directory, `${count}.txt`);
			writeFileSync(name, steps(count));
			return name;
		};
		const [small, thousand, fifty, hundred] = [10, 1000, 50_000, 100_000].map(file);
		const best = (name) => Math.min(...[1, 2, 3].map(() => run(name, timeout).seconds));
		const base = best(small);
		const perStep = (seconds, count) => ((seconds - base) / count) * 1e6;
		const atThousand = perStep(best(thousand), 1000);
		const atFifty = run(fifty, timeout);
		const all = run(hundred, timeout);
		console.log(
			`\nscript mode, 100,000 steps from stdin (a move, then the same move rejected), text to /dev/null: ${all.timedOut ? `over ${timeout} s (stopped)` : `${all.seconds.toFixed(2)} s`} (target: under 3 s) ${!all.timedOut && all.seconds < 3 ? 'OK' : 'MISSED'}, peak RSS ${all.peakMb.toFixed(0)} MB`,
		);
		const fiftyText = atFifty.timedOut
			? `over ${timeout} s (stopped)`
			: `${perStep(atFifty.seconds, 50_000).toFixed(0)} µs per step`;
		console.log(
			`script mode, time per step beyond a 10-step run (${base.toFixed(2)} s): 1,000 steps ${atThousand.toFixed(0)} µs per step; 50,000 steps ${fiftyText}${atFifty.timedOut ? '' : ` (${(perStep(atFifty.seconds, 50_000) / atThousand).toFixed(1)}x)`}`,
		);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

if (process.argv[1] === new URL(import.meta.url).pathname) scriptBench();

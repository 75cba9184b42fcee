// What the benchmarks share: running a program in a pty, or with its time and memory measured.
import {execFileSync} from 'node:child_process';
import {loadavg} from 'node:os';

/** The program the benchmarks run: dist/cli.js, or BENCH_CLI (another build, to compare). */
export const cli = process.env.BENCH_CLI ?? 'dist/cli.js';

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The machine's load averages (1, 5 and 15 minutes), as `uptime` prints them. */
export function load() {
	return loadavg()
		.map((value) => value.toFixed(2))
		.join(', ');
}

/** Run `command` in an 80x24 pty with bench/pty-drive.py; `options` become its flags. */
export function drive(marker, command, options = {}) {
	const flags = Object.entries(options).flatMap(([name, value]) => [`--${name}`, String(value)]);
	const output = execFileSync(
		'python3',
		['bench/pty-drive.py', '--marker', marker, ...flags, '--', ...command],
		{encoding: 'utf8', maxBuffer: 1 << 20},
	);
	return JSON.parse(output);
}

/**
 * Run `command` (stdout to /dev/null, stdin from `input` if given) and return its wall time in
 * seconds, the peak RSS of the process tree in MB, and its exit status, via python3. After
 * `timeout` seconds the command is killed, and `timedOut` is true.
 */
export function measured(command, {input, timeout = 600} = {}) {
	const script = [
		'import resource, subprocess, sys, time',
		'stdin = open(sys.argv[2], "rb") if sys.argv[2] else None',
		'start = time.monotonic()',
		'try:',
		'    code = subprocess.run(sys.argv[3:], stdin=stdin, stdout=subprocess.DEVNULL, timeout=float(sys.argv[1])).returncode',
		'except subprocess.TimeoutExpired:',
		'    code = -1',
		'print(time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)',
	].join('\n');
	const [seconds, peakKb, code] = execFileSync(
		'python3',
		['-c', script, String(timeout), input ?? '', ...command],
		{encoding: 'utf8'},
	)
		.trim()
		.split(' ')
		.map(Number);
	return {seconds, peakMb: peakKb / 1024, code, timedOut: code === -1};
}

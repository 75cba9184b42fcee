// Run the built CLI as a user's shell would, in a UTF-8 terminal without colour.
import {type SpawnSyncOptions, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export const fixedIsns = ['--isn-client', '100', '--isn-server', '300'];

/**
 * A UTF-8 terminal without colour, in English, whatever the machine running the tests has set: a
 * developer's LC_MESSAGES=zh_CN.UTF-8 (or LC_ALL) would otherwise turn the CLI's words Chinese.
 */
export function testEnvironment(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm-256color'};
	for (const name of ['LC_ALL', 'LC_CTYPE', 'LC_MESSAGES', 'LANG', 'LANGUAGE', 'NO_COLOR']) {
		delete env[name];
	}
	// Then LANG alone decides: C is English, and .UTF-8 keeps the box drawing and arrows.
	env['LANG'] = 'C.UTF-8';
	env['FORCE_COLOR'] = '0';
	return env;
}

export type Run = {status: number | null; stdout: string; stderr: string};

export function run(args: readonly string[], options: SpawnSyncOptions = {}): Run {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		encoding: 'utf8',
		env: testEnvironment(),
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 15_000,
		...options,
	});
	if (result.error) throw result.error;
	return {status: result.status, stdout: String(result.stdout), stderr: String(result.stderr)};
}

/** The ladder: everything before the first blank line. */
export function diagramOf(stdout: string): string[] {
	const [diagram = ''] = stdout.split('\n\n');
	return diagram.split('\n');
}

/** Fail the file at once, with the fix in the message, when the CLI has not been built. */
export function requireBuiltCli(): void {
	if (!existsSync(cliPath)) {
		throw new Error(
			`${cliPath} does not exist: build first with \`npm run build\` (npm test does it for you)`,
		);
	}
}

/** What `--script … --json` prints, as the tests read it. */
export type SegmentJson = {
	from: string;
	to: string;
	flags: string[];
	seq: number;
	ack: number | null;
	len: number;
	auto: boolean;
	retransmission: boolean;
};

export type StepJson = {
	input: string;
	accepted: boolean;
	reason: string;
	validNow?: string[] | null;
	segments: SegmentJson[];
	delivered: SegmentJson[];
	inFlight: SegmentJson[];
	states: {client: string; server: string};
	/** What each side still owes after the step, as the panes show it ('SYN,ACK', 'ACK', …). */
	owes: {client: string[]; server: string[]};
	byPeer?: boolean;
};

export type ScriptJson = {
	isn: {client: number; server: number};
	network: string;
	peer: string | null;
	steps: StepJson[];
	final: {client: string; server: string};
};

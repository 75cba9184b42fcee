// End-to-end tests of the built binary: run `npm run build` (npm test does) before these.
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, test} from 'vitest';
import {
	diagramOf,
	fixedIsns,
	requireBuiltCli,
	run,
	type ScriptJson,
	type StepJson,
} from './helpers/cli.js';

const packageJson = JSON.parse(
	readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {version: string};

const standardScript = 'c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout';

/** The one line of the diagram that contains `text`; fails unless there is exactly one. */
function lineWith(lines: readonly string[], text: string): string {
	const matches = lines.filter((line) => line.includes(text));
	expect(matches, `lines containing ${JSON.stringify(text)}`).toHaveLength(1);
	return matches[0] ?? '';
}

function isAscii(text: string): boolean {
	return [...text].every((character) => (character.codePointAt(0) ?? 0) < 0x80);
}

function parseJsonOutput(stdout: string): ScriptJson {
	expect(stdout.endsWith('}\n')).toBe(true);
	expect(stdout.trimEnd().split('\n')).toHaveLength(1);
	return JSON.parse(stdout) as ScriptJson;
}

function step(json: ScriptJson, index: number): StepJson {
	const found = json.steps[index];
	if (!found) throw new Error(`no step ${index} in ${JSON.stringify(json)}`);
	return found;
}

beforeAll(requireBuiltCli);

describe('script mode, text', () => {
	test('the standard run: every state in its row', () => {
		const {status, stdout, stderr} = run(['--script', standardScript, ...fixedIsns]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const lines = diagramOf(stdout);
		expect(lines).toHaveLength(10);
		expect(lines[0]).toMatch(/^\s+Client\s+Server$/);
		expect(lines[1]).toMatch(/^\s+CLOSED\s.*\sLISTEN$/);

		const syn = lineWith(lines, 'SYN seq=0');
		expect(syn).toMatch(/^1\.\s+SYN_SENT\s/);
		expect(syn).toContain('▶');
		expect(syn).not.toContain('◀');

		// A side's state changes as a segment arrives: the row of the arrival names it, and a row
		// whose segment changes no state leaves that margin blank.
		expect(syn).toMatch(/▶│\sSYN_RECEIVED$/);

		const synAck = lineWith(lines, 'SYN,ACK seq=0 ack=1');
		expect(synAck).toMatch(/^2\.\s+ESTABLISHED\s+│◀/);
		expect(synAck).toMatch(/│$/);

		const ack = lineWith(lines, ' ACK seq=1 ack=1 ');
		expect(ack).toMatch(/^3\.\s+│─.*▶│\sESTABLISHED$/);

		expect(lineWith(lines, 'FIN_WAIT_1')).toMatch(/^4\.\s.*FIN,ACK seq=1 ack=1.*▶│\sCLOSE_WAIT$/);
		expect(lineWith(lines, 'FIN_WAIT_2')).toMatch(/^5\..*◀.*ACK seq=1 ack=2.*│$/);

		// The server's FIN,ACK takes the client straight to TIME_WAIT as it arrives.
		const timeWait = lineWith(lines, 'TIME_WAIT');
		expect(timeWait).toMatch(/^6\.\s+TIME_WAIT\s.*◀.*FIN,ACK seq=1 ack=2.*│\sLAST_ACK$/);
		expect(lineWith(lines, 'ACK seq=2 ack=2')).toMatch(/^7\.\s+│─.*▶│\sCLOSED$/);

		const last = lines[9] ?? '';
		expect(last).toMatch(/^8\.\s+CLOSED\s/);
		expect(last).toContain('2MSL');

		expect(stdout).toContain("relative to each side's ISN (client 100, server 300)");
		expect(stdout).toContain('8. client:timeout: ');
		expect(stdout.endsWith('\n')).toBe(true);
	});

	test('--absolute shows the raw sequence numbers', () => {
		const {status, stdout} = run(['--script', standardScript, ...fixedIsns, '--absolute']);
		expect(status).toBe(0);
		const lines = diagramOf(stdout);
		expect(lineWith(lines, 'SYN_SENT')).toContain('SYN seq=100 ');
		expect(lineWith(lines, 'SYN_RECEIVED')).toContain('SYN seq=100 ');
		expect(lineWith(lines, 'SYN,ACK')).toContain('SYN,ACK seq=300 ack=101 ');
		expect(lineWith(lines, 'TIME_WAIT')).toContain('FIN,ACK seq=301 ack=102 ');
		expect(lineWith(lines, 'ack=302')).toContain('ACK seq=102 ack=302 ');
		expect(stdout).not.toContain('seq=0 ');
		expect(stdout).toContain('Sequence numbers are absolute.');
	});

	test('--ascii draws the diagram with ASCII characters only', () => {
		const unicode = diagramOf(run(['--script', standardScript, ...fixedIsns]).stdout).join('\n');
		expect(isAscii(unicode)).toBe(false);

		const {status, stdout} = run(['--script', standardScript, ...fixedIsns, '--ascii']);
		expect(status).toBe(0);
		const lines = diagramOf(stdout);
		expect(lines).toHaveLength(10);
		for (const line of lines) expect(isAscii(line), line).toBe(true);
		expect(lineWith(lines, 'SYN_SENT')).toMatch(/\|-+ SYN seq=0 -+>\|/);
		expect(lineWith(lines, 'SYN_RECEIVED')).toMatch(/\|-+ SYN seq=0 -+>\| SYN_RECEIVED$/);
		expect(lineWith(lines, 'SYN,ACK')).toMatch(/^2\. +ESTABLISHED +\|<-+ SYN,ACK seq=0 ack=1 -+\|/);
	});
});

describe('script mode, --json', () => {
	test('is one JSON object with absolute numbers, states and the final states', () => {
		const {status, stdout, stderr} = run(['--script', 'c:syn s:syn c:ack', ...fixedIsns, '--json']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const json = parseJsonOutput(stdout);
		expect(json.isn).toEqual({client: 100, server: 300});
		expect(json.steps).toHaveLength(3);

		expect(step(json, 0)).toMatchObject({
			input: 'client:syn',
			accepted: true,
			segments: [{from: 'client', to: 'server', flags: ['SYN'], seq: 100, ack: null, len: 0}],
			states: {client: 'SYN_SENT', server: 'SYN_RECEIVED'},
			owes: {client: [], server: ['SYN,ACK']},
		});
		expect(step(json, 1)).toMatchObject({
			input: 'server:syn',
			accepted: true,
			segments: [{from: 'server', to: 'client', flags: ['SYN', 'ACK'], seq: 300, ack: 101}],
			states: {client: 'ESTABLISHED', server: 'SYN_RECEIVED'},
			owes: {client: ['ACK'], server: []},
		});
		expect(step(json, 2)).toMatchObject({
			input: 'client:ack',
			accepted: true,
			segments: [{from: 'client', to: 'server', flags: ['ACK'], seq: 101, ack: 301}],
			states: {client: 'ESTABLISHED', server: 'ESTABLISHED'},
			owes: {client: [], server: []},
		});
		for (const each of json.steps) {
			expect(each.segments).toHaveLength(1);
			expect(each.reason.length).toBeGreaterThan(0);
			expect(each).not.toHaveProperty('validNow');
		}
		expect(json.final).toEqual({client: 'ESTABLISHED', server: 'ESTABLISHED'});
	});

	test('ignores --absolute: numbers are always absolute', () => {
		const plain = run(['--script', 'c:syn s:syn c:ack', ...fixedIsns, '--json']).stdout;
		const absolute = run(['--script', 'c:syn s:syn c:ack', ...fixedIsns, '--json', '--absolute']);
		expect(absolute.stdout).toBe(plain);
	});

	test('the standard run ends CLOSED on both sides', () => {
		const {status, stdout} = run(['--script', standardScript, ...fixedIsns, '--json']);
		expect(status).toBe(0);
		const json = parseJsonOutput(stdout);
		expect(json.steps).toHaveLength(8);
		expect(json.steps.every((each) => each.accepted)).toBe(true);
		// The FIN's arrival puts the server in CLOSE_WAIT, owing its ACK; s:fin sends a FIN,ACK
		// that pays it, and its arrival takes the client to TIME_WAIT, owing the last ACK.
		expect(step(json, 3)).toMatchObject({
			states: {client: 'FIN_WAIT_1', server: 'CLOSE_WAIT'},
			owes: {client: [], server: ['ACK']},
		});
		expect(step(json, 5)).toMatchObject({
			segments: [{from: 'server', flags: ['FIN', 'ACK']}],
			states: {client: 'TIME_WAIT', server: 'LAST_ACK'},
			owes: {client: ['ACK'], server: []},
		});
		expect(step(json, 6).states).toEqual({client: 'TIME_WAIT', server: 'CLOSED'});
		expect(step(json, 7).segments).toEqual([]);
		expect(json.final).toEqual({client: 'CLOSED', server: 'CLOSED'});
	});

	test('a rejected step is reported in the JSON, and the run still exits 0', () => {
		const {status, stdout, stderr} = run(['--script', 'c:fin c:syn', ...fixedIsns, '--json']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const json = parseJsonOutput(stdout);
		const rejected = step(json, 0);
		expect(rejected.input).toBe('client:fin');
		expect(rejected.accepted).toBe(false);
		expect(rejected.reason).toMatch(/CLOSED/);
		expect(rejected.validNow).toEqual(['syn', 'listen']);
		expect(rejected.segments).toEqual([]);
		expect(rejected.states).toEqual({client: 'CLOSED', server: 'LISTEN'});
		expect(rejected.owes).toEqual({client: [], server: []});
		expect(step(json, 1)).toMatchObject({accepted: true, segments: [{seq: 100, ack: null}]});
		expect(json.final).toEqual({client: 'SYN_SENT', server: 'SYN_RECEIVED'});
	});

	test('random ISNs are within range and used in the segments', () => {
		const json = parseJsonOutput(run(['--script', 'c:syn s:syn', '--json']).stdout);
		for (const isn of [json.isn.client, json.isn.server]) {
			expect(Number.isInteger(isn)).toBe(true);
			expect(isn).toBeGreaterThanOrEqual(0);
			expect(isn).toBeLessThanOrEqual(4_294_967_295);
		}
		expect(step(json, 0).segments[0]?.seq).toBe(json.isn.client);
		expect(step(json, 1).segments[0]?.seq).toBe(json.isn.server);
	});
});

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
	test.each([
		{name: 'unknown flag', args: ['--bogus'], message: "unknown flag '--bogus'"},
		{
			name: 'unknown flag with --script',
			args: ['--script', 'c:syn', '--colour'],
			message: "unknown flag '--colour'",
		},
		{name: 'unknown action', args: ['--script', 'c:syn c:jump'], message: "unknown action 'jump'"},
		{name: 'bad side', args: ['--script', 'x:syn'], message: "bad step 'x:syn'"},
		{
			name: 'bad data length',
			args: ['--script', 'c:data:0'],
			message: "bad data length '0'",
		},
		{
			name: 'ISN out of range',
			args: ['--script', 'c:syn', '--isn-client', '4294967296'],
			message: "--isn-client must be a whole number from 0 to 4294967295, not '4294967296'",
		},
		{
			name: 'negative ISN',
			args: ['--script', 'c:syn', '--isn-server=-1'],
			message: "--isn-server must be a whole number from 0 to 4294967295, not '-1'",
		},
		{
			name: 'ISN not a number',
			args: ['--script', 'c:syn', '--isn-server', 'abc'],
			message: "--isn-server must be a whole number from 0 to 4294967295, not 'abc'",
		},
		{
			name: 'ISN without a value',
			args: ['--script', 'c:syn', '--isn-client'],
			message: '--isn-client needs a number',
		},
		{
			name: 'stray argument',
			args: ['--script', 'c:syn', 's:syn'],
			message: "unexpected argument 's:syn'",
		},
		{name: '--json without --script', args: ['--json'], message: '--json only works with --script'},
		{name: 'empty script', args: ['--script', ' '], message: '--script needs at least one step'},
		{name: 'width out of range', args: ['--script', 'c:syn', '--width', '10'], message: '--width'},
	])('$name', ({args, message}) => {
		const {status, stdout, stderr} = run(args);
		expect(stdout).toBe('');
		expect(status).toBe(2);
		expect(stderr.startsWith('tcp-tui: ')).toBe(true);
		expect(stderr.endsWith('\n')).toBe(true);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr).not.toMatch(/^\s*at /m);
		expect(stderr).toContain(message);
	});
});

describe('interactive mode without a terminal', () => {
	test.each(['pipe', 'ignore'] as const)(
		'stdin %s: exit 1 with one line pointing to --script',
		(stdin) => {
			const {status, stdout, stderr} = run([], {
				stdio: [stdin, 'pipe', 'pipe'],
				input: stdin === 'pipe' ? '' : undefined,
			});
			expect(stdout).toBe('');
			expect(status).toBe(1);
			expect(stderr.startsWith('tcp-tui: ')).toBe(true);
			expect(stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(stderr).toContain('--script');
			expect(stderr).not.toMatch(/^\s*at /m);
		},
	);
});

describe('--help and --version', () => {
	test('--help exits 0 and shows the usage', () => {
		const {status, stdout, stderr} = run(['--help']);
		expect(status).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toContain('Usage');
		expect(stdout).toContain('--script <steps>');
		expect(stdout).toContain('--isn-client <n>');
	});

	test('--version prints the version from package.json', () => {
		const {status, stdout, stderr} = run(['--version']);
		expect(status).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toBe(`${packageJson.version}\n`);
	});
});

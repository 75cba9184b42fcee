// Script mode with a network, run through the built binary: the text and JSON of lost, resent and
// delivered segments, scenarios, and the usage errors of the network flags. Needs `npm run build`.
import {beforeAll, describe, expect, test} from 'vitest';
import {
	diagramOf,
	fixedIsns,
	requireBuiltCli,
	run,
	type ScriptJson,
	type SegmentJson,
	type StepJson,
} from '../helpers/cli.js';

const lostSyn = 'c:syn net:drop c:timeout net:deliver';

/** A run that must succeed, with nothing on stderr. */
function ok(args: readonly string[]): string {
	const {status, stdout, stderr} = run(args);
	expect(stderr).toBe('');
	expect(status).toBe(0);
	return stdout;
}

/** The text with every run of whitespace made one space, so wrapped sentences can be found. */
function flat(text: string): string {
	return text.replaceAll(/\s+/g, ' ');
}

function json(args: readonly string[]): ScriptJson {
	const stdout = ok([...args, '--json']);
	expect(stdout.trimEnd().split('\n')).toHaveLength(1);
	return JSON.parse(stdout) as ScriptJson;
}

function stepOf(parsed: ScriptJson, index: number): StepJson {
	const found = parsed.steps[index];
	if (!found) throw new Error(`no step ${index} in ${JSON.stringify(parsed)}`);
	return found;
}

function syn(seq: number, retransmission: boolean): SegmentJson {
	return {
		from: 'client',
		to: 'server',
		flags: ['SYN'],
		seq,
		ack: null,
		len: 0,
		auto: false,
		retransmission,
	};
}

beforeAll(requireBuiltCli);

describe('--network manual, text', () => {
	test('a lost SYN is marked lost, and its retransmission (resent)', () => {
		const stdout = ok(['--network', 'manual', '--script', lostSyn, ...fixedIsns]);
		const lines = diagramOf(stdout);
		expect(lines).toHaveLength(6);
		expect(lines[2]).toMatch(/^1\.\s+SYN_SENT\s+│─+ SYN seq=0 ─+···\s+│$/);
		expect(lines[3]).toMatch(/^2\.\s+│\s+SYN seq=0 ✗ lost\s+│$/);
		expect(lines[4]).toMatch(/^3\.\s+│─+ SYN seq=0 \(resent\) ─+···\s+│$/);
		// The SYN's arrival makes the server SYN_RECEIVED (RFC 9293 §3.10.7.2).
		expect(lines[5]).toMatch(/^4\.\s+│\s+···─+ SYN seq=0 \(resent\) ─+▶│ SYN_RECEIVED$/);
		expect(stdout).toContain('✗ lost');
		expect(stdout).toContain('(resent)');
		const text = flat(stdout);
		expect(text).toContain("2. net:drop:1: The network lost the client's segment.");
		expect(text).toContain('3. client:timeout: The retransmission timer of the client expired');
		expect(text).toContain('with the same sequence number (seq = 100)');
		expect(text).not.toContain('(rejected)');
	});

	test('a network step with nothing in flight is rejected in the text, and the run goes on', () => {
		const stdout = ok(['--network', 'manual', '--script', `${lostSyn} net:deliver`, ...fixedIsns]);
		expect(flat(stdout)).toContain('5. net:deliver:1 (rejected): Nothing is in flight');
		expect(flat(stdout)).not.toContain('Valid now');
	});
});

describe('--network manual, --json', () => {
	test('steps carry segments, delivered and inFlight, in absolute numbers, and the resent flag', () => {
		const parsed = json([
			'--network',
			'manual',
			'--script',
			lostSyn,
			'--isn-client',
			'4294967000',
			'--isn-server',
			'5',
		]);
		expect(parsed).toMatchObject({
			isn: {client: 4_294_967_000, server: 5},
			network: 'manual',
			peer: null,
		});
		expect(parsed.steps.map((step) => step.input)).toEqual([
			'client:syn',
			'net:drop:1',
			'client:timeout',
			'net:deliver:1',
		]);
		expect(stepOf(parsed, 0)).toMatchObject({
			accepted: true,
			segments: [syn(4_294_967_000, false)],
			delivered: [],
			inFlight: [syn(4_294_967_000, false)],
			states: {client: 'SYN_SENT', server: 'LISTEN'},
		});
		expect(stepOf(parsed, 1)).toMatchObject({
			accepted: true,
			segments: [],
			delivered: [],
			inFlight: [],
		});
		expect(stepOf(parsed, 2)).toMatchObject({
			accepted: true,
			segments: [syn(4_294_967_000, true)],
			delivered: [],
			inFlight: [syn(4_294_967_000, true)],
			states: {client: 'SYN_SENT', server: 'LISTEN'},
		});
		expect(stepOf(parsed, 3)).toMatchObject({
			accepted: true,
			segments: [],
			delivered: [syn(4_294_967_000, true)],
			inFlight: [],
		});
		for (const step of parsed.steps) expect(step).not.toHaveProperty('validNow');
		expect(stepOf(parsed, 3).states).toEqual({client: 'SYN_SENT', server: 'SYN_RECEIVED'});
		expect(parsed.final).toEqual({client: 'SYN_SENT', server: 'SYN_RECEIVED'});
	});

	test('an automatic reply is delivered later, and a rejected net step has validNow null', () => {
		const parsed = json([
			'--network',
			'manual',
			'--script',
			'c:syn net:dup net:deliver net:deliver:2 net:drop',
			...fixedIsns,
		]);
		expect(stepOf(parsed, 1).inFlight).toEqual([syn(100, false), syn(100, false)]);
		expect(stepOf(parsed, 2).delivered).toEqual([syn(100, false)]);
		expect(stepOf(parsed, 3)).toMatchObject({
			input: 'net:deliver:2',
			accepted: false,
			validNow: null,
			delivered: [],
			inFlight: [syn(100, false)],
		});
		expect(stepOf(parsed, 3).reason).toBe('There is no segment number 2 in flight: only 1.');
		expect(stepOf(parsed, 4)).toMatchObject({input: 'net:drop:1', accepted: true, inFlight: []});
	});

	test('--peer server marks the answers the server made by itself', () => {
		const parsed = json(['--peer', 'server', '--script', 'c:syn c:ack', ...fixedIsns]);
		expect(parsed.peer).toBe('server');
		expect(parsed.steps.map((step) => [step.input, step.byPeer ?? false])).toEqual([
			['client:syn', false],
			['server:syn', true],
			['client:ack', false],
		]);
		expect(stepOf(parsed, 1).segments).toMatchObject([{flags: ['SYN', 'ACK'], seq: 300, ack: 101}]);
		expect(parsed.final).toEqual({client: 'ESTABLISHED', server: 'ESTABLISHED'});
	});
});

describe('--scenario', () => {
	test('lost-syn with an empty script prints the title, the intro, the narration and the outro', () => {
		const stdout = ok(['--scenario', 'lost-syn', '--script', '', ...fixedIsns]);
		const text = flat(stdout);
		expect(stdout.startsWith('Lost SYN, retransmitted. ')).toBe(true);
		expect(text).toContain("The network loses the client's SYN.");
		expect(text).toContain(
			'2. net:drop:1: The SYN is lost. The server never knew about it: it is still in LISTEN.',
		);
		expect(text).toContain(
			'3. client:timeout: The retransmission timer expires: the same SYN, with the same ISN, goes again.',
		);
		expect(text).toContain('A retransmission reuses the sequence number');
		expect(text).not.toContain('(rejected)');
		expect(diagramOf(stdout.split('\n\n').slice(1).join('\n\n')).at(-1)).toMatch(
			/^8\.\s+│\s+···─+ ACK seq=1 ack=1 ─+▶│ ESTABLISHED$/,
		);
	});

	test('the script continues after the scenario, numbered on from it', () => {
		const stdout = ok(['--scenario', 'refused', '--script', 'c:timeout', ...fixedIsns]);
		expect(flat(stdout)).toContain('3. client:timeout (rejected):');
	});

	test('--json with a scenario records the scenario steps', () => {
		const parsed = json(['--scenario', 'refused', '--script', '', ...fixedIsns]);
		expect(parsed.network).toBe('instant');
		expect(parsed.steps.map((step) => step.input)).toEqual(['server:fin', 'client:syn']);
		expect(stepOf(parsed, 1).delivered).toEqual([
			syn(100, false),
			{
				from: 'server',
				to: 'client',
				flags: ['RST', 'ACK'],
				seq: 0,
				ack: 101,
				len: 0,
				auto: true,
				retransmission: false,
			},
		]);
	});
});

describe('usage errors of the network flags: exit 2, one line on stderr, nothing on stdout', () => {
	test.each([
		{
			args: ['--scenario', 'nope', '--script', ''],
			message: "unknown scenario 'nope' (valid: normal,",
		},
		{
			args: ['--network', 'manual', '--script', 'c:syn net:bounce'],
			message: "unknown network action 'bounce' in step 'net:bounce'",
		},
		{
			args: ['--network', 'manual', '--script', 'net:deliver:0'],
			message: "bad step 'net:deliver:0'",
		},
		{
			args: ['--network', 'manual', '--script', 'net:drop:2:3'],
			message: "bad step 'net:drop:2:3'",
		},
		{
			args: ['--network', 'lossy', '--script', 'c:syn'],
			message: "--network must be instant or manual, not 'lossy'",
		},
		{
			args: ['--peer', 'both', '--script', 'c:syn'],
			message: "--peer must be client or server, not 'both'",
		},
		{
			args: ['--scenario', 'simultaneous-open', '--network', 'instant', '--script', ''],
			message: "the scenario 'simultaneous-open' needs --network manual",
		},
	])('$args', ({args, message}) => {
		const {status, stdout, stderr} = run(args);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.startsWith('tcp-tui: ')).toBe(true);
		expect(stderr.endsWith('\n')).toBe(true);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr).not.toMatch(/^\s*at /m);
		expect(stderr).toContain(message);
	});
});

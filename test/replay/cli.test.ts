// `tcp-tui replay` as a user runs it: the listing, the exports, and every bad input said in one
// line with exit status 2, never a stack trace.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {requireBuiltCli, run} from '../helpers/cli.js';
import {conversation, type Exchange, pcap, pcapng} from './build-capture.js';

let directory = '';
const file = (name: string) => path.join(directory, name);

const closed: Exchange = [
	['c', 'S', 1000, 0],
	['s', 'SA', 5000, 1001],
	['c', 'A', 1001, 5001],
	['c', 'PA', 1001, 5001, 100],
	['s', 'A', 5001, 1101],
	['c', 'FA', 1101, 5001],
	['s', 'FA', 5001, 1102],
	['c', 'A', 1102, 5002],
];

function twoConnections(): Uint8Array {
	const first = conversation(closed);
	// The second connection comes from another client port, 50 ms later.
	const refused = conversation(
		[
			['c', 'S', 7000, 0],
			['s', 'RA', 0, 7001],
		],
		undefined,
		16_705,
	).map((packet) => ({...packet, nanos: (packet.nanos ?? 0) + 50_000_000}));
	return pcap([...first, ...refused]);
}

beforeAll(() => {
	requireBuiltCli();
	directory = mkdtempSync(path.join(tmpdir(), 'tcp-tui-replay-cli-'));
	writeFileSync(file('two.pcap'), twoConnections());
	writeFileSync(
		file('two.pcapng'),
		pcapng([{interfaces: [{linkType: 1}], packets: conversation(closed)}]),
	);
	const whole = pcap(conversation(closed));
	writeFileSync(file('cut.pcap'), whole.slice(0, whole.length - 20));
	writeFileSync(file('early.pcap'), whole.slice(0, 30));
	writeFileSync(file('notes.txt'), 'these are not packets\n');
	writeFileSync(file('empty.pcap'), '');
	const snapped = conversation(closed).map((packet) => ({
		...packet,
		data: packet.data.slice(0, 40),
		originalLength: packet.data.length,
	}));
	writeFileSync(file('snapped.pcap'), pcap(snapped, {snapLength: 40}));
	const udp = conversation(closed).map((packet) => {
		const data = packet.data.slice();
		data[14 + 9] = 17;
		return {...packet, data};
	});
	writeFileSync(file('udp.pcap'), pcap(udp));
	mkdirSync(file('folder'));
	execFileSync('mkfifo', [file('fifo')]);
});

afterAll(() => {
	if (directory) rmSync(directory, {recursive: true, force: true});
});

/** One line on stderr, no stack trace, exit status 2. */
function expectOneLine(args: readonly string[], pattern: RegExp): void {
	const result = run(args, {timeout: 10_000});
	expect(result.status).toBe(2);
	expect(result.stderr.trim().split('\n')).toHaveLength(1);
	expect(result.stderr).toMatch(pattern);
	expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('listing', () => {
	it('lists the connections with their ends, times, counts and how they ended', () => {
		const result = run(['replay', file('two.pcap')]);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines[0]).toMatch(
			/two\.pcap: pcap \(Ethernet\); packets: 10, TCP segments: 10, connections: 2/,
		);
		expect(lines[2]).toMatch(
			/^#\s+Client\s+Server\s+First \(s\)\s+Last \(s\)\s+Segments\s+How it ended$/,
		);
		expect(lines[3]).toMatch(
			/^1\s+10\.0\.0\.1:40000\s+10\.0\.0\.2:80\s+0\.000\s+0\.007\s+8\s+closed$/,
		);
		expect(lines[4]).toMatch(
			/^2\s+10\.0\.0\.1:16705\s+10\.0\.0\.2:80\s+0\.050\s+0\.051\s+2\s+refused/,
		);
	});

	it('lists as JSON', () => {
		const result = run(['replay', file('two.pcapng'), '--json']);
		expect(result.status).toBe(0);
		const listing = JSON.parse(result.stdout) as {format: string; connections: unknown[]};
		expect(listing.format).toBe('pcapng');
		expect(listing.connections).toEqual([
			expect.objectContaining({id: 1, client: '10.0.0.1:40000', ending: 'closed', segments: 8}),
		]);
	});

	it('lists what it read before a cut, says where the file stops, and exits with 2', () => {
		const result = run(['replay', file('cut.pcap')]);
		expect(result.status).toBe(2);
		expect(result.stdout).toMatch(/^1\s+10\.0\.0\.1:40000\s.*\s7\s+closed$/m);
		expect(result.stderr.trim()).toMatch(
			/^tcp-tui: .*cut\.pcap: the file stops in the middle of packet 8 \(byte \d+\): was it cut short\?/,
		);
	});
});

describe('one connection in the --script formats', () => {
	it('text: the ladder, each step with its capture detail, and the summary', () => {
		const result = run(['replay', file('two.pcap'), '--connection', '1']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('SYN,ACK seq=0 ack=1');
		expect(result.stdout).toMatch(/Packet 2 at 1\.000 ms, 10\.0\.0\.2:80 → 10\.0\.0\.1:40000/);
		expect(result.stdout).toContain('MSS 1460');
		expect(result.stdout).toContain('The engine followed every segment of the capture.');
	});

	it('--port picks the only connection on that port, and refuses an ambiguous one', () => {
		const result = run(['replay', file('two.pcap'), '--port', '16705', '--format', 'mermaid']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^sequenceDiagram\n {4}title Replay of .*two\.pcap, connection 2/,
		);
		expect(result.stdout).toContain('Server->>Client: RST,ACK seq=1 ack=1 (auto)');
		expectOneLine(
			['replay', file('two.pcap'), '--port', '80', '--json'],
			/port 80 is used by connections 1, 2: choose one with --connection/,
		);
	});

	it('json: the script shape, each step with the captured segment', () => {
		const result = run(['replay', file('two.pcap'), '--connection', '1', '--json']);
		const json = JSON.parse(result.stdout) as {
			final: unknown;
			capture: {events: Record<string, number>};
			steps: Array<{input: string; states: unknown; captured: Record<string, unknown>}>;
		};
		expect(json.final).toEqual({client: 'TIME_WAIT', server: 'CLOSED'});
		expect(Object.values(json.capture.events).every((count) => count === 0)).toBe(true);
		expect(json.steps[1]).toMatchObject({
			input: 'server:syn',
			states: {client: 'ESTABLISHED', server: 'SYN_RECEIVED'},
			captured: {
				packet: 2,
				time: 1,
				from: 'server',
				flags: ['SYN', 'ACK'],
				seq: {absolute: 5000, relative: 0},
				ack: {absolute: 1001, relative: 1},
				len: 0,
				window: 65_535,
				options: {mss: 1460, sackPermitted: true, windowScale: 7, timestamp: {value: 7, echo: 0}},
			},
		});
	});

	it('markdown: the ladder and the table', () => {
		const result = run(['replay', file('two.pcap'), '--connection', '1', '--format', 'markdown']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^# Replay of .*two\.pcap, connection 1: 10\.0\.0\.1:40000 → 10\.0\.0\.2:80/,
		);
		expect(result.stdout).toContain('| 2 | server:syn |');
	});
});

describe('bad input: one line, status 2', () => {
	it.each([
		[
			'not a capture',
			'notes.txt',
			/notes\.txt: not a pcap or pcapng capture \(it starts with the bytes 74 68 65 73/,
		],
		['an empty file', 'empty.pcap', /empty\.pcap: the file is empty/],
		[
			'a file cut before any segment',
			'early.pcap',
			/early\.pcap: the file stops in the middle of packet 1 \(byte 24\), before any TCP segment/,
		],
		[
			'a snap length that cut the TCP headers',
			'snapped.pcap',
			/snapped\.pcap: the snap length cut the TCP headers off \(8 of 8 packets\).*-s 0/,
		],
		['no TCP at all', 'udp.pcap', /udp\.pcap: the capture holds 8 packets but no TCP segment/],
		['a FIFO', 'fifo', /fifo: a FIFO \(named pipe\): replay reads only regular files/],
		['a directory', 'folder', /folder: a directory, not a capture file/],
		['a missing file', 'missing.pcap', /missing\.pcap: no such file/],
	])('%s', (_, name, pattern) => {
		expectOneLine(['replay', file(name)], pattern);
	});

	it('a connection that is not there, and flags that do not fit', () => {
		expectOneLine(
			['replay', file('two.pcap'), '--connection', '3'],
			/there is no connection 3: the capture has 2 \(1 to 2\)/,
		);
		expectOneLine(['replay'], /replay needs a capture file/);
		expectOneLine(['replay', file('two.pcap'), '--quiz'], /--quiz cannot be used with replay/);
		expectOneLine(['--connection', '1'], /--connection is for replay/);
		expectOneLine(
			['replay', file('two.pcap'), '--format', 'packetdrill', '--connection', '1'],
			/--format/,
		);
		expectOneLine(['replay', file('two.pcap'), '--format', 'mermaid'], /needs a connection/);
	});
});

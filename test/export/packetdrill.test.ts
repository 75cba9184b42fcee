import {describe, expect, test} from 'vitest';
import {formatSession} from '../../source/export/formats.js';
import {scenarios} from '../../source/learn/scenarios.js';
import {has, type Segment, seqDiff} from '../../source/tcp/segment.js';
import {
	exchanges,
	halfClose,
	lostSyn,
	type Played,
	play,
	playScenario,
	rejected,
	standard,
} from './sessions.js';

function packetdrillOf({session, options}: Played): string {
	return formatSession(session, 'packetdrill', options);
}

/** A packet line: time, direction, flags, start:end(len), ack, and the rest (window, options). */
const packetLine =
	/^(?<time>0|\+0|\+0~\+0\.25|\*) (?<dir>[<>]) (?<flags>[SFRP.]+) (?<start>\d+):(?<end>\d+)\((?<len>\d+)\)(?: ack (?<ack>\d+))?(?<rest>.*)$/;

/** A system call, returning a number, or -1 and an errno with its text. */
const callLine =
	/^(?:0|\+0) (?:socket|setsockopt|getsockopt|fcntl|bind|listen|accept|connect|shutdown|read|write|close)\(.*\) = (?:\d+|-1 E[A-Z]+ \(.*\))$/;

type Packet = {
	dir: string;
	flags: string;
	start: number;
	end: number;
	len: number;
	ack: number | null;
};

function packets(script: string): Packet[] {
	return script.split('\n').flatMap((line) => {
		const groups = packetLine.exec(line)?.groups;
		if (!groups) return [];
		return [
			{
				dir: groups['dir'] ?? '',
				flags: groups['flags'] ?? '',
				start: Number(groups['start']),
				end: Number(groups['end']),
				len: Number(groups['len']),
				ack: groups['ack'] === undefined ? null : Number(groups['ack']),
			},
		];
	});
}

/** The lines that do something: not comments, not blank. */
function statements(script: string): string[] {
	return script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
}

/** The flags packetdrill would print for a segment, from the engine's flags. */
function lettersOf(segment: Segment): string {
	return `${has(segment, 'SYN') ? 'S' : ''}${has(segment, 'FIN') ? 'F' : ''}${has(segment, 'RST') ? 'R' : ''}${segment.len > 0 ? 'P' : ''}${has(segment, 'ACK') ? '.' : ''}`;
}

describe('packetdrill', () => {
	test('the standard open and close: a line per segment, in order, direction and flags right', () => {
		const played = play(standard);
		const script = packetdrillOf(played);
		const segments = played.session.steps.flatMap((step) => step.result.segments);
		const found = packets(script);
		expect(found.map((packet) => `${packet.dir} ${packet.flags}`)).toEqual([
			'< S',
			'> S.',
			'< .',
			'< F.',
			'> .',
			'> F.',
			'< .',
		]);
		expect(found).toHaveLength(segments.length);
		const iss = {
			client: played.session.initial.client.iss,
			server: played.session.initial.server.iss,
		};
		for (const [index, segment] of segments.entries()) {
			const packet = found[index];
			expect(packet?.dir).toBe(segment.from === 'client' ? '<' : '>');
			expect(packet?.flags).toBe(lettersOf(segment));
			// Relative, as packetdrill writes them: each side's numbers count from its ISN.
			expect(packet?.start).toBe(seqDiff(iss[segment.from], segment.seq));
			expect(packet?.end).toBe(seqDiff(iss[segment.from], segment.seq) + segment.len);
			expect(packet?.len).toBe(segment.len);
			expect(packet?.ack).toBe(segment.ack === null ? null : seqDiff(iss[segment.to], segment.ack));
		}
	});

	test('the server’s calls: listen first, accept after the handshake, close before its FIN', () => {
		const lines = statements(packetdrillOf(play(standard)));
		expect(lines.slice(0, 4)).toEqual([
			'0 socket(..., SOCK_STREAM, IPPROTO_TCP) = 3',
			'+0 setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0',
			'+0 bind(3, ..., ...) = 0',
			'+0 listen(3, 1) = 0',
		]);
		const at = (text: string): number => lines.findIndex((line) => line.includes(text));
		expect(at('accept(3, ..., ...) = 4')).toBe(at('< . 1:1(0) ack 1 ') + 1);
		expect(at('close(4) = 0')).toBe(at('> F.') - 1);
		expect(at('close(4) = 0')).toBeGreaterThan(at('> . 1:1(0) ack 2'));
	});

	test('the client’s SYN offers an MSS and the kernel’s SYN,ACK may carry any options', () => {
		const lines = statements(packetdrillOf(play(standard)));
		expect(lines).toContain('+0 < S 0:0(0) win 65535 <mss 1460>');
		expect(lines).toContain('+0 > S. 0:0(0) ack 1 <...>');
		const script = packetdrillOf(play(standard));
		expect(script).toMatch(/^\/\/ .*options and window differ/m);
	});

	test('every line is a comment, a call or a packet: nothing packetdrill cannot read', () => {
		const all = [
			...Object.values(exchanges()),
			...scenarios.map((scenario) => playScenario(scenario.name)),
		];
		for (const played of all) {
			for (const line of statements(packetdrillOf(played))) {
				expect(packetLine.test(line) || callLine.test(line), line).toBe(true);
			}
		}
	});

	test('server data is a write() and the P. segment it sends; data in is read', () => {
		const lines = statements(packetdrillOf(play(halfClose)));
		const write = lines.indexOf('+0 write(4, ..., 500) = 500');
		expect(write).toBeGreaterThan(0);
		expect(lines[write + 1]).toBe('+0 > P. 1:501(500) ack 2');
		expect(lines.slice(write + 2)).toEqual([
			'+0 close(4) = 0',
			'+0 > F. 501:501(0) ack 2',
			'+0 < . 2:2(0) ack 502 win 65535',
		]);
		const incoming = statements(packetdrillOf(play('c:syn s:syn c:ack c:data:300 s:ack')));
		const data = incoming.indexOf('+0 < P. 1:301(300) ack 1 win 65535');
		expect(incoming.slice(data + 1)).toEqual([
			'+0 read(4, ..., 300) = 300',
			// Linux may delay the ACK of data: the line allows it.
			'+0~+0.25 > . 1:1(0) ack 301',
		]);
	});

	test('a lost client segment is never injected; the resent one is', () => {
		const played = play(lostSyn, {network: 'manual'});
		const script = packetdrillOf(played);
		expect(packets(script).map((packet) => `${packet.dir} ${packet.flags}`)).toEqual([
			'< S',
			'> S.',
			'< .',
		]);
		expect(script).toMatch(
			/^\/\/ lost on the way: the client's S 0:0\(0\) never reaches the kernel$/m,
		);
	});

	test('a retransmission by the kernel may come at any time', () => {
		const script = packetdrillOf(playScenario('lost-last-ack'));
		const fins = statements(script).filter((line) => / > F\. /.test(line));
		expect(fins).toHaveLength(2);
		expect(fins[1]?.startsWith('* > F.')).toBe(true);
	});

	test('a rejected move is a comment and sends nothing', () => {
		const script = packetdrillOf(play(rejected));
		expect(script).toMatch(/^\/\/ 1\. client:fin: rejected \(no connection to close\)$/m);
		expect(packets(script).map((packet) => `${packet.dir} ${packet.flags}`)).toEqual([
			'< S',
			'> S.',
			'< .',
		]);
	});

	test('a connection refused: the listening socket is closed, and the kernel answers RST', () => {
		const lines = statements(packetdrillOf(play('s:fin c:syn')));
		expect(lines.slice(4)).toEqual([
			'+0 close(3) = 0',
			'+0 < S 0:0(0) win 65535 <mss 1460>',
			'+0 > R. 0:0(0) ack 1',
		]);
	});

	test('an ABORT is SO_LINGER 0 and close(), which send RST,ACK', () => {
		const lines = statements(packetdrillOf(play('c:syn s:syn c:ack s:rst')));
		expect(lines.slice(-3)).toEqual([
			'+0 setsockopt(4, SOL_SOCKET, SO_LINGER, {onoff=1, linger=0}, 8) = 0',
			'+0 close(4) = 0',
			'+0 > R. 1:1(0) ack 1',
		]);
	});

	test('what packetdrill cannot express is a comment that says so, not a packet', () => {
		const early = packetdrillOf(play('c:syn s:syn s:rst'));
		expect(early).toMatch(/^\/\/ not expressible: .* before accept\(\) .*: > R\. 1:1\(0\) ack 1$/m);
		expect(early).toMatch(/^\/\/ This script checks only part of the exchange/m);

		const twoWay = packetdrillOf(playScenario('two-way'));
		expect(twoWay).toMatch(
			/^\/\/ not expressible: the two-way handshake .*: > S\. 0:0\(0\) ack 1 <\.\.\.>$/m,
		);
		expect(packets(twoWay)).toEqual([]);
		expect(statements(twoWay).every((line) => callLine.test(line))).toBe(true);
	});

	test('a reopened connection gets the next free descriptor, and numbers go on', () => {
		const script = packetdrillOf(playScenario('half-open'));
		const lines = statements(script);
		expect(lines.filter((line) => line.includes('accept('))).toEqual([
			'+0 accept(3, ..., ...) = 4',
			// The reset connection's socket was closed: its descriptor is free again.
			'+0 accept(3, ..., ...) = 4',
		]);
		// The client's second ISN is its old numbers plus the model's ISN clock, not 0 again.
		expect(lines).toContain('+0 < S 64001:64001(0) win 65535 <mss 1460>');
	});
});

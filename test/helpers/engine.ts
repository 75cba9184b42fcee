// Helpers for the TCP engine tests: play moves written as 'c:syn' or 's:data:250', and print
// segments in one line so that tables can state them exactly.
import {obligationOf} from '../../source/tcp/endpoint.js';
import {explain} from '../../source/tcp/explain.js';
import {
	type ActionType,
	actionTypes,
	type Connection,
	type ConnectionOptions,
	createConnection,
	type Move,
	type Option,
	type Transition,
	transition,
} from '../../source/tcp/machine.js';
import {type Flag, flagOrder, flagsLabel, type Segment} from '../../source/tcp/segment.js';
import type {Side} from '../../source/tcp/states.js';

/** The ISNs every table starts from, so that expected numbers can be written out. */
export const isns: ConnectionOptions = {isnClient: 100, isnServer: 300};

/** The initial sequence numbers of both sides. */
export type Isns = {readonly isnClient: number; readonly isnServer: number};

/**
 * ISNs to play the same moves from: small ones, ones about to wrap, one of each at the very ends of
 * the sequence space (the first three), and both near the top (the fourth).
 */
export const isnPairs: readonly Isns[] = [
	{isnClient: 100, isnServer: 300},
	{isnClient: 4_294_967_000, isnServer: 5},
	{isnClient: 7, isnServer: 4_294_967_295},
	{isnClient: 4_294_967_295, isnServer: 4_294_901_000},
];

const sideOfLetter: Record<string, Side> = {c: 'client', s: 'server'};

function isActionType(word: string): word is ActionType {
	return (actionTypes as readonly string[]).includes(word);
}

/** 'c:syn', 's:ack', 'c:data:250' (a bare 'c:data' sends 100 bytes). */
export function parseMove(spec: string): Move {
	const [letter = '', type = '', length] = spec.split(':');
	const side = sideOfLetter[letter];
	if (!side || !isActionType(type)) throw new Error(`bad move '${spec}'`);
	if (type === 'data') return {side, action: {type, length: length ? Number(length) : 100}};
	return {side, action: {type}};
}

/** Play the moves from a fresh connection; a setup move that is rejected is a broken test. */
export function playMoves(specs: readonly string[], options: ConnectionOptions = isns): Connection {
	let connection = createConnection(options);
	for (const spec of specs) {
		const result = transition(connection, parseMove(spec));
		if (!result.verdict.ok) {
			throw new Error(`setup move ${spec} rejected: ${explain('en', result.verdict)}`);
		}
		connection = result.connection;
	}
	return connection;
}

/** 'CLIENT_STATE/SERVER_STATE' */
export function statePair(connection: Connection): string {
	return `${connection.client.state}/${connection.server.state}`;
}

/** One segment as 'C>S SYN,ACK seq=300 ack=101 len=50'; ack is left out when null, len when 0. */
export function formatSegment(segment: Segment): string {
	const unique = new Set(segment.flags);
	if (unique.size !== segment.flags.length || segment.flags.some((f) => !flagOrder.includes(f))) {
		throw new Error(`malformed flags ${JSON.stringify(segment.flags)}`);
	}
	const direction = segment.from === 'client' ? 'C>S' : 'S>C';
	const ack = segment.ack === null ? '' : ` ack=${segment.ack}`;
	const len = segment.len === 0 ? '' : ` len=${segment.len}`;
	return `${direction} ${flagsLabel(segment.flags)} seq=${segment.seq}${ack}${len}`;
}

/**
 * A segment written as formatSegment prints it, 'S>C FIN,ACK seq=301 ack=102 len=10', so that a
 * crafted segment reads like the ones the tables expect.
 */
export function parseSegment(text: string): Segment {
	const match = /^(C>S|S>C) ([A-Z,]+) seq=(\d+)(?: ack=(\d+))?(?: len=(\d+))?$/.exec(text);
	if (!match) throw new Error(`bad segment '${text}'`);
	const [, direction, flags = '', seq, ack, len] = match;
	const from: Side = direction === 'C>S' ? 'client' : 'server';
	const parsed = flags.split(',') as Flag[];
	if (parsed.some((flag) => !flagOrder.includes(flag))) throw new Error(`bad flags in '${text}'`);
	if (parsed.includes('ACK') !== (ack !== undefined)) throw new Error(`ACK vs ack= in '${text}'`);
	return {
		from,
		to: from === 'client' ? 'server' : 'client',
		flags: parsed,
		seq: Number(seq),
		ack: ack === undefined ? null : Number(ack),
		len: len === undefined ? 0 : Number(len),
	};
}

/** What each side owes, 'CLIENT_OBLIGATION/SERVER_OBLIGATION', e.g. 'none/synAckForSyn'. */
export function owed(connection: Connection): string {
	return `${obligationOf(connection.client)}/${obligationOf(connection.server)}`;
}

/** Valid moves as 'type' or 'type:FLAGS' (the flags the move would send), e.g. 'timeout:SYN'. */
export function optionsText(options: readonly Option[] | null): string[] | null {
	return options?.map(({type, sends}) => (sends ? `${type}:${flagsLabel(sends)}` : type)) ?? null;
}

/** Every segment that crossed during a move, the stack's own replies marked 'auto'. */
export function crossings(result: Transition): string[] {
	return result.happenings.flatMap(({segment, auto}) =>
		segment ? [`${auto ? 'auto ' : ''}${formatSegment(segment)}`] : [],
	);
}

/** The message keys of a verdict, in order. */
export function verdictKeys(result: Transition): string[] {
	const {verdict} = result;
	return verdict.ok ? verdict.because.map((message) => message.key) : [verdict.because.key];
}

/** Messages only the network's own moves produce, or the two-way "what if". */
export const networkOnly: ReadonlySet<string> = new Set([
	'no.net.empty',
	'no.net.range',
	'no.net.instant',
	// The two-way handshake is a "what if", switched on by --two-way or w.
	'ok.synAckTwoWay',
]);

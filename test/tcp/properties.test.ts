// Invariants of the engine, checked after every move of random games (fast-check) and on every
// edge of the graph of connections reachable in a few moves (exhaustive breadth-first search).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {explain} from '../../source/tcp/explain.js';
import {
	actionOf,
	actionTypes,
	type Connection,
	createConnection,
	type Move,
	type Transition,
	transition,
	validActions,
} from '../../source/tcp/machine.js';
import {has, seqLe} from '../../source/tcp/segment.js';
import {peerOf, type Side, type State, sides, states} from '../../source/tcp/states.js';
import {isns, networkOnly} from '../helpers/engine.js';

/**
 * Everything that must hold for one move, as a list of breaches (empty when all is well). Plain
 * checks rather than expect() so that the exhaustive search below stays fast.
 */
function breaches(before: Connection, move: Move, result: Transition): string[] {
	const found: string[] = [];
	const check = (ok: boolean, what: string) => {
		if (!ok) found.push(what);
	};
	const after = result.connection;
	for (const side of sides) {
		check(states.includes(after[side].state), `${side} in unknown state ${after[side].state}`);
		check(after[side].side === side, `${side} endpoint says it is the ${after[side].side}`);
	}

	const {verdict} = result;
	for (const {key} of verdict.ok ? verdict.because : [verdict.because]) {
		check(typeof en[key] === 'string' && en[key].length > 0, `message ${key} has no text`);
	}

	if (!verdict.ok) {
		check(after === before, 'a rejected move changed the connection');
		check(result.segments.length === 0, 'a rejected move sent a segment');
		check(result.happenings.length === 0, 'a rejected move has happenings');
		const valid = validActions(before, move.side);
		check(
			JSON.stringify(verdict.validNow) === JSON.stringify(valid),
			`validNow ${verdict.validNow} is not validActions() ${valid}`,
		);
		check(!valid.includes(move.action.type), `${move.action.type} rejected but listed as valid`);
		const text = explain(verdict);
		check(text.includes('Valid now: '), `explanation without "Valid now": ${text}`);
		check(!/\{\w+\}/.test(text), `explanation with a placeholder left: ${text}`);
		return found;
	}
	check(verdict.because.length > 0, 'an accepted move without explanation');
	check(validActions(before, move.side).includes(move.action.type), 'accepted but not valid');

	// The mover sends at most one segment itself, first, built from its variables before the move.
	const mover = before[move.side];
	const own = result.happenings.filter(({auto, segment}) => !auto && segment !== null);
	check(own.length <= 1, 'the mover sent more than one segment');
	const segment = own[0]?.segment;
	check(result.segments[0] === segment, "the first segment is not the mover's");
	if (segment) {
		const where = `${move.side} ${move.action.type}`;
		check(
			segment.from === move.side && segment.to === peerOf(move.side),
			`${where}: wrong direction`,
		);
		const seq = has(segment, 'SYN') ? mover.iss : mover.sndNxt;
		check(segment.seq === seq, `${where}: seq ${segment.seq}, expected ${seq}`);
		if (!has(segment, 'RST')) {
			// Once the peer's SYN has arrived, every segment carries ACK = RCV.NXT.
			check(has(segment, 'ACK') === (mover.rcvNxt !== null), `${where}: ACK flag`);
			check(segment.ack === mover.rcvNxt, `${where}: ack ${segment.ack}, RCV.NXT ${mover.rcvNxt}`);
		}
		const len = move.action.type === 'data' ? move.action.length : 0;
		check(segment.len === len, `${where}: len ${segment.len}, expected ${len}`);
	}
	for (const crossing of result.segments) {
		check((crossing.ack === null) === !has(crossing, 'ACK'), 'ack field and ACK flag disagree');
	}

	for (const side of sides) {
		const me = after[side];
		const peer = after[peerOf(side)];
		check(seqLe(me.sndUna, me.sndNxt), `${side}: SND.UNA beyond SND.NXT`);
		// No endpoint is ESTABLISHED before its own SYN was acknowledged.
		check(me.state !== 'ESTABLISHED' || me.sndUna !== me.iss, `${side}: ESTABLISHED, SYN unacked`);
		// RCV.NXT never passes what this incarnation of the peer has sent.
		if (me.rcvNxt !== null && me.irs === peer.iss) {
			check(seqLe(me.rcvNxt, peer.sndNxt), `${side}: RCV.NXT beyond the peer's SND.NXT`);
		}
	}
	if (after.client.state === 'ESTABLISHED' && after.server.state === 'ESTABLISHED') {
		check(after.client.sndNxt === after.server.rcvNxt, 'client SND.NXT != server RCV.NXT');
		check(after.server.sndNxt === after.client.rcvNxt, 'server SND.NXT != client RCV.NXT');
	}
	return found;
}

const sequenceNumber = fc.oneof(
	fc.integer({min: 0, max: 2 ** 32 - 1}),
	fc.integer({min: 2 ** 32 - 5000, max: 2 ** 32 - 1}), // near the wrap
);

const moveArbitrary: fc.Arbitrary<Move> = fc
	.record({
		side: fc.constantFrom<Side>(...sides),
		type: fc.constantFrom(...actionTypes),
		length: fc.integer({min: 1, max: 1000}),
	})
	.map(({side, type, length}) => ({side, action: actionOf(type, length)}));

describe('random games', () => {
	it('keep every invariant after every move', () => {
		fc.assert(
			fc.property(
				sequenceNumber,
				sequenceNumber,
				fc.array(moveArbitrary, {maxLength: 40}),
				(isnClient, isnServer, moves) => {
					let connection = createConnection({isnClient, isnServer});
					for (const move of moves) {
						const result = transition(connection, move);
						expect(breaches(connection, move, result)).toEqual([]);
						connection = result.connection;
					}
				},
			),
			{numRuns: 2000},
		);
	});

	it('games of valid moves only keep every invariant too', () => {
		// Picking among validActions() walks much deeper into the closing states than blind moves.
		fc.assert(
			fc.property(
				sequenceNumber,
				sequenceNumber,
				fc.array(
					fc.tuple(fc.constantFrom<Side>(...sides), fc.nat(), fc.integer({min: 1, max: 1000})),
					{
						maxLength: 40,
					},
				),
				(isnClient, isnServer, picks) => {
					let connection = createConnection({isnClient, isnServer});
					for (const [side, pick, length] of picks) {
						const valid = validActions(connection, side);
						const type = valid[pick % valid.length];
						if (!type) throw new Error(`nothing valid for the ${side}`);
						const move = {side, action: actionOf(type, length)};
						const result = transition(connection, move);
						expect(result.verdict.ok).toBe(true);
						expect(breaches(connection, move, result)).toEqual([]);
						connection = result.connection;
					}
				},
			),
			{numRuns: 2000},
		);
	});
});

const allMoves: Move[] = sides.flatMap((side) =>
	actionTypes.map((type) => ({side, action: actionOf(type)})),
);

function spell({side, action}: Move): string {
	return `${side.charAt(0)}:${action.type}`;
}

type Search = {
	readonly connections: number;
	readonly edges: number;
	readonly failures: ReadonlyArray<{readonly moves: string; readonly found: string[]}>;
	/** States each side reached on paths where no segment was dropped unanswered. */
	readonly lossless: Record<Side, Set<State>>;
	readonly keys: Set<string>;
};

/**
 * Breadth-first over distinct connections (deduplicated by their JSON), all 14 moves from each,
 * checking the invariants on every edge. A path is lossless until an arrival is dropped without
 * reply ('in.dropped'): with no retransmission here, such a segment is gone for good.
 */
function search(maxDepth: number): Search {
	const start = createConnection(isns);
	const seen = new Set([`${JSON.stringify(start)}|lossless`]);
	let frontier = [{connection: start, lossless: true, path: ''}];
	const lossless: Record<Side, Set<State>> = {
		client: new Set(['CLOSED']),
		server: new Set(['LISTEN']),
	};
	const keys = new Set<string>();
	const failures: Array<{moves: string; found: string[]}> = [];
	let edges = 0;
	for (let depth = 0; depth < maxDepth; depth++) {
		const next: typeof frontier = [];
		for (const {connection, lossless: clean, path} of frontier) {
			for (const move of allMoves) {
				const result = transition(connection, move);
				const moves = `${path} ${spell(move)}`.trim();
				const found = breaches(connection, move, result);
				if (found.length > 0 && failures.length < 10) failures.push({moves, found});
				edges++;
				const {verdict} = result;
				for (const {key} of verdict.ok ? verdict.because : [verdict.because]) keys.add(key);
				const stillClean =
					clean &&
					!result.happenings.some(({notes}) => notes.some(({key}) => key === 'in.dropped'));
				if (stillClean) {
					for (const side of sides) lossless[side].add(result.connection[side].state);
				}
				const id = `${JSON.stringify(result.connection)}|${stillClean ? 'lossless' : 'lossy'}`;
				if (!seen.has(id)) {
					seen.add(id);
					next.push({connection: result.connection, lossless: stillClean, path: moves});
				}
			}
		}
		frontier = next;
	}
	return {connections: seen.size, edges, failures, lossless, keys};
}

/** 11 moves: about 28,000 distinct connections and 200,000 edges, in a second or two. */
const searchDepth = 11;
let searched: Search | undefined;
function explored(): Search {
	searched ??= search(searchDepth);
	return searched;
}

describe(`every connection reachable in ${searchDepth} moves`, () => {
	it('keeps every invariant on every edge', () => {
		const result = explored();
		expect(result.failures).toEqual([]);
		expect(result.connections).toBeGreaterThan(20_000);
		expect(result.edges).toBeGreaterThan(150_000);
	});

	it('reaches every state but CLOSING, on both sides, without losing a segment', () => {
		const expected = states.filter((state) => state !== 'CLOSING').sort();
		const {lossless} = explored();
		for (const side of sides) expect([...lossless[side]].sort()).toEqual(expected);
	});

	// CLOSING needs a FIN to arrive in FIN_WAIT_1 without acknowledging the FIN_WAIT_1 side's own
	// FIN. With instant delivery the other side has always received that FIN before it sends its
	// own, and every segment it sends carries ACK = RCV.NXT, so a simultaneous close cannot happen.
	// (The engine does reach CLOSING after a FIN sent from SYN_RECEIVED is dropped by SYN_SENT
	// and never retransmitted; the search counts such paths as lossy.)
	it('never reaches CLOSING without losing a segment', () => {
		const {lossless} = explored();
		for (const side of sides) expect(lossless[side].has('CLOSING')).toBe(false);
	});

	it('produces every accepted and every rejected move of the catalog', () => {
		// Retransmission and the network's own moves need manual delivery: test/tcp/network.test.ts.
		const catalog = Object.keys(en).filter(
			(key) => /^(ok|no)\./.test(key) && !networkOnly.has(key),
		);
		const {keys} = explored();
		expect(catalog.filter((key) => !keys.has(key))).toEqual([]);
	});
});

// Invariants of the engine with a network in between: random interleavings of endpoint moves and
// network steps (fast-check), and every session reachable in a few steps (breadth-first search).
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {
	actionOf,
	actionTypes,
	type Connection,
	type Flight,
	flightsOf,
	type Move,
	type NetworkMode,
	validActions,
} from '../../source/tcp/machine.js';
import {type NetActionType, netActionTypes} from '../../source/tcp/network.js';
import {has, seqLe} from '../../source/tcp/segment.js';
import {
	createSession,
	type NetMove,
	play,
	type Session,
	type Step,
} from '../../source/tcp/session.js';
import {peerOf, type Side, type State, sides, states} from '../../source/tcp/states.js';

type Check = (ok: boolean, what: string) => void;

function checker(found: string[], where: string): Check {
	return (ok, what) => {
		if (!ok) found.push(`${where}: ${what}`);
	};
}

/** What must hold of any connection, whatever led to it. */
function checkConnection(connection: Connection, check: Check): void {
	for (const side of sides) {
		const me = connection[side];
		const peer = connection[peerOf(side)];
		check(states.includes(me.state), `${side} in unknown state ${me.state}`);
		check(me.side === side, `${side} endpoint says it is the ${me.side}`);
		check(seqLe(me.sndUna, me.sndNxt), `${side}: SND.UNA ${me.sndUna} beyond SND.NXT ${me.sndNxt}`);
		// RCV.NXT never passes what this incarnation of the peer has sent.
		if (me.rcvNxt !== null && me.irs === peer.iss) {
			check(
				seqLe(me.rcvNxt, peer.sndNxt),
				`${side}: RCV.NXT ${me.rcvNxt} beyond the peer's SND.NXT ${peer.sndNxt}`,
			);
		}
		check(me.state !== 'ESTABLISHED' || me.sndUna !== me.iss, `${side}: ESTABLISHED, SYN unacked`);
		// CLOSING: both FINs out, ours not yet acknowledged. TIME_WAIT: ours acknowledged.
		if (me.state === 'CLOSING') {
			check(me.peerFin && me.sndUna !== me.sndNxt, `${side}: CLOSING without two FINs out`);
		}
		if (me.state === 'TIME_WAIT') {
			check(me.peerFin && me.sndUna === me.sndNxt, `${side}: TIME_WAIT with something unacked`);
		}
	}
}

/** The same segments (the very objects), in the same order, with the same marks. */
function sameFlights(actual: readonly Flight[], expected: readonly Flight[]): boolean {
	return (
		actual.length === expected.length &&
		actual.every((flight, index) => {
			const other = expected[index];
			return (
				other !== undefined &&
				flight.segment === other.segment &&
				flight.auto === other.auto &&
				flight.retransmission === other.retransmission
			);
		})
	);
}

function keysOf(step: Step): string[] {
	const {verdict} = step.result;
	return verdict.ok ? verdict.because.map(({key}) => key) : [verdict.because.key];
}

/** The step the student (or the script) made: an endpoint's move or the network's. */
function checkMove(before: Session, step: Step, check: Check, followers: number): void {
	const {result, move} = step;
	const flights = before.inFlight;
	check(!step.byPeer, 'the move is marked as the peer’s');
	for (const key of keysOf(step)) {
		check(typeof en[key as keyof typeof en] === 'string', `message ${key} not in the catalog`);
	}
	if (!result.verdict.ok) {
		check(result.connection === before.connection, 'a rejected step changed the connection');
		check(sameFlights(step.inFlight, flights), 'a rejected step changed the flight list');
		check(result.happenings.length === 0, 'a rejected step has happenings');
		check(result.segments.length === 0, 'a rejected step has segments');
		check(followers === 0, 'the peer answered a rejected step');
		if (move.side === 'net') {
			check(result.verdict.validNow === null, 'a rejected net step lists valid moves');
		} else {
			const valid = validActions(before.connection, move.side, before.network);
			check(
				JSON.stringify(result.verdict.validNow) === JSON.stringify(valid),
				`validNow ${result.verdict.validNow} is not validActions() ${valid}`,
			);
		}
		return;
	}
	if (move.side !== 'net') {
		const sent = flightsOf(result);
		if (before.network === 'instant') {
			check(step.inFlight.length === 0, 'something in flight with instant delivery');
			return;
		}
		check(sent.length <= 1, 'a move sent more than one segment');
		check(
			sent.every(({segment, auto}) => segment.from === move.side && !auto),
			'the sent segment is not the mover’s',
		);
		check(sameFlights(step.inFlight, [...flights, ...sent]), 'a send did not append its segment');
		return;
	}
	const index = move.action.index - 1;
	const flight = flights[index];
	if (!flight) {
		check(false, `net step on segment ${index + 1} of ${flights.length} accepted`);
		return;
	}
	const others = flights.filter((_, at) => at !== index);
	switch (move.action.type) {
		case 'deliver': {
			const [arrival, ...rest] = result.happenings;
			check(arrival?.phase === 'arrived', 'a deliver without arrival');
			check(arrival?.segment === flight.segment, 'a deliver delivered another segment');
			const replies = flightsOf(result);
			check(replies.length <= 1, 'more than one reply to one arrival');
			check(
				replies.every(({segment, auto}) => auto && segment.from === flight.segment.to),
				'the reply is not the receiver’s own',
			);
			check(rest.length === replies.length, 'a deliver did more than arrive and reply');
			check(sameFlights(step.inFlight, [...others, ...replies]), 'deliver: wrong flight list');
			check(
				result.connection[flight.segment.from] === before.connection[flight.segment.from],
				'an arrival changed the sender',
			);
			return;
		}
		case 'drop':
			check(result.connection === before.connection, 'a drop changed the connection');
			check(sameFlights(step.inFlight, others), 'drop: wrong flight list');
			check(result.happenings[0]?.phase === 'lost', 'a drop that was not lost');
			return;
		case 'dup':
			check(result.connection === before.connection, 'a dup changed the connection');
			check(sameFlights(step.inFlight, [...flights, flight]), 'dup: wrong flight list');
			check(result.happenings[0]?.phase === 'duplicated', 'a dup that was not duplicated');
			return;
	}
}

/** Everything that must hold for one play(): the step itself, the peer's answers, the result. */
function breaches(before: Session, after: Session): string[] {
	const found: string[] = [];
	const added = after.steps.slice(before.steps.length);
	const [step, ...answers] = added;
	if (!step) return ['play() recorded no step'];
	checkMove(before, step, checker(found, step.input), answers.length);
	let previous = step;
	for (const answer of answers) {
		const check = checker(found, `${answer.input} (peer)`);
		check(answer.byPeer, 'a second step not made by the peer');
		check(answer.move.side === before.peer, 'the peer step is not the peer’s side');
		check(answer.result.verdict.ok, 'the peer made a rejected move');
		const type = answer.move.action.type;
		check(type === 'syn' || type === 'ack', `the peer sent ${type} by itself`);
		const sent = flightsOf(answer.result);
		const expected = before.network === 'manual' ? [...previous.inFlight, ...sent] : [];
		check(sameFlights(answer.inFlight, expected), 'the peer’s segment was not appended');
		check(
			answer.result.segments.every((segment) => !has(segment, 'FIN') && segment.len === 0),
			'the peer sent FIN or data',
		);
		previous = answer;
	}
	for (const each of added) {
		const check = checker(found, each.input);
		checkConnection(each.result.connection, check);
		for (const {segment} of each.inFlight) {
			check((segment.ack === null) === !has(segment, 'ACK'), 'ack field and ACK flag disagree');
		}
	}
	const last = added.at(-1);
	if (last) {
		const check = checker(found, 'session');
		check(after.connection === last.result.connection, 'session connection is not the last step’s');
		check(sameFlights(after.inFlight, last.inFlight), 'session flights are not the last step’s');
	}
	return found;
}

const sequenceNumber = fc.oneof(
	fc.integer({min: 0, max: 2 ** 32 - 1}),
	fc.integer({min: 2 ** 32 - 70_000, max: 2 ** 32 - 1}), // near the wrap, within one reopening
);

/**
 * One step as four numbers, turned into a move once the session it applies to is known: about
 * half are network steps (mostly deliveries, K sometimes one past the end), the rest mostly moves
 * that are valid now, with a few blind ones to exercise the rejections.
 */
type Pick = readonly [roll: number, choice: number, k: number, length: number];

const pickArbitrary: fc.Arbitrary<Pick> = fc.tuple(
	fc.integer({min: 0, max: 99}),
	fc.nat(),
	fc.nat(),
	fc.integer({min: 1, max: 1000}),
);

function netTypeOf(choice: number): NetActionType {
	const roll = choice % 20;
	return roll < 17 ? 'deliver' : roll < 19 ? 'drop' : 'dup';
}

function moveOf(session: Session, [roll, choice, k, length]: Pick): Move | NetMove {
	if (roll < 45) {
		const index = 1 + (k % (session.inFlight.length + 1));
		return {side: 'net', action: {type: netTypeOf(choice), index}};
	}
	const side: Side = choice % 2 === 0 ? 'client' : 'server';
	if (roll < 50)
		return {side, action: actionOf(actionTypes[k % actionTypes.length] ?? 'syn', length)};
	// An abort ends the game early, so among the valid moves it is taken one time in eight.
	const valid = validActions(session.connection, side, session.network);
	const calm = valid.filter((type) => type !== 'rst' || Math.floor(choice / 2) % 8 === 0);
	const pool = calm.length > 0 ? calm : valid;
	return {side, action: actionOf(pool[k % pool.length] ?? 'syn', length)};
}

describe('random interleavings of moves and network steps', () => {
	it('keep every invariant after every step, and reach CLOSING', () => {
		const reached: Record<Side, Set<State>> = {client: new Set(), server: new Set()};
		const netTypes = new Set<string>();
		fc.assert(
			fc.property(
				sequenceNumber,
				sequenceNumber,
				fc.constantFrom<NetworkMode>('manual', 'manual', 'manual', 'instant'),
				fc.constantFrom<Side | null>(null, null, 'client', 'server'),
				fc.array(pickArbitrary, {minLength: 10, maxLength: 80, size: 'max'}),
				(isnClient, isnServer, network, peer, picks) => {
					let session = createSession({isnClient, isnServer, network, peer});
					for (const pick of picks) {
						const move = moveOf(session, pick);
						const after = play(session, move);
						const found = breaches(session, after);
						if (found.length > 0) {
							const path = after.steps.map((step) => step.input).join(' ');
							throw new Error(`${found.join('; ')}\nafter: ${path}`);
						}
						if (move.side === 'net' && after.steps[session.steps.length]?.result.verdict.ok) {
							netTypes.add(move.action.type);
						}
						for (const side of sides) reached[side].add(after.connection[side].state);
						session = after;
					}
				},
			),
			{numRuns: 1500},
		);
		expect([...netTypes].sort()).toEqual([...netActionTypes].sort());
		for (const side of sides) {
			const missed = states.filter((state) => state !== 'CLOSING' && !reached[side].has(state));
			expect(missed, `states the ${side} never reached`).toEqual([]);
		}
		// Two FINs in flight at once: with a network in between, CLOSING is reachable.
		expect(reached.client.has('CLOSING') || reached.server.has('CLOSING')).toBe(true);
	});
});

type Search = {
	readonly sessions: number;
	readonly edges: number;
	readonly failures: readonly string[];
	readonly reached: Record<Side, Set<State>>;
	readonly firstClosing: string | null;
};

function netMoves(session: Session, maxInFlight: number): NetMove[] {
	return session.inFlight.flatMap((_, at) =>
		netActionTypes
			.filter((type) => type !== 'dup' || session.inFlight.length < maxInFlight)
			.map((type): NetMove => ({side: 'net', action: {type, index: at + 1}})),
	);
}

const endpointMoves: Move[] = sides.flatMap((side) =>
	actionTypes.map((type) => ({side, action: actionOf(type)})),
);

/**
 * Breadth-first over distinct sessions (connection and segments in flight), with every endpoint
 * move and every network step on every segment, at most `maxInFlight` segments in flight.
 */
function search(
	isns: {isnClient: number; isnServer: number},
	maxDepth: number,
	maxInFlight: number,
): Search {
	const start = createSession({...isns, network: 'manual'});
	const id = (session: Session) =>
		JSON.stringify([session.connection, session.inFlight.map(({segment}) => segment)]);
	const seen = new Set([id(start)]);
	const reached: Record<Side, Set<State>> = {
		client: new Set(['CLOSED']),
		server: new Set(['LISTEN']),
	};
	const failures: string[] = [];
	let firstClosing: string | null = null;
	let edges = 0;
	let frontier = [start];
	for (let depth = 0; depth < maxDepth; depth++) {
		const next: Session[] = [];
		for (const session of frontier) {
			for (const move of [...endpointMoves, ...netMoves(session, maxInFlight)]) {
				const after = play(session, move);
				edges++;
				const found = breaches(session, after);
				if (found.length > 0 && failures.length < 10) {
					failures.push(`${after.steps.map((step) => step.input).join(' ')}: ${found.join('; ')}`);
				}
				if (!after.steps.at(-1)?.result.verdict.ok || after.inFlight.length > maxInFlight) continue;
				for (const side of sides) {
					reached[side].add(after.connection[side].state);
					if (after.connection[side].state === 'CLOSING' && firstClosing === null) {
						firstClosing = after.steps.map((step) => step.input).join(' ');
					}
				}
				const key = id(after);
				if (seen.has(key)) continue;
				seen.add(key);
				next.push(after);
			}
		}
		frontier = next;
	}
	return {sessions: seen.size, edges, failures, reached, firstClosing};
}

const searchDepth = 9;

describe(`every session reachable in ${searchDepth} steps, at most 2 segments in flight`, () => {
	it.each([
		{isnClient: 100, isnServer: 300},
		{isnClient: 4_294_967_290, isnServer: 4_294_967_000},
	])('keeps every invariant on every edge (ISNs $isnClient/$isnServer)', (isns) => {
		const result = search(isns, searchDepth, 2);
		expect(result.failures).toEqual([]);
		expect(result.sessions).toBeGreaterThan(3000);
		expect(result.edges).toBeGreaterThan(25_000);
		// Every state on both sides, CLOSING included: two FINs can now be in flight at once.
		for (const side of sides) expect([...result.reached[side]].sort()).toEqual([...states].sort());
		// The shortest way there, 8 steps: a FIN from SYN_RECEIVED crosses the client's FIN.
		const shortest = result.firstClosing?.split(' ') ?? [];
		expect(shortest).toHaveLength(8);
		expect(shortest).toEqual(expect.arrayContaining(['server:fin', 'client:fin']));
	});
});

describe('the checks themselves', () => {
	const manual = {isnClient: 100, isnServer: 300, network: 'manual'} as const;
	const synMove: Move = {side: 'client', action: actionOf('syn')};

	it('notice a step that loses a segment from the flight list', () => {
		const before = createSession(manual);
		const after = play(before, synMove);
		expect(breaches(before, after)).toEqual([]);
		const [step] = after.steps;
		if (!step) throw new Error('no step');
		const forged: Session = {...after, steps: [{...step, inFlight: []}], inFlight: []};
		expect(breaches(before, forged)).toEqual(['client:syn: a send did not append its segment']);
	});

	it('notice an endpoint ESTABLISHED before its SYN was acknowledged (the two-way what-if)', () => {
		let session = createSession({...manual, twoWay: true});
		session = play(session, synMove);
		session = play(session, {side: 'net', action: {type: 'deliver', index: 1}});
		const after = play(session, {side: 'server', action: actionOf('syn')});
		expect(after.connection.server.state).toBe('ESTABLISHED');
		expect(breaches(session, after)).toEqual(['server:syn: server: ESTABLISHED, SYN unacked']);
	});
});

// The engine with a network in between, searched exhaustively: every configuration (both endpoints
// and the segments in flight) reachable from the start by moves of both sides and by the network
// delivering, dropping or duplicating any segment in flight, breadth first. Every step is held to
// the rules of test/helpers/explore.ts; then, over the graph of what was found, every configuration
// must still be able to close. Random long sessions (fast-check) follow, with the automatic peer.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
	actionOf,
	actionTypes,
	type Move,
	type NetworkMode,
	validOptions,
} from '../../source/tcp/machine.js';
import {createSession, type NetMove, play, type Session} from '../../source/tcp/session.js';
import {type Side, sides, states} from '../../source/tcp/states.js';
import {
	breachesFound,
	breachesOf,
	type Config,
	configAfter,
	explore,
	initialConfig,
	rules,
	stepFrom,
	stuckFound,
} from '../helpers/explore.js';

/**
 * Bounds: at most 2 segments in flight (a send or a dup beyond that is not followed), no data (the
 * data exploration is in properties.test.ts), and one connection per side: a move or an arrival
 * that would start a second is not followed. Closing never needs one.
 */
const whole = explore(
	{
		isnClient: 100,
		isnServer: 300,
		network: 'manual',
		maxInFlight: 2,
		dataSegments: 0,
		dataLength: 10,
		connections: 1,
	},
	{
		'simultaneous open': ({connection: {client, server}}) =>
			client.state === 'SYN_RECEIVED' && server.state === 'SYN_RECEIVED',
		'CLOSING on both sides': ({connection: {client, server}}) =>
			client.state === 'CLOSING' && server.state === 'CLOSING',
		'a half-open connection': ({connection: {client, server}, inFlight}) =>
			client.state === 'CLOSED' && server.state === 'ESTABLISHED' && inFlight.length === 0,
	},
);

describe(`every configuration reachable with a manual network: ${whole.configs} configurations, ${whole.edges} steps`, () => {
	for (const rule of Object.keys(rules) as Array<keyof typeof rules>) {
		it(rules[rule], () => {
			expect(breachesFound(whole, rule)).toEqual([]);
		});
	}

	it('from every configuration, valid moves (ABORT and the timers too) and deliveries lead to both sides CLOSED', () => {
		expect(stuckFound(whole.stuck, 'configurations cannot close')).toEqual([]);
	});

	it(`from every configuration reached with nothing lost and no ABORT (${whole.cleanConfigs}), they do without ABORT`, () => {
		expect(stuckFound(whole.stuckClean, 'clean configurations need an ABORT')).toEqual([]);
	});

	it('is the whole space, not a corner of it', () => {
		expect(whole.configs).toBeGreaterThan(20_000);
		for (const side of sides) expect([...whole.reached[side]].sort()).toEqual([...states].sort());
		// The shortest ways there: the crossing SYNs of Figure 7, the crossing FINs of Figure 13.
		expect(whole.firsts.get('simultaneous open')).toBe('c:syn s:syn net:deliver:1 net:deliver:1');
		// Both FINs cross; the server's left SYN_RECEIVED before its SYN,ACK was acknowledged.
		expect(whole.firsts.get('CLOSING on both sides')).toBe(
			'c:syn net:deliver:1 s:syn s:fin net:deliver:1 c:fin net:deliver:1 net:deliver:1',
		);
		expect(whole.firsts.get('a half-open connection')).toBeDefined();
	});

	it('meets the arrivals only a network causes: crossing SYNs and FINs, a retransmitted FIN, an RST in SYN_RECEIVED', () => {
		const networkOnly = [
			'in.rstChallenge',
			'in.dropped',
			'in.simultaneousSyn',
			'in.finClosing',
			'in.finAckedClosing',
			'in.finAgainTimeWait',
			'in.refusedSynReceived',
			'in.rstToListen',
			'in.synAgain',
			'in.droppedOwesSynAck',
		];
		expect(networkOnly.filter((key) => !whole.keys.has(key))).toEqual([]);
	});
});

describe('the checks themselves', () => {
	const start = initialConfig({isnClient: 100, isnServer: 300});
	const syn: Move = {side: 'client', action: actionOf('syn')};

	it('notice a state the oracle does not give, a change an explanation does not name, and a rejected move that changed something', () => {
		const {result, next} = stepFrom(start, syn, 'manual');
		expect(breachesOf(start, syn, result, next, 'manual')).toEqual([]);
		const client = {...next.connection.client, state: 'ESTABLISHED' as const};
		const forged = {...result, connection: {...result.connection, client}};
		const found = breachesOf(
			start,
			syn,
			forged,
			{...next, connection: forged.connection},
			'manual',
		);
		expect(found.map(({rule}) => rule)).toEqual(['arcs', 'oracle']);

		const ack: Move = {side: 'client', action: actionOf('ack')};
		const rejected = stepFrom(start, ack, 'manual');
		const changed = {...rejected.result, connection: next.connection};
		const breaches = breachesOf(
			start,
			ack,
			changed,
			{...rejected.next, connection: next.connection},
			'manual',
		);
		expect(breaches.map(({rule}) => rule)).toContain('rejected');
	});

	it('notice configurations that cannot close: with only ACKs and data, an open connection never does', () => {
		const trapped = explore({
			isnClient: 100,
			isnServer: 300,
			network: 'manual',
			maxInFlight: 2,
			dataSegments: 1,
			dataLength: 10,
			connections: 1,
			start: 'c:syn net:deliver s:syn net:deliver c:ack net:deliver',
			sideMoves: ['ack', 'data'],
		});
		expect(trapped.configs).toBeGreaterThan(10);
		expect(trapped.stuck.count).toBe(trapped.configs);
		expect(trapped.stuck.examples[0]).toBe('');
	});
});

/**
 * One step as four numbers, turned into a move once the session it applies to is known: about
 * half are network steps (mostly deliveries, K sometimes one past the end), the rest mostly moves
 * that are valid now, with a few blind ones.
 */
type Pick = readonly [roll: number, choice: number, k: number, length: number];

const pickArbitrary: fc.Arbitrary<Pick> = fc.tuple(
	fc.integer({min: 0, max: 99}),
	fc.nat(),
	fc.nat(),
	fc.integer({min: 1, max: 1000}),
);

function moveOf(session: Session, [roll, choice, k, length]: Pick): Move | NetMove {
	if (roll < 45 && session.network === 'manual') {
		const index = 1 + (k % (session.inFlight.length + 1));
		const type = choice % 20 < 16 ? 'deliver' : choice % 20 < 19 ? 'drop' : 'dup';
		return {side: 'net', action: {type, index}};
	}
	const side: Side = choice % 2 === 0 ? 'client' : 'server';
	if (roll < 52)
		return {side, action: actionOf(actionTypes[k % actionTypes.length] ?? 'syn', length)};
	// An abort ends the game early, so among the valid moves it is taken one time in eight.
	const valid = validOptions(session.connection, side).map(({type}) => type);
	const calm = valid.filter((type) => type !== 'rst' || Math.floor(choice / 2) % 8 === 0);
	const pool = calm.length > 0 ? calm : valid;
	return {side, action: actionOf(pool[k % pool.length] ?? 'syn', length)};
}

const sequenceNumber = fc.oneof(
	fc.integer({min: 0, max: 2 ** 32 - 1}),
	fc.integer({min: 2 ** 32 - 70_000, max: 2 ** 32 - 1}), // near the wrap, within one reopening
);

describe('random long sessions, any ISNs, data of any length, the automatic peer', () => {
	it('keep every rule on every step, the peer’s answers included', () => {
		fc.assert(
			fc.property(
				sequenceNumber,
				sequenceNumber,
				fc.constantFrom<NetworkMode>('manual', 'manual', 'instant'),
				fc.constantFrom<Side | null>(null, null, 'client', 'server'),
				fc.array(pickArbitrary, {minLength: 20, maxLength: 120}),
				(isnClient, isnServer, network, peer, picks) => {
					let session = createSession({isnClient, isnServer, network, peer});
					let config: Config = {
						...initialConfig({isnClient, isnServer}),
						connection: session.connection,
					};
					for (const pick of picks) {
						const after = play(session, moveOf(session, pick));
						const added = after.steps.slice(session.steps.length);
						for (const [index, step] of added.entries()) {
							// The peer answers what is owed, with SYN,ACK or ACK, and never after a rejection.
							if (index > 0) {
								expect(step.byPeer && step.result.verdict.ok).toBe(true);
								expect(['syn', 'ack']).toContain(step.move.action.type);
								expect(added[0]?.result.verdict.ok).toBe(true);
							}
							const next = configAfter(config, step.move, step.result, step.inFlight);
							const found = breachesOf(config, step.move, step.result, next, network);
							if (found.length > 0) {
								const path = after.steps.map(({input}) => input).join(' ');
								throw new Error(`${JSON.stringify(found)}\nafter: ${path}`);
							}
							config = next;
						}
						session = after;
					}
				},
			),
			{numRuns: 200},
		);
	});
});

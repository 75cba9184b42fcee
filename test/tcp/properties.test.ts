// The engine searched exhaustively, held to the rules of test/helpers/explore.ts on every step:
// with instant delivery over two connections per side (reopening included), and with a manual
// network over a data transfer whose segments are lost, duplicated and reordered. Then random long
// games (fast-check), any ISNs and any data lengths. test/tcp/network-properties.test.ts searches a
// whole connection's life with a manual network.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {en} from '../../source/i18n/en.js';
import {actionOf, actionTypes, type Move, validOptions} from '../../source/tcp/machine.js';
import {type Side, sides, states} from '../../source/tcp/states.js';
import {networkOnly} from '../helpers/engine.js';
import {
	breachesFound,
	breachesOf,
	type Exploration,
	explore,
	initialConfig,
	type Rule,
	rules,
	stepFrom,
	stuckFound,
} from '../helpers/explore.js';

/** Instant delivery: every move of both sides, one data segment each per connection, two connections each. */
const instant = explore({
	isnClient: 100,
	isnServer: 300,
	network: 'instant',
	maxInFlight: 0,
	dataSegments: 1,
	dataLength: 10,
	connections: 2,
});

/**
 * A manual network after the handshake: the client sends two data segments, both sides close, the
 * timers resend, and the network delivers in any order, drops and duplicates, with at most two
 * segments in flight. The client's ISN sits just below 2^32, so its bytes cross the wrap.
 */
const transfer = explore(
	{
		isnClient: 4_294_967_290,
		isnServer: 4_294_967_000,
		network: 'manual',
		maxInFlight: 2,
		dataSegments: {client: 2, server: 0},
		dataLength: 10,
		connections: 1,
		start: 'c:syn net:deliver s:syn net:deliver c:ack net:deliver',
		sideMoves: ['ack', 'fin', 'data', 'timeout'],
	},
	{
		'both segments reordered, then delivered': ({connection: {server}}) =>
			server.bytesReceived === 20 && server.state === 'ESTABLISHED',
		'a data segment held': ({connection: {server}}) => server.held.some(({len}) => len > 0),
	},
);

function holdsEveryRule(exploration: Exploration): void {
	for (const rule of Object.keys(rules) as Rule[]) {
		it(rules[rule], () => {
			expect(breachesFound(exploration, rule)).toEqual([]);
		});
	}
	it('from every configuration, valid moves (the timers too) and deliveries lead to both sides CLOSED', () => {
		expect(stuckFound(exploration.stuck, 'configurations cannot close')).toEqual([]);
		expect(stuckFound(exploration.stuckClean, 'clean configurations need an ABORT')).toEqual([]);
	});
}

describe(`every configuration reachable with instant delivery, two connections a side: ${instant.configs} configurations, ${instant.edges} steps`, () => {
	holdsEveryRule(instant);

	// CLOSING needs a FIN to arrive in FIN_WAIT_1 before the ACK of that side's own FIN. With
	// instant delivery the other side has always received that FIN before it sends its own, and
	// every segment it sends acknowledges it, so a simultaneous close cannot happen.
	it('reaches every state but CLOSING, on both sides', () => {
		const expected = states.filter((state) => state !== 'CLOSING').sort();
		for (const side of sides) expect([...instant.reached[side]].sort()).toEqual(expected);
		expect(instant.configs).toBeGreaterThan(5000);
	});

	it('makes every accepted and every rejected move of the catalog but the network’s own', () => {
		const moves = Object.keys(en).filter((key) => /^(ok|no)\./.test(key) && !networkOnly.has(key));
		expect(moves.filter((key) => !instant.keys.has(key))).toEqual([]);
	});
});

describe(`every configuration of a data transfer over a manual network: ${transfer.configs} configurations, ${transfer.edges} steps`, () => {
	holdsEveryRule(transfer);

	it('reorders the data: the second segment is held, then both are taken', () => {
		expect(transfer.firsts.get('a data segment held')).toBe('c:data c:data net:deliver:2');
		expect(transfer.firsts.get('both segments reordered, then delivered')).toBeDefined();
		expect(transfer.configs).toBeGreaterThan(15_000);
		for (const key of ['in.heldOutOfOrder', 'in.heldDelivered', 'in.trimmed', 'in.duplicate']) {
			expect(transfer.keys).toContain(key);
		}
	});
});

describe('the searches together', () => {
	it('meet every arrival of §3.10.7 but those a crafted segment or a lossy handshake causes', () => {
		// Crafted in test/tcp/arrivals.test.ts: a segment without ACK in a synchronized state, an
		// ACK of data never sent, segments beyond the window, data after the FIN, an ACK in
		// SYN_RECEIVED of something else than its SYN.
		const craftedOnly = [
			'in.noAck',
			'in.ackTooHigh',
			'in.outOfWindow',
			'in.synOutOfWindow',
			'in.dataAfterFin',
			'in.synReceivedBadAck',
		];
		// Met by the search of test/tcp/network-properties.test.ts: an RST that crosses other
		// segments, and a FIN that reaches SYN_SENT before the SYN,ACK.
		const lossyHandshake = ['in.rstChallenge', 'in.dropped'];
		const arrivals = Object.keys(en).filter((key) => key.startsWith('in.'));
		const met = new Set([...instant.keys, ...transfer.keys]);
		const elsewhere = [...craftedOnly, ...lossyHandshake];
		expect(arrivals.filter((key) => !met.has(key) && !elsewhere.includes(key))).toEqual([]);
		expect(elsewhere.filter((key) => met.has(key))).toEqual([]);
	});
});

const sequenceNumber = fc.oneof(
	fc.integer({min: 0, max: 2 ** 32 - 1}),
	fc.integer({min: 2 ** 32 - 5000, max: 2 ** 32 - 1}), // near the wrap
);

describe('random long games with instant delivery', () => {
	it('keep every rule on every move, blind moves and valid ones, any ISNs and data lengths', () => {
		fc.assert(
			fc.property(
				sequenceNumber,
				sequenceNumber,
				fc.array(
					fc.tuple(
						fc.constantFrom<Side>(...sides),
						fc.nat(),
						fc.integer({min: 1, max: 1000}),
						fc.boolean(),
					),
					{maxLength: 80},
				),
				(isnClient, isnServer, picks) => {
					let config = initialConfig({isnClient, isnServer});
					for (const [side, pick, length, blind] of picks) {
						// Picking among the valid moves walks deep into the closing states; blind picks test
						// the rejections.
						const valid = validOptions(config.connection, side).map(({type}) => type);
						const pool = blind || valid.length === 0 ? actionTypes : valid;
						const move: Move = {side, action: actionOf(pool[pick % pool.length] ?? 'syn', length)};
						const {result, next} = stepFrom(config, move, 'instant');
						const found = breachesOf(config, move, result, next, 'instant');
						if (found.length > 0) throw new Error(JSON.stringify(found));
						config = next;
					}
				},
			),
			{numRuns: 500},
		);
	});
});

// The challenges: each is not done by its setup, is done by its solution (par moves, each accepted,
// none shorter), and is not fooled by the wrong routes a student would try.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {enChallenges} from '../../source/i18n/en-challenges.js';
import {type MessageKey, t} from '../../source/i18n/index.js';
import type {Challenge} from '../../source/learn/challenge.js';
import {challengeNamed, challenges} from '../../source/learn/challenges.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {explain} from '../../source/tcp/explain.js';
import {actionOf, type Move, type NetworkMode, validActions} from '../../source/tcp/machine.js';
import {netActionTypes} from '../../source/tcp/network.js';
import {
	createSession,
	type NetMove,
	play,
	type Session,
	undo,
	withNetwork,
} from '../../source/tcp/session.js';
import {type State, sides} from '../../source/tcp/states.js';
import {type Isns, isnPairs} from '../helpers/engine.js';
import {namedIn} from '../helpers/guides.js';
import {sessionStates} from '../helpers/move-keys.js';

const named = namedIn('challenge', challengeNamed);

/** Play steps in script syntax; a rejected step is a broken test. */
function playOn(from: Session, script: string): Session {
	let session = from;
	for (const parsed of script.trim() === '' ? [] : parseSteps('en', script)) {
		session = play(session, parsed.move, parsed.input);
		const last = session.steps.at(-1);
		if (!last?.result.verdict.ok) {
			const why = last ? explain('en', last.result.verdict) : 'no step recorded';
			throw new Error(`step ${parsed.input} rejected: ${why}`);
		}
	}
	return session;
}

/**
 * The session the student starts from: the setup, played in the challenge's network mode. Another
 * mode is switched to after it, as the student may with the key m.
 */
function started(challenge: Challenge, isns: Isns, network?: NetworkMode): Session {
	const session = playOn(
		createSession({...isns, network: challenge.network}),
		challenge.setup ?? '',
	);
	const switched = withNetwork(session, network ?? challenge.network);
	if (!switched) throw new Error(`${challenge.name}: cannot switch to ${network} after the setup`);
	return switched;
}

/** Every move that would be accepted now (data with the default length). */
function validMoves(session: Session): (Move | NetMove)[] {
	const moves: (Move | NetMove)[] = sides.flatMap((side) =>
		validActions(session.connection, side).map((type) => ({
			side,
			action: actionOf(type),
		})),
	);
	if (session.network === 'manual') {
		for (const type of netActionTypes) {
			for (let index = 1; index <= session.inFlight.length; index++) {
				moves.push({side: 'net', action: {type, index}});
			}
		}
	}
	return moves;
}

function movesOf(script: string): number {
	return script.trim() === '' ? 0 : parseSteps('en', script).length;
}

describe('the challenge list', () => {
	it('has the seven challenges, with unique kebab-case names found by challengeNamed()', () => {
		const names = challenges.map(({name}) => name);
		expect(names).toEqual(
			expect.arrayContaining([
				'establish',
				'server-closes',
				'client-time-wait',
				'refused',
				'half-close',
				'three-way-close',
				'closing',
			]),
		);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) {
			expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(challengeNamed(name)?.name).toBe(name);
		}
		expect(challengeNamed('nope')).toBeUndefined();
	});

	it.each(challenges)('$name has a title and a goal in the catalog', (challenge) => {
		for (const key of [challenge.title, challenge.goal]) {
			expect(key.startsWith('challenge.')).toBe(true);
			expect(key in enChallenges).toBe(true);
			expect(t('en', key).trim().length).toBeGreaterThan(5);
		}
		expect(challenge.title).not.toBe(challenge.goal);
		expect(t('en', challenge.goal)).toMatch(/\.$/);
	});

	it('uses every message of its catalog part, each non-empty', () => {
		const used = new Set(challenges.flatMap(({title, goal}) => [title, goal]));
		for (const [key, text] of Object.entries(enChallenges)) {
			expect(key.startsWith('challenge.')).toBe(true);
			expect(used.has(key as MessageKey)).toBe(true);
			expect(text.trim()).not.toBe('');
		}
	});
});

describe.each(challenges)('$name', (challenge) => {
	it.each(isnPairs)('is not done by its setup alone (ISNs $isnClient, $isnServer)', (isns) => {
		const session = started(challenge, isns);
		expect(session.steps.every((step) => step.result.verdict.ok)).toBe(true);
		expect(challenge.done(session)).toBe(false);
	});

	it.each(isnPairs)(
		'is done by its solution, every step accepted, and not one move before (ISNs $isnClient, $isnServer)',
		(isns) => {
			let session = started(challenge, isns);
			const setupSteps = session.steps.length;
			const moves = parseSteps('en', challenge.solution);
			for (const [index, parsed] of moves.entries()) {
				expect(challenge.done(session), `done before move ${index + 1}`).toBe(false);
				session = play(session, parsed.move, parsed.input);
				expect(session.steps.at(-1)?.result.verdict.ok, parsed.input).toBe(true);
			}
			expect(challenge.done(session)).toBe(true);
			// Par counts the student's moves only, as the screen does: steps not made by a peer.
			const par = session.steps.slice(setupSteps).filter((step) => !step.byPeer).length;
			expect(par).toBe(movesOf(challenge.solution));
			expect(par).toBeGreaterThan(0);
		},
	);

	it('is undone by undoing the last solution move', () => {
		const isns = isnPairs[0] ?? {isnClient: 100, isnServer: 300};
		const solved = playOn(started(challenge, isns), challenge.solution);
		expect(challenge.done(solved)).toBe(true);
		expect(challenge.done(undo(solved))).toBe(false);
	});

	it('cannot be done in fewer moves than par (every valid route, exhaustively)', () => {
		const par = movesOf(challenge.solution);
		let frontier = [started(challenge, {isnClient: 100, isnServer: 300})];
		const shortcuts: string[] = [];
		let explored = 0;
		for (let depth = 1; depth < par; depth++) {
			frontier = frontier.flatMap((session) =>
				validMoves(session).map((move) => play(session, move)),
			);
			explored += frontier.length;
			for (const session of frontier) {
				if (challenge.done(session)) shortcuts.push(session.steps.map((s) => s.input).join(' '));
			}
		}
		expect(shortcuts).toEqual([]);
		if (par > 1) expect(explored).toBeGreaterThan(0);
	});
});

/** Routes a student might take that look close but must not count. */
/** Moves in script syntax for a challenge, played in its own network mode or in `network`. */
type Route = {readonly name: string; readonly route: string; readonly network?: NetworkMode};

/** The route's challenge, and the session the route leads to from the challenge's start. */
function afterRoute({name, route, network}: Route, isns: Isns) {
	const challenge = named(name);
	return {challenge, session: playOn(started(challenge, isns, network), route)};
}

const wrongRoutes: readonly (Route & {
	readonly because: string;
	readonly states?: string;
})[] = [
	{
		name: 'establish',
		route: 'c:syn',
		because: 'a SYN to the closed server is refused',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'establish',
		route: 's:listen c:syn s:syn',
		because: 'the handshake lacks its third segment: only the client is ESTABLISHED',
		states: 'ESTABLISHED/SYN_RECEIVED',
	},
	{
		name: 'establish',
		route: 's:listen c:syn s:syn c:ack c:fin',
		because: 'the client has closed again',
		states: 'FIN_WAIT_1/CLOSE_WAIT',
	},
	{
		name: 'server-closes',
		route: 'c:fin s:ack s:fin c:ack c:timeout',
		because: 'the client closed first',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'server-closes',
		route: 'c:fin s:fin c:ack c:timeout',
		because: 'the client closed first, in three segments',
		states: 'CLOSED/CLOSED',
	},
	{name: 'server-closes', route: 's:rst', because: 'an abort is no close', states: 'CLOSED/CLOSED'},
	{
		name: 'server-closes',
		route: 's:fin s:rst',
		because: 'the FIN came first, but an abort ended it',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'server-closes',
		route: 's:fin c:ack c:rst',
		because: 'the client aborted in CLOSE_WAIT',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'server-closes',
		route: 's:fin c:fin s:ack s:rst',
		because: 'the server aborted TIME_WAIT instead of waiting (no RST is sent)',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'server-closes',
		route: 's:fin c:fin s:ack',
		because: 'the server is still in TIME_WAIT',
		states: 'CLOSED/TIME_WAIT',
	},
	{
		name: 'server-closes',
		route: 'c:fin s:ack s:fin c:ack c:timeout s:listen c:syn s:syn s:fin c:fin s:ack s:timeout',
		because: 'the client closed the connection; a later attempt never opened on the server',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'client-time-wait',
		route: 'c:fin s:ack',
		because: 'the client is in FIN_WAIT_2',
		states: 'FIN_WAIT_2/CLOSE_WAIT',
	},
	{
		name: 'client-time-wait',
		route: 's:fin c:ack c:fin s:ack',
		because: 'the server closed first, so the server waits',
		states: 'CLOSED/TIME_WAIT',
	},
	{
		name: 'client-time-wait',
		route: 'c:fin s:fin c:ack c:timeout',
		because: 'the client was in TIME_WAIT, and has left it',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'refused',
		route: 'c:syn s:syn s:rst',
		because: 'an abort in SYN_RECEIVED is not a refusal',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'refused',
		route: 'c:syn s:syn c:ack s:rst',
		because: 'an abort of an open connection is not a refusal',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'refused',
		route: 'c:syn c:fin',
		because: 'the client gave up by itself',
		states: 'CLOSED/SYN_RECEIVED',
	},
	{
		name: 'refused',
		route: 'c:syn s:rst',
		because: 'the server aborted with the SYN unanswered: an abort, not a refusal',
		states: 'CLOSED/CLOSED',
	},
	{name: 'refused', route: 's:fin', because: 'no SYN was sent', states: 'CLOSED/CLOSED'},
	{
		name: 'refused',
		route: 's:fin c:syn s:syn net:deliver:2 s:fin s:syn c:syn net:deliver:3 net:deliver:3',
		because: "the RST answers the client's SYN,ACK, from a server in SYN_SENT",
		network: 'manual',
		states: 'CLOSED/SYN_SENT',
	},
	{
		name: 'refused',
		route: 's:fin c:syn net:deliver',
		because: 'the RST is still in flight',
		network: 'manual',
		states: 'SYN_SENT/CLOSED',
	},
	{
		name: 'refused',
		route: 's:fin c:syn net:deliver c:fin net:deliver',
		because: 'the client gave up before the RST arrived',
		network: 'manual',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'refused',
		route: 's:fin c:syn net:deliver net:drop',
		because: 'the RST was lost',
		network: 'manual',
		states: 'SYN_SENT/CLOSED',
	},
	{
		name: 'half-close',
		route: 'c:fin s:ack s:fin c:ack c:timeout',
		because: 'the server sent no data',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'half-close',
		route: 's:data c:ack c:fin s:ack s:fin c:ack c:timeout',
		because: "the server's data came before the client's FIN",
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'half-close',
		route: 'c:fin s:data net:deliver net:deliver s:fin net:deliver c:ack net:deliver c:timeout',
		because: "the server's data left before the client's FIN arrived, in ESTABLISHED",
		network: 'manual',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'half-close',
		route:
			'c:fin s:data net:deliver net:drop s:ack s:timeout net:deliver net:deliver s:fin net:deliver c:ack net:deliver c:timeout',
		because: 'in CLOSE_WAIT the server only resent the data it sent in ESTABLISHED',
		network: 'manual',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'half-close',
		route: 'c:fin s:data s:rst',
		because: 'the server aborted after its data',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'half-close',
		route: 'c:fin s:data s:fin c:ack c:rst',
		because: 'the client aborted TIME_WAIT',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'half-close',
		route: 'c:fin s:data s:fin c:ack',
		because: 'the client is still in TIME_WAIT',
		states: 'TIME_WAIT/CLOSED',
	},
	{
		name: 'half-close',
		route: 's:fin c:data s:ack c:fin s:ack s:timeout',
		because: 'the client sent the data, after the server closed first',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'three-way-close',
		route: 'c:fin s:ack s:fin c:ack',
		because: 'four segments',
		states: 'TIME_WAIT/CLOSED',
	},
	{
		name: 'three-way-close',
		route: 's:fin c:fin s:ack s:timeout',
		because: 'the server closed first',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'three-way-close',
		route: 'c:fin s:ack s:rst',
		because: 'three segments, but the last is an RST',
		states: 'CLOSED/CLOSED',
	},
	{
		name: 'three-way-close',
		route: 'c:fin s:fin',
		because: 'the last ACK is missing',
		states: 'TIME_WAIT/LAST_ACK',
	},
	{
		name: 'three-way-close',
		route: 'c:fin net:deliver s:fin net:deliver c:ack',
		because: 'the last ACK has not arrived',
		network: 'manual',
		states: 'TIME_WAIT/LAST_ACK',
	},
	{
		name: 'three-way-close',
		route: 'c:fin net:deliver s:fin net:deliver c:ack net:drop s:timeout net:deliver net:deliver',
		because: 'the last ACK was lost: the FIN,ACK was sent again and ACKed again',
		network: 'manual',
		states: 'TIME_WAIT/CLOSED',
	},
	{
		name: 'three-way-close',
		route: 'c:fin s:fin net:deliver net:deliver c:ack s:ack net:deliver net:deliver',
		because: 'the FINs crossed: a simultaneous close',
		network: 'manual',
		states: 'TIME_WAIT/TIME_WAIT',
	},
	{
		name: 'closing',
		route: 'c:fin s:fin',
		because: 'both FINs are in flight, and neither has arrived',
		states: 'FIN_WAIT_1/FIN_WAIT_1',
	},
	{
		name: 'closing',
		route: 'c:fin s:fin net:drop net:drop',
		because: 'both FINs were lost',
		states: 'FIN_WAIT_1/FIN_WAIT_1',
	},
	{
		name: 'closing',
		route: 'c:fin net:deliver s:fin net:deliver',
		because:
			"the server's FIN,ACK acknowledged the client's FIN as it arrived: straight to TIME_WAIT",
		states: 'TIME_WAIT/LAST_ACK',
	},
	{
		name: 'closing',
		route: 'c:fin net:deliver s:ack net:deliver s:fin net:deliver c:ack net:deliver',
		because: 'a close one after the other',
		states: 'TIME_WAIT/CLOSED',
	},
	{
		name: 'closing',
		route: 'c:fin net:deliver s:fin',
		because: 'the server acknowledged the FIN with its own: LAST_ACK',
		states: 'FIN_WAIT_1/LAST_ACK',
	},
];

describe.each(wrongRoutes)('$name is not done by "$route": $because', (wrong) => {
	it.each(isnPairs)('ISNs $isnClient, $isnServer', (isns) => {
		const {challenge, session} = afterRoute(wrong, isns);
		if (wrong.states) expect(sessionStates(session)).toBe(wrong.states);
		expect(challenge.done(session)).toBe(false);
	});
});

/** Other routes that must count, so that the checks are not tied to the par solution. */
const otherRoutes: readonly Route[] = [
	{name: 'establish', route: 's:listen c:syn s:syn c:data s:ack'},
	{
		name: 'establish',
		route: 's:listen c:syn net:deliver s:syn net:deliver c:ack net:deliver',
		network: 'manual',
	},
	{name: 'server-closes', route: 's:fin c:ack c:fin s:ack s:timeout'},
	{name: 'server-closes', route: 's:data c:ack s:fin c:fin s:ack s:timeout'},
	{
		name: 'server-closes',
		route:
			's:fin c:fin net:deliver net:deliver c:ack s:ack net:deliver net:deliver c:timeout s:timeout',
		network: 'manual',
	},
	{name: 'client-time-wait', route: 'c:fin s:ack s:fin c:ack'},
	{name: 'client-time-wait', route: 'c:fin s:ack s:fin'},
	{
		name: 'client-time-wait',
		route: 'c:fin net:deliver s:ack net:deliver s:fin net:deliver',
		network: 'manual',
	},
	{name: 'refused', route: 's:fin c:syn net:deliver net:deliver', network: 'manual'},
	{name: 'refused', route: 'c:syn s:syn c:ack c:fin s:fin c:ack c:timeout c:syn'},
	{name: 'half-close', route: 'c:fin s:ack s:data c:ack s:data:500 s:fin c:ack c:timeout'},
	{name: 'three-way-close', route: 'c:fin s:fin c:ack c:timeout'},
	{name: 'three-way-close', route: 'c:data s:ack c:fin s:fin c:ack'},
	{
		name: 'three-way-close',
		route: 'c:fin net:deliver s:fin net:deliver c:ack net:deliver',
		network: 'manual',
	},
	{name: 'closing', route: 'c:fin s:fin net:deliver net:deliver c:ack'},
	{name: 'closing', route: 'c:fin s:fin net:deliver net:deliver'},
	{name: 'closing', route: 'c:fin s:fin net:deliver:2 c:ack'},
];

describe.each(otherRoutes)('$name is also done by "$route"', (other) => {
	it.each(isnPairs)('ISNs $isnClient, $isnServer', (isns) => {
		const {challenge, session} = afterRoute(other, isns);
		expect(challenge.done(session)).toBe(true);
	});
});

/** What each challenge's done() implies about the states, whatever route led there. */
const implied: Readonly<Record<string, (client: State, server: State) => boolean>> = {
	establish: (client, server) => client === 'ESTABLISHED' && server === 'ESTABLISHED',
	'server-closes': (client, server) => client === 'CLOSED' && server === 'CLOSED',
	'client-time-wait': (client) => client === 'TIME_WAIT',
	refused: (client) => client === 'CLOSED',
	'half-close': (client, server) => client === 'CLOSED' && server === 'CLOSED',
	'three-way-close': (client, server) =>
		server === 'CLOSED' && (client === 'CLOSED' || client === 'TIME_WAIT'),
	closing: (client, server) => client === 'CLOSING' || server === 'CLOSING',
};

const sequenceNumber = fc.oneof(
	fc.integer({min: 0, max: 2 ** 32 - 1}),
	fc.integer({min: 2 ** 32 - 70_000, max: 2 ** 32 - 1}),
);

/**
 * One step of a random route: mostly a valid move picked at random, sometimes the solution's next
 * move (so that the goal is reached often enough to test what done() implies), sometimes an undo.
 */
type Pick = readonly [roll: number, choice: number];

const pickArbitrary: fc.Arbitrary<Pick> = fc.tuple(
	fc.integer({min: 0, max: 99}),
	fc.noBias(fc.integer({min: 0, max: 2 ** 31 - 1})),
);

describe('random routes from the setup', () => {
	it('every challenge has its implication listed', () => {
		expect(Object.keys(implied).sort()).toEqual(challenges.map(({name}) => name).sort());
	});

	it.each(challenges)(
		'$name: done() never throws, and when it holds the states are the goal states',
		(challenge) => {
			const check = implied[challenge.name];
			if (!check) throw new Error(`no implication for ${challenge.name}`);
			const solution = parseSteps('en', challenge.solution);
			let doneSeen = 0;
			let notDoneSeen = 0;
			fc.assert(
				fc.property(
					sequenceNumber,
					sequenceNumber,
					fc.constantFrom<NetworkMode | undefined>(undefined, undefined, 'manual', 'instant'),
					fc.array(pickArbitrary, {maxLength: 40}),
					(isnClient, isnServer, network, picks) => {
						let session = started(challenge, {isnClient, isnServer}, network);
						const setupSteps = session.steps.length;
						let next = 0;
						for (const [roll, choice] of picks) {
							const moves = validMoves(session);
							const planned = solution[next];
							if (roll < 10) {
								if (session.steps.length > setupSteps) session = undo(session);
							} else if (roll < 45 && planned) {
								// Played even when rejected now: a rejected step is history too.
								session = play(session, planned.move, planned.input);
								next++;
							} else {
								const move = moves[choice % moves.length];
								if (move) session = play(session, move);
							}
							const {client, server} = session.connection;
							if (!challenge.done(session)) {
								notDoneSeen++;
								continue;
							}
							doneSeen++;
							if (!check(client.state, server.state)) {
								const path = session.steps.map((step) => step.input).join(' ');
								throw new Error(`done in ${client.state}/${server.state} after ${path}`);
							}
						}
					},
				),
				// Seeded: whether random play reaches a goal must not change from run to run.
				{numRuns: 300, seed: 20_261_128},
			);
			// The property means little unless random play both reaches the goal and misses it.
			expect(doneSeen).toBeGreaterThan(0);
			expect(notDoneSeen).toBeGreaterThan(0);
		},
	);
});

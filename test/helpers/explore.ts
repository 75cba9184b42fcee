// Exhaustive exploration of the engine: every configuration (both endpoints and the segments in
// flight) reachable by moves, breadth first, with the rules every step must keep. The rules are
// plain checks that collect breaches, so that a few hundred thousand steps stay fast.
import {parseSteps} from '../../source/script/parse-steps.js';
import {type Endpoint, obligationOf} from '../../source/tcp/endpoint.js';
import {say} from '../../source/tcp/explain.js';
import {
	type ActionType,
	actionOf,
	actionTypes,
	type Connection,
	type ConnectionOptions,
	createConnection,
	type Flight,
	flightsOf,
	type Move,
	type NetworkMode,
	type Option,
	type Transition,
	transition,
	validOptions,
} from '../../source/tcp/machine.js';
import type {Message} from '../../source/tcp/message.js';
import {
	type NetAction,
	type NetActionType,
	netActionTypes,
	netStep,
} from '../../source/tcp/network.js';
import {type Flag, has, type Segment, seqDiff, seqLe, seqLt} from '../../source/tcp/segment.js';
import {peerOf, type Side, type State, sides, states} from '../../source/tcp/states.js';

/** What the endpoints' variables cannot tell: whether the peer's FIN was in when a side sent its own. */
export type ClosedSecond = Readonly<Record<Side, boolean>>;

export type Config = {
	readonly connection: Connection;
	readonly inFlight: readonly Flight[];
	readonly closedSecond: ClosedSecond;
	/** Nothing was lost on the way and nobody aborted, since the start. */
	readonly clean: boolean;
};

export type NetMove = {readonly side: 'net'; readonly action: NetAction};

/** What one endpoint has sent and received, read from its variables alone (never its state). */
export type Facts = {
	readonly synSent: boolean;
	readonly synAcked: boolean;
	readonly finSent: boolean;
	readonly finAcked: boolean;
	readonly peerSyn: boolean;
	readonly peerFin: boolean;
};

export function factsOf(me: Endpoint): Facts {
	const synSent = me.sndNxt !== me.iss;
	// SND.NXT - ISS counts the SYN, every byte sent, and the FIN once it is out.
	const finSent = synSent && seqDiff(me.iss, me.sndNxt) === me.bytesSent + 2;
	const peerSyn = me.irs !== null && me.rcvNxt !== null;
	// RCV.NXT - IRS counts the peer's SYN, every byte taken, and the peer's FIN once it is in.
	const peerFin =
		me.irs !== null && me.rcvNxt !== null && seqDiff(me.irs, me.rcvNxt) === me.bytesReceived + 2;
	return {
		synSent,
		synAcked: synSent && seqLt(me.iss, me.sndUna),
		finSent,
		finAcked: finSent && me.sndUna === me.sndNxt,
		peerSyn,
		peerFin,
	};
}

/**
 * The oracle: the state RFC 9293 Figure 5 gives an endpoint for what it has sent and received.
 * No SYN either way: CLOSED, or LISTEN after a passive OPEN. Own SYN out, none in: SYN-SENT. The
 * peer's SYN in and the own SYN not acknowledged: SYN-RECEIVED; acknowledged: ESTABLISHED. The
 * peer's FIN in first: CLOSE-WAIT, then LAST-ACK once the own FIN is out. The own FIN out first:
 * FIN-WAIT-1; FIN-WAIT-2 once it is acknowledged; CLOSING if the peer's FIN comes before that
 * ACK; TIME-WAIT with both.
 */
export function oracleState(me: Endpoint, closedSecond: boolean): State {
	const f = factsOf(me);
	if (!f.synSent && !f.peerSyn) return me.passive ? 'LISTEN' : 'CLOSED';
	if (!f.peerSyn) return 'SYN_SENT';
	if (f.finSent) {
		if (closedSecond) return 'LAST_ACK';
		if (f.peerFin) return f.finAcked ? 'TIME_WAIT' : 'CLOSING';
		return f.finAcked ? 'FIN_WAIT_2' : 'FIN_WAIT_1';
	}
	if (f.peerFin) return 'CLOSE_WAIT';
	return f.synAcked ? 'ESTABLISHED' : 'SYN_RECEIVED';
}

function nextClosedSecond(before: Connection, after: Connection, was: ClosedSecond): ClosedSecond {
	const next = (side: Side): boolean => {
		if (!factsOf(after[side]).finSent) return false;
		const then = factsOf(before[side]);
		return then.finSent ? was[side] : then.peerFin;
	};
	return {client: next('client'), server: next('server')};
}

export function initialConfig(options: ConnectionOptions): Config {
	return {
		connection: createConnection(options),
		inFlight: [],
		closedSecond: {client: false, server: false},
		clean: true,
	};
}

/** The configuration a step leads to, given the segments it left in flight. */
export function configAfter(
	before: Config,
	move: Move | NetMove,
	result: Transition,
	inFlight: readonly Flight[],
): Config {
	const lossOrAbort = move.action.type === 'drop' || move.action.type === 'rst';
	return {
		connection: result.connection,
		inFlight,
		closedSecond: nextClosedSecond(before.connection, result.connection, before.closedSecond),
		clean: before.clean && !(result.verdict.ok && lossOrAbort),
	};
}

/** One step from a configuration, as a session plays it (without an automatic peer). */
export function stepFrom(
	config: Config,
	move: Move | NetMove,
	network: NetworkMode,
): {result: Transition; next: Config} {
	if (move.side === 'net') {
		const net = netStep(config.connection, config.inFlight, move.action);
		return {result: net.transition, next: configAfter(config, move, net.transition, net.inFlight)};
	}
	const result = transition(config.connection, move, network);
	const inFlight = result.verdict.ok ? [...config.inFlight, ...flightsOf(result)] : config.inFlight;
	return {result, next: configAfter(config, move, result, inFlight)};
}

/** Play moves in script syntax ('c:syn net:deliver c:data'); a rejected one is a broken test. */
export function playScript(
	from: Config,
	script: string,
	network: NetworkMode,
	dataLength = 10,
): Config {
	let config = from;
	for (const {move, input} of script.trim() === '' ? [] : parseSteps('en', script)) {
		const sized =
			move.side !== 'net' && move.action.type === 'data'
				? {...move, action: actionOf('data', dataLength)}
				: move;
		const {result, next} = stepFrom(config, sized, network);
		if (!result.verdict.ok) throw new Error(`setup step ${input} rejected`);
		config = next;
	}
	return config;
}

export const rules = {
	oracle: 'a side shows the Figure 5 state for what it has sent and received',
	variables: 'the sequence variables and the obligation agree with each other',
	segments: 'a segment is built from its sender’s variables',
	arcs: 'an explanation names each change "A → B" from the state on screen, and every change',
	rejected: 'a rejected move changes nothing and lists the valid moves',
	options: 'a valid move is accepted and sends the flags its option named',
	calls:
		'a move changes its side’s state only by a user call (OPEN, CLOSE, ABORT) or the 2MSL timeout',
	network: 'the network carries segments as asked, and only the receiver changes',
} as const;

export type Rule = keyof typeof rules;

export type Breach = {readonly rule: Rule; readonly what: string};

type Fail = (rule: Rule, what: string) => void;

function sameFlights(actual: readonly Flight[], expected: readonly Flight[]): boolean {
	return (
		actual.length === expected.length &&
		actual.every((flight, index) => flight.segment === expected[index]?.segment)
	);
}

function sameFlags(a: readonly Flag[] | null, b: readonly Flag[] | null): boolean {
	return a === b || (a !== null && b !== null && a.join() === b.join());
}

function sameOptions(a: readonly Option[] | null, b: readonly Option[]): boolean {
	return (
		a !== null &&
		a.length === b.length &&
		a.every((option, index) => {
			const other = b[index];
			return other?.type === option.type && sameFlags(option.sends, other.sends);
		})
	);
}

/** What must hold of any configuration, whatever led to it. */
function checkConfig(config: Config, fail: Fail): void {
	const {connection} = config;
	for (const side of sides) {
		const me = connection[side];
		const peer = connection[peerOf(side)];
		const f = factsOf(me);
		const expected = oracleState(me, config.closedSecond[side]);
		if (me.state !== expected) fail('oracle', `${side} shows ${me.state}, Figure 5: ${expected}`);
		if (!seqLe(me.sndUna, me.sndNxt)) fail('variables', `${side}: SND.UNA beyond SND.NXT`);
		if (me.rcvNxt !== null && me.ackSent !== null && !seqLe(me.ackSent, me.rcvNxt)) {
			fail('variables', `${side}: acknowledged ${me.ackSent}, beyond RCV.NXT ${me.rcvNxt}`);
		}
		// RCV.NXT never passes what this incarnation of the peer has sent.
		if (me.rcvNxt !== null && me.irs === peer.iss && !seqLe(me.rcvNxt, peer.sndNxt)) {
			fail('variables', `${side}: RCV.NXT ${me.rcvNxt} beyond the peer's SND.NXT`);
		}
		for (const piece of me.held) {
			if (me.rcvNxt === null || !seqLt(me.rcvNxt, piece.seq)) {
				fail('variables', `${side}: holds seq ${piece.seq}, RCV.NXT is ${me.rcvNxt}`);
			}
		}
		const owed = obligationOf(me);
		const owes = me.rcvNxt !== null && me.ackSent !== me.rcvNxt;
		if ((owed !== 'none') !== owes) fail('variables', `${side}: owes ${owed}, ACK ${me.ackSent}`);
		if (owed === 'synAckForSyn') {
			if (me.state !== 'SYN_RECEIVED') fail('variables', `${side}: owes SYN,ACK in ${me.state}`);
			// A passive side has sent nothing before its SYN,ACK: SND.NXT is still ISS.
			if (me.passive && f.synSent) fail('variables', `${side}: SND.NXT moved before SYN,ACK`);
		}
		if (owed === 'ackForFin' && !f.peerFin) fail('variables', `${side}: owes ACK of no FIN`);
		if (owed === 'ackForSynAck' && !f.synAcked)
			fail('variables', `${side}: owes ACK of no SYN,ACK`);
	}
	for (const {segment} of config.inFlight) {
		if ((segment.ack === null) === has(segment, 'ACK')) fail('segments', 'ack field vs ACK flag');
	}
}

const arrow = new RegExp(`\\b(${states.join('|')}) → (${states.join('|')})\\b`, 'g');

/** The "A → B" pairs a sentence names, in English. */
export function arcsIn(text: string): Array<[State, State]> {
	return [...text.matchAll(arrow)].map((match) => [match[1] as State, match[2] as State]);
}

type Said = {readonly arcs: Array<[State, State]>; readonly placeholder: boolean};

const saidBefore = new Map<string, Said>();

/**
 * What a message says in English: the arcs it names, and whether a placeholder was left unfilled.
 * Only its words (side and state names) can name a state, never its numbers, so each message is
 * rendered once per key, words and parameter names.
 */
function said(message: Message): Said {
	let id: string = message.key;
	for (const name in message.params) {
		const value = message.params[name];
		id += typeof value === 'string' ? `|${name}=${value}` : `|${name}`;
	}
	let known = saidBefore.get(id);
	if (known === undefined) {
		const text = say('en', message);
		known = {arcs: arcsIn(text), placeholder: /\{\w+\}/.test(text)};
		saidBefore.set(id, known);
	}
	return known;
}

function sideOf(message: Message): Side | null {
	const me = message.params['me'];
	return me === 'client' || me === 'server' ? me : null;
}

/**
 * Every "A → B" an explanation names, sentence by sentence and for the side the sentence is about,
 * starts from the state that side was in: on screen before the move, or reached by the change named
 * before it. By the end, every state change has been named.
 */
function checkExplanation(before: Connection, result: Transition, fail: Fail): void {
	const {verdict} = result;
	const messages = verdict.ok ? verdict.because : [verdict.because];
	const shown: Record<Side, State> = {client: before.client.state, server: before.server.state};
	for (const message of messages) {
		const {arcs, placeholder} = said(message);
		if (placeholder) fail('arcs', `${message.key} leaves a placeholder unfilled`);
		if (arcs.length === 0) continue;
		const side = sideOf(message);
		if (!side) {
			fail('arcs', `${message.key} names ${arcs.join(' ')} for no side`);
			continue;
		}
		for (const [from, to] of arcs) {
			if (from !== shown[side]) {
				fail('arcs', `${message.key}: ${side} ${from} → ${to}, but ${shown[side]} on screen`);
			}
			shown[side] = to;
		}
	}
	for (const side of sides) {
		const now = result.connection[side].state;
		if (shown[side] !== now) fail('arcs', `${side} became ${now}, unnamed (${shown[side]})`);
	}
}

function checkSideMove(
	before: Config,
	move: Move,
	offered: readonly Option[],
	result: Transition,
	next: Config,
	network: NetworkMode,
	fail: Fail,
): void {
	const option = offered.find(({type}) => type === move.action.type);
	const {verdict} = result;
	const what = `${move.side} ${move.action.type}`;
	if (!verdict.ok) {
		if (option) fail('options', `${what} rejected but offered`);
		if (result.connection !== before.connection) fail('rejected', `${what} changed an endpoint`);
		if (result.happenings.length > 0) fail('rejected', `${what} has happenings`);
		if (result.segments.length > 0) fail('rejected', `${what} sent a segment`);
		if (!sameFlights(next.inFlight, before.inFlight)) fail('rejected', `${what} changed flights`);
		if (!sameOptions(verdict.validNow, offered)) {
			fail('rejected', `${what}: validNow ${JSON.stringify(verdict.validNow)} ≠ validOptions()`);
		}
		return;
	}
	if (!option) {
		fail('options', `${what} accepted but not offered`);
		return;
	}
	const mover = before.connection[move.side];
	const own = result.happenings[0];
	// The first happening shows the mover as the move left it (an arrival changes the receiver).
	const to = own?.states[move.side] ?? mover.state;
	if (!userCall(move.action.type, mover.state, to))
		fail('calls', `${what}: ${mover.state} → ${to}`);
	const segment = own && !own.auto ? own.segment : null;
	if (!sameFlags(segment?.flags ?? null, option.sends)) {
		fail('options', `${what} offered ${option.sends} and sent ${segment?.flags}`);
	}
	if (result.happenings.slice(1).some(({auto}) => !auto)) fail('segments', `${what}: two sent`);
	if (network === 'manual') {
		const peer = peerOf(move.side);
		if (result.connection[peer] !== before.connection[peer]) fail('network', `${what}: peer`);
		if (!sameFlights(next.inFlight, [...before.inFlight, ...flightsOf(result)])) {
			fail('network', `${what}: the segment sent is not appended to those in flight`);
		}
	}
	if (!segment) return;
	if (segment.from !== move.side || segment.to !== peerOf(move.side)) fail('segments', what);
	const resent = own?.retransmission === true;
	const seq = has(segment, 'SYN') ? mover.iss : resent ? mover.sndUna : mover.sndNxt;
	if (segment.seq !== seq) fail('segments', `${what}: seq ${segment.seq}, expected ${seq}`);
	if (has(segment, 'ACK') !== (mover.rcvNxt !== null)) fail('segments', `${what}: ACK flag`);
	if (segment.ack !== mover.rcvNxt) fail('segments', `${what}: ack ${segment.ack}`);
	const len = move.action.type === 'data' ? move.action.length : 0;
	if (!resent && segment.len !== len) fail('segments', `${what}: len ${segment.len}`);
}

/**
 * The arcs of Figure 5 a move makes itself: OPEN (active from CLOSED, or SEND from LISTEN), passive
 * OPEN, CLOSE (§3.10.4), ABORT (§3.10.5) and the 2MSL timeout. Sending what is owed changes nothing.
 */
function userCall(type: ActionType, from: State, to: State): boolean {
	if (from === to) return true;
	switch (type) {
		case 'syn':
			return (from === 'CLOSED' || from === 'LISTEN') && to === 'SYN_SENT';
		case 'listen':
			return from === 'CLOSED' && to === 'LISTEN';
		case 'fin':
			if (from === 'ESTABLISHED' || from === 'SYN_RECEIVED') return to === 'FIN_WAIT_1';
			if (from === 'CLOSE_WAIT') return to === 'LAST_ACK';
			return (from === 'LISTEN' || from === 'SYN_SENT') && to === 'CLOSED';
		case 'rst':
			return to === 'CLOSED';
		case 'timeout':
			return from === 'TIME_WAIT' && to === 'CLOSED';
		case 'ack':
		case 'data':
			return false;
	}
}

/** Replies a TCP sends by itself: an RST, or <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and nothing more. */
function checkReplies(result: Transition, fail: Fail): void {
	for (const [index, {segment, auto}] of result.happenings.entries()) {
		if (!segment || !auto || index === 0) continue;
		if (segment.len > 0) fail('segments', 'an automatic reply carries data');
		if (!has(segment, 'RST') && segment.flags.join() !== 'ACK') {
			fail('segments', `an automatic reply with ${segment.flags}`);
		}
	}
}

function checkNetMove(
	before: Config,
	move: NetMove,
	result: Transition,
	next: Config,
	fail: Fail,
): void {
	const flight = before.inFlight[move.action.index - 1];
	const {verdict} = result;
	if (!verdict.ok) {
		// Only a segment that is not in flight can be refused, and the refusal changes nothing.
		if (flight) fail('network', `net ${move.action.type} ${move.action.index} refused`);
		if (result.connection !== before.connection) fail('rejected', 'a net step changed an endpoint');
		if (!sameFlights(next.inFlight, before.inFlight))
			fail('rejected', 'a net step changed flights');
		if (verdict.validNow !== null) fail('rejected', 'a refused net step lists moves');
		return;
	}
	if (!flight) {
		fail('network', `net ${move.action.type} ${move.action.index}: nothing there, yet accepted`);
		return;
	}
	const others = before.inFlight.filter((_, at) => at !== move.action.index - 1);
	const {from, to} = flight.segment;
	switch (move.action.type) {
		case 'deliver': {
			const replies = flightsOf(result);
			if (result.happenings[0]?.segment !== flight.segment) fail('network', 'delivered another');
			if (replies.length > 1) fail('network', 'more than one reply to one arrival');
			if (!sameFlights(next.inFlight, [...others, ...replies])) fail('network', 'deliver: flights');
			if (result.connection[from] !== before.connection[from]) fail('network', 'sender changed');
			const reply = replies[0]?.segment;
			if (reply && reply.from !== to) fail('network', 'a reply from the sender');
			if (reply && !has(reply, 'RST')) {
				const receiver = result.connection[to];
				if (reply.seq !== receiver.sndNxt) fail('segments', `reply seq ${reply.seq} ≠ SND.NXT`);
				if (reply.ack !== receiver.rcvNxt) fail('segments', `reply ack ${reply.ack} ≠ RCV.NXT`);
			}
			return;
		}
		case 'drop':
			if (result.connection !== before.connection) fail('network', 'a drop changed an endpoint');
			if (!sameFlights(next.inFlight, others)) fail('network', 'drop: flights');
			return;
		case 'dup':
			if (result.connection !== before.connection) fail('network', 'a dup changed an endpoint');
			if (!sameFlights(next.inFlight, [...before.inFlight, flight]))
				fail('network', 'dup: flights');
			return;
	}
}

/** Every rule, for one step from `before` to `next`. */
export function breachesOf(
	before: Config,
	move: Move | NetMove,
	result: Transition,
	next: Config,
	network: NetworkMode,
	offered: readonly Option[] = move.side === 'net'
		? []
		: validOptions(before.connection, move.side),
	/** Check the configuration reached too (the search does that once per configuration instead). */
	checkReached = true,
): Breach[] {
	const found: Breach[] = [];
	const fail: Fail = (rule, what) => {
		found.push({rule, what});
	};
	if (move.side === 'net') checkNetMove(before, move, result, next, fail);
	else checkSideMove(before, move, offered, result, next, network, fail);
	checkExplanation(before.connection, result, fail);
	checkReplies(result, fail);
	if (result.verdict.ok && checkReached) checkConfig(next, fail);
	return found;
}

export type ExploreOptions = ConnectionOptions & {
	readonly network: NetworkMode;
	readonly maxInFlight: number;
	/** Data segments each side may send per connection (the same for both, or per side). */
	readonly dataSegments: number | Readonly<Record<Side, number>>;
	readonly dataLength: number;
	/** Connections each side may start: moves and arrivals that would start one more are not followed. */
	readonly connections: number;
	/** Moves in script syntax that lead to where the search starts (default: the very start). */
	readonly start?: string;
	/** The endpoints' moves to try (all of them unless given). */
	readonly sideMoves?: readonly ActionType[];
	/** The network's moves to try (all of them unless given). */
	readonly netMoves?: readonly NetActionType[];
};

type Tally = {count: number; examples: string[]};

export type Exploration = {
	readonly configs: number;
	readonly edges: number;
	/** Per rule, how many steps broke it, and the first few, each with the moves that led there. */
	readonly breaches: Record<Rule, Tally>;
	/** Configurations from which no valid moves (ABORT and the timer too) and deliveries lead to both sides CLOSED with nothing in flight. */
	readonly stuck: Tally;
	/** Configurations reached with nothing lost and no ABORT, from which no such moves (ABORT excluded) lead to both sides CLOSED. */
	readonly stuckClean: Tally;
	readonly cleanConfigs: number;
	readonly reached: Record<Side, Set<State>>;
	/** Every message key of every step, accepted or rejected. */
	readonly keys: Set<string>;
	/** For each named predicate, the shortest moves to a configuration where it holds. */
	readonly firsts: Map<string, string>;
};

const endpointKeys = new WeakMap<Endpoint, string>();

/** An endpoint's identity; an endpoint a move leaves alone is the same object, keyed once. */
function endpointKey(me: Endpoint): string {
	let key = endpointKeys.get(me);
	if (key === undefined) {
		key = spellEndpoint(me);
		endpointKeys.set(me, key);
	}
	return key;
}

function spellEndpoint(me: Endpoint): string {
	const held = me.held.map((piece) => `${piece.seq}+${piece.len}${piece.fin ? 'F' : ''}`).join(';');
	return [
		me.state,
		me.iss,
		me.irs,
		me.sndUna,
		me.sndNxt,
		me.rcvNxt,
		me.ackSent,
		me.passive ? 'p' : 'a',
		me.bytesSent,
		me.bytesReceived,
		held,
		me.twoWay ? 'w' : '',
	].join(',');
}

function segmentKey(segment: Segment): string {
	return `${segment.from[0]}${segment.flags.join('')}${segment.seq}/${segment.ack}/${segment.len}`;
}

/** The configuration's identity: what the engine's answers depend on, not how they are drawn. */
export function configKey(config: Config): string {
	const {client, server} = config.connection;
	return [
		endpointKey(client),
		endpointKey(server),
		config.inFlight.map(({segment}) => segmentKey(segment)).join(' '),
		config.closedSecond.client ? 1 : 0,
		config.closedSecond.server ? 1 : 0,
		config.clean ? 'clean' : '',
	].join('|');
}

/**
 * How many connections an endpoint has started (OPEN, or a SYN taken in LISTEN): each one that
 * ended moved its ISN on by at least 64,000, and a state other than CLOSED or LISTEN is one more.
 */
function started(me: Endpoint, isn: number): number {
	const ended = Math.floor(seqDiff(isn, me.iss) / 64_000);
	return ended + (me.state === 'CLOSED' || me.state === 'LISTEN' ? 0 : 1);
}

function spell(move: Move | NetMove): string {
	if (move.side === 'net') return `net:${move.action.type}:${move.action.index}`;
	return `${move.side[0]}:${move.action.type}`;
}

function tally(): Tally {
	return {count: 0, examples: []};
}

function add(to: Tally, example: () => string): void {
	to.count++;
	if (to.examples.length < 5) to.examples.push(example());
}

/** Mark live every configuration from which a live one can be reached, backwards over `reverse`. */
function liveness(live: boolean[], reverse: readonly number[][]): void {
	const pending = live.flatMap((isLive, node) => (isLive ? [node] : []));
	for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
		for (const earlier of reverse[node] ?? []) {
			if (live[earlier]) continue;
			live[earlier] = true;
			pending.push(earlier);
		}
	}
}

/**
 * Breadth first from the start: every move of both sides (a rejected one once per endpoint, since
 * it depends on the mover alone) and, with a manual network, every deliver, drop and dup. A
 * configuration is new when its key is. Not followed: a send or dup beyond maxInFlight segments,
 * data beyond dataSegments, a connection beyond `connections`. Then liveness, by reverse
 * reachability over the graph of valid moves and deliveries (no drop, no dup): from every
 * configuration, both sides must be able to reach CLOSED with nothing left in flight; and from
 * every clean one, without ABORT.
 */
export function explore(
	options: ExploreOptions,
	want: Readonly<Record<string, (config: Config) => boolean>> = {},
): Exploration {
	const {network, maxInFlight, dataSegments, dataLength} = options;
	const start = playScript(initialConfig(options), options.start ?? '', network, dataLength);
	const isn: Record<Side, number> = {client: options.isnClient, server: options.isnServer};
	const within = (config: Config) =>
		sides.every((side) => started(config.connection[side], isn[side]) <= options.connections);
	const done = (config: Config) =>
		config.inFlight.length === 0 &&
		config.connection.client.state === 'CLOSED' &&
		config.connection.server.state === 'CLOSED';

	const ids = new Map<string, number>([[configKey(start), 0]]);
	const queue: Array<Config | null> = [start];
	const parent: number[] = [-1];
	const via: string[] = [''];
	const clean: boolean[] = [start.clean];
	const finished: boolean[] = [done(start)];
	const reverse: number[][] = [[]];
	const reverseClean: number[][] = [[]];
	const breaches = Object.fromEntries(Object.keys(rules).map((rule) => [rule, tally()])) as Record<
		Rule,
		Tally
	>;
	const reached: Record<Side, Set<State>> = {client: new Set(), server: new Set()};
	const keys = new Set<string>();
	const firsts = new Map<string, string>();
	const rejectionsSeen = new Set<string>();
	let edges = 0;

	const pathTo = (node: number, last?: string): string => {
		const moves: string[] = last ? [last] : [];
		for (let at = node; at > 0; at = parent[at] ?? 0) moves.push(via[at] ?? '?');
		return moves.reverse().join(' ');
	};

	for (let node = 0; node < queue.length; node++) {
		const config = queue[node];
		if (!config) continue;
		queue[node] = null;
		const {connection, inFlight} = config;
		for (const side of sides) reached[side].add(connection[side].state);
		for (const [name, holds] of Object.entries(want)) {
			if (!firsts.has(name) && holds(config)) firsts.set(name, pathTo(node));
		}

		const moves: Array<{move: Move | NetMove; offered: readonly Option[]}> = [];
		for (const side of sides) {
			const offered = validOptions(connection, side);
			const segments = typeof dataSegments === 'number' ? dataSegments : dataSegments[side];
			const dataLeft = connection[side].bytesSent < segments * dataLength;
			const mover = `${side}${endpointKey(connection[side])}`;
			for (const type of options.sideMoves ?? actionTypes) {
				if (offered.some((option) => option.type === type)) {
					if (type === 'data' && !dataLeft) continue;
				} else {
					if (rejectionsSeen.has(`${mover}${type}`)) continue;
					rejectionsSeen.add(`${mover}${type}`);
				}
				moves.push({move: {side, action: actionOf(type, dataLength)}, offered});
			}
		}
		for (const [at] of inFlight.entries()) {
			for (const type of options.netMoves ?? netActionTypes) {
				if (type === 'dup' && inFlight.length >= maxInFlight) continue;
				moves.push({move: {side: 'net', action: {type, index: at + 1}}, offered: []});
			}
		}

		for (const {move, offered} of moves) {
			const {result, next} = stepFrom(config, move, network);
			edges++;
			const found = breachesOf(config, move, result, next, network, offered, false);
			for (const {rule, what} of found) {
				add(breaches[rule], () => `${pathTo(node, spell(move))}: ${what}`);
			}
			const {verdict} = result;
			if (verdict.ok) for (const {key} of verdict.because) keys.add(key);
			else keys.add(verdict.because.key);
			if (!verdict.ok || next.inFlight.length > maxInFlight || !within(next)) continue;
			const key = configKey(next);
			let id = ids.get(key);
			if (id === undefined) {
				checkConfig(next, (rule, what) => {
					add(breaches[rule], () => `${pathTo(node, spell(move))}: ${what}`);
				});
				id = queue.length;
				ids.set(key, id);
				queue.push(next);
				parent.push(node);
				via.push(spell(move));
				clean.push(next.clean);
				finished.push(done(next));
				reverse.push([]);
				reverseClean.push([]);
			}
			if (id === node) continue;
			const onTheWay = move.side !== 'net' || move.action.type === 'deliver';
			if (onTheWay) reverse[id]?.push(node);
			if (onTheWay && next.clean && move.action.type !== 'rst') reverseClean[id]?.push(node);
		}
	}

	const live = [...finished];
	liveness(live, reverse);
	const liveClean = finished.map((isDone, id) => isDone && (clean[id] ?? false));
	liveness(liveClean, reverseClean);
	const stuck = tally();
	const stuckClean = tally();
	for (const [id, isLive] of live.entries()) {
		if (!isLive) add(stuck, () => pathTo(id));
		if (clean[id] && !liveClean[id]) add(stuckClean, () => pathTo(id));
	}
	return {
		configs: ids.size,
		edges,
		breaches,
		stuck,
		stuckClean,
		cleanConfigs: clean.filter(Boolean).length,
		reached,
		keys,
		firsts,
	};
}

/** One rule's breaches, in a form that prints well when an assertion fails: [] when none. */
export function breachesFound(exploration: Exploration, rule: Rule): string[] {
	const {count, examples} = exploration.breaches[rule];
	return count === 0 ? [] : [`${count} steps break "${rules[rule]}"`, ...examples];
}

/** Configurations that cannot finish, in the same form: [] when none. */
export function stuckFound(tallied: Tally, what: string): string[] {
	return tallied.count === 0 ? [] : [`${tallied.count} ${what}`, ...tallied.examples];
}

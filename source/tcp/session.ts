// A run of moves from a starting connection: what the TUI undoes and what script mode prints.
import {obligationOf} from './endpoint.js';
import {
	type ActionType,
	actionOf,
	type Connection,
	type ConnectionOptions,
	createConnection,
	type Flight,
	flightsOf,
	type Move,
	type NetworkMode,
	type Transition,
	transition,
	withTwoWay,
} from './machine.js';
import {message} from './message.js';
import {type NetAction, netStep, refused} from './network.js';
import type {Side} from './states.js';

/** A move of the network itself: deliver, drop or duplicate a segment in flight. */
export type NetMove = {readonly side: 'net'; readonly action: NetAction};

export type Step = {
	/** The move as the user wrote or pressed it, e.g. "client:syn". */
	readonly input: string;
	readonly move: Move | NetMove;
	readonly result: Transition;
	/** The segments in flight after the step (always empty with instant delivery). */
	readonly inFlight: readonly Flight[];
	/** Made by the automatic peer in answer to the step before; undone together with it. */
	readonly byPeer: boolean;
	/** Rejected moves just before this one, in the same run, that were counted but not kept. */
	readonly skipped?: number;
};

export type SessionOptions = ConnectionOptions & {
	readonly network?: NetworkMode;
	/** A side that answers arriving segments by itself, as a real stack would. */
	readonly peer?: Side | null;
	/**
	 * How many rejected moves in a row are kept as steps; past that, the newest replaces the one
	 * before and counts it. A paste of 100,000 wrong keys then costs no memory. All, if null.
	 */
	readonly rejectionsKept?: number | null;
};

export type Session = {
	readonly initial: Connection;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	/** The two-way handshake "what if" applies to the moves from now on. */
	readonly twoWay: boolean;
	readonly rejectionsKept?: number | null;
	readonly steps: readonly Step[];
	readonly connection: Connection;
	readonly inFlight: readonly Flight[];
};

export function createSession(options: SessionOptions): Session {
	const initial = createConnection(options);
	return {
		initial,
		network: options.network ?? 'instant',
		peer: options.peer ?? null,
		twoWay: options.twoWay ?? false,
		rejectionsKept: options.rejectionsKept ?? null,
		steps: [],
		connection: initial,
		inFlight: [],
	};
}

/**
 * The steps as a persistent list, newest first, so that a move costs the same at step 100,000 as
 * at step 1: `steps` is made from it only when someone reads it, once per session.
 */
type Log = {readonly step: Step; readonly before: Log | null; readonly count: number};

// The log rides on the session under a symbol, out of sight of JSON and of the type (a WeakMap of
// every session made was a third of script mode's time in the garbage collector).
const logKey = Symbol('log');
type Logged = Session & {readonly [logKey]?: Log | null};

function logOf(session: Session): Log | null {
	const known = (session as Logged)[logKey];
	if (known !== undefined) return known;
	// A session made by spreading another one, or by hand: its steps are all there is.
	let log: Log | null = null;
	session.steps.forEach((step, index) => {
		log = {step, before: log, count: index + 1};
	});
	return log;
}

function stepsOf(log: Log | null): Step[] {
	const steps = new Array<Step>(log?.count ?? 0);
	for (let at = log; at !== null; at = at.before) steps[at.count - 1] = at.step;
	return steps;
}

type Fields = Omit<Session, 'steps' | 'connection' | 'inFlight'>;

/**
 * A session whose list of steps is made from its log when first read. A class, not an object
 * literal with a getter: script mode makes two sessions per step, and a literal's getter is a new
 * closure, and a new shape, every time.
 */
class LoggedSession implements Logged {
	readonly initial: Connection;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	readonly twoWay: boolean;
	readonly rejectionsKept: number | null;
	readonly connection: Connection;
	readonly inFlight: readonly Flight[];
	readonly [logKey]: Log | null;
	#steps: readonly Step[] | undefined;

	constructor(
		fields: Fields,
		log: Log | null,
		connection: Connection,
		inFlight: readonly Flight[],
	) {
		this.initial = fields.initial;
		this.network = fields.network;
		this.peer = fields.peer;
		this.twoWay = fields.twoWay;
		this.rejectionsKept = fields.rejectionsKept ?? null;
		this.connection = connection;
		this.inFlight = inFlight;
		this[logKey] = log;
	}

	get steps(): readonly Step[] {
		this.#steps ??= stepsOf(this[logKey]);
		return this.#steps;
	}
}

function withLog(
	fields: Fields,
	log: Log | null,
	connection: Connection,
	inFlight: readonly Flight[],
): Session {
	return new LoggedSession(fields, log, connection, inFlight);
}

function record(session: Session, step: Step): Session {
	const last = logOf(session);
	const kept = session.rejectionsKept ?? null;
	const folds =
		last !== null && kept !== null && !step.result.verdict.ok && rejectedRun(last, kept) >= kept;
	const log =
		folds && last
			? {
					step: {...step, skipped: (last.step.skipped ?? 0) + 1},
					before: last.before,
					count: last.count,
				}
			: {step, before: last, count: (last?.count ?? 0) + 1};
	return withLog(session, log, step.result.connection, step.inFlight);
}

/** How many of the last steps are rejections, counting no further than `limit`. */
function rejectedRun(log: Log | null, limit: number): number {
	let run = 0;
	for (let at = log; at && !at.step.result.verdict.ok && run < limit; at = at.before) run++;
	return run;
}

/** How many steps the session has made, without building the list of them. */
export function stepCount(session: Session): number {
	return logOf(session)?.count ?? 0;
}

/** The last step, without building the list of steps. */
export function lastStep(session: Session): Step | undefined {
	return logOf(session)?.step;
}

/** A rejected move changes nothing: not even the two-way flags that play() applies lazily. */
function unchangedIfRejected(result: Transition, given: Connection): Transition {
	return result.verdict.ok ? result : {...result, connection: given};
}

/**
 * What a real stack would do now on the peer's side: answer a SYN with SYN,ACK and acknowledge
 * what arrived. It never opens, closes or sends data by itself; those are the application's calls.
 */
function peerAnswer(connection: Connection, side: Side): ActionType | null {
	const owed = obligationOf(connection[side]);
	if (owed === 'none') return null;
	return owed === 'synAckForSyn' ? 'syn' : 'ack';
}

export function answeredByPeer(session: Session): Session {
	const {peer} = session;
	if (peer === null) return session;
	const type = peerAnswer(session.connection, peer);
	if (type === null) return session;
	const move: Move = {side: peer, action: actionOf(type)};
	const result = transition(session.connection, move, session.network);
	if (!result.verdict.ok) return session;
	const inFlight = [...session.inFlight, ...flightsOf(result)];
	return record(session, {input: `${peer}:${type}`, move, result, inFlight, byPeer: true});
}

export function play(given: Session, move: Move | NetMove, input = inputOf(move)): Session {
	const connection = withTwoWay(given.connection, given.twoWay);
	if (move.side === 'net') {
		if (given.network === 'instant') {
			const {transition: result} = refused(
				given.connection,
				message('no.net.instant'),
				given.inFlight,
			);
			return record(given, {input, move, result, inFlight: given.inFlight, byPeer: false});
		}
		const net = netStep(connection, given.inFlight, move.action);
		const result = unchangedIfRejected(net.transition, given.connection);
		const step = {input, move, result, inFlight: net.inFlight, byPeer: false};
		return answeredByPeer(record(given, step));
	}
	const result =
		rejectedAgain(given, connection, move) ??
		unchangedIfRejected(transition(connection, move, given.network), given.connection);
	const inFlight = [...given.inFlight, ...flightsOf(result)];
	return answeredByPeer(record(given, {input, move, result, inFlight, byPeer: false}));
}

/**
 * The last step's rejection, if `move` is that step's move again and the connection is the same: a
 * rejection depends on the endpoint and the move alone (not the network or what is in flight). A paste of 100,000 wrong
 * keys then plays one move, not 100,000.
 */
function rejectedAgain(
	session: Session,
	connection: Connection,
	move: Move,
): Transition | undefined {
	const last = logOf(session)?.step;
	if (!last || last.result.verdict.ok || last.move.side !== move.side) return undefined;
	// The same connection, as the move will see it: the two-way "what if" applies lazily.
	if (last.result.connection !== connection) return undefined;
	const before = last.move.action;
	const same =
		before.type === move.action.type &&
		(before.type !== 'data' || move.action.type !== 'data' || before.length === move.action.length);
	return same ? last.result : undefined;
}

function inputOf(move: Move | NetMove): string {
	if (move.side === 'net') return `net:${move.action.type}:${move.action.index}`;
	return `${move.side}:${move.action.type}`;
}

/** Undo the last move, with the automatic peer's answers to it. */
export function undo(session: Session): Session {
	let log = logOf(session);
	while (log?.step.byPeer) log = log.before;
	log = log?.before ?? null;
	return withLog(
		session,
		log,
		log?.step.result.connection ?? session.initial,
		log?.step.inFlight ?? [],
	);
}

/**
 * The session as it is now, its steps forgotten: the connection it reached is its start. For a
 * caller that has used the steps already and must not keep them all (script mode).
 */
export function withoutSteps(session: Session): Session {
	return withLog(
		{...fieldsOf(session), initial: session.connection},
		null,
		session.connection,
		session.inFlight,
	);
}

/** Switch between instant and manual delivery; only with nothing in flight, or it would strand it. */
export function withNetwork(session: Session, network: NetworkMode): Session | null {
	if (session.inFlight.length > 0 && network === 'instant') return null;
	return withFields(session, {network});
}

/** The same session with other settings: the steps are shared, not copied. */
export function withFields(session: Session, fields: Partial<Fields>): Session {
	return withLog(
		{...fieldsOf(session), ...fields},
		logOf(session),
		session.connection,
		session.inFlight,
	);
}

function fieldsOf({initial, network, peer, twoWay, rejectionsKept}: Session): Fields {
	return {initial, network, peer, twoWay, rejectionsKept};
}

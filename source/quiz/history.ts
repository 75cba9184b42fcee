// Random histories of valid moves, played in the engine, and how to tell them in words.
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {actionName} from '../tcp/explain.js';
import {
	type ActionType,
	actionOf,
	type Move,
	type Transition,
	validActions,
} from '../tcp/machine.js';
import {flagsLabel, type Segment} from '../tcp/segment.js';
import {createSession, play, type Session} from '../tcp/session.js';
import {sides} from '../tcp/states.js';
import type {Random} from './random.js';
import type {QuizTopic} from './results.js';

/** A connection after some moves, from the start the topic's questions begin at. */
export type Position = {
	readonly topic: QuizTopic;
	readonly session: Session;
	/** The moves after the topic's start, each with the engine's result. */
	readonly history: readonly Played[];
};

export type Played = {readonly move: Move; readonly result: Transition};

export type Isns = {readonly isnClient: number; readonly isnServer: number};

export const opening: readonly Move[] = [
	{side: 'client', action: actionOf('syn')},
	{side: 'server', action: actionOf('syn')},
	{side: 'client', action: actionOf('ack')},
];

/** The handshake is asked about from the start; the teardown from an ESTABLISHED connection. */
const topicMoves = {
	handshake: {history: ['syn', 'ack'], next: ['syn', 'ack', 'fin', 'data'], longest: 2},
	teardown: {
		history: ['fin', 'ack', 'data', 'timeout'],
		next: ['fin', 'ack', 'data', 'timeout'],
		longest: 5,
	},
} as const satisfies Record<
	QuizTopic,
	{history: readonly ActionType[]; next: readonly ActionType[]; longest: number}
>;

export function lastResult(session: Session): Transition {
	const step = session.steps.at(-1);
	if (!step) throw new Error('no move has been played');
	return step.result;
}

function startOf(topic: QuizTopic, isns: Isns): Session {
	const fresh = createSession({...isns, network: 'instant'});
	return topic === 'handshake'
		? fresh
		: opening.reduce((session, move) => play(session, move), fresh);
}

/**
 * A move of an orderly open or close: it sends a segment (or lets TIME_WAIT expire) and draws no
 * automatic reply, such as the RST of a closed port, which belongs to other lessons.
 */
function isOrderly(move: Move, result: Transition): boolean {
	const sent = result.happenings[0]?.segment !== null || move.action.type === 'timeout';
	return result.verdict.ok && sent && result.happenings.every((happening) => !happening.auto);
}

/** The orderly moves either side may make now, with what each would do. */
function nextMoves(session: Session, types: readonly ActionType[]): Played[] {
	return sides.flatMap((side) =>
		validActions(session.connection, side)
			.filter((type) => types.includes(type))
			.flatMap((type) => {
				const move: Move = {side, action: actionOf(type)};
				const result = lastResult(play(session, move));
				return isOrderly(move, result) ? [{move, result}] : [];
			}),
	);
}

export function movesAfter(position: Position): Played[] {
	return nextMoves(position.session, topicMoves[position.topic].next);
}

/** Up to the topic's longest history of random orderly moves, stopping where none is left. */
export function randomPosition(topic: QuizTopic, random: Random, isns: Isns): Position {
	const {history: types, longest} = topicMoves[topic];
	let session = startOf(topic, isns);
	const history: Played[] = [];
	for (let length = random.int(0, longest); length > 0; length--) {
		const choices = nextMoves(session, types);
		if (choices.length === 0) break;
		const {move} = random.pick(choices);
		session = play(session, move);
		history.push({move, result: lastResult(session)});
	}
	return {topic, session, history};
}

/** The move in script syntax ('c:syn', 's:data'), for question ids. */
export function moveSpec({side, action}: Move): string {
	return `${side === 'client' ? 'c' : 's'}:${action.type}`;
}

function sentSegment(played: Played): Segment | null {
	return played.result.happenings[0]?.segment ?? null;
}

function told(
	lang: Language,
	played: Played,
	keys: Record<'segment' | 'data' | 'timeout' | 'silent', MessageKey>,
) {
	const {move} = played;
	const segment = sentSegment(played);
	if (segment && segment.len > 0) return t(lang, keys.data, {me: move.side, len: segment.len});
	if (segment) return t(lang, keys.segment, {me: move.side, flags: flagsLabel(segment.flags)});
	if (move.action.type === 'timeout') return t(lang, keys.timeout, {me: move.side});
	return t(lang, keys.silent, {me: move.side, action: actionName(lang, move.action.type)});
}

/** "client SYN", "server 100 bytes of data": one move of a history. */
function moveInWords(lang: Language, played: Played): string {
	return told(lang, played, {
		segment: 'quiz.move.segment',
		data: 'quiz.move.data',
		timeout: 'quiz.move.timeout',
		silent: 'quiz.move.silent',
	});
}

/** "Now the client sends FIN,ACK.": the move a question asks about. */
export function nextMoveInWords(lang: Language, played: Played): string {
	return told(lang, played, {
		segment: 'quiz.next.segment',
		data: 'quiz.next.data',
		timeout: 'quiz.next.timeout',
		silent: 'quiz.next.silent',
	});
}

/** Where the topic starts, and the moves since, as sentences. */
export function positionInWords(lang: Language, position: Position): string[] {
	const start = t(
		lang,
		position.topic === 'handshake' ? 'quiz.start.opening' : 'quiz.start.established',
	);
	if (position.history.length === 0) return [start];
	const moves = position.history
		.map((played) => moveInWords(lang, played))
		.join(t(lang, 'quiz.history.separator'));
	return [start, t(lang, 'quiz.history', {moves})];
}

/** The history in script syntax, from the very first move, for question ids. */
export function positionSpec(position: Position): string {
	const before = position.topic === 'handshake' ? [] : opening;
	return [...before, ...position.history.map(({move}) => move)].map(moveSpec).join(',');
}

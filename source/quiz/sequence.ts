// Sequence-number questions: the answer is read from the segment the engine sends.
import {type Language, type MessageKey, t} from '../i18n/index.js';
import {joinSentences} from '../tcp/explain.js';
import {actionOf, type Move} from '../tcp/machine.js';
import {maxSequence, type Segment, seqAdd} from '../tcp/segment.js';
import {createSession, play} from '../tcp/session.js';
import type {Side} from '../tcp/states.js';
import {type Isns, lastResult, opening} from './history.js';
import {makeQuestion, type Question} from './question.js';
import type {Random} from './random.js';
import type {QuizTopic} from './results.js';

function move(side: Side, type: 'syn' | 'ack' | 'fin'): Move {
	return {side, action: actionOf(type)};
}

function dataMove(length: number): Move {
	return {side: 'client', action: actionOf('data', length)};
}

/** The segment each move sent, played from a fresh connection. */
function segmentsOf(isns: Isns, moves: readonly Move[]): Segment[] {
	let session = createSession({...isns, network: 'instant'});
	return moves.map((next) => {
		session = play(session, next);
		const segment = lastResult(session).happenings[0]?.segment;
		if (!segment) throw new Error(`the engine sent nothing for ${next.side}:${next.action.type}`);
		return segment;
	});
}

function ackOf(segment: Segment | undefined): number {
	if (segment?.ack === undefined || segment.ack === null) {
		throw new Error('the engine sent a segment without ACK');
	}
	return segment.ack;
}

type Numbers = {
	readonly id: string;
	/** The question, said with `params` as `why` is. */
	readonly prompt: MessageKey;
	readonly right: number;
	/** Answers a student might compute by mistake; those equal to the answer are left out. */
	readonly mistakes: readonly number[];
	readonly why: MessageKey;
	readonly params: Readonly<Record<string, number>>;
	/** The number the answer was counted from, to tell when the sum wrapped around 2^32. */
	readonly base: number;
};

function synAckAck({isnClient: x, isnServer: y}: Isns): Numbers {
	const synAck = segmentsOf({isnClient: x, isnServer: y}, [
		move('client', 'syn'),
		move('server', 'syn'),
	])[1];
	const right = ackOf(synAck);
	return {
		id: `sequence:syn-ack-ack:${x}/${y}`,
		prompt: 'quiz.sequence.synAck',
		right,
		mistakes: [x, seqAdd(x, 2), seqAdd(y, 1), y, seqAdd(x, -1)],
		why: 'quiz.sequence.synAck.why',
		params: {client: x, server: y, answer: right},
		base: x,
	};
}

function ackOfSynAck({isnClient: x, isnServer: y}: Isns): Numbers {
	const ack = segmentsOf({isnClient: x, isnServer: y}, opening)[2];
	const right = ackOf(ack);
	return {
		id: `sequence:ack-of-syn-ack:${x}/${y}`,
		prompt: 'quiz.sequence.ackOfSynAck',
		right,
		mistakes: [y, seqAdd(y, 2), seqAdd(x, 1), x, seqAdd(y, -1)],
		why: 'quiz.sequence.ackOfSynAck.why',
		params: {client: x, server: y, answer: right},
		base: y,
	};
}

/** The client's FIN and the server's ACK of it, after `length` bytes of client data. */
function finAndAck(isns: Isns, length: number): {fin: Segment; ack: Segment} {
	const data = length > 0 ? [dataMove(length), move('server', 'ack')] : [];
	const segments = segmentsOf(isns, [
		...opening,
		...data,
		move('client', 'fin'),
		move('server', 'ack'),
	]);
	const [fin, ack] = segments.slice(-2);
	if (!fin || !ack) throw new Error('the teardown sent too few segments');
	return {fin, ack};
}

function finAckAck(isns: Isns, length: number): Numbers {
	const {isnClient: x, isnServer: y} = isns;
	const {fin, ack} = finAndAck(isns, length);
	const right = ackOf(ack);
	return {
		id: `sequence:fin-ack-ack:${x}/${y}/${length}`,
		prompt: length > 0 ? 'quiz.sequence.finAckData' : 'quiz.sequence.finAck',
		right,
		mistakes: [fin.seq, seqAdd(fin.seq, 2), ack.seq, seqAdd(x, 1), x],
		why: length > 0 ? 'quiz.sequence.finAck.whyData' : 'quiz.sequence.finAck.why',
		params: {client: x, len: length, finSeq: fin.seq, answer: right},
		base: x,
	};
}

function finAckSeq(isns: Isns): Numbers {
	const {isnClient: x, isnServer: y} = isns;
	const {fin, ack} = finAndAck(isns, 0);
	return {
		id: `sequence:fin-ack-seq:${x}/${y}`,
		prompt: 'quiz.sequence.finAckSeq',
		right: ack.seq,
		// seq = FIN's seq + 1 is the reference article's mistake.
		mistakes: [seqAdd(fin.seq, 1), y, seqAdd(y, 2), fin.seq, seqAdd(y, -1)],
		why: 'quiz.sequence.finAckSeq.why',
		params: {server: y, client: x, finSeq: fin.seq, answer: ack.seq},
		base: y,
	};
}

/** A question's arithmetic: which ISN the answer counts from, and how far. */
type Variant = {
	readonly base: Side;
	/** The answer is the base ISN + step. */
	readonly step: number;
	readonly numbers: (isns: Isns) => Numbers;
};

function variantFor(topic: QuizTopic, random: Random): Variant {
	if (topic === 'handshake') {
		return random.int(0, 1) === 0
			? {base: 'client', step: 1, numbers: synAckAck}
			: {base: 'server', step: 1, numbers: ackOfSynAck};
	}
	if (random.int(0, 2) === 0) return {base: 'server', step: 1, numbers: finAckSeq};
	const length = random.int(0, 1) === 0 ? 0 : 100 * random.int(1, 20);
	return {base: 'client', step: 2 + length, numbers: (isns) => finAckAck(isns, length)};
}

/** How often the sum crosses 2^32: enough to meet it, rarely enough that it stays the exception. */
const wrapOneIn = 6;

/**
 * The ISNs of a question. About one in six puts the base ISN just below 2^32, close enough that
 * the answer wraps around; the others stay far enough below it that nothing does.
 */
function isnsFor({base, step}: Variant, random: Random): Isns {
	const far = () => random.int(0, maxSequence - 0xff_ff);
	const wraps = random.int(1, wrapOneIn) === 1;
	const baseIsn = wraps ? maxSequence - random.int(0, step - 1) : far();
	const other = far();
	return base === 'client'
		? {isnClient: baseIsn, isnServer: other}
		: {isnClient: other, isnServer: baseIsn};
}

export function sequenceQuestion(lang: Language, topic: QuizTopic, random: Random): Question {
	const variant = variantFor(topic, random);
	const isns = isnsFor(variant, random);
	const numbers = variant.numbers(isns);
	const {right, base} = numbers;
	const wrong = [...new Set(numbers.mistakes)].filter((value) => value !== right);
	const wrapped = right < base;
	return makeQuestion(
		{
			id: numbers.id,
			topic,
			subject: topic === 'handshake' ? 'isn-ack' : 'ack-number',
			kind: 'sequence',
			prompt: joinSentences([
				t(lang, 'quiz.isns', {client: isns.isnClient, server: isns.isnServer}),
				t(lang, numbers.prompt, numbers.params),
			]),
			right: String(right),
			wrong: random
				.shuffle(wrong)
				.slice(0, 3)
				.map((value) => String(value)),
			explanation: joinSentences([
				t(lang, numbers.why, numbers.params),
				...(wrapped ? [t(lang, 'quiz.sequence.wrapped')] : []),
			]),
		},
		random,
	);
}

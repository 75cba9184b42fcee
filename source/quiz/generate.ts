// Questions the engine answers: the right option is what the engine does, never a written answer.
import {brief, type Language, t} from '../i18n/index.js';
import {obligationOf} from '../tcp/endpoint.js';
import {joinSentences, say} from '../tcp/explain.js';
import {actionOf, type Move} from '../tcp/machine.js';
import type {Message} from '../tcp/message.js';
import {maxSequence, seqDiff} from '../tcp/segment.js';
import {play} from '../tcp/session.js';
import {situationOf} from '../tcp/situation.js';
import {peerOf, type State, sides, synchronizedStates} from '../tcp/states.js';
import {
	type Isns,
	lastResult,
	moveSpec,
	movesAfter,
	nextMoveInWords,
	positionInWords,
	positionSpec,
	randomPosition,
} from './history.js';
import {makeQuestion, type Question} from './question.js';
import type {Random} from './random.js';
import type {QuestionKind, QuizTopic} from './results.js';
import {sequenceQuestion} from './sequence.js';

export type GeneratedKind = Exclude<QuestionKind, 'fact'>;

function randomIsns(random: Random): Isns {
	return {isnClient: random.int(0, maxSequence), isnServer: random.int(0, maxSequence)};
}

/**
 * Whose sequence space a number of the engine's messages counts in: the side that says the
 * sentence ('own') or the other ('peer'); null for a count of bytes. The seq of a segment that
 * arrived is the peer's, and its ack counts in ours; for a segment sent, the other way round.
 */
function spaceOf(name: string, arrived: boolean): 'own' | 'peer' | null {
	switch (name) {
		case 'iss':
			return 'own';
		case 'irs':
		case 'rcvNxt':
		case 'next':
		case 'from':
			return 'peer';
		case 'seq':
			return arrived ? 'peer' : 'own';
		case 'ack':
			return arrived ? 'own' : 'peer';
		default:
			return null;
	}
}

/**
 * The engine's sentence with its sequence numbers written as the panes write them, from the ISNs:
 * ISS+101, IRS+1. These questions give no ISN, so a raw 2847561023 would come from nowhere.
 */
function sayRelative(lang: Language, note: Message, isns: Isns): string {
	const me = note.params['me'];
	if (me !== 'client' && me !== 'server') return say(lang, note);
	const isn = {
		own: me === 'client' ? isns.isnClient : isns.isnServer,
		peer: me === 'client' ? isns.isnServer : isns.isnClient,
	};
	const arrived = note.key.startsWith('in.');
	const params: Record<string, string | number> = {...note.params};
	for (const [name, value] of Object.entries(note.params)) {
		const space = spaceOf(name, arrived);
		if (typeof value === 'number' && space !== null) {
			params[name] = offsetText(value, isn[space], space === 'own' ? 'ISS' : 'IRS');
		}
	}
	// "SND.NXT stays at ISS = ISS" says nothing twice.
	return say(lang, {key: note.key, params}).replaceAll(/\b(ISS|IRS) = \1\b(?!\+)/g, '$1');
}

function offsetText(value: number, base: number, name: string): string {
	const offset = seqDiff(base, value);
	return offset === 0 ? name : `${name}+${offset}`;
}

const plausibleStates = {
	handshake: ['CLOSED', 'LISTEN', 'SYN_SENT', 'SYN_RECEIVED', 'ESTABLISHED', 'FIN_WAIT_1'],
	teardown: [...synchronizedStates, 'CLOSED'],
} as const satisfies Record<QuizTopic, readonly State[]>;

/** Three other states: first the ones a student might take for the answer, then others. */
function otherStates(right: State, likely: readonly State[], pool: readonly State[]): State[] {
	return [...new Set([...likely, ...pool])].filter((state) => state !== right).slice(0, 3);
}

function predictState(lang: Language, topic: QuizTopic, random: Random): Question | null {
	const isns = randomIsns(random);
	const position = randomPosition(topic, random, isns);
	const choices = movesAfter(position);
	if (choices.length === 0) return null;
	const next = random.pick(choices);
	const side = random.pick(sides);
	const before = position.session.connection;
	const after = next.result.connection;
	// As in RFC 9293, the side is in its new state the moment a segment arrives, whether or not it
	// has answered yet; what it still owes is said in the explanation.
	const right = after[side].state;
	const owes = obligationOf(after[side]) !== 'none';
	const likely = [before[side].state, after[peerOf(side)].state, before[peerOf(side)].state];
	const {verdict} = next.result;
	return makeQuestion(
		{
			id: `predict-state:${positionSpec(position)}+${moveSpec(next.move)}@${side}`,
			topic,
			subject: `${topic}-states`,
			kind: 'predict-state',
			prompt: joinSentences([
				...positionInWords(lang, position),
				nextMoveInWords(lang, next),
				t(lang, 'quiz.predict.question', {me: side}),
			]),
			right,
			wrong: otherStates(right, likely, random.shuffle(plausibleStates[topic])),
			explanation: joinSentences([
				t(lang, 'quiz.predict.answer', {me: side, state: right}),
				...(owes
					? [
							t(lang, 'quiz.predict.owes', {
								me: side,
								owed: t(lang, situationOf(after[side]), {me: side}),
							}),
						]
					: []),
				...(verdict.ok ? verdict.because.map((note) => sayRelative(lang, note, isns)) : []),
			]),
		},
		random,
	);
}

const segmentActions = ['syn', 'ack', 'fin', 'rst', 'data'] as const;
type SegmentAction = (typeof segmentActions)[number];

function segmentName(lang: Language, type: SegmentAction): string {
	return t(lang, `quiz.segment.${type}`);
}

function refusal(lang: Language, reason: Message, isns: Isns): string {
	return brief(lang, reason.key) || sayRelative(lang, reason, isns).replace(/[.。]$/, '');
}

function validMove(lang: Language, topic: QuizTopic, random: Random): Question | null {
	const isns = randomIsns(random);
	const position = randomPosition(topic, random, isns);
	const side = random.pick(sides);
	const tried = segmentActions.map((type) => {
		const move: Move = {side, action: actionOf(type)};
		return {type, result: lastResult(play(position.session, move))};
	});
	// Valid moves that send nothing, or draw an automatic RST, are neither right nor wrong here.
	const sending = tried.filter(
		({result}) =>
			result.verdict.ok &&
			result.happenings[0]?.segment &&
			result.happenings.every((happening) => !happening.auto),
	);
	// TCP may always send an ACK (a duplicate one, at worst), so ACK is never a wrong answer here,
	// whatever the tool's own rule about acknowledging nothing new.
	const refused = tried.filter(({type, result}) => type !== 'ack' && !result.verdict.ok);
	const orderly = sending.filter(({type}) => type !== 'rst');
	if (sending.length === 0 || refused.length < 2) return null;
	const right = random.pick(orderly.length > 0 ? orderly : sending);
	const wrong = random.shuffle(refused).slice(0, 3);
	const reasons = wrong.flatMap(({type, result}) =>
		result.verdict.ok
			? []
			: [
					t(lang, 'quiz.valid.wrong', {
						action: segmentName(lang, type),
						reason: refusal(lang, result.verdict.because, isns),
					}),
				],
	);
	const because = right.result.verdict.ok ? right.result.verdict.because[0] : undefined;
	const wrongTypes = wrong.map(({type}) => type).sort();
	return makeQuestion(
		{
			id: `valid-move:${positionSpec(position)}@${side}=${right.type}/${wrongTypes.join(',')}`,
			topic,
			subject: `${topic}-moves`,
			kind: 'valid-move',
			prompt: joinSentences([
				...positionInWords(lang, position),
				t(lang, 'quiz.valid.question', {me: side}),
				t(lang, 'quiz.valid.note'),
			]),
			right: segmentName(lang, right.type),
			wrong: wrong.map(({type}) => segmentName(lang, type)),
			explanation: joinSentences([
				t(lang, 'quiz.valid.right', {
					action: segmentName(lang, right.type),
					reason: because ? sayRelative(lang, because, isns) : '',
				}),
				...reasons,
			]),
		},
		random,
	);
}

/** One question of the kind, or null when the random situation does not suit it (try again). */
export function generate(
	lang: Language,
	kind: GeneratedKind,
	topic: QuizTopic,
	random: Random,
): Question | null {
	switch (kind) {
		case 'predict-state':
			return predictState(lang, topic, random);
		case 'sequence':
			return sequenceQuestion(lang, topic, random);
		case 'valid-move':
			return validMove(lang, topic, random);
	}
}

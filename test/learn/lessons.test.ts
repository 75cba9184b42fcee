// The guided lessons: every move is one the engine accepts, in order, whatever the ISNs; each lesson
// ends where it says; no step can be passed with another common key; every text is in the catalog.
import {describe, expect, it} from 'vitest';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {enLessons} from '../../source/i18n/en-lessons.js';
import type {Lesson} from '../../source/learn/lesson.js';
import {lessonNamed, lessons} from '../../source/learn/lessons.js';
import {parseSteps} from '../../source/script/parse-steps.js';
import {type Obligation, obligationOf} from '../../source/tcp/endpoint.js';
import {explain} from '../../source/tcp/explain.js';
import {actionOf, type Move} from '../../source/tcp/machine.js';
import {
	createSession,
	type NetMove,
	play,
	type Session,
	type Step,
} from '../../source/tcp/session.js';
import type {Side, State} from '../../source/tcp/states.js';
import {isnPairs as allIsnPairs, type Isns} from '../helpers/engine.js';
import {namedIn} from '../helpers/guides.js';
import {sessionStates} from '../helpers/move-keys.js';

/** Small ISNs, ISNs about to wrap, and both ends of the sequence space. */
const isnPairs = allIsnPairs.slice(0, 3);

const sides: readonly Side[] = ['client', 'server'];

/** The keys a student most often presses instead of the right one: s, a, f, d. */
const commonKeys = ['syn', 'ack', 'fin', 'data'] as const;

const named = namedIn('lesson', lessonNamed);

function moveOf(spec: string): {move: Move | NetMove; input: string} {
	const parsed = parseSteps('en', spec);
	expect(parsed, spec).toHaveLength(1);
	const [first] = parsed;
	if (!first) throw new Error(`no move in '${spec}'`);
	return first;
}

function start(lesson: Lesson, isns: Isns): Session {
	return createSession({...isns, network: lesson.network, twoWay: lesson.twoWay ?? false});
}

function lastStep(session: Session): Step {
	const step = session.steps.at(-1);
	if (!step) throw new Error('no step played');
	return step;
}

/** Play moves, failing with the engine's reason at the first one it rejects. */
function playAccepted(from: Session, script: string, what: string): Session {
	let session = from;
	for (const {move, input} of script.trim() === '' ? [] : parseSteps('en', script)) {
		session = play(session, move, input);
		const {verdict} = lastStep(session).result;
		if (!verdict.ok) throw new Error(`${what}: ${input} rejected: ${explain('en', verdict)}`);
	}
	return session;
}

type Run = {
	/** After the setup, before the first step. */
	readonly before: Session;
	/** After each step of the lesson. */
	readonly after: readonly Session[];
};

function playLesson(lesson: Lesson, isns: Isns): Run {
	const before = playAccepted(start(lesson, isns), lesson.setup ?? '', `${lesson.name} setup`);
	const after: Session[] = [];
	let session = before;
	for (const [index, step] of lesson.steps.entries()) {
		session = playAccepted(session, step.move, `${lesson.name} step ${index + 1}`);
		after.push(session);
	}
	return {before, after};
}

/** What a move did, enough to tell two moves apart: states, segments sent, segments in flight. */
function outcome(session: Session): string {
	const {result, inFlight} = lastStep(session);
	return JSON.stringify({
		states: sessionStates(session),
		segments: result.segments,
		inFlight: inFlight.map((flight) => flight.segment),
	});
}

function finalSession(lesson: Lesson, isns: Isns = isnPairs[0] ?? {isnClient: 1, isnServer: 2}) {
	const {after} = playLesson(lesson, isns);
	const last = after.at(-1);
	if (!last) throw new Error(`${lesson.name} has no steps`);
	return last;
}

/** The state a side is in after each step, setup excluded. */
function stateTrail(lesson: Lesson, side: Side): State[] {
	return playLesson(lesson, isnPairs[0] ?? {isnClient: 1, isnServer: 2}).after.map(
		(session) => session.connection[side].state,
	);
}

/** What a side owes after each step, setup excluded. */
function owedTrail(lesson: Lesson, side: Side): Obligation[] {
	return playLesson(lesson, isnPairs[0] ?? {isnClient: 1, isnServer: 2}).after.map((session) =>
		obligationOf(session.connection[side]),
	);
}

function keysOf(lesson: Lesson): MessageKey[] {
	return [
		lesson.title,
		lesson.intro,
		lesson.outro,
		...lesson.steps.flatMap((step) => [step.before, step.after, step.hint]),
	];
}

describe('the lesson list', () => {
	it('has the four lessons, with unique names, each found by lessonNamed()', () => {
		const names = lessons.map(({name}) => name);
		expect(names).toEqual(
			expect.arrayContaining(['handshake', 'why-three', 'teardown', 'time-wait']),
		);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) {
			expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(lessonNamed(name)?.name).toBe(name);
		}
		expect(lessonNamed('nope')).toBeUndefined();
	});

	it('uses every lesson message, and only lesson messages', () => {
		const used = new Set(lessons.flatMap(keysOf));
		expect([...used].filter((key) => !key.startsWith('lesson.'))).toEqual([]);
		expect(Object.keys(enLessons).filter((key) => !used.has(key as MessageKey))).toEqual([]);
		expect(Object.keys(enLessons).filter((key) => !key.startsWith('lesson.'))).toEqual([]);
	});
});

describe.each(lessons)('lesson $name', (lesson) => {
	it('has steps, each one move that parses; the setup parses too', () => {
		expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
		for (const step of lesson.steps) {
			const {move} = moveOf(step.move);
			// The screen acts on the oldest segment in flight only.
			if (move.side === 'net') expect(move.action.index, step.move).toBe(1);
		}
		if (lesson.setup) expect(parseSteps('en', lesson.setup).length).toBeGreaterThan(0);
	});

	it('has every message in the catalog, none empty', () => {
		for (const key of keysOf(lesson)) {
			expect(key in en, key).toBe(true);
			expect(en[key].trim(), key).not.toBe('');
			expect(key.startsWith(`lesson.${lesson.name}.`), key).toBe(true);
		}
	});

	it('says each step in a few lines, without sequence numbers or keys', () => {
		expect(en[lesson.title].length).toBeLessThanOrEqual(40);
		for (const key of [lesson.intro, lesson.outro]) {
			expect(en[key].length, key).toBeLessThanOrEqual(240);
		}
		for (const step of lesson.steps) {
			expect(en[step.before].length, step.before).toBeLessThanOrEqual(200);
			expect(en[step.after].length, step.after).toBeLessThanOrEqual(200);
			expect(en[step.hint].length, step.hint).toBeLessThanOrEqual(160);
			// The screen names the key itself.
			expect(en[step.before], step.before).not.toMatch(/\bpress\b|\bkey\b/i);
		}
		for (const key of keysOf(lesson)) {
			// ISNs are random: only "ISN + 1", "2MSL" and the like may carry a digit.
			const numbers = en[key].match(/\d+/g) ?? [];
			expect(
				numbers.filter((n) => n !== '1' && n !== '2'),
				key,
			).toEqual([]);
		}
	});

	it.each(isnPairs)(
		'plays setup and steps with every move accepted (ISNs $isnClient, $isnServer)',
		(isns) => {
			const {after} = playLesson(lesson, isns);
			expect(after).toHaveLength(lesson.steps.length);
			for (const [index, session] of after.entries()) {
				expect(lastStep(session).result.verdict.ok, `${lesson.name} step ${index + 1}`).toBe(true);
			}
		},
	);

	it.each(isnPairs)(
		'has no step that another of s, a, f, d would pass (ISNs $isnClient, $isnServer)',
		(isns) => {
			const {before, after} = playLesson(lesson, isns);
			for (const [index, step] of lesson.steps.entries()) {
				const from = index === 0 ? before : after[index - 1];
				const expected = after[index];
				if (!from || !expected) throw new Error('missing step');
				const {move} = moveOf(step.move);
				const candidates = (move.side === 'net' ? sides : [move.side]).flatMap((side) =>
					commonKeys
						.filter((type) => move.side === 'net' || type !== move.action.type)
						.map((type): Move => ({side, action: actionOf(type)})),
				);
				const rejected = candidates.filter((candidate) => {
					const tried = play(from, candidate);
					const {verdict} = lastStep(tried).result;
					const what = `${lesson.name} step ${index + 1} (${step.move}) vs ${candidate.side}:${candidate.action.type}`;
					if (verdict.ok) expect(outcome(tried), what).not.toBe(outcome(expected));
					return !verdict.ok;
				});
				// The engine itself refuses at least one of them: the step is a real choice.
				expect(rejected.length, `${lesson.name} step ${index + 1}`).toBeGreaterThan(0);
			}
		},
	);
});

describe('where each lesson ends', () => {
	it('handshake: the server listens first, then both sides are ESTABLISHED', () => {
		const lesson = named('handshake');
		const {before} = playLesson(lesson, {isnClient: 100, isnServer: 300});
		expect(before.connection.server.state).toBe('CLOSED');
		expect(lesson.steps[0]?.move).toBe('s:listen');
		// Each side changes state as a segment arrives; what it sends in answer changes nothing.
		expect(stateTrail(lesson, 'server')).toEqual([
			'LISTEN',
			'SYN_RECEIVED',
			'SYN_RECEIVED',
			'ESTABLISHED',
		]);
		expect(stateTrail(lesson, 'client')).toEqual([
			'CLOSED',
			'SYN_SENT',
			'ESTABLISHED',
			'ESTABLISHED',
		]);
		expect(owedTrail(lesson, 'server')).toEqual(['none', 'synAckForSyn', 'none', 'none']);
		expect(owedTrail(lesson, 'client')).toEqual(['none', 'none', 'ackForSynAck', 'none']);
		for (const isns of isnPairs) {
			const {client, server} = finalSession(lesson, isns).connection;
			// Each side acknowledged the other's ISN + 1.
			expect(client.rcvNxt).toBe((isns.isnServer + 1) % 2 ** 32);
			expect(server.rcvNxt).toBe((isns.isnClient + 1) % 2 ** 32);
		}
	});

	it('why-three: a stale SYN leaves the server ESTABLISHED for a client that is CLOSED', () => {
		const lesson = named('why-three');
		expect(lesson.twoWay).toBe(true);
		expect(lesson.network).toBe('manual');
		for (const isns of isnPairs) {
			const last = finalSession(lesson, isns);
			expect(sessionStates(last)).toBe('CLOSED/ESTABLISHED');
			expect(last.inFlight).toEqual([]);
		}
		// The client was already CLOSED when its old SYN reached the server.
		expect(stateTrail(lesson, 'client').slice(1)).toEqual(['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED']);
	});

	it('why-three: without the two-way rule, the same moves leave the server in SYN_RECEIVED', () => {
		const lesson = named('why-three');
		const {twoWay: _, ...tcp} = lesson;
		const {after} = playLesson(tcp, {isnClient: 100, isnServer: 300});
		expect(after.at(-1)?.connection.server.state).toBe('SYN_RECEIVED');
	});

	it('teardown: FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT; CLOSE_WAIT with data, LAST_ACK; both CLOSED', () => {
		const lesson = named('teardown');
		const isns = {isnClient: 100, isnServer: 300};
		expect(sessionStates(playLesson(lesson, isns).before)).toBe('ESTABLISHED/ESTABLISHED');
		expect(stateTrail(lesson, 'client')).toEqual([
			'FIN_WAIT_1',
			'FIN_WAIT_2',
			'FIN_WAIT_2',
			'FIN_WAIT_2',
			'TIME_WAIT',
			'TIME_WAIT',
			'CLOSED',
		]);
		// CLOSE_WAIT from the FIN's arrival, before the server acknowledges it.
		expect(stateTrail(lesson, 'server')).toEqual([
			'CLOSE_WAIT',
			'CLOSE_WAIT',
			'CLOSE_WAIT',
			'CLOSE_WAIT',
			'LAST_ACK',
			'CLOSED',
			'CLOSED',
		]);
		expect(owedTrail(lesson, 'server')).toEqual([
			'ackForFin',
			'none',
			'none',
			'none',
			'none',
			'none',
			'none',
		]);
		expect(owedTrail(lesson, 'client')).toEqual([
			'none',
			'none',
			'ackForData',
			'none',
			'ackForFin',
			'none',
			'none',
		]);
		// The server sends data from CLOSE_WAIT, between the ACK and the FIN.
		const dataIndex = lesson.steps.findIndex((step) => step.move.startsWith('s:data'));
		const {after} = playLesson(lesson, isns);
		const dataStep = after[dataIndex];
		expect(dataIndex).toBeGreaterThan(0);
		expect(after[dataIndex - 1]?.connection.server.state).toBe('CLOSE_WAIT');
		expect(dataStep && lastStep(dataStep).result.segments.map((s) => s.len)).toEqual([100]);
		for (const isns of isnPairs)
			expect(sessionStates(finalSession(lesson, isns))).toBe('CLOSED/CLOSED');
	});

	it('time-wait: the last ACK is lost, the FIN resent and ACKed from TIME_WAIT; both CLOSED', () => {
		const lesson = named('time-wait');
		expect(lesson.network).toBe('manual');
		const isns = {isnClient: 100, isnServer: 300};
		const {before, after} = playLesson(lesson, isns);
		// The server's FIN has arrived: the client is in TIME_WAIT already, owing the last ACK.
		expect(sessionStates(before)).toBe('TIME_WAIT/LAST_ACK');
		expect(obligationOf(before.connection.client)).toBe('ackForFin');
		expect(stateTrail(lesson, 'client')).toEqual([
			'TIME_WAIT',
			'TIME_WAIT',
			'TIME_WAIT',
			'TIME_WAIT',
			'TIME_WAIT',
			'CLOSED',
		]);
		expect(stateTrail(lesson, 'server')).toEqual([
			'LAST_ACK',
			'LAST_ACK',
			'LAST_ACK',
			'LAST_ACK',
			'CLOSED',
			'CLOSED',
		]);
		const happenings = after.map((session) => lastStep(session).result.happenings);
		// The server's timer resends its FIN, with the same sequence number.
		const resent = happenings[2]?.find((h) => h.retransmission)?.segment;
		expect(resent?.flags).toContain('FIN');
		expect(resent?.seq).toBe(isns.isnServer + 1);
		// The client in TIME_WAIT answers the resent FIN with an ACK of its own accord.
		const answer = happenings[3]?.find((h) => h.auto)?.segment;
		expect(answer?.from).toBe('client');
		expect(answer?.flags).toEqual(['ACK']);
		expect(answer?.ack).toBe(isns.isnServer + 2);
		for (const isns of isnPairs)
			expect(sessionStates(finalSession(lesson, isns))).toBe('CLOSED/CLOSED');
	});
});

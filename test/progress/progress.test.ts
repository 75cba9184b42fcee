import {describe, expect, test} from 'vitest';
import {
	challengeRecord,
	emptyProgress,
	lessonCompleted,
	type Progress,
	parseProgress,
	withChallenge,
	withLesson,
	withQuizScore,
} from '../../source/progress/progress.js';

const monday = new Date('2026-03-02T09:00:00.000Z');
const tuesday = new Date('2026-03-03T09:00:00.000Z');

describe('withLesson', () => {
	test('records a completed lesson with its time', () => {
		const p = withLesson(emptyProgress(), 'handshake', monday);
		expect(p.lessons).toEqual({handshake: {completedAt: monday.toISOString()}});
		expect(lessonCompleted(p, 'handshake')).toBe(true);
		expect(lessonCompleted(p, 'teardown')).toBe(false);
	});

	test('keeps the first completion and returns the same object when nothing changes', () => {
		const once = withLesson(emptyProgress(), 'handshake', monday);
		expect(withLesson(once, 'handshake', tuesday)).toBe(once);
	});

	test('does not mistake Object.prototype members for lessons', () => {
		expect(lessonCompleted(emptyProgress(), 'constructor')).toBe(false);
		const p = withLesson(emptyProgress(), 'constructor', monday);
		expect(Object.keys(p.lessons)).toEqual(['constructor']);
	});

	test('does not change the progress it was given', () => {
		const before = emptyProgress();
		withLesson(before, 'handshake', monday);
		expect(before).toEqual(emptyProgress());
	});
});

describe('withChallenge', () => {
	const solved = (moves: number) => ({solved: true, moves});
	const shown = {solved: false, moves: 0};

	test('a first solve records its moves as the best', () => {
		const p = withChallenge(emptyProgress(), 'lost-ack', solved(5), monday);
		expect(challengeRecord(p, 'lost-ack')).toEqual({
			status: 'solved',
			best: 5,
			at: monday.toISOString(),
		});
	});

	test('best is the fewest moves among the solves', () => {
		let p = withChallenge(emptyProgress(), 'lost-ack', solved(7), monday);
		p = withChallenge(p, 'lost-ack', solved(4), tuesday);
		p = withChallenge(p, 'lost-ack', solved(6), tuesday);
		expect(challengeRecord(p, 'lost-ack')).toEqual({
			status: 'solved',
			best: 4,
			at: tuesday.toISOString(),
		});
	});

	test('a worse or equal solve changes nothing', () => {
		const p = withChallenge(emptyProgress(), 'lost-ack', solved(4), monday);
		expect(withChallenge(p, 'lost-ack', solved(4), tuesday)).toBe(p);
		expect(withChallenge(p, 'lost-ack', solved(9), tuesday)).toBe(p);
	});

	test('showing the solution records shown', () => {
		const p = withChallenge(emptyProgress(), 'lost-ack', shown, monday);
		expect(challengeRecord(p, 'lost-ack')).toEqual({status: 'shown', at: monday.toISOString()});
	});

	test('a solve beats shown', () => {
		let p = withChallenge(emptyProgress(), 'lost-ack', shown, monday);
		p = withChallenge(p, 'lost-ack', solved(3), tuesday);
		expect(challengeRecord(p, 'lost-ack')).toEqual({
			status: 'solved',
			best: 3,
			at: tuesday.toISOString(),
		});
	});

	test('shown never turns a solve back into shown', () => {
		const p = withChallenge(emptyProgress(), 'lost-ack', solved(3), monday);
		expect(withChallenge(p, 'lost-ack', shown, tuesday)).toBe(p);
	});

	test('keeps the other challenges', () => {
		let p = withChallenge(emptyProgress(), 'a', solved(3), monday);
		p = withChallenge(p, 'b', shown, monday);
		expect(Object.keys(p.challenges).sort()).toEqual(['a', 'b']);
	});

	test.each([-1, 1.5, Number.NaN])('refuses %s moves for a solve', (moves) => {
		expect(() => withChallenge(emptyProgress(), 'a', solved(moves), monday)).toThrow(RangeError);
	});
});

describe('withQuizScore', () => {
	const best = (p: Progress) => p.quiz.handshake;

	test('records the first score', () => {
		const p = withQuizScore(emptyProgress(), 'handshake', 3, 5, monday);
		expect(best(p)).toEqual({score: 3, total: 5, at: monday.toISOString()});
		expect(p.quiz.teardown).toBeUndefined();
	});

	test('a better ratio wins even with fewer questions', () => {
		let p = withQuizScore(emptyProgress(), 'handshake', 6, 10, monday);
		p = withQuizScore(p, 'handshake', 4, 5, tuesday);
		expect(best(p)).toEqual({score: 4, total: 5, at: tuesday.toISOString()});
	});

	test('a worse ratio changes nothing, even with more right answers', () => {
		const p = withQuizScore(emptyProgress(), 'handshake', 4, 5, monday);
		expect(withQuizScore(p, 'handshake', 6, 10, tuesday)).toBe(p);
	});

	test('on an equal ratio the longer quiz wins', () => {
		let p = withQuizScore(emptyProgress(), 'handshake', 2, 3, monday);
		p = withQuizScore(p, 'handshake', 4, 6, tuesday);
		expect(best(p)).toEqual({score: 4, total: 6, at: tuesday.toISOString()});
		expect(withQuizScore(p, 'handshake', 2, 3, tuesday)).toBe(p);
	});

	test('an equal score keeps the earlier one', () => {
		const p = withQuizScore(emptyProgress(), 'handshake', 2, 3, monday);
		expect(withQuizScore(p, 'handshake', 2, 3, tuesday)).toBe(p);
	});

	test('topics are kept apart', () => {
		let p = withQuizScore(emptyProgress(), 'handshake', 5, 5, monday);
		p = withQuizScore(p, 'all', 1, 10, tuesday);
		expect(best(p)?.score).toBe(5);
		expect(p.quiz.all).toEqual({score: 1, total: 10, at: tuesday.toISOString()});
	});

	test.each([
		[6, 5],
		[0, 0],
		[-1, 5],
		[1.5, 5],
	])('refuses %s/%s', (score, total) => {
		expect(() => withQuizScore(emptyProgress(), 'handshake', score, total, monday)).toThrow(
			RangeError,
		);
	});
});

describe('parseProgress', () => {
	const full: Progress = {
		version: 1,
		lessons: {handshake: {completedAt: monday.toISOString()}},
		challenges: {
			'lost-ack': {status: 'solved', best: 4, at: monday.toISOString()},
			'simultaneous-open': {status: 'shown', at: tuesday.toISOString()},
		},
		quiz: {teardown: {score: 3, total: 4, at: tuesday.toISOString()}},
	};

	test('reads back what JSON.stringify wrote', () => {
		expect(parseProgress(JSON.stringify(full))).toEqual(full);
		expect(parseProgress(JSON.stringify(emptyProgress()))).toEqual(emptyProgress());
	});

	test('ignores unknown fields everywhere', () => {
		const text = JSON.stringify({
			...full,
			theme: 'dark',
			lessons: {handshake: {completedAt: monday.toISOString(), mood: 'happy'}},
			quiz: {...full.quiz, 'window-scaling': {score: 'x'}},
		});
		const read = parseProgress(text);
		expect(read).toEqual({...full, quiz: full.quiz});
		expect(read).not.toHaveProperty('theme');
		expect(read?.lessons['handshake']).not.toHaveProperty('mood');
	});

	test.each([
		['not JSON', '{"version": 1,'],
		['empty text', ''],
		['null', 'null'],
		['an array', '[]'],
		['no version', JSON.stringify({...full, version: undefined})],
		['a newer version', JSON.stringify({...full, version: 2})],
		['version as a string', JSON.stringify({...full, version: '1'})],
		['no lessons', JSON.stringify({...full, lessons: undefined})],
		['lessons as an array', JSON.stringify({...full, lessons: []})],
		['a lesson time that is a number', JSON.stringify({...full, lessons: {a: {completedAt: 5}}})],
		['a lesson time that is no date', JSON.stringify({...full, lessons: {a: {completedAt: 'x'}}})],
		['a lesson that is true', JSON.stringify({...full, lessons: {a: true}})],
		['no challenges', JSON.stringify({...full, challenges: undefined})],
		[
			'an unknown challenge status',
			JSON.stringify({...full, challenges: {a: {status: 'won', at: monday.toISOString()}}}),
		],
		[
			'a solve without best',
			JSON.stringify({...full, challenges: {a: {status: 'solved', at: monday.toISOString()}}}),
		],
		[
			'a best that is a string',
			JSON.stringify({
				...full,
				challenges: {a: {status: 'solved', best: '4', at: monday.toISOString()}},
			}),
		],
		[
			'a negative best',
			JSON.stringify({
				...full,
				challenges: {a: {status: 'solved', best: -4, at: monday.toISOString()}},
			}),
		],
		['a challenge without time', JSON.stringify({...full, challenges: {a: {status: 'shown'}}})],
		['no quiz', JSON.stringify({...full, quiz: undefined})],
		['quiz as a string', JSON.stringify({...full, quiz: 'none'})],
		['a null quiz topic', JSON.stringify({...full, quiz: {all: null}})],
		[
			'a score above the total',
			JSON.stringify({...full, quiz: {all: {score: 5, total: 4, at: monday.toISOString()}}}),
		],
		[
			'a zero total',
			JSON.stringify({...full, quiz: {all: {score: 0, total: 0, at: monday.toISOString()}}}),
		],
		[
			'a fractional score',
			JSON.stringify({...full, quiz: {all: {score: 0.5, total: 4, at: monday.toISOString()}}}),
		],
	])('is null (corrupt) for %s', (_what, text) => {
		expect(parseProgress(text)).toBeNull();
	});

	test('keeps a lesson named __proto__ as a lesson, not as a prototype', () => {
		const text = `{"version":1,"lessons":{"__proto__":{"completedAt":"${monday.toISOString()}"}},"challenges":{},"quiz":{}}`;
		const read = parseProgress(text);
		expect(read && Object.keys(read.lessons)).toEqual(['__proto__']);
		expect(read && lessonCompleted(read, '__proto__')).toBe(true);
		expect(read && lessonCompleted(read, 'completedAt')).toBe(false);
	});
});

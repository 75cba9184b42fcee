import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {t} from '../../source/i18n/index.js';
import type {QuestionResult, QuizResults} from '../../source/quiz/results.js';
import {readResults} from '../../source/report/read-results.js';

function question(id: string, given: number | null): QuestionResult {
	const options = ['SYN', 'ACK', 'FIN'];
	return {
		id,
		topic: 'handshake',
		subject: `subject-${id}`,
		concept: 'time-wait',
		kind: 'fact',
		prompt: `What does ${id} send?`,
		options,
		answer: given,
		answerText: given === null ? null : (options[given] ?? null),
		correct: 0,
		correctText: 'SYN',
		right: given === 0,
		ms: given === null ? 0 : 1500,
	};
}

function quiz(student: string, answers: readonly (number | null)[]): QuizResults {
	const questions = answers.map((given, index) => question(`q${index + 1}`, given));
	return {
		format: 'tcp-tui-quiz-results',
		version: 1,
		student,
		startedAt: '2025-03-01T09:00:00.000Z',
		finishedAt: '2025-03-01T09:05:00.000Z',
		seed: 42,
		topic: 'all',
		lang: 'en',
		complete: answers.every((given) => given !== null),
		score: questions.filter(({right}) => right).length,
		total: questions.length,
		questions,
	};
}

const valid = quiz('alice', [0, 1, 0]);

/** Read one file whose text is `json` with `change` applied to a copy of a valid results object. */
function readChanged(change: (json: Record<string, unknown>) => void) {
	const json = structuredClone(valid) as unknown as Record<string, unknown>;
	change(json);
	return readResults('en', ['x.json'], () => JSON.stringify(json));
}

function questionAt(json: Record<string, unknown>, index: number): Record<string, unknown> {
	return (json['questions'] as Record<string, unknown>[])[index] ?? {};
}

describe('readResults on a directory of files', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'tcp-tui-report-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));
	const file = (name: string) => path.join(dir, name);
	const text = JSON.stringify(valid, null, 2);
	writeFileSync(file('alice.json'), text);
	writeFileSync(file('bob.json'), JSON.stringify(quiz('bob', [0, null, null])));
	// What `> file` gives in Windows PowerShell 5.
	writeFileSync(
		file('carol.json'),
		Buffer.concat([
			Buffer.from([0xff, 0xfe]),
			Buffer.from(JSON.stringify(quiz('carol', [1, 1, 0])), 'utf16le'),
		]),
	);
	writeFileSync(file('truncated.json'), text.slice(0, Math.floor(text.length / 2)));
	writeFileSync(file('notes.json'), 'alice got 3/3, well done\n');
	writeFileSync(file('empty.json'), '\n');
	writeFileSync(file('other.json'), JSON.stringify({...valid, format: 'kahoot-export'}));
	writeFileSync(file('future.json'), JSON.stringify({...valid, version: 2}));
	writeFileSync(file('list.json'), '[1, 2, 3]');
	mkdirSync(file('folder.json'));

	const paths = [
		'alice.json',
		'bob.json',
		'carol.json',
		'truncated.json',
		'notes.json',
		'empty.json',
		'other.json',
		'future.json',
		'list.json',
		'folder.json',
		'missing.json',
		'alice.json',
	].map(file);
	const {results, skipped} = readResults('en', paths);

	it('keeps the valid files, incomplete ones too, flagged by complete: false', () => {
		expect(
			results.map((one) => [path.basename(one.path), one.results.student, one.results.complete]),
		).toEqual([
			['alice.json', 'alice', true],
			['bob.json', 'bob', false],
			['carol.json', 'carol', true],
		]);
	});

	it('gives each skipped file a one-line reason that says what is wrong', () => {
		const reasons = Object.fromEntries(skipped.map((one) => [path.basename(one.path), one.reason]));
		expect(reasons).toEqual({
			'truncated.json': t('en', 'report.skip.truncated'),
			'notes.json': t('en', 'report.skip.notJson'),
			'empty.json': t('en', 'report.skip.empty'),
			'other.json': t('en', 'report.skip.format', {
				found: '"kahoot-export"',
				expected: 'tcp-tui-quiz-results',
			}),
			'future.json': t('en', 'report.skip.newerVersion', {found: 2, supported: 1}),
			'list.json': t('en', 'report.skip.notResults'),
			'folder.json': t('en', 'report.skip.directory'),
			'missing.json': t('en', 'report.skip.notFound'),
			'alice.json': t('en', 'report.skip.repeated'),
		});
		for (const {reason} of skipped) expect(reason).not.toContain('\n');
	});
});

describe('readResults checks every field', () => {
	it('reads the valid object back unchanged', () => {
		expect(readResults('en', ['x.json'], () => JSON.stringify(valid))).toEqual({
			results: [{path: 'x.json', results: valid}],
			skipped: [],
		});
	});

	it.each<[string, (json: Record<string, unknown>) => void, string]>([
		['no format', (json) => delete json['format'], "no 'format' field"],
		['no version', (json) => delete json['version'], "field 'version' is missing"],
		[
			'a version as text',
			(json) => (json['version'] = '1'),
			'field \'version\' should be a whole number from 1, not "1"',
		],
		['no student', (json) => delete json['student'], "field 'student' is missing"],
		['a numeric student', (json) => (json['student'] = 7), "field 'student' should be text, not 7"],
		[
			'a bad date',
			(json) => (json['startedAt'] = 'yesterday'),
			"field 'startedAt' should be a date",
		],
		['an unknown topic', (json) => (json['topic'] = 'routing'), "field 'topic' should be one of"],
		[
			'a score as text',
			(json) => (json['score'] = '2'),
			'field \'score\' should be a whole number from 0, not "2"',
		],
		[
			'a fractional total',
			(json) => (json['total'] = 2.5),
			"field 'total' should be a whole number from 1",
		],
		[
			'complete as text',
			(json) => (json['complete'] = 'yes'),
			"field 'complete' should be true or false",
		],
		[
			'questions as an object',
			(json) => (json['questions'] = {}),
			"field 'questions' should be a list, not an object",
		],
		[
			'a finished quiz with no questions',
			(json) => Object.assign(json, {score: 0, questions: []}),
			'total 3 does not match the 0 questions',
		],
		[
			'a null question',
			(json) => ((json['questions'] as unknown[])[1] = null),
			"'questions[1]' should be an object, not null",
		],
		[
			'a question without id',
			(json) => delete questionAt(json, 2)['id'],
			"field 'questions[2].id' is missing",
		],
		[
			'an unknown kind',
			(json) => (questionAt(json, 0)['kind'] = 'essay'),
			"'questions[0].kind' should be one of",
		],
		[
			'no options',
			(json) => (questionAt(json, 0)['options'] = []),
			"'questions[0].options' should be a list of at least one option",
		],
		[
			'a numeric option',
			(json) => (questionAt(json, 0)['options'] = ['a', 2]),
			"'questions[0].options[1]' should be text, not 2",
		],
		[
			'an answer out of range',
			(json) => (questionAt(json, 1)['answer'] = 3),
			"'questions[1].answer' should be null (unanswered) or a whole number from 0 to 2, not 3",
		],
		[
			'a correct option out of range',
			(json) => (questionAt(json, 1)['correct'] = -1),
			"'questions[1].correct' should be a whole number from 0 to 2",
		],
		[
			'right as text',
			(json) => (questionAt(json, 0)['right'] = 'true'),
			"'questions[0].right' should be true or false",
		],
		[
			'a negative time',
			(json) => (questionAt(json, 0)['ms'] = -5),
			"'questions[0].ms' should be a number from 0, not -5",
		],
		[
			'right that contradicts the answer',
			(json) => (questionAt(json, 1)['right'] = true),
			'questions[1].right is true, but its answer 1',
		],
		[
			'a repeated id',
			(json) => (questionAt(json, 2)['id'] = 'q1'),
			'question id "q1" appears twice (questions[0] and [2])',
		],
		[
			'a score that contradicts the answers',
			(json) => (json['score'] = 3),
			'score 3 does not match the 2 questions marked right',
		],
		[
			'a finished quiz with a question missing',
			(json) => (json['total'] = 4),
			'total 4 does not match the 3 questions',
		],
		[
			'a total below the questions listed',
			(json) => {
				json['complete'] = false;
				json['total'] = 2;
			},
			'total 2 is less than the 3 questions listed',
		],
		[
			'a finished quiz with an unanswered question',
			(json) => {
				Object.assign(questionAt(json, 1), {answer: null, answerText: null});
			},
			'complete is true, but questions[1] has no answer',
		],
	])('skips %s', (_, change, reason) => {
		const {results, skipped} = readChanged(change);
		expect(results).toEqual([]);
		expect(skipped).toHaveLength(1);
		expect(skipped[0]?.reason).toContain(reason);
	});

	it('keeps a quiz left before its first question, so the teacher sees who did not do it', () => {
		const {results} = readChanged((json) =>
			Object.assign(json, {complete: false, score: 0, questions: []}),
		);
		expect(results[0]?.results).toMatchObject({
			student: 'alice',
			score: 0,
			total: 3,
			complete: false,
		});
	});

	it('accepts fields it does not know, for newer writers of version 1', () => {
		expect(readChanged((json) => (json['school'] = 'Riverside')).results).toHaveLength(1);
	});

	it('names a read error it has no words for by its code, and survives a thrown non-Error', () => {
		const eio = Object.assign(new Error('i/o error'), {code: 'EIO'});
		expect(
			readResults('en', ['a'], () => {
				throw eio;
			}).skipped[0]?.reason,
		).toBe(t('en', 'report.skip.unreadable', {problem: 'EIO'}));
		expect(
			readResults('en', ['b'], () => {
				throw 'boom';
			}).skipped[0]?.reason,
		).toBe(t('en', 'report.skip.unreadable', {problem: 'boom'}));
	});

	it('calls every cut-short prefix of a results file truncated (or empty)', () => {
		const text = JSON.stringify(valid, null, '\t');
		for (let end = 0; end < text.length; end++) {
			const {results, skipped} = readResults('en', ['x.json'], () => text.slice(0, end));
			expect(results).toEqual([]);
			expect([t('en', 'report.skip.truncated'), t('en', 'report.skip.empty')]).toContain(
				skipped[0]?.reason,
			);
		}
	});

	it('never throws on any JSON, or on a valid object with any field replaced by anything', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (json) => {
				expect(readResults('en', ['x.json'], () => JSON.stringify(json)).results).toEqual([]);
			}),
		);
		const keys = [
			...Object.keys(valid),
			...Object.keys(valid.questions[0] ?? {}).map((key) => `q.${key}`),
		];
		fc.assert(
			fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
				const {results, skipped} = readChanged((json) => {
					const target = key.startsWith('q.') ? questionAt(json, 0) : json;
					target[key.replace(/^q\./, '')] = value;
				});
				expect(results.length + skipped.length).toBe(1);
			}),
		);
	});
});

import {describe, expect, it} from 'vitest';
import {width} from '../../source/diagram/text.js';
import {t} from '../../source/i18n/index.js';
import type {QuestionResult, QuizResults} from '../../source/quiz/results.js';
import {csvField, percentText, reportCsv, reportText} from '../../source/report/format.js';
import type {ResultFile, SkippedFile} from '../../source/report/read-results.js';
import {runReport} from '../../source/report/report.js';
import {reportExitCode, summarise} from '../../source/report/summarise.js';

const bank: Record<string, {subject: string; prompt: string}> = {
	q1: {subject: 'active-open', prompt: 'Which flag opens a connection?'},
	q2: {
		subject: 'time-wait',
		prompt:
			'Why does the side that closes first wait in TIME_WAIT for twice the maximum segment lifetime before it forgets the connection?',
	},
	q3: {subject: 'fin', prompt: 'How many sequence numbers does a FIN use?'},
};

/** 'r' right, 'w' wrong, '-' unanswered, for q1, q2, q3 in order. */
function file(filePath: string, student: string, marks: string): ResultFile {
	const questions = [...marks].map((mark, index): QuestionResult => {
		const id = `q${index + 1}`;
		const {subject, prompt} = bank[id] ?? {subject: id, prompt: id};
		const answer = mark === '-' ? null : mark === 'r' ? 0 : 1;
		return {
			id,
			topic: 'handshake',
			subject,
			kind: 'fact',
			prompt,
			options: ['yes', 'no'],
			answer,
			answerText: answer === null ? null : (['yes', 'no'][answer] ?? null),
			correct: 0,
			correctText: 'yes',
			right: mark === 'r',
			ms: 1000,
		};
	});
	const results: QuizResults = {
		format: 'tcp-tui-quiz-results',
		version: 1,
		student,
		startedAt: '2025-03-01T09:00:00Z',
		finishedAt: '2025-03-01T09:04:00Z',
		seed: 7,
		topic: 'all',
		lang: 'en',
		complete: !marks.includes('-'),
		score: questions.filter(({right}) => right).length,
		total: questions.length,
		questions,
	};
	return {path: filePath, results};
}

const classFiles = [
	file('results/carol.json', 'carol', 'w--'),
	file('results/alice.json', 'alice', 'rwr'),
	file('results/bob.json', 'bob', 'rww'),
];

/** RFC 4180, strictly: a bare CR or LF, or a quote inside an unquoted field, is an error. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let index = 0;
	while (index < text.length) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') {
				quoted = false;
				if (!/^(,|\r\n|$)/.test(text.slice(index + 1)))
					throw new Error(`text after a quote at ${index}`);
			} else field += char;
		} else if (char === '"') {
			if (field !== '') throw new Error(`quote inside an unquoted field at ${index}`);
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (text.startsWith('\r\n', index)) {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index++;
		} else if (char === '\r' || char === '\n') {
			throw new Error(`bare line break outside quotes at ${index}`);
		} else field += char;
		index++;
	}
	if (quoted) throw new Error('unterminated quoted field');
	if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
	return rows;
}

describe('summarise', () => {
	const summary = summarise(classFiles);

	it('scores each student, ordered by name, with unfinished quizzes flagged', () => {
		expect(
			summary.students.map(({name, score, total, percent, complete}) => [
				name,
				score,
				total,
				Math.round(percent * 100) / 100,
				complete,
			]),
		).toEqual([
			['alice', 2, 3, 66.67, true],
			['bob', 1, 3, 33.33, true],
			['carol', 0, 3, 0, false],
		]);
		expect(summary.average).toBeCloseTo(100 / 3, 10);
	});

	it('counts each question: answered, right and the success rate', () => {
		expect(
			summary.questions.map(({id, answered, right, rate}) => [id, answered, right, rate]),
		).toEqual([
			['q1', 3, 2, 2 / 3],
			['q2', 2, 0, 0],
			['q3', 2, 1, 0.5],
		]);
		expect(summary.questions[1]?.prompt).toBe(bank['q2']?.prompt);
	});

	it('puts the subjects missed most first; between equals, the larger share wrong', () => {
		expect(summary.subjects).toEqual([
			{subject: 'time-wait', answered: 2, wrong: 2},
			{subject: 'fin', answered: 2, wrong: 1},
			{subject: 'active-open', answered: 3, wrong: 1},
		]);
	});

	it('keeps two files with the same student, told apart by file name, or by path', () => {
		const names = summarise([
			file('a/alice.json', 'Alice', 'rrr'),
			file('b/alice-again.json', 'alice ', 'rww'),
			file('c/x.json', 'dave', 'rrr'),
			file('d/x.json', 'dave', 'www'),
			file('e/erin.json', '  ', 'rrr'),
		]).students.map(({name}) => name);
		expect(names).toEqual([
			'alice (alice-again.json)',
			'Alice (alice.json)',
			'dave (c/x.json)',
			'dave (d/x.json)',
			'erin.json',
		]);
	});

	it('has an exit code of 1 only when there is nothing to report', () => {
		expect(reportExitCode(summarise([]))).toBe(1);
		expect(reportExitCode(summarise(classFiles.slice(0, 1)))).toBe(0);
	});
});

describe('percentText', () => {
	it.each([
		[100, '100%'],
		[99.6, '99%'],
		[0.4, '1%'],
		[0, '0%'],
		[66.67, '67%'],
	])('%f is %s', (percent, text) => expect(percentText(percent)).toBe(text));
});

const skipped: SkippedFile[] = [
	{path: 'results/dan.json', reason: t('report.skip.truncated')},
	{path: 'results/notes.txt', reason: t('report.skip.notJson')},
];

/** The tables of a report: each a heading line and then its rows, split at blank lines. */
function sections(text: string): string[][] {
	return text.split('\n\n').map((section) => section.split('\n'));
}

describe('reportText', () => {
	it.each([32, 50, 80, 120])(
		'at %i columns fits, and every table row is as wide as its header',
		(columns) => {
			const text = reportText(summarise(classFiles), skipped, columns);
			for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
			const [, students, questions, subjects] = sections(text);
			for (const table of [students, questions, subjects]) {
				const [, header = '', ...rows] = table ?? [];
				expect(rows.length).toBeGreaterThan(0);
				for (const row of rows) expect(width(row), row).toBe(width(header));
			}
		},
	);

	it('lists the questions hardest first, and the topics missed most first', () => {
		const [, , questions = [], subjects = []] = sections(
			reportText(summarise(classFiles), [], 200),
		);
		expect(questions.slice(2).map((row) => row.split(/\s+/)[0])).toEqual(['q2', 'q3', 'q1']);
		expect(questions[2]).toMatch(/^q2\s+2\s+0\s+0%\s+Why does/);
		expect(subjects.slice(2).map((row) => row.split(/\s+/)[0])).toEqual([
			'time-wait',
			'fin',
			'active-open',
		]);
	});

	it('cuts a long prompt with an ellipsis to fit, and keeps it whole when there is room', () => {
		const prompt = bank['q2']?.prompt ?? '';
		expect(reportText(summarise(classFiles), [], 200)).toContain(prompt);
		const narrow = reportText(summarise(classFiles), [], 70);
		expect(narrow).not.toContain(prompt);
		expect(narrow).toMatch(/Why does the side.*…/);
	});

	it('cuts a long student name, not the score beside it', () => {
		const name = 'Maximiliane Alexandra von Hohenzollern-Sigmaringen';
		const [, students = []] = sections(
			reportText(summarise([file('m.json', name, 'rrr')]), [], 40),
		);
		expect(students[2]).toMatch(/^Maximiliane.*…\s+3\/3\s+100%\s+yes\s*$/);
		expect(width(students[2] ?? '')).toBe(40);
	});

	it('lines up wide (CJK) names by display columns', () => {
		const text = reportText(
			summarise([file('w.json', '王小明', 'rrr'), file('b.json', 'bo', 'www')]),
			[],
			80,
		);
		const [, students = []] = sections(text);
		const scoreEnds = students.slice(1).map((row) => {
			const match = /\d+\/\d+|Score/.exec(row);
			return width(row.slice(0, (match?.index ?? 0) + (match?.[0].length ?? 0)));
		});
		expect(new Set(scoreEnds).size).toBe(1);
	});

	it('shows what was skipped and why, and the count of unfinished quizzes', () => {
		const text = reportText(summarise(classFiles), skipped, 200);
		expect(text).toContain(
			t('report.overviewUnfinished', {students: 3, average: '33%', unfinished: 1}),
		);
		expect(text).toContain(`results/dan.json: ${t('report.skip.truncated')}`);
		expect(text).toContain(`results/notes.txt: ${t('report.skip.notJson')}`);
	});

	it('lets no escape sequence from a student file reach the terminal', () => {
		const text = reportText(
			summarise([file('x.json', 'eve\u001B[2J\u001B]0;pwned\u0007', 'rrr')]),
			[],
			80,
		);
		expect(text.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u);
		expect(text).toContain('eve');
	});

	it('says that there is nothing to report when no file was usable', () => {
		const text = reportText(summarise([]), skipped, 80);
		expect(text.replaceAll('\n', ' ')).toContain(t('report.none'));
		expect(text).toContain(t('report.skipped', {count: 2}));
	});
});

describe('reportCsv', () => {
	it('is a grid of students by questions, 1 right, 0 wrong, blank unanswered', () => {
		expect(parseCsv(reportCsv(summarise(classFiles)))).toEqual([
			['student', 'file', 'score', 'total', 'percent', 'complete', 'q1', 'q2', 'q3'],
			['alice', 'results/alice.json', '2', '3', '66.7', '1', '1', '0', '1'],
			['bob', 'results/bob.json', '1', '3', '33.3', '1', '1', '0', '0'],
			['carol', 'results/carol.json', '0', '3', '0', '0', '0', '', ''],
		]);
	});

	it('quotes commas, quotes and line breaks, and reads back the same', () => {
		const prompt = 'After "FIN, ACK", which state?\nPick one';
		expect(csvField(prompt)).toBe('"After ""FIN, ACK"", which state?\nPick one"');
		expect(csvField('Lee, Ann')).toBe('"Lee, Ann"');
		expect(csvField('plain')).toBe('plain');
		const name = 'Pat "the cat", Jr.\nclass 2';
		const rows = parseCsv(reportCsv(summarise([file('pat, "p".json', name, 'rw')])));
		expect(rows[1]?.slice(0, 2)).toEqual([name, 'pat, "p".json']);
		for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
	});

	it('keeps a spreadsheet from running a student name as a formula', () => {
		const rows = parseCsv(
			reportCsv(summarise([file('m.json', '=HYPERLINK("http://x","y")', 'r')])),
		);
		expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://x","y")');
	});
});

describe('runReport', () => {
	const readFile = (name: string) => {
		if (name === 'alice.json') return JSON.stringify(classFiles[1]?.results);
		throw Object.assign(new Error('missing'), {code: 'ENOENT'});
	};

	it('prints the text report and exits 0 when a file is usable', () => {
		const out = runReport(['alice.json', 'gone.json'], {csv: false, columns: 80}, readFile);
		expect(out.exitCode).toBe(0);
		expect(out.stdout).toContain('alice');
		expect(out.stdout).toContain(`gone.json: ${t('report.skip.notFound')}`);
	});

	it('keeps stdout pure CSV, with the skipped files on stderr', () => {
		const out = runReport(['alice.json', 'gone.json'], {csv: true, columns: 80}, readFile);
		expect(parseCsv(out.stdout)).toHaveLength(2);
		expect(out.stderr).toContain(`gone.json: ${t('report.skip.notFound')}`);
	});

	it('explains on stderr and exits 1 when nothing is usable', () => {
		for (const csv of [false, true]) {
			const out = runReport(['gone.json'], {csv, columns: 80}, readFile);
			expect(out).toMatchObject({stdout: '', exitCode: 1});
			expect(out.stderr.replaceAll('\n', ' ')).toContain(t('report.none'));
		}
	});
});

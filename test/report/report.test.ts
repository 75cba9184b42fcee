// The teacher's report: groups of the same quiz, one row per student with the attempt that counts,
// each question's wrong options and the concepts missed most, in text, markdown, CSV and JSON. Most
// tests run on a class made by the real quiz (class-fixture.ts), with a planted misconception.
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {width} from '../../source/diagram/text.js';
import {t} from '../../source/i18n/index.js';
import type {Concept, QuestionResult, QuizResults} from '../../source/quiz/results.js';
import {
	csvField,
	letterOf,
	markdownText,
	percentText,
	reportCsv,
	reportMarkdown,
	reportText,
} from '../../source/report/format.js';
import type {ResultFile, SkippedFile} from '../../source/report/read-results.js';
import {runReport} from '../../source/report/report.js';
import {
	type GroupSummary,
	reportExitCode,
	type Summary,
	shortIds,
	summarise,
} from '../../source/report/summarise.js';
import {checkResults} from '../../source/report/validate-results.js';
import {
	type ClassFile,
	classCount,
	classFiles,
	classQuiz,
	classSeed,
	otherSeed,
	planted,
	wrongOptions,
} from './class-fixture.js';

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

/** The class as the report reads it from disk. */
function asRead(files: readonly ClassFile[]): ResultFile[] {
	return files.map(({name, results}) => ({path: name, results}));
}

const reader =
	(files: readonly ClassFile[]) =>
	(name: string): string => {
		const found = files.find((file) => file.name === name);
		if (!found) throw Object.assign(new Error('missing'), {code: 'ENOENT'});
		return JSON.stringify(found.results);
	};

function groupOf(summary: Summary, seed: number): GroupSummary {
	const group = summary.groups.find(({key}) => key.seed === seed);
	if (!group) throw new Error(`no group for seed ${seed}`);
	return group;
}

const plantedQuestion = classQuiz[planted];
if (!plantedQuestion) throw new Error('the class quiz has no planted question');
/** The wrong option four students chose. */
const plantedWrong = wrongOptions(plantedQuestion)[0] ?? -1;

describe('the class: groups, students and retakes', () => {
	const summary = summarise('en', asRead(classFiles()));
	const main = groupOf(summary, classSeed);

	it('keeps the student on another seed in a group of their own, the larger group first', () => {
		expect(summary.groups.map(({key}) => key.seed)).toEqual([classSeed, otherSeed]);
		expect(groupOf(summary, otherSeed).students.map(({name}) => name)).toEqual(['zoe']);
	});

	it('has one row per student, the latest attempt counting, the others listed', () => {
		expect(
			main.students.map(({name, counted, others}) => [
				name,
				`${counted.score}/${counted.total}`,
				counted.path,
				others.map(({path: file}) => file),
			]),
		).toEqual([
			['alice', '9/10', 'alice-2.json', ['alice-1.json']],
			// "bob" and "Bob" are one student; the later file spells the name.
			['Bob', '6/10', 'bob-2.json', ['bob-1.json']],
			['carol', '7/10', 'carol.json', []],
			['dan', '7/10', 'dan.json', []],
			['erin', '10/10', 'erin.json', []],
			['frank', '5/10', 'frank.json', []],
			['王芳', '9/10', 'wang.json', []],
		]);
		expect(main.students.find(({name}) => name === 'frank')?.counted.complete).toBe(false);
	});

	it('counts the best attempt with --best', () => {
		const best = groupOf(summarise('en', asRead(classFiles()), 'best'), classSeed);
		const bob = best.students.find(({name}) => name.toLowerCase() === 'bob');
		expect(bob?.counted).toMatchObject({path: 'bob-1.json', score: 9});
		expect(bob?.others.map(({path: file}) => file)).toEqual(['bob-2.json']);
		// Only the counted attempts are in the question counts: bob-1 got the planted one right.
		const question = best.questions[planted];
		expect(question?.options[plantedWrong]?.chosen).toBe(3);
	});

	it('counts how many chose each option of each question; the planted wrong one most', () => {
		const question = main.questions[planted];
		expect(question?.id).toBe(plantedQuestion.id);
		expect(question?.options.map(({chosen}) => chosen).reduce((a, b) => a + b, 0)).toBe(7);
		expect(question?.options[plantedWrong]?.chosen).toBe(4);
		expect(question?.options[plantedQuestion.correct]?.chosen).toBe(2);
		expect(question?.mostChosenWrong?.index).toBe(plantedWrong);
		expect(question?.mostChosenWrong?.text).toBe(plantedQuestion.options[plantedWrong]);
		expect(question).toMatchObject({answered: 7, right: 2});
		// Questions nobody got wrong have no most chosen wrong answer.
		const allRight = main.questions.find(({right, answered}) => right === answered);
		expect(allRight?.mostChosenWrong).toBeNull();
	});

	it('ranks the concepts by wrong answers, as counted from the attempts that count', () => {
		// Worked out here from the counted files, independently of the report.
		const counted = ['alice-2', 'bob-2', 'carol', 'dan', 'erin', 'frank', 'wang'].map(
			(name) => classFiles().find((file) => file.name === `${name}.json`)?.results,
		);
		const wrong = new Map<Concept, number>();
		for (const results of counted) {
			for (const question of results?.questions ?? []) {
				if (question.answer === null || question.right || !question.concept) continue;
				wrong.set(question.concept, (wrong.get(question.concept) ?? 0) + 1);
			}
		}
		const top = Math.max(...wrong.values());
		expect(main.concepts[0]?.wrong).toBe(top);
		expect(wrong.get(main.concepts[0]?.concept ?? 'states')).toBe(top);
		expect(main.concepts.map(({wrong: count}) => count)).toEqual(
			[...main.concepts.map(({wrong: count}) => count)].sort((a, b) => b - a),
		);
		expect(new Set(main.concepts.map(({concept}) => concept))).toEqual(new Set(wrong.keys()));
		// The planted question's concept was missed by the four who chose the wrong option, and frank.
		const plantedConcept = main.concepts.find(({concept}) => concept === plantedQuestion.concept);
		expect(plantedConcept?.students).toEqual(
			expect.arrayContaining(['alice', 'Bob', 'carol', 'dan', 'frank']),
		);
	});

	it('ranks each student’s missed concepts, most first', () => {
		const bob = main.students.find(({name}) => name === 'Bob');
		const counts = bob?.missed.map(({wrong}) => wrong) ?? [];
		expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(main.students.find(({name}) => name === 'erin')?.missed).toEqual([]);
	});

	it('gives every question a short id, the same in every file of the seed', () => {
		const ids = main.questions.map(({shortId}) => shortId);
		for (const id of ids) expect(id).toMatch(/^Q[0-9a-f]{4}$/);
		expect(new Set(ids).size).toBe(classCount);
		// The same quiz summarised from other files gives the same ids.
		const again = summarise('en', asRead(classFiles().slice(4, 6)));
		expect(groupOf(again, classSeed).questions.map(({shortId}) => shortId)).toEqual(ids);
	});
});

describe('shortIds', () => {
	it('is stable, and lengthens only the ids that would collide', () => {
		const once = shortIds(['fact:a', 'fact:b']);
		expect(shortIds(['fact:b', 'fact:a'])).toEqual(once);
		// Search a pair that collide in four hex digits, to see them told apart by eight.
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let index = 0; !pair; index++) {
			const id = `q${index}`;
			const short = shortIds([id]).get(id) ?? '';
			const other = seen.get(short);
			if (other) pair = [other, id];
			seen.set(short, id);
		}
		const both = shortIds(pair);
		expect([...both.values()].every((id) => /^Q[0-9a-f]{8}$/.test(id))).toBe(true);
		expect(new Set(both.values()).size).toBe(2);
	});
});

describe('groups', () => {
	const base = classFiles().find(({name}) => name === 'erin.json')?.results as QuizResults;
	const variant = (change: Partial<QuizResults>, name: string): ResultFile => ({
		path: `${name}.json`,
		results: {...base, student: name, ...change},
	});

	it('puts different topics, languages and versions apart, and files without a version too', () => {
		const {toolVersion: _, ...old} = base;
		const summary = summarise('en', [
			variant({}, 'a'),
			variant({}, 'b'),
			variant({lang: 'zh'}, 'c'),
			variant({toolVersion: '0.0.9'}, 'd'),
			{path: 'e.json', results: {...old, student: 'e'}},
		]);
		expect(summary.groups).toHaveLength(4);
		expect(summary.groups[0]?.students.map(({name}) => name)).toEqual(['a', 'b']);
		expect(summary.groups.map(({key}) => key.toolVersion)).toContain(null);
		const text = reportText('en', summary, [], 80);
		expect(text.split('\n\n')[0]).toContain(
			t('en', 'report.groupsWarning', {count: 4}).split(' ').slice(0, 4).join(' '),
		);
	});

	it('says nothing of groups when all files are from one quiz', () => {
		const text = reportText('en', summarise('en', [variant({}, 'a')]), [], 80);
		expect(text).not.toContain(t('en', 'report.groupsWarning', {count: 1}).slice(0, 10));
		expect(text.split('\n')[0]).toContain(`seed ${classSeed}`);
	});
});

describe('old results files', () => {
	it('load without concepts or a version; the concept comes from the question bank', () => {
		const file = classFiles()[0]?.results as QuizResults;
		const {toolVersion: _, ...rest} = file;
		const old = {
			...rest,
			questions: file.questions.map(({concept: __, ...question}) => question),
		};
		const checked = checkResults('en', JSON.parse(JSON.stringify(old)));
		if (!checked.ok) throw new Error(checked.reason);
		expect(checked.results.toolVersion).toBeUndefined();
		expect(checked.results.questions.map(({concept}) => concept)).toEqual(
			file.questions.map(({concept}) => concept),
		);
	});

	it('refuse a concept that is not one', () => {
		const file = classFiles()[0]?.results as QuizResults;
		const [first, ...others] = file.questions;
		const checked = checkResults('en', {
			...file,
			questions: [{...first, concept: 'vibes'}, ...others],
		});
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.reason).toContain('questions[0].concept');
	});
});

describe('the report in another language', () => {
	it('asks the questions again in the report’s language: the text and options are Chinese', () => {
		const main = groupOf(summarise('zh', asRead(classFiles())), classSeed);
		const factQuestion = main.questions.find(({kind}) => kind === 'fact');
		expect(factQuestion?.prompt).toMatch(/[\u4e00-\u9fff]/);
		const text = reportText('zh', summarise('zh', asRead(classFiles())), [], 80);
		expect(text).toContain(t('zh', 'report.wrongAnswers'));
		for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
	});
});

describe('reportText on the class', () => {
	const summary = summarise('en', asRead(classFiles()));

	it.each([40, 80, 120])('fits %i columns', (columns) => {
		const text = reportText('en', summary, [], columns);
		for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
	});

	it('warns at the top that two quizzes are mixed, then reports each group', () => {
		const text = reportText('en', summary, [], 80);
		const [warning = ''] = text.split('\n\n');
		expect(warning.replaceAll('\n', ' ')).toContain(t('en', 'report.groupsWarning', {count: 2}));
		expect(warning).toContain(`seed ${classSeed}`);
		expect(warning).toContain(`seed ${otherSeed}`);
		expect(text).toContain(
			t('en', 'report.overviewUnfinished', {students: 7, average: '76%', unfinished: 1}),
		);
	});

	it('names each question by its short id and its text, hardest (the planted one) first', () => {
		const text = reportText('en', summary, [], 80);
		const main = groupOf(summary, classSeed);
		const id = main.questions[planted]?.shortId ?? '?';
		const lines = text.split('\n');
		const header = lines.findIndex((line) => line.startsWith(t('en', 'report.column.id')));
		const first = lines[header + 1] ?? '';
		const letter = letterOf(plantedWrong);
		expect(first).toMatch(new RegExp(`^${id}\\s+2/7\\s+29%\\s+${letter} ×4\\s+`));
		expect(first).toContain(plantedQuestion.prompt.slice(0, 20));
		expect(first.endsWith('…')).toBe(true);
	});

	it('lists the planted question’s options with how many chose each', () => {
		const text = reportText('en', summary, [], 100);
		const main = groupOf(summary, classSeed);
		const id = main.questions[planted]?.shortId ?? '?';
		const lines = text.split('\n');
		const start = lines.findIndex((line) => line.startsWith(`${id} ·`));
		const end = lines.indexOf('', start);
		const block = lines.slice(start, end).join('\n');
		// The question whole, wrapped, then one line per option.
		expect(block.replaceAll(/\n +/g, ' ')).toContain(plantedQuestion.prompt);
		const wrongText = plantedQuestion.options[plantedWrong] ?? '';
		expect(block).toContain(
			`  4  ${letterOf(plantedWrong)}. ${wrongText}  (${t('en', 'report.optionMostWrong')})`,
		);
		expect(block).toContain(
			`  2  ${letterOf(plantedQuestion.correct)}. ${plantedQuestion.options[plantedQuestion.correct]}  (${t('en', 'report.optionRight')})`,
		);
	});

	it('lists the retakes: the one that counts and the others', () => {
		const text = reportText('en', summary, [], 100);
		expect(text).toContain(t('en', 'report.retakes'));
		expect(text).toMatch(/alice: 9\/10 \(.+\) counts; also 5\/10 \(/);
		expect(text).toMatch(/Bob: 6\/10 \(.+\) counts; also 9\/10 \(/);
		const best = reportText('en', summarise('en', asRead(classFiles()), 'best'), [], 100);
		// The counted attempt spells the name: bob-1.json says "bob".
		expect(best).toMatch(/bob: 9\/10 \(.+\) counts; also 6\/10 \(/);
		expect(best).toContain(t('en', 'report.basis.best'));
	});

	it('lines up wide (CJK) names by display columns', () => {
		const lines = reportText('en', summary, [], 80).split('\n');
		const header = lines.findIndex((line) =>
			line.startsWith(`${t('en', 'report.column.student')}  ${t('en', 'report.column.score')}`),
		);
		const rows = lines.slice(header, header + 8);
		const scoreEnds = rows.map((row) => {
			const match = /\d+\/\d+|Score/.exec(row);
			return width(row.slice(0, (match?.index ?? 0) + (match?.[0].length ?? 0)));
		});
		expect(new Set(scoreEnds).size).toBe(1);
		expect(rows.some((row) => row.startsWith('王芳'))).toBe(true);
	});
});

/** 'r' right, 'w' wrong, '-' unanswered, for q1, q2, q3 in order. */
function file(filePath: string, student: string, marks: string): ResultFile {
	const questions = [...marks].map((mark, index): QuestionResult => {
		const answer = mark === '-' ? null : mark === 'r' ? 0 : 1;
		return {
			id: `q${index + 1}`,
			topic: 'handshake',
			subject: 'handshake-states',
			concept: 'states',
			kind: 'fact',
			prompt: `Question ${index + 1}?`,
			options: ['yes', 'no', 'maybe'],
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
		toolVersion: '0.1.0',
		complete: !marks.includes('-'),
		score: questions.filter(({right}) => right).length,
		total: questions.length,
		questions,
	};
	return {path: filePath, results};
}

const hostile = 'eve\u001B[2J\u001B]0;pwned\u0007 <b>|x|</b>';

describe('untrusted text', () => {
	it('lets no escape sequence from a student file reach the terminal', () => {
		const text = reportText('en', summarise('en', [file('x.json', hostile, 'rrw')]), [], 80);
		expect(text.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u);
		expect(text).toContain('eve');
	});

	it('keeps the markdown free of HTML and table breaks', () => {
		expect(markdownText(hostile)).toBe('eve \\[2J \\]0;pwned &lt;b&gt;\\|x\\|&lt;/b&gt;');
		expect(markdownText('# not a heading')).toBe('\\# not a heading');
		const markdown = reportMarkdown('en', summarise('en', [file('x.json', hostile, 'rrw')]), []);
		expect(markdown).not.toMatch(/<b>/);
		const row = markdown.split('\n').find((line) => line.includes('pwned')) ?? '';
		// Six columns: seven unescaped pipes.
		expect(row.replaceAll('\\|', '').split('|')).toHaveLength(8);
	});

	it('quotes CSV commas and quotes, and passes no control character', () => {
		expect(csvField('After "FIN, ACK", which state?')).toBe('"After ""FIN, ACK"", which state?"');
		expect(csvField('two\nlines\r\u001B[31m')).toBe('two lines [31m');
		expect(csvField('plain')).toBe('plain');
		const name = 'Pat "the cat", Jr.\nclass 2';
		const rows = parseCsv(reportCsv(summarise('en', [file('pat, "p".json', name, 'rw')])));
		expect(rows[1]?.slice(0, 2)).toEqual(['Pat "the cat", Jr. class 2', 'pat, "p".json']);
		for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
	});

	it('keeps a spreadsheet from running a student name as a formula', () => {
		const rows = parseCsv(
			reportCsv(summarise('en', [file('m.json', '=HYPERLINK("http://x","y")', 'r')])),
		);
		expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://x","y")');
	});
});

describe('reportCsv on the class', () => {
	const rows = parseCsv(reportCsv(summarise('en', asRead(classFiles()))));
	const [header = [], ...students] = rows;
	const main = groupOf(summarise('en', asRead(classFiles())), classSeed);

	it('has a row per student and group, and a column per question named by id and text', () => {
		expect(header.slice(0, 11)).toEqual([
			'student',
			'file',
			'score',
			'total',
			'percent',
			'complete',
			'group',
			'seed',
			'attempts',
			'other_attempts',
			'missed_concepts',
		]);
		const column = header.indexOf(`${main.questions[planted]?.shortId}: ${plantedQuestion.prompt}`);
		expect(column).toBeGreaterThan(10);
		expect(students.map((row) => row[0])).toEqual([
			'alice',
			'Bob',
			'carol',
			'dan',
			'erin',
			'frank',
			'王芳',
			'zoe',
		]);
		// Right or wrong on the planted question, from the attempt that counts.
		expect(students.map((row) => row[column])).toEqual(['0', '0', '0', '0', '1', '0', '1', '']);
		const bob = students[1] ?? [];
		expect(bob.slice(1, 10)).toEqual(['bob-2.json', '6', '10', '60', '1', '1', '42', '2', '9/10']);
		expect(bob[10]?.split(' ').length).toBe(main.students[1]?.missed.length);
		expect(students.at(-1)?.slice(6, 8)).toEqual(['2', String(otherSeed)]);
	});
});

describe('reportMarkdown on the class', () => {
	const markdown = reportMarkdown('en', summarise('en', asRead(classFiles())), []);

	it('warns of the two quizzes at the top, then has a section per group', () => {
		const lines = markdown.split('\n');
		expect(lines[0]).toBe(`# ${t('en', 'report.markdownTitle')}`);
		expect(lines[2]).toMatch(/^> \*\*Warning: /);
		expect(lines.filter((line) => line.startsWith('## '))).toHaveLength(2);
	});

	it('has a table row per student and the planted question’s most chosen wrong answer', () => {
		const table = markdown.split('### ')[1] ?? '';
		// The header, the alignment row, and seven students.
		expect(table.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(2 + 7);
		expect(markdown).toContain('| Bob | 6/10 | 60% | yes | 2 |');
		const wrongText = markdownText(plantedQuestion.options[plantedWrong] ?? '');
		expect(markdown).toContain(
			`- 4 × ${letterOf(plantedWrong)}. ${wrongText} **(${t('en', 'report.optionMostWrong')})**`,
		);
	});
});

describe('the JSON report on the class', () => {
	const out = runReport(
		classFiles().map(({name}) => name),
		{lang: 'en', format: 'json', columns: 80},
		reader(classFiles()),
	);
	const report = JSON.parse(out.stdout);

	it('has the groups, the counted attempts, the wrong options and the concepts', () => {
		expect(report).toMatchObject({format: 'tcp-tui-class-report', version: 1, mixed: true});
		expect(report.groups.map((group: {quiz: {seed: number}}) => group.quiz.seed)).toEqual([
			classSeed,
			otherSeed,
		]);
		const [main] = report.groups;
		const bob = main.perStudent.find((student: {name: string}) => student.name === 'Bob');
		expect(bob.counted).toMatchObject({file: 'bob-2.json', score: 6});
		expect(bob.others).toMatchObject([{file: 'bob-1.json', score: 9}]);
		const question = main.questions[planted];
		expect(question).toMatchObject({
			questionId: plantedQuestion.id,
			concept: plantedQuestion.concept,
			text: plantedQuestion.prompt,
			answered: 7,
			right: 2,
			mostChosenWrong: plantedWrong,
		});
		expect(question.options[plantedWrong]).toMatchObject({chosen: 4, correct: false});
		expect(main.concepts[0].wrong).toBeGreaterThanOrEqual(main.concepts.at(-1).wrong);
	});
});

describe('runReport', () => {
	const files = classFiles();
	const names = ['alice-1.json', 'gone.json'];
	const skipped: SkippedFile[] = [{path: 'gone.json', reason: t('en', 'report.skip.notFound')}];

	it('prints the text report, with the skipped files and why', () => {
		const out = runReport(names, {lang: 'en', format: 'text', columns: 80}, reader(files));
		expect(out.exitCode).toBe(0);
		expect(out.stdout).toContain('alice');
		expect(out.stdout).toContain(
			t('en', 'report.skippedFile', skipped[0] ?? {path: '', reason: ''}),
		);
	});

	it('keeps stdout pure CSV, with the skipped files on stderr', () => {
		const out = runReport(names, {lang: 'en', format: 'csv', columns: 80}, reader(files));
		expect(parseCsv(out.stdout)).toHaveLength(2);
		expect(out.stderr).toContain(`gone.json: ${t('en', 'report.skip.notFound')}`);
	});

	it('explains on stderr and exits 1 when nothing is usable', () => {
		for (const format of ['text', 'csv', 'markdown', 'json'] as const) {
			const out = runReport(['gone.json'], {lang: 'en', format, columns: 80}, reader(files));
			expect(out).toMatchObject({stdout: '', exitCode: 1});
			expect(out.stderr.replaceAll('\n', ' ')).toContain(t('en', 'report.none'));
		}
		expect(reportExitCode(summarise('en', []))).toBe(1);
	});
});

describe('the fixture class on disk', () => {
	const directory = path.join(import.meta.dirname, 'fixtures', 'class');

	it('is read by the real reader and reported in two groups', () => {
		const names = readdirSync(directory).map((name) => path.join(directory, name));
		const out = runReport(names, {lang: 'en', format: 'text', columns: 80});
		expect(out.exitCode).toBe(0);
		expect(out.stdout).not.toContain(t('en', 'report.skipped', {count: 1}).split(':')[0]);
		expect(out.stdout).toContain(
			t('en', 'report.groupHeading', {index: 2, count: 2, quiz: ''}).trim(),
		);
		for (const line of out.stdout.split('\n')) expect(width(line)).toBeLessThanOrEqual(80);
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

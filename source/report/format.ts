// The class summary as terminal text, markdown for a course page, CSV for a spreadsheet, or JSON
// for the course's own tools. All four say the same things, from the same summary.
import {truncate, width, wrap} from '../diagram/text.js';
import {type Language, t} from '../i18n/index.js';
import type {SkippedFile} from './read-results.js';
import type {
	Attempt,
	GroupKey,
	GroupSummary,
	QuestionSummary,
	StudentSummary,
	Summary,
} from './summarise.js';
import {plain, table} from './table.js';

/** The option letters the quiz screen shows. */
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function letterOf(index: number): string {
	return letters[index] ?? String(index + 1);
}

/** 199 right of 200 is not 100%, and 1 of 200 is not 0%. */
export function percentText(percent: number): string {
	const rounded = Math.round(percent);
	if (rounded === 100 && percent < 100) return '99%';
	if (rounded === 0 && percent > 0) return '1%';
	return `${rounded}%`;
}

/** A time from a results file, in the teacher's time zone, to the minute. */
export function whenText(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return plain(iso);
	const two = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Which quiz a group took, said in `lang`; `key.lang` is the language the quiz was taken in. */
export function quizText(
	lang: Language,
	{seed, topic, lang: taken, toolVersion}: GroupKey,
): string {
	return t(lang, 'report.quiz', {
		seed,
		topic,
		lang: plain(taken),
		version:
			toolVersion === null
				? t(lang, 'report.unknownVersion')
				: t(lang, 'report.version', {version: plain(toolVersion)}),
	});
}

function attemptText(lang: Language, attempt: Attempt): string {
	const params = {
		score: attempt.score,
		total: attempt.total,
		when: whenText(attempt.finishedAt),
	};
	return t(lang, attempt.complete ? 'report.attempt' : 'report.attemptUnfinished', params);
}

function missedText(lang: Language, student: StudentSummary): string {
	if (student.missed.length === 0) return t(lang, 'report.noRate');
	return student.missed
		.map(({concept, wrong}) =>
			t(lang, 'report.missedConcept', {concept: t(lang, `quiz.concept.${concept}`), count: wrong}),
		)
		.join(t(lang, 'report.listSeparator'));
}

function rateText(lang: Language, question: QuestionSummary): string {
	return question.rate === null ? t(lang, 'report.noRate') : percentText(100 * question.rate);
}

function wrongPickText(lang: Language, question: QuestionSummary): string {
	const pick = question.mostChosenWrong;
	return pick
		? t(lang, 'report.wrongPick', {letter: letterOf(pick.index), count: pick.chosen})
		: '';
}

/** Lowest success rate first; questions nobody answered last. The sort is stable: quiz order. */
function hardestFirst(questions: readonly QuestionSummary[]): QuestionSummary[] {
	return [...questions].sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2));
}

function overviewText(lang: Language, group: GroupSummary): string {
	const unfinished = group.students.filter(({counted}) => !counted.complete).length;
	return t(lang, unfinished === 0 ? 'report.overview' : 'report.overviewUnfinished', {
		students: group.students.length,
		average: percentText(group.average),
		unfinished,
	});
}

// ---------------------------------------------------------------------------------------------
// Text

/** Prose keeps every word: wrapped, not cut. */
function prose(text: string, columns: number): string[] {
	const printed = plain(text);
	return width(printed) <= columns ? [printed] : wrap(printed, columns);
}

function heading(text: string, columns: number): string {
	return truncate(plain(text), columns);
}

function studentLines(lang: Language, group: GroupSummary, columns: number): string[] {
	const rows = group.students.map((student) => [
		student.name,
		`${student.counted.score}/${student.counted.total}`,
		percentText(student.counted.percent),
		t(lang, student.counted.complete ? 'report.yes' : 'report.no'),
		String(student.others.length + 1),
		missedText(lang, student),
	]);
	return [
		heading(t(lang, 'report.students'), columns),
		...table(
			[
				{header: t(lang, 'report.column.student'), align: 'left', flex: true},
				{header: t(lang, 'report.column.score'), align: 'right'},
				{header: t(lang, 'report.column.percent'), align: 'right'},
				{header: t(lang, 'report.column.finished'), align: 'left'},
				{header: t(lang, 'report.column.tries'), align: 'right'},
				{header: t(lang, 'report.column.missed'), align: 'left', flex: true},
			],
			rows,
			columns,
		),
	];
}

function questionLines(lang: Language, group: GroupSummary, columns: number): string[] {
	const rows = hardestFirst(group.questions).map((question) => [
		question.shortId,
		t(lang, 'report.rightOf', {right: question.right, answered: question.answered}),
		rateText(lang, question),
		wrongPickText(lang, question),
		question.prompt,
	]);
	return [
		heading(t(lang, 'report.questions'), columns),
		...table(
			[
				{header: t(lang, 'report.column.id'), align: 'left'},
				{header: t(lang, 'report.column.right'), align: 'right'},
				{header: t(lang, 'report.column.rate'), align: 'right'},
				{header: t(lang, 'report.column.wrongPick'), align: 'left'},
				{header: t(lang, 'report.column.question'), align: 'left', flex: true},
			],
			rows,
			columns,
		),
	];
}

/** Each question someone got wrong: its text, then every option with how many chose it. */
function wrongAnswerLines(lang: Language, group: GroupSummary, columns: number): string[] {
	const missed = hardestFirst(group.questions).filter(({mostChosenWrong}) => mostChosenWrong);
	const title = heading(t(lang, 'report.wrongAnswers'), columns);
	if (missed.length === 0) return [title, ...prose(t(lang, 'report.noneWrong'), columns)];
	const countWidth = Math.max(
		...missed.flatMap(({options}) => options.map(({chosen}) => String(chosen).length)),
	);
	const blocks = missed.map((question) => {
		const top = question.mostChosenWrong?.index;
		const options = question.options.map((option) => {
			const note = option.correct
				? `  ${t(lang, 'report.optionNote', {note: t(lang, 'report.optionRight')})}`
				: option.index === top
					? `  ${t(lang, 'report.optionNote', {note: t(lang, 'report.optionMostWrong')})}`
					: '';
			const count = String(option.chosen).padStart(countWidth);
			const start = `  ${count}  ${letterOf(option.index)}. `;
			// The note stays whole; the option's text gives up the room.
			const room = Math.max(1, columns - width(start) - width(note));
			return `${start}${truncate(plain(option.text), room)}${note}`;
		});
		return [
			heading(
				t(lang, 'report.wrongHeading', {
					id: question.shortId,
					concept: t(lang, `quiz.concept.${question.concept}`),
					right: question.right,
					answered: question.answered,
				}),
				columns,
			),
			// Here, where the teacher reads what was asked, the question is whole.
			...prose(question.prompt, Math.max(1, columns - 2)).map((line) => `  ${line}`),
			...options.map((line) => truncate(line, columns)),
		];
	});
	return [title, ...blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block]))];
}

function conceptLines(lang: Language, group: GroupSummary, columns: number): string[] {
	const title = heading(t(lang, 'report.concepts'), columns);
	if (group.concepts.length === 0) return [title, ...prose(t(lang, 'report.noneWrong'), columns)];
	const rows = group.concepts.map((concept) => [
		t(lang, `quiz.concept.${concept.concept}`),
		String(concept.wrong),
		String(concept.answered),
		concept.students.join(t(lang, 'report.listSeparator')),
	]);
	return [
		title,
		...table(
			[
				{header: t(lang, 'report.column.concept'), align: 'left'},
				{header: t(lang, 'report.column.wrong'), align: 'right'},
				{header: t(lang, 'report.column.answered'), align: 'right'},
				{header: t(lang, 'report.column.missedBy'), align: 'left', flex: true},
			],
			rows,
			columns,
		),
	];
}

function retakeLines(lang: Language, group: GroupSummary, columns: number): string[] {
	const retaken = group.students.filter(({others}) => others.length > 0);
	if (retaken.length === 0) return [];
	const lines = retaken.flatMap((student) =>
		prose(
			t(lang, 'report.retake', {
				student: student.name,
				counted: attemptText(lang, student.counted),
				others: student.others
					.map((attempt) => attemptText(lang, attempt))
					.join(t(lang, 'report.listSeparator')),
			}),
			Math.max(1, columns - 4),
		).map((line, index) => (index === 0 ? `  ${line}` : `    ${line}`)),
	);
	return [heading(t(lang, 'report.retakes'), columns), ...lines];
}

function skippedLines(lang: Language, skipped: readonly SkippedFile[], columns: number): string[] {
	const lines = skipped.flatMap(({path, reason}) =>
		wrap(plain(t(lang, 'report.skippedFile', {path, reason})), Math.max(1, columns - 4)).map(
			(line, index) => (index === 0 ? `  ${line}` : `    ${line}`),
		),
	);
	return [heading(t(lang, 'report.skipped', {count: skipped.length}), columns), ...lines];
}

/** The skipped files and why, for stderr when stdout carries CSV or JSON. */
export function skippedText(
	lang: Language,
	skipped: readonly SkippedFile[],
	columns: number,
): string {
	return skipped.length === 0 ? '' : skippedLines(lang, skipped, columns).join('\n');
}

function groupSections(
	lang: Language,
	group: GroupSummary,
	index: number,
	count: number,
	basis: Summary['basis'],
	columns: number,
): string[][] {
	const quiz = quizText(lang, group.key);
	const title =
		count > 1
			? t(lang, 'report.groupHeading', {index: index + 1, count, quiz})
			: t(lang, 'report.quizHeading', {quiz});
	const rule = '='.repeat(Math.min(columns, Math.max(1, width(plain(title)))));
	return [
		[
			...(count > 1 ? [rule] : []),
			...prose(title, columns),
			...(count > 1 ? [rule] : []),
			...prose(overviewText(lang, group), columns),
			...prose(t(lang, basis === 'best' ? 'report.basis.best' : 'report.basis.latest'), columns),
		],
		studentLines(lang, group, columns),
		questionLines(lang, group, columns),
		wrongAnswerLines(lang, group, columns),
		conceptLines(lang, group, columns),
		retakeLines(lang, group, columns),
	].filter((lines) => lines.length > 0);
}

function warningLines(lang: Language, summary: Summary, columns: number): string[] {
	const {groups} = summary;
	if (groups.length < 2) return [];
	return [
		...prose(t(lang, 'report.groupsWarning', {count: groups.length}), columns),
		...groups.flatMap((group, index) =>
			prose(
				t(lang, 'report.groupLine', {
					index: index + 1,
					quiz: quizText(lang, group.key),
					students: group.students.length,
				}),
				Math.max(1, columns - 4),
			).map((line, row) => (row === 0 ? `  ${line}` : `    ${line}`)),
		),
	];
}

/** The report for a terminal `columns` wide: no line is wider. */
export function reportText(
	lang: Language,
	summary: Summary,
	skipped: readonly SkippedFile[],
	columns: number,
): string {
	const sections: string[][] = [];
	if (summary.groups.length === 0) {
		sections.push(prose(t(lang, 'report.none'), columns));
	} else {
		const warning = warningLines(lang, summary, columns);
		if (warning.length > 0) sections.push(warning);
		for (const [index, group] of summary.groups.entries()) {
			sections.push(
				...groupSections(lang, group, index, summary.groups.length, summary.basis, columns),
			);
		}
	}
	if (skipped.length > 0) sections.push(skippedLines(lang, skipped, columns));
	return sections.map((lines) => lines.join('\n')).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * Text from a student's file, safe inside a markdown table cell or line: one line, no emphasis,
 * link, code or table markup, and no HTML (a course page may render it).
 */
export function markdownText(text: string): string {
	return plain(text)
		.replaceAll(/\s+/g, ' ')
		.trim()
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll(/([\\`*_[\]|~])/g, '\\$1')
		.replace(/^([#+-]|\d+[.)])/, '\\$1');
}

function markdownTable(
	header: readonly string[],
	align: readonly ('left' | 'right')[],
	rows: readonly (readonly string[])[],
): string[] {
	const line = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
	return [
		line(header),
		`|${align.map((side) => (side === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
		...rows.map(line),
	];
}

function markdownGroup(
	lang: Language,
	group: GroupSummary,
	index: number,
	count: number,
	basis: Summary['basis'],
): string[] {
	const quiz = quizText(lang, group.key);
	const title =
		count > 1
			? t(lang, 'report.groupHeading', {index: index + 1, count, quiz})
			: t(lang, 'report.quizHeading', {quiz});
	const wrong = hardestFirst(group.questions).filter(({mostChosenWrong}) => mostChosenWrong);
	const retaken = group.students.filter(({others}) => others.length > 0);
	return [
		`## ${markdownText(title)}`,
		'',
		markdownText(overviewText(lang, group)),
		markdownText(t(lang, basis === 'best' ? 'report.basis.best' : 'report.basis.latest')),
		'',
		`### ${markdownText(t(lang, 'report.students'))}`,
		'',
		...markdownTable(
			[
				t(lang, 'report.column.student'),
				t(lang, 'report.column.score'),
				t(lang, 'report.column.percent'),
				t(lang, 'report.column.finished'),
				t(lang, 'report.column.tries'),
				t(lang, 'report.column.missed'),
			],
			['left', 'right', 'right', 'left', 'right', 'left'],
			group.students.map((student) => [
				student.name,
				`${student.counted.score}/${student.counted.total}`,
				percentText(student.counted.percent),
				t(lang, student.counted.complete ? 'report.yes' : 'report.no'),
				String(student.others.length + 1),
				missedText(lang, student),
			]),
		),
		'',
		`### ${markdownText(t(lang, 'report.questions'))}`,
		'',
		...markdownTable(
			[
				t(lang, 'report.column.id'),
				t(lang, 'report.column.right'),
				t(lang, 'report.column.rate'),
				t(lang, 'report.column.wrongPick'),
				t(lang, 'report.column.question'),
			],
			['left', 'right', 'right', 'left', 'left'],
			hardestFirst(group.questions).map((question) => [
				question.shortId,
				t(lang, 'report.rightOf', {right: question.right, answered: question.answered}),
				rateText(lang, question),
				wrongPickText(lang, question),
				question.prompt,
			]),
		),
		'',
		`### ${markdownText(t(lang, 'report.wrongAnswers'))}`,
		'',
		...(wrong.length === 0
			? [markdownText(t(lang, 'report.noneWrong')), '']
			: wrong.flatMap((question) => [
					`#### ${markdownText(
						t(lang, 'report.wrongHeading', {
							id: question.shortId,
							concept: t(lang, `quiz.concept.${question.concept}`),
							right: question.right,
							answered: question.answered,
						}),
					)}`,
					'',
					markdownText(question.prompt),
					'',
					...question.options.map((option) => {
						const note = option.correct
							? ` ${t(lang, 'report.optionNote', {note: t(lang, 'report.optionRight')})}`
							: option.index === question.mostChosenWrong?.index
								? ` **${t(lang, 'report.optionNote', {note: t(lang, 'report.optionMostWrong')})}**`
								: '';
						return `- ${option.chosen} × ${letterOf(option.index)}. ${markdownText(option.text)}${note}`;
					}),
					'',
				])),
		`### ${markdownText(t(lang, 'report.concepts'))}`,
		'',
		...(group.concepts.length === 0
			? [markdownText(t(lang, 'report.noneWrong'))]
			: markdownTable(
					[
						t(lang, 'report.column.concept'),
						t(lang, 'report.column.wrong'),
						t(lang, 'report.column.answered'),
						t(lang, 'report.column.missedBy'),
					],
					['left', 'right', 'right', 'left'],
					group.concepts.map((concept) => [
						t(lang, `quiz.concept.${concept.concept}`),
						String(concept.wrong),
						String(concept.answered),
						concept.students.join(t(lang, 'report.listSeparator')),
					]),
				)),
		'',
		...(retaken.length === 0
			? []
			: [
					`### ${markdownText(t(lang, 'report.retakes'))}`,
					'',
					...retaken.map(
						(student) =>
							`- ${markdownText(
								t(lang, 'report.retake', {
									student: student.name,
									counted: attemptText(lang, student.counted),
									others: student.others
										.map((attempt) => attemptText(lang, attempt))
										.join(t(lang, 'report.listSeparator')),
								}),
							)}`,
					),
					'',
				]),
	];
}

/** The report as markdown, for a course page: a student's name can add no markup or HTML. */
export function reportMarkdown(
	lang: Language,
	summary: Summary,
	skipped: readonly SkippedFile[],
): string {
	const lines = [`# ${markdownText(t(lang, 'report.markdownTitle'))}`, ''];
	if (summary.groups.length === 0) lines.push(markdownText(t(lang, 'report.none')), '');
	if (summary.groups.length > 1) {
		lines.push(
			`> **${markdownText(t(lang, 'report.groupsWarning', {count: summary.groups.length}))}**`,
		);
		for (const [index, group] of summary.groups.entries()) {
			lines.push(
				`> - ${markdownText(
					t(lang, 'report.groupLine', {
						index: index + 1,
						quiz: quizText(lang, group.key),
						students: group.students.length,
					}),
				)}`,
			);
		}
		lines.push('');
	}
	for (const [index, group] of summary.groups.entries()) {
		lines.push(...markdownGroup(lang, group, index, summary.groups.length, summary.basis));
	}
	if (skipped.length > 0) {
		lines.push(`### ${markdownText(t(lang, 'report.skipped', {count: skipped.length}))}`, '');
		for (const {path, reason} of skipped) {
			lines.push(`- ${markdownText(t(lang, 'report.skippedFile', {path, reason}))}`);
		}
		lines.push('');
	}
	return `${lines.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 field. */
export function csvField(text: string): string {
	// A spreadsheet runs a cell that starts with = + - or @ as a formula; a student's name must not.
	// Nor may it reach the teacher's terminal with control characters when the CSV is not redirected.
	const printed = plain(text);
	const safe = formulaStart.test(printed) ? `'${printed}` : printed;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A gradebook: one row per student and quiz group, one column per question (1 right, 0 wrong,
 * blank unanswered or not in the student's quiz). The fixed column names are not translated, so
 * that formulas and scripts keep working whatever the teacher's language; a question's column is
 * named by its short id and its text, as in the text report.
 */
export function reportCsv(summary: Summary): string {
	const columns = new Map<string, string>();
	for (const group of summary.groups) {
		for (const question of group.questions) {
			if (!columns.has(question.id)) {
				columns.set(question.id, `${question.shortId}: ${question.prompt}`);
			}
		}
	}
	const header = [
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
		...columns.values(),
	];
	const rows = summary.groups.flatMap((group, index) =>
		group.students.map((student) => [
			student.name,
			student.counted.path,
			String(student.counted.score),
			String(student.counted.total),
			String(Math.round(student.counted.percent * 10) / 10),
			student.counted.complete ? '1' : '0',
			String(index + 1),
			String(group.key.seed),
			String(student.others.length + 1),
			student.others.map((other) => `${other.score}/${other.total}`).join(' '),
			student.missed.map(({concept, wrong}) => `${concept}:${wrong}`).join(' '),
			...[...columns.keys()].map((id) => {
				const answer = student.answers.get(id);
				return answer === undefined ? '' : answer.right ? '1' : '0';
			}),
		]),
	);
	return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// JSON

export const reportFormat = 'tcp-tui-class-report';
export const reportVersion = 1;

function attemptJson(attempt: Attempt) {
	return {
		file: attempt.path,
		score: attempt.score,
		total: attempt.total,
		percent: Math.round(attempt.percent * 10) / 10,
		complete: attempt.complete,
		startedAt: attempt.startedAt,
		finishedAt: attempt.finishedAt,
	};
}

/**
 * The whole summary, for the course's tools. Text from students' files goes out as JSON strings,
 * which escape every control character.
 */
export function reportJson(summary: Summary, skipped: readonly SkippedFile[]): string {
	const report = {
		format: reportFormat,
		version: reportVersion,
		counts: summary.basis,
		mixed: summary.groups.length > 1,
		groups: summary.groups.map((group) => ({
			quiz: group.key,
			students: group.students.length,
			average: Math.round(group.average * 10) / 10,
			perStudent: group.students.map((student) => ({
				name: student.name,
				counted: attemptJson(student.counted),
				others: student.others.map(attemptJson),
				missedConcepts: student.missed,
				answers: Object.fromEntries(
					[...student.answers].map(([id, answer]) => [
						group.questions.find((question) => question.id === id)?.shortId ?? id,
						answer,
					]),
				),
			})),
			questions: group.questions.map((question) => ({
				id: question.shortId,
				questionId: question.id,
				concept: question.concept,
				kind: question.kind,
				text: question.prompt,
				answered: question.answered,
				right: question.right,
				rate: question.rate === null ? null : Math.round(question.rate * 1000) / 1000,
				options: question.options,
				mostChosenWrong: question.mostChosenWrong?.index ?? null,
			})),
			concepts: group.concepts,
		})),
		skipped,
	};
	return `${JSON.stringify(report, null, 2)}\n`;
}

// The class summary as terminal text or as CSV for a spreadsheet.
import {truncate, width, wrap} from '../diagram/text.js';
import {t} from '../i18n/index.js';
import type {SkippedFile} from './read-results.js';
import type {QuestionSummary, Summary} from './summarise.js';
import {plain, table} from './table.js';

/** 199 right of 200 is not 100%, and 1 of 200 is not 0%. */
export function percentText(percent: number): string {
	const rounded = Math.round(percent);
	if (rounded === 100 && percent < 100) return '99%';
	if (rounded === 0 && percent > 0) return '1%';
	return `${rounded}%`;
}

/** Prose keeps every word: wrapped, not cut. */
function prose(text: string, columns: number): string[] {
	return width(text) <= columns ? [text] : wrap(text, columns);
}

function studentLines(summary: Summary, columns: number): string[] {
	const rows = summary.students.map((student) => [
		student.name,
		`${student.score}/${student.total}`,
		percentText(student.percent),
		t(student.complete ? 'report.yes' : 'report.no'),
	]);
	return [
		truncate(t('report.students'), columns),
		...table(
			[
				{header: t('report.column.student'), align: 'left', flex: true},
				{header: t('report.column.score'), align: 'right'},
				{header: t('report.column.percent'), align: 'right'},
				{header: t('report.column.finished'), align: 'left'},
			],
			rows,
			columns,
		),
	];
}

/** Lowest success rate first; questions nobody answered last. The sort is stable, so ties keep quiz order. */
function hardestFirst(questions: readonly QuestionSummary[]): QuestionSummary[] {
	return [...questions].sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2));
}

function questionLines(summary: Summary, columns: number): string[] {
	const rows = hardestFirst(summary.questions).map((question) => [
		question.id,
		String(question.answered),
		String(question.right),
		question.rate === null ? t('report.noRate') : percentText(100 * question.rate),
		question.prompt,
	]);
	return [
		truncate(t('report.questions'), columns),
		...table(
			[
				{header: t('report.column.question'), align: 'left'},
				{header: t('report.column.answered'), align: 'right'},
				{header: t('report.column.right'), align: 'right'},
				{header: t('report.column.rate'), align: 'right'},
				{header: t('report.column.prompt'), align: 'left', flex: true},
			],
			rows,
			columns,
		),
	];
}

function subjectLines(summary: Summary, columns: number): string[] {
	const missed = summary.subjects.filter(({wrong}) => wrong > 0);
	const heading = truncate(t('report.subjects'), columns);
	if (missed.length === 0) return [heading, ...prose(t('report.noneWrong'), columns)];
	const rows = missed.map(({subject, wrong, answered}) => [
		subject,
		String(wrong),
		String(answered),
	]);
	return [
		heading,
		...table(
			[
				{header: t('report.column.subject'), align: 'left', flex: true},
				{header: t('report.column.wrong'), align: 'right'},
				{header: t('report.column.answered'), align: 'right'},
			],
			rows,
			columns,
		),
	];
}

function skippedLines(skipped: readonly SkippedFile[], columns: number): string[] {
	const lines = skipped.flatMap(({path, reason}) =>
		wrap(plain(t('report.skippedFile', {path, reason})), Math.max(1, columns - 4)).map(
			(line, index) => (index === 0 ? `  ${line}` : `    ${line}`),
		),
	);
	return [truncate(t('report.skipped', {count: skipped.length}), columns), ...lines];
}

/** The skipped files and why, for stderr when stdout carries CSV. */
export function skippedText(skipped: readonly SkippedFile[], columns: number): string {
	return skipped.length === 0 ? '' : skippedLines(skipped, columns).join('\n');
}

/** The report for a terminal `columns` wide: no line is wider. */
export function reportText(
	summary: Summary,
	skipped: readonly SkippedFile[],
	columns: number,
): string {
	const sections: string[][] = [];
	if (summary.average === null) {
		sections.push(prose(t('report.none'), columns));
	} else {
		const unfinished = summary.students.filter(({complete}) => !complete).length;
		const overview = t(unfinished === 0 ? 'report.overview' : 'report.overviewUnfinished', {
			students: summary.students.length,
			average: percentText(summary.average),
			unfinished,
		});
		sections.push(
			prose(overview, columns),
			studentLines(summary, columns),
			questionLines(summary, columns),
			subjectLines(summary, columns),
		);
	}
	if (skipped.length > 0) sections.push(skippedLines(skipped, columns));
	return sections.map((lines) => lines.join('\n')).join('\n\n');
}

const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 field. */
export function csvField(text: string): string {
	// A spreadsheet runs a cell that starts with = + - or @ as a formula; a student's name must not.
	const safe = formulaStart.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function reportCsv(summary: Summary): string {
	// Rows are students and columns are student, file, score, total, percent, complete, then one
	// column per question id: 1 right, 0 wrong, blank unanswered. A gradebook grid sorts and sums
	// in any spreadsheet. Column names are fixed, not translated, so that formulas and scripts keep
	// working whatever the teacher's language.
	const ids = summary.questions.map(({id}) => id);
	const header = ['student', 'file', 'score', 'total', 'percent', 'complete', ...ids];
	const rows = summary.students.map((student) => [
		student.name,
		student.path,
		String(student.score),
		String(student.total),
		String(Math.round(student.percent * 10) / 10),
		student.complete ? '1' : '0',
		...ids.map((id) => {
			const right = student.answers.get(id);
			return right === undefined ? '' : right ? '1' : '0';
		}),
	]);
	return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

// The class summary: per student, per question, per subject. Pure, so the text and CSV agree.
import path from 'node:path';
import type {ResultFile} from './read-results.js';

export type StudentSummary = {
	/** The student's name, followed by the file name when two files carry the same name. */
	readonly name: string;
	readonly path: string;
	readonly score: number;
	readonly total: number;
	/** 0 to 100. */
	readonly percent: number;
	readonly complete: boolean;
	/** Question id -> answered right; a question left unanswered is absent. */
	readonly answers: ReadonlyMap<string, boolean>;
};

export type QuestionSummary = {
	readonly id: string;
	/** As the first file that has this question words it (students may use different languages). */
	readonly prompt: string;
	readonly subject: string;
	readonly answered: number;
	readonly right: number;
	/** right / answered, from 0 to 1; null when nobody answered it. */
	readonly rate: number | null;
};

export type SubjectSummary = {
	readonly subject: string;
	readonly answered: number;
	readonly wrong: number;
};

export type Summary = {
	/** Ordered by name. */
	readonly students: readonly StudentSummary[];
	/** In the order the questions first appear. */
	readonly questions: readonly QuestionSummary[];
	/** The topics missed most first. */
	readonly subjects: readonly SubjectSummary[];
	/** The mean of the students' percents; null when there are no students. */
	readonly average: number | null;
};

function sameName(name: string): string {
	return name.trim().normalize('NFC').toLowerCase();
}

function counter(values: readonly string[]): (value: string) => number {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(sameName(value), (counts.get(sameName(value)) ?? 0) + 1);
	return (value) => counts.get(sameName(value)) ?? 0;
}

/** Student names; a name on more than one file gets the file name, or the path if that is shared too. */
function names(files: readonly ResultFile[]): string[] {
	const plain = files.map(({path: file, results}) => ({
		file,
		name: results.student.trim() || path.basename(file),
	}));
	const byName = counter(plain.map(({name}) => name));
	const withFile = plain.map(({file, name}) =>
		byName(name) > 1 ? `${name} (${path.basename(file)})` : name,
	);
	const byFile = counter(withFile);
	return plain.map(({file, name}, index) => {
		const label = withFile[index] ?? name;
		return byFile(label) > 1 ? `${name} (${file})` : label;
	});
}

function students(files: readonly ResultFile[]): StudentSummary[] {
	const labels = names(files);
	return files
		.map(({path: file, results}, index) => ({
			name: labels[index] ?? results.student,
			path: file,
			score: results.score,
			total: results.total,
			percent: (100 * results.score) / results.total,
			complete: results.complete,
			answers: new Map(
				results.questions
					.filter((question) => question.answer !== null)
					.map((question) => [question.id, question.right]),
			),
		}))
		.sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
}

function questions(files: readonly ResultFile[]): QuestionSummary[] {
	const byId = new Map<
		string,
		{prompt: string; subject: string; answered: number; right: number}
	>();
	for (const {results} of files) {
		for (const question of results.questions) {
			const entry = byId.get(question.id) ?? {
				prompt: question.prompt,
				subject: question.subject,
				answered: 0,
				right: 0,
			};
			if (question.answer !== null) entry.answered++;
			if (question.right) entry.right++;
			byId.set(question.id, entry);
		}
	}
	return [...byId].map(([id, entry]) => ({
		id,
		...entry,
		rate: entry.answered === 0 ? null : entry.right / entry.answered,
	}));
}

function subjects(files: readonly ResultFile[]): SubjectSummary[] {
	const bySubject = new Map<string, {answered: number; wrong: number}>();
	for (const {results} of files) {
		for (const question of results.questions) {
			if (question.answer === null) continue;
			const entry = bySubject.get(question.subject) ?? {answered: 0, wrong: 0};
			entry.answered++;
			if (!question.right) entry.wrong++;
			bySubject.set(question.subject, entry);
		}
	}
	// Most wrong answers first; between equals, the larger share wrong.
	return [...bySubject]
		.map(([subject, entry]) => ({subject, ...entry}))
		.sort(
			(a, b) =>
				b.wrong - a.wrong ||
				b.wrong / b.answered - a.wrong / a.answered ||
				a.subject.localeCompare(b.subject),
		);
}

export function summarise(files: readonly ResultFile[]): Summary {
	const list = students(files);
	const average =
		list.length === 0 ? null : list.reduce((sum, {percent}) => sum + percent, 0) / list.length;
	return {students: list, questions: questions(files), subjects: subjects(files), average};
}

/** With no usable results there is nothing to report, and a script should know: exit 1. */
export function reportExitCode(summary: Summary): 0 | 1 {
	return summary.students.length === 0 ? 1 : 0;
}

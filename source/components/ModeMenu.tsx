import {useState} from 'react';
import {useKeymap} from '../hooks/use-keymap.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, t} from '../i18n/index.js';
import {challenges} from '../learn/challenges.js';
import {lessons} from '../learn/lessons.js';
import {challengeRecord, lessonCompleted, type Progress} from '../progress/progress.js';
import {type TopicChoice, topicChoices} from '../quiz/results.js';
import {useDisplay} from './display.js';
import NameEntry from './NameEntry.js';
import Picker, {type PickerItem} from './Picker.js';

export type MenuChoice =
	| {readonly mode: 'sandbox' | 'help' | 'quit'}
	| {readonly mode: 'lesson' | 'challenge'; readonly name: string}
	| {readonly mode: 'quiz'; readonly topic: TopicChoice};

type List = 'modes' | 'lessons' | 'challenges' | 'topics' | 'students' | 'name';

type Props = {
	readonly width: number;
	readonly rows: number;
	readonly progress: Progress;
	/** Whose progress it is: the menu's progress is this student's. */
	readonly student: string;
	/** The other names with progress in the file, to switch to. */
	readonly students: readonly string[];
	/** Open on "whose progress?" (a shared lab account, no --name, not asked yet this sitting). */
	readonly askName?: boolean;
	/** The student picked or typed a name (the same one too: the question is answered). */
	readonly onStudent: (name: string) => void;
	/** A line about the progress file that could not be used, shown once. */
	readonly warning: string | null;
	readonly onChoose: (choice: MenuChoice) => void;
	/** Esc on the top list: back to where the student was. */
	readonly onClose: () => void;
};

function modeItems(lang: Language, progress: Progress, student: string): PickerItem[] {
	const lessonsDone = lessons.filter((lesson) => lessonCompleted(progress, lesson.name)).length;
	const solved = challenges.filter(
		(challenge) => challengeRecord(progress, challenge.name)?.status === 'solved',
	).length;
	const best = progress.quiz.all;
	return [
		{key: 'sandbox', label: t(lang, 'mode.sandbox'), value: 'sandbox'},
		{
			key: 'lessons',
			label: t(lang, 'mode.lessons', {done: lessonsDone, total: lessons.length}),
			value: 'lessons',
		},
		{
			key: 'quiz',
			label: best
				? t(lang, 'mode.quizBest', {score: best.score, total: best.total})
				: t(lang, 'mode.quiz'),
			value: 'topics',
		},
		{
			key: 'challenges',
			label: t(lang, 'mode.challenges', {done: solved, total: challenges.length}),
			value: 'challenges',
		},
		{key: 'student', label: t(lang, 'progress.menu.student', {name: student}), value: 'students'},
		{key: 'help', label: t(lang, 'mode.help'), value: 'help'},
		{key: 'quit', label: t(lang, 'mode.quit'), value: 'quit'},
	];
}

/** The sentinel value of "someone else" in the list of names: no name is empty. */
const someoneElse = '';

/** The start menu: the modes, then the list of lessons, challenges or quiz topics, with progress. */
export default function ModeMenu({
	width,
	rows,
	progress,
	student,
	students,
	askName = false,
	onStudent,
	warning,
	onChoose,
	onClose,
}: Props) {
	const lang = useLanguage();
	const {glyphs} = useDisplay();
	const [list, setList] = useState<List>(askName ? 'students' : 'modes');
	const back = () =>
		list === 'modes' ? onClose() : setList(list === 'name' ? 'students' : 'modes');
	const named = (name: string) => {
		onStudent(name);
		setList('modes');
	};
	// q quits from every list; Ctrl+C is the App's, on every screen. A name typed takes q as text.
	useKeymap(
		'menu',
		{
			onCommand: (command) => {
				if (command === 'quit') onChoose({mode: 'quit'});
			},
		},
		list !== 'name',
	);
	const common = {width, rows, onClose: back, footnote: warning ?? undefined};
	if (list === 'name') {
		return <NameEntry width={width} rows={rows} onName={named} onClose={back} />;
	}
	if (list === 'students') {
		const others = students.filter((name) => name !== student);
		return (
			<Picker
				key="students"
				title={t(lang, 'progress.students.title')}
				items={[
					{key: `student:${student}`, label: student, value: student},
					...others.map((name) => ({key: `student:${name}`, label: name, value: name})),
					{
						key: 'someone-else',
						label: t(lang, 'progress.students.someoneElse'),
						value: someoneElse,
					},
				]}
				onPick={(name) => (name === someoneElse ? setList('name') : named(name))}
				{...common}
				// Esc keeps the name: the question has its answer.
				onClose={() => named(student)}
			/>
		);
	}
	if (list === 'lessons') {
		return (
			<Picker
				key="lessons"
				title={t(lang, 'mode.lessonsTitle')}
				items={lessons.map((lesson, index) => ({
					key: lesson.name,
					label: `${index + 1}. ${t(lang, lesson.title)}${lessonCompleted(progress, lesson.name) ? `  ${glyphs.tick} ${t(lang, 'mode.done')}` : ''}`,
					value: lesson.name,
				}))}
				onPick={(name) => onChoose({mode: 'lesson', name})}
				{...common}
			/>
		);
	}
	if (list === 'challenges') {
		return (
			<Picker
				key="challenges"
				title={t(lang, 'mode.challengesTitle')}
				items={challenges.map((challenge) => {
					const record = challengeRecord(progress, challenge.name);
					const mark =
						record?.status === 'solved'
							? `  ${glyphs.tick} ${t(lang, 'mode.solved', {moves: record.best})}`
							: record?.status === 'shown'
								? `  ${t(lang, 'mode.shown')}`
								: '';
					return {
						key: challenge.name,
						label: `${t(lang, challenge.title)}${mark}`,
						value: challenge.name,
					};
				})}
				onPick={(name) => onChoose({mode: 'challenge', name})}
				{...common}
			/>
		);
	}
	if (list === 'topics') {
		return (
			<Picker
				key="topics"
				title={t(lang, 'mode.quizTitle')}
				items={topicChoices.map((topic) => {
					const best = progress.quiz[topic];
					// The brackets are the language's own: ( ) in English, （ ） in Chinese.
					const mark = best
						? `  ${t(lang, 'mode.best', {score: best.score, total: best.total})}`
						: '';
					return {key: topic, label: `${t(lang, `mode.topic.${topic}`)}${mark}`, value: topic};
				})}
				onPick={(topic) => onChoose({mode: 'quiz', topic: topic as TopicChoice})}
				{...common}
			/>
		);
	}
	return (
		<Picker
			key="modes"
			title={t(lang, 'mode.menuTitle')}
			items={modeItems(lang, progress, student)}
			onPick={(value) => {
				if (
					value === 'lessons' ||
					value === 'challenges' ||
					value === 'topics' ||
					value === 'students'
				) {
					setList(value);
				} else onChoose({mode: value as 'sandbox' | 'help' | 'quit'});
			}}
			{...common}
		/>
	);
}

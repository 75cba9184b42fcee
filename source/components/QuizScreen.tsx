// The quiz: one question at a time with ink-select-input, then right or wrong and why, then a summary.
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {type ReactNode, useLayoutEffect, useReducer, useState} from 'react';
import type {QuizSettings} from '../app.js';
import {toAscii} from '../diagram/glyphs.js';
import {clipLines, truncate, wrap} from '../diagram/text.js';
import {currentLanguage, t} from '../i18n/index.js';
import {makeQuiz, type QuizState, quizReducer, resultsOf, score, startQuiz} from '../quiz/quiz.js';
import type {QuizResults} from '../quiz/results.js';
import {type Display, toneColorOf, useDisplay} from './display.js';
import {Label, Marker} from './Picker.js';

type Props = {
	readonly settings: QuizSettings;
	readonly columns: number;
	readonly rows: number;
	readonly now: () => number;
	/** Told after every change, so that the results exist even if the student quits early. */
	readonly onResults: (results: QuizResults) => void;
	readonly onMenu: () => void;
	/** q; Ctrl+C is the App's own. */
	readonly onQuit: () => void;
};

const letters = 'ABCDEFGH';

function plain(display: Display, text: string): string {
	return display.ascii ? toAscii(text) : text;
}

function summaryLines(state: QuizState, settings: QuizSettings, width: number): string[] {
	const total = state.questions.length;
	const right = score(state);
	const lines = wrap(
		t('mode.quizDone', {
			student: settings.student,
			score: right,
			total,
			percent: Math.round((100 * right) / total),
		}),
		width,
	);
	const missed = state.questions.filter(
		(question, index) => state.answers[index]?.choice !== question.correct,
	);
	if (missed.length === 0) return [...lines, '', t('mode.allRight')];
	lines.push('', t('mode.missed', {count: missed.length}));
	for (const question of missed) {
		const answer = state.answers[state.questions.indexOf(question)];
		const chosen = answer === undefined ? '—' : (question.options[answer.choice] ?? '—');
		lines.push(
			'',
			...wrap(question.prompt, width),
			...wrap(t('mode.yourAnswer', {answer: chosen}), width - 2).map((line) => `  ${line}`),
			...wrap(
				t('mode.rightAnswer', {answer: question.options[question.correct] ?? ''}),
				width - 2,
			).map((line) => `  ${line}`),
			...wrap(question.explanation, width - 2).map((line) => `  ${line}`),
		);
	}
	return lines;
}

export default function QuizScreen({
	settings,
	columns,
	rows,
	now,
	onResults,
	onMenu,
	onQuit,
}: Props) {
	const display = useDisplay();
	const width = columns - 1;
	const [state, dispatch] = useReducer(quizReducer, undefined, () =>
		startQuiz(makeQuiz({count: settings.count, seed: settings.seed, topic: settings.topic}), now()),
	);
	const [scroll, setScroll] = useState(0);
	// A layout effect: the results are told before anything else can happen, quitting included.
	useLayoutEffect(() => {
		onResults(
			resultsOf(state, {
				student: settings.student,
				seed: settings.seed,
				topic: settings.topic,
				lang: currentLanguage(),
				now: now(),
			}),
		);
	}, [state, settings, now, onResults]);

	const summary = state.phase === 'summary' ? summaryLines(state, settings, width - 1) : [];
	const bodyRows = rows - 3; // header, footer, and the row Ink must never reach
	useInput((input, key) => {
		// Ctrl+C is the App's, on every screen.
		if (key.ctrl) return;
		if (key.escape) onMenu();
		else if (input.toLowerCase() === 'q') onQuit();
		else if (state.phase === 'feedback' && (key.return || input === ' '))
			dispatch({type: 'next', now: now()});
		else if (state.phase === 'summary') {
			if (key.return) onMenu();
			const max = Math.max(0, summary.length - bodyRows);
			if (key.upArrow) setScroll((old) => Math.max(0, old - 1));
			if (key.downArrow) setScroll((old) => Math.min(max, old + 1));
		}
	});

	const question = state.questions[state.index];
	const header = t(state.phase === 'summary' ? 'mode.quizSummaryHeader' : 'mode.quizHeader', {
		topic: t(`mode.topic.${settings.topic}`),
		index: Math.min(state.index + 1, state.questions.length),
		count: state.questions.length,
		score: score(state),
	});
	const dim = toneColorOf(display, 'dim');
	const footerKey =
		state.phase === 'asking'
			? 'mode.quizKeys'
			: state.phase === 'feedback'
				? state.index + 1 < state.questions.length
					? 'mode.quizNextKeys'
					: 'mode.quizLastKeys'
				: 'mode.quizSummaryKeys';
	const frame = (body: ReactNode) => (
		<Box flexDirection="column" width={width}>
			<Text bold inverse wrap="truncate">
				{truncate(plain(display, ` ${header}`), width, display.glyphs.ellipsis).padEnd(width)}
			</Text>
			<Box flexDirection="column" height={bodyRows}>
				{body}
			</Box>
			<Text color={dim} wrap="truncate">
				{truncate(plain(display, ` ${t(footerKey)}`), width, display.glyphs.ellipsis)}
			</Text>
		</Box>
	);

	if (state.phase === 'summary' || !question) {
		return frame(
			<Text>
				{summary
					.slice(scroll, scroll + bodyRows)
					.map((line) => ` ${line}`)
					.join('\n')}
			</Text>,
		);
	}
	const answer = state.answers[state.index];
	const text = (line: string) => plain(display, line);
	const prompt = wrap(text(question.prompt), width - 1);
	if (state.phase === 'asking' || !answer) {
		// Each option whole if they fit with at least two lines of the question, else one line each.
		const wrapped = question.options.map((option, index) =>
			wrap(text(`${letters[index]}. ${option}`), width - 6),
		);
		const wrappedRows = wrapped.reduce((sum, lines) => sum + lines.length, 0);
		const options =
			wrappedRows + Math.min(2, prompt.length) <= bodyRows
				? wrapped
				: question.options.map((option, index) => [
						truncate(text(`${letters[index]}. ${option}`), width - 4, display.glyphs.ellipsis),
					]);
		const optionRows = options.reduce((sum, lines) => sum + lines.length, 0);
		const spare = bodyRows - optionRows - prompt.length;
		// A question ends with what it asks ("Which … may the client send now?"): if it must be cut,
		// its first lines go.
		const room = bodyRows - optionRows;
		const shown =
			prompt.length <= room
				? prompt
				: room <= 0
					? []
					: [
							truncate(
								`${display.glyphs.ellipsis} ${prompt[prompt.length - room] ?? ''}`,
								width - 1,
							),
							...prompt.slice(prompt.length - room + 1),
						];
		return frame(
			<>
				{spare >= 2 ? <Text> </Text> : null}
				<Text>{shown.map((line) => ` ${line}`).join('\n')}</Text>
				{spare >= 1 ? <Text> </Text> : null}
				<SelectInput
					items={options.map((lines, index) => ({
						key: String(index),
						label: lines.join('\n   '),
						value: index,
					}))}
					indicatorComponent={Marker}
					itemComponent={Label}
					onSelect={(item) => dispatch({type: 'answer', choice: item.value, now: now()})}
				/>
			</>,
		);
	}
	// After the answer: the right option and the one chosen, then why; the question gives up rows
	// first, so that the explanation is always there to read.
	const right = answer.choice === question.correct;
	const marked = (index: number, mark: string) =>
		truncate(text(`${mark} ${letters[index]}. ${question.options[index] ?? ''}`), width - 1);
	const choices = right
		? [marked(question.correct, display.glyphs.tick)]
		: [answer.choice, question.correct]
				.sort((a, b) => a - b)
				.map((index) =>
					marked(index, index === question.correct ? display.glyphs.tick : display.glyphs.cross),
				);
	const verdict = right
		? t('mode.right')
		: t('mode.wrong', {
				letter: letters[question.correct] ?? '?',
				answer: question.options[question.correct] ?? '',
			});
	const why = [
		...wrap(text(`${right ? display.glyphs.tick : display.glyphs.cross} ${verdict}`), width - 1),
		...wrap(text(question.explanation), width - 1),
	];
	// The explanation first, then the options marked, then the question, as the rows allow.
	const whyShown = clipLines(why, bodyRows, width - 1, display.glyphs.ellipsis);
	const choiceRoom = bodyRows - whyShown.length - 1;
	const choicesShown = choiceRoom >= choices.length ? choices : [];
	const promptRoom = choiceRoom - choicesShown.length - 1;
	const promptShown = clipLines(prompt, promptRoom, width - 1, display.glyphs.ellipsis);
	return frame(
		<>
			{promptShown.length > 0 ? (
				<Text>{promptShown.map((line) => ` ${line}`).join('\n')}</Text>
			) : null}
			{promptShown.length > 0 ? <Text> </Text> : null}
			{choicesShown.length > 0 ? (
				<Text>{choicesShown.map((line) => ` ${line}`).join('\n')}</Text>
			) : null}
			{choicesShown.length > 0 ? <Text> </Text> : null}
			<Text color={toneColorOf(display, right ? 'ok' : 'bad')}>
				{whyShown.map((line) => ` ${line}`).join('\n')}
			</Text>
		</>,
	);
}

// The quiz: one question at a time with ink-select-input, then right or wrong and why, then a summary.
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {type ReactNode, useEffect, useReducer, useState} from 'react';
import type {QuizSettings} from '../app.js';
import {toAscii} from '../diagram/glyphs.js';
import {truncate, wrap} from '../diagram/text.js';
import {currentLanguage, t} from '../i18n/index.js';
import {makeQuiz, type QuizState, quizReducer, resultsOf, score, startQuiz} from '../quiz/quiz.js';
import type {QuizResults} from '../quiz/results.js';
import {type Display, toneColorOf, useDisplay} from './display.js';

type Props = {
	readonly settings: QuizSettings;
	readonly columns: number;
	readonly rows: number;
	readonly now: () => number;
	/** Told after every change, so that the results exist even if the student quits early. */
	readonly onResults: (results: QuizResults) => void;
	readonly onMenu: () => void;
	readonly onQuit: (reason: 'quit' | 'interrupt') => void;
};

const letters = 'ABCDEFGH';

/** The selected item's marker in our glyphs (the list's own is a blue ❯, even in ASCII). */
function Marker({isSelected = false}: {readonly isSelected?: boolean}) {
	const display = useDisplay();
	return <Text bold={isSelected}>{isSelected ? `${display.glyphs.active} ` : '  '}</Text>;
}

function Label({
	isSelected = false,
	label,
}: {
	readonly isSelected?: boolean;
	readonly label: string;
}) {
	return <Text bold={isSelected}>{label}</Text>;
}

function plain(display: Display, text: string): string {
	return display.ascii ? toAscii(text) : text;
}

/** Keep the first lines that fit, ending with an ellipsis if some were left out. */
function firstLines(lines: string[], room: number, width: number, ellipsis: string): string[] {
	if (lines.length <= room) return lines;
	if (room <= 0) return [];
	const kept = lines.slice(0, room);
	kept[room - 1] = truncate(`${kept[room - 1]} ${ellipsis}`, width, ellipsis);
	return kept;
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
	useEffect(() => {
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
		if (key.ctrl && input === 'c') onQuit('interrupt');
		else if (key.escape) onMenu();
		else if (input.toLowerCase() === 'q' && !key.ctrl) onQuit('quit');
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
	const optionWidth = width - 6;
	const optionLines = question.options.map((option, index) =>
		wrap(plain(display, `${letters[index]}. ${option}`), optionWidth),
	);
	const optionRows = optionLines.reduce((sum, lines) => sum + lines.length, 0);
	const answer = state.answers[state.index];
	const verdict =
		state.phase === 'feedback' && answer
			? answer.choice === question.correct
				? {
						text: `${display.glyphs.tick} ${t('mode.right')}\n${question.explanation}`,
						tone: 'ok' as const,
					}
				: {
						text: `${display.glyphs.cross} ${t('mode.wrong', {
							letter: letters[question.correct] ?? '?',
							answer: question.options[question.correct] ?? '',
						})}\n${question.explanation}`,
						tone: 'bad' as const,
					}
			: null;
	const verdictLines = verdict
		? plain(display, verdict.text)
				.split('\n')
				.flatMap((paragraph) => wrap(paragraph, width - 1))
		: [];
	// The options always show; the explanation and then the question give up rows first.
	const promptRoom = Math.max(
		1,
		bodyRows - optionRows - 2 - (verdict ? Math.min(verdictLines.length, 3) + 1 : 0),
	);
	const prompt = firstLines(
		wrap(plain(display, question.prompt), width - 1),
		promptRoom,
		width - 1,
		display.glyphs.ellipsis,
	);
	const verdictRoom = Math.max(0, bodyRows - prompt.length - optionRows - 3);
	return frame(
		<>
			<Text> </Text>
			<Text>{prompt.map((line) => ` ${line}`).join('\n')}</Text>
			<Text> </Text>
			{state.phase === 'asking' ? (
				<SelectInput
					items={optionLines.map((lines, index) => ({
						key: String(index),
						label: lines.join('\n   '),
						value: index,
					}))}
					indicatorComponent={Marker}
					itemComponent={Label}
					onSelect={(item) => dispatch({type: 'answer', choice: item.value, now: now()})}
				/>
			) : (
				<Text>
					{optionLines
						.map((lines, index) => {
							const mark =
								index === question.correct
									? display.glyphs.tick
									: index === answer?.choice
										? display.glyphs.cross
										: ' ';
							return `${mark.padEnd(2)}${lines.join('\n    ')}`;
						})
						.join('\n')}
				</Text>
			)}
			{verdict && verdictRoom > 0 ? (
				<>
					<Text> </Text>
					<Text color={toneColorOf(display, verdict.tone)}>
						{firstLines(verdictLines, verdictRoom - 1, width - 1, display.glyphs.ellipsis)
							.map((line) => ` ${line}`)
							.join('\n')}
					</Text>
				</>
			) : null}
		</>,
	);
}

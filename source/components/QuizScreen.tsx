// The quiz: one question at a time, its options to pick from, then right or wrong and why, then a
// summary. Its keys are the command table's (commands.ts), for each of the three.
import {Box, Text} from 'ink';
import {type ReactNode, useLayoutEffect, useReducer, useRef, useState} from 'react';
import {answerKeysLabel, answerLetters, type KeyScreen, keySentences} from '../commands.js';
import {toAscii} from '../diagram/glyphs.js';
import {clipLines, padEnd, truncate, width as widthOf, wrap} from '../diagram/text.js';
import {useKeymap} from '../hooks/use-keymap.js';
import {useLanguage} from '../hooks/use-language.js';
import {type Language, t} from '../i18n/index.js';
import {makeQuiz, type QuizState, quizReducer, resultsOf, score, startQuiz} from '../quiz/quiz.js';
import type {QuizResults} from '../quiz/results.js';
import type {QuizSettings} from '../start.js';
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

/** The options' letters: A, B, C, D. */
const letters = answerLetters(4);

function plain(display: Display, text: string): string {
	return display.ascii ? toAscii(text) : text;
}

/** Chinese marks that never start a line. */
const closingMarks = new Set('，。、：；！？）」』》…”');

/**
 * Where a line may start when the text is cut from the front: after a space, or at an ideograph
 * (never at a closing mark).
 */
function breaksOf(text: string): number[] {
	const starts: number[] = [];
	const characters = [...text];
	let offset = 0;
	for (const [index, character] of characters.entries()) {
		const before = characters[index - 1];
		const wide = character >= '\u2E80' && !closingMarks.has(character);
		if (index === 0 || before === ' ' || wide) {
			starts.push(offset);
		}
		offset += character.length;
	}
	return starts;
}

/**
 * The end of a text in at most `rows` lines, after an ellipsis: as much of it as fits, wrapped
 * again, so that no line is cut. A question ends with what it asks.
 */
function endOf(text: string, rows: number, columns: number, ellipsis: string): string[] {
	const whole = wrap(text, columns);
	if (whole.length <= rows) return whole;
	if (rows <= 0) return [];
	const starts = breaksOf(text);
	// The fewer characters kept, the fewer lines: the first start whose tail fits is the longest.
	let low = 0;
	let high = starts.length - 1;
	let best: string[] = [];
	while (low <= high) {
		const middle = Math.floor((low + high) / 2);
		const lines = wrap(`${ellipsis} ${text.slice(starts[middle]).trimStart()}`, columns);
		if (lines.length <= rows) {
			best = lines;
			high = middle - 1;
		} else low = middle + 1;
	}
	return best.length > 0 ? best : [truncate(ellipsis, columns, '')];
}

/** An option with its mark and letter, wrapped under its own text: "✗ B. The side that…". */
function markedLines(head: string, option: string, columns: number): string[] {
	const indent = widthOf(head);
	const [first = '', ...rest] = wrap(option, Math.max(1, columns - indent));
	return [`${head}${first}`, ...rest.map((line) => `${' '.repeat(indent)}${line}`)];
}

function summaryLines(
	lang: Language,
	state: QuizState,
	settings: QuizSettings,
	width: number,
): string[] {
	const total = state.questions.length;
	const right = score(state);
	const lines = wrap(
		t(lang, 'mode.quizDone', {
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
	if (missed.length === 0) return [...lines, '', t(lang, 'mode.allRight')];
	lines.push('', t(lang, 'mode.missed', {count: missed.length}));
	for (const question of missed) {
		const answer = state.answers[state.questions.indexOf(question)];
		const chosen = answer === undefined ? '—' : (question.options[answer.choice] ?? '—');
		lines.push(
			'',
			...wrap(question.prompt, width),
			...wrap(t(lang, 'mode.yourAnswer', {answer: chosen}), width - 2).map((line) => `  ${line}`),
			...wrap(
				t(lang, 'mode.rightAnswer', {answer: question.options[question.correct] ?? ''}),
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
	const lang = useLanguage();
	const display = useDisplay();
	const width = columns - 1;
	const [state, dispatch] = useReducer(quizReducer, undefined, () =>
		startQuiz(
			makeQuiz({lang, count: settings.count, seed: settings.seed, topic: settings.topic}),
			now(),
		),
	);
	const [scroll, setScroll] = useState(0);
	// The option marked for Enter, on the question it was marked on: each question starts at A. Kept
	// in a ref too, for Enter right after an arrow, before the screen has shown it.
	const markedRef = useRef({index: 0, option: 0});
	const [, redraw] = useState(markedRef.current);
	const setMarked = (option: number) => {
		markedRef.current = {index: state.index, option};
		redraw(markedRef.current);
	};
	const markedNow = () => (markedRef.current.index === state.index ? markedRef.current.option : 0);
	// A layout effect: the results are told before anything else can happen, quitting included.
	useLayoutEffect(() => {
		onResults(
			resultsOf(state, {
				student: settings.student,
				seed: settings.seed,
				topic: settings.topic,
				lang,
				now: now(),
			}),
		);
	}, [state, settings, lang, now, onResults]);

	const summary =
		state.phase === 'summary'
			? summaryLines(lang, state, settings, width - 1).map((line) => plain(display, line))
			: [];
	const asked = state.questions[state.index];
	const optionCount = asked?.options.length ?? 0;
	const bodyRows = rows - 3; // header, footer, and the row Ink must never reach
	const screen: KeyScreen =
		state.phase === 'asking' && asked
			? 'quiz'
			: state.phase === 'feedback' && asked
				? 'quiz-answered'
				: 'quiz-summary';
	const answerWith = (choice: number) => {
		if (choice >= 0 && choice < optionCount) dispatch({type: 'answer', choice, now: now()});
	};
	// Ctrl+C is the App's, on every screen.
	useKeymap(screen, {
		onCommand: (command, key) => {
			switch (command) {
				case 'menu':
				case 'leave-summary':
					onMenu();
					return;
				case 'quit':
					onQuit();
					return;
				// The options' letters (a or A) and numbers answer, as the screen labels them.
				case 'answer-letter':
					answerWith(letters.indexOf(key.toUpperCase()));
					return;
				case 'answer-number':
					answerWith(Number(key) - 1);
					return;
				case 'answer':
					answerWith(markedNow());
					return;
				// Past the first option, the last; past the last, the first.
				case 'highlight-up':
					setMarked((markedNow() + optionCount - 1) % Math.max(1, optionCount));
					return;
				case 'highlight-down':
					setMarked((markedNow() + 1) % Math.max(1, optionCount));
					return;
				case 'next-question':
					dispatch({type: 'next', now: now()});
					return;
				case 'scroll-up':
					setScroll((old) => Math.max(0, old - 1));
					return;
				case 'scroll-down': {
					const max = Math.max(0, summary.length - bodyRows);
					setScroll((old) => Math.min(max, old + 1));
					return;
				}
			}
		},
	});

	const question = state.questions[state.index];
	const header = t(lang, state.phase === 'summary' ? 'mode.quizSummaryHeader' : 'mode.quizHeader', {
		topic: t(lang, `mode.topic.${settings.topic}`),
		index: Math.min(state.index + 1, state.questions.length),
		count: state.questions.length,
		score: score(state),
	});
	const dim = toneColorOf(display, 'dim');
	// The footer is the screen's sentence of the catalog; after the last answer, "see the summary".
	const footerKey =
		screen === 'quiz-answered'
			? keySentences[screen][state.index + 1 < state.questions.length ? 0 : 1]
			: keySentences[screen][0];
	const frame = (body: ReactNode) => (
		<Box flexDirection="column" width={width}>
			<Text bold inverse wrap="truncate">
				{padEnd(truncate(plain(display, ` ${header}`), width, display.glyphs.ellipsis), width)}
			</Text>
			<Box flexDirection="column" height={bodyRows}>
				{body}
			</Box>
			<Text color={dim} wrap="truncate">
				{truncate(
					plain(
						display,
						` ${t(lang, footerKey, {keys: answerKeysLabel(optionCount || letters.length)})}`,
					),
					width,
					display.glyphs.ellipsis,
				)}
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
		// its first words go.
		const shown = endOf(
			text(question.prompt),
			bodyRows - optionRows,
			width - 1,
			display.glyphs.ellipsis,
		);
		return frame(
			<>
				{spare >= 2 ? <Text> </Text> : null}
				<Text>{shown.map((line) => ` ${line}`).join('\n')}</Text>
				{spare >= 1 ? <Text> </Text> : null}
				<Box flexDirection="column">
					{options.map((lines, index) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: the options' order is the question's
						<Box key={index}>
							<Marker isSelected={index === markedNow()} />
							<Label isSelected={index === markedNow()} label={lines.join('\n   ')} />
						</Box>
					))}
				</Box>
			</>,
		);
	}
	// After the answer: the option chosen, whole, and the right one; then why; then the question.
	const right = answer.choice === question.correct;
	const marked = (index: number) =>
		markedLines(
			`${index === question.correct ? display.glyphs.tick : display.glyphs.cross} ${letters[index]}. `,
			text(question.options[index] ?? ''),
			width - 1,
		);
	const chosen = marked(answer.choice);
	const both = right
		? chosen
		: [answer.choice, question.correct].sort((a, b) => a - b).flatMap((index) => marked(index));
	const verdict = right
		? t(lang, 'mode.right')
		: t(lang, 'mode.wrong', {
				letter: letters[question.correct] ?? '?',
				answer: question.options[question.correct] ?? '',
			});
	const verdictLines = wrap(
		text(`${right ? display.glyphs.tick : display.glyphs.cross} ${verdict}`),
		width - 1,
	);
	const explanation = wrap(text(question.explanation), width - 1);
	// The right option is in the verdict too: when rows are short, the chosen one is shown alone.
	const wanted = verdictLines.length + Math.min(2, explanation.length) + 1;
	const choicesShown = both.length + wanted <= bodyRows ? both : chosen;
	const whyShown = clipLines(
		[...verdictLines, ...explanation],
		bodyRows - choicesShown.length - 1,
		width - 1,
		display.glyphs.ellipsis,
	);
	const promptRoom = bodyRows - choicesShown.length - 1 - whyShown.length - 1;
	const promptShown = endOf(text(question.prompt), promptRoom, width - 1, display.glyphs.ellipsis);
	return frame(
		<>
			{promptShown.length > 0 ? (
				<Text>{promptShown.map((line) => ` ${line}`).join('\n')}</Text>
			) : null}
			{promptShown.length > 0 ? <Text> </Text> : null}
			<Text>{choicesShown.map((line) => ` ${line}`).join('\n')}</Text>
			<Text> </Text>
			<Text color={toneColorOf(display, right ? 'ok' : 'bad')}>
				{whyShown.map((line) => ` ${line}`).join('\n')}
			</Text>
		</>,
	);
}

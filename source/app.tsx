// The whole program on screen: the sandbox (where lessons and challenges play too), the mode menu
// and the quiz. It keeps what outlives a screen: the sandbox's state and the student's progress.
import {useApp} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {type Display, DisplayContext} from './components/display.js';
import ModeMenu, {type MenuChoice} from './components/ModeMenu.js';
import Picker from './components/Picker.js';
import QuizScreen from './components/QuizScreen.js';
import SandboxScreen from './components/SandboxScreen.js';
import {type ExportFormat, exportFormats} from './export/formats.js';
import {useKeymap} from './hooks/use-keymap.js';
import {LanguageProvider} from './hooks/use-language.js';
import {type Achievement, type SandboxCallbacks, useSandbox} from './hooks/use-sandbox.js';
import {type Size, useTerminalSize} from './hooks/use-terminal-size.js';
import {type Language, t} from './i18n/index.js';
import {guideApi} from './learn/guide.js';
import type {Scenario} from './learn/scenarios.js';
import {
	emptyProgress,
	type Progress,
	withChallenge,
	withLesson,
	withQuizScore,
} from './progress/progress.js';
import type {QuizResults} from './quiz/results.js';
import type {QuizSettings, Start} from './start.js';
import type {Session, SessionOptions} from './tcp/session.js';

export type {QuizSettings, Start} from './start.js';

/** Where progress is kept; tests pass one in memory. */
export type ProgressKeeper = {
	/** The progress of the student the program starts with (QuizSettings.student). */
	readonly progress: Progress;
	readonly warning: string | null;
	/** Saves `student`'s progress: the one the menu names, who may have switched. */
	save(next: Progress, student: string): string | null;
	/** Another student's progress in the same file; without it, a new name starts empty. */
	progressOf?(student: string): Progress;
	/** The names with progress kept, for the menu to offer. */
	students?(): readonly string[];
};

type Props = {
	/** The language of every word on screen, chosen once by the CLI; the App provides it below. */
	readonly lang: Language;
	/** ISNs, and optionally the network mode and an automatic peer. */
	readonly connection: SessionOptions;
	/** A scenario to start with, played step by step with Space. */
	readonly scenario?: Scenario | null;
	readonly display: Display;
	readonly absolute?: boolean;
	/** Fixed size for tests; by default the terminal's, following resizes. */
	readonly size?: Size;
	readonly start?: Start;
	readonly quiz?: QuizSettings;
	readonly progress?: ProgressKeeper;
	/**
	 * The menu first asks whose progress it is, once a sitting: one lab account, many students,
	 * and no --name given.
	 */
	readonly askName?: boolean;
	/** Told the quiz's results after every answer, so that quitting early still has them. */
	readonly onQuizResults?: (results: QuizResults) => void;
	/** Told why the screen closes, just before it does (Ctrl+C means exit status 130). */
	readonly onQuit?: (reason: 'quit' | 'interrupt') => void;
	/** The clock the quiz times answers with. */
	readonly now?: () => number;
	readonly onExport?: Exporter;
};

type Screen = 'sandbox' | 'menu' | 'quiz' | 'export';

/** Writes the session to a file; tui.tsx does the writing, so the screen stays free of I/O. */
export type Exporter = (
	session: Session,
	format: ExportFormat,
	options: {readonly lang: Language; readonly ascii: boolean; readonly absolute: boolean},
) =>
	| {readonly ok: true; readonly path: string}
	| {readonly ok: false; readonly path: string; readonly reason: string};

const defaultQuiz: QuizSettings = {count: 10, seed: 1, topic: 'all', student: 'student'};

function remembered(progress: Progress, achieved: Achievement, now: Date): Progress {
	return achieved.kind === 'lesson'
		? withLesson(progress, achieved.name, now)
		: withChallenge(progress, achieved.name, achieved, now);
}

export default function App({
	lang,
	connection,
	scenario = null,
	display,
	absolute = false,
	size,
	start = {mode: 'sandbox'},
	quiz = defaultQuiz,
	progress: keeper,
	askName = false,
	onQuizResults,
	onQuit,
	now = Date.now,
	onExport,
}: Props) {
	const terminal = useTerminalSize();
	const {columns, rows} = size ?? terminal;
	const [state, actions] = useSandbox(connection, absolute, scenario, start);
	const [screen, setScreen] = useState<Screen>(
		start.mode === 'menu' ? 'menu' : start.mode === 'quiz' ? 'quiz' : 'sandbox',
	);
	// The first quiz of a sitting is the one --seed names; later ones get new questions.
	const [quizRun, setQuizRun] = useState({
		topic: quiz.topic,
		seed: quiz.seed,
		taken: start.mode === 'quiz' ? 1 : 0,
	});
	const [progress, setProgress] = useState(keeper?.progress ?? emptyProgress());
	const [student, setStudent] = useState(quiz.student);
	const [asked, setAsked] = useState(!askName);
	const [warning, setWarning] = useState(keeper?.warning ?? null);
	const [quit, setQuit] = useState<false | 'quit' | 'interrupt'>(false);
	const [flash, setFlash] = useState<string | null>(null);
	const {exit} = useApp();

	// The latest progress and its student, so that saving happens here and not inside an updater.
	const latest = useRef(progress);
	const whose = useRef(student);
	const remember = useCallback(
		(update: (old: Progress) => Progress) => {
			const next = update(latest.current);
			if (next === latest.current) return;
			latest.current = next;
			setProgress(next);
			const failed = keeper?.save(next, whose.current) ?? null;
			if (failed) setWarning(failed);
		},
		[keeper],
	);
	const switchStudent = (name: string) => {
		setAsked(true);
		if (name === whose.current) return;
		const theirs = keeper?.progressOf?.(name) ?? emptyProgress();
		whose.current = name;
		latest.current = theirs;
		setStudent(name);
		setProgress(theirs);
	};

	const {achieved} = state;
	useEffect(() => {
		if (achieved) remember((old) => remembered(old, achieved, new Date(now())));
	}, [achieved, remember, now]);

	// Ctrl+C leaves from any screen, lists included, with the status a shell expects. Quitting is
	// the App's alone: the screens ask for it (q) through onQuit.
	useKeymap('app', {
		onCommand: (command) => {
			if (command === 'interrupt') setQuit('interrupt');
		},
	});

	const reason = quit;
	useEffect(() => {
		if (!reason) return;
		onQuit?.(reason);
		exit();
	}, [reason, exit, onQuit]);

	const choose = (choice: MenuChoice) => {
		switch (choice.mode) {
			case 'quit':
				setQuit('quit');
				return;
			case 'sandbox':
				// A lesson or challenge is left for free play; a scenario is free play already.
				if (state.guide && guideApi(state.guide).guided) actions.leaveGuide();
				break;
			case 'help':
				actions.openHelp();
				break;
			case 'lesson':
			case 'challenge':
				actions.begin(choice.mode, choice.name);
				break;
			case 'quiz':
				setQuizRun((run) => ({
					topic: choice.topic,
					seed: quiz.seed + run.taken,
					taken: run.taken + 1,
				}));
				setScreen('quiz');
				return;
		}
		setScreen('sandbox');
	};

	// A key on the sandbox ends the message a saved file left there.
	const sandboxActions = useMemo<SandboxCallbacks>(
		() => ({
			...actions,
			command: (command, key, max) => {
				setFlash(null);
				actions.command(command, key, max);
			},
			other: (key) => {
				setFlash(null);
				actions.other(key);
			},
		}),
		[actions],
	);

	const exportAs = (format: ExportFormat) => {
		setScreen('sandbox');
		if (!onExport) return;
		const saved = onExport(state.sim.session, format, {
			lang,
			ascii: display.ascii,
			absolute: state.view.absolute,
		});
		setFlash(
			saved.ok
				? t(lang, 'mode.exported', {format, path: saved.path})
				: t(lang, 'mode.exportFailed', {path: saved.path, reason: saved.reason}),
		);
	};

	return (
		<LanguageProvider value={lang}>
			<DisplayContext.Provider value={display}>
				{screen === 'export' ? (
					<Picker
						title={t(lang, 'mode.exportTitle')}
						items={exportFormats.map((format) => ({
							key: format,
							label: t(lang, `mode.export.${format}`),
							value: format,
						}))}
						width={columns - 1}
						rows={rows - 1}
						onPick={(format) => exportAs(format as ExportFormat)}
						onClose={() => setScreen('sandbox')}
					/>
				) : screen === 'menu' ? (
					<ModeMenu
						width={columns - 1}
						rows={rows - 1}
						progress={progress}
						student={student}
						students={keeper?.students?.() ?? [student]}
						askName={!asked}
						onStudent={switchStudent}
						warning={warning}
						onChoose={choose}
						onClose={() => setScreen('sandbox')}
					/>
				) : screen === 'quiz' ? (
					<QuizScreen
						key={`${lang}:${quizRun.topic}:${quizRun.seed}`}
						settings={{...quiz, student, topic: quizRun.topic, seed: quizRun.seed}}
						columns={columns}
						rows={rows}
						now={now}
						onResults={(results) => {
							onQuizResults?.(results);
							if (results.complete && results.total > 0) {
								remember((old) =>
									withQuizScore(old, results.topic, results.score, results.total, new Date(now())),
								);
							}
						}}
						onMenu={() => setScreen('menu')}
						onQuit={() => setQuit('quit')}
					/>
				) : (
					<SandboxScreen
						state={state}
						actions={sandboxActions}
						flash={flash}
						onExport={() => setScreen('export')}
						onQuit={() => setQuit('quit')}
						columns={columns}
						rows={rows}
						isActive={screen === 'sandbox'}
						onMenu={() => setScreen('menu')}
					/>
				)}
			</DisplayContext.Provider>
		</LanguageProvider>
	);
}

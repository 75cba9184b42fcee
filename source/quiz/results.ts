// What `tcp-tui --quiz --json` prints and `tcp-tui report` reads: one student's quiz.
import packageJson from '../../package.json' with {type: 'json'};

export const resultsFormat = 'tcp-tui-quiz-results';
export const resultsVersion = 1;

/** What --topic takes, in the order menus list them. */
export const topicChoices = ['all', 'handshake', 'teardown'] as const;
export type TopicChoice = (typeof topicChoices)[number];
export type QuizTopic = Exclude<TopicChoice, 'all'>;

/** How many questions a quiz may have. */
export const minQuestions = 1;
export const maxQuestions = 50;

/** Where a question comes from: the reference article's facts, or the engine. */
export type QuestionKind = 'fact' | 'predict-state' | 'sequence' | 'valid-move';

/**
 * What a question tests, for a teacher's "concepts missed most". Fixed ids, in the order a course
 * meets them; the catalog names them (`quiz.concept.<id>`).
 */
export const concepts = [
	'states',
	'why-three',
	'isn-plus-one',
	'seq-vs-ack',
	'why-four',
	'half-close',
	'time-wait',
] as const;
export type Concept = (typeof concepts)[number];

/** Which tcp-tui wrote a results file: quizzes from two versions may differ for the same seed. */
export const toolVersion: string = packageJson.version;

export type QuestionResult = {
	/** Stable: the same question has the same id for every student (given the same seed). */
	readonly id: string;
	readonly topic: QuizTopic;
	/** A finer topic, for "the topics missed most", e.g. 'time-wait', 'three-not-two'. */
	readonly subject: string;
	/** Absent in files written before concepts existed; the report then works it out from the id. */
	readonly concept?: Concept;
	readonly kind: QuestionKind;
	readonly prompt: string;
	readonly options: readonly string[];
	/** The index chosen, or null when the quiz ended before this question was answered. */
	readonly answer: number | null;
	readonly answerText: string | null;
	readonly correct: number;
	readonly correctText: string;
	readonly right: boolean;
	/** From the question being shown to the answer, in milliseconds (0 if unanswered). */
	readonly ms: number;
};

export type QuizResults = {
	readonly format: typeof resultsFormat;
	readonly version: typeof resultsVersion;
	/** Who took it: --name, or the login name. */
	readonly student: string;
	readonly startedAt: string;
	readonly finishedAt: string;
	readonly seed: number;
	readonly topic: TopicChoice;
	readonly lang: string;
	/** The tcp-tui version that asked the questions; absent in files from before it was recorded. */
	readonly toolVersion?: string;
	/** False when the student quit before the last question. */
	readonly complete: boolean;
	readonly score: number;
	readonly total: number;
	readonly questions: readonly QuestionResult[];
};

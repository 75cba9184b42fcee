// What `tcp-tui --quiz --json` prints and `tcp-tui report` reads: one student's quiz.

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

export type QuestionResult = {
	/** Stable: the same question has the same id for every student (given the same seed). */
	readonly id: string;
	readonly topic: QuizTopic;
	/** A finer topic, for "the topics missed most", e.g. 'time-wait', 'three-not-two'. */
	readonly subject: string;
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
	/** False when the student quit before the last question. */
	readonly complete: boolean;
	readonly score: number;
	readonly total: number;
	readonly questions: readonly QuestionResult[];
};

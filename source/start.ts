// How a sitting starts, and the quiz it sets: types the App and its screens share, kept below both
// so that no screen imports the App.
import type {TopicChoice} from './quiz/results.js';

export type Start =
	| {readonly mode: 'sandbox' | 'menu' | 'quiz'}
	| {readonly mode: 'lesson' | 'challenge'; readonly name: string};

export type QuizSettings = {
	readonly count: number;
	readonly seed: number;
	readonly topic: TopicChoice;
	/** Who takes it, for the results. */
	readonly student: string;
};

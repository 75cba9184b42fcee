// What a guided lesson is: moves the student makes one by one, each announced and explained.
import type {MessageKey} from '../i18n/index.js';
import type {NetworkMode} from '../tcp/machine.js';

export type LessonStep = {
	/** The move the student must make, in script syntax: c:syn, s:ack, net:drop … (net: the oldest). */
	readonly move: string;
	/** Said before the move: what is about to happen. The screen adds which key does it. */
	readonly before: MessageKey;
	/** Said after the move, under the engine's own explanation: what it proved. */
	readonly after: MessageKey;
	/** Added to the engine's reason when the student presses something else. */
	readonly hint: MessageKey;
};

export type Lesson = {
	readonly name: string;
	readonly title: MessageKey;
	readonly intro: MessageKey;
	readonly network: NetworkMode;
	/** The two-way handshake "what if" (not TCP). */
	readonly twoWay?: true;
	/** Moves played before the lesson starts, in script syntax (e.g. an open connection). */
	readonly setup?: string;
	readonly steps: readonly LessonStep[];
	readonly outro: MessageKey;
};

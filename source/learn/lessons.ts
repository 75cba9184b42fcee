// The guided lessons: the moves a student makes, each with what to expect and what it proved.
// The engine plays every move; these texts only say why it matters (en-lessons.ts holds them).
import type {MessageKey} from '../i18n/index.js';
import type {Lesson, LessonStep} from './lesson.js';

type StepIdOf<Key> = Key extends `lesson.${infer Id}.before`
	? `lesson.${Id}.after` extends MessageKey
		? `lesson.${Id}.hint` extends MessageKey
			? Id
			: never
		: never
	: never;

/** 'handshake.syn' for a step whose before, after and hint are all in the catalog. */
type StepId = StepIdOf<MessageKey>;

function step(move: string, id: StepId): LessonStep {
	return {
		move,
		before: `lesson.${id}.before`,
		after: `lesson.${id}.after`,
		hint: `lesson.${id}.hint`,
	};
}

const handshakeInstant = 'c:syn s:syn c:ack';

const handshakeManual = 'c:syn net:deliver s:syn net:deliver c:ack net:deliver';

export const lessons: readonly Lesson[] = [
	{
		name: 'handshake',
		title: 'lesson.handshake.title',
		intro: 'lesson.handshake.intro',
		network: 'instant',
		// The server starts in LISTEN; closing it first lets the student make the passive OPEN.
		setup: 's:fin',
		steps: [
			step('s:listen', 'handshake.listen'),
			step('c:syn', 'handshake.syn'),
			step('s:syn', 'handshake.synAck'),
			step('c:ack', 'handshake.ack'),
		],
		outro: 'lesson.handshake.outro',
	},
	{
		name: 'why-three',
		title: 'lesson.why-three.title',
		intro: 'lesson.why-three.intro',
		network: 'manual',
		twoWay: true,
		steps: [
			step('c:syn', 'why-three.syn'),
			step('c:fin', 'why-three.giveUp'),
			step('net:deliver', 'why-three.late'),
			step('s:syn', 'why-three.answer'),
			step('net:drop', 'why-three.lost'),
		],
		outro: 'lesson.why-three.outro',
	},
	{
		name: 'teardown',
		title: 'lesson.teardown.title',
		intro: 'lesson.teardown.intro',
		network: 'instant',
		setup: handshakeInstant,
		steps: [
			step('c:fin', 'teardown.fin'),
			step('s:ack', 'teardown.ackFin'),
			step('s:data', 'teardown.data'),
			step('c:ack', 'teardown.ackData'),
			step('s:fin', 'teardown.serverFin'),
			step('c:ack', 'teardown.lastAck'),
			step('c:timeout', 'teardown.timeout'),
		],
		outro: 'lesson.teardown.outro',
	},
	{
		name: 'time-wait',
		title: 'lesson.time-wait.title',
		intro: 'lesson.time-wait.intro',
		network: 'manual',
		// Up to the server's FIN arriving at the client in FIN_WAIT_2.
		setup: `${handshakeManual} c:fin net:deliver s:ack net:deliver s:fin net:deliver`,
		steps: [
			step('c:ack', 'time-wait.lastAck'),
			step('net:drop', 'time-wait.drop'),
			step('s:timeout', 'time-wait.resend'),
			step('net:deliver', 'time-wait.deliverFin'),
			step('net:deliver', 'time-wait.deliverAck'),
			step('c:timeout', 'time-wait.expire'),
		],
		outro: 'lesson.time-wait.outro',
	},
];

export function lessonNamed(name: string): Lesson | undefined {
	return lessons.find((lesson) => lesson.name === name);
}

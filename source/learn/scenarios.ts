// The classic situations, each a script of moves with a sentence for the steps that matter.
// Every state and segment comes from the engine as the steps are played; nothing here is drawn.
// The words are message keys: a scenario's title, intro, outro and narration are looked up in the
// language of whoever tells it, so the same scenario speaks English or Chinese.
import {type Language, type MessageKey, t} from '../i18n/index.js';
import type {NetworkMode} from '../tcp/machine.js';

/** The keys of scenario texts in the catalog: a typo is a compile error. */
export type ScenarioKey = Extract<MessageKey, `scenario.${string}`>;

export type ScenarioStep = {
	/** A move in script syntax: c:syn, s:ack, net:deliver:2 … */
	readonly move: string;
	/** What to notice as this step plays, when there is something to notice. */
	readonly say?: ScenarioKey;
};

export type Scenario = {
	readonly name: string;
	readonly title: ScenarioKey;
	readonly network: NetworkMode;
	/** The two-way handshake "what if" (not TCP). */
	readonly twoWay?: true;
	readonly intro: ScenarioKey;
	readonly steps: readonly ScenarioStep[];
	readonly outro: ScenarioKey;
};

/** A scenario's words in one language: what frames a script or an export of its steps. */
export type ScenarioText = {readonly title: string; readonly intro: string; readonly outro: string};

export function scenarioText(lang: Language, {title, intro, outro}: Scenario): ScenarioText {
	return {title: t(lang, title), intro: t(lang, intro), outro: t(lang, outro)};
}

const handshakeManual: ScenarioStep[] = [
	{move: 'c:syn'},
	{move: 'net:deliver'},
	{move: 's:syn'},
	{move: 'net:deliver'},
	{move: 'c:ack'},
	{move: 'net:deliver'},
];

/** The client closes first and the server follows, up to the client's last ACK (not included). */
const teardownManual: ScenarioStep[] = [
	{move: 'c:fin'},
	{move: 'net:deliver'},
	{move: 's:ack'},
	{move: 'net:deliver'},
	{move: 's:fin'},
	{move: 'net:deliver'},
];

export const scenarios: readonly Scenario[] = [
	{
		name: 'normal',
		title: 'scenario.normal.title',
		network: 'instant',
		intro: 'scenario.normal.intro',
		steps: [
			{move: 'c:syn', say: 'scenario.normal.syn'},
			{move: 's:syn', say: 'scenario.normal.synAck'},
			{move: 'c:ack', say: 'scenario.normal.ack'},
			{move: 'c:fin', say: 'scenario.normal.fin'},
			{move: 's:ack', say: 'scenario.normal.ackFin'},
			{move: 's:fin', say: 'scenario.normal.serverFin'},
			{move: 'c:ack', say: 'scenario.normal.lastAck'},
			{move: 'c:timeout', say: 'scenario.normal.timeout'},
		],
		outro: 'scenario.normal.outro',
	},
	{
		name: 'simultaneous-open',
		title: 'scenario.simultaneousOpen.title',
		network: 'manual',
		intro: 'scenario.simultaneousOpen.intro',
		steps: [
			{move: 'c:syn'},
			{move: 's:syn', say: 'scenario.simultaneousOpen.serverSyn'},
			{move: 'net:deliver', say: 'scenario.simultaneousOpen.cross'},
			{move: 'net:deliver', say: 'scenario.simultaneousOpen.crossClient'},
			{move: 'c:syn', say: 'scenario.simultaneousOpen.synAck'},
			{move: 's:syn'},
			{move: 'net:deliver', say: 'scenario.simultaneousOpen.established'},
			{move: 'net:deliver', say: 'scenario.simultaneousOpen.bothEstablished'},
		],
		outro: 'scenario.simultaneousOpen.outro',
	},
	{
		name: 'simultaneous-close',
		title: 'scenario.simultaneousClose.title',
		network: 'manual',
		intro: 'scenario.simultaneousClose.intro',
		steps: [
			...handshakeManual,
			{move: 'c:fin'},
			{move: 's:fin', say: 'scenario.simultaneousClose.bothFins'},
			{move: 'net:deliver', say: 'scenario.simultaneousClose.finInFinWait1'},
			{move: 'net:deliver', say: 'scenario.simultaneousClose.bothClosing'},
			{move: 'c:ack', say: 'scenario.simultaneousClose.closing'},
			{move: 's:ack'},
			{move: 'net:deliver', say: 'scenario.simultaneousClose.timeWait'},
			{move: 'net:deliver'},
			{move: 'c:timeout'},
			{move: 's:timeout'},
		],
		outro: 'scenario.simultaneousClose.outro',
	},
	{
		name: 'lost-syn',
		title: 'scenario.lostSyn.title',
		network: 'manual',
		intro: 'scenario.lostSyn.intro',
		steps: [
			{move: 'c:syn'},
			{move: 'net:drop', say: 'scenario.lostSyn.lost'},
			{move: 'c:timeout', say: 'scenario.lostSyn.retransmit'},
			{move: 'net:deliver'},
			{move: 's:syn'},
			{move: 'net:deliver'},
			{move: 'c:ack'},
			{move: 'net:deliver'},
		],
		outro: 'scenario.lostSyn.outro',
	},
	{
		name: 'lost-last-ack',
		title: 'scenario.lostLastAck.title',
		network: 'manual',
		intro: 'scenario.lostLastAck.intro',
		steps: [
			...handshakeManual,
			...teardownManual,
			{move: 'c:ack', say: 'scenario.lostLastAck.lastAck'},
			{move: 'net:drop', say: 'scenario.lostLastAck.lost'},
			{move: 's:timeout', say: 'scenario.lostLastAck.resend'},
			{move: 'net:deliver', say: 'scenario.lostLastAck.ackAgain'},
			{move: 'net:deliver'},
			{move: 'c:timeout'},
		],
		outro: 'scenario.lostLastAck.outro',
	},
	{
		name: 'no-time-wait',
		title: 'scenario.noTimeWait.title',
		network: 'manual',
		intro: 'scenario.noTimeWait.intro',
		steps: [
			...handshakeManual,
			...teardownManual,
			{move: 'c:ack'},
			{move: 'net:drop', say: 'scenario.noTimeWait.lost'},
			// ABORT in TIME_WAIT deletes the connection without sending anything (RFC 9293 3.10.5); the
			// 2MSL timeout would say the client had waited long enough, which here it has not.
			{move: 'c:rst', say: 'scenario.noTimeWait.tooEarly'},
			{move: 's:timeout', say: 'scenario.noTimeWait.resend'},
			{move: 'net:deliver', say: 'scenario.noTimeWait.rst'},
			{move: 'net:deliver', say: 'scenario.noTimeWait.error'},
		],
		outro: 'scenario.noTimeWait.outro',
	},
	{
		name: 'old-duplicate-syn',
		title: 'scenario.oldDuplicateSyn.title',
		network: 'manual',
		intro: 'scenario.oldDuplicateSyn.intro',
		steps: [
			{move: 'c:syn'},
			{move: 'net:dup', say: 'scenario.oldDuplicateSyn.copied'},
			{move: 'c:fin', say: 'scenario.oldDuplicateSyn.giveUp'},
			{move: 'c:syn', say: 'scenario.oldDuplicateSyn.reopen'},
			{move: 'net:deliver:1', say: 'scenario.oldDuplicateSyn.oldArrives'},
			{move: 's:syn', say: 'scenario.oldDuplicateSyn.answer'},
			{move: 'net:deliver:3', say: 'scenario.oldDuplicateSyn.rst'},
			{move: 'net:deliver:3', say: 'scenario.oldDuplicateSyn.listen'},
			{move: 'net:deliver:2', say: 'scenario.oldDuplicateSyn.newArrives'},
			{move: 's:syn'},
			// The second copy of the old SYN, now older than RCV.NXT: it fails the sequence check.
			{move: 'net:deliver', say: 'scenario.oldDuplicateSyn.lateCopy'},
			{move: 'net:deliver'},
			{move: 'net:deliver', say: 'scenario.oldDuplicateSyn.ackIgnored'},
			{move: 'c:ack'},
			{move: 'net:deliver'},
		],
		outro: 'scenario.oldDuplicateSyn.outro',
	},
	{
		name: 'two-way',
		title: 'scenario.twoWay.title',
		network: 'manual',
		twoWay: true,
		intro: 'scenario.twoWay.intro',
		steps: [
			{move: 'c:syn'},
			{move: 'c:fin', say: 'scenario.twoWay.giveUp'},
			{move: 'c:syn', say: 'scenario.twoWay.reopen'},
			{move: 'net:deliver:1', say: 'scenario.twoWay.oldArrives'},
			{move: 's:syn', say: 'scenario.twoWay.established'},
		],
		outro: 'scenario.twoWay.outro',
	},
	{
		name: 'half-close',
		title: 'scenario.halfClose.title',
		network: 'instant',
		intro: 'scenario.halfClose.intro',
		steps: [
			{move: 'c:syn'},
			{move: 's:syn'},
			{move: 'c:ack'},
			{move: 'c:fin', say: 'scenario.halfClose.clientDone'},
			{move: 's:ack', say: 'scenario.halfClose.closeWait'},
			{move: 's:data', say: 'scenario.halfClose.data'},
			{move: 'c:ack', say: 'scenario.halfClose.ackData'},
			{move: 's:data'},
			{move: 'c:ack'},
			{move: 's:fin', say: 'scenario.halfClose.serverFin'},
			{move: 'c:ack'},
			{move: 'c:timeout'},
		],
		outro: 'scenario.halfClose.outro',
	},
	{
		name: 'refused',
		title: 'scenario.refused.title',
		network: 'instant',
		intro: 'scenario.refused.intro',
		steps: [
			{move: 's:fin', say: 'scenario.refused.closed'},
			{move: 'c:syn', say: 'scenario.refused.rst'},
		],
		outro: 'scenario.refused.outro',
	},
	{
		name: 'half-open',
		title: 'scenario.halfOpen.title',
		network: 'manual',
		intro: 'scenario.halfOpen.intro',
		steps: [
			...handshakeManual,
			{move: 'c:rst', say: 'scenario.halfOpen.crash'},
			{move: 'net:drop', say: 'scenario.halfOpen.notTold'},
			{move: 'c:syn', say: 'scenario.halfOpen.reopen'},
			{move: 'net:deliver', say: 'scenario.halfOpen.challengeAck'},
			{move: 'net:deliver', say: 'scenario.halfOpen.rst'},
			{move: 'net:deliver', say: 'scenario.halfOpen.dropped'},
			{move: 's:listen', say: 'scenario.halfOpen.listen'},
			{move: 'c:timeout', say: 'scenario.halfOpen.retransmit'},
			{move: 'net:deliver', say: 'scenario.halfOpen.fresh'},
			{move: 's:syn'},
			{move: 'net:deliver'},
			{move: 'c:ack'},
			{move: 'net:deliver'},
		],
		outro: 'scenario.halfOpen.outro',
	},
];

export function scenarioNamed(name: string): Scenario | undefined {
	return scenarios.find((scenario) => scenario.name === name);
}

// The network between the endpoints when delivery is manual: segments wait in flight until the
// student delivers (in any order), drops or duplicates one.

import type {MessageKey} from '../i18n/index.js';
import {
	arrive,
	type Connection,
	type Flight,
	flightsOf,
	type Happening,
	statesOf,
	type Transition,
} from './machine.js';
import {type Message, message} from './message.js';
import {has, segmentLength} from './segment.js';

export type NetActionType = 'deliver' | 'drop' | 'dup';
export const netActionTypes: readonly NetActionType[] = ['deliver', 'drop', 'dup'];

/** `index` counts from 1, the oldest segment in flight. */
export type NetAction = {readonly type: NetActionType; readonly index: number};

export type NetResult = {readonly transition: Transition; readonly inFlight: readonly Flight[]};

/** A network move that cannot be made: nothing changes, and the reason says why. */
export function refused(
	connection: Connection,
	because: Message,
	inFlight: readonly Flight[],
): NetResult {
	return {
		transition: {
			connection,
			segments: [],
			happenings: [],
			verdict: {ok: false, because, validNow: null},
		},
		inFlight,
	};
}

/** A segment that does not arrive: it is lost, or copied, on the way. */
function onTheWay(
	connection: Connection,
	flight: Flight,
	phase: 'lost' | 'duplicated',
	note: Message,
): Transition {
	const states = statesOf(connection);
	const happening: Happening = {...flight, phase, states, changed: [], notes: [note]};
	return {
		connection,
		segments: [flight.segment],
		happenings: [happening],
		verdict: {ok: true, because: [note]},
	};
}

/** Only what uses sequence space (SYN, FIN, data) waits on a retransmission timer. */
function lostKey({segment}: Flight): MessageKey {
	if (has(segment, 'RST')) return 'net.droppedRst';
	return segmentLength(segment) > 0 ? 'net.dropped' : 'net.droppedAck';
}

export function netStep(
	connection: Connection,
	inFlight: readonly Flight[],
	action: NetAction,
): NetResult {
	if (inFlight.length === 0) return refused(connection, message('no.net.empty'), inFlight);
	const flight = inFlight[action.index - 1];
	if (!flight) {
		return refused(
			connection,
			message('no.net.range', {index: action.index, count: inFlight.length}),
			inFlight,
		);
	}
	const others = inFlight.filter((_, index) => index !== action.index - 1);
	const about = {me: flight.segment.from, index: action.index};
	switch (action.type) {
		case 'deliver': {
			const transition = arrive(connection, flight);
			const note = message(action.index === 1 ? 'net.delivered' : 'net.deliveredOutOfOrder', about);
			const happenings = transition.happenings.map((happening, index) =>
				index === 0 ? {...happening, notes: [note, ...happening.notes]} : happening,
			);
			return {
				transition: {
					...transition,
					happenings,
					verdict: {ok: true, because: happenings.flatMap((h) => h.notes)},
				},
				inFlight: [...others, ...flightsOf(transition)],
			};
		}
		case 'drop':
			return {
				transition: onTheWay(connection, flight, 'lost', message(lostKey(flight), about)),
				inFlight: others,
			};
		case 'dup':
			return {
				transition: onTheWay(connection, flight, 'duplicated', message('net.duplicated', about)),
				inFlight: [...inFlight, flight],
			};
	}
}

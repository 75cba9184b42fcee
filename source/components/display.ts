// How to draw: ASCII or Unicode, with colour or without. Colour never carries meaning alone.
import {createContext, useContext} from 'react';
import {type Glyphs, glyphsFor} from '../diagram/glyphs.js';
import {type Phase, phaseOf, type State} from '../tcp/states.js';

export type Display = {readonly glyphs: Glyphs; readonly ascii: boolean; readonly color: boolean};

export const DisplayContext = createContext<Display>({
	glyphs: glyphsFor(false),
	ascii: false,
	color: true,
});

export function useDisplay(): Display {
	return useContext(DisplayContext);
}

const phaseColor = {
	closed: 'gray',
	opening: 'yellow',
	open: 'green',
	closing: 'magenta',
} as const satisfies Record<Phase, string>;

export type Tone = 'ok' | 'bad' | 'info' | 'dim';

const toneColor = {ok: 'green', bad: 'red', info: 'cyan', dim: 'gray'} as const satisfies Record<
	Tone,
	string
>;

/** A colour for Ink's `color` prop, or undefined when colour is off. */
export function stateColor(display: Display, state: State): string | undefined {
	return display.color ? phaseColor[phaseOf[state]] : undefined;
}

export function toneColorOf(display: Display, tone: Tone): string | undefined {
	return display.color ? toneColor[tone] : undefined;
}

import {Text} from 'ink';
import {toAscii} from '../diagram/glyphs.js';
import {segmentLabel} from '../diagram/ladder.js';
import {width as displayWidth, truncate} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {t} from '../i18n/index.js';
import type {Flight} from '../tcp/machine.js';
import {toneColorOf, useDisplay} from './display.js';

type Props = {
	readonly inFlight: readonly Flight[];
	/** The segment Enter, x and + act on, counting from 1. */
	readonly picked: number;
	readonly absolute: boolean;
	readonly width: number;
};

/** The segments the network holds, oldest first, numbered for 1-9; the picked one is marked. */
export default function InFlight({inFlight, picked, absolute, width}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const {glyphs} = display;
	if (inFlight.length === 0) {
		return (
			<Text color={toneColorOf(display, 'dim')} wrap="truncate">
				{truncate(
					display.ascii ? toAscii(t(lang, 'ui.nothingInFlight')) : t(lang, 'ui.nothingInFlight'),
					width,
					glyphs.ellipsis,
				)}
			</Text>
		);
	}
	// Client on the left, as in the diagram: C▶S goes to the server, C◀S to the client.
	const arrow = (flight: Flight) =>
		`C${flight.segment.from === 'client' ? glyphs.right : glyphs.left}S`;
	const items = inFlight.map((flight, index) => {
		const mark = index + 1 === picked ? glyphs.active : ' ';
		return `${mark}${index + 1} ${arrow(flight)} ${segmentLabel(flight, absolute)}`;
	});
	return (
		<Text wrap="truncate">
			<Text bold color={toneColorOf(display, 'info')}>
				{t(lang, 'ui.inFlight')}
			</Text>
			{truncate(
				` ${items.join('  ')}`,
				Math.max(0, width - displayWidth(t(lang, 'ui.inFlight'))),
				glyphs.ellipsis,
			)}
		</Text>
	);
}

import {Text} from 'ink';
import {width as displayWidth} from '../diagram/text.js';
import {footerItems} from '../keys.js';
import {toneColorOf, useDisplay} from './display.js';

function join(items: ReadonlyArray<readonly [string, number]>): string {
	return ` ${items.map(([item]) => item).join('  ')}`;
}

/** The key hints of the highest priorities that fit the width, in their usual order. */
export function footerText(width: number): string {
	for (const cutoff of [4, 3, 2, 1]) {
		const text = join(footerItems.filter(([, priority]) => priority <= cutoff));
		if (displayWidth(text) <= width) return text;
	}
	return join(footerItems.filter(([, priority]) => priority === 1)).slice(0, width);
}

export default function Footer({width}: {readonly width: number}) {
	const display = useDisplay();
	return (
		<Text color={toneColorOf(display, 'dim')} wrap="truncate">
			{footerText(width)}
		</Text>
	);
}

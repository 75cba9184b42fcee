import {Box, Text} from 'ink';
import {width as displayWidth, padEnd, truncate} from '../diagram/text.js';
import {useLanguage} from '../hooks/use-language.js';
import {type MessageKey, t} from '../i18n/index.js';
import {situationOf} from '../tcp/situation.js';
import {stateColor, useDisplay} from './display.js';
import type {PaneProps} from './EndpointPane.js';
import {hintText} from './pane-text.js';

/** Situations whose words name a key, in a form that fits a 40-column line. */
const shortForms: Partial<Record<MessageKey, MessageKey>> = {
	'situation.timeWait': 'situation.timeWaitShort',
};

type Props = Pick<PaneProps, 'endpoint' | 'active' | 'options' | 'width'> & {
	/** 1: name, state and situation; 2: also the valid keys. */
	readonly lines: number;
};

/** An endpoint on one or two lines, for terminals too narrow for side-by-side panes. */
export default function CompactPane({endpoint, active, options, width, lines}: Props) {
	const lang = useLanguage();
	const display = useDisplay();
	const marker = active ? `${display.glyphs.active} ` : '  ';
	const name = padEnd(t(lang, `ladder.${endpoint.side}`), 7);
	const rest = Math.max(0, width - 2 - 7 - endpoint.state.length - 2);
	const key = situationOf(endpoint);
	const full = t(lang, key, {me: endpoint.side});
	// Where the words would be cut, a short form keeps what to press whole (40x12 in TIME_WAIT).
	const short = shortForms[key];
	const situation = displayWidth(full) > rest && short ? t(lang, short) : full;
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				<Text bold={active} inverse={active && display.color}>
					{marker}
					{name}
				</Text>
				<Text bold color={stateColor(display, endpoint.state)}>
					{endpoint.state}
				</Text>
				{`  ${truncate(situation, rest, display.glyphs.ellipsis)}`}
			</Text>
			{lines > 1 && (
				<Text wrap="truncate">
					{`  ${truncate(hintText(lang, endpoint, options, '; '), width - 2, display.glyphs.ellipsis)}`}
				</Text>
			)}
		</Box>
	);
}

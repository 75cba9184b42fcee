import {Text} from 'ink';
import {width as displayWidth, padEnd} from '../diagram/text.js';
import {t} from '../i18n/index.js';
import type {NetworkMode} from '../tcp/machine.js';
import type {Side} from '../tcp/states.js';
import {useDisplay} from './display.js';

type Props = {
	readonly active: Side;
	readonly width: number;
	readonly network: NetworkMode;
	readonly peer: Side | null;
	readonly twoWay: boolean;
};

/** Product name, mode, which side the keys act on. */
export default function Header({active, width, network, peer, twoWay}: Props) {
	const {glyphs} = useDisplay();
	const left = ` tcp-tui  ${t('ui.sandbox')}  ${glyphs.active} ${t('ui.active', {me: active})}`;
	const peerText = `${twoWay ? `${t('ui.twoWay')}   ` : ''}${peer ? `${t('ui.peer', {me: peer})}   ` : ''}`;
	const right = `${peerText}${t('ui.network', {mode: network})}   ${t('ui.helpKey')} `;
	const line =
		displayWidth(left) + displayWidth(right) + 2 <= width
			? padEnd(left, width - displayWidth(right)) + right
			: left;
	return (
		<Text bold inverse wrap="truncate">
			{padEnd(line, width)}
		</Text>
	);
}

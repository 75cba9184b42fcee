import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
import {truncate} from '../diagram/text.js';
import {t} from '../i18n/index.js';
import {scenarios} from '../scenarios/scenarios.js';
import {toneColorOf, useDisplay} from './display.js';

type Props = {
	readonly width: number;
	readonly rows: number;
	readonly onPick: (name: string) => void;
	readonly onClose: () => void;
};

/** The select list's marker in our glyphs and colours (its own is a blue ❯, even in ASCII). */
function Marker({isSelected = false}: {readonly isSelected?: boolean}) {
	const display = useDisplay();
	return <Text bold={isSelected}>{isSelected ? `${display.glyphs.active} ` : '  '}</Text>;
}

function Label({
	isSelected = false,
	label,
}: {
	readonly isSelected?: boolean;
	readonly label: string;
}) {
	return <Text bold={isSelected}>{label}</Text>;
}

/** The list of classic scenarios; picking one starts it on the sandbox. */
export default function ScenarioMenu({width, rows, onPick, onClose}: Props) {
	const display = useDisplay();
	useInput((_input, key) => {
		if (key.escape) onClose();
	});
	const items = scenarios.map((scenario) => ({
		key: scenario.name,
		label: truncate(`${scenario.title} (${scenario.name})`, width - 4, display.glyphs.ellipsis),
		value: scenario.name,
	}));
	return (
		<Box flexDirection="column" height={rows}>
			<Text bold inverse wrap="truncate">
				{truncate(` ${t('ui.scenarioTitle')}`, width, display.glyphs.ellipsis)}
			</Text>
			<SelectInput
				items={items}
				limit={Math.max(1, rows - 2)}
				indicatorComponent={Marker}
				itemComponent={Label}
				onSelect={(item) => onPick(item.value)}
			/>
			<Box flexGrow={1} />
			<Text color={toneColorOf(display, 'dim')} wrap="truncate">
				{truncate(` ${t('key.scenarios')}: ${scenarios.length}`, width, display.glyphs.ellipsis)}
			</Text>
		</Box>
	);
}

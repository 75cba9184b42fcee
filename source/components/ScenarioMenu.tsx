import {t} from '../i18n/index.js';
import {scenarios} from '../learn/scenarios.js';
import Picker from './Picker.js';

type Props = {
	readonly width: number;
	readonly rows: number;
	readonly onPick: (name: string) => void;
	readonly onClose: () => void;
};

/** The list of classic scenarios; picking one starts it on the sandbox. */
export default function ScenarioMenu({width, rows, onPick, onClose}: Props) {
	return (
		<Picker
			title={t('ui.scenarioTitle')}
			items={scenarios.map((scenario) => ({
				key: scenario.name,
				label: `${scenario.title} (${scenario.name})`,
				value: scenario.name,
			}))}
			width={width}
			rows={rows}
			onPick={onPick}
			onClose={onClose}
			footnote={`${t('key.scenarios')}: ${scenarios.length}`}
		/>
	);
}

import {useLanguage} from '../hooks/use-language.js';
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
	const lang = useLanguage();
	return (
		<Picker
			title={t(lang, 'ui.scenarioTitle')}
			items={scenarios.map((scenario) => ({
				key: scenario.name,
				label: `${t(lang, scenario.title)} (${scenario.name})`,
				value: scenario.name,
			}))}
			width={width}
			rows={rows}
			onPick={onPick}
			onClose={onClose}
			footnote={`${t(lang, 'key.scenarios')}: ${scenarios.length}`}
		/>
	);
}

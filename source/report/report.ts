// `tcp-tui report FILE…` from paths to what goes to stdout and stderr, so cli.tsx only prints it.
import {reportCsv, reportText, skippedText} from './format.js';
import {type ReadFile, readResults} from './read-results.js';
import {reportExitCode, summarise} from './summarise.js';

export type ReportOptions = {
	readonly csv: boolean;
	/** The terminal's width, for the text report and the skipped-file notes. */
	readonly columns: number;
};

export type ReportOutput = {
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: 0 | 1;
};

function line(text: string): string {
	return text === '' ? '' : `${text}\n`;
}

export function runReport(
	paths: readonly string[],
	{csv, columns}: ReportOptions,
	readFile?: ReadFile,
): ReportOutput {
	const {results, skipped} = readResults(paths, readFile);
	const summary = summarise(results);
	const exitCode = reportExitCode(summary);
	// With nothing to report, the explanation is an error message; with CSV, stdout stays pure CSV.
	if (exitCode === 1)
		return {stdout: '', stderr: line(reportText(summary, skipped, columns)), exitCode};
	if (csv)
		return {stdout: reportCsv(summary), stderr: line(skippedText(skipped, columns)), exitCode};
	return {stdout: line(reportText(summary, skipped, columns)), stderr: '', exitCode};
}

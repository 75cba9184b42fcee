// English messages for the teacher's report. Keys start with 'report.'.

export const enReport = {
	// Why a file was skipped: one line each, after the file's path.
	'report.skip.notFound': 'no such file',
	'report.skip.directory': 'is a directory, not a results file',
	'report.skip.permission': 'permission denied',
	'report.skip.unreadable': 'cannot be read ({problem})',
	'report.skip.repeated': 'listed twice; counted once',
	'report.skip.empty': 'the file is empty',
	'report.skip.truncated': 'the JSON stops before it is complete (was the file cut short?)',
	'report.skip.notJson': 'not JSON, so not a quiz results file',
	'report.skip.notResults': 'JSON, but not a quiz results file (expected an object)',
	'report.skip.noFormat': "not a tcp-tui quiz results file (it has no 'format' field)",
	'report.skip.format':
		'not a tcp-tui quiz results file (its \'format\' is {found}, expected "{expected}")',
	'report.skip.newerVersion':
		'results version {found} comes from a newer tcp-tui; this one reads version {supported}',
	'report.skip.missingField': "field '{field}' is missing",
	'report.skip.wrongField': "field '{field}' should be {expected}, not {found}",
	'report.skip.duplicateId': 'question id {id} appears twice (questions[{first}] and [{second}])',
	'report.skip.rightMismatch':
		'questions[{index}].right is {right}, but its answer {answer} and correct option {correct} say otherwise',
	'report.skip.scoreMismatch': 'score {score} does not match the {right} questions marked right',
	'report.skip.totalMismatch':
		'total {total} does not match the {count} questions (a finished quiz lists every question)',
	'report.skip.totalTooSmall': 'total {total} is less than the {count} questions listed',
	'report.skip.unansweredComplete': 'complete is true, but questions[{index}] has no answer',

	// What a wrong field was expected to hold, and what it held instead.
	'report.expect.text': 'text',
	'report.expect.boolean': 'true or false',
	'report.expect.number': 'a number',
	'report.expect.numberFrom': 'a number from {min}',
	'report.expect.wholeFrom': 'a whole number from {min}',
	'report.expect.wholeRange': 'a whole number from {min} to {max}',
	'report.expect.answer': 'null (unanswered) or a whole number from 0 to {max}',
	'report.expect.textOrNull': 'text or null',
	'report.expect.date': 'a date and time',
	'report.expect.oneOf': 'one of {values}',
	'report.expect.list': 'a list',
	'report.expect.options': 'a list of at least one option',
	'report.expect.object': 'an object',
	'report.found.list': 'a list',
	'report.found.object': 'an object',

	// The text report.
	'report.none':
		'No usable quiz results, so there is nothing to report. A student makes a results file with: tcp-tui --quiz --json > name.json',
	'report.overview': 'Students: {students}   Class average: {average}',
	'report.overviewUnfinished':
		'Students: {students}   Class average: {average}   Not finished: {unfinished}',
	'report.students': 'Students',
	'report.column.student': 'Student',
	'report.column.score': 'Score',
	'report.column.percent': '%',
	'report.column.finished': 'Finished',
	'report.yes': 'yes',
	'report.no': 'no',
	'report.questions': 'Questions, hardest first',
	'report.column.question': 'Question',
	'report.column.answered': 'Answered',
	'report.column.right': 'Right',
	'report.column.rate': 'Rate',
	'report.column.prompt': 'Prompt',
	'report.noRate': '–',
	'report.subjects': 'Topics missed most',
	'report.column.subject': 'Topic',
	'report.column.wrong': 'Wrong',
	'report.noneWrong': 'Nobody answered a question wrong.',
	'report.skipped': 'Skipped files: {count}',
	'report.skippedFile': '{path}: {reason}',
} as const;

// English messages for the progress file. Keys start with 'progress.'.

export const enProgress = {
	'progress.corrupt':
		'tcp-tui: {path} is not progress this version can read; starting fresh and not saving over it (move it away to save again).',
	'progress.unreadable':
		'tcp-tui: cannot read the progress file {path} ({reason}); starting fresh and not saving.',
	'progress.unwritable':
		'tcp-tui: cannot save progress to {path} ({reason}); carrying on without saving.',
	'progress.resetFailed': 'tcp-tui: cannot delete the progress file {path} ({reason}).',
	'progress.notRegular':
		'tcp-tui: {path} is not a regular file (a device, a FIFO or a socket), so it is not read; carrying on without saving.',
	'progress.tooLarge':
		'tcp-tui: {path} is larger than {limit}, too large to be progress; starting fresh and not saving over it (move it away to save again).',
	'progress.reason.notRegular': 'not a regular file',
	'progress.reason.tooLarge': 'larger than {limit}',
	'progress.reason.corrupt': 'it no longer holds progress this version can read',
	'progress.reason.danglingLink': 'a symbolic link to a file that does not exist',

	// Whose progress: the menu on a lab account that several students share.
	'progress.menu.student': 'Student: {name} (switch)',
	'progress.students.title': 'Whose progress? Pick your name with ↑/↓ and ⏎',
	'progress.students.someoneElse': 'Someone else: type a name',
	'progress.name.title': 'Your name, for your progress and quiz results',
	'progress.name.prompt': 'Your name:',
	'progress.name.keys': 'Type your name, then ⏎ (Esc goes back)',
	'progress.name.empty': 'A name needs at least one letter',
	'progress.resetStudentQuestion': "Forget {name}'s tcp-tui progress ({path})? [y/N] ",
	'progress.resetStudentDone': "tcp-tui: {name}'s progress cleared ({path}).",
} as const;

// English messages of the command line: usage errors and the --help text. Keys start with 'cli.'.
// Flag names, step syntax (c:syn) and values stay as typed in every language; {flag}, {value} and
// the lists are filled in by the caller.

/** The help's examples, the same in every language. */
export const helpExamples = `    $ tcp-tui --script "c:syn s:syn c:ack c:fin s:ack s:fin c:ack c:timeout"
    $ tcp-tui --script "c:syn s:ack" --isn-client 100 --isn-server 300
    $ tcp-tui --script "c:syn s:syn c:ack" --json
    $ tcp-tui --network manual --script "c:syn net:drop c:timeout net:deliver"
    $ tcp-tui --quiz --count 5 --seed 42 --topic handshake --json > alice.json
    $ tcp-tui report results/*.json
`;

export const enCli = {
	// Joining a list of choices ("a or b or c") and of flags ("--menu and --quiz").
	'cli.listOr': ' or ',
	'cli.listAnd': ' and ',
	'cli.listComma': ', ',

	// The flags' checks (cli/flags.ts) and the tasks' own (options.ts, report and replay options)
	'cli.unknownFlag': "unknown flag '{flag}' (see tcp-tui --help)",
	'cli.needsNumber': '{flag} needs a number, e.g. {flag} 1000',
	'cli.wholeNumber': "{flag} must be a whole number from {min} to {max}, not '{value}'",
	'cli.choice': "{flag} must be {choices}, not '{value}'",
	'cli.unknownScenario': "unknown scenario '{name}' (valid: {valid})",
	'cli.peerWithScenario': '--peer cannot be used with --scenario: the scenario plays both sides',
	'cli.scenarioNetwork': "the scenario '{name}' needs --network {network}",
	'cli.formatWithoutScript': '--format only works with --script',
	'cli.jsonWithFormat': '--json means --format json, so it cannot go with --format {format}',

	// A flag given to a task that does not take it, and the names a mode takes (cli/flags.ts)
	'cli.fixedByMode':
		'{flag} cannot be used with {mode}, which sets the network and the players itself',
	'cli.together': '{flags} cannot be used together',
	'cli.lessonNeedsName': '--lesson needs a name: {valid}',
	'cli.unknownLesson': "unknown lesson '{name}' (valid: {valid})",
	'cli.challengeNeedsName': '--challenge needs a name: {valid}',
	'cli.unknownChallenge': "unknown challenge '{name}' (valid: {valid})",
	'cli.reportNeedsFiles': 'report needs the results files, e.g. tcp-tui report results/*.json',
	'cli.unexpectedArgument':
		'unexpected argument \'{argument}\' (steps go in --script "c:syn s:syn c:ack"; the commands are report and replay)',
	'cli.csvWithoutReport': '--csv only works with report: tcp-tui report --csv FILE...',
	'cli.yesWithoutReset': '--yes only works with --reset-progress',
	'cli.widthWithoutScript':
		"--width only works with --script (the screen takes the terminal's width)",
	'cli.quizOnly': '{flag} only works with --quiz (or --menu)',
	'cli.jsonWithoutScript': '--json only works with --script or --quiz',
	'cli.nameLength': '--name must be 1 to 64 characters',
	'cli.notWith': '{flag} cannot be used with {task}',

	// script/parse-steps.ts
	'cli.scriptStdinTerminal':
		'--script - reads the steps from stdin, which is a terminal here: pipe them in, e.g. < steps.txt',
	'cli.scriptStdinTooLarge': '--script -: the steps on stdin are over {limit} MB',
	'cli.step.none': '--script needs at least one step, e.g. --script "c:syn s:syn c:ack"',
	'cli.step.badSide':
		"bad step '{step}': write <side>:<action>, where side is client, c, server, s or net",
	'cli.step.unknownAction': "unknown action '{action}' in step '{step}' (valid: {valid})",
	'cli.step.lengthOnlyData': "bad step '{step}': only data takes a length, as in c:data:200",
	'cli.step.badLength': "bad data length '{length}' in step '{step}' (valid: 1 to {max})",
	'cli.step.unknownNetAction':
		"unknown network action '{action}' in step '{step}' (valid: {valid})",
	'cli.step.badNet':
		"bad step '{step}': write net:{action} or net:{action}:K, K from 1 (the oldest in flight)",

	// cli.tsx
	'cli.repeatedFlag': 'flag {flag} can only be set once.',
	'cli.resetNeedsConfirmation':
		'--reset-progress needs a confirmation: run it in a terminal, or add --yes',
	'cli.notATerminal':
		'stdin is not a terminal: run tcp-tui in a terminal, or print a diagram with --script "c:syn s:syn c:ack"',
	'cli.screenNotATerminal':
		'stdout is not a terminal: run tcp-tui in a terminal, or print a diagram with --script "c:syn s:syn c:ack"',
	'cli.screenNotATerminalJson':
		'stderr is not a terminal: with --json the screen is drawn on stderr, so leave stderr on the terminal',
	'cli.dumbTerminal':
		'this terminal (TERM=dumb) cannot draw the screen: print a diagram with --script "c:syn s:syn c:ack"',
	'cli.unexpectedError': 'unexpected error: {error}',
	'cli.writeFailed': 'cannot write the output ({error})',
	/** The first line of --help; the English is package.json's description (a test keeps them equal). */
	'cli.description': 'Learn how TCP opens and closes a connection, one segment at a time',
	// --help (cli/help.ts): the usage and the steps as written here; each flag's line from the flag
	// table and help.flag.<key>; the keys from the command table.
	'cli.helpUsage': `  Usage
    $ tcp-tui                     interactive: keys make two endpoints talk
    $ tcp-tui --script "<steps>"  print the ladder diagram of a scripted run
    $ tcp-tui --quiz --json > r.json
                                  take a quiz; the results go to stdout as JSON
    $ tcp-tui report FILE...      summarise a class's quiz results
    $ tcp-tui replay FILE         play a tcpdump or Wireshark capture (pcap,
                                  pcapng) with both ends' states

  Steps
    <side>:<action>, separated by spaces or commas
    side     client (c), server (s)
    action   syn ack fin rst data listen timeout  (data:N sends N bytes)
    net:deliver, net:drop, net:dup   act on the oldest segment in flight
                                     (net:deliver:K acts on the K-th)`,
	'cli.helpOptions': 'Options',
	'cli.helpModes': 'Learning modes',
	'cli.helpTasks': 'Report and replay',
	'cli.helpKeys': 'Keys (interactive)',
	'cli.helpExamples': 'Examples',
	'help.flag.list': 'the names of the lessons, challenges, topics and scenarios',
	'help.flag.resetProgress': 'forget lessons, challenges and best scores (asks first)',
	'help.flag.yes': 'do not ask first',
	'help.flag.menu': 'start on the menu: sandbox, lessons, quiz, challenges',
	'help.flag.lesson': 'a guided lesson: {lessons}',
	'help.flag.quiz': 'multiple-choice questions, some made by the engine',
	'help.flag.count': 'how many questions, {minQuestions} to {maxQuestions} (default 10)',
	'help.flag.seed': 'the same seed gives the same quiz, for a whole class',
	'help.flag.topic': '{topics} (default all)',
	'help.flag.name': 'who takes it (default: the login name)',
	'help.flag.challenge': 'reach a goal in as few moves as you can: {challenges}',
	'help.flag.script':
		'run the steps and print the result instead of the TUI (--script - reads them from stdin)',
	'help.flag.format':
		'with --script: {formats} (packetdrill writes the server side, to test a real kernel); with report: text, csv, markdown or json',
	'help.flag.json':
		'with --script or report: short for --format json; with --quiz: the results as JSON on stdout, the screen on stderr',
	'help.flag.absolute': 'show raw sequence numbers (default: relative to ISNs)',
	'help.flag.isnClient': "the client's ISN, 0 to 4294967295 (default: random)",
	'help.flag.isnServer': "the server's ISN (default: random)",
	'help.flag.ascii': 'draw with plain ASCII characters',
	'help.flag.color': 'no colour (NO_COLOR is honoured too)',
	'help.flag.lang': '{languages} (default: from LC_ALL, LC_MESSAGES or LANG)',
	'help.flag.screenReader': 'read the screen as sentences (INK_SCREEN_READER=true)',
	'help.flag.width': 'width of a printed diagram, 40 to 400 (80)',
	'help.flag.network':
		'instant (default) or manual: segments wait in flight to be delivered, reordered, dropped or duplicated',
	'help.flag.peer': 'client or server answers arriving segments by itself',
	'help.flag.scenario': 'play a classic situation first: {scenarios}',
	'help.flag.twoWay':
		'what if the handshake were two-way (not TCP; shows why TCP needs three segments)',
	'help.flag.csv': 'with report: short for --format csv',
	'help.flag.best': "with report: each student's best attempt counts",
	'help.flag.connection': 'with replay: the connection numbered <n> in its list',
	'help.flag.port': 'with replay: the connection on port <p>',
} as const;

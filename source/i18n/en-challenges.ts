// English messages for challenges. Keys start with 'challenge.'.

export const enChallenges = {
	'challenge.establish.title': 'Open a connection',
	'challenge.establish.goal': 'Both sides start CLOSED. Get both of them to ESTABLISHED.',

	'challenge.serverCloses.title': 'The server closes first',
	'challenge.serverCloses.goal':
		'The server sends the first FIN, and both sides end CLOSED, with no RST and no abort.',

	'challenge.clientTimeWait.title': 'Into TIME_WAIT',
	'challenge.clientTimeWait.goal': 'Get the client into TIME_WAIT.',

	'challenge.refused.title': 'Connection refused',
	'challenge.refused.goal':
		"Get the client's SYN answered with RST by a CLOSED server, so that the RST sends the client back to CLOSED.",

	'challenge.halfClose.title': 'Data after the FIN',
	'challenge.halfClose.goal':
		"After the client's FIN, the server sends new data while in CLOSE_WAIT. Then both sides end CLOSED, with no RST and no abort.",

	'challenge.threeWayClose.title': 'Close in three segments',
	'challenge.threeWayClose.goal':
		"Close with exactly three segments: the client's FIN, the server's FIN,ACK that acknowledges it, and the client's ACK. The server ends CLOSED, the client CLOSED or in TIME_WAIT.",

	'challenge.closing.title': 'Both close at once',
	'challenge.closing.goal':
		'Get either side into CLOSING. Here segments wait in flight until you deliver them.',
} as const;

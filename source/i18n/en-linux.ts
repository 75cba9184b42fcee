// English notes on where Linux goes beyond RFC 9293's minimum, each measured on Linux 6.18 (see
// test/kernel and the README). Keys start with 'linux.'.

export const enLinux = {
	'linux.listen':
		'On Linux: the listening socket stays in LISTEN (ss shows it); the SYN creates a new socket in SYN-RECV, and the kernel sends its SYN,ACK at once.',
	'linux.finAck':
		'On Linux: the ACK of a FIN waits a few milliseconds (3 to 8 ms measured here, about 40 ms after data has arrived). If the application closes within that time, the ACK rides on its FIN, and three segments close the connection.',
	'linux.quickAck':
		'On Linux: the first data segment is acknowledged at once, with a bare ACK, rather than waiting to ride on a reply.',
	'linux.halfClose':
		'On Linux: receiving after sending a FIN needs shutdown(SHUT_WR). After close(), Linux answers new data with an RST, as RFC 9293 3.6.1 advises when data would be lost.',
	'linux.timeWait':
		'On Linux: TIME_WAIT lasts a fixed 60 seconds (ss -o shows timer:(timewait,59sec)), whatever the MSL.',
	'linux.isn':
		'On Linux: the ISN comes from a clock plus a keyed hash of the addresses (RFC 9293 3.4.1); a new connection on the same ports started 891 to 2218 above the last one, not 64,000.',
	'linux.notesOn':
		'Linux notes on: where Linux differs from the RFC\'s minimum, a line says "On Linux".',
	'linux.notesOff': 'Linux notes off (L brings them back).',
} as const;

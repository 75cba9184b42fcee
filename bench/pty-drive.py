"""Run a command in a pseudo-terminal of a given size, as a user's terminal would, and measure it.

Prints one JSON object: milliseconds to the first frame (first output containing --marker),
bytes written after each key, how many keys made the program clear the whole screen, and the
child's peak resident memory (VmHWM) in kB.

With --paste N, after the first frame it pastes N copies of --paste-char (as a terminal delivers a
paste to a program that did not ask for bracketed paste: the bytes, as fast as it reads them), then
the quit key, and reports pasteMs: from the paste's first byte until the program has exited, that
is, until it has dealt with every key before the quit key. pasteDone is false if that took longer
than --deadline seconds (the program is then killed, and pasteMs is the deadline).
"""
import argparse, fcntl, json, os, pty, select, struct, termios, time

parser = argparse.ArgumentParser()
parser.add_argument('--cols', type=int, default=80)
parser.add_argument('--rows', type=int, default=24)
parser.add_argument('--marker', required=True)
parser.add_argument('--keys', default='', help='keys separated by spaces; TAB for Tab')
parser.add_argument('--settle', type=float, default=0.15, help='seconds of silence that end a frame')
parser.add_argument('--quit', default='q')
parser.add_argument('--paste', type=int, default=0, help='bytes to paste after the first frame')
parser.add_argument('--paste-char', default='a')
parser.add_argument('--deadline', type=float, default=60.0, help='seconds the paste may take')
parser.add_argument('command', nargs=argparse.REMAINDER)
args = parser.parse_args()
command = args.command[1:] if args.command[:1] == ['--'] else args.command

env = {k: v for k, v in os.environ.items() if k != 'CI'}
env.update(TERM='xterm-256color', LANG='C.UTF-8')
start = time.monotonic()
size = struct.pack('HHHH', args.rows, args.cols, 0, 0)
pid, fd = pty.fork()
if pid == 0:
    # Size the terminal before the program starts, so that its first frame is laid out for it.
    fcntl.ioctl(0, termios.TIOCSWINSZ, size)
    os.execvpe(command[0], command, env)


def read_until_quiet(settle, limit=5.0):
    data = b''
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], settle)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
    return data


def peak_kb():
    try:
        with open(f'/proc/{pid}/status') as status:
            return next(int(line.split()[1]) for line in status if line.startswith('VmHWM'))
    except (OSError, StopIteration):
        return 0


seen = b''
first_frame_ms = None
while first_frame_ms is None and time.monotonic() - start < 10:
    ready, _, _ = select.select([fd], [], [], 0.01)
    if ready:
        seen += os.read(fd, 65536)
        if args.marker.encode() in seen:
            first_frame_ms = (time.monotonic() - start) * 1000
read_until_quiet(args.settle)

per_key, clears = [], 0
for key in args.keys.split():
    os.write(fd, b'\t' if key == 'TAB' else key.encode())
    out = read_until_quiet(args.settle)
    per_key.append(len(out))
    clears += b'\x1b[2J' in out

result = {'firstFrameMs': first_frame_ms, 'perKey': per_key, 'clears': clears}

if args.paste:
    # The paste and then the quit key; the program's output is read all along, as a terminal does,
    # or it would block writing its frames.
    pending = args.paste_char.encode() * args.paste + args.quit.encode()
    pasted = time.monotonic()
    deadline = pasted + args.deadline
    peak = 0
    exited = False
    while time.monotonic() < deadline:
        ready_in, ready_out, _ = select.select([fd], [fd] if pending else [], [], 0.05)
        if ready_out:
            written = os.write(fd, pending[:4096])
            pending = pending[written:]
        if ready_in:
            try:
                if not os.read(fd, 65536):
                    exited = True
            except OSError:
                exited = True
        peak = max(peak, peak_kb())
        if exited:
            break
    result['pasteMs'] = (time.monotonic() - pasted) * 1000
    result['pasteDone'] = exited
    if not exited:
        os.kill(pid, 9)
    _, _, usage = os.wait4(pid, 0)
    # ru_maxrss is in kB on Linux: the peak, even of the moments between two polls.
    result['peakKb'] = max(peak, usage.ru_maxrss)
else:
    result['peakKb'] = peak_kb()
    os.write(fd, args.quit.encode())
    # Up to 3 s for the program to end by itself (it may write a cache as it ends), then killed.
    read_until_quiet(3.0, limit=3.0)
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
print(json.dumps(result))

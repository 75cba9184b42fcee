#!/bin/sh
# Make the README's picture from a real run of the built CLI in an 80x24 tmux pane.
# Usage: npm run build && sh scripts/screenshot.sh   (needs tmux)
set -eu
cd "$(dirname "$0")/.."
session=tcp-tui-screenshot
tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 80 -y 24 \
	"env -u CI FORCE_COLOR=1 TCP_TUI_PROGRESS=/dev/null/none node dist/cli.js --isn-client 1000 --isn-server 5000; sleep 5"
sleep 1
for key in s Tab s Tab a d Tab a f Tab a; do
	tmux send-keys -t "$session" "$key"
	sleep 0.3
done
tmux capture-pane -t "$session" -e -p > docs/screen.ansi
tmux kill-session -t "$session"
node scripts/ansi-to-svg.mjs < docs/screen.ansi > docs/screen.svg
echo "wrote docs/screen.svg"

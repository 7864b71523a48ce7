#!/usr/bin/env bash
# The Python to build the kit's environment with. Learners' servers on the class hub run as other Linux users
# from this environment, so as root a Python inside a folder closed to others (pyenv under /root, say) is
# replaced by the system's Python 3.11+ when there is one. Prints the command to use.
set -euo pipefail
wanted=${1:-python3}
open_to_others() {  # every folder above $1 can be passed through by other users
  local d; d=$(dirname "$(readlink -f "$1")")
  while [ "$d" != / ]; do (( 8#$(stat -c %a "$d") & 1 )) || return 1; d=$(dirname "$d"); done
}
path=$(command -v "$wanted" || true)
if [ "$(id -u)" = 0 ] && [ -n "$path" ] && ! open_to_others "$path" && [ -x /usr/bin/python3 ] \
   && /usr/bin/python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo /usr/bin/python3
else
  echo "$wanted"
fi

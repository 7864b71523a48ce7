#!/usr/bin/env bash
# The Python to build the kit's environment with, as the real interpreter's path (a venv's or pyenv's python resolves
# to the interpreter behind it, so running this from inside the environment names the same Python). Learners'
# servers on the class hub run as other Linux users from this environment, so as root a Python inside a folder
# closed to others (pyenv under /root, say) is replaced by the system's Python 3.11+ when there is one.
set -euo pipefail
wanted=${1:-python3}
real() { "$1" -c 'import os, sys; print(os.path.realpath(sys.executable))'; }
open_to_others() {  # every folder above the file $1 can be passed through by other users
  local d; d=$(dirname "$1")
  while [ "$d" != / ]; do (( 8#$(stat -c %a "$d") & 1 )) || return 1; d=$(dirname "$d"); done
}
python=$(real "$wanted" 2>/dev/null || echo "$wanted")
if [ "$(id -u)" = 0 ] && ! open_to_others "$python" && [ -x /usr/bin/python3 ] \
   && /usr/bin/python3 -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  python=$(real /usr/bin/python3)
fi
echo "$python"

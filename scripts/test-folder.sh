#!/usr/bin/env bash
# Where the test suite runs. The hub's tests start learners' servers as other Linux users, who must be able to
# read the kit: as root, a checkout inside a folder closed to them (under /root, say) is copied, as it is now
# (uncommitted changes included, the environment left out), to /srv/kynangso-test/ and tested there.
# Prints the folder to run the tests in.
set -euo pipefail
here=$(pwd -P)
open_to_others() {
  local d=$1
  while [ "$d" != / ]; do (( 8#$(stat -c %a "$d") & 1 )) || return 1; d=$(dirname "$d"); done
}
if [ "$(id -u)" != 0 ] || open_to_others "$here"; then
  echo "$here"
  exit 0
fi
copy=/srv/kynangso-test/$(basename "$here")-$(echo "$here" | sha256sum | cut -c1-8)
mkdir -p "$copy" && chmod 755 /srv/kynangso-test "$copy"
find "$copy" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +  # files deleted here go there too
tar -C "$here" --exclude=./.venv --exclude='./.*_cache' --exclude=./build -cf - . | tar -C "$copy" -xf -
chmod -R o+rX "$copy"
echo "Kiểm thử chạy từ $copy (thư mục hiện tại đóng với người dùng khác) / tests run from $copy" >&2
echo "$copy"

#!/bin/sh
# Cài kynangso từ bộ cài ngoại tuyến (Linux, macOS): kiểm tra tệp, tạo môi trường, cài mà không cần mạng.
# Install kynangso from the offline bundle: verify files, create an environment, install with no network.
# Cách chạy / Run:  sh cai-dat.sh        (Python khác: PYTHON=/duong/dan/python3.11 sh cai-dat.sh)
set -u
cd "$(dirname "$0")" || exit 1
fail() { printf '\nLỖI: %s\n' "$*" >&2; exit 1; }

echo "1/4 Kiểm tra các tệp của bộ cài (mã SHA-256)..."
if command -v sha256sum >/dev/null 2>&1; then
  sha256sum -c --quiet SHA256SUMS || fail "Bộ cài bị hỏng hoặc thiếu tệp (các dòng ở trên). Chưa cài gì. Hãy chép lại bộ cài từ USB gốc rồi chạy lại."
elif command -v shasum >/dev/null 2>&1; then
  shasum -a 256 -c --quiet SHA256SUMS || fail "Bộ cài bị hỏng hoặc thiếu tệp (các dòng ở trên). Chưa cài gì. Hãy chép lại bộ cài từ USB gốc rồi chạy lại."
else
  fail "Máy không có lệnh sha256sum hoặc shasum để kiểm tra bộ cài."
fi

echo "2/4 Tìm Python @PYTHON@..."
PY=""
for candidate in "${PYTHON:-}" python@PYTHON@ python3 python; do
  [ -n "$candidate" ] || continue
  version=$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
  if [ "$version" = "@PYTHON@" ]; then PY=$candidate; break; fi
done
[ -n "$PY" ] || fail "Không thấy Python @PYTHON@ trên máy. Bộ cài này chỉ dùng được với Python @PYTHON@ (Debian 12: 'apt install python3 python3-venv'; macOS: bộ cài python.org 3.11)."

echo "3/4 Tạo môi trường trong thư mục moi-truong/ ..."
rm -rf moi-truong
"$PY" -m venv moi-truong || fail "Không tạo được môi trường Python. Trên Debian/Ubuntu hãy cài gói python3-venv rồi chạy lại."

echo "4/4 Cài đặt từ thư mục wheels/ (không cần mạng, khoảng 1 phút)..."
# pip must not read this machine's configuration or reach any package index. --no-compile: Python compiles a module
# when it is first used, so installing no longer compiles all 8,000 files, most never used (a third of its time).
for name in $(env | sed -n 's/^\(PIP_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$name"; done
PIP_CONFIG_FILE=/dev/null PIP_NO_INDEX=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
  moi-truong/bin/python -m pip install --quiet --no-compile --no-index --find-links wheels -c lock.txt "kynangso==@VERSION@" \
  || fail "Cài đặt không thành công (xem các dòng ở trên). Thư mục khoa-hoc/ không bị thay đổi."
moi-truong/bin/kynangso --version >/dev/null || fail "Đã cài nhưng lệnh kynangso không chạy được."

echo ""
echo "Xong. Mỗi lần làm việc, mở cửa sổ lệnh trong thư mục này và gõ:"
echo "    . moi-truong/bin/activate"
echo "    cd khoa-hoc"
echo "    kynangso demo --learners 3"

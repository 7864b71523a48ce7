# Cài kynangso từ bộ cài ngoại tuyến (Windows): kiểm tra tệp, tạo môi trường, cài mà không cần mạng.
# Install kynangso from the offline bundle: verify files, create an environment, install with no network.
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [Text.Encoding]::UTF8
Set-Location -LiteralPath $PSScriptRoot
function Fail([string]$Message) { Write-Host ""; Write-Host "LỖI: $Message" -ForegroundColor Red; exit 1 }

Write-Host '1/4 Kiểm tra các tệp của bộ cài (mã SHA-256)...'
$bad = @()
foreach ($line in Get-Content -LiteralPath 'SHA256SUMS' -Encoding UTF8) {
    if (-not $line.Trim()) { continue }
    $hash, $path = $line -split '  ', 2
    $file = Join-Path $PSScriptRoot $path
    if (-not (Test-Path -LiteralPath $file)) { $bad += "$path (thiếu)"; continue }
    if ((Get-FileHash -LiteralPath $file -Algorithm SHA256).Hash.ToLower() -ne $hash) { $bad += "$path (sai mã)" }
}
if ($bad.Count -gt 0) {
    $bad | ForEach-Object { Write-Host "  $_" }
    Fail 'Bộ cài bị hỏng hoặc thiếu tệp. Chưa cài gì. Hãy chép lại bộ cài từ USB gốc rồi chạy lại.'
}

Write-Host '2/4 Tìm Python @PYTHON@...'
$py = $null
foreach ($candidate in @(@('py', '-@PYTHON@'), @('python'), @('python3'))) {
    try {
        $rest = @($candidate | Select-Object -Skip 1)
        $version = & $candidate[0] @rest -c "import sys; print('%d.%d' % sys.version_info[:2])" 2>$null
        if ($version -eq '@PYTHON@') { $py = $candidate; break }
    } catch { continue }
}
if (-not $py) { Fail 'Không thấy Python @PYTHON@. Hãy cài Python @PYTHON@ (64-bit) từ USB của lớp, đánh dấu "Add python.exe to PATH", rồi chạy lại.' }

Write-Host '3/4 Tạo môi trường trong thư mục moi-truong ...'
if (Test-Path -LiteralPath 'moi-truong') { Remove-Item -Recurse -Force -LiteralPath 'moi-truong' }
$rest = @($py | Select-Object -Skip 1)
& $py[0] @rest -m venv moi-truong
if ($LASTEXITCODE -ne 0) { Fail 'Không tạo được môi trường Python.' }

Write-Host '4/4 Cài đặt từ thư mục wheels (không cần mạng, khoảng 1-2 phút)...'
# pip must not read this machine's configuration or reach any package index.
Get-ChildItem Env: | Where-Object { $_.Name -like 'PIP_*' } | ForEach-Object { Remove-Item -LiteralPath "Env:$($_.Name)" }
$env:PIP_CONFIG_FILE = 'NUL'
$env:PIP_NO_INDEX = '1'
$env:PIP_DISABLE_PIP_VERSION_CHECK = '1'
& '.\moi-truong\Scripts\python.exe' -m pip install --quiet --no-compile --no-index --find-links wheels -c lock.txt 'kynangso==@VERSION@'
if ($LASTEXITCODE -ne 0) { Fail 'Cài đặt không thành công (xem các dòng ở trên). Thư mục khoa-hoc không bị thay đổi.' }

Set-Content -LiteralPath 'mo-kynangso.bat' -Encoding ASCII -Value @(
    '@echo off', 'chcp 65001 >nul', 'cd /d "%~dp0"', 'cmd /k "%~dp0moi-truong\Scripts\activate.bat"')
Write-Host ''
Write-Host 'Xong. Mỗi lần làm việc, bấm đúp mo-kynangso.bat rồi gõ, ví dụ:  kynangso demo --learners 3'

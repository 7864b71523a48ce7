@echo off
rem Cài kynangso từ bộ cài ngoại tuyến (Windows): bấm đúp vào tệp này.
chcp 65001 >nul
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0cai-dat.ps1"
pause

#!/usr/bin/env bash
# Installs what the toolkit needs from outside npm, when it is missing:
#   chromium (PDFs, mermaid diagrams, browser tests), fonts-liberation and fonts-texgyre (the fonts
#   named in the SOP/letter CSS), fonts-noto-core and fonts-noto-color-emoji (fallbacks for other
#   scripts and emoji), poppler-utils (pdftotext/pdftoppm for the PDF tests).
# Then installs the npm dependencies if node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
# (grep without -q: with pipefail, -q would stop reading early and fail fc-list with SIGPIPE.)
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -i "Liberation Sans" >/dev/null || need+=(fonts-liberation)
fc-list 2>/dev/null | grep -i "TeX Gyre Bonum" >/dev/null || need+=(fonts-texgyre)
# Fallbacks for characters the fonts above lack (other scripts, symbols, emoji): never empty boxes.
fc-list 2>/dev/null | grep -i "Noto Sans Arabic" >/dev/null || need+=(fonts-noto-core)
fc-list 2>/dev/null | grep -i "Noto Color Emoji" >/dev/null || need+=(fonts-noto-color-emoji)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Memasang paket sistem: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Paket sistem belum terpasang: ${need[*]}" >&2
    echo "Pasang dengan: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Memasang dependensi npm (npm ci)..."
  npm ci --no-audit --no-fund
fi

#!/usr/bin/env bash
# Installs LibreOffice Writer without its GUI (Debian's libreoffice-writer-nogui,
# the smallest package that converts .docx to PDF) for the Word export tests,
# only when soffice is missing.
set -euo pipefail
command -v soffice >/dev/null 2>&1 && exit 0
echo "Installing libreoffice-writer-nogui …" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null

#!/usr/bin/env bash
# Installs everything the tests need and runs every check: ruff, mypy, pytest.
# Usage: scripts/test.sh [pytest args...]   (REQUESTBOT_FULL=1 for the full-size fault tests)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

# Dovecot (IMAP) for the mail-flow tests: from Debian's packages when missing.
if [ ! -x /usr/sbin/dovecot ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd
    else
        echo "warning: Dovecot is not installed and this user cannot install it;" \
             "the IMAP tests will be skipped (install the package dovecot-imapd)" >&2
    fi
fi

echo "== ruff"
.venv/bin/ruff check requestbot tests bench scripts
.venv/bin/ruff format --check requestbot tests bench scripts
echo "== mypy"
.venv/bin/mypy requestbot
echo "== pytest"
# The test servers (Dovecot, aiosmtpd) are started by the pytest fixtures.
.venv/bin/python -m pytest -q "$@"

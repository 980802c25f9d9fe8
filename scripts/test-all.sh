#!/usr/bin/env bash
# Runs every test from a fresh clone: installs what the tests need, type-checks, runs the unit,
# rule, corpus and CLI tests (check, audit of every export format, npm pack → install), builds the
# extension and runs the browser tests in Chromium (the audit's HTML report too) and in Firefox ESR,
# and the store checks. Prints a final "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium is what the browser tests will load the extension into (see ../shared/ENVIRONMENT.md).
if [ -z "${REPLYRX_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian chromium"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium"
  else
    echo "warning: chromium not found; install it or set REPLYRX_CHROMIUM"
  fi
fi

# Debian's Firefox ESR is what the Firefox suite loads the add-on into (tests/firefox/firefox.ts).
if [ -z "${REPLYRX_FIREFOX:-}" ] && ! command -v firefox-esr >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Debian firefox-esr"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null) || echo "warning: could not install firefox-esr"
  else
    echo "warning: firefox-esr not found; install it or set REPLYRX_FIREFOX"
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` rather than `npm ci`: npm 11 rejects this lock file for the optional rollup
  # platform packages the registry lists without versions; install honours the lock for the rest.
  echo "== npm install"
  npm install --no-audit --no-fund || exit 1
fi

passed=0
failed=0
step() {
  local name="$1"; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "!! $name failed"; fi
}

# "passed failed" from a vitest JSON report: a file that failed without a failed test (a hook or
# an import threw) counts as one failure, and so does a report that cannot be read (the runner crashed).
vitest_counts() {
  node -e "
  try { const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
        const broken = (r.testResults || []).filter((f) => f.status === 'failed' && !(f.assertionResults || []).some((t) => t.status === 'failed')).length;
        console.log(r.numPassedTests || 0, (r.numFailedTests || 0) + Math.max(broken, r.numRuntimeErrorTestSuites || 0)); }
  catch { console.log(0, 1); }" "$1"
}

step "wxt prepare" npx wxt prepare
step "typecheck" npx tsc --noEmit
# Vitest prints its own per-test counts; the steps below count suites of checks.
report=$(mktemp)
echo "== vitest (unit, rules, corpus floors, CLI and audit)"
if npx vitest run --reporter=default --reporter=json --outputFile="$report"; then :; fi
read -r tests_passed tests_failed < <(vitest_counts "$report")
rm -f "$report"
passed=$((passed + tests_passed))
failed=$((failed + tests_failed))
step "build extension" npm run build --silent
# Browser tests: the production build in real Chromium, with local pages at the sites' URLs.
echo "== playwright (end to end)"
report=$(mktemp)
PLAYWRIGHT_JSON_OUTPUT_NAME="$report" npx playwright test --reporter=list,json || true
read -r e2e_passed e2e_failed < <(node -e "
  try { const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
        console.log(r.stats.expected || 0, (r.stats.unexpected || 0) + (r.stats.flaky || 0) + (r.errors || []).length); }
  catch { console.log(0, 1); }" "$report")
rm -f "$report"
passed=$((passed + e2e_passed))
failed=$((failed + e2e_failed))
# The Firefox suite: the same build's Firefox add-on in Firefox ESR on the same fixture pages, IT's
# policies.json, and the store checks of the zips (web-ext lint, Chrome's offline checks, the sources zip rebuilt).
echo "== firefox (end to end, and store readiness)"
report=$(mktemp)
npx vitest run --config vitest.firefox.config.ts --reporter=default --reporter=json --outputFile="$report" || true
read -r firefox_passed firefox_failed < <(vitest_counts "$report")
rm -f "$report"
passed=$((passed + firefox_passed))
failed=$((failed + firefox_failed))

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Installs the Debian 12 packages Waymark needs to build, test and run, and nothing else.
# Idempotent: when everything is present it only asks dpkg and returns in well under a second.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkgconf git
  # Qt 6 (Core, Sql, Gui, Widgets, PrintSupport, DBus, Test), Linguist tools; the charts are
  # Waymark's own drawing, so neither Qt Charts nor Qt OpenGL is needed
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # SQLCipher: SQLite with encryption, the only SQLite library Waymark loads (through its own
  # Qt SQL driver; Qt's QSQLITE plugin is not needed)
  libsqlcipher-dev
  # OpenSSL's libcrypto, which SQLCipher encrypts with: made ready as Waymark starts
  libssl-dev
  # libsodium: Argon2id passphrases and the wrapping of the database key
  libsodium-dev
  # jemalloc: the executables' allocator (an import's many small values; see CMakeLists.txt)
  libjemalloc-dev
  # the team server: Qt's PostgreSQL driver, and Debian's PostgreSQL for the tests that run
  # against a real server (tests/server/pg-server starts one on loopback)
  libqt6sql6-psql postgresql
  # iCalendar export of the diary; returns as XLSX and CSV
  libical-dev libxlsxwriter-dev libcsv-dev
  # xlsxwriter.pc links -lz, but Debian's libxlsxwriter-dev does not pull in zlib's headers
  zlib1g-dev
  # spreadsheets moved in from: an .xlsx is a zip (libzip), CSV read by libcsv as above
  libzip-dev
  # interchange files read a record at a time (RapidJSON's event reader)
  rapidjson-dev
  # the benchmarks (bench/run): Google Benchmark
  libbenchmark-dev
  # tests and screenshots
  libgtest-dev libgmock-dev xvfb xauth xfonts-base fonts-dejavu-core
  # forms printed in Bengali are set in Lohit Bengali; Qt's own strings (standard buttons) in Polish
  fonts-lohit-beng-bengali qt6-translations-l10n
  # printed forms read back as text (pdftotext) and as pictures (pdftoppm)
  poppler-utils
  # dates in Europe/London
  tzdata
  # the second implementation of the returns that the tests check them against
  python3
  # the Debian package (cpack -G DEB, see packaging/CMakeLists.txt): dpkg-shlibdeps works out
  # which library packages the binaries need, and CPack finds the binaries with file; the desktop
  # entry and AppStream metainfo are checked with desktop-file-validate and appstreamcli
  dpkg-dev file desktop-file-utils appstream
  # the core suite under AddressSanitizer and UndefinedBehaviorSanitizer, and the importer's
  # libFuzzer target (clang's runtime libraries), with stacks symbolized to file:line
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ $status == installed ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

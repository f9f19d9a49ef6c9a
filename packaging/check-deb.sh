#!/usr/bin/env bash
# Checks a Waymark Debian package (made by `cpack -G DEB`, see README) the way a fresh machine
# would meet it:
#   1. what the .deb declares and holds: its Depends, every file it installs, no file that
#      points back at the folder it was built in;
#   2. as root: installs it with apt-get (which fetches what it depends on), runs both installed
#      programs away from the source tree (a new encrypted database, a check of it, a return
#      as PDF), and looks for the menu entry, metainfo and icons;
#   3. removes and purges it, and checks every file it installed is gone.
# Steps 2 and 3 change the machine: run them only on a throwaway one. With --no-install only
# step 1 runs, as any user.
#
#   packaging/check-deb.sh [--no-install] waymark_0.1.0_amd64.deb
#
# Exits 0 when every check passes; otherwise stops at the first failure, says what failed, and
# (once installed) removes the package again.
set -euo pipefail

usage() {
  echo "usage: $0 [--no-install] PACKAGE.deb" >&2
  exit 2
}

install=yes
deb=
for arg in "$@"; do
  case $arg in
    --no-install) install=no ;;
    -h | --help) usage ;;
    -*) usage ;;
    *) [[ -z $deb ]] || usage; deb=$arg ;;
  esac
done
[[ -n $deb ]] || usage

installed=no
work=$(mktemp -d)
cleanup() {
  local status=$?
  if [[ $installed == yes ]]; then
    echo "check-deb: removing the package after the failure" >&2
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q waymark >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

fail() {
  echo "check-deb: FAILED: $*" >&2
  exit 1
}
pass() { echo "  ok: $*"; }

[[ -f $deb ]] || fail "no such file: $deb"
deb=$(realpath "$deb")
for tool in dpkg-deb dpkg-query; do
  command -v "$tool" >/dev/null || fail "$tool is missing (it comes with dpkg)"
done

# ---------------------------------------------------------------------------------------------
echo "== What $(basename "$deb") declares and holds"
dpkg-deb --info "$deb" >"$work/info" || fail "dpkg-deb cannot read $deb"
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == waymark ]] || fail "the package is called '$(field Package)', not waymark"
pass "Package: waymark, Version: $(field Version), Architecture: $(field Architecture)"
depends=$(field Depends)
[[ -n $depends ]] || fail "the package declares no Depends (was it built with CPACK_DEBIAN_PACKAGE_SHLIBDEPS?)"
echo "  Depends: $depends"
# The libraries dpkg-shlibdeps must have found, and the dependencies it cannot see.
# (Package names as regular expressions: libxlsxwriter's carries its soname's number.)
for needed in libqt6core6 libqt6widgets6 libqt6printsupport6 libsqlcipher0 libsodium23 libjemalloc2 \
  libical3 'libxlsxwriter[0-9]+' libzip4 libcsv3 'libstdc\+\+6' tzdata fonts-dejavu-core fonts-lohit-beng-bengali; do
  grep -Eq "(^|, )${needed}( |,|$)" <<<"$depends" || fail "Depends does not name ${needed//\\/}"
done
pass "Depends names Qt, SQLCipher, libsodium, jemalloc, libical, libxlsxwriter, libzip, libcsv, tzdata, DejaVu and Lohit Bengali"

dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|; s|/$||' | grep -v '^$' | sort >"$work/contents"
expected=(
  /usr/bin/waymark
  /usr/bin/waymark-cli
  /usr/share/applications/org.waymark.Waymark.desktop
  /usr/share/metainfo/org.waymark.Waymark.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/org.waymark.Waymark.svg
)
for size in 16 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.waymark.Waymark.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" || fail "the package does not hold $path"
done
pass "holds both programs, the menu entry, the metainfo and ${#expected[@]} files in all"
if grep -v -E '^/usr(/|$)|^/$' "$work/contents" | grep -q .; then
  fail "the package installs outside /usr: $(grep -v -E '^/usr(/|$)|^/$' "$work/contents" | head -3 | tr '\n' ' ')"
fi
pass "everything it installs is under /usr"

# The programs find their libraries where Debian puts them, with no search path of their own
# (one into the build folder would be worse); the files they read at run time (migrations, seed
# contracts, the star, the icon) are compiled in as Qt resources, which the runs below prove.
dpkg-deb --extract "$deb" "$work/root"
for program in waymark waymark-cli; do
  if command -v readelf >/dev/null; then
    if readelf --dynamic "$work/root/usr/bin/$program" | grep -Eq 'R(UN)?PATH'; then
      fail "/usr/bin/$program has an RPATH: $(readelf --dynamic "$work/root/usr/bin/$program" | grep -E 'R(UN)?PATH')"
    fi
  fi
done
command -v readelf >/dev/null && pass "neither program carries an RPATH" || echo "  skipped: RPATH check (no readelf)"

# The menu entry and the metainfo, with the validators if this machine has them.
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$work/root/usr/share/applications/org.waymark.Waymark.desktop" 2>&1) ||
    fail "desktop-file-validate: $out"
  [[ -z $out ]] || fail "desktop-file-validate: $out"
  pass "desktop-file-validate is clean"
else
  echo "  skipped: desktop-file-validate (install desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.waymark.Waymark.metainfo.xml" >"$work/as" 2>&1 ||
    fail "appstreamcli validate: $(cat "$work/as")"
  grep -Eq '^(E|W): ' "$work/as" && fail "appstreamcli validate: $(cat "$work/as")"
  pass "appstreamcli validate: no errors or warnings"
else
  echo "  skipped: appstreamcli validate (install appstream)"
fi

if [[ $install == no ]]; then
  echo "check-deb: the package's contents pass (install, run and removal not checked: --no-install)"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
echo "== Installing it"
((EUID == 0)) || fail "installing needs root: run as root on a throwaway machine, or pass --no-install"
command -v apt-get >/dev/null || fail "apt-get is missing"
# This check removes what it installs; it must not take away a Waymark someone uses.
status=$(dpkg-query -W -f='${db:Status-Status}' waymark 2>/dev/null || true)
[[ -z $status || $status == not-installed || $status == config-files ]] ||
  fail "waymark is already installed ($status): remove it first (apt-get purge waymark)"
for program in /usr/bin/waymark /usr/bin/waymark-cli; do
  [[ ! -e $program ]] || fail "$program exists but belongs to no package (a 'make install'?): remove it first"
done

export DEBIAN_FRONTEND=noninteractive
installed=yes # from here on a failure removes the package again
apt-get install -y -q "$deb" >"$work/apt-install" 2>&1 || fail "apt-get install failed: $(tail -20 "$work/apt-install")"
[[ $(dpkg-query -W -f='${db:Status-Status}' waymark) == installed ]] || fail "dpkg does not list waymark as installed"
pass "apt-get install $(basename "$deb")"
# What dpkg says it installed, each marked as a folder (d) or not (f) while it is there to see.
dpkg-query -L waymark | sort | while IFS= read -r path; do
  [[ $path == /. || $path == / ]] && continue
  if [[ -d $path && ! -L $path ]]; then echo "d $path"; else echo "f $path"; fi
done >"$work/listed"

echo "== Running the installed programs"
for program in waymark waymark-cli; do
  [[ $(command -v "$program") == /usr/bin/$program ]] || fail "$program on PATH is $(command -v "$program"), not /usr/bin/$program"
  if ldd "/usr/bin/$program" | grep -q 'not found'; then
    fail "/usr/bin/$program misses libraries: $(ldd "/usr/bin/$program" | grep 'not found' | tr '\n' ' ')"
  fi
done
pass "every library both programs load as they start is there (SQLCipher and libxlsxwriter are tried below)"

# Away from the source tree, with a clean environment and a home of its own, so nothing here
# or in root's home helps or is left behind.
mkdir -p "$work/home"
run() {
  (cd "$work/home" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@")
}
run waymark-cli --help >"$work/help" 2>&1 || fail "waymark-cli --help failed: $(cat "$work/help")"
grep -q '^Usage: waymark-cli' "$work/help" || fail "waymark-cli --help printed no usage: $(head -5 "$work/help")"
pass "waymark-cli --help"
# The window's program without a window: it loads Qt Widgets and the platform plugin.
run QT_QPA_PLATFORM=offscreen waymark --help >"$work/guihelp" 2>&1 || fail "waymark --help failed: $(cat "$work/guihelp")"
grep -q -- '--db' "$work/guihelp" || fail "waymark --help printed no options: $(head -5 "$work/guihelp")"
pass "waymark --help"

printf 'a check passphrase, not a real one\n' >"$work/passphrase"
chmod 600 "$work/passphrase"
db="$work/home/x.db"
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" init >"$work/init" 2>&1 ||
  fail "waymark-cli --db $db init failed: $(cat "$work/init")"
[[ -s $db && -s $db.keys ]] || fail "init made no database and keys at $db"
pass "waymark-cli --db x.db init (a new encrypted database, migrations and seed contracts compiled in)"
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" check >"$work/dbcheck" 2>&1 ||
  fail "waymark-cli check failed on the new database: $(cat "$work/dbcheck")"
pass "waymark-cli check"
# A return as PDF: the offscreen platform plugin, fonts and printing, as `print` uses them.
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" report kpi --contract thurrock-fs \
  --from 2026-04-01 --to 2026-06-30 --format pdf --out "$work/home/return.pdf" >"$work/report" 2>&1 ||
  fail "waymark-cli report kpi --format pdf failed: $(cat "$work/report")"
[[ $(head -c 5 "$work/home/return.pdf") == %PDF- ]] || fail "the return written is not a PDF"
pass "waymark-cli report kpi --format pdf"
# The same as a spreadsheet: libxlsxwriter, which is loaded when first used, so ldd above cannot
# see whether it is there.
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" report kpi --contract thurrock-fs \
  --from 2026-04-01 --to 2026-06-30 --format xlsx --out "$work/home/return.xlsx" >"$work/report" 2>&1 ||
  fail "waymark-cli report kpi --format xlsx failed: $(cat "$work/report")"
[[ $(head -c 2 "$work/home/return.xlsx") == PK ]] || fail "the return written is not a workbook"
pass "waymark-cli report kpi --format xlsx"
# A form in Bengali: the translations are built in, and the Bengali face the package depends on
# is there (without it the text prints as empty boxes).
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" demo --people 5 >"$work/demo" 2>&1 ||
  fail "waymark-cli demo failed: $(cat "$work/demo")"
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" export "$work/home/all.json" >"$work/export" 2>&1 ||
  fail "waymark-cli export failed: $(cat "$work/export")"
# (No pipe into head: under pipefail its early exit would fail the grep.)
grep -o '"service_user_id": *"[^"]*"' "$work/home/all.json" >"$work/ids" || true
person=$(cut -d'"' -f4 "$work/ids" | sed -n 1p)
[[ -n $person ]] || fail "the demo caseload has no referral to print"
run waymark-cli --db "$db" --passphrase-file "$work/passphrase" print referral --service-user "$person" --language bn \
  --out "$work/home/bengali.pdf" >"$work/print" 2>&1 || fail "waymark-cli print referral --language bn failed: $(cat "$work/print")"
if command -v pdffonts >/dev/null; then
  pdffonts "$work/home/bengali.pdf" | grep -q Lohit-Bengali || fail "the Bengali form carries no Bengali face: $(pdffonts "$work/home/bengali.pdf")"
  pass "a form printed in Bengali, set in Lohit Bengali"
else
  [[ $(head -c 5 "$work/home/bengali.pdf") == %PDF- ]] || fail "the Bengali form written is not a PDF"
  pass "a form printed in Bengali (its face not checked: no pdffonts)"
fi

echo "== The desktop's files"
desktop=/usr/share/applications/org.waymark.Waymark.desktop
[[ -f $desktop ]] || fail "no menu entry at $desktop"
exec_line=$(grep -m1 '^Exec=' "$desktop" | cut -d= -f2- | cut -d' ' -f1)
[[ $(command -v "$exec_line") == /usr/bin/waymark ]] || fail "the menu entry runs '$exec_line', which is not /usr/bin/waymark"
icon=$(grep -m1 '^Icon=' "$desktop" | cut -d= -f2-)
[[ $icon == org.waymark.Waymark ]] || fail "the menu entry's icon is '$icon'"
pass "menu entry in place, running /usr/bin/waymark with icon $icon"
[[ -f /usr/share/metainfo/org.waymark.Waymark.metainfo.xml ]] || fail "no metainfo in /usr/share/metainfo"
pass "metainfo in place"
for size in 16 24 32 48 64 128 256; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png
  [[ -f $png ]] || fail "no ${size}px icon at $png"
  # A PNG's width and height are the two big-endian numbers at bytes 16 to 23.
  read -r width height < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [[ $width == "$size" && $height == "$size" ]] || fail "$png is ${width}x$height, not ${size}x$size"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/$icon.svg ]] || fail "no scalable icon"
pass "icons in place at 16 to 256 px and scalable"

# ---------------------------------------------------------------------------------------------
echo "== Removing it"
apt-get remove -y -q waymark >"$work/apt-remove" 2>&1 || fail "apt-get remove failed: $(tail -20 "$work/apt-remove")"
# A package with no configuration files is gone whole after remove, and apt-get then no longer
# knows it to purge; one with any left is purged.
status=$(dpkg-query -W -f='${db:Status-Status}' waymark 2>/dev/null || true)
if [[ -n $status && $status != not-installed ]]; then
  apt-get purge -y -q waymark >"$work/apt-purge" 2>&1 || fail "apt-get purge failed: $(tail -20 "$work/apt-purge")"
  purged="apt-get remove and purge"
else
  purged="apt-get remove (nothing left to purge)"
fi
installed=no
status=$(dpkg-query -W -f='${db:Status-Status}' waymark 2>/dev/null || true)
[[ -z $status || $status == not-installed ]] || fail "after purge dpkg still lists waymark as $status"
pass "$purged"

left=()
files=0
folders_left=0
while read -r kind path; do
  if [[ $kind == f ]]; then
    if [[ -e $path || -L $path ]]; then left+=("$path"); else files=$((files + 1)); fi
  elif [[ -d $path ]]; then
    # A folder stays when another package owns it too (/usr/bin, hicolor's size folders) or
    # something else is in it; an empty folder nobody owns would be ours, left behind.
    if [[ -z $(ls -A "$path") ]] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
      left+=("$path/ (empty, no package owns it)")
    fi
    folders_left=$((folders_left + 1))
  fi
done <"$work/listed"
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
pass "all $files files it installed are gone ($folders_left of its folders stay, shared with other packages or holding their files)"

echo "check-deb: PASSED: $(basename "$deb") installs, runs and removes cleanly"

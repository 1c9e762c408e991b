#!/usr/bin/env bash
# Builds the Debian package seikyu_VERSION-1_ARCH.deb in the current folder (issue 19):
#   packaging/build-deb.sh
#   sudo apt-get install ./seikyu_*.deb     (man seikyu; apt-get remove seikyu removes it)
# The release binary is static (Swift runtime, Foundation, SQLite, ncursesw and the C library inside
# it), so the package depends only on the files those read at run time (see below).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(pwd)"

command -v dpkg-shlibdeps >/dev/null 2>&1 || {
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "dpkg-dev を入れます / installing dpkg-dev" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq dpkg-dev >&2
}

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
DESTDIR="$root" "$here/install.sh" /usr

version="$("$root/usr/bin/seikyu" --version)"
arch="$(dpkg --print-architecture)"
package="seikyu_${version}-1_${arch}.deb"

if readelf -d "$root/usr/bin/seikyu" 2>/dev/null | grep -q '(NEEDED)'; then
  # A binary linked against shared libraries (a build made without Package.swift's release flags)
  # depends on them; dpkg-shlibdeps reads debian/control from the folder it runs in.
  mkdir -p "$stage/source/debian"
  printf 'Source: seikyu\n\nPackage: seikyu\nArchitecture: any\n' > "$stage/source/debian/control"
  depends="$(cd "$stage/source" && dpkg-shlibdeps -O "$root/usr/bin/seikyu" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"
  [ -n "$depends" ] || { echo "依存するライブラリが分かりません（dpkg-shlibdeps）" >&2; exit 1; }
else
  # Static: no shared library to depend on. The C library inside still loads files of its own
  # release at run time (the user database's NSS modules, the character-set converters), so the
  # package asks for the libc6 of the release it was built with; ncursesw reads the terminal
  # descriptions of ncurses-base.
  glibc="$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')"
  depends="libc6 (>= ${glibc}), libc6 (<< ${glibc%.*}.$(( ${glibc##*.} + 1 ))), ncurses-base"
fi

install -d -m 0755 "$root/usr/share/doc/seikyu" "$root/DEBIAN"
install -m 0644 "$here/../README.md" "$root/usr/share/doc/seikyu/README.md"
install -m 0644 "$here/copyright" "$root/usr/share/doc/seikyu/copyright"
chmod 0755 "$root"
size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<CONTROL
Package: seikyu
Version: ${version}-1
Architecture: ${arch}
Maintainer: ${DEBFULLNAME:-seikyu maintainers} <${DEBEMAIL:-seikyu@localhost}>
Installed-Size: ${size}
Depends: ${depends}
Section: utils
Priority: optional
Description: guide for online medical fee claims in Japan (レセプトオンライン請求)
 A keyboard-driven terminal program that walks the clerk of a Japanese clinic,
 dental clinic or pharmacy through setting up online claim submission, the
 monthly submission per payer, and "it won't connect" triage.
 .
 診療所・歯科・薬局の事務の方のための、レセプトオンライン請求の手引きです。
 セットアップ、毎月の送信、つながらないときの切り分けを案内します。
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/$package" >&2
echo "$out/$package"

#!/usr/bin/env bash
# Installs seikyu where it finds its own files (issue 19):
#   PREFIX/bin/seikyu                      release build, static (needs no Swift and no shared library)
#   PREFIX/share/seikyu/                   the Assets (flows, rules, desks, tapes, demo)
#   PREFIX/share/man/man1/seikyu.1.gz      the manual page (packaging/seikyu.1)
#   bash / zsh / fish completions          written by the binary itself (swift-argument-parser)
#
#   packaging/install.sh [PREFIX]              build and install (PREFIX: /usr/local)
#   packaging/install.sh --uninstall [PREFIX]  remove exactly those files
# DESTDIR stages the files under another root (packaging/build-deb.sh uses it).
# SEIKYU_BINARY installs an already built binary instead of building one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_tree="$(dirname "$here")"

uninstall=false
if [ "${1:-}" = "--uninstall" ]; then uninstall=true; shift; fi
prefix="${1:-/usr/local}"
case "$prefix" in
  /*) ;;
  *) echo "PREFIX は / で始まる場所で指定してください: $prefix" >&2; exit 2 ;;
esac
root="${DESTDIR:-}$prefix"

bin="$root/bin/seikyu"
share="$root/share/seikyu"
man="$root/share/man/man1/seikyu.1.gz"
bash_completion="$root/share/bash-completion/completions/seikyu"
# Debian's zsh reads vendor-completions for /usr and site-functions for /usr/local.
if [ "$prefix" = "/usr" ]; then zsh_completion="$root/share/zsh/vendor-completions/_seikyu"
else zsh_completion="$root/share/zsh/site-functions/_seikyu"; fi
fish_completion="$root/share/fish/vendor_completions.d/seikyu.fish"

if $uninstall; then
  rm -f "$bin" "$man" "$bash_completion" "$zsh_completion" "$fish_completion"
  rm -rf "$share"
  echo "seikyu を取り除きました: $prefix" >&2
  exit 0
fi

binary="${SEIKYU_BINARY:-}"
if [ -z "$binary" ]; then
  "$source_tree/.ci/packages" >&2
  # A scratch folder of its own: the static standard library is a different build from the
  # one ./seikyu runs, and sharing .build/release would rebuild both every time.
  (cd "$source_tree" && swift build -c release --no-color-diagnostics --product seikyu --static-swift-stdlib --scratch-path .build/dist >&2)
  binary="$source_tree/.build/dist/release/seikyu"
fi
[ -x "$binary" ] || { echo "実行ファイルがありません: $binary" >&2; exit 1; }

install -d -m 0755 "$root/bin" "$share" "$(dirname "$man")" "$(dirname "$bash_completion")" \
  "$(dirname "$zsh_completion")" "$(dirname "$fish_completion")"
# Stripped: the symbols are half the size of the binary and nothing at run time reads them.
if command -v strip >/dev/null 2>&1; then install -s -m 0755 "$binary" "$bin"; else install -m 0755 "$binary" "$bin"; fi
# The Assets, readable by everyone, writable by no one but root: the program never writes there.
rm -rf "$share"
(cd "$source_tree/Assets" && find . -type d -print0 | while IFS= read -r -d '' dir; do install -d -m 0755 "$share/$dir"; done
 find . -type f -print0 | while IFS= read -r -d '' file; do install -m 0644 "$file" "$share/$file"; done)
gzip -9 -n -c "$here/seikyu.1" > "$man"
chmod 0644 "$man"
"$bin" --generate-completion-script bash > "$bash_completion"
"$bin" --generate-completion-script zsh > "$zsh_completion"
"$bin" --generate-completion-script fish > "$fish_completion"
chmod 0644 "$bash_completion" "$zsh_completion" "$fish_completion"
echo "seikyu $("$bin" --version) を入れました: $bin（Assets: $share）" >&2

#!/bin/sh
# Add Kazakhstan Reform Atlas to your application menu (for this user; no root needed).
# Run it from the unpacked one-folder build:  ./install-desktop.sh      Undo: ./install-desktop.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
# The file name matches the application id the window reports, so docks group it with this entry.
entry=$data/applications/kz-reform-atlas.desktop
sizes="16 24 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$bin/reform-atlas" "$data/icons/hicolor/scalable/apps/reform-atlas.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/reform-atlas.png"; done
  echo "Removed the menu entry. The folder $here itself is untouched."
  exit 0
fi

icons=$here/_internal/resources/icons
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps"
ln -sf "$here/reform-atlas" "$bin/reform-atlas"
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icons/reform-atlas-$size.png" "$data/icons/hicolor/${size}x${size}/apps/reform-atlas.png"
done
cp "$icons/reform-atlas.svg" "$data/icons/hicolor/scalable/apps/reform-atlas.svg"
sed -e "s|^Exec=.*|Exec=\"$here/reform-atlas\"|" -e "s|^TryExec=.*|TryExec=$here/reform-atlas|" \
  "$here/reform-atlas.desktop" > "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Installed: $entry (and reform-atlas in $bin)"

#!/usr/bin/env bash
# Makes the PNGs of Waymark's icon from the SVG, at the sizes the freedesktop icon theme
# (hicolor) looks for. Run after changing the SVG and commit the PNGs with it: the build and the
# package use the committed files, so building needs no SVG renderer. Needs rsvg-convert
# (Debian's librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" org.waymark.Waymark.svg \
    --output "png/org.waymark.Waymark-$size.png"
done

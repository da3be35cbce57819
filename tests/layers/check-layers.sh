#!/usr/bin/env bash
# The layers hold: SQL lives only in models/ (ui/ and app/ ask models/ for data and never write a query of their
# own), and models/ uses no widgets (fusionctl links it without a display). Prints every offence as file:line
# and fails if there is one.
#
# usage: check-layers.sh SOURCE_DIR QTWIDGETS_INCLUDE_DIR [FOLDER...]
#   FOLDER: where SQL must not appear, relative to SOURCE_DIR (default: ui app)
set -u
src=${1:?source directory}
widgets=${2:?the QtWidgets include directory}
shift 2
folders=("$@")
[ ${#folders[@]} -eq 0 ] && folders=(ui app)
cd "$src" || exit 2
status=0

# SQL in a string literal: a quote, then a statement's opening words on the same line; or Qt's SQL classes.
sql='"[^"]*\b(SELECT[[:space:]]|INSERT[[:space:]]+INTO\b|UPDATE[[:space:]]+[a-z_]+[[:space:]]+SET\b|DELETE[[:space:]]+FROM\b|CREATE[[:space:]]+(TABLE|INDEX|VIEW)\b|DROP[[:space:]]+TABLE\b|ALTER[[:space:]]+TABLE\b)|\bQSql(Query|Database|Record|Error)\b'
if hits=$(grep -rnE --include='*.cpp' --include='*.h' "$sql" "${folders[@]}"); then
    echo "SQL outside models/ (move it into a models/ function and call that):"
    echo "$hits"
    status=1
fi

# Widgets in models/: any header of the QtWidgets module, by its class name or as QtWidgets/… .
[ -d "$widgets" ] || { echo "no QtWidgets include directory at $widgets"; exit 2; }
names=$(find "$widgets" -maxdepth 1 -type f -name 'Q[A-Z]*' ! -name '*.h' -printf '%f\n' | paste -sd'|')
[ -n "$names" ] || { echo "no QtWidgets headers found in $widgets"; exit 2; }
if hits=$(grep -rnE --include='*.cpp' --include='*.h' "#[[:space:]]*include[[:space:]]*<(QtWidgets(/[^>]*)?|($names))>" models); then
    echo "QtWidgets in models/ (models/ is shared with fusionctl and has no widgets):"
    echo "$hits"
    status=1
fi

[ $status -eq 0 ] && echo "layers hold: no SQL in ${folders[*]}, no widgets in models/"
exit $status

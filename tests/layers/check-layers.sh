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

# fusion_parsers (the sources listed in models/CMakeLists.txt's add_library(fusion_parsers …)): Qt Core and
# libsodium only, so the fuzz build needs nothing else. No SQL, network, widgets or keychain, directly or through
# a models/ header that brings them.
parsers=$(awk '/^add_library\(fusion_parsers/{on=1; next} on && /^\)/{exit} on' models/CMakeLists.txt |
    tr ' ' '\n' | grep -E '\.(h|cpp)$' | sed 's|^|models/|')
[ -n "$parsers" ] || { echo "no fusion_parsers sources found in models/CMakeLists.txt"; exit 2; }
io='#[[:space:]]*include[[:space:]]*[<"]((QtSql|QtNetwork|QtWidgets|QtGui|qt6keychain)(/[^>"]*)?|QSql[A-Za-z]*|QNetwork[A-Za-z]*|QSslSocket|QTcp[A-Za-z]*|models/storage/Database\.h|models/secrets/SecretStore\.h|models/vault/KeyVault\.h)[>"]'
# shellcheck disable=SC2086
if hits=$(grep -nE "$io" $parsers); then
    echo "fusion_parsers reaches for I/O (it is Qt Core only; move the pure part into it, keep the rest out):"
    echo "$hits"
    status=1
fi

[ $status -eq 0 ] && echo "layers hold: no SQL in ${folders[*]}, no widgets in models/, fusion_parsers is Qt Core only"
exit $status

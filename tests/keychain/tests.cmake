# OS keychain tests: each runs inside tests/fixtures/with-keychain.sh (a private D-Bus session with a real,
# unlocked gnome-keyring Secret Service and private XDG directories). tst_keychain_profiles also connects to
# the PostgreSQL fixture with a password kept only in the keychain.
fusion_add_test(tst_keychain_profiles SOURCES keychain/tst_keychain_profiles.cpp KEYCHAIN PG TIMEOUT 660 LABELS cli slow)
fusion_add_test(tst_keychain_errors SOURCES keychain/tst_keychain_errors.cpp KEYCHAIN TIMEOUT 120 LABELS cli)
fusion_add_test(tst_cli_keys SOURCES keychain/tst_cli_keys.cpp KEYCHAIN PG TIMEOUT 540 LABELS cli slow)
fusion_add_test(tst_vault_validation SOURCES keychain/tst_vault_validation.cpp KEYCHAIN TIMEOUT 480 LABELS cli providers slow)
fusion_add_test(tst_vault_export SOURCES keychain/tst_vault_export.cpp KEYCHAIN TIMEOUT 450 LABELS cli slow)
fusion_add_test(tst_vault_sprawl SOURCES keychain/tst_vault_sprawl.cpp KEYCHAIN TIMEOUT 270 LABELS odoo cli slow)
# A keychain locked from the start (with-keychain.sh --locked): nothing is stored, and fusionctl says so.
fusion_add_test(tst_keychain_locked SOURCES keychain/tst_keychain_locked.cpp KEYCHAIN_LOCKED TIMEOUT 60 LABELS cli)
add_dependencies(tst_keychain_locked fusionctl)

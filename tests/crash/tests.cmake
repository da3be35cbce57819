# fusionctl killed at random instants in the middle of its multi-row writes (issue 15's crash safety).
fusion_add_test(tst_crash_kill SOURCES crash/tst_crash_kill.cpp crash/CrashSupport.cpp crash/CrashSupport.h
    TIMEOUT 420 LABELS cli slow)
# keys import killed while its secrets go into the real keychain (with-keychain.sh): no key without its
# secret, no secret lost track of, and importing again removes what the kill left behind.
fusion_add_test(tst_crash_keys_import SOURCES crash/tst_crash_keys_import.cpp crash/CrashSupport.cpp
    crash/CrashSupport.h KEYCHAIN TIMEOUT 600 LABELS cli slow)
add_dependencies(tst_crash_keys_import fusionctl)
# odoo proposal execute killed between the creates it sends the Odoo stand-in: whole, not started, or left
# executing and listed for "close as failed", never run again by itself (the stand-in counts the writes).
fusion_add_test(tst_crash_proposal_execute SOURCES crash/tst_crash_proposal_execute.cpp crash/CrashSupport.cpp
    crash/CrashSupport.h KEYCHAIN TIMEOUT 600 LABELS cli odoo slow)
add_dependencies(tst_crash_proposal_execute fusionctl)
# bundles apply killed while the Odoo stand-in installs modules: whole, not started, or an operation left
# running and listed for "close as failed", never installed again by itself (the stand-in counts the writes).
fusion_add_test(tst_crash_bundles_apply SOURCES crash/tst_crash_bundles_apply.cpp crash/CrashSupport.cpp
    crash/CrashSupport.h KEYCHAIN TIMEOUT 600 LABELS cli odoo slow)
add_dependencies(tst_crash_bundles_apply fusionctl)
# usage import of a large file killed on the throwaway PostgreSQL server: whole or absent, counters equal to
# a GROUP BY of the log, and importing again finishes it.
fusion_add_test(tst_crash_usage_import_pg SOURCES crash/tst_crash_usage_import_pg.cpp crash/CrashSupport.cpp
    crash/CrashSupport.h PG TIMEOUT 600 LABELS cli usage slow)
add_dependencies(tst_crash_usage_import_pg fusionctl)
# keys add, rotate and revoke killed around their keychain writes (with-keychain.sh): no live key without its
# secret, no secret lost track of, a rotated key working with one secret, and the next such command cleaning up.
fusion_add_test(tst_crash_keys_write SOURCES crash/tst_crash_keys_write.cpp crash/CrashSupport.cpp
    crash/CrashSupport.h KEYCHAIN TIMEOUT 400 LABELS cli slow)
add_dependencies(tst_crash_keys_write fusionctl)

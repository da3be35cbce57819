# fusionctl killed at random instants in the middle of its multi-row writes (issue 15's crash safety).
fusion_add_test(tst_crash_kill SOURCES crash/tst_crash_kill.cpp TIMEOUT 420 LABELS cli slow)

fusion_add_test(tst_itemmodels SOURCES itemmodels/tst_itemmodels.cpp TIMEOUT 270 LABELS slow)
# The Access and Keys panes' models (access rules, user limits, keys) under the model tester.
fusion_add_test(tst_itemmodels_access SOURCES itemmodels/tst_itemmodels_access.cpp TIMEOUT 150)

fusion_add_test(tst_sqlscript SOURCES models/tst_sqlscript.cpp)

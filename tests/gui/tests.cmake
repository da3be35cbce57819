fusion_add_test(tst_gui_mainwindow SOURCES gui/tst_gui_mainwindow.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_screens SOURCES gui/tst_gui_screens.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_postgres SOURCES gui/tst_gui_postgres.cpp LIBS fusion_ui PG TIMEOUT 240)
fusion_add_test(tst_gui_startup SOURCES gui/tst_gui_startup.cpp LIBS fusion_ui TIMEOUT 240)

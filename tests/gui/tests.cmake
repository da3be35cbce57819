fusion_add_test(tst_gui_mainwindow SOURCES gui/tst_gui_mainwindow.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_screens SOURCES gui/tst_gui_screens.cpp LIBS fusion_ui TIMEOUT 240)

fusion_add_test(tst_gui_mainwindow SOURCES gui/tst_gui_mainwindow.cpp LIBS fusion_ui TIMEOUT 240)

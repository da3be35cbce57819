# The jobs (models/jobs): every flow's fixed order, against SQLite, the Python Odoo server and a real keychain.
fusion_add_test(tst_jobs SOURCES jobs/tst_jobs.cpp KEYCHAIN TIMEOUT 300)
fusion_add_test(tst_usage_import_job SOURCES jobs/tst_usage_import_job.cpp TIMEOUT 120)

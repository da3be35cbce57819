# The jobs (models/jobs): every flow's fixed order, against SQLite, the Python Odoo server and a real keychain.
fusion_add_test(tst_jobs SOURCES jobs/tst_jobs.cpp KEYCHAIN TIMEOUT 300)
# The key vault's jobs (check, add/rotate, revoke) against SQLite, a real keychain and the providers' stand-in.
fusion_add_test(tst_key_jobs SOURCES jobs/tst_key_jobs.cpp KEYCHAIN TIMEOUT 180 LABELS providers)
# The key file jobs (keys export / import): against SQLite and a real keychain.
fusion_add_test(tst_key_transfer_jobs SOURCES jobs/tst_key_transfer_jobs.cpp KEYCHAIN TIMEOUT 180)
fusion_add_test(tst_usage_import_job SOURCES jobs/tst_usage_import_job.cpp TIMEOUT 120)
# The knowledge-base sync (kb sync) against SQLite, the Python Odoo server and a real keychain.
fusion_add_test(tst_knowledge_sync SOURCES jobs/tst_knowledge_sync.cpp KEYCHAIN TIMEOUT 240 LABELS odoo)
# The registry of running work the app asks before quitting: entries follow their jobs, a write under way is
# not stoppable, a job stopped through it ends cancelled.
fusion_add_test(tst_running_work SOURCES jobs/tst_running_work.cpp TIMEOUT 30)

# The control plane (issue 13) on SQLite: settings, the freeze, tested tags, windows, upgrades, operation logs.
fusion_add_test(tst_control_plane SOURCES controlplane/tst_control_plane.cpp TIMEOUT 120)
# The same rules on PostgreSQL as real logins: the automation role (through the model and the real fusionctl),
# the freeze and the tested-tag rule for every role, who may change what.
fusion_add_test(tst_pg_control_plane SOURCES controlplane/tst_pg_control_plane.cpp PG TIMEOUT 180 LABELS cli)
add_dependencies(tst_pg_control_plane fusionctl)
# Keycloak realm templates on SQLite: rendering, validation, create/edit/delete audited; every SSO record.
fusion_add_test(tst_realm_templates SOURCES controlplane/tst_realm_templates.cpp TIMEOUT 60)

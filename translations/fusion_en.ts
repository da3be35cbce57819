<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop control plane for multi-tenant Odoo Community platforms: tenants, operations, roles and an audit log you can verify. Every change is shown before it is made and recorded after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Search action, target or actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check that no row was altered or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see exactly what it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlePickerDialog</name>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bundles this tenant should have. Modules of newly assigned bundles are recorded as pending until an operation installs them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundlesPane</name>
    <message>
        <source>&amp;New Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance-ppm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module name, e.g. crm — or several: crm, sale_management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants &amp;&amp; Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;core modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core modules come installed as dependencies of almost everything; leave them out to see the drift that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants &amp;in sync too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Modules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tenant&apos;s installed modules from its Odoo and record them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply to Tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the bundle&apos;s missing modules in the tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/fusion.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, /run/postgresql, or db1:5432,db2:5432 for a primary and its standbys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTenantWizard</name>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tenant. The slug becomes its subdomain, database and namespace and cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Finance PH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme-finance-ph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the billing plan. It starts as a 30-day trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module bundles give the tenant its apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the module bundles to install. Their modules are recorded as pending until the provisioning operation installs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how the workspace runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg-1.db.internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://acme.erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: connect the workspace to a Keycloak realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure single sign-on with Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything before creating the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create shows exactly what will be written and asks you to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Platform overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant health (worst first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFailure</name>
    <message>
        <source>%1 at %2 did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 cannot be reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 at %2 closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 at %2 is larger than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 at %2 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in HTTP: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;enant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded database, a saved PostgreSQL profile, or another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the current pane again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the tenants list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a tenant with the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the selected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decommission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission the selected tenant for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;doo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;I</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdooConnectionDialog</name>
    <message>
        <source>Odoo Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Fusion Console reaches this tenant&apos;s Odoo over XML-RPC. The password or API key is kept only in the OS keychain; the connection is tested before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reads a minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writes a minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdooPane</name>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Companies only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a change to this tenant&apos;s Odoo; nothing is sent until it is executed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsPane</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as &amp;Failed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Execute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a partner, lead, project, tasks, activity or event for a tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as &amp;Failed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop control plane for multi-tenant Odoo Community platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this store: sqlite:///path or postgresql://user@host:port/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this saved connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (e.g. de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window offscreen to this PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this tenant&apos;s detail view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane to show: dashboard, tenants, operations, audit, proposals, odoo, bundles, keys, access, usage, ai (or a tab of it: ai/prompts, ai/knowledge, ai/events, ai/workspaces, ai/audit, ai/providers, ai/retention), infra (or infra/upgrades, infra/windows, infra/tags, infra/templates), sso (or sso/templates), automation, analytics, billing (or billing/invoices, billing/ai, billing/proposals), support (or support/status), settings, portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantDetailView</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the tenants list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tenant.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sgp1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://superset.example.com/superset/dashboard/1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an operation to open its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the module bundles assigned to this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync from Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n: the webhook path (acme/etl) · Supabase: the RPC function (refresh_analytics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantsPane</name>
    <message>
        <source>Search slug, name or agency group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion</name>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports for %2 hosts: give one port for all or one per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AboutDialog</name>
    <message>
        <source>Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 on %2
Database: %3
Licensed under the GNU GPL v3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AccessPane</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Consumer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Limits for a User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n consumer</numerusform>
            <numerusform>%n consumers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at or over its monthly budget</source>
        <translation>
            <numerusform>%n at or over its monthly budget</numerusform>
            <numerusform>%n at or over their monthly budgets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose a Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a &amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the access rule of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed; an owner decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped from the Access pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 may call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the limits of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input / M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output / M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input / M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage with tokens of a model that has no price (stored as unpriced, costed at nothing until priced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price This &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices (%1 unpriced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the price of %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AccessProposals</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly budget → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily budget → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPM → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPD → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consumer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a change to the access rule of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes until an owner approves the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no access proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve proposal %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule already is as proposed; only the proposal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject proposal %1 by %2 (%3 at %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone decided this proposal meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AccessRuleModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes %1 reserved by calls in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer is stopped by its kill switch: every call is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AccessRules</name>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget must be between 0 and 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request limit must be between 0 and 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the access rule of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an access rule for %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers consumer %1, which has not called yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s usage (%1) already reaches the new monthly budget: calls are refused until the month ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this rule meanwhile; look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access rule at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the access rule of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call of %1 to %2 is refused from now on (no access rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name must be 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the limits of user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set limits for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call made for %1 is refused, at every consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed these limits meanwhile; look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AddressDialog</name>
    <message>
        <source>Where %1 is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base address of %1, e.g. https://sso.example.com. Credentials never go into it: they are keys in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name or password in the address: they belong in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiAsk</name>
    <message>
        <source>You are the assistant of Fusion Console, the desktop console of a multi-tenant Odoo platform. Answer the operator&apos;s question briefly and precisely. Base what you say about the platform on the evidence below and cite it as [n]; say so when the evidence does not answer the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question (or a prompt) is needed, of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s maximum is 1 to 1,000,000 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1 is closed: ask in a new thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1 is answered by &quot;%2&quot;: ask another provider in a new thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI provider answers for %1: add one in the AI pane or with &quot;fusionctl ai provider add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider &quot;%1&quot; is inactive: activate it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI provider &quot;%1&quot; names no model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key: choose one for it in the AI pane, or add a default %2 key in the Keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the answer keeps what arrived (%n character(s)).</source>
        <translation>
            <numerusform>Stopped: the answer keeps what arrived (%n character).</numerusform>
            <numerusform>Stopped: the answer keeps what arrived (%n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapa&apos;s answer has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reported no usage before the end, so this answer&apos;s cost is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the AI console is metered like any call through the service layer: it needs fusion_owner or an API role (fusion_api_user, fusion_api_manager or fusion_api_admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (facts of the platform now, and passages of the tenants&apos; knowledge base):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (knowledge base of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering in the AI console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1; the answer is streaming in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the provider was asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiAuditTab</name>
    <message>
        <source>Every operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request (as stored, redacted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (as stored, redacted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 by %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiEventsTab</name>
    <message>
        <source>Not processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: what was done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Processed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox is empty: nothing waits to be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events selected.</source>
        <translation>
            <numerusform>%n event selected.</numerusform>
            <numerusform>%n events selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · received by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mark %n Processed…</source>
        <translation>
            <numerusform>&amp;Mark %n Processed…</numerusform>
            <numerusform>&amp;Mark %n Processed…</numerusform>
        </translation>
    </message>
    <message>
        <source>Processing events needs fusion_owner or fusion_operator (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n events processed.</source>
        <translation>
            <numerusform>Marked %n event processed.</numerusform>
            <numerusform>Marked %n events processed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AiKnowledgeTab</name>
    <message>
        <source>Sources: each tenant&apos;s Odoo projects and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo changes up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full (also drop what was deleted in Odoo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tester: what a question finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find, e.g. backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing synced yet: choose a tenant with an Odoo connection and Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The knowledge base of %1 is up to date (%n records read).</source>
        <translation>
            <numerusform>The knowledge base of %1 is up to date (%n record read).</numerusform>
            <numerusform>The knowledge base of %1 is up to date (%n records read).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2 new, %3 changed, %4 removed chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chunk holds every word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider:model — OpenAI&apos;s or Ollama&apos;s embeddings, metered as the consumer &quot;ai-knowledge&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes a vector for each chunk of the tenant that has none of this model, for search by meaning (asks first, with the cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By meaning embeds the question (a metered call) and finds the chunks nearest to it; both fuses the two rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the knowledge base needs fusion_owner or fusion_operator (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the embeddings as provider:model, the provider openai or ollama (for example openai:text-embedding-3-small).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the chunks of %1 without an embedding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chunk of %1 already has an embedding of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded %1 of %2 chunks of %3 (%4 tokens, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded %1 of %2 chunks of %3 (%4), then stopped: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supa&amp;base project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches of this tenant&apos;s knowledge ask its Supabase project instead of this database (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing where knowledge lives needs fusion_owner, fusion_api_manager or fusion_api_admin (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches of %1&apos;s knowledge now ask its Supabase project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches of %1&apos;s knowledge use this database again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiPane</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model answers the AI console for the platform, and for a tenant that has providers of its own. Statistics are counted from the usage log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dea&amp;ctivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question, search and feedback is kept in the AI audit, redacted before it is stored, and pruned after this many days (the usage timer prunes it, or Prune Now). The hash-chained audit log of changes is never pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the AI &amp;audit for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close threads &amp;idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads use this provider: deactivate it instead (its history stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added AI provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the AI platform&apos;s retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is past its retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 AI audit rows and closed %2 idle threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search threads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources of the last answer (open one to see what it cites):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it helpful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new thread is answered by this provider; a thread keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose facts are evidence, and whose default provider answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the platform&apos;s &amp;facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants in error, failed operations, budgets near their cap, keys needing attention and drift go with the question as numbered evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the platform… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n message</numerusform>
            <numerusform>%1 · %2 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — closed; a question starts a new thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — answered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 earlier messages are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answering… %n character(s)</source>
        <translation>
            <numerusform>Answering… %n character</numerusform>
            <numerusform>Answering… %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 tokens in, %3 out · %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published prompt from the Prompts tab: with a question typed, it instructs the model; without one, it is the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[prompt %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the &amp;knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passages of the scope&apos;s knowledge base (every tenant&apos;s, for the platform) holding most of the question&apos;s words go with it as numbered evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiPromptsTab</name>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tenant_summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template (variables as {{name}}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declared variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. tenant, question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare &amp;Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: the console does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variables in the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared (saving is refused): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared but unused (callers must still give them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing prompts needs an API role or a tenant admin role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve New Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved prompt &quot;%1&quot; (version 1, published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a new version of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The versions differ too much for an exact diff; this one is close.)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiProviderDialog</name>
    <message>
        <source>Add AI Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider answers the AI console&apos;s questions for the platform or for one tenant. Its secret stays in the OS keychain, as a key of the key vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for knowledge search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the default of its scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault has no %1 key yet: add one in the Keys pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is read from the OS keychain only when a question is asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiProviderListModel</name>
    <message>
        <source>Inactive: no new question goes to it; its threads and statistics stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 · your threads using it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiProviders</name>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the default AI provider of %1 at the same moment; nothing was changed. Look again and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no AI provider with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no AI provider named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider type must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider needs a name of 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence is a whole number from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an AI provider named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 providers need a model (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and hold no spaces, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapa providers need their project id (letters, digits, - and _), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Kapa provider has a project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 providers need a key from the key vault: add one with &quot;fusionctl keys add %2&quot; or in the Keys pane, then name it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add AI provider &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapa project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It becomes the default of %1: a scope with providers always has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default AI provider of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inactive; activate it before making it the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was changed by someone else meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate AI provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate AI provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default AI provider of %2: make another provider the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its threads, usage and statistics stay; no new question goes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n thread(s); deactivate it instead (its history stays).</source>
        <translation>
            <numerusform>&quot;%1&quot; is used by %n thread; deactivate it instead (its history stays).</numerusform>
            <numerusform>&quot;%1&quot; is used by %n threads; deactivate it instead (its history stays).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete AI provider &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still used by a thread; deactivate it instead (its history stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was changed by someone else meanwhile; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiRetention</name>
    <message>
        <source>A period is a whole number of days from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how long the AI platform keeps its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI audit kept for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next prune deletes AI audit rows older than %n day(s).</source>
        <translation>
            <numerusform>The next prune deletes AI audit rows older than %n day.</numerusform>
            <numerusform>The next prune deletes AI audit rows older than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threads closed after idle (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were changed by someone else meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune the AI platform&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n AI audit row(s) older than %1 days.</source>
        <translation>
            <numerusform>Deletes %n AI audit row older than %1 days.</numerusform>
            <numerusform>Deletes %n AI audit rows older than %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closes %n thread(s) without a message for %1 days.</source>
        <translation>
            <numerusform>Closes %n thread without a message for %1 days.</numerusform>
            <numerusform>Closes %n threads without a message for %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AiThreads</name>
    <message>
        <source>thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no thread %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed thread keeps its messages; new questions start a new thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread changed meanwhile (a new message or another close); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n message(s) with their citations and feedback; this cannot be undone.</source>
        <translation>
            <numerusform>Deletes %n message with its citations and feedback; this cannot be undone.</numerusform>
            <numerusform>Deletes %n messages with their citations and feedback; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI audit keeps its (redacted) rows of this thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread changed meanwhile; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment has at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1 in a thread of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is given on answers; message %1 is a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate answer %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AiWorkspacesTab</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private: its members; internal: platform staff and the tenant&apos;s own admins; public: every login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces yet: New Workspace… makes one you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, created by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Odoo: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Odoo: %1, %2 (proposed when the workspace is made for a tenant with an Odoo connection; linked once the proposals are executed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workspace&apos;s admins and owners change it (you are %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owners delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace &quot;%1&quot;; you are its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AlertWatcher</name>
    <message>
        <source>Budget alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n budget alert(s) are waiting to be acknowledged.</source>
        <translation>
            <numerusform>%n budget alert is waiting to be acknowledged.</numerusform>
            <numerusform>%n budget alerts are waiting to be acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new budget alert(s), among them: %1</source>
        <translation>
            <numerusform>%n new budget alert: %1</numerusform>
            <numerusform>%n new budget alerts, among them: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AnalyticsPane</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase RPC %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tenant&apos;s Supabase project and schema, how its data syncs, the ETL check &quot;Test ETL&quot; runs and its Superset dashboard. Change them in the tenant&apos;s Analytics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tenants yet: create one in the Tenants pane (File → New tenant), then give it a Supabase project in its Analytics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test ETL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;linked dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k to tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ETL test has run yet: select a tenant with an ETL check and press Test ETL. It runs the tenant&apos;s n8n workflow or Supabase function once, for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Superset&apos;s dashboards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset&apos;s dashboards cannot be shown: %1
Check that Superset runs at the superset provider&apos;s address (Keys pane, or &quot;fusionctl keys provider set superset --base-url URL&quot;), then Refresh dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset&apos;s dashboards cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by name, not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset has not been asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset has no dashboards yet: create one in Superset, then press Refresh dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard(s) in Superset. A dashboard belongs to a tenant when it is the tenant&apos;s linked dashboard, or its slug or title contains the tenant&apos;s slug.</source>
        <translation>
            <numerusform>%n dashboard in Superset. A dashboard belongs to a tenant when it is the tenant&apos;s linked dashboard, or its slug or title contains the tenant&apos;s slug.</numerusform>
            <numerusform>%n dashboards in Superset. A dashboard belongs to a tenant when it is the tenant&apos;s linked dashboard, or its slug or title contains the tenant&apos;s slug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ETL check: choose one in the tenant&apos;s Analytics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ETL test is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1&apos;s ETL check once, for real (asks first; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no linked dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tenant&apos;s Superset dashboard in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dashboard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the linked dashboard of a tenant (asks first; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETL test of %1 did not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase function %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The ETL test of %1 succeeded: %2, %3 in %4 ms.
%5
Called: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETL test of %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The ETL test of %1 failed: %2, %3 after %4 ms.
%5
Called: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETL test of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link dashboard to tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant whose Superset dashboard becomes &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already is the dashboard of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the dashboard of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ApiKeyListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AppContext</name>
    <message>
        <source>no standby answered; %1 did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard, Usage and Audit read from standby %1 again; their figures may trail the primary by a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard, Usage and Audit read from the primary database: %1. Their figures are current.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AppJobs</name>
    <message>
        <source>set it with Odoo Connection… in the tenant&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store it with Odoo Connection… in the tenant&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untick the check to save it anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AuditListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AuditLog</name>
    <message>
        <source>Audit row %1 does not start the chain: rows before it were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 does not link to row %2: a row between them was removed or row %2 was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 was altered: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty but rows were written: all rows were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows after audit row %1 were removed (the chain once ended at row %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AuditPane</name>
    <message>
        <source>Newest %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 on %2 %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1
Previous: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(start of chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked.</numerusform>
            <numerusform>The audit log is intact: %n rows checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AutomationPane</name>
    <message>
        <source>Automation (n8n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open n8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run for tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, tag or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in n&amp;8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e&amp;xecution in n8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 · %2 · not set up: %3 Or add it in the Keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n is not set up yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions appear here once n8n is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 · %2 · connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking n8n for its workflows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 · %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n&apos;s workflows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>n8n at %1 · API key set · reachable · %n workflow(s)</source>
        <translation>
            <numerusform>n8n at %1 · API key set · reachable · %n workflow</numerusform>
            <numerusform>n8n at %1 · API key set · reachable · %n workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant here has this slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n has no workflows yet. Create one in n8n (Open n8n) and tag it with a tenant&apos;s slug or &quot;tenant:&lt;slug&gt;&quot; to link it to that tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow matches this filter. Tag a workflow with the tenant&apos;s slug in n8n to link it, or clear the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking n8n for its executions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n&apos;s executions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n execution</numerusform>
            <numerusform>%n executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) shown; more in n8n</source>
        <translation>
            <numerusform>%n execution shown; more in n8n</numerusform>
            <numerusform>%n executions shown; more in n8n</numerusform>
        </translation>
    </message>
    <message>
        <source>n8n has no executions yet. They appear when a workflow runs (Run for tenant…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No execution matches this status and workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns on the workflow&apos;s triggers and production webhook in n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the workflow&apos;s triggers and production webhook in n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a webhook workflow once for a tenant, as an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n must be reachable first (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; is active in n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; is inactive in n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 for %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 for %2 is running; n8n&apos;s execution is not known: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 for %2 is running as n8n execution %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which n8n instance this pane shows and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Fix: store the instance&apos;s API key with &quot;fusionctl keys add %1 --label default --secret-stdin&quot; or in the Keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Fix: check that n8n runs at this address, or change it with &quot;fusionctl keys provider set %1 --base-url URL&quot; or in the Keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::AutomationRun</name>
    <message>
        <source>The webhook path &quot;%1&quot; does not end in an operation type; say which operation the workflow carries out (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workflow can carry out %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook path (letters, digits and ._~:/- only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run n8n workflow %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a queued operation, then calls the webhook %1 once (it is never resent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation then says whether the workflow started, with n8n&apos;s execution id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling n8n&apos;s webhook %1 for %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n started workflow %1 (execution %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n did not say which execution it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n started workflow %1; its execution is not known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n was called for operation %1, but its outcome could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BillingEntryDialog</name>
    <message>
        <source>&amp;Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in dollars, e.g. 25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BillingOverview</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BillingPane</name>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI spend in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spend vs allowance, top %n</source>
        <translation>
            <numerusform>Spend vs allowance, top %n</numerusform>
            <numerusform>Spend vs allowance, top %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not see billing amounts: revenue, invoices, AI spend and proposals are for owners and finance. Ask an owner if you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invoices due and overdue (payment terms: %n day(s) after issue)</source>
        <translation>
            <numerusform>Invoices due and overdue (payment terms: %n day after issue)</numerusform>
            <numerusform>Invoices due and overdue (payment terms: %n days after issue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring revenue of active and past-due subscriptions, by plan and by agency group (a yearly plan counts a twelfth of its price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ropose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s invoices and credit notes. Generate drafts them from the daily usage aggregates; an issued invoice never changes — correct it with a credit note. Finance proposes credits, discounts and plan changes for an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tenant&apos;s AI spend in the month, from the daily aggregates, against the allowance its plan includes; what is over is invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changes, credits and discounts finance proposed (Invoices → Propose…). An owner&apos;s approval applies exactly what was proposed, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recurring revenue %1 a month from %n subscription(s) · %2 invoiced for %3 · %4 open, %5 overdue</source>
        <translation>
            <numerusform>Recurring revenue %1 a month from %n subscription · %2 invoiced for %3 · %4 open, %5 overdue</numerusform>
            <numerusform>Recurring revenue %1 a month from %n subscriptions · %2 invoiced for %3 · %4 open, %5 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (credit note of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may do this; finance proposes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a credit, a discount on a draft or a plan change for the selected invoice&apos;s tenant; an owner approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finance and owners propose billing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) decide billing proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n draft invoice(s).</source>
        <translation>
            <numerusform>Generated %n draft invoice.</numerusform>
            <numerusform>Generated %n draft invoices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note against %1 (at most %2). The invoice stays as it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a billing change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For tenant %1, invoice %2. Nothing changes until an owner approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (billing proposal %1); an owner approves or rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 for %2. Say why: finance sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export invoices as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BillingPlans</name>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan code is 1 to 40 lower-case letters, digits, - or _ (for example &quot;pro&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a name of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is billed monthly or yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices and allowances are amounts from 0 to a billion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI allowance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 was changed by someone else meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscribed tenant(s) are billed the new terms from the next invoice.</source>
        <translation>
            <numerusform>%n subscribed tenant is billed the new terms from the next invoice.</numerusform>
            <numerusform>%n subscribed tenants are billed the new terms from the next invoice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BillingProposals</name>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you propose it (1 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes until an owner approves the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no billing proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing proposal %1 was already %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing proposal %1 was already %2 by %3 meanwhile; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing proposal %1 changed meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount goes on a draft invoice; invoice %1 is %2. Propose a credit instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount %1 is more than the draft&apos;s total %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has no subscription to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 is already on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose moving tenant %1 to plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a credit of %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a discount of %1 on draft %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When approved: a discount line on the draft; its total becomes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1&apos;s subscription and the tenant move to plan %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s subscription no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a discount line of %1 to draft %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 was changed or issued meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount on draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve billing proposal %1 by %2: %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject it (1 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject billing proposal %1 by %2: %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the proposal is applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BoundedText</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more line(s) (%1)</source>
        <translation>
            <numerusform>… %Ln more line (%1)</numerusform>
            <numerusform>… %Ln more lines (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BudgetAlerts</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n budget alert(s)</source>
        <translation>
            <numerusform>Acknowledge %n budget alert</numerusform>
            <numerusform>Acknowledge %n budget alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1: %2 % of the %3 for %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3 % of the %4 for %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundleApply</name>
    <message>
        <source>Connecting to %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1&apos;s Odoo which modules it has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying bundle %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundleCatalog</name>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must be 1–64 lowercase letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have 1–120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be 1–40 lowercase letters, digits or &quot;_&quot; (e.g. finance_ppm, crm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must have 1–32 characters on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must have at most 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle needs at least one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle can have at most %1 modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a module name (lowercase letters, digits and &quot;_&quot;): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the module catalog yet (sync a tenant&apos;s modules to check the names): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 was changed by someone else since you opened it; reload it to see the changes. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) with this bundle will show the added modules as missing until the bundle is applied to them.</source>
        <translation>
            <numerusform>%n tenant with this bundle will show the added modules as missing until the bundle is applied to them.</numerusform>
            <numerusform>%n tenants with this bundle will show the added modules as missing until the bundle is applied to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed modules stay installed in tenants&apos; Odoo; where no other bundle wants them they show up as drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 was changed or deleted by someone else meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 was changed by someone else since you opened it; reload it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 is assigned to %2; unassign it from those tenants first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant has this bundle; installed modules are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 was assigned to a tenant meanwhile; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 was changed by someone else meanwhile; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 does not have bundle %2 (or your role may not see the tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no live tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance PPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting with OCA reports, reconciliation and assets, projects with timesheets: finance and project portfolio management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp; Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads and opportunities through to quotations and sales orders, with contacts and the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundleInstaller</name>
    <message>
        <source>Updating Odoo&apos;s module list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the modules&apos; states…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing %1 (this can take minutes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what Odoo installed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundleListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundlePickerDialog</name>
    <message numerus="yes">
        <source>%1 %2 — %n module(s)</source>
        <translation>
            <numerusform>%1 %2 — %n module</numerusform>
            <numerusform>%1 %2 — %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundlesEmptyState</name>
    <message>
        <source>No bundles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle is a set of Odoo modules (core, OCA and ipai_*) that tenants get together. Start from a recommended bundle below — it fills the form, and nothing is saved until you confirm — or define your own with New Bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Modules: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::BundlesPane</name>
    <message>
        <source>Tenants with this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundle</numerusform>
            <numerusform>%n bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>The code names the bundle in tenants and scripts; it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &quot;-&quot; and &quot;_&quot;; it cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and create the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes and save them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n tenant(s); the delete will be refused until it is unassigned.</source>
        <translation>
            <numerusform>Assigned to %n tenant; the delete will be refused until it is unassigned.</numerusform>
            <numerusform>Assigned to %n tenants; the delete will be refused until it is unassigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this bundle (asks you to type its code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a new bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the changes to this bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant: pick a row or type its slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this bundle to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this bundle from %1; its modules stay installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1&apos;s installed modules from its Odoo and record them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the bundle&apos;s changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install this bundle&apos;s missing modules in %1&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tenant has what its bundles want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifting</source>
        <translation>
            <numerusform>%n drifting</numerusform>
            <numerusform>%n drifting</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned bundle %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned bundle %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 modules of %2&apos;s Odoo, %3 installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module of bundle %1 is already installed in %2&apos;s Odoo, as last recorded. Sync its modules to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed bundle %1 in %2&apos;s Odoo: %n module(s) (operation %3).</source>
        <translation>
            <numerusform>Installed bundle %1 in %2&apos;s Odoo: %n module (operation %3).</numerusform>
            <numerusform>Installed bundle %1 in %2&apos;s Odoo: %n modules (operation %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1 is not fully installed in %2&apos;s Odoo (operation %3): %4 Nothing was retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules of %1&apos;s Odoo are as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the bundle you are editing first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::CallKey</name>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Capabilities</name>
    <message>
        <source>no Fusion Console role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating tenants needs the fusion_owner role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioning needs the fusion_owner role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant operations need fusion_owner, fusion_operator or fusion_tenant_admin (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing a tenant&apos;s identity needs the fusion_owner role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing connection settings needs fusion_owner or fusion_operator (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing SSO and analytics needs fusion_owner, fusion_operator or fusion_tenant_admin (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing amounts are visible to fusion_owner and fusion_finance (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing changes need the fusion_owner role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is visible to owners, operators, finance and tenant admins (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting roles needs the fusion_owner role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the schema needs the login that owns it (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion_owner (local SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion_owner (superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion_owner (schema owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defining bundles needs the fusion_owner role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are visible to fusion_owner, fusion_operator, fusion_api_admin and fusion_api_manager (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing and revealing keys needs fusion_owner or fusion_api_admin (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing providers needs fusion_owner, fusion_api_admin or fusion_api_manager (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and spend are visible to owners, finance, tenant admins and the API roles (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing access rules, limits and prices needs fusion_owner, fusion_api_admin or fusion_api_manager (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing access rule changes needs fusion_finance or an API management role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording usage and making calls needs fusion_owner or an API role (you have %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ChannelPost</name>
    <message>
        <source>Post to the Mattermost channel of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent once through the channel&apos;s incoming webhook (its address stays in the keychain); it cannot be taken back from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message has 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to the Mattermost channel of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It could not be audited: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the chart at %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart exported from Fusion Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ChatApi</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 (the answer was not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer carries no readable token usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ConfirmDialog</name>
    <message>
        <source>Confirm destructive change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be written, with an audit record.</source>
        <translation>
            <numerusform>%n row will be written, with an audit record.</numerusform>
            <numerusform>%n rows will be written, with an audit record.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ConnectionDialog</name>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored only in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored in the OS keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored; libpq&apos;s PGPASSWORD or ~/.pgpass apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded database needs no profile. Click New to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving; the OS keychain may ask to unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the connection profile %1 and delete its password from the OS keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list &quot;%1&quot; has an empty entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq default (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary (read-write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standby if one answers (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq&apos;s target_session_attrs. List several servers in Host to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only panes may read from a standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for PostgreSQL: a SQLite file has no standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard, Usage and Audit read on a standby when one answers (prefer-standby), so their figures may trail the primary by a moment; after a change of yours they read on the primary until the standby has it, and while no standby answers they read on the primary and look for one again every 30 seconds. Writes always go to the primary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ConnectionProfiles</name>
    <message>
        <source>A profile name has up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Connector</name>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection for reading on a standby could not open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Consumers</name>
    <message>
        <source>There is no consumer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every call of consumer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let consumer %1 call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls already running finish; every new call is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are decided by the consumer&apos;s access rules again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this consumer meanwhile; look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consumer name must be 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consumer name: use lower-case letters, digits and _ . : / - (for a tenant&apos;s Odoo module: tenant-slug/module_name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::CreateTenantWizard</name>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One database per tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One schema per tenant (shared database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template: the automation uses its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n module(s)</source>
        <translation>
            <numerusform>%1 %2 — %n module</numerusform>
            <numerusform>%1 %2 — %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles are defined yet; the tenant starts with Odoo&apos;s base modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ &quot;%1&quot; is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n user(s).</source>
        <translation>
            <numerusform>Up to %n user.</numerusform>
            <numerusform>Up to %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant gets no subscription until a plan is chosen in its Billing tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s): </source>
        <translation>
            <numerusform>%n module: </numerusform>
            <numerusform>%n modules: </numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realm %1, client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm templates are kept in the SSO pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSO record will be configured; it can be added later on the tenant&apos;s SSO tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will configure: realm %1, client %2; redirect URIs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DashboardPane</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show active tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show paused tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tenants in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all tenants (%n decommissioned)</source>
        <translation>
            <numerusform>Show all tenants (%n decommissioned)</numerusform>
            <numerusform>Show all tenants (%n decommissioned)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys expiring soon, expired, past their grace period, unused for long or rejected — of %n live key(s). Opens the Keys pane.</source>
        <translation>
            <numerusform>Keys expiring soon, expired, past their grace period, unused for long or rejected — of %n live key. Opens the Keys pane.</numerusform>
            <numerusform>Keys expiring soon, expired, past their grace period, unused for long or rejected — of %n live keys. Opens the Keys pane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent this month, %1 of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 the monthly budgets allow, from the daily aggregates. Opens the Usage pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the daily aggregates. Opens the Usage pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets that crossed 50, 80 or 100 % and nobody acknowledged yet. Opens the Access pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top consumers this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild of %1 queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Infra pane&apos;s windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n upgrade(s) scheduled</source>
        <translation>
            <numerusform>%1
%2
%n upgrade scheduled</numerusform>
            <numerusform>%1
%2
%n upgrades scheduled</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a tenant to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tenant&apos;s CPU, memory, storage and pods, live from Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resources · %n degraded</source>
        <translation>
            <numerusform>Resources · %n degraded</numerusform>
            <numerusform>Resources · %n degraded</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check and do when an operation fails (Support pane)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Database</name>
    <message>
        <source>The folder for the database file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Save the password in a connection profile (it is kept in the OS keychain) or set PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with a NUL character cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no id for a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the database refused this for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with the same key already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database rejected the values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session changed the same data at the same time; nothing was saved. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Fusion Console database file or it is damaged. Nothing was changed. Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is busy in another program; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 is a read-only standby; nothing was saved. Writes need a connection with target_session_attrs=read-write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost and no listed server answered for %2 seconds (%3). Nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost; reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost; reconnected to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That server is a standby: it can be read but not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost before this finished; nothing of it was saved. Check the current state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while this change was being committed, so whether it was saved is unknown. Check its outcome before trying again: repeating it blindly could apply it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to PostgreSQL at %1 lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DatabaseTarget</name>
    <message>
        <source>Invalid database address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name after sqlite://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use sqlite:///path/to/file.db or postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not put a password in the address; save a connection profile (its password is kept in the OS keychain) or use PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name must not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host parameter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target_session_attrs &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host list &quot;%1&quot; has an empty entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 parameter has characters an address cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has characters an address cannot carry (such as a Unicode noncharacter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DbWorker</name>
    <message>
        <source>Could not listen for changes from other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DefaultDatabase</name>
    <message>
        <source>Could not move the database from %1 to %2: %3. It stays where it is and is used from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the database from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DemoAi</name>
    <message>
        <source>The AI console on the local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tenants need attention, and what should I do first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A sample answer of the demo data.) These need attention now, most urgent first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short brief about {{tenant}} for the on-call engineer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short brief about {{tenant}} for the on-call engineer.
Start with what failed in the last week and what to do first; end with its budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures first, budgets last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the incident on {{tenant}} for {{audience}}: what happened, who was affected, what was done and what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for status pages and customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent; the customer paid the next day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DemoSeeder</name>
    <message numerus="yes">
        <source>Adds %n plan(s), </source>
        <translation>
            <numerusform>Adds %n plan, </numerusform>
            <numerusform>Adds %n plans, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infra template(s), </source>
        <translation>
            <numerusform>%n infra template, </numerusform>
            <numerusform>%n infra templates, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) and </source>
        <translation>
            <numerusform>%n module and </numerusform>
            <numerusform>%n modules and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s).</source>
        <translation>
            <numerusform>%n bundle.</numerusform>
            <numerusform>%n bundles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %n tenant(s) in every status, with subscriptions, SSO and analytics settings, module states and a history of operations.</source>
        <translation>
            <numerusform>Adds %n tenant in every status, with subscriptions, SSO and analytics settings, module states and a history of operations.</numerusform>
            <numerusform>Adds %n tenants in every status, with subscriptions, SSO and analytics settings, module states and a history of operations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n tenant(s); demo data goes into an empty database only.</source>
        <translation>
            <numerusform>The database already has %n tenant; demo data goes into an empty database only.</numerusform>
            <numerusform>The database already has %n tenants; demo data goes into an empty database only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose between 1 and 100000 demo tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds API consumers of a few tenants with access rules and budgets, and six weeks of their usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a local Ollama as the AI console&apos;s provider, a sample thread citing the platform&apos;s facts, two prompts and three events in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds image tags tested in development, two maintenance windows with upgrades scheduled in the first, and the log of the last week&apos;s operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds last month&apos;s invoices (plan price plus AI usage beyond the allowance), issued, most of them paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds five support requests from tenant admins, with their conversations with the operators: open, answered and closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::DetailsDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::EmbeddingsApi</name>
    <message>
        <source>The embeddings endpoint answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings answer has no &quot;data&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings answer has %1 vectors for %2 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings answer has a missing, repeated or out-of-range index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector %1 of the embeddings answer is not a list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vectors of the embeddings answer differ in length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector %1 of the embeddings answer holds something that is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::EtlTest</name>
    <message>
        <source>no result (the function returns nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 refused the key (HTTP %2%3): check that the supabase vault key holds this project&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 does not expose the schema &quot;%2&quot; (HTTP 406): add it to the exposed schemas of the project&apos;s API settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 has no function %2.%3 (HTTP 404%4): check the ETL target in the tenant&apos;s Analytics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 answered HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ETL check: choose an n8n webhook workflow or a Supabase RPC function in the tenant&apos;s Analytics tab, or run &quot;fusionctl tenants edit %1 --set analytics.etl_kind=n8n_webhook --set analytics.etl_target=PATH&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook path (letters, digits and ._~:/- only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls n8n&apos;s webhook %1 once with {&quot;tenant&quot;: &quot;%2&quot;}: the workflow runs for real (it is never resent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no analytics schema to call %2 in; set it in the tenant&apos;s Analytics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the Supabase function %1.%2 once (POST %3): it runs for real (it is never resent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call and its result are recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the ETL of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the ETL of %1: calling %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n started the workflow; it did not say which execution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n started execution %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 answered HTTP %2, but: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer within %2 s; the function may still be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the Supabase project %1 was closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase answer is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (SHA-256 %2): trust it with &quot;fusionctl keys provider set supabase --trust-sha256 %2&quot; if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer in HTTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL test of %1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL test of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETL was called (%1), but its result could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it succeeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::EventReceiver</name>
    <message>
        <source>Give &quot;%1&quot; or &quot;%2&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections at once; send the event again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive whole within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here: events are sent with POST to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are sent with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the intake token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be stored just now; send it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty: send a JSON object with source, event_type, ref and payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object with source, event_type, ref and payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: the body takes source, event_type (or type), ref (or external_ref) and payload (or payload_json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no &quot;source&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no &quot;event_type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;event_type&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be a string or a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &quot;payload&quot; or &quot;payload_json&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;payload&quot; must be a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;payload_json&quot; must be a string holding a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has no &quot;payload&quot; (a JSON object or array).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::EventsInbox</name>
    <message>
        <source>The source must be 1 to 40 lowercase letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event type must be 1 to 120 characters (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference must be at most 200 characters (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is larger than 1 MiB (%1 bytes); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is empty: send a JSON object or array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object or array; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON (%1 at byte %2); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload holds a NUL character (\u0000), which cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the payload as JSON (%1); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one event to mark processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are at most %1 characters (these have %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was processed by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event with id %1; nothing was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already processed: %1. Nothing was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark event %1 processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n events processed</source>
        <translation>
            <numerusform>Mark %n event processed</numerusform>
            <numerusform>Mark %n events processed</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2 from %3, received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1: %2 from %3 (ref %4), received %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 was changed by someone else meanwhile (processed?); nothing was marked. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo reads a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo writes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::FreezeDialog</name>
    <message>
        <source>Freeze all operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While frozen, no one — people, fusionctl, n8n or the AI console — can create or start an operation; running ones finish. Say why: everyone refused reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident 42: storage cluster degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are unfrozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::HealthFeed</name>
    <message>
        <source>Prometheus&apos;s token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::HttpRequest</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s headers are too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has an invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk of the answer is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::HttpServerRequest</name>
    <message>
        <source>The request has more bytes than its Content-Length says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.1 and HTTP/1.0 are spoken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header is folded over two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header value holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must name its Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not a Transfer-Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has two different Content-Length headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Length is not a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes; nothing was read of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ImageTags</name>
    <message>
        <source>The component is odoo or postgres, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not IMAGE:TAG (for example registry.example.com/odoo:17.0-20261201).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name: lower-case letters, digits and . _ - / : between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image tag: up to 128 letters, digits, _ . and -, not starting with . or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;latest&quot; names whatever was pushed last, not what was tested: record the exact tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;: use dev, stage or prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was recorded as tested in %2 and retired since; it cannot be recorded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded as tested in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 as tested in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image upgrades in %1 may then target this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tested image tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new upgrade may target it; tenants already on it are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled upgrade(s) to it stay scheduled: cancel them if it must not be deployed.</source>
        <translation>
            <numerusform>%n scheduled upgrade to it stays scheduled: cancel them if it must not be deployed.</numerusform>
            <numerusform>%n scheduled upgrades to it stay scheduled: cancel them if it must not be deployed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was retired meanwhile by another session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ImageUpgrade</name>
    <message>
        <source>A wave holds 1 to %1 tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time between waves is 0 to 1,440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tenants to upgrade, or choose every active tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retired in %2: choose a tag that is tested and current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded as tested in %2. Upgrades use only tested tags: record it once it has passed (Infra → Tested tags, or &quot;fusionctl infra tags add&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is called %1 (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decommissioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image upgrade is already scheduled or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants in waves of %2 every %3 minutes make %4 waves; the window &quot;%5&quot; (%6) has room for %7. Make the waves larger, the gap shorter, or choose a longer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant is left to upgrade: see why each was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upgrade %n tenant(s) to %1</source>
        <translation>
            <numerusform>Upgrade %n tenant to %1</numerusform>
            <numerusform>Upgrade %n tenants to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 at %2 UTC: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not upgraded: %n tenant(s) (see the preview for why).</source>
        <translation>
            <numerusform>Not upgraded: %n tenant (see the preview for why).</numerusform>
            <numerusform>Not upgraded: %n tenants (see the preview for why).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each becomes a queued operation the automation starts at its time; it can be cancelled until it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of these tenants got an image upgrade meanwhile from another session; nothing was scheduled. Look at the preview again.</source>
        <translation>
            <numerusform>%n of these tenants got an image upgrade meanwhile from another session; nothing was scheduled. Look at the preview again.</numerusform>
            <numerusform>%n of these tenants got an image upgrade meanwhile from another session; nothing was scheduled. Look at the preview again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the upgrades to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 is not an image upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation %1 (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only upgrades that have not started can be cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n scheduled image upgrade(s)</source>
        <translation>
            <numerusform>Cancel %n scheduled image upgrade</numerusform>
            <numerusform>Cancel %n scheduled image upgrades</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants keep the image they run now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these upgrades started meanwhile; nothing was cancelled. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::InfraPane</name>
    <message>
        <source>Infrastructure and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image upgrades waiting for their time. Each becomes an operation the automation starts in its maintenance window; until then it can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods agreed with the tenants in which disruptive operations may run. The dashboard shows the ones to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record tested tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etire tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tags that passed testing, per environment. Upgrades may target only these: the database refuses any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · operations run normally · %n upgrade(s) scheduled</source>
        <translation>
            <numerusform>%1 · operations run normally · %n upgrade scheduled</numerusform>
            <numerusform>%1 · operations run normally · %n upgrades scheduled</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;freeze operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops every new operation, from anyone, until unfrozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n upgrade(s).</source>
        <translation>
            <numerusform>Scheduled %n upgrade.</numerusform>
            <numerusform>Scheduled %n upgrades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n upgrade(s).</source>
        <translation>
            <numerusform>Cancelled %n upgrade.</numerusform>
            <numerusform>Cancelled %n upgrades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the maintenance window &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire t&amp;emplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What new tenants are built from: chart, images, size and environment defaults. A retired template is kept for the tenants built from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not tested here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the infra template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infra template &quot;%1&quot; is retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::InfraTemplates</name>
    <message>
        <source>Helm chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm chart: name the chart tenants are deployed with, e.g. charts/odoo-tenant:2.4.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the image and its tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size profile: small, medium, large or xlarge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment defaults: a JSON object, e.g. {&quot;workers&quot;: 2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the infra template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded as tested in %2: tenants can be built from it, but an upgrade to it would be refused until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired; create a new template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the infra template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) built from it keep what they run: a template describes new tenants, an image upgrade changes existing ones.</source>
        <translation>
            <numerusform>%n tenant built from it keeps what it runs: a template describes new tenants, an image upgrade changes existing ones.</numerusform>
            <numerusform>%n tenants built from it keep what they run: a template describes new tenants, an image upgrade changes existing ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another session changed or retired the template meanwhile; nothing was saved. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the infra template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No new tenant can be built from it; the %n tenant(s) built from it are not changed.</source>
        <translation>
            <numerusform>No new tenant can be built from it; the %n tenant built from it is not changed.</numerusform>
            <numerusform>No new tenant can be built from it; the %n tenants built from it are not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was retired meanwhile by another session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::IntegrationEndpoints</name>
    <message>
        <source>%1 has no usable address; set it with &quot;fusionctl keys provider set %2 --base-url URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key for %2; add it with &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SSO record with a Keycloak realm and client id; set it in the tenant&apos;s SSO pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak has no client secret for %1; add it with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its admin client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keycloak admin key has no client id; add the admin client&apos;s key with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n webhooks have no Header Auth key for &quot;%1&quot;; add it with &quot;%2&quot; (the client id is the header&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Superset key has no username; add the login with &quot;%1&quot; (the client id is the username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Supabase project; set it in the tenant&apos;s Analytics tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Supabase provider for the project keys; add it with &quot;fusionctl keys provider add supabase --name Supabase --base-url https://supabase.com&quot;, then the project&apos;s key with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project &quot;%1&quot; of %2 is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Mattermost channel: store its incoming-webhook address with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an n8n instance: an instance&apos;s code is n8n or starts with n8n- (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no n8n instance &quot;%1&quot; (known: %2); add it with &quot;fusionctl keys provider add %1 --name NAME --base-url URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no provider for its webhooks; add it with &quot;fusionctl keys provider add %2 --name &apos;%1 webhooks&apos; --base-url %3&quot;, then its Header Auth key with &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::InvoicePdf</name>
    <message>
        <source>CREDIT NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 (not issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · amounts in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Invoicing</name>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was changed by someone else meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as a month, YYYY-MM (for example 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not over yet: invoices are generated once the month has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The usage of %1 is not fully aggregated: %n usage row(s) are not in the daily totals yet. Run &quot;fusionctl usage aggregate&quot; (or Aggregate now in the Usage pane) first.</source>
        <translation>
            <numerusform>The usage of %1 is not fully aggregated: %n usage row is not in the daily totals yet. Run &quot;fusionctl usage aggregate&quot; (or Aggregate now in the Usage pane) first.</numerusform>
            <numerusform>The usage of %1 is not fully aggregated: %n usage rows are not in the daily totals yet. Run &quot;fusionctl usage aggregate&quot; (or Aggregate now in the Usage pane) first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to generate: %n invoice(s) already exist for %1.</source>
        <translation>
            <numerusform>Nothing to generate: %n invoice already exists for %1.</numerusform>
            <numerusform>Nothing to generate: %n invoices already exist for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate the invoices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creates %n draft invoice(s) totalling %1: each plan&apos;s price for the whole month plus AI usage beyond its allowance, from the daily aggregates.</source>
        <translation>
            <numerusform>Creates %n draft invoice totalling %1: each plan&apos;s price for the whole month plus AI usage beyond its allowance, from the daily aggregates.</numerusform>
            <numerusform>Creates %n draft invoices totalling %1: each plan&apos;s price for the whole month plus AI usage beyond its allowance, from the daily aggregates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts get a number when they are issued; until then they can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (yearly), year from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (monthly), </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI usage included in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New usage of %1 arrived meanwhile; aggregate it and look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriptions or invoices of %1 changed meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives it the next invoice number of the year; its total is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once issued it cannot be edited or deleted: corrections are credit notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is a draft: issue it before it is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the %1 as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is a draft: only issued invoices are voided (a draft is simply not issued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant no longer owes %1; the invoice and its number stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is itself a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued or paid invoice is credited; the %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the credit is given (1 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit is an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit %1 is more than the %2 still credited to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1 against the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a credit note with its own number; %1 stays as it was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of %1 becomes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was changed or credited meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s details are longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set who issues the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every invoice PDF from now on; issued invoices keep their amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer was changed by someone else meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each invoiced subscription&apos;s next invoice date becomes %1 (the invoice of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoices of %1 were generated by someone else meanwhile; this run created nothing. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Job</name>
    <message>
        <source>Cancelled; nothing more was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a tenant&apos;s modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregating usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running an automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing an ETL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KbSourceDialog</name>
    <message>
        <source>Knowledge of %1 in Supabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches of %1&apos;s knowledge ask this Supabase project (the kb.search_chunks and kb.search_chunks_text functions over its REST API) instead of this database. Its key stays in the OS keychain, as a key of the key vault, and is read only when a search is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s identifier in the project&apos;s kb.chunks (its tenant_ref column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;locally again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the project: searches of %1 use this database&apos;s knowledge base again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project URL must start with http:// or https:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s identifier in the project&apos;s chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key vault has no key to send: add the project&apos;s key in the Keys pane first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KbSources</name>
    <message>
        <source>Several keys are labelled &quot;%1&quot;: name one as PROVIDER/LABEL or by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no live key &quot;%1&quot; in the key vault: add the Supabase key with &quot;fusionctl keys add&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Supabase source needs the project URL, the tenant reference (for example odoo_company:1) and the vault key holding the project&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project URL must start with http:// or https://, name a host and hold no spaces (at most 300 characters), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is a lower-case PostgreSQL name (letters, digits, _), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant reference is 1 to 120 characters on one line (for example odoo_company:1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where the knowledge of %1 is read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the knowledge of %1 from Supabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fusionctl kb search --tenant %1&quot; asks this project instead of the local knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else set a source for %1 meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was changed by someone else meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no knowledge source; its knowledge base is the local one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the knowledge of %1 from Supabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches of %1 use the local knowledge base again; the Supabase project and the vault key stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was changed by someone else meanwhile; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyAttention</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>grace period over: revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unused for %n day(s)</source>
        <translation>
            <numerusform>unused for %n day</numerusform>
            <numerusform>unused for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected by the provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyCheck</name>
    <message>
        <source>Checking %1/%2 with %3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyEditorDialog</name>
    <message>
        <source>Add %1 Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1 Key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret goes into the OS keychain only; the database keeps its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret becomes the default; &quot;%1&quot; keeps working as a retiring key for the grace period, then you revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production-2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it %1&apos;s default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the secret with %1 first (no cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyExport</name>
    <message>
        <source>There is no live key %1 (give it as PROVIDER/LABEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret of %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyFile</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file decrypted, but its content is not a key list (made by another program?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 in the file is not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 in the file has an unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 in the file has no provider or label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 (%2/%3) in the file: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters: it is all that protects the secrets in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; that is not a key export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Fusion Console key export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made by a newer Fusion Console (format %1); this one reads format %2. Update Fusion Console to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it ends before its encrypted part (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses a key derivation this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file asks for key-derivation settings outside what Fusion Console accepts (%1 passes, %2 MiB); it was not made by Fusion Console or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed or damaged after it was exported. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyFileDialog</name>
    <message>
        <source>Export Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen keys are written with their secrets to one file, encrypted with the passphrase. Whoever has the file and the passphrase has the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will see what the file adds or replaces before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.fcvault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the file&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>Exported %n key to %1.</numerusform>
            <numerusform>Exported %n keys to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every key in the file is already here with the same secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyFileImport</name>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Storing %n secret(s)…</source>
        <translation>
            <numerusform>Storing %n secret…</numerusform>
            <numerusform>Storing %n secrets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the replaced keys&apos; old secrets…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeySave</name>
    <message>
        <source>Checking the new secret with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the new secret: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret could not be checked: %1 Nothing was changed; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyTransfer</name>
    <message numerus="yes">
        <source>Import %n key(s)</source>
        <translation>
            <numerusform>Import %n key</numerusform>
            <numerusform>Import %n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a key for provider &quot;%1&quot;, which neither this database nor the file defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds provider %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the file is a %2 key, but %3 here takes %4 keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already here with the same secret; left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 and replaces %2 secret(s) in the OS keychain; the replaced keys&apos; old secrets are deleted afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 was changed by someone else meanwhile; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n key(s) with their secrets</source>
        <translation>
            <numerusform>Export %n key with their secrets</numerusform>
            <numerusform>Export %n keys with their secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1, encrypted with your passphrase (Argon2id, XChaCha20-Poly1305). Whoever has the file and the passphrase has these secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s provider %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyValidator</name>
    <message>
        <source>The provider is limiting requests right now (HTTP 429); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 %2, which says nothing about the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Twilio key has no Account SID, so there is nothing to check it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no validation method; nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s address %1 is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[the secret]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be reached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer was not readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google says the quota is used up (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google answered &quot;%1&quot;, which says nothing about the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The refresh token works; a new access token is valid for %n minute(s).</source>
        <translation>
            <numerusform>The refresh token works; a new access token is valid for %n minute.</numerusform>
            <numerusform>The refresh token works; a new access token is valid for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key lists %n model(s).</source>
        <translation>
            <numerusform>The key lists %n model.</numerusform>
            <numerusform>The key lists %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeyVault</name>
    <message>
        <source>%1 key &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain item of this OAuth key is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base URL must not contain a user name or password; keys live in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must be 1–40 lowercase letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have 1–80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is api_key or oauth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth provider needs its token URL (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where %1 is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the provider&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http: keys sent for validation and calls travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was changed by someone else meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no default key; choose one with --key or make one the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no live key labelled &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth key needs its client secret and a refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret contains control characters (a line break or tab?); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is longer than 4,096 bytes; that is not an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains control characters (a line break or tab?); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key needs a label of 1–80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes may have at most 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth key needs its client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twilio key needs its Account SID (--client-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a key labelled &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the secret in the OS keychain only (item %1); the database keeps its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes %1&apos;s default key instead of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes %1&apos;s default key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retiring; only an active key can be the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was changed by someone else meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s default key at the same moment; nothing was changed. Look again and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key labelled &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2&apos;s default key; make another key the default first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the keychain item of revoked key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the secret from the OS keychain (item %1). Anything still using this key stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left without a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was changed by someone else meanwhile; nothing was revoked. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retiring; rotate the key that replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period is 0–365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1: &quot;%2&quot; replaces &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; stops being the default now; revoke it when nothing uses it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; keeps working for %n day(s) as a retiring key (until %2); then revoke it.</source>
        <translation>
            <numerusform>&quot;%1&quot; keeps working for %n day as a retiring key (until %2); then revoke it.</numerusform>
            <numerusform>&quot;%1&quot; keeps working for %n days as a retiring key (until %2); then revoke it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new secret was checked with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret was NOT checked with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key was changed by someone else meanwhile; nothing was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret leaves the keychain; this is recorded, the secret is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1/%2 is not in this machine&apos;s keychain (item %3). Import it from an export file, or revoke the key and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting %1&apos;s own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only certificates a certificate authority vouches for are accepted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to %1 accept this certificate although no certificate authority vouches for it. Compare the fingerprint with the server&apos;s own before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeychainCleanup</name>
    <message>
        <source>An earlier change of this database&apos;s keys was interrupted and left secrets in the keychain that no key uses; removing them failed, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeychainJournal</name>
    <message>
        <source>Cannot create %1 to note what goes into the keychain; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another command changing this database&apos;s keys in the keychain is running on this machine (process %1); nothing was changed. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1 to change keys in the keychain; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1, the note of an earlier change to the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to note what goes into the keychain (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s) that an interrupted earlier change of keys (add, rotate, revoke or import) had left in the keychain, unused by any key.</source>
        <translation>
            <numerusform>Removed %n secret that an interrupted earlier change of keys (add, rotate, revoke or import) had left in the keychain, unused by any key.</numerusform>
            <numerusform>Removed %n secrets that an interrupted earlier change of keys (add, rotate, revoke or import) had left in the keychain, unused by any key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::Keycloak</name>
    <message>
        <source>, an HTML page (a proxy&apos;s error page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak failed on %1 (HTTP %2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak refused the credentials for %1 (HTTP 401)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak forbids %1 (HTTP 403)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak answered HTTP %1 for %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenID configuration of realm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak at %1 has no realm &quot;%2&quot; (HTTP 404 for its OpenID configuration): check the realm&apos;s name, which is case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak&apos;s answer for %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; is not a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak&apos;s OpenID configuration for realm &quot;%1&quot; names the issuer %2, not %3: tokens would carry an issuer that applications refuse. Set Keycloak&apos;s public host name (KC_HOSTNAME, or the proxy&apos;s forwarded headers) or correct the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its token endpoint %1 lies outside the issuer %2; the client secret is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak refused the client credentials of %1 (HTTP %2%3): check the client secret in the keychain, and that the client exists, is enabled and has service accounts enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak has no token endpoint for %1 (HTTP 404): the realm does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;access_token&quot; is missing or not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; is missing or not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;refresh_expires_in&quot; is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;token_type&quot; is missing or not &quot;Bearer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scope&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clients of realm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak did not accept the admin token for %1 (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak forbids the admin client to read %1 (HTTP 403): give its service account the realm-management role &quot;view-clients&quot; (or the master realm&apos;s &quot;admin&quot; role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak has no realm &quot;%1&quot; (HTTP 404 from the admin API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no &quot;id&quot; or &quot;clientId&quot; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1 has no true/false &quot;enabled&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1: &quot;redirectUris&quot; or &quot;webOrigins&quot; is not a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeycloakClient</name>
    <message>
        <source>The Keycloak base URL &quot;%1&quot; is not an http:// or https:// address with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keycloak realm &quot;%1&quot; is empty or holds a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keycloak client id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret for the Keycloak client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenID configuration of realm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client &quot;%1&quot; of realm &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keycloak admin client id or its secret (in the keychain) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin client &quot;%1&quot; of realm &quot;master&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clients of realm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak at %1 did not answer %2 within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak&apos;s answer to %1 is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak at %1 did not answer %2 in HTTP: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of Keycloak at %1 is not trusted (%2). Its SHA-256 fingerprint is %3: trust it only after Keycloak&apos;s administrator confirmed that fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Keycloak at %1 closed before the whole answer to %2 arrived (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak at %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 of Keycloak does not resolve (DNS): check the base URL %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 of Keycloak could not be resolved (DNS: %2): check the network&apos;s name server and the base URL %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeycloakDriftCheck</name>
    <message>
        <source>Keycloak has no client &quot;%1&quot; in this realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; is disabled in Keycloak: nobody can sign in through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in our record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in Keycloak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync: Keycloak allows exactly the redirect URIs of our record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeysPane</name>
    <message>
        <source>&amp;Add Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys here yet. Choose a provider and Add Key….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key with its provider (at no cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the key by a new secret; the old one retires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the provider&apos;s default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the keychain item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key: asks for its label, deletes its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write chosen keys, secrets included, to a file sealed with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read keys from an export file; shows what is added or replaced, then asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 is reached (a proxy, a regional endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the secret (recorded in the audit log); hidden again after %n second(s)</source>
        <translation>
            <numerusform>Show the secret (recorded in the audit log); hidden again after %n second</numerusform>
            <numerusform>Show the secret (recorded in the audit log); hidden again after %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the secret (recorded); the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Copy the secret (recorded); the clipboard is cleared after %n second</numerusform>
            <numerusform>Copy the secret (recorded); the clipboard is cleared after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the secret of &quot;%1&quot;; the clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Copied the secret of &quot;%1&quot;; the clipboard is cleared in %n second unless you copy something else.</numerusform>
            <numerusform>Copied the secret of &quot;%1&quot;; the clipboard is cleared in %n seconds unless you copy something else.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot;, but its keychain item %2 could not be deleted: %3 Revoke it again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot;; its secret is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the address of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag keys expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or unused for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a &amp;Tenant&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for credentials left in clear in a tenant&apos;s Odoo system parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KeysetPager</name>
    <message>
        <source>Rows per page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page (Alt+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 · counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeBase</name>
    <message>
        <source>The search is %1 characters long; search with at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for at least one word (letters or digits); &quot;%1&quot; has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has %1 words; search with at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 removed knowledge-base chunks for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s) changed in Odoo since the last sync.</source>
        <translation>
            <numerusform>Read %n record changed in Odoo since the last sync.</numerusform>
            <numerusform>Read %n records changed in Odoo since the last sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves the Odoo date of %n chunk(s) whose text did not change.</source>
        <translation>
            <numerusform>Moves the Odoo date of %n chunk whose text did not change.</numerusform>
            <numerusform>Moves the Odoo date of %n chunks whose text did not change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed chunks lose their embeddings until they are computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removes the chunks of %n record(s) no longer in Odoo.</source>
        <translation>
            <numerusform>Removes the chunks of %n record no longer in Odoo.</numerusform>
            <numerusform>Removes the chunks of %n records no longer in Odoo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the knowledge base of %1 from its Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base of %1 is up to date with its Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeChunker</name>
    <message>
        <source>Odoo&apos;s answer for %1 record %2 cannot be used: %3. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pair of an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base does not read %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write_date is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task_count is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeEmbed</name>
    <message>
        <source>Embeddings come from openai or ollama; &quot;%1&quot; has none here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the chunks of %1 without an embedding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding chunks %1–%2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the access rule of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the embeddings request with an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chunk of %1 was embedded: %2 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Storing %n vector(s)…</source>
        <translation>
            <numerusform>Storing %n vector…</numerusform>
            <numerusform>Storing %n vectors…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeSearch</name>
    <message numerus="yes">
        <source>%n chunk(s) found</source>
        <translation>
            <numerusform>%n chunk found</numerusform>
            <numerusform>%n chunks found</numerusform>
        </translation>
    </message>
    <message>
        <source>No chunk of %1 has an embedding yet: embed them first (Knowledge → Embed…, or &quot;fusionctl kb embed SLUG&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding the query with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the access rule of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not embed the query: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the Supabase project of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 chunks hold these words: the best of the first %1 found are shown. Add a word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeSync</name>
    <message>
        <source>Odoo&apos;s answer to reading %1 cannot be used: %2. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a list of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has no id or no write_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n task(s) from %1&apos;s Odoo…</source>
        <translation>
            <numerusform>Read %n task from %1&apos;s Odoo…</numerusform>
            <numerusform>Read %n tasks from %1&apos;s Odoo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n project(s) from %1&apos;s Odoo…</source>
        <translation>
            <numerusform>Read %n project from %1&apos;s Odoo…</numerusform>
            <numerusform>Read %n projects from %1&apos;s Odoo…</numerusform>
        </translation>
    </message>
    <message>
        <source>its pages are not in the order asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has no id or no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n record(s) with the knowledge base…</source>
        <translation>
            <numerusform>Comparing %n record with the knowledge base…</numerusform>
            <numerusform>Comparing %n records with the knowledge base…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeVectors</name>
    <message>
        <source>Embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Embed %n knowledge-base chunk(s) of %1 with %2 %3</source>
        <translation>
            <numerusform>Embed %n knowledge-base chunk of %1 with %2 %3</numerusform>
            <numerusform>Embed %n knowledge-base chunks of %1 with %2 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sends %n embeddings request(s) to %1, metered and budgeted as the consumer &quot;ai-knowledge&quot; (refused before any call when its access rule says so).</source>
        <translation>
            <numerusform>Sends %n embeddings request to %1, metered and budgeted as the consumer &quot;ai-knowledge&quot; (refused before any call when its access rule says so).</numerusform>
            <numerusform>Sends %n embeddings requests to %1, metered and budgeted as the consumer &quot;ai-knowledge&quot; (refused before any call when its access rule says so).</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 of text (%2 estimated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 of text; the price table has no price for %2, so the cost is not known in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores one vector per chunk; a chunk changed meanwhile keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::LimitDialog</name>
    <message>
        <source>Soft tenant limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How many tenants the cluster of %1 was sized for. Creating one more is refused with this explanation until the limit is raised. %n tenant(s) run here now.</source>
        <translation>
            <numerusform>How many tenants the cluster of %1 was sized for. Creating one more is refused with this explanation until the limit is raised. %n tenant run here now.</numerusform>
            <numerusform>How many tenants the cluster of %1 was sized for. Creating one more is refused with this explanation until the limit is raised. %n tenants run here now.</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set limit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::LimitField</name>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD, e.g. 250 or 12.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ListExport</name>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::LoadingOverlay</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Loads</name>
    <message>
        <source>the standby did not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::LocalSettings</name>
    <message>
        <source>The tenant no longer exists or your login may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the platform&apos;s operators, not from the tenant portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO is not set up for %1 yet: the platform&apos;s operators set up its Keycloak realm first, then its redirect URIs can be managed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change local settings of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::MainWindow</name>
    <message>
        <source>Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create with demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Fusion Console database at %1 yet. Create it empty, or with demo data to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schema is at version %1; this version of Fusion Console uses version %2. Nothing changes until you confirm the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: changes made by others appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a tenant with the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant in the Tenants pane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission %1 for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2; operation #%3 is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant created; its provisioning operation is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you had not confirmed was written. Reconnect when the database is back; check the current state before repeating a change that may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Infra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · operations frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database runs the %1 environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto&amp;mation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Setti&amp;ngs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ana&amp;lytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::MaintenanceWindows</name>
    <message>
        <source>%1–%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window needs a name of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the start and the end as date and time, e.g. 2026-12-12T02:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That window is already over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window lasts at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the maintenance window &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the dashboard until it ends (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It overlaps %n other window(s).</source>
        <translation>
            <numerusform>It overlaps %n other window.</numerusform>
            <numerusform>It overlaps %n other windows.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the maintenance window &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting in it are cancelled with it.</source>
        <translation>
            <numerusform>%n operation waiting in it is cancelled with it.</numerusform>
            <numerusform>%n operations waiting in it are cancelled with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) already running in it carry on.</source>
        <translation>
            <numerusform>%n operation already running in it carries on.</numerusform>
            <numerusform>%n operations already running in it carry on.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window was changed meanwhile by another session; nothing was cancelled. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its maintenance window was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::MattermostClient</name>
    <message>
        <source>it is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not end in /hooks/ID (copy it from Mattermost: Integrations → Incoming Webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a user name, a query or a fragment, which a webhook address never has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Mattermost webhook address cannot be used: %1. Store the right one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message has 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to the channel through Mattermost at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost does not know this webhook: it was deleted or the stored address is wrong. Create one for the channel and store its address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook is disabled in Mattermost; an admin enables incoming webhooks (System Console → Integrations) or the hook itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost refused the message itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost limits how often one may post; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost at %1 answered %2%3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost at %1 did not answer within %2 s. The message may have been posted: look in the channel before posting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of Mattermost at %1 is not trusted (SHA-256 %2). Nothing was sent. If it is yours, trust it: fusionctl keys provider set mattermost --trust-sha256 HEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the Mattermost server %1 does not resolve (DNS). Nothing was sent; check the stored webhook address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Mattermost at %1 closed before it answered; the message may have been posted: look in the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost at %1 cannot be reached: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mattermost at %1 answered something that is not Mattermost&apos;s answer; the message may have been posted: look in the channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Migrator</name>
    <message>
        <source>%1 already holds tables that do not belong to Fusion Console (there is no schema_version table). Nothing was changed; choose an empty database or an existing Fusion Console one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer Fusion Console (schema version %1; this version knows up to %2). Nothing was changed. Update Fusion Console to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Fusion Console schema yet. Create it with &quot;fusionctl db migrate&quot; (or open it in the app, which offers to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1 and needs upgrading to %2. Run &quot;fusionctl db migrate&quot; (or open it in the app, which offers to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Fusion Console schema in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the database schema of %1 from version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session changed the schema meanwhile (now version %1); nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ModuleStateModel</name>
    <message>
        <source>Odoo core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ModuleSync</name>
    <message>
        <source>Reading the modules of %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::N8n</name>
    <message>
        <source>n8n at %1 answered with something that is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 answered with JSON that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 answered a list without its &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 answered a list without a &quot;nextCursor&quot; (text or null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;active&quot; is missing or not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; or &quot;updatedAt&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or neither text nor a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;workflowId&quot; is missing or neither text nor a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mode&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;finished&quot; is missing or not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;startedAt&quot;, &quot;stoppedAt&quot; or &quot;waitTill&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;retryOf&quot; is neither null nor an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1 of the n8n answer from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow n8n at %1 answered: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1 of the n8n answer from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 answered HTTP %2 with a web page instead of JSON: is a proxy in front of it failing, or is this not n8n&apos;s address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 refused the API key (HTTP 401%2): check the instance&apos;s API key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 does not allow this API key to do that (HTTP 403%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 has no such workflow or endpoint (HTTP 404%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 refused the request (HTTP 400%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 failed with HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 refused the value of the header %3 (HTTP 403): the webhook secret in the keychain is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 requires authorization and none was sent (HTTP 401): set the webhook&apos;s header name and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 has no active webhook &quot;%2&quot; (HTTP 404): the workflow is inactive or its path changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 answered HTTP %3 with a web page: is a proxy in front of n8n failing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The n8n workflow behind the webhook &quot;%1&quot; at %2 failed (HTTP %3%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::N8nClient</name>
    <message>
        <source>No API key is set for n8n at %1: add the instance&apos;s API key to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 did not answer within %3 s; the workflow may still have run: check its executions in n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to n8n at %1 closed before the webhook &quot;%2&quot; answered; the workflow may have run: check its executions in n8n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 had more pages after %2: the list is stopped there (a server that never ends its list?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 gave a page cursor it had already given (page %2): the list is stopped so that it does not loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an n8n workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 answered for another workflow or left it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The n8n webhook path &quot;%1&quot; is not valid: use letters, digits and . _ ~ : - between slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret needs the name of the header n8n checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow&apos;s answer carries no execution id, and without the instance&apos;s API key and the workflow it cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n at %1 lists no execution of the workflow started since the call yet (it leaves running executions out): look for it in n8n later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooClient</name>
    <message>
        <source>Odoo has no database &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the login, password or API key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s version answer is not a struct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo refused the login &quot;%1&quot; on database &quot;%2&quot;: wrong login, password or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more calls go to this Odoo until its credentials are changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No more calls go to this Odoo until its credentials are changed (Odoo locks an address out after repeated failed logins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls to this Odoo: the limit is %1 reads and %2 writes a minute. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be sent to Odoo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 instead of XML-RPC (a proxy in front of Odoo, or the wrong URL?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page, not XML-RPC (is the URL that of the Odoo server?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The change may or may not have been made: check in Odoo before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s answer is larger than the limit of %1 MB; ask for fewer records or fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Odoo did not answer within %n second(s).</source>
        <translation>
            <numerusform>Odoo did not answer within %n second.</numerusform>
            <numerusform>Odoo did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it for this tenant only if you know it is the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo could not be reached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s search answer is not a list of ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s answer is not a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s answer holds something that is not a record with an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s count is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s field list is not a struct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo&apos;s answer is not a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo did not answer the new record&apos;s id; check in Odoo whether it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooConnection</name>
    <message>
        <source>Enter a number of calls a minute from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Odoo database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Odoo login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect tenant %1 to its Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the password or API key in the OS keychain (never in the database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooConnectionDialog</name>
    <message>
        <source>Odoo Connection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the system&apos;s certificate authorities decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only the certificate with SHA-256 fingerprint %1, for this tenant only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL, the database and the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Odoo %1, user id %2, %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or API key is stored yet; enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this address is not encrypted (http), so the password or API key crosses the network in clear text. Use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooDomain</name>
    <message>
        <source>A search condition needs a field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Odoo search operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooModules</name>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the modules of tenant %1&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updates %n module(s) in the catalog.</source>
        <translation>
            <numerusform>Updates %n module in the catalog.</numerusform>
            <numerusform>Updates %n modules in the catalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records %n module(s) as installed: </source>
        <translation>
            <numerusform>Records %n module as installed: </numerusform>
            <numerusform>Records %n modules as installed: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records %n module(s) as no longer installed: </source>
        <translation>
            <numerusform>Records %n module as no longer installed: </numerusform>
            <numerusform>Records %n modules as no longer installed: </numerusform>
        </translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module of bundle %1 is already installed in %2&apos;s Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the missing modules of bundle %1 is available in %2&apos;s Odoo: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install bundle %1 in tenant %2&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installs %n module(s): </source>
        <translation>
            <numerusform>Installs %n module: </numerusform>
            <numerusform>Installs %n modules: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not available in this Odoo (checked again after the module list update): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs Odoo&apos;s update_list, then button_immediate_install, which can take minutes; the operation is recorded as running until Odoo answers. Nothing is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle installed in tenant %1&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle install in tenant %1&apos;s Odoo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is not running any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigns bundle %1 to tenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this Odoo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is a %2 that is %3; only a running module install can be closed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 was started by %2, which reports its end itself; it is not closed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close module install %1 of tenant %2 as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Odoo installed is unknown: sync the tenant&apos;s modules (fusionctl odoo modules %1) to see it. Nothing is sent to Odoo and nothing is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 is already being applied to %2: operation %3 has been running since %4, started by %5 (from %6). Nothing was sent to Odoo. Wait for it to finish; if it was interrupted (the app or fusionctl was closed or killed while Odoo worked), close it as failed in the Operations pane or with &quot;fusionctl operations abandon %3&quot;, sync the tenant&apos;s modules, and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooPane</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, phone or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scheduled activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant has an Odoo connection yet: set one with Odoo Connection… in a tenant&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · database %2 · as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant whose Odoo connection works first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1; narrow the search or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1&apos;s Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooProposals</name>
    <message>
        <source>A case id is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner needs a name or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner #%1 (%2) already has these values; there is nothing to propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update partner #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks need the project they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task&apos;s priority is 0 (normal) or 1 (high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %n task(s) in project #%1</source>
        <translation>
            <numerusform>Create %n task in project #%1</numerusform>
            <numerusform>Create %n tasks in project #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity needs the record it is about (model and id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity needs a summary or a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no model &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 on %2 #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no activity type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a name, a start and a stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give start and stop as YYYY-MM-DDTHH:MM:SS (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot stop before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create event %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the proposal &quot;%1&quot; for tenant %2 (case %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to Odoo until the proposal is executed, which asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal %1 (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is %2, not pending; only a pending proposal can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 was decided meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is %2, not pending; a proposal is executed at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute proposal %1 in tenant %2&apos;s Odoo: %3 (case %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Makes %n call(s) to Odoo, in order; a failed call stops the rest, and nothing is retried.</source>
        <translation>
            <numerusform>Makes %n call to Odoo, in order; a failed call stops the rest, and nothing is retried.</numerusform>
            <numerusform>Makes %n calls to Odoo, in order; a failed call stops the rest, and nothing is retried.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1 was executed, cancelled or claimed by another session meanwhile; it runs at most once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is not being executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 is %2; only one left executing can be closed this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by hand while executing (claimed by %1): what reached Odoo is unknown; check there before proposing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close proposal %1, left executing, as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to Odoo; the proposal is never run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooRecordModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OdooSession</name>
    <message>
        <source>Tenant %1 has no Odoo connection yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain has no password or API key for %1&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OpenRequestDialog</name>
    <message>
        <source>Open a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators see the request in their Support pane and answer it there. Say what happens, since when, and what you tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Invoices are not sent since this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see no tenant to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OperationDrawer</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operation to see its timeline, payload and log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1 in &quot;%2&quot;, wave %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-run of operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run as operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older events are not shown: the last %1 days, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image upgrade runs again through Infra → Upgrade tenants…, in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a new operation with the same payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued operation %1, a re-run of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook address is set (Settings → Runbooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OperationListModel</name>
    <message>
        <source>Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OperationLog</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The severity is debug, info, warning or error, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation %1 (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is still %2: re-run it once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 belongs to no tenant any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image upgrade runs in a maintenance window: choose the window to re-run it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is cancelled or over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an image upgrade is scheduled in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run operation %1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new queued operation for the automation; operation %1 stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report&apos;s status is running, succeeded or failed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log message is at most 4,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it failed (--message): the people on call read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs URL must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An execution id is at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report: give a status, a message, a logs URL or an execution id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is already %2; its status cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds to its log (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 changed meanwhile; nothing was recorded. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::OperationsPane</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module install that never recorded its end (the app was closed while Odoo worked): close it as failed, then sync the tenant&apos;s modules to see what Odoo did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed operation %1 as failed; sync the tenant&apos;s modules to see what Odoo did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations yet: they appear here when a tenant is created, paused or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 operations: choose another status or All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest operations, more than %1 rows down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations more than %1 rows down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of more than %3 operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Pane</name>
    <message>
        <source>Read from standby %1 — figures may trail the primary by a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PlatformFacts</name>
    <message>
        <source>Logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), in error; last changed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failed operation: %1 #%2, %3 (from %4, by %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed operations in the last %1 days: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look into %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: %1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation #%1 (%2), started from %3 by %4, failed %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 has used %3 of its %4 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 budget %2: spent %3, reserved by calls in flight %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are refused until the budget is raised or the window ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the budget of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the %1 key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the %1 key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1, label &quot;%2&quot;, status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected it when it was last checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the bundles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 drifts from its bundles: %2 missing, %3 not in any bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed but in no bundle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules last recorded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1 times in the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PlatformSettings</name>
    <message>
        <source>Another session changed the platform settings meanwhile; nothing was saved. Look again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs %2 tenants and its soft limit is %3: the cluster was sized for that many. An owner can raise the limit (Settings, or &quot;fusionctl settings limit %4 N&quot;) once there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are frozen since %1 by %2 (%3): nothing new can start until an owner unfreezes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;: use dev, stage or prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this database as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image upgrades may then use only the tags tested in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant limit is a whole number from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the soft tenant limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft tenant limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants already run here: no new tenant can be created until some are decommissioned or the limit is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session changed this limit meanwhile; nothing was saved. Look again and repeat the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why operations are frozen: everyone who is refused will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze all operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one (people, fusionctl, n8n, the AI console) can create or start an operation until an owner unfreezes them; running operations finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued operation(s) wait: they cannot start while frozen.</source>
        <translation>
            <numerusform>%n queued operation waits: it cannot start while frozen.</numerusform>
            <numerusform>%n queued operations wait: they cannot start while frozen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operations are not frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued operation(s) may start again.</source>
        <translation>
            <numerusform>%n queued operation may start again.</numerusform>
            <numerusform>%n queued operations may start again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address for the runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbooks&apos; address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set where the runbooks live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed operations link to no runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed provisioning, for example, links to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PolicyEngine</name>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 is not registered yet (it has neither called nor recorded usage), so it has no access rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 is stopped (kill switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 is stopped (kill switch): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 has no access rule for %2: add one in the Access pane or with &quot;fusionctl access set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access rule of %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit of %1: %2 of %3 requests per minute used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily request limit of %1: %2 of %3 requests today (UTC) used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 made %2 of %3 requests allowed today (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no price at %2, so a call cannot be held to its budget: add its price first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, this call up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily budget of %1 reached: %2 of %3 used or reserved today (UTC)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget of %1 reached: %2 of %3 used or reserved this month%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget of user %1 reached: %2 of %3 used or reserved this month%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1 has used %2 of its monthly budget of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1 may call (no monthly budget).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user&apos;s requests per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price for the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user&apos;s monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation of %1 expired: the call was never settled (its process ended?). What it cost is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PortalPane</name>
    <message>
        <source>Your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants you administer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI usage this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is resuming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login administers no tenant yet. Ask the platform&apos;s owner to map it to your tenant (Settings → Roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &lt;b&gt;%1&lt;/b&gt;, %2; next invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;Bundles: %4; modules: %5 installed, %6 pending.&lt;br&gt;%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent in %2 — plan allowance %3, budget %4 (%5 of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice yet: the first one appears once it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request. Open request… asks the operators for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is open; operators see it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: this is the portal the tenant&apos;s admins see. Its actions are theirs, so they are disabled here: act on the tenant from the Tenants pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;local settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent; the operators see it in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant portal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: act on this tenant from the Tenants pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login administers no tenant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your tenant&apos;s SSO redirect URIs and analytics settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance reads the requests; the tenant&apos;s admins and the operators reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SSO through realm &lt;b&gt;%1&lt;/b&gt;, %n redirect URI(s).</source>
        <translation>
            <numerusform>SSO through realm &lt;b&gt;%1&lt;/b&gt;, %n redirect URI.</numerusform>
            <numerusform>SSO through realm &lt;b&gt;%1&lt;/b&gt;, %n redirect URIs.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Analytics sync: %2.&lt;br&gt;Dashboard: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the local settings of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No conversation yet. &lt;b&gt;Open request…&lt;/b&gt; asks the operators for help; their replies appear here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to read its conversation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PortalSettingsDialog</name>
    <message>
        <source>Set by the platform&apos;s operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n webhook workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase RPC function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ETL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are yours to manage. The others are how the platform is wired to your tenant: ask its operators (Support) to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on (Keycloak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address a line, e.g. https://erp.example.com/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO is not set up yet: the platform&apos;s operators set up its realm first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETL check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://superset.example.com/superset/dashboard/12/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset &amp;dashboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a setting first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PostDialog</name>
    <message>
        <source>Post to a tenant&apos;s channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent once to the tenant&apos;s Mattermost channel through its incoming webhook, whose address is kept in the keychain (Keys → mattermost, labelled with the tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PriceDialog</name>
    <message>
        <source>Correct a Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per million tokens. Usage from the date on is costed at this price; usage already recorded keeps its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as input, when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the price comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are amounts such as 2.50 (USD per million tokens).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PriceTable</name>
    <message>
        <source>The model name must be 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the price applies from is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices must be between 0 and 10,000 per million tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the price of %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price for %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output, per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached input, per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage recorded from now on is costed at this price; usage already recorded keeps its cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this price meanwhile; look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Prometheus</name>
    <message>
        <source>Prometheus refused the query as malformed (HTTP 400, %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not evaluate the query (HTTP 422, %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus timed out or was shutting down while evaluating the query (HTTP 503, %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered an error (HTTP %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus, or the proxy in front of it, refused the request (HTTP %1): check its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 with an HTML page instead of its JSON API: a proxy or a wrong address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 without its JSON error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered with an HTML page instead of its JSON API: a proxy or a wrong address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus answer has no &quot;status&quot;: &quot;success&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus answer has no &quot;data&quot; with a &quot;resultType&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus scalar is not a [time, &quot;value&quot;] pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus answer is a %1, not an instant vector or a scalar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus vector has no &quot;result&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 of the Prometheus answer has no &quot;metric&quot; labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 of the Prometheus answer: the label &quot;%2&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series %1 of the Prometheus answer has no [time, &quot;value&quot;] pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Prometheus at %1 was closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus answer is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of Prometheus at %1 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer in HTTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PromptLibrary</name>
    <message>
        <source>%1, … (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has %1 characters; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be used. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared variable &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is declared twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses variables that are not declared: %1. Declare each one, or take it out of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt was changed by someone else meanwhile; nothing was changed. Look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prompt with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no version %2 (its versions are 1 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt code is 1 to 64 lowercase letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt needs a name of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt with the code &quot;%1&quot; already exists; save a new version of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prompt &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version 1: %n line(s) of template.</source>
        <translation>
            <numerusform>Version 1: %n line of template.</numerusform>
            <numerusform>Version 1: %n lines of template.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else added a prompt with the code &quot;%1&quot; meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: version %1 of &quot;%2&quot; already has this template and these variables; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version %1 of prompt &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is the same as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template against version %1: +%2 −%3 line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 stays published until you publish another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved version %1 of &quot;%2&quot; meanwhile; nothing was saved. Look at the history and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version %1 of prompt &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new render of &quot;%1&quot; uses version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate prompt &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate prompt &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its versions stay; it is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no published version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::PromptTemplate</name>
    <message>
        <source>the placeholder has no variable name; write {{name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable name must start with a letter (A-Z, a-z) or &quot;_&quot;, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be part of a variable name; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;}}&quot; after the variable name &quot;%1&quot;, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this placeholder is not closed with &quot;}}&quot; on its line; for a literal &quot;{{&quot; write \{{.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a placeholder cannot contain &quot;{&quot;: placeholders do not nest; for a literal &quot;{{&quot; write \{{.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in the template but not declared by the prompt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the prompt but given no value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given a value but not declared by the prompt: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable name must start with a letter (A-Z, a-z) or &quot;_&quot;, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ProposalExecute</name>
    <message>
        <source>Executing proposal %1 in %2&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ProposalLinks</name>
    <message>
        <source>Step %1 links the project it creates to workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 links the Discuss channel it creates to workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links Odoo project #%1 to workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links Discuss channel #%1 to workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ProposalListModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ProposalsPane</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 · case %2 · %3 · proposed by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Change %2 #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Create %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (record %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another proposal is being executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pending proposal can be executed or cancelled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the calls, confirm, and make them in Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this proposal; nothing is sent to Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled proposal %1; nothing was sent to Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed proposal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 failed part-way; its steps show what is in Odoo now. Nothing was retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals here. Propose a change with New Proposal… or &quot;fusionctl odoo propose&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proposal was claimed by %1 and never finished. Close it as failed; what reached Odoo is unknown, so check there. It is never run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved proposal %1. Review its calls here, then Execute when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed proposal %1 as failed. Check the tenant&apos;s Odoo for what reached it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ProposeDialog</name>
    <message>
        <source>New Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal is stored as pending: nothing is sent to Odoo until someone reviews and executes it in the Proposals pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SUP-2041 — written into every record as [Fusion Case: …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner (create, or update the one with this email or website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity on a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant has an Odoo connection yet; set one with Odoo Connection… in a tenant&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company, not a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected revenue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer (partner ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project manager (user ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One task per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. To-Do, Call, Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner IDs, e.g. 7, 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this partner in %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the record and activity type in %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees are partner IDs (positive numbers): &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved; change what you need and review again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ProviderDialog</name>
    <message>
        <source>Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where checks and calls for %1 go — a proxy, a regional endpoint or a test server. Empty: its own address, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth only, e.g. https://auth.example.com/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (keys are not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model list, OpenAI style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model list, Anthropic style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check keys by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an http(s) address, or leave it empty for the provider&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the provider&apos;s base URL (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth provider needs its token URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::QuitWarning</name>
    <message>
        <source>Quit while work is running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion Console is still working on what is listed below. Stop and Quit stops each at its next step and records it as cancelled; a write already under way cannot be stopped, so it is finished whole first and the app quits once it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be stopped now (a write or an install under way): the app waits for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at its next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything has stopped. Quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n task(s) to end before quitting…</source>
        <translation>
            <numerusform>Waiting for %n task to end before quitting…</numerusform>
            <numerusform>Waiting for %n tasks to end before quitting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::RealmTemplateDialog</name>
    <message>
        <source>Realm template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New realm template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns for a new tenant&apos;s SSO record. {slug} becomes the tenant&apos;s slug, {odoo_url} its Odoo address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;URIs (one a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a tenant acme at https://acme.example.com: realm %1, client %2, redirect URIs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RealmTemplates</name>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {%2} is not a placeholder; use {slug} or {odoo_url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm: 1 to 120 characters, e.g. fusion or {slug}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id: 1 to 120 characters, e.g. odoo-{slug}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs: at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the realm template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create wizard offers it for new tenants&apos; SSO records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the realm template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants whose SSO record was filled from it keep their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session changed or deleted the realm template meanwhile; nothing was saved. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the realm template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create wizard no longer offers it; SSO records filled from it stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session changed or deleted the realm template meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RecommendationsPanel</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;about This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the AI console with a question about this problem (not sent until you ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations: nothing needs doing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recommendations (%n)</source>
        <translation>
            <numerusform>Recommendations (%n)</numerusform>
            <numerusform>Recommendations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 What is the likely cause, and what should I do?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RecordEdit</name>
    <message>
        <source>Someone else changed this record since you opened it. Your changes were not saved; the current values are shown so you can compare and apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists or your role may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no record #%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RejectedRowsDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were not imported. Correct them in the file and import it again: rows already imported are skipped.</source>
        <translation>
            <numerusform>%n row of %1 was not imported. Correct them in the file and import it again: rows already imported are skipped.</numerusform>
            <numerusform>%n rows of %1 were not imported. Correct them in the file and import it again: rows already imported are skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ResourceKpis</name>
    <message>
        <source>Prometheus answered a %1 where a vector was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered the platform query with a series not asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered the namespace query with a series not asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no current series of the cluster: are its exporters up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no series of the namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pod is running in the namespace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage is %1 % full (warning above %2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource figures cache %1 was ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a cache of this version of Fusion Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time is missing, malformed or in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its platform figures are missing or not numbers &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its namespaces are not an object of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures of a namespace are missing or not numbers &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource figures cache %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus answers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ResourcePanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Prometheus for the figures now (they refresh by themselves every 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes ready · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus not set up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live from Prometheus, sampled %1; refreshed every 30 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Prometheus… (showing the figures of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1, from the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Prometheus sent with its last error, whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RoleService</name>
    <message>
        <source>Roles exist only on PostgreSQL. On an embedded SQLite file the local user is the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Fusion Console role. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no login role &quot;%1&quot; on this server. Create it first, e.g. CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group role, not a login; grant roles to logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant goes with the fusion_tenant_admin role only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 to %2 for tenant %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login sees no tenant until it is mapped to one with --tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant %3 from %2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Roles</name>
    <message>
        <source>everything, including keys and role grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs tenant operations; no create, decommission or billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads tenants, usage, budgets and subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads and acts on its own tenants only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>views API usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages providers, consumers and access rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automation (n8n): records and reports on operations only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event receiver: puts events in the inbox only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RuleDialog</name>
    <message>
        <source>Propose an Access Rule Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Access Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Access Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change is saved as a proposal; an owner approves or rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets are in USD and counted per UTC day and month; a limit left unchecked does not apply. Without a rule, a consumer&apos;s calls are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per d&amp;ay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the owner who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget is an amount in USD with at most six decimals, e.g. 250 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RunForTenantDialog</name>
    <message>
        <source>Run a workflow for a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the workflow&apos;s production webhook once with the tenant&apos;s slug, and records it as an operation of that tenant with n8n&apos;s execution id. You confirm the run next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme-finance-ph/provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the path&apos;s last segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n listed no workflows to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tenants to run it for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path the workflow&apos;s Webhook node listens on (after /webhook/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook path (letters, digits and ._~:/- only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::RunbookViewer</name>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Title

## Symptoms

## Checks

## Fixes

## Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to shipped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) change runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite this runbook for everyone; the shipped text stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the edited text; everyone reads the shipped one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This runbook cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by %1 on %2 UTC. Owners can reset it to the text shipped with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook shipped with Fusion Console for &quot;%1&quot; operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the text with a title line, such as &quot;# Backups failed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Runbooks</name>
    <message>
        <source>There is no runbook &quot;%1&quot;. There are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runbook name: lower-case letters, digits and _, at most 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook&apos;s text is empty; to show the shipped text again, reset it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook is longer than %L1 characters; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook needs a title: start it with a heading line such as &quot;# Provisioning failed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook&apos;s title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the text the runbook has already; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the runbook &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)%1</source>
        <translation>
            <numerusform>%n line%1</numerusform>
            <numerusform>%n lines%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone reads this text instead of the shipped one until it is reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this runbook meanwhile; nothing was saved. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this runbook meanwhile; nothing was saved. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook &quot;%1&quot; shows the shipped text already; nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the runbook &quot;%1&quot; to the shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the runbook &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited text is deleted; everyone reads the shipped one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ships no text for &quot;%1&quot;: the runbook is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this runbook meanwhile; nothing was reset. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SecretSprawl</name>
    <message>
        <source>Anthropic key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SecretStore</name>
    <message>
        <source>The OS keychain has no entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s) (it may be waiting for an unlock prompt).</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second (it may be waiting for an unlock prompt).</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds (it may be waiting for an unlock prompt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s); nothing was stored.</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second; nothing was stored.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds; nothing was stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OS keychain is locked or has no default collection. Unlock it (for example by logging in to your desktop session) and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s); the secret may still be replaced when it does. Try again to be sure.</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second; the secret may still be replaced when it does. Try again to be sure.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds; the secret may still be replaced when it does. Try again to be sure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s); nothing was removed.</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second; nothing was removed.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds; nothing was removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OS keychain refused access to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Fusion Console keeps secrets only there. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is running (the Secret Service could not be reached over D-Bus). Fusion Console keeps secrets only there. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain reported an error for %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ServiceCall</name>
    <message>
        <source>Calls go to openai or anthropic; &quot;%1&quot; has no chat API here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call needs a prompt and a maximum of 1 to 1,000,000 output tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no default key: add one in the Keys pane or with &quot;fusionctl keys add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings come from openai or ollama; &quot;%1&quot; has none here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings need a model and 1 to %1 texts, none empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ServiceSettings</name>
    <message>
        <source>Tenants&apos; single sign-on: Test login with each tenant&apos;s client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one client secret per tenant, labelled with its slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Keycloak: reads realms&apos; clients through the admin API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin client&apos;s secret; its client id in the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation: workflows and executions through n8n&apos;s public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation: webhook workflows run for a tenant (Header Auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header&apos;s value, labelled with the webhook path; the header&apos;s name as client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: dashboards listed from Superset&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database login; the username as client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics and the knowledge base: PostgREST RPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live health: resource KPIs from PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a bearer token for a proxy in front of Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SettingsPane</name>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the window&apos;s header in its colour; image upgrades may use only the tags tested in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft tenant limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each service is reached and with which credentials. Secrets stay in the system keychain: only their references and fingerprints are listed here. Keys are added and rotated in the Keys pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop t&amp;rusting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants of a soft limit of %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants here; no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations run normally. Freezing stops every new operation, from anyone, until an owner unfreezes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;freeze operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address: failed operations link to no runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed provisioning links to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted %1…%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only certificates an authority on this machine vouches for are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accepted: the certificate with SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may change platform settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this database as the chosen environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is now marked as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbooks&apos; address is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only certificates an authority vouches for are accepted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SpendReport</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend report — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no usage in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 · %2 to %3 · amounts in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpriced calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpriced calls have no price in the price table; they are not in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cost by consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 at %2 — Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the spend report “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SprawlScanDialog</name>
    <message>
        <source>Credentials in a Tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules often keep API keys in Odoo&apos;s system parameters, in clear. This reads them and shows what looks like a credential — by fingerprint only, never the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant has an Odoo connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the system parameters of %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials in %1&apos;s system parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plaintext copy(ies) of vault keys to remove from Odoo</source>
        <translation>
            <numerusform>%n plaintext copy of a vault key to remove from Odoo</numerusform>
            <numerusform>%n plaintext copies of vault keys to remove from Odoo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) the vault does not know.</source>
        <translation>
            <numerusform>%n credential the vault does not know.</numerusform>
            <numerusform>%n credentials the vault does not know.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::SqliteStatement</name>
    <message>
        <source>The database connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SseParser</name>
    <message>
        <source>an event of the stream is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SsoCheck</name>
    <message>
        <source>%1 has no Keycloak realm in its SSO record; set it in the tenant&apos;s SSO tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak has no address; set it with &quot;fusionctl keys provider set keycloak --base-url URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to realm %1 as client %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading client %1 of realm %2 from Keycloak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SsoCheckPanel</name>
    <message>
        <source>Check Keycloak&apos;s address in the Keys pane (provider %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your Keycloak&apos;s certificate (compare the fingerprint with the server&apos;s), trust it; otherwise do not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Keycloak is running and reachable from here, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the realm in the tenant&apos;s SSO record, or create the realm in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak&apos;s frontend URL (hostname setting) differs from the address used here; make them the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client&apos;s secret in the Keys pane (keycloak, label = the tenant&apos;s slug) and that the client has service accounts enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the admin client the realm-management role view-clients in Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the tenant&apos;s SSO record and Keycloak&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at Keycloak&apos;s log for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: client refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403: admin client refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC discovery of the realm and a client-credentials token request with the client&apos;s secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the client through Keycloak&apos;s admin API (the keycloak_admin_api key) and compares its redirect URIs with this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The realm in Keycloak&apos;s admin console, in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant to test its login or compare it with Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login signs in as %1&apos;s client; Compare reads the client from Keycloak and shows what differs from this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Keycloak realm and client id yet: fill them in and save before testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSO record needs a realm and a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate with this fingerprint for Keycloak from now on (asks first; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners may trust a certificate: ask one to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the login of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1&apos;s client from Keycloak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of %1 could not be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be compared with Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with Keycloak failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login of %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login OK (token %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in sync with Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from Keycloak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm %1 has no client %2: nobody can sign in through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 is disabled in Keycloak: nobody can sign in through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in our record (Keycloak would refuse these redirects):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in Keycloak (allowed there, not in our record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak&apos;s redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client missing in Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client disabled in Keycloak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift: %1 only ours, %2 only Keycloak&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is trusted for Keycloak now; test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Keycloak said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SsoPane</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on (Keycloak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tenant, realm, client or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant has single sign-on configured yet. Open a tenant, fill in its Keycloak realm and client id on its SSO tab (or choose a realm template when creating one), then test its login here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the create wizard fills a new tenant&apos;s SSO record from. {slug} becomes the tenant&apos;s slug and {odoo_url} its Odoo address; records already filled in are not changed by editing a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may change realm templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::StatusCheck</name>
    <message>
        <source>%1 at %2 answered HTTP %3 %4: the server is there but failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS): check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on port %1 there: the service is down or the port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::StatusLinkDialog</name>
    <message>
        <source>Edit status link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add status link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (platform-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and the admins of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with a GET every time someone opens the Status tab; an answer below HTTP 500 counts as up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the link a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::StatusLinks</name>
    <message>
        <source>The status link was changed meanwhile by another session; nothing was written. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status link needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no status link %1 you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an http:// or https:// address with a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a user name or password, which everyone seeing the link would read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the status link &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone (platform-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff and the admins of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Support pane&apos;s Status section and &quot;fusionctl support status&quot; check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the status link %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would change: the link reads so already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the status link %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sees or checks it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link&apos;s place is 1 to %1 (the number of links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is at place %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the status link &quot;%1&quot; to place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s own Odoo: its admins see this link too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::StatusLinksPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a link to open it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s status links, checked live each time you open this tab. As an owner you add, edit, reorder and remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s status links and those of your tenants (%1), checked live each time you open this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s status links, checked live each time you open this tab. Owners maintain the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status links yet. Add the platform&apos;s status page, Grafana or Keycloak&apos;s console with Add…; everyone then sees them checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status links yet. An owner adds them (the platform&apos;s status page, Grafana, …); they are checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All up: %1 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only owners change the status links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link everyone (or one tenant&apos;s admins) sees checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started for %1; copy the address from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status link &quot;%1&quot; is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status link is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status link &quot;%1&quot; is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is at place %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SupabaseKb</name>
    <message>
        <source>The Supabase project %1 refused the key (HTTP %2): check that the vault key &quot;%3&quot; holds this project&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 does not expose the schema &quot;%2&quot; (HTTP 406): add it to the exposed schemas of the project&apos;s API settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 has no search function in the schema &quot;%2&quot; taking these arguments (HTTP 404)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 answered HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase answer is not a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the Supabase answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or neither text nor null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;score&quot; is missing or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another tenant reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query vector holds a value that is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query vector needs 1 to 8192 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Supabase knowledge source; set one with &quot;fusionctl kb source set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key &quot;%1&quot; of the Supabase source of %2 is revoked or gone: set another with &quot;fusionctl kb source set %2 --key …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the Supabase project %1 was closed before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase answer is larger than 16 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer in HTTP: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Superset</name>
    <message>
        <source>Superset at %1 answered HTTP %2 with a web page instead of JSON: is a proxy in front of it failing, or is this not Superset&apos;s address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 does not let this user do that (HTTP 403%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 refused the request (HTTP 400%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 failed with HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 answered with something that is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 answered with JSON that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dashboard_title&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;uuid&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;slug&quot; is neither text nor null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;published&quot; is missing or not true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; does not point into this Superset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;changed_on_utc&quot; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 refused the user name or password (HTTP %2%3): check the credentials in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 answered the login without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 refused the refresh token (HTTP %2%3): log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 answered the refresh without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 refused the access token (HTTP %2%3): log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 answered a list without its &quot;count&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 answered a list without its &quot;result&quot; rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1 of the Superset answer from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SupersetClient</name>
    <message>
        <source>Superset at %1 needs a user name and a password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Superset refresh token for %1: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Superset access token for %1: log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 had more pages after %2: the list is stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of dashboards in Superset at %1 changed while they were listed (%2, then %3): list them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 gave more dashboards than the %2 it counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset at %1 counted %2 dashboards but gave only %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SupportPane</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post to channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check and do when an operation fails. A failed operation links to the runbook of its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an owner you see every request, open them for any tenant, answer, close and edit the runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see every tenant&apos;s requests and answer, close or reopen them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You read the requests; operators answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No support requests here. Open one with &lt;b&gt;Open request…&lt;/b&gt; when a tenant needs help; change the filters above to see closed ones.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No support requests here. Tenant admins open them from their Support pane; change the filters above to see closed ones.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to read it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant admins and owners open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to a tenant&apos;s Mattermost channel (confirmed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is open; operators see it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your request #%1 &quot;%2&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to the channel of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to the channel of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent; the request is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent; the request is open for the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the requests of your tenants (%1), open new ones and reply in their threads; operators answer them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators and owners close and reopen requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance reads the requests; operators, owners and the tenant&apos;s admins reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not posted to the channel of %1: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SupportRequests</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was changed meanwhile by another session; nothing was written. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; use open, answered or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity; use low, normal, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no support request %1 you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs a subject of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem in 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support request for %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators see it in their Support pane and answer it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an answer of 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer support request %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close support request %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen support request %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed; reopen it before writing on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message of 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees the reply in the request&apos;s thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators see the reply in their Support pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message cannot be edited or deleted once sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to support request %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is answered already; reply in its thread to add to the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread so far stays; the next reply continues it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::SupportThreadView</name>
    <message>
        <source>Re&amp;ply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · #%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1 on %2 UTC. Reopen it to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: waiting for %1 to reply or for the request to be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet: waiting for the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: waiting for the operators&apos; reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed; reopen it to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… Everyone who may see the request reads it; it cannot be edited once sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed request takes no replies; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply in the box first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply opens the request again for the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply answers the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TagDialog</name>
    <message>
        <source>Record a tested image tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tags recorded here can be the target of an image upgrade in their environment. Record the exact tag that passed, never a moving one such as &quot;latest&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tested, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the image and its tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TemplateDialog</name>
    <message>
        <source>Infra template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm &amp;chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Odoo image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment defaults (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantBillingPanel</name>
    <message>
        <source>Your role does not see billing amounts: this tenant&apos;s invoices and AI spend are for owners and finance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend in %1: %2 of the %3 the plan includes — %4 over, invoiced at month end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend in %1: %2 of the %3 the plan includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit note of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet: they appear once the month is invoiced (Billing → Generate…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantDetailView</name>
    <message>
        <source>One database per tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One schema per tenant (shared database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Odoo URL is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant was changed elsewhere. Your unsaved edits are kept; saving them will show what changed if they overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: %1 — %2 installed, %3 pending, %4 modules in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1 · Odoo image %2 · PostgreSQL image %3 · size %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decommissioned tenant cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are still in the form; Save again to apply them over the current values, or Revert to take those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundles are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the module bundles assigned to this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Odoo connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set and test how Fusion Console reaches this tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the modules installed in this tenant&apos;s Odoo and record them (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the modules of %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modules of %1&apos;s Odoo are as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 modules of %2&apos;s Odoo, %3 installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an upgrade of this tenant to a tested image tag, in a maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an operation for its timeline, log and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ETL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n webhook workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase RPC function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as tenant portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the portal this tenant&apos;s admins see (a preview: its actions are disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant portal preview is for owners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantDriftModel</name>
    <message>
        <source>No installed modules are recorded for this tenant yet: sync its modules from its Odoo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (wanted, not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not wanted by any bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantHealth</name>
    <message>
        <source>In error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In error, %n recent failure(s)</source>
        <translation>
            <numerusform>In error, %n recent failure</numerusform>
            <numerusform>In error, %n recent failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent failure(s)</source>
        <translation>
            <numerusform>%n recent failure</numerusform>
            <numerusform>%n recent failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::TenantHealthModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantKpiModel</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace %1. Double-click to open the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantListModel</name>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantRepository</name>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant no longer exists or your role may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations cursor &quot;%1&quot; holds no creation time; page from the first or last page instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantResources</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage · %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage · no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus not set up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kubernetes namespace Prometheus could report on (it is not running, or its namespace is not set on the Infra tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live from Prometheus, sampled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantService</name>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active tenants or tenants in error can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paused tenants can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active tenants or tenants in error can be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already decommissioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 is %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Odoo workspace is stopped; users cannot sign in until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Odoo workspace is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its containers are recreated from the infra template; data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its workspace is shut down for good; this cannot be undone from Fusion Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant no longer exists or your role may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug: &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak realm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database strategy: use db_per_tenant or schema_per_tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: there is no plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle: there is no bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a 30-day trial subscription on plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigns bundle %1 (%n module(s) marked pending).</source>
        <translation>
            <numerusform>Assigns bundle %1 (%n module marked pending).</numerusform>
            <numerusform>Assigns bundle %1 (%n modules marked pending).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configures SSO with Keycloak realm %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; was taken meanwhile; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tenant %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s plan changes as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change billing of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change SSO of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change analytics of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues the operation &quot;%1&quot; for the automation to carry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decommissioned tenant cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the bundles of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marks %n module(s) pending installation: </source>
        <translation>
            <numerusform>Marks %n module pending installation: </numerusform>
            <numerusform>Marks %n modules pending installation: </numerusform>
        </translation>
    </message>
    <message>
        <source>Modules of unassigned bundles stay installed until someone removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this tenant&apos;s bundles meanwhile; nothing was saved. Open the bundles again to see the current ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template: there is no template &quot;%1&quot;, or it is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Supabase project is its reference (lowercase letters, digits and &apos;-&apos;, as in https://REF.supabase.co) or its http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ETL target has up to 200 letters, digits and _ . / -, and starts with a letter, a digit or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An n8n ETL check needs the webhook&apos;s path (what follows /webhook/, e.g. acme/etl) as its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Supabase ETL check needs the RPC function&apos;s name (letters, digits and &apos;_&apos;) as its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Supabase ETL check needs the Supabase project and the schema its function is called in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantValidation</name>
    <message>
        <source>Enter a slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug has at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lowercase letters a–z, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug starts with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug does not end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slug has no double hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put credentials in a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubernetes namespace has up to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database name has up to 63 letters, digits, &apos;_&apos;, &apos;$&apos; or &apos;-&apos;, and starts with a letter or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency group has at most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency group cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realm name uses letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema name has up to 63 lowercase letters, digits and &apos;_&apos;, and starts with a letter or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TenantsPane</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agency groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant is one customer workspace: its Odoo, database, SSO and billing. Create the first one, or load demo data from the File menu to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3 tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n tenant(s) · counting…</source>
        <translation>
            <numerusform>The last %n tenant · counting…</numerusform>
            <numerusform>The last %n tenants · counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::TestCallDialog</name>
    <message>
        <source>Test Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real call, made as the consumer makes it: the access rules decide, it is paid from the budget and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with one word: ready?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x output tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed (logged, no cost): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in %2 ms: %3 tokens in (%4 cached), %5 out, cost %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no price)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::TrustDialog</name>
    <message>
        <source>Trust a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server whose certificate no authority on this machine vouches for (a private CA or a self-signed certificate). Paste the certificate&apos;s SHA-256 fingerprint as the server&apos;s owner gives it — for example from &quot;openssl x509 -noout -fingerprint -sha256&quot; on the server — never one copied from a connection you do not trust yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UpgradeDialog</name>
    <message>
        <source>Upgrade images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;active tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These &amp;tenants (slugs, one per line or separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave / tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image tag is recorded as tested here: record one first (Tested tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance window is coming up: create one first (Maintenance windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 (%n tenant(s))</source>
        <translation>
            <numerusform>Wave %1 (%n tenant)</numerusform>
            <numerusform>Wave %1 (%n tenants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not upgraded (%n)</source>
        <translation>
            <numerusform>Not upgraded (%n)</numerusform>
            <numerusform>Not upgraded (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) to %1 in %2 wave(s).</source>
        <translation>
            <numerusform>%n tenant to %1 in %2 wave(s).</numerusform>
            <numerusform>%n tenants to %1 in %2 wave(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::UsageAggregate</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageAggregator</name>
    <message>
        <source>Give the date to prune before (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning keeps at least the last month: give a date on or before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PostgreSQL the log is dropped by whole months: give the first day of a month (for example %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s) not aggregated)</source>
        <translation>
            <numerusform>%1 (%n row not aggregated)</numerusform>
            <numerusform>%1 (%n rows not aggregated)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pruned: run the aggregation first. Not yet aggregated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the usage log before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily aggregates, charts and budgets keep these months; the raw calls are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not pruned: %n row(s) before that date are not aggregated yet; run the aggregation first.</source>
        <translation>
            <numerusform>Not pruned: %n row before that date is not aggregated yet; run the aggregation first.</numerusform>
            <numerusform>Not pruned: %n rows before that date are not aggregated yet; run the aggregation first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the usage log before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily aggregates, charts and budgets keep these days; the raw calls are gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageCharts</name>
    <message>
        <source>Daily cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and errors per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timed calls in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%.0f ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%.1f ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, forecast %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, no budget, forecast %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageFileImport</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)</source>
        <translation>
            <numerusform>Checking %n row</numerusform>
            <numerusform>Checking %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storing %n row(s)</source>
        <translation>
            <numerusform>Storing %n row</numerusform>
            <numerusform>Storing %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::UsageFileReader</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_at &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_at &quot;%1&quot; has no time zone (add Z or an offset such as +02:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB; at most %2 MiB are imported at once: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file grew over %1 MiB while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (the header) is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (or holds a NUL character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than %1 rows; import it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote in the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not valid CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns (%1); %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost &quot;%1&quot; is not an amount (at most six decimals, up to a billion)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageImport</name>
    <message>
        <source>there is no provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) are not valid (see the report).</source>
        <translation>
            <numerusform>Nothing imported: %n row is not valid (see the report).</numerusform>
            <numerusform>Nothing imported: %n rows are not valid (see the report).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n usage row(s) from %1</source>
        <translation>
            <numerusform>Import %n usage row from %1</numerusform>
            <numerusform>Import %n usage rows from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already imported are skipped</source>
        <translation>
            <numerusform>%n row already imported is skipped</numerusform>
            <numerusform>%n rows already imported are skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid and are left out (see the report)</source>
        <translation>
            <numerusform>%n row is not valid and is left out (see the report)</numerusform>
            <numerusform>%n rows are not valid and are left out (see the report)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registers %n new consumer(s): %1</source>
        <translation>
            <numerusform>Registers %n new consumer: %1</numerusform>
            <numerusform>Registers %n new consumers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1 to the consumers&apos; spending (and to their budgets&apos; counters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used tokens of a model without a price: stored as unpriced, listed by &quot;fusionctl usage unpriced&quot;</source>
        <translation>
            <numerusform>%n row used tokens of a model without a price: stored as unpriced, listed by &quot;fusionctl usage unpriced&quot;</numerusform>
            <numerusform>%n rows used tokens of a model without a price: stored as unpriced, listed by &quot;fusionctl usage unpriced&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record usage of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in / out / cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no price for &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers consumer %1, which is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the file was read to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after it was checked; nothing was imported. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not checked before it was planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageImportAction</name>
    <message>
        <source>Import Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage files (*.csv *.jsonl *.ndjson *.json);;CSV files (*.csv);;JSON lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped importing %1; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Imported %n row</numerusform>
            <numerusform>Imported %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already imported</source>
        <translation>
            <numerusform>, skipped %n already imported</numerusform>
            <numerusform>, skipped %n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected.</source>
        <translation>
            <numerusform>, %n rejected.</numerusform>
            <numerusform>, %n rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage from a CSV or JSON lines file; you see what will be stored before anything is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing in one transaction; it runs to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop importing; nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsagePane</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack cost by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ggregate Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend &amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Page as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregating %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 · aggregated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 · not aggregated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n call(s), newest first</source>
        <translation>
            <numerusform>Page %1 · %n call, newest first</numerusform>
            <numerusform>Page %1 · %n calls, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold new usage into the daily aggregates now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of the period&apos;s end, for the chosen tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant in the filters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Spend Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped aggregating after %n row(s); what was folded stays, the rest is folded next time.</source>
        <translation>
            <numerusform>Stopped aggregating after %n row; what was folded stays, the rest is folded next time.</numerusform>
            <numerusform>Stopped aggregating after %n rows; what was folded stays, the rest is folded next time.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Aggregating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the batch in hand; what was folded stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageQuery</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageRecord</name>
    <message>
        <source>occurred_at is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_at is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_at is before 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters or holds control or undecodable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over a billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens_cached is more than tokens_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost is negative or over a billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency_ms is negative or over a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status must be ok, error or denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http_status must be from 100 to 599</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UsageWriter</name>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UserLimitDialog</name>
    <message>
        <source>Edit User Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set User Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s limits apply on top of every consumer&apos;s rules: the user&apos;s calls are refused once any of them is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse every call made for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::UserLimitModel</name>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::WindowDialog</name>
    <message>
        <source>New maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tenants were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the window as tenants know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That window would already be over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::WorkflowToggle</name>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate n8n workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate n8n workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its triggers and production webhook start answering in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its triggers and production webhook stop in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It runs the automation of %n tenant(s): %1.</source>
        <translation>
            <numerusform>It runs the automation of %n tenant: %1.</numerusform>
            <numerusform>It runs the automation of %n tenants: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an n8n workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating workflow %1 in n8n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating workflow %1 in n8n…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n made the change, but it could not be audited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::WorkspaceOdoo</name>
    <message>
        <source>Your role may not propose Odoo changes: no Odoo project or channel is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has no Odoo connection: no Odoo project or channel is proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project %1 for workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Discuss channel %1 for workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes in tenant %1&apos;s Odoo a project and a Discuss channel named &quot;%2&quot;; nothing is sent to Odoo until each proposal is executed, which asks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::Workspaces</name>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the owner role in workspace %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the admin or owner role in workspace %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 must keep at least one owner: make someone else owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace name is 1 to 120 characters (this has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description is at most 4000 characters (this has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visibility is private, internal or public, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member&apos;s role is member, admin or owner, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 already has a workspace named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this change to workspace %1: your role in it or on the platform does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 or its members were changed by someone else meanwhile; nothing was changed. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace %1 (or you may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot; (or you may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 has no workspace &quot;%2&quot; (or you may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tenants have a workspace &quot;%1&quot;: name the tenant, or use the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a workspace in tenant %1 needs a platform staff role (owner, operator or finance) or that tenant&apos;s admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace &quot;%1&quot; in tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 was changed by someone else (version %2, not %3); look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 already has these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making someone owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2 of workspace %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to workspace %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving or taking ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 %2 of workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1) are not a member of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is private: you will no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace %1 of tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removes its %n member(s).</source>
        <translation>
            <numerusform>Removes its %n member.</numerusform>
            <numerusform>Removes its %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its Odoo project and channel stay in Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::WritePlan</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ai::ChatStream</name>
    <message>
        <source>The provider sent a chunk that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer carries no readable token usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an event that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::ai::Redactor</name>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s)</source>
        <translation>
            <numerusform>%n card number</numerusform>
            <numerusform>%n card numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IBAN(s)</source>
        <translation>
            <numerusform>%n IBAN</numerusform>
            <numerusform>%n IBANs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n IP address</numerusform>
            <numerusform>%n IP addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vault secret(s)</source>
        <translation>
            <numerusform>%n vault secret</numerusform>
            <numerusform>%n vault secrets</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing redacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::cli</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema is now at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded demo data: %1 tenants, %2 operations, %3 bundles, %4 modules, %5 plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 rows checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login has a Fusion Console role yet. Grant one with &quot;fusionctl roles grant LOGIN ROLE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TENANTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --sort &quot;%1&quot;; use name, slug, status, plan, agency, region, updated or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants yet. Create one with &quot;fusionctl tenants create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENCY GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription: %1, %2, %3 → %4, next invoice %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO: realm %1, client %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics: %1/%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: %1 installed, %2 pending, %3 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants create needs --slug and --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created tenant %1 (operation %2 queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 is %2 (operation %3 queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants edit needs at least one --set FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no infra template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit one record at a time: tenant fields, bundles, billing.*, sso.* or analytics.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odoo connect needs --url, --db (the Odoo database) and --login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the password or API key on standard input with --password-stdin (never as an argument, where other users and the shell history could see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin read an empty password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Odoo %1, uid %2, %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the Odoo connection of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1; narrow the search or raise --limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo has no partner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3 #%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved proposal %1. Review it with &quot;fusionctl odoo proposal show %1&quot; and run it with &quot;fusionctl odoo proposal execute %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to propose (partner, lead, project, tasks, activity, event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose partner, lead, project, tasks, activity or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partner, --project, --user and --revenue take a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPOSED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal id is a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled proposal %1; nothing was sent to Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 failed part-way; the steps above say what is in Odoo now. Nothing was retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module of bundle %1 is already installed in %2&apos;s Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: %2 installed, %3 not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned bundle %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 modules of %2&apos;s Odoo, %3 installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, execute, cancel or abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed proposal %1 as failed; check in Odoo what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odoo proposal show|execute|cancel|abandon ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No installed modules are recorded for %1 yet; run &quot;fusionctl odoo modules %1&quot; to read them from its Odoo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tenant in scope has exactly what its bundles want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not synced) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUNDLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT WANTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned bundle %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundles edit needs at least one of --name, --type, --version, --description, --modules, --add-module, --remove-module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet. Add one with &quot;fusionctl keys add PROVIDER --label L --secret-stdin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALIDATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider action (add or set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys provider add|set CODE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the secret on standard input with --secret-stdin (never as an argument, where other users and the shell history could see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys set-default needs --key LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys revoke needs --key LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: revoked, but the keychain item %1 could not be deleted: %2 Run the same command again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1/%2; its secret is deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys validate needs a provider (and optionally --key LABEL), or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys rotate needs --key OLD-LABEL and --label NEW-LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new secret on standard input with --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated: %1 is the default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-stdin read an empty passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the passphrase on standard input with --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>Exported %n key to %1.</numerusform>
            <numerusform>Exported %n keys to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every key in the file is already here with the same secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the system parameters of %1&apos;s Odoo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials in %1&apos;s system parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARAMETER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOOKS LIKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN THE VAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plaintext copy(ies) of vault keys to clean up</source>
        <translation>
            <numerusform>%n plaintext copy of a vault key to clean up</numerusform>
            <numerusform>%n plaintext copies of vault keys to clean up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) the vault does not know.</source>
        <translation>
            <numerusform>%n credential the vault does not know.</numerusform>
            <numerusform>%n credentials the vault does not know.</numerusform>
        </translation>
    </message>
    <message>
        <source>operation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed operation %1 as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access check --consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--estimate takes an amount such as 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access rules yet: &quot;fusionctl access set --consumer C --provider P ...&quot; adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSUMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THIS MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the access rule of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access remove --consumer C --provider P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the access rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--block and --unblock together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the limits of user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KILL SWITCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer %1 may call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open budget alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access ack ID... | --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call openai|anthropic --consumer C --model M (--prompt TEXT | --prompt-stdin) [--feature F] [--user U] [--system TEXT] [--max-tokens N] [--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: denied (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: the call failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tokens in (%3 cached), %4 out, %5, %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage record --consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (cost %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n row not imported:</numerusform>
            <numerusform>%n rows not imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--json lists them all)</source>
        <translation>
            <numerusform>  … and %n more (--json lists them all)</numerusform>
            <numerusform>  … and %n more (--json lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>Imported %n row</numerusform>
            <numerusform>Imported %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already imported</source>
        <translation>
            <numerusform>, skipped %n already imported</numerusform>
            <numerusform>, skipped %n already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to aggregate (up to row %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Aggregated %n row(s) in %1 ms (log rows %2 to %3).</source>
        <translation>
            <numerusform>Aggregated %n row in %1 ms (log rows %2 to %3).</numerusform>
            <numerusform>Aggregated %n rows in %1 ms (log rows %2 to %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s) of calls that never finished.</source>
        <translation>
            <numerusform>Released %n expired reservation of calls that never finished.</numerusform>
            <numerusform>Released %n expired reservations of calls that never finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage prune --before YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All usage is priced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows used tokens of models without a price; add the prices with &quot;fusionctl usage price set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes consumer, provider, model, feature, user or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregated usage from %1 to %2 (run &quot;fusionctl usage aggregate&quot; for the latest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNPRICED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPUT/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CACHED/M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage price set PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S] (amounts per million tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access set|propose --consumer C --provider P [--enable|--disable] [--monthly AMOUNT|none] [--daily AMOUNT|none] [--rpm N|none] [--rpd N|none] [--notes T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (proposal %1); an owner approves or rejects it with &quot;fusionctl access approve|reject %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending access proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access ack takes alert ids (positive whole numbers) or --all, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set it with &quot;fusionctl odoo connect&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store one with &quot;fusionctl odoo connect&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profiles. Add one with &quot;fusionctl profiles add NAME --url URL --password-stdin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles add needs --url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1; its password is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new password on standard input with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of profile %1 in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes its password from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a profile name, or --none for the embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl and the app now open profile %1 by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl and the app now open the embedded SQLite file by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add --skip-validation to rotate without the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVG LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI providers yet. Add one with &quot;fusionctl ai provider add NAME --type TYPE …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the provider&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapa project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is required: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added AI provider &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI audit kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Threads closed after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a message</source>
        <translation>
            <numerusform>%n day without a message</numerusform>
            <numerusform>%n days without a message</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the AI platform&apos;s retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI audit rows deleted: %1; idle threads closed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCESSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events receive needs --source and --type (the payload comes on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the payload (a JSON object or array) from standard input; end it with Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received as event %1 (source %2, ref %3); nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received (source %1, ref %2); nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events waiting (--processed all lists every one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events process takes event ids (positive whole numbers), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked processed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VARIABLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template is read from standard input, for example: &lt; template.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompts yet. Add one with &quot;fusionctl ai prompt add CODE --name NAME&quot;, the template on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added prompt &quot;%1&quot;; version 1 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and published version %1 of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of &quot;%2&quot;; version %3 stays published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version to compare from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version to compare with is a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask takes the question as words or with --question-stdin, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ai ask QUESTION… (or --question-stdin, or --prompt CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread %1 · %2 · %3 tokens in, %4 out · %5 · %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: the answer is not complete (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threads yet. Ask something with &quot;fusionctl ai ask QUESTION&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thread matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback is &quot;up&quot; or &quot;down&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: feedback on answer %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDACTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI audit rows match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must be at least %1 characters (it has %2); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must be at most 4096 characters; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may hold only letters, digits and - . _ ~ + / (then = padding); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the token in the OS keychain as %1, nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the current token: senders using it are refused (401) until they use the new one, and a running &quot;events serve&quot; keeps the old one until it is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the events intake token with a new random one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the events intake token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is in the OS keychain and is not shown again: give it to the sender as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the token on standard input with --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the events intake token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the events intake token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the events intake token in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no events intake token in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the events intake token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes %1 from the OS keychain: &quot;events serve&quot; will not start until a new token is made, and a running one keeps its copy until it is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the events intake token from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address and port such as 127.0.0.1:8787 or [::1]:8787</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, event %3 (already received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, event %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (already received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events serve needs --listen ADDR:PORT (for example 127.0.0.1:8787)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no longer listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot catch SIGTERM and SIGINT here; stopping will not be clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no events intake token in the OS keychain: make one with &quot;fusionctl events token generate&quot;. Nothing is listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost; stopped listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on http://%1:%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHUNKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODOO CHANGES UP TO (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Knowledge base of %1: %2 new, %3 changed, %4 removed chunks (from %n Odoo record(s)).</source>
        <translation>
            <numerusform>Knowledge base of %1: %2 new, %3 changed, %4 removed chunks (from %n Odoo record).</numerusform>
            <numerusform>Knowledge base of %1: %2 new, %3 changed, %4 removed chunks (from %n Odoo records).</numerusform>
        </translation>
    </message>
    <message>
        <source>kb search needs the words to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chunk holds every one of these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is empty; fill it with &quot;fusionctl kb sync SLUG&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MY ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active workspaces you can see (--all adds archived ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspaces create needs --tenant and --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace &quot;%1&quot; (id %2); you are its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odoo proposals %1 wait for review (fusionctl odoo proposal show ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspaces edit needs --name, --description, --visibility or --active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 of workspace %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member&apos;s role is member, admin or owner, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMBEDDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Knowledge base of %1: %2 of %n chunk(s) embedded in %3 request(s), %4 tokens (%5).</source>
        <translation>
            <numerusform>Knowledge base of %1: %2 of %n chunk embedded in %3 request(s), %4 tokens (%5).</numerusform>
            <numerusform>Knowledge base of %1: %2 of %n chunks embedded in %3 request(s), %4 tokens (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed while being embedded and wait(s) for the next run.</source>
        <translation>
            <numerusform>%n changed while being embedded and waits for the next run.</numerusform>
            <numerusform>%n changed while being embedded and wait for the next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the rest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is words, vector or hybrid, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Supabase project %1 (schema %2, tenant %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the local knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local (kb sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge of %1 is now read from Supabase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge of %1 is the local knowledge base again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a soft limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is now marked as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 1 to 1000000, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft tenant limit of %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are frozen: nothing new starts until they are unfrozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are unfrozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TESTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tested image tags. Record one with &quot;fusionctl infra tags add IMAGE:TAG&quot; once it has passed testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE:TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as tested in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance window is coming up. Create one with &quot;fusionctl maintenance create NAME --start TIME --end TIME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the window&apos;s --start and --end, e.g. --start 2026-12-12T02:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the maintenance window &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The window is cancelled, with %n waiting operation(s).</source>
        <translation>
            <numerusform>The window is cancelled, with %n waiting operation.</numerusform>
            <numerusform>The window is cancelled, with %n waiting operations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the tested --image IMAGE:TAG and the maintenance --window ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tenants with --tenant SLUG (repeatable), or give --all-active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to %1 in &quot;%2&quot; (%3): %n tenant(s).</source>
        <translation>
            <numerusform>Upgrade to %1 in &quot;%2&quot; (%3): %n tenant.</numerusform>
            <numerusform>Upgrade to %1 in &quot;%2&quot; (%3): %n tenants.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Wave %1 at %2 UTC (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Not upgraded: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n upgrade(s) in %1 wave(s).</source>
        <translation>
            <numerusform>Scheduled %n upgrade in %1 wave(s).</numerusform>
            <numerusform>Scheduled %n upgrades in %1 wave(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image upgrade is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the upgrade operations to cancel (see &quot;fusionctl upgrades list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n upgrade(s).</source>
        <translation>
            <numerusform>Cancelled %n upgrade.</numerusform>
            <numerusform>Cancelled %n upgrades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (window &quot;%2&quot;, wave %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log events%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older events are not shown: the last %1 days, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued operation %1, a re-run of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(certificate SHA-256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test login of %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active is yes or no, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n has no such workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n has no workflows tagged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all reads every page: it takes no --cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: add --cursor %1 for the next page, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n has no such executions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKFLOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an n8n workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1 (%2) is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1 (%2) is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation run needs --tenant SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automation run needs the workflow&apos;s webhook path (--path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --type TYPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: operation %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is running; n8n&apos;s execution is not known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 is running as n8n execution %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset has no dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1 of %2 cores (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes ready: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PODS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Kubernetes namespace recorded; its resources cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODOO IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not tested here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTGRESQL IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infra templates. Create one with &quot;fusionctl infra templates create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the infra template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the infra template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infra template &quot;%1&quot; is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed operations link to no runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed operations link to runbooks under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys provider set needs one of --base-url URL, --reset, --trust-sha256 HEX or --no-trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REALM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDIRECT URIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No realm templates. Create one with &quot;fusionctl sso templates create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the realm template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: the ETL test of %1 failed after %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ETL test of %1 succeeded: HTTP %2 in %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset has no dashboard linked to %1 (by its address, its slug or title, or a %2 tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no n8n instance; add one with &quot;fusionctl keys provider add n8n --name n8n --base-url URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BILLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI ALLOWANCE/MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans yet. Create one with &quot;fusionctl billing plan set CODE --name N --price X&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new plan needs --name and --price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit note of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices%1. Generate a month&apos;s with &quot;fusionctl billing generate --period YYYY-MM&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing invoice pdf ID --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices are issued by:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing generate --period YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated %n draft invoice(s) for %1, totalling %2.</source>
        <translation>
            <numerusform>Generated %n draft invoice for %1, totalling %2.</numerusform>
            <numerusform>Generated %n draft invoices for %1, totalling %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing credit ID --amount X --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook (in app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fusionctl runbooks show %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited by %1 on %2; &quot;fusionctl runbooks reset %3&quot; brings the shipped text back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the shipped text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 now reads &quot;%2&quot; for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook %1 shows the shipped text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support requests%1. A tenant admin opens one with &quot;fusionctl support open --tenant SLUG --subject S --body-file F&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant SLUG is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened support request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (billing proposal %1); an owner approves or rejects it with &quot;fusionctl billing approve|reject %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing propose plan TENANT --plan CODE --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing propose credit INVOICE_ID --amount X --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing propose discount DRAFT_ID --amount X --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No billing proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending billing proposals. Finance proposes with &quot;fusionctl billing propose plan|credit|discount&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing reject ID --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opened the request):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--message TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to request %1; it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to request %1; it is open for the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status links. An owner adds one with &quot;fusionctl support links add --name N --url URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant and --platform exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name N and --url URL are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added status link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status link %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status link %1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to PLACE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status link %1 is at place %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All up: %1 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of --page, --first, --last, --after and --before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; is not one this list printed for --sort %2; repeat the --sort (and --desc) of the list that printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message>
        <source> · next: --after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · previous: --before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--json lists the first %1)</source>
        <translation>
            <numerusform>  … and %n more (--json lists the first %1)</numerusform>
            <numerusform>  … and %n more (--json lists the first %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (standby, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of --first, --last, --after and --before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is at most 1000 with --first, --last, --after or --before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; is not one &quot;operations list&quot; printed; use the next: or previous: cursor under a page, or --first or --last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::cli::Args</name>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is a positive whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount such as 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount such as 25 or 12.50, or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number, or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time with a zone, e.g. 2026-11-29T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::cli::Cli</name>
    <message>
        <source>Current values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;fusionctl --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: not confirmed: standard input is not a terminal. Nothing was changed; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Type &quot;%1&quot; to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --db or --profile, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUSION_DB: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default connection profile &quot;%1&quot; no longer exists; choose another with &quot;fusionctl profiles use&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at %1 yet; &quot;fusionctl db migrate&quot; creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 yet. Create it with &quot;fusionctl db migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--verbose shows all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusionctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::cli::CommandRegistry</name>
    <message>
        <source>Usage: fusionctl </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fusionctl %1 ACTION ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fusionctl %1 ACTION --help&quot; explains one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its other commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fusionctl [--db URL | --profile NAME] [--json] [--yes] [--verbose] [--lang LANG] COMMAND ...

Store: --db sqlite:///path/file.db or postgresql://user@host:port/db, else $FUSION_DB, else the
default profile (fusionctl profiles use NAME), else the embedded SQLite file.

Commands (&quot;fusionctl COMMAND --help&quot; explains one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write shows what will change and asks; without a terminal it needs --yes.
A server&apos;s long error (a traceback, an error page) shows its first lines; --verbose shows all of it.
Exit codes: 0 ok, 1 error, 2 usage error, 3 not confirmed, 4 permission denied, 5 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command: --db URL | --profile NAME, --json, --yes, --verbose, --lang LANG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::cli::Commands</name>
    <message>
        <source>--consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit 0 allow, 3 deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--consumer C]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access rules: who may call which provider, within which limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumers with their spend and state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user limits and this month&apos;s use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget alerts not yet acknowledged (--all: every one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID...|--all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge budget alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consumer C --provider P [--enable|--disable] [--monthly A|none] [--daily A|none]
[--rpm N|none] [--rpd N|none] [--notes T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or change an access rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consumer C --provider P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an access rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSUMER [--reason R]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop every call of a consumer at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSUMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a stopped consumer call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--monthly A|none] [--daily-requests N|none] [--block|--unblock] [--notes T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a user&apos;s limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consumer C --provider P [rule options] [--reason R]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance: an owner approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed rule changes waiting for an owner (--all: decided ones too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a proposed rule change (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject a proposed rule change (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the modules of a tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module bundles with their modules and tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle, its modules and the tenants it is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE --name N --modules M,M... [--type T] [--version V] [--description D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>define a bundle of Odoo modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE [--name N] [--type T] [--version V] [--description D] [--modules M,M...]
[--add-module M]... [--remove-module M]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a bundle or its module list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a bundle no tenant uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign a bundle to a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a bundle from a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install the bundle&apos;s missing modules in the tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[SLUG] [--bundle CODE] [--include-core] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanted vs installed modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai|anthropic --consumer C --model M (--prompt TEXT|--prompt-stdin) [--feature F] [--user U]
[--system TEXT] [--max-tokens N] [--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked, paid from the budget, logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version and pending migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or upgrade the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the providers keys can be kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--provider P] [--all] [--expiring-days N] [--unused-days N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys with their state, expiry and last use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER [--key LABEL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one key (the default unless --key), never its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER --label L --secret-stdin [--client-id ID] [--expires DATE] [--default] [--notes T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a key; its secret goes to the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PROVIDER] [--key LABEL] [--all] [--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the provider whether a key still works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER --key OLD --label NEW --secret-stdin [--skip-validation] [--grace-days N]
[--expires DATE] [--client-id ID] [--notes T] [--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace a key with a new one, the old one kept for the grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER --key LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a key its provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for the label, deletes the keychain item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the secret for a program (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials in a tenant&apos;s Odoo system parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--provider P]... [--key PROVIDER/LABEL]... --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write keys to a passphrase-protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shows what is added or replaced, then asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG --url URL --db DB --login LOGIN --password-stdin [--trust-fingerprint SHA256]
[--reads-per-minute N] [--writes-per-minute N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test, then store a tenant&apos;s Odoo connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server version, uid and latency of a tenant&apos;s Odoo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--search Q] [--email E] [--phone P] [--website W] [--companies] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s Odoo contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner with its leads, projects, tasks, activities, events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--partner ID] [--email E] [--name N] [--stage S] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s CRM leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--partner ID] [--name N] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--project ID] [--partner ID] [--name N] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s project tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--partner ID] [--model M] [--record ID] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s scheduled activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--partner ID]... [--name N] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s calendar events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a module install left running (app closed) as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--search Q] [--action A] [--tenant SLUG] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that no audit row was altered or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logins with a Fusion Console role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN ROLE [--tenant SLUG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a login a role (a tenant admin for one tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a role from a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login, database and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved connections; * marks the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --url URL [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a connection; its password goes to the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace a profile&apos;s password in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a connection and its password (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|--none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile the app and fusionctl open by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner|lead|project|tasks|activity|event SLUG --case ID [fields]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a proposed change (nothing goes to Odoo yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--state S|all] [--tenant SLUG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed changes, pending ones unless --state says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show|execute|cancel|abandon ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review, run once (asks), drop, or close as failed a proposal left executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants, filtered and sorted, a page at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tenant with its billing, SSO, bundles and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slug S --name N [--agency G] [--plan P] [--bundle B]... [--template T]
[--region R] [--db-strategy db_per_tenant|schema_per_tenant] [--db-host H]
[--odoo-url URL] [--realm R] [--client-id C] [--redirect-uri URI]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a tenant and queue its provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause a tenant (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume a paused tenant (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild a tenant&apos;s deployment (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decommission a tenant (type its slug to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG --set FIELD=VALUE... [--expect-version N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a tenant&apos;s fields, bundles, billing.*, sso.* or analytics.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] [--tokens-cached N]
[--cost A] [--latency-ms N] [--status ok|error] [--at TIME] [--request-id ID] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record one call made outside fusionctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE [--strict]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or JSON lines; bad rows reported by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--rebuild]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the daily totals up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--before DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete raw usage rows before a day (the totals stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage with no price for its model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--by consumer|provider|model|feature|user|day] [--from DATE] [--to DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend and tokens from the daily totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--provider P]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price a model per million tokens from a day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--tenant SLUG | --platform] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI providers with their statistics from the usage log (--all: inactive too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|ID [--tenant SLUG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one AI provider, its settings and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --type openai|anthropic|ollama|kapa [--tenant SLUG] [--model M]
[--key LABEL] [--base-url URL] [--project ID] [--embedding-model M]
[--sequence N] [--default]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an AI provider for the platform or a tenant (its secret is a key-vault key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make an AI provider its scope&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let an inactive AI provider answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop sending questions to an AI provider, keeping its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete an AI provider that no thread uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--audit-retention-days N] [--thread-idle-days N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long AI audit rows are kept and threads stay open (asks before a change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete AI audit rows past their retention and close idle threads (the timer runs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source S --type T [--ref R]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store an event (JSON payload on standard input), once per source and ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--source S] [--processed yes|no|all] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events, newest first; unprocessed ones unless --processed says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event with its payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID... [--notes TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark events processed, with notes (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--tenant SLUG] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompts with their published and latest versions (--all: inactive too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE [--version N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prompt&apos;s template and variables (the published version unless named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE --name NAME [--tenant SLUG] [--var NAME]... [--note TEXT] &lt; TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a prompt; its version 1 is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE [--var NAME]... [--note TEXT] [--publish] &lt; TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a new version of a prompt (without --var: the latest version&apos;s variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a version of a prompt the published one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer an inactive prompt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop offering a prompt, keeping its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every version of a prompt, who saved it and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE FROM [TO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unified diff between two versions&apos; templates (TO: the latest; --json: hunks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE [--version N] [--set NAME=VALUE]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prompt&apos;s text with its variables filled in (the published version unless named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--search TEXT] [--active] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your AI console threads, most recent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--last N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thread&apos;s questions and answers with their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a thread (it keeps its messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a thread with its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWER_ID up|down [--comment TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate an answer (replaces your earlier rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--operation ask|search|feedback|embed|sync] [--status S] [--login L]
[--thread N] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI audit, redacted, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new random intake token for events serve, kept in the OS keychain and printed once (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep a given intake token (at least 24 characters) in the OS keychain (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the intake token from the OS keychain (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen ADDR:PORT [--max-bytes N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive events over HTTP at POST /ipai_ai_connectors/event (checks the intake token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--full]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the projects and tasks changed in a tenant&apos;s Odoo into the knowledge base (--full: all, dropping those deleted there; asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--tenant SLUG]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks, projects and tasks per tenant, and how far each was synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspaces you can see, with members and your role (--all: archived too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace with its members and Odoo links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant SLUG --name N [--description D]
[--visibility private|internal|public]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a workspace you own; proposes its Odoo project and channel (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--name N] [--description D] [--visibility V] [--active yes|no]
[--expect-version N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a workspace (admins and owners; asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace&apos;s members and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID LOGIN [--role member|admin|owner]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a member (admins; owners for an owner; asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a member (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID LOGIN member|admin|owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a member&apos;s role (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave a workspace; its last owner cannot (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a workspace and its memberships (owners; asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION… | --question-stdin [--thread N] [--provider NAME|ID] [--tenant SLUG]
[--prompt CODE [--set NAME=VALUE]...] [--no-evidence] [--no-knowledge] [--max-tokens N] [--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask the AI console; the answer streams in, citing the platform&apos;s facts and the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG [--provider openai|ollama] [--model M]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed a tenant&apos;s chunks that have no vector of the model, through the metered service layer as the consumer ai-knowledge (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY… [--tenant SLUG] [--limit N] [--mode words|vector|hybrid]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge-base chunks holding every word (or nearest in meaning, or both fused), best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a tenant&apos;s knowledge is searched: the local knowledge base or a Supabase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLUG --url URL --key KEY --tenant-ref REF [--schema kb]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s knowledge in its Supabase project (the seed&apos;s kb RPCs), with a vault key; or change it (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search a tenant&apos;s knowledge locally again (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment, tenant limits and the operations freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev|stage|prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark which environment this database runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV N|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the soft tenant limit of an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--severity S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one operation with its schedule, links and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--window ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue a finished operation again with the same payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--status running|succeeded|failed] [--message M] [--severity S]
[--logs-url URL] [--execution REF]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the automation reports back on an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop every new operation until unfrozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let operations start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--env ENV] [--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image tags tested per environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE:TAG [--component odoo|postgres] [--env ENV] [--notes N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an image tag that passed testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new upgrade may target the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance windows to come (--all: every one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --start TIME --end TIME [--notes N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window in which upgrades may run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a window and what waits in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--tenant SLUG... | --all-active) --image IMAGE:TAG --window ID
[--component odoo|postgres] [--wave-size N] [--wave-gap MINUTES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview who is upgraded when; writes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule image upgrades in waves inside a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image upgrades that have not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel scheduled upgrades before they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test login with a tenant&apos;s Keycloak client (its secret: vault key keycloak/SLUG): issuer, endpoints, token lifetime, or exactly what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift between a tenant&apos;s SSO record and its Keycloak client&apos;s redirect URIs (admin key keycloak_admin_api), with the console URL; exit 1 when they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n&apos;s workflows (a tenant&apos;s: tagged tenant:SLUG), with the n8n vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n8n&apos;s executions, newest first: one page and the cursor of the next, or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activate an n8n workflow (asks; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate an n8n workflow (asks; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call a workflow&apos;s production webhook once for a tenant, recorded as an operation (TYPE: the path&apos;s last segment unless given) with n8n&apos;s execution id (asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource KPIs from Prometheus: the platform&apos;s CPU, memory, storage and nodes, and each tenant namespace&apos;s; the last known ones with &quot;No data since&quot; when stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infra templates (--all: with the retired ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --chart C --odoo-image IMAGE:TAG --pg-image IMAGE:TAG
[--size small|medium|large|xlarge] [--env JSON] [--template-version V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template new tenants are built from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--chart C] [--odoo-image IMAGE:TAG] [--pg-image IMAGE:TAG] [--size S]
[--env JSON] [--template-version V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a template (its tenants are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new tenant is built from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL|none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where runbooks live: a failed operation links to URL/TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add CODE --name N [--kind K] [--base-url URL] [--token-url URL] [--validation V]
| set CODE --base-url URL|--reset|--trust-sha256 HEX|--no-trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a provider, or change where its API is and which certificate it may present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak realm templates the create wizard fills a tenant&apos;s SSO record from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME --realm PATTERN --client-id PATTERN [--redirect-uri PATTERN]...
[--description TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a realm template; patterns may hold {slug} and {odoo_url} (owners; asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME [--realm P] [--client-id P] [--redirect-uri P]... [--no-redirect-uris]
[--description TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a realm template (tenants&apos; SSO records are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a realm template (owners; asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a tenant&apos;s ETL check once (its n8n webhook or Supabase RPC; asks, audited): status, duration, execution id or the answer, or exactly what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset&apos;s dashboards (a tenant&apos;s: its dashboard address, its slug in the title or slug, or a tenant:SLUG tag), with the superset vault key&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the n8n instances (providers n8n and n8n-…): address, whether the API key is set, what is missing; every automation command takes --instance CODE (default n8n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--tenant SLUG] [--active yes|no] [--instance CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--workflow ID] [--status S] [--limit N] [--cursor C] [--all]
[--instance CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKFLOW_ID [--instance CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKFLOW_ID --tenant SLUG --path PATH [--type TYPE]
[--instance CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans with their price, billing period and AI allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE [--name N] [--price X] [--period monthly|yearly] [--allowance X]
[--description D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or edit a plan (amounts in dollars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each tenant&apos;s plan, status and next invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--period YYYY-MM] [--state S] [--tenant SLUG] [--csv]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices and credit notes with what is still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one invoice with its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice as a PDF with the issuer, its lines and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who issues the invoices: name, address, tax number, one per line (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft invoices of a month: plan price plus AI usage beyond the allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a draft invoice (numbered; immutable from then on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark an issued invoice as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void an issued invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --amount X --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a credit note against an issued or paid invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runbooks, shipped or edited by an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a runbook&apos;s text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE --file F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace a runbook&apos;s text for everyone (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the shipped text of a runbook again (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--state S] [--tenant SLUG] [--severity S] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support requests you may see, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant SLUG --subject S --body-file F [--severity low|normal|high|urgent]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for help about a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --body-file F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer an open request (operators, owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a request (operators, owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open an answered or closed request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant SLUG --message-file F [--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post to a tenant&apos;s Mattermost channel (asks; sent once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TENANT --plan CODE --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance: propose moving a tenant to a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVOICE_ID --amount X --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance: propose a credit note against an issued or paid invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT_ID --amount X --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance: propose a discount line on a draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing proposals waiting for an owner (--all: decided ones too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve and apply a billing proposal (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject a billing proposal (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a support request with its thread, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --message TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write in a request&apos;s thread (staff, its tenant admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--timeout S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every status link now: exit 0 all up, 1 when any is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status links you may see, in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name N --url URL [--tenant SLUG] [--description D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a status link, platform-wide or a tenant&apos;s (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--name N] [--url URL] [--tenant SLUG|--platform] [--description D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a status link (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID --to PLACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a status link at another place (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a status link (owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--status S] [--search Q] [--plan P] [--agency G]
[--sort name|slug|status|plan|agency|region|updated|created] [--desc]
[--page N | --first | --last | --after CURSOR | --before CURSOR] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--tenant SLUG] [--status S]
[--first | --last | --after CURSOR | --before CURSOR] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisioning and module operations, newest first, a page at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::xmlrpc::Reader</name>
    <message>
        <source>the body is a methodCall, not a methodResponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;methodResponse&gt;, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;methodResponse/&gt; holds no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;params/&gt; holds no return value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;params&gt; holds no return value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response carries exactly one return value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;fault/&gt; holds no fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;params&gt; or &lt;fault&gt;, found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected content after &lt;/methodResponse&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body ends in the middle of the XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML declaration is not well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body declares the encoding %1; Odoo sends UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported XML version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML declaration that is not at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body contains a document type declaration; it is refused, never expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected markup between elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text between elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--&quot; inside a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is not well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag has no valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute is not well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt;, found another element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt;, found &lt;/%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference is not terminated by &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character reference is not well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character reference names U+%1, which XML does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;&amp;&apos; that starts no reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body uses the entity &amp;%1;, which is never expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CDATA section where only a number is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CDATA section is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]]&gt;&apos; in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (0x%1) in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text next to a typed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two values in one &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;nil&gt; holds text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value type &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nest more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a struct member without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struct member &quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;array/&gt; has no &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;array&gt; has no &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault without faultCode and faultString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault whose faultString is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault whose faultCode is neither a number nor text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is %1 MB, over the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is UTF-16; Odoo sends UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid UTF-8 (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fusion::xmlrpc::Writer</name>
    <message>
        <source>text with the control character 0x%1 cannot be sent over XML-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value nests too deeply to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is too large to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 cannot be sent over XML-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of type %1 cannot be sent over XML-RPC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

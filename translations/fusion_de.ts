<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fusion Console</source>
        <translation>Über Fusion Console</translation>
    </message>
    <message>
        <source>A desktop control plane for multi-tenant Odoo Community platforms: tenants, operations, roles and an audit log you can verify. Every change is shown before it is made and recorded after.</source>
        <translation>Eine Desktop-Steuerzentrale für mandantenfähige Odoo-Community-Plattformen: Mandanten, Vorgänge, Rollen und ein überprüfbares Prüfprotokoll. Jede Änderung wird vor der Ausführung angezeigt und danach protokolliert.</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>Search action, target or actor…</source>
        <translation>Aktion, Ziel oder Akteur suchen …</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and check that no row was altered or removed</source>
        <translation>Den Hash jeder Zeile neu berechnen und prüfen, dass keine Zeile verändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>Select a row to see exactly what it recorded.</source>
        <translation>Wählen Sie eine Zeile aus, um genau zu sehen, was sie festgehalten hat.</translation>
    </message>
</context>
<context>
    <name>BundlePickerDialog</name>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message>
        <source>Check the bundles this tenant should have. Modules of newly assigned bundles are recorded as pending until an operation installs them.</source>
        <translation>Markieren Sie die Modulpakete, die dieser Mandant haben soll. Module neu zugewiesener Modulpakete werden als ausstehend vermerkt, bis ein Vorgang sie installiert.</translation>
    </message>
</context>
<context>
    <name>BundlesPane</name>
    <message>
        <source>&amp;New Bundle…</source>
        <translation>&amp;Neues Modulpaket …</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>finance-ppm</source>
        <translation>finance-ppm</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module name, e.g. crm — or several: crm, sale_management</source>
        <translation>Modulname, z. B. crm — oder mehrere: crm, sale_management</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Tenants &amp;&amp; Drift</source>
        <translation>Mandanten &amp;&amp; Abweichungen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Include &amp;core modules</source>
        <translation>&amp;Core-Module einbeziehen</translation>
    </message>
    <message>
        <source>Core modules come installed as dependencies of almost everything; leave them out to see the drift that matters</source>
        <translation>Core-Module werden als Abhängigkeiten von fast allem mitinstalliert; ohne sie bleiben die Abweichungen sichtbar, auf die es ankommt</translation>
    </message>
    <message>
        <source>Tenants &amp;in sync too</source>
        <translation>Auch Mandanten &amp;ohne Abweichung</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>Zuweisung auf&amp;heben …</translation>
    </message>
    <message>
        <source>S&amp;ync Modules…</source>
        <translation>Module a&amp;bgleichen …</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s installed modules from its Odoo and record them</source>
        <translation>Die installierten Module des Mandanten aus seinem Odoo lesen und erfassen</translation>
    </message>
    <message>
        <source>A&amp;pply to Tenant…</source>
        <translation>Auf den Mandanten an&amp;wenden …</translation>
    </message>
    <message>
        <source>Install the bundle&apos;s missing modules in the tenant&apos;s Odoo</source>
        <translation>Die fehlenden Module des Modulpakets im Odoo des Mandanten installieren</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm change</source>
        <translation>Änderung bestätigen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergessen …</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>/path/to/fusion.db</source>
        <translation>/path/to/fusion.db</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>fusion</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>db.example.com, /run/postgresql, or db1:5432,db2:5432 for a primary and its standbys</source>
        <translation>db.example.com, /run/postgresql oder db1:5432,db2:5432 für einen Primärserver und seine Standbys</translation>
    </message>
</context>
<context>
    <name>CreateTenantWizard</name>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Name the tenant. The slug becomes its subdomain, database and namespace and cannot change later.</source>
        <translation>Benennen Sie den Mandanten. Das Kürzel wird zu seiner Subdomain, seiner Datenbank und seinem Namespace und kann später nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Acme Finance PH</source>
        <translation>Acme Finance PH</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>acme-finance-ph</source>
        <translation>acme-finance-ph</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Choose the billing plan. It starts as a 30-day trial.</source>
        <translation>Wählen Sie den Abrechnungstarif. Er beginnt mit einer 30-tägigen Testphase.</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message>
        <source>Module bundles give the tenant its apps.</source>
        <translation>Modulpakete stellen dem Mandanten seine Apps bereit.</translation>
    </message>
    <message>
        <source>Choose the module bundles to install. Their modules are recorded as pending until the provisioning operation installs them.</source>
        <translation>Wählen Sie die zu installierenden Modulpakete. Ihre Module werden als ausstehend vermerkt, bis der Bereitstellungsvorgang sie installiert.</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Where and how the workspace runs.</source>
        <translation>Wo und wie der Arbeitsbereich läuft.</translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation>Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation>Datenbankstrategie</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>pg-1.db.internal</source>
        <translation>pg-1.db.internal</translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation>Odoo-URL</translation>
    </message>
    <message>
        <source>https://acme.erp.example.com</source>
        <translation>https://acme.erp.example.com</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single Sign-On</translation>
    </message>
    <message>
        <source>Optional: connect the workspace to a Keycloak realm.</source>
        <translation>Optional: Verbinden Sie den Arbeitsbereich mit einem Keycloak-Realm.</translation>
    </message>
    <message>
        <source>Configure single sign-on with Keycloak</source>
        <translation>Single Sign-On mit Keycloak einrichten</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation>Eine URI pro Zeile</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check everything before creating the tenant.</source>
        <translation>Prüfen Sie alle Angaben, bevor Sie den Mandanten anlegen.</translation>
    </message>
    <message>
        <source>Create shows exactly what will be written and asks you to confirm.</source>
        <translation>„Anlegen“ zeigt genau, was geschrieben wird, und bittet Sie um Bestätigung.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Platform overview</source>
        <translation>Plattformübersicht</translation>
    </message>
    <message>
        <source>Tenant health (worst first)</source>
        <translation>Zustand der Mandanten (schlechteste zuerst)</translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation>Letzte Vorgänge</translation>
    </message>
</context>
<context>
    <name>HttpFailure</name>
    <message>
        <source>%1 at %2 did not answer within %3 s.</source>
        <translation>%1 unter %2 hat nicht innerhalb von %3 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 at %2 cannot be reached: %3</source>
        <translation>%1 unter %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The connection to %1 at %2 closed before the whole answer arrived.</source>
        <translation>Die Verbindung zu %1 unter %2 wurde geschlossen, bevor die vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>The answer of %1 at %2 is larger than %3.</source>
        <translation>Die Antwort von %1 unter %2 ist größer als %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 at %2 is not trusted.</source>
        <translation>Dem Zertifikat von %1 unter %2 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in HTTP: %3</source>
        <translation>%1 unter %2 hat nicht per HTTP geantwortet: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open another database…</source>
        <translation>Andere Datenbank öffnen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>T&amp;enant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>Mit Datenbank &amp;verbinden …</translation>
    </message>
    <message>
        <source>Open the embedded database, a saved PostgreSQL profile, or another file</source>
        <translation>Die eingebettete Datenbank, ein gespeichertes PostgreSQL-Verbindungsprofil oder eine andere Datei öffnen</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demodaten laden …</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo platform</source>
        <translation>Eine leere Datenbank mit einer realistischen Demo-Plattform füllen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the current pane again</source>
        <translation>Die aktuelle Ansicht neu laden</translation>
    </message>
    <message>
        <source>&amp;Find tenant</source>
        <translation>Mandanten &amp;suchen</translation>
    </message>
    <message>
        <source>Search the tenants list</source>
        <translation>Die Mandantenliste durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Back to list</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;New tenant…</source>
        <translation>&amp;Neuer Mandant …</translation>
    </message>
    <message>
        <source>Create a tenant with the wizard</source>
        <translation>Einen Mandanten mit dem Assistenten anlegen</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren …</translation>
    </message>
    <message>
        <source>Pause the selected tenant</source>
        <translation>Den ausgewählten Mandanten pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen …</translation>
    </message>
    <message>
        <source>Resume the selected tenant</source>
        <translation>Den ausgewählten Mandanten fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation>Neu auf&amp;bauen …</translation>
    </message>
    <message>
        <source>Rebuild the selected tenant</source>
        <translation>Den ausgewählten Mandanten neu aufbauen</translation>
    </message>
    <message>
        <source>&amp;Decommission…</source>
        <translation>&amp;Stilllegen …</translation>
    </message>
    <message>
        <source>Decommission the selected tenant for good</source>
        <translation>Den ausgewählten Mandanten endgültig stilllegen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Fusion Console</source>
        <translation>Ü&amp;ber Fusion Console</translation>
    </message>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>O&amp;doo Data</source>
        <translation>O&amp;doo-Daten</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>M&amp;odulpakete</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Sch&amp;lüssel</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>Zu&amp;griff</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>N&amp;utzung</translation>
    </message>
    <message>
        <source>A&amp;I</source>
        <translation>K&amp;I</translation>
    </message>
</context>
<context>
    <name>OdooConnectionDialog</name>
    <message>
        <source>Odoo Connection</source>
        <translation>Odoo-Verbindung</translation>
    </message>
    <message>
        <source>How Fusion Console reaches this tenant&apos;s Odoo over XML-RPC. The password or API key is kept only in the OS keychain; the connection is tested before anything is saved.</source>
        <translation>Wie Fusion Console das Odoo dieses Mandanten über XML-RPC erreicht. Das Passwort oder der API-Schlüssel wird ausschließlich im System-Schlüsselbund aufbewahrt; die Verbindung wird getestet, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://erp.example.com</source>
        <translation>https://erp.example.com</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>A&amp;nmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password or API key:</source>
        <translation>&amp;Passwort oder API-Schlüssel:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>&amp;Reads a minute:</source>
        <translation>&amp;Lesezugriffe pro Minute:</translation>
    </message>
    <message>
        <source>&amp;Writes a minute:</source>
        <translation>&amp;Schreibzugriffe pro Minute:</translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>OdooPane</name>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Ma&amp;ndant:</translation>
    </message>
    <message>
        <source>&amp;Companies only</source>
        <translation>Nur &amp;Firmen</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Partner history</source>
        <translation>Verlauf des Partners</translation>
    </message>
    <message>
        <source>&amp;Propose…</source>
        <translation>&amp;Vorschlagen …</translation>
    </message>
    <message>
        <source>Propose a change to this tenant&apos;s Odoo; nothing is sent until it is executed</source>
        <translation>Eine Änderung am Odoo dieses Mandanten vorschlagen; es wird nichts gesendet, bis sie ausgeführt wird</translation>
    </message>
</context>
<context>
    <name>OperationsPane</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Close as &amp;Failed…</source>
        <translation>Als &amp;fehlgeschlagen schließen …</translation>
    </message>
</context>
<context>
    <name>ProposalsPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Step / field</source>
        <translation>Schritt / Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>&amp;Cancel Proposal…</source>
        <translation>Vorschlag &amp;verwerfen …</translation>
    </message>
    <message>
        <source>&amp;Execute…</source>
        <translation>A&amp;usführen …</translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>&amp;Neuer Vorschlag …</translation>
    </message>
    <message>
        <source>Propose a partner, lead, project, tasks, activity or event for a tenant&apos;s Odoo</source>
        <translation>Einen Partner, einen Lead, ein Projekt, Aufgaben, eine Aktivität oder einen Kalendertermin für das Odoo eines Mandanten vorschlagen</translation>
    </message>
    <message>
        <source>Close as &amp;Failed…</source>
        <translation>Als &amp;fehlgeschlagen schließen …</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Fusion Console</source>
        <translation>Fusion Console</translation>
    </message>
    <message>
        <source>Desktop control plane for multi-tenant Odoo Community platforms.</source>
        <translation>Desktop-Steuerzentrale für mandantenfähige Odoo-Community-Plattformen.</translation>
    </message>
    <message>
        <source>Open this store: sqlite:///path or postgresql://user@host:port/db.</source>
        <translation>Diesen Datenspeicher öffnen: sqlite:///path oder postgresql://user@host:port/db.</translation>
    </message>
    <message>
        <source>Open this saved connection profile.</source>
        <translation>Dieses gespeicherte Verbindungsprofil öffnen.</translation>
    </message>
    <message>
        <source>Use this language (e.g. de) instead of the system&apos;s.</source>
        <translation>Diese Sprache (z. B. de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system, light oder dark.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to this PNG and exit.</source>
        <translation>Das Hauptfenster unsichtbar in diese PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>Open this tenant&apos;s detail view.</source>
        <translation>Die Detailansicht dieses Mandanten öffnen.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>Print start-up timings (ms) and exit.</source>
        <translation>Startzeiten (ms) ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Pane to show: dashboard, tenants, operations, audit, proposals, odoo, bundles, keys, access, usage, ai (or a tab of it: ai/prompts, ai/knowledge, ai/events, ai/workspaces, ai/audit, ai/providers, ai/retention), infra (or infra/upgrades, infra/windows, infra/tags, infra/templates), sso (or sso/templates), automation, analytics, billing (or billing/invoices, billing/ai, billing/proposals), support (or support/status), settings, portal.</source>
        <translation>Anzuzeigender Bereich: dashboard, tenants, operations, audit, proposals, odoo, bundles, keys, access, usage, ai (oder einer seiner Reiter: ai/prompts, ai/knowledge, ai/events, ai/workspaces, ai/audit, ai/providers, ai/retention), infra (oder infra/upgrades, infra/windows, infra/tags, infra/templates), sso (oder sso/templates), automation, analytics, billing (oder billing/invoices, billing/ai, billing/proposals), support (oder support/status), settings, portal.</translation>
    </message>
</context>
<context>
    <name>TenantDetailView</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Back to the tenants list (Alt+Left)</source>
        <translation>Zurück zur Mandantenliste (Alt+Links)</translation>
    </message>
    <message>
        <source>Open Odoo</source>
        <translation>Odoo öffnen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation>Odoo-URL</translation>
    </message>
    <message>
        <source>https://tenant.example.com</source>
        <translation>https://tenant.example.com</translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation>Odoo-Datenbank</translation>
    </message>
    <message>
        <source>Odoo login</source>
        <translation>Odoo-Anmeldename</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Infra</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation>Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>sgp1</source>
        <translation>sgp1</translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation>Datenbankstrategie</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes-Namespace</translation>
    </message>
    <message>
        <source>Template details</source>
        <translation>Vorlagendetails</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Keycloak realm</source>
        <translation>Keycloak-Realm</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation>Eine URI pro Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation>Supabase-Projekt</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>Superset dashboard</source>
        <translation>Superset-Dashboard</translation>
    </message>
    <message>
        <source>https://superset.example.com/superset/dashboard/1/</source>
        <translation>https://superset.example.com/superset/dashboard/1/</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abonnementstatus</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Next invoice</source>
        <translation>Nächste Rechnung</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Double-click an operation to open its logs.</source>
        <translation>Doppelklicken Sie auf einen Vorgang, um seine Protokolle zu öffnen.</translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation>Protokolle öffnen</translation>
    </message>
    <message>
        <source>Bundles…</source>
        <translation>Modulpakete…</translation>
    </message>
    <message>
        <source>Choose the module bundles assigned to this tenant</source>
        <translation>Die diesem Mandanten zugewiesenen Modulpakete auswählen</translation>
    </message>
    <message>
        <source>Odoo Connection…</source>
        <translation>Odoo-Verbindung …</translation>
    </message>
    <message>
        <source>S&amp;ync from Odoo…</source>
        <translation>Aus Odoo a&amp;bgleichen …</translation>
    </message>
    <message>
        <source>ETL check</source>
        <translation>ETL-Prüfung</translation>
    </message>
    <message>
        <source>ETL target</source>
        <translation>ETL-Ziel</translation>
    </message>
    <message>
        <source>n8n: the webhook path (acme/etl) · Supabase: the RPC function (refresh_analytics)</source>
        <translation>n8n: der Webhook-Pfad (acme/etl) · Supabase: die RPC-Funktion (refresh_analytics)</translation>
    </message>
</context>
<context>
    <name>TenantsPane</name>
    <message>
        <source>Search slug, name or agency group…</source>
        <translation>Kürzel, Name oder Agenturgruppe suchen …</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by plan</source>
        <translation>Nach Tarif filtern</translation>
    </message>
    <message>
        <source>Filter by agency group</source>
        <translation>Nach Agenturgruppe filtern</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>New tenant…</source>
        <translation>Neuer Mandant …</translation>
    </message>
</context>
<context>
    <name>fusion</name>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>„%1“ ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <source>%1 ports for %2 hosts: give one port for all or one per host</source>
        <translation>%1 Ports für %2 Hosts: Geben Sie einen Port für alle oder einen pro Host an</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;</source>
        <translation>ungültiger Port „%1“</translation>
    </message>
</context>
<context>
    <name>fusion::AboutDialog</name>
    <message>
        <source>Fusion Console</source>
        <translation>Fusion Console</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 on %2
Database: %3
Licensed under the GNU GPL v3 or later.</source>
        <translation>Qt %1 unter %2
Datenbank: %3
Lizenziert unter der GNU GPL v3 oder neuer.</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine geöffnet</translation>
    </message>
</context>
<context>
    <name>fusion::AccessPane</name>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>&amp;Regel hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Stop Consumer…</source>
        <translation>Verbraucher &amp;stoppen …</translation>
    </message>
    <message>
        <source>&amp;Test Call…</source>
        <translation>&amp;Testaufruf …</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Set &amp;Limits for a User…</source>
        <translation>Limits für einen Benutzer &amp;festlegen …</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>Bestäti&amp;gen …</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Ge&amp;nehmigen …</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation>Vorschläge (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n Verbraucher</numerusform>
            <numerusform>%n Verbraucher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at or over its monthly budget</source>
        <translation>
            <numerusform>%n hat sein Monatsbudget erreicht oder überschritten</numerusform>
            <numerusform>%n haben ihr Monatsbudget erreicht oder überschritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestoppt</numerusform>
            <numerusform>%n gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose a Rule…</source>
        <translation>Regel &amp;vorschlagen …</translation>
    </message>
    <message>
        <source>Propose a &amp;Change…</source>
        <translation>&amp;Änderung vorschlagen …</translation>
    </message>
    <message>
        <source>Allow &amp;Calls…</source>
        <translation>A&amp;ufrufe erlauben …</translation>
    </message>
    <message>
        <source>Saved the access rule of %1 at %2.</source>
        <translation>Zugriffsregel von %1 bei %2 gespeichert.</translation>
    </message>
    <message>
        <source>Proposed; an owner decides.</source>
        <translation>Vorgeschlagen; ein Eigentümer entscheidet.</translation>
    </message>
    <message>
        <source>Removed the rule.</source>
        <translation>Regel entfernt.</translation>
    </message>
    <message>
        <source>stopped from the Access pane</source>
        <translation>in der Ansicht „Zugriff“ gestoppt</translation>
    </message>
    <message>
        <source>Consumer %1 is stopped.</source>
        <translation>Verbraucher %1 ist gestoppt.</translation>
    </message>
    <message>
        <source>Consumer %1 may call again.</source>
        <translation>Verbraucher %1 darf wieder aufrufen.</translation>
    </message>
    <message>
        <source>Saved the limits of %1.</source>
        <translation>Limits von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Approved and applied.</source>
        <translation>Genehmigt und angewendet.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Add &amp;Price…</source>
        <translation>&amp;Preis hinzufügen …</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Ko&amp;rrigieren …</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Input / M</source>
        <translation>Eingabe / M</translation>
    </message>
    <message>
        <source>Output / M</source>
        <translation>Ausgabe / M</translation>
    </message>
    <message>
        <source>Cached input / M</source>
        <translation>Cache-Eingabe / M</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Usage with tokens of a model that has no price (stored as unpriced, costed at nothing until priced):</source>
        <translation>Nutzung mit Tokens eines Modells ohne Preis (als „ohne Preis“ gespeichert, ohne Kosten, bis ein Preis eingetragen ist):</translation>
    </message>
    <message>
        <source>Price This &amp;Model…</source>
        <translation>Preis für dieses &amp;Modell …</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Prices (%1 unpriced)</source>
        <translation>Preise (%1 ohne Preis)</translation>
    </message>
    <message>
        <source>Saved the price of %1 %2.</source>
        <translation>Preis von %1 %2 gespeichert.</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren …</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fusion::AccessProposals</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>aktivieren</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <source>monthly budget → %1</source>
        <translation>Monatsbudget → %1</translation>
    </message>
    <message>
        <source>daily budget → %1</source>
        <translation>Tagesbudget → %1</translation>
    </message>
    <message>
        <source>RPM → %1</source>
        <translation>Anfragen/Min. → %1</translation>
    </message>
    <message>
        <source>RPD → %1</source>
        <translation>Anfragen/Tag → %1</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The proposal changes nothing.</source>
        <translation>Der Vorschlag ändert nichts.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>Die Begründung ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>There is no consumer &quot;%1&quot;.</source>
        <translation>Es gibt keinen Verbraucher „%1“.</translation>
    </message>
    <message>
        <source>Propose a change to the access rule of %1 at %2</source>
        <translation>Änderung der Zugriffsregel von %1 bei %2 vorschlagen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Nothing changes until an owner approves the proposal.</source>
        <translation>Nichts ändert sich, bis ein Eigentümer den Vorschlag genehmigt.</translation>
    </message>
    <message>
        <source>There is no access proposal %1.</source>
        <translation>Es gibt keinen Zugriffsvorschlag %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is already %2.</source>
        <translation>Vorschlag %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Approve proposal %1 by %2: %3</source>
        <translation>Vorschlag %1 von %2 genehmigen: %3</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>The rule already is as proposed; only the proposal is closed.</source>
        <translation>Die Regel entspricht bereits dem Vorschlag; nur der Vorschlag wird geschlossen.</translation>
    </message>
    <message>
        <source>Reject proposal %1 by %2 (%3 at %4: %5)</source>
        <translation>Vorschlag %1 von %2 ablehnen (%3 bei %4: %5)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angegebene Begründung: %1</translation>
    </message>
    <message>
        <source>Someone decided this proposal meanwhile; look again.</source>
        <translation>Jemand hat inzwischen über diesen Vorschlag entschieden; sehen Sie noch einmal nach.</translation>
    </message>
</context>
<context>
    <name>fusion::AccessRuleModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Includes %1 reserved by calls in flight.</source>
        <translation>Enthält %1, die laufende Aufrufe reserviert haben.</translation>
    </message>
    <message>
        <source>The consumer is stopped by its kill switch: every call is refused.</source>
        <translation>Der Verbraucher ist per Notaus gestoppt: Jeder Aufruf wird abgelehnt.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Heute (UTC)</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>This minute</source>
        <translation>Diese Minute</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Aufrufe heute</translation>
    </message>
</context>
<context>
    <name>fusion::AccessRules</name>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Notes are at most 500 characters.</source>
        <translation>Notizen dürfen höchstens 500 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A budget must be between 0 and 1,000,000,000.</source>
        <translation>Ein Budget muss zwischen 0 und 1.000.000.000 liegen.</translation>
    </message>
    <message>
        <source>A request limit must be between 0 and 1,000,000,000.</source>
        <translation>Ein Anfragelimit muss zwischen 0 und 1.000.000.000 liegen.</translation>
    </message>
    <message>
        <source>Change the access rule of %1 at %2</source>
        <translation>Zugriffsregel von %1 bei %2 ändern</translation>
    </message>
    <message>
        <source>Add an access rule for %1 at %2</source>
        <translation>Zugriffsregel für %1 bei %2 hinzufügen</translation>
    </message>
    <message>
        <source>Change Rule</source>
        <translation>Regel ändern</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Registers consumer %1, which has not called yet.</source>
        <translation>Registriert den Verbraucher %1, der noch keinen Aufruf getätigt hat.</translation>
    </message>
    <message>
        <source>This month&apos;s usage (%1) already reaches the new monthly budget: calls are refused until the month ends.</source>
        <translation>Die Nutzung dieses Monats (%1) erreicht bereits das neue Monatsbudget: Aufrufe werden bis zum Monatsende abgelehnt.</translation>
    </message>
    <message>
        <source>Someone changed this rule meanwhile; look again and retry.</source>
        <translation>Jemand hat diese Regel inzwischen geändert; sehen Sie erneut nach und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 has no access rule at %2.</source>
        <translation>%1 hat keine Zugriffsregel bei %2.</translation>
    </message>
    <message>
        <source>Remove the access rule of %1 at %2</source>
        <translation>Zugriffsregel von %1 bei %2 entfernen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Every call of %1 to %2 is refused from now on (no access rule).</source>
        <translation>Jeder Aufruf von %1 an %2 wird ab jetzt abgelehnt (keine Zugriffsregel).</translation>
    </message>
    <message>
        <source>A user name must be 1 to 120 characters.</source>
        <translation>Ein Benutzername muss 1 bis 120 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Change the limits of user %1</source>
        <translation>Limits von Benutzer %1 ändern</translation>
    </message>
    <message>
        <source>Set limits for user %1</source>
        <translation>Limits für Benutzer %1 festlegen</translation>
    </message>
    <message>
        <source>Set Limits</source>
        <translation>Limits festlegen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Every call made for %1 is refused, at every consumer.</source>
        <translation>Jeder Aufruf für %1 wird abgelehnt, bei jedem Verbraucher.</translation>
    </message>
    <message>
        <source>Someone changed these limits meanwhile; look again and retry.</source>
        <translation>Jemand hat diese Limits inzwischen geändert; sehen Sie erneut nach und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>fusion::AddressDialog</name>
    <message>
        <source>Where %1 is reached</source>
        <translation>Wo %1 erreichbar ist</translation>
    </message>
    <message>
        <source>The base address of %1, e.g. https://sso.example.com. Credentials never go into it: they are keys in the keychain.</source>
        <translation>Die Basisadresse von %1, z. B. https://sso.example.com. Zugangsdaten gehören nie hinein: Sie sind Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Use the default (%1)</source>
        <translation>Standard verwenden (%1)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host name.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse mit einem Hostnamen ein.</translation>
    </message>
    <message>
        <source>No user name or password in the address: they belong in the keychain.</source>
        <translation>Kein Benutzername und kein Passwort in der Adresse: Sie gehören in den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>fusion::AiAsk</name>
    <message>
        <source>You are the assistant of Fusion Console, the desktop console of a multi-tenant Odoo platform. Answer the operator&apos;s question briefly and precisely. Base what you say about the platform on the evidence below and cite it as [n]; say so when the evidence does not answer the question.</source>
        <translation>Sie sind der Assistent von Fusion Console, der Desktop-Konsole einer mandantenfähigen Odoo-Plattform. Beantworten Sie die Frage des Betreibers kurz und präzise. Stützen Sie Aussagen über die Plattform auf die folgenden Belege und zitieren Sie sie als [n]; sagen Sie es, wenn die Belege die Frage nicht beantworten.</translation>
    </message>
    <message>
        <source>A question (or a prompt) is needed, of at most %1 characters.</source>
        <translation>Eine Frage (oder ein Prompt) ist nötig, mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The answer&apos;s maximum is 1 to 1,000,000 tokens.</source>
        <translation>Das Maximum der Antwort liegt bei 1 bis 1.000.000 Tokens.</translation>
    </message>
    <message>
        <source>Thread %1 is closed: ask in a new thread.</source>
        <translation>Unterhaltung %1 ist geschlossen: Fragen Sie in einer neuen Unterhaltung.</translation>
    </message>
    <message>
        <source>Thread %1 is answered by &quot;%2&quot;: ask another provider in a new thread.</source>
        <translation>Unterhaltung %1 wird von „%2“ beantwortet: Fragen Sie einen anderen Anbieter in einer neuen Unterhaltung.</translation>
    </message>
    <message>
        <source>No AI provider answers for %1: add one in the AI pane or with &quot;fusionctl ai provider add&quot;.</source>
        <translation>Für %1 antwortet kein KI-Anbieter: Fügen Sie einen in der Ansicht „KI“ oder mit „fusionctl ai provider add“ hinzu.</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>die Plattform</translation>
    </message>
    <message>
        <source>The AI provider &quot;%1&quot; is inactive: activate it or choose another.</source>
        <translation>Der KI-Anbieter „%1“ ist inaktiv: Aktivieren Sie ihn oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The AI provider &quot;%1&quot; names no model.</source>
        <translation>Der KI-Anbieter „%1“ nennt kein Modell.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no key: choose one for it in the AI pane, or add a default %2 key in the Keys pane.</source>
        <translation>„%1“ hat keinen Schlüssel: Wählen Sie in der Ansicht „KI“ einen dafür aus, oder fügen Sie in der Ansicht „Schlüssel“ einen Standardschlüssel für %2 hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the answer keeps what arrived (%n character(s)).</source>
        <translation>
            <numerusform>Gestoppt: Die Antwort behält, was angekommen ist (%n Zeichen).</numerusform>
            <numerusform>Gestoppt: Die Antwort behält, was angekommen ist (%n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The answer was cut off: %1.</source>
        <translation>Die Antwort wurde abgeschnitten: %1.</translation>
    </message>
    <message>
        <source>Kapa&apos;s answer has no text.</source>
        <translation>Die Antwort von Kapa enthält keinen Text.</translation>
    </message>
    <message>
        <source>The provider reported no usage before the end, so this answer&apos;s cost is not known.</source>
        <translation>Der Anbieter hat vor dem Ende keine Nutzung gemeldet, daher sind die Kosten dieser Antwort nicht bekannt.</translation>
    </message>
    <message>
        <source>Asking the AI console is metered like any call through the service layer: it needs fusion_owner or an API role (fusion_api_user, fusion_api_manager or fusion_api_admin).</source>
        <translation>Eine Frage an die KI-Konsole wird wie jeder Aufruf über die Dienstschicht abgerechnet: Sie braucht fusion_owner oder eine API-Rolle (fusion_api_user, fusion_api_manager oder fusion_api_admin).</translation>
    </message>
    <message>
        <source>Evidence (facts of the platform now, and passages of the tenants&apos; knowledge base):</source>
        <translation>Belege (Fakten der Plattform jetzt und Passagen aus der Wissensbasis der Mandanten):</translation>
    </message>
    <message>
        <source>%1 (knowledge base of %2)</source>
        <translation>%1 (Wissensbasis von %2)</translation>
    </message>
    <message>
        <source>Answering in the AI console</source>
        <translation>Antwort in der KI-Konsole</translation>
    </message>
    <message>
        <source>Asking %1; the answer is streaming in…</source>
        <translation>%1 wird gefragt; die Antwort wird gestreamt…</translation>
    </message>
    <message>
        <source>Stopped before the provider was asked.</source>
        <translation>Angehalten, bevor der Anbieter gefragt wurde.</translation>
    </message>
</context>
<context>
    <name>fusion::AiAuditTab</name>
    <message>
        <source>Every operation</source>
        <translation>Jeder Vorgang</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Syncs</source>
        <translation>Synchronisierungen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>Geschwärzt</translation>
    </message>
    <message>
        <source>Request (as stored, redacted):</source>
        <translation>Anfrage (wie gespeichert, geschwärzt):</translation>
    </message>
    <message>
        <source>Response (as stored, redacted):</source>
        <translation>Antwort (wie gespeichert, geschwärzt):</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Nothing recorded matches.</source>
        <translation>Kein Eintrag passt.</translation>
    </message>
    <message>
        <source>#%1 · %2 by %3 · %4</source>
        <translation>#%1 · %2 von %3 · %4</translation>
    </message>
    <message>
        <source> · message %1</source>
        <translation> · Nachricht %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>fusion::AiEventsTab</name>
    <message>
        <source>Not processed</source>
        <translation>Nicht bearbeitet</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Notes: what was done about it</source>
        <translation>Notizen: was damit getan wurde</translation>
    </message>
    <message>
        <source>&amp;Mark Processed…</source>
        <translation>Als bearbeitet &amp;markieren …</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>The inbox is empty: nothing waits to be processed.</source>
        <translation>Der Eingang ist leer: nichts wartet auf Bearbeitung.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Kein Ereignis passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n events selected.</source>
        <translation>
            <numerusform>%n Ereignis ausgewählt.</numerusform>
            <numerusform>%n Ereignisse ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · received by %4</source>
        <translation>#%1 · %2 · %3 · empfangen von %4</translation>
    </message>
    <message>
        <source>Processed by %1 on %2: %3</source>
        <translation>Bearbeitet von %1 am %2: %3</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Mark %n Processed…</source>
        <translation>
            <numerusform>%n als bearbeitet &amp;markieren …</numerusform>
            <numerusform>%n als bearbeitet &amp;markieren …</numerusform>
        </translation>
    </message>
    <message>
        <source>Processing events needs fusion_owner or fusion_operator (you have %1).</source>
        <translation>Ereignisse bearbeiten erfordert fusion_owner oder fusion_operator (Sie haben %1).</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n events processed.</source>
        <translation>
            <numerusform>%n Ereignis als bearbeitet markiert.</numerusform>
            <numerusform>%n Ereignisse als bearbeitet markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AiKnowledgeTab</name>
    <message>
        <source>Sources: each tenant&apos;s Odoo projects and tasks</source>
        <translation>Quellen: die Odoo-Projekte und -Aufgaben jedes Mandanten</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Odoo changes up to</source>
        <translation>Odoo-Änderungen bis</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Full (also drop what was deleted in Odoo)</source>
        <translation>&amp;Vollständig (auch entfernen, was in Odoo gelöscht wurde)</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchronisieren …</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Search tester: what a question finds</source>
        <translation>Suchtest: was eine Frage findet</translation>
    </message>
    <message>
        <source>Words to find, e.g. backup failed</source>
        <translation>Zu suchende Wörter, z. B. backup failed</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Open in Odoo</source>
        <translation>In Odoo öffnen</translation>
    </message>
    <message>
        <source>Nothing synced yet: choose a tenant with an Odoo connection and Sync.</source>
        <translation>Noch nichts synchronisiert: wählen Sie einen Mandanten mit Odoo-Verbindung und synchronisieren Sie.</translation>
    </message>
    <message>
        <source>Every tenant</source>
        <translation>Jeder Mandant</translation>
    </message>
    <message>
        <source>Reading %1&apos;s Odoo…</source>
        <translation>Odoo von %1 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>The knowledge base of %1 is up to date (%n records read).</source>
        <translation>
            <numerusform>Die Wissensbasis von %1 ist aktuell (%n Datensatz gelesen).</numerusform>
            <numerusform>Die Wissensbasis von %1 ist aktuell (%n Datensätze gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1: %2 new, %3 changed, %4 removed chunks.</source>
        <translation>%1 synchronisiert: %2 neue, %3 geänderte, %4 entfernte Abschnitte.</translation>
    </message>
    <message>
        <source>No chunk holds every word.</source>
        <translation>Kein Abschnitt enthält alle Wörter.</translation>
    </message>
    <message>
        <source>Embedded</source>
        <translation>Eingebettet</translation>
    </message>
    <message>
        <source>provider:model — OpenAI&apos;s or Ollama&apos;s embeddings, metered as the consumer &quot;ai-knowledge&quot;.</source>
        <translation>Anbieter:Modell — Embeddings von OpenAI oder Ollama, abgerechnet als Verbraucher „ai-knowledge“.</translation>
    </message>
    <message>
        <source>&amp;Embed…</source>
        <translation>&amp;Einbetten…</translation>
    </message>
    <message>
        <source>Computes a vector for each chunk of the tenant that has none of this model, for search by meaning (asks first, with the cost).</source>
        <translation>Berechnet einen Vektor für jeden Abschnitt des Mandanten, der noch keinen dieses Modells hat, für die Suche nach Bedeutung (fragt vorher, mit den Kosten).</translation>
    </message>
    <message>
        <source>Every word</source>
        <translation>Jedes Wort</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation>Nach Bedeutung</translation>
    </message>
    <message>
        <source>Words and meaning</source>
        <translation>Wörter und Bedeutung</translation>
    </message>
    <message>
        <source>By meaning embeds the question (a metered call) and finds the chunks nearest to it; both fuses the two rankings.</source>
        <translation>„Nach Bedeutung“ bettet die Frage ein (ein abgerechneter Aufruf) und findet die nächstliegenden Abschnitte; „Wörter und Bedeutung“ vereint beide Rangfolgen.</translation>
    </message>
    <message>
        <source>Changing the knowledge base needs fusion_owner or fusion_operator (you have %1).</source>
        <translation>Die Wissensbasis zu ändern erfordert fusion_owner oder fusion_operator (Sie haben %1).</translation>
    </message>
    <message>
        <source>Name the embeddings as provider:model, the provider openai or ollama (for example openai:text-embedding-3-small).</source>
        <translation>Geben Sie die Embeddings als Anbieter:Modell an, Anbieter openai oder ollama (zum Beispiel openai:text-embedding-3-small).</translation>
    </message>
    <message>
        <source>Looking for the chunks of %1 without an embedding…</source>
        <translation>Suche die Abschnitte von %1 ohne Embedding…</translation>
    </message>
    <message>
        <source>Every chunk of %1 already has an embedding of this model.</source>
        <translation>Jeder Abschnitt von %1 hat bereits ein Embedding dieses Modells.</translation>
    </message>
    <message>
        <source>no price known</source>
        <translation>kein Preis bekannt</translation>
    </message>
    <message>
        <source>Embedded %1 of %2 chunks of %3 (%4 tokens, %5).</source>
        <translation>%1 von %2 Abschnitten von %3 eingebettet (%4 Tokens, %5).</translation>
    </message>
    <message>
        <source>Embedded %1 of %2 chunks of %3 (%4), then stopped: %5</source>
        <translation>%1 von %2 Abschnitten von %3 eingebettet (%4), dann angehalten: %5</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Embeddings:</source>
        <translation>Embeddings:</translation>
    </message>
    <message>
        <source>Searched in</source>
        <translation>Durchsucht in</translation>
    </message>
    <message>
        <source>Supa&amp;base project…</source>
        <translation>Supa&amp;base-Projekt…</translation>
    </message>
    <message>
        <source>Searches of this tenant&apos;s knowledge ask its Supabase project instead of this database (asks first).</source>
        <translation>Suchen im Wissen dieses Mandanten fragen sein Supabase-Projekt statt dieser Datenbank (fragt vorher).</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>diese Datenbank</translation>
    </message>
    <message>
        <source>Choosing where knowledge lives needs fusion_owner, fusion_api_manager or fusion_api_admin (you have %1).</source>
        <translation>Festzulegen, wo Wissen liegt, erfordert fusion_owner, fusion_api_manager oder fusion_api_admin (Sie haben %1).</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>Für %1 ist nichts zu ändern.</translation>
    </message>
    <message>
        <source>Searches of %1&apos;s knowledge now ask its Supabase project.</source>
        <translation>Suchen im Wissen von %1 fragen jetzt sein Supabase-Projekt.</translation>
    </message>
    <message>
        <source>Searches of %1&apos;s knowledge use this database again.</source>
        <translation>Suchen im Wissen von %1 verwenden wieder diese Datenbank.</translation>
    </message>
</context>
<context>
    <name>fusion::AiPane</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Which model answers the AI console for the platform, and for a tenant that has providers of its own. Statistics are counted from the usage log.</source>
        <translation>Welches Modell der KI-Konsole für die Plattform antwortet, und für einen Mandanten mit eigenen Anbietern. Statistiken werden aus dem Nutzungsprotokoll gezählt.</translation>
    </message>
    <message>
        <source>&amp;Add Provider…</source>
        <translation>Anbieter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Make &amp;Default…</source>
        <translation>Zum &amp;Standard machen…</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive zeigen</translation>
    </message>
    <message>
        <source>Every question, search and feedback is kept in the AI audit, redacted before it is stored, and pruned after this many days (the usage timer prunes it, or Prune Now). The hash-chained audit log of changes is never pruned.</source>
        <translation>Jede Frage, Suche und Rückmeldung wird im KI-Prüfprotokoll aufbewahrt, vor dem Speichern geschwärzt und nach so vielen Tagen bereinigt (der Nutzungs-Timer bereinigt, oder Jetzt bereinigen). Das hashverkettete Prüfprotokoll der Änderungen wird nie bereinigt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep the AI &amp;audit for:</source>
        <translation>KI-&amp;Prüfprotokoll aufbewahren:</translation>
    </message>
    <message>
        <source>Close threads &amp;idle for:</source>
        <translation>Unterhaltungen schließen nach &amp;Ruhe von:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Prune Now…</source>
        <translation>Jetzt &amp;bereinigen…</translation>
    </message>
    <message>
        <source>These are the defaults.</source>
        <translation>Das sind die Voreinstellungen.</translation>
    </message>
    <message>
        <source>Last changed by %1.</source>
        <translation>Zuletzt geändert von %1.</translation>
    </message>
    <message>
        <source>A&amp;ctivate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Threads use this provider: deactivate it instead (its history stays).</source>
        <translation>Unterhaltungen verwenden diesen Anbieter: Deaktivieren Sie ihn stattdessen (sein Verlauf bleibt).</translation>
    </message>
    <message>
        <source>Added AI provider &quot;%1&quot;.</source>
        <translation>KI-Anbieter „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Saved the AI platform&apos;s retention.</source>
        <translation>Aufbewahrung der KI-Plattform gespeichert.</translation>
    </message>
    <message>
        <source>Nothing is past its retention.</source>
        <translation>Nichts hat seine Aufbewahrungsfrist überschritten.</translation>
    </message>
    <message>
        <source>Deleted %1 AI audit rows and closed %2 idle threads.</source>
        <translation>Gelöschte KI-Prüfprotokollzeilen: %1; geschlossene ruhende Unterhaltungen: %2.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Standardanbieter</translation>
    </message>
    <message>
        <source>The whole platform</source>
        <translation>Die gesamte Plattform</translation>
    </message>
    <message>
        <source>Search threads…</source>
        <translation>Unterhaltungen durchsuchen…</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>&amp;New Thread</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>&amp;Schließen…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Sources of the last answer (open one to see what it cites):</source>
        <translation>&amp;Quellen der letzten Antwort (öffnen Sie eine, um zu sehen, worauf sie verweist):</translation>
    </message>
    <message>
        <source>Was it helpful?</source>
        <translation>War das hilfreich?</translation>
    </message>
    <message>
        <source>&amp;Yes…</source>
        <translation>&amp;Ja…</translation>
    </message>
    <message>
        <source>N&amp;o…</source>
        <translation>N&amp;ein…</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>A new thread is answered by this provider; a thread keeps its own.</source>
        <translation>Neue Unterhaltungen beantwortet dieser Anbieter; eine bestehende Unterhaltung behält ihren eigenen.</translation>
    </message>
    <message>
        <source>Whose facts are evidence, and whose default provider answers.</source>
        <translation>Wessen Fakten als Belege dienen und wessen Standardanbieter antwortet.</translation>
    </message>
    <message>
        <source>Cite the platform&apos;s &amp;facts</source>
        <translation>Fakten der Plattform &amp;zitieren</translation>
    </message>
    <message>
        <source>Tenants in error, failed operations, budgets near their cap, keys needing attention and drift go with the question as numbered evidence.</source>
        <translation>Fehlerhafte Mandanten, fehlgeschlagene Vorgänge, Budgets nahe ihrer Obergrenze, Schlüssel mit Handlungsbedarf und Abweichungen werden als nummerierte Belege mit der Frage gesendet.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Ask about the platform… (Ctrl+Enter sends)</source>
        <translation>Fragen zur Plattform… (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Nachricht</numerusform>
            <numerusform>%1 · %2 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>%1 — closed; a question starts a new thread</source>
        <translation>%1 — geschlossen; eine Frage beginnt eine neue Unterhaltung</translation>
    </message>
    <message>
        <source>%1 — answered by %2</source>
        <translation>%1 — beantwortet von %2</translation>
    </message>
    <message>
        <source>The %1 earlier messages are not shown.</source>
        <translation>Die %1 früheren Nachrichten werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>unvollständig: %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Checking the budget…</source>
        <translation>Budget wird geprüft…</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Warten auf %1…</translation>
    </message>
    <message numerus="yes">
        <source>Answering… %n character(s)</source>
        <translation>
            <numerusform>Antwort wird empfangen… %n Zeichen</numerusform>
            <numerusform>Antwort wird empfangen… %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked.</source>
        <translation>Nicht gefragt.</translation>
    </message>
    <message>
        <source>The question was not sent: %1</source>
        <translation>Die Frage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 · %2 tokens in, %3 out · %4 ms</source>
        <translation>%1 · %2 Tokens Eingabe, %3 Ausgabe · %4 ms</translation>
    </message>
    <message>
        <source>Deleted the thread.</source>
        <translation>Unterhaltung gelöscht.</translation>
    </message>
    <message>
        <source>Closed the thread.</source>
        <translation>Unterhaltung geschlossen.</translation>
    </message>
    <message>
        <source>Thank you: your feedback is saved.</source>
        <translation>Vielen Dank: Ihre Rückmeldung ist gespeichert.</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>Der Schlüssel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>Kein Prompt</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>A published prompt from the Prompts tab: with a question typed, it instructs the model; without one, it is the question.</source>
        <translation>Ein veröffentlichter Prompt aus dem Reiter Prompts: mit einer eingegebenen Frage leitet er das Modell an; ohne eine ist er die Frage.</translation>
    </message>
    <message>
        <source>[prompt %1]</source>
        <translation>[Prompt %1]</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Cite the &amp;knowledge base</source>
        <translation>&amp;Wissensbasis zitieren</translation>
    </message>
    <message>
        <source>The passages of the scope&apos;s knowledge base (every tenant&apos;s, for the platform) holding most of the question&apos;s words go with it as numbered evidence.</source>
        <translation>Die Passagen der Wissensbasis des Bereichs (für die Plattform die aller Mandanten), die die meisten Wörter der Frage enthalten, gehen als nummerierte Belege mit.</translation>
    </message>
</context>
<context>
    <name>fusion::AiPromptsTab</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New Prompt</source>
        <translation>&amp;Neuer Prompt</translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation>Deak&amp;tivieren …</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Show &amp;inactive prompts</source>
        <translation>&amp;Inaktive Prompts zeigen</translation>
    </message>
    <message>
        <source>e.g. tenant_summary</source>
        <translation>z. B. tenant_summary</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>&amp;Template (variables as {{name}}):</source>
        <translation>&amp;Vorlage (Variablen als {{name}}):</translation>
    </message>
    <message>
        <source>&amp;Declared variables:</source>
        <translation>&amp;Deklarierte Variablen:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. tenant, question</source>
        <translation>durch Kommas getrennt, z. B. tenant, question</translation>
    </message>
    <message>
        <source>Declare &amp;Detected</source>
        <translation>&amp;Gefundene deklarieren</translation>
    </message>
    <message>
        <source>Values for the preview:</source>
        <translation>Werte für die Vorschau:</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Was sich geändert hat (bleibt bei der Version)</translation>
    </message>
    <message>
        <source>&amp;Publish it</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Sa&amp;ve as New Version…</source>
        <translation>Als neue Version &amp;speichern …</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>P&amp;ublish This Version…</source>
        <translation>Diese Version veröffentlic&amp;hen …</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Every scope</source>
        <translation>Jeder Geltungsbereich</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>v%1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Inactive: the console does not offer it.</source>
        <translation>Inaktiv: die Konsole bietet ihn nicht an.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>v%1 (published)</source>
        <translation>v%1 (veröffentlicht)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Neuer Prompt</translation>
    </message>
    <message>
        <source>Fix the template to see the preview.</source>
        <translation>Korrigieren Sie die Vorlage, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>No variables in the template.</source>
        <translation>Keine Variablen in der Vorlage.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Not declared (saving is refused): %1</source>
        <translation>Nicht deklariert (Speichern wird abgelehnt): %1</translation>
    </message>
    <message>
        <source>Declared but unused (callers must still give them): %1</source>
        <translation>Deklariert, aber ungenutzt (Aufrufer müssen sie trotzdem angeben): %1</translation>
    </message>
    <message>
        <source>Changing prompts needs an API role or a tenant admin role (you have %1).</source>
        <translation>Prompts ändern erfordert eine API-Rolle oder die Rolle Mandanten-Admin (Sie haben %1).</translation>
    </message>
    <message>
        <source>Sa&amp;ve New Prompt…</source>
        <translation>Neuen Prompt &amp;speichern …</translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>Ak&amp;tivieren …</translation>
    </message>
    <message>
        <source>Saved prompt &quot;%1&quot; (version 1, published).</source>
        <translation>Prompt „%1“ gespeichert (Version 1, veröffentlicht).</translation>
    </message>
    <message>
        <source>Saved a new version of &quot;%1&quot;.</source>
        <translation>Neue Version von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Published version %1 of &quot;%2&quot;.</source>
        <translation>Version %1 von „%2“ veröffentlicht.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation>Wählen Sie zwei verschiedene Versionen zum Vergleich.</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Die beiden Versionen sind gleich.</translation>
    </message>
    <message>
        <source>(The versions differ too much for an exact diff; this one is close.)
</source>
        <translation>(Die Versionen unterscheiden sich zu stark für einen genauen Vergleich; dieser ist eine Annäherung.)
</translation>
    </message>
</context>
<context>
    <name>fusion::AiProviderDialog</name>
    <message>
        <source>Add AI Provider</source>
        <translation>KI-Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>A provider answers the AI console&apos;s questions for the platform or for one tenant. Its secret stays in the OS keychain, as a key of the key vault.</source>
        <translation>Ein Anbieter beantwortet die Fragen der KI-Konsole für die Plattform oder einen Mandanten. Sein Geheimnis bleibt im System-Schlüsselbund, als Schlüssel des Schlüsseltresors.</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>Die Plattform</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Optional, for knowledge search</source>
        <translation>Optional, für die Wissenssuche</translation>
    </message>
    <message>
        <source>Make it the default of its scope</source>
        <translation>Zum Standard seines Bereichs machen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Embedding model:</source>
        <translation>&amp;Embedding-Modell:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>The key vault has no %1 key yet: add one in the Keys pane first.</source>
        <translation>Der Schlüsseltresor hat noch keinen %1-Schlüssel: Fügen Sie zuerst einen im Bereich Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>The secret is read from the OS keychain only when a question is asked.</source>
        <translation>Das Geheimnis wird erst aus dem Schlüsselbund gelesen, wenn eine Frage gestellt wird.</translation>
    </message>
</context>
<context>
    <name>fusion::AiProviderListModel</name>
    <message>
        <source>Inactive: no new question goes to it; its threads and statistics stay.</source>
        <translation>Inaktiv: Keine neue Frage geht an ihn; seine Unterhaltungen und Statistiken bleiben.</translation>
    </message>
    <message>
        <source>Failed: %1 · your threads using it: %2</source>
        <translation>Fehlgeschlagen: %1 · Ihre Unterhaltungen damit: %2</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Avg latency</source>
        <translation>Mittl. Latenz</translation>
    </message>
</context>
<context>
    <name>fusion::AiProviders</name>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>die Plattform</translation>
    </message>
    <message>
        <source>Someone else changed the default AI provider of %1 at the same moment; nothing was changed. Look again and choose.</source>
        <translation>Jemand anderes hat im selben Moment den Standard-KI-Anbieter von %1 geändert; nichts wurde geändert. Sehen Sie erneut nach und wählen Sie.</translation>
    </message>
    <message>
        <source>There is no AI provider with id %1.</source>
        <translation>Es gibt keinen KI-Anbieter mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 has no AI provider named &quot;%2&quot;.</source>
        <translation>%1 hat keinen KI-Anbieter namens „%2“.</translation>
    </message>
    <message>
        <source>The provider type must be one of %1, not &quot;%2&quot;.</source>
        <translation>Der Anbietertyp muss einer von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>A provider needs a name of 1 to 80 characters.</source>
        <translation>Ein Anbieter braucht einen Namen mit 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <source>The sequence is a whole number from 0 to 10000.</source>
        <translation>Die Reihenfolge ist eine ganze Zahl von 0 bis 10000.</translation>
    </message>
    <message>
        <source>%1 already has an AI provider named &quot;%2&quot;.</source>
        <translation>%1 hat bereits einen KI-Anbieter namens „%2“.</translation>
    </message>
    <message>
        <source>%1 providers need a model (for example %2).</source>
        <translation>%1-Anbieter brauchen ein Modell (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and hold no spaces, not &quot;%1&quot;.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen und darf keine Leerzeichen enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <source>Kapa providers need their project id (letters, digits, - and _), not &quot;%1&quot;.</source>
        <translation>Kapa-Anbieter brauchen ihre Projekt-ID (Buchstaben, Ziffern, - und _), nicht „%1“.</translation>
    </message>
    <message>
        <source>Only a Kapa provider has a project id.</source>
        <translation>Nur ein Kapa-Anbieter hat eine Projekt-ID.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation>Der Schlüssel „%1“ ist widerrufen.</translation>
    </message>
    <message>
        <source>%1 providers need a key from the key vault: add one with &quot;fusionctl keys add %2&quot; or in the Keys pane, then name it here.</source>
        <translation>%1-Anbieter brauchen einen Schlüssel aus dem Schlüsseltresor: Fügen Sie einen mit „fusionctl keys add %2“ oder im Bereich Schlüssel hinzu und nennen Sie ihn hier.</translation>
    </message>
    <message>
        <source>Add AI provider &quot;%1&quot; for %2</source>
        <translation>KI-Anbieter „%1“ für %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Kapa project</source>
        <translation>Kapa-Projekt</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Default of %1</source>
        <translation>Standard von %1</translation>
    </message>
    <message>
        <source>It becomes the default of %1: a scope with providers always has one.</source>
        <translation>Er wird zum Standard von %1: Ein Bereich mit Anbietern hat immer einen.</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default AI provider of %2</source>
        <translation>„%1“ zum Standard-KI-Anbieter von %2 machen</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Zum Standard machen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is inactive; activate it before making it the default.</source>
        <translation>„%1“ ist inaktiv; aktivieren Sie ihn, bevor Sie ihn zum Standard machen.</translation>
    </message>
    <message>
        <source>The provider was changed by someone else meanwhile; nothing was changed.</source>
        <translation>Der Anbieter wurde inzwischen von jemand anderem geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Activate AI provider &quot;%1&quot;</source>
        <translation>KI-Anbieter „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate AI provider &quot;%1&quot;</source>
        <translation>KI-Anbieter „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default AI provider of %2: make another provider the default first.</source>
        <translation>„%1“ ist der Standard-KI-Anbieter von %2: Machen Sie zuerst einen anderen Anbieter zum Standard.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Its threads, usage and statistics stay; no new question goes to it.</source>
        <translation>Seine Unterhaltungen, Nutzung und Statistiken bleiben; keine neue Frage geht mehr an ihn.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is used by %n thread(s); deactivate it instead (its history stays).</source>
        <translation>
            <numerusform>„%1“ wird von %n Unterhaltung verwendet; deaktivieren Sie ihn stattdessen (sein Verlauf bleibt).</numerusform>
            <numerusform>„%1“ wird von %n Unterhaltungen verwendet; deaktivieren Sie ihn stattdessen (sein Verlauf bleibt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete AI provider &quot;%1&quot; of %2</source>
        <translation>KI-Anbieter „%1“ von %2 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still used by a thread; deactivate it instead (its history stays).</source>
        <translation>„%1“ wird noch von einer Unterhaltung verwendet; deaktivieren Sie ihn stattdessen (sein Verlauf bleibt).</translation>
    </message>
    <message>
        <source>The provider was changed by someone else meanwhile; nothing was deleted.</source>
        <translation>Der Anbieter wurde inzwischen von jemand anderem geändert; nichts wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>fusion::AiRetention</name>
    <message>
        <source>A period is a whole number of days from 1 to 3650.</source>
        <translation>Ein Zeitraum ist eine ganze Zahl von Tagen von 1 bis 3650.</translation>
    </message>
    <message>
        <source>Change how long the AI platform keeps its records</source>
        <translation>Ändern, wie lange die KI-Plattform ihre Aufzeichnungen behält</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>AI audit kept for (days)</source>
        <translation>KI-Prüfprotokoll aufbewahrt (Tage)</translation>
    </message>
    <message numerus="yes">
        <source>The next prune deletes AI audit rows older than %n day(s).</source>
        <translation>
            <numerusform>Die nächste Bereinigung löscht KI-Prüfprotokollzeilen, die älter als %n Tag sind.</numerusform>
            <numerusform>Die nächste Bereinigung löscht KI-Prüfprotokollzeilen, die älter als %n Tage sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threads closed after idle (days)</source>
        <translation>Unterhaltungen geschlossen nach Ruhe (Tage)</translation>
    </message>
    <message>
        <source>The settings were changed by someone else meanwhile; nothing was changed.</source>
        <translation>Die Einstellungen wurden inzwischen von jemand anderem geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Prune the AI platform&apos;s records</source>
        <translation>Die Aufzeichnungen der KI-Plattform bereinigen</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n AI audit row(s) older than %1 days.</source>
        <translation>
            <numerusform>Löscht %n KI-Prüfprotokollzeile, älter als %1 Tage.</numerusform>
            <numerusform>Löscht %n KI-Prüfprotokollzeilen, älter als %1 Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closes %n thread(s) without a message for %1 days.</source>
        <translation>
            <numerusform>Schließt %n Unterhaltung ohne Nachricht seit %1 Tagen.</numerusform>
            <numerusform>Schließt %n Unterhaltungen ohne Nachricht seit %1 Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AiThreads</name>
    <message>
        <source>thread %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>thread %1 &quot;%2&quot;</source>
        <translation>Unterhaltung %1 „%2“</translation>
    </message>
    <message>
        <source>There is no thread %1 of yours.</source>
        <translation>Sie haben keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>Thread %1 is already closed.</source>
        <translation>Unterhaltung %1 ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>A closed thread keeps its messages; new questions start a new thread.</source>
        <translation>Eine geschlossene Unterhaltung behält ihre Nachrichten; neue Fragen beginnen eine neue Unterhaltung.</translation>
    </message>
    <message>
        <source>The thread changed meanwhile (a new message or another close); nothing was changed.</source>
        <translation>Die Unterhaltung hat sich inzwischen geändert (neue Nachricht oder anderweitig geschlossen); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete Thread</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message numerus="yes">
        <source>Deletes %n message(s) with their citations and feedback; this cannot be undone.</source>
        <translation>
            <numerusform>Löscht %n Nachricht mit ihren Quellenangaben und Rückmeldungen; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Löscht %n Nachrichten mit ihren Quellenangaben und Rückmeldungen; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The AI audit keeps its (redacted) rows of this thread.</source>
        <translation>Das KI-Prüfprotokoll behält seine (geschwärzten) Zeilen zu dieser Unterhaltung.</translation>
    </message>
    <message>
        <source>The thread changed meanwhile; nothing was deleted.</source>
        <translation>Die Unterhaltung hat sich inzwischen geändert; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Feedback is up or down.</source>
        <translation>Eine Rückmeldung ist positiv oder negativ.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters (this one has %2).</source>
        <translation>Ein Kommentar hat höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <source>There is no message %1 in a thread of yours.</source>
        <translation>In Ihren Unterhaltungen gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <source>Feedback is given on answers; message %1 is a question.</source>
        <translation>Rückmeldungen gelten Antworten; Nachricht %1 ist eine Frage.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>Rate answer %1 %2</source>
        <translation>Antwort %1 %2 bewerten</translation>
    </message>
    <message>
        <source>Send Feedback</source>
        <translation>Rückmeldung senden</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>fusion::AiWorkspacesTab</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>private: its members; internal: platform staff and the tenant&apos;s own admins; public: every login</source>
        <translation>private: seine Mitglieder; internal: Plattform-Personal und die Admins des Mandanten; public: jede Anmeldung</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Sichtbarkeit:</translation>
    </message>
    <message>
        <source>&amp;Save Changes…</source>
        <translation>Änderungen &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Verlassen …</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Selected member:</source>
        <translation>Ausgewähltes Mitglied:</translation>
    </message>
    <message>
        <source>Login to add</source>
        <translation>Hinzuzufügende Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>Mitglied &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>You left the workspace.</source>
        <translation>Sie haben den Arbeitsbereich verlassen.</translation>
    </message>
    <message>
        <source>Deleted the workspace.</source>
        <translation>Arbeitsbereich gelöscht.</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>No workspaces yet: New Workspace… makes one you own.</source>
        <translation>Noch keine Arbeitsbereiche: „Neuer Arbeitsbereich …“ legt einen an, dessen Eigentümer Sie sind.</translation>
    </message>
    <message>
        <source>%1 — %2, created by %3</source>
        <translation>%1 — %2, angelegt von %3</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>no project yet</source>
        <translation>noch kein Projekt</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>no channel yet</source>
        <translation>noch kein Kanal</translation>
    </message>
    <message>
        <source>In Odoo: %1, %2.</source>
        <translation>In Odoo: %1, %2.</translation>
    </message>
    <message>
        <source>In Odoo: %1, %2 (proposed when the workspace is made for a tenant with an Odoo connection; linked once the proposals are executed).</source>
        <translation>In Odoo: %1, %2 (vorgeschlagen, wenn der Arbeitsbereich für einen Mandanten mit Odoo-Verbindung angelegt wird; verknüpft, sobald die Vorschläge ausgeführt sind).</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s admins and owners change it (you are %1).</source>
        <translation>Nur die Admins und Eigentümer des Arbeitsbereichs ändern ihn (Sie sind %1).</translation>
    </message>
    <message>
        <source>Only the workspace&apos;s owners delete it.</source>
        <translation>Nur die Eigentümer des Arbeitsbereichs löschen ihn.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen …</translation>
    </message>
    <message>
        <source>Created workspace &quot;%1&quot;; you are its owner.</source>
        <translation>Arbeitsbereich „%1“ angelegt; Sie sind sein Eigentümer.</translation>
    </message>
    <message>
        <source>Saved the workspace.</source>
        <translation>Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
</context>
<context>
    <name>fusion::AlertWatcher</name>
    <message>
        <source>Budget alerts</source>
        <translation>Budgetwarnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n budget alert(s) are waiting to be acknowledged.</source>
        <translation>
            <numerusform>%n Budgetwarnung wartet auf Bestätigung.</numerusform>
            <numerusform>%n Budgetwarnungen warten auf Bestätigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation>Budgetwarnung</translation>
    </message>
    <message numerus="yes">
        <source>%n new budget alert(s), among them: %1</source>
        <translation>
            <numerusform>%n neue Budgetwarnung: %1</numerusform>
            <numerusform>%n neue Budgetwarnungen, darunter: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AnalyticsPane</name>
    <message>
        <source>Batch</source>
        <translation>Stapelweise</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>No sync</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>n8n webhook %1</source>
        <translation>n8n-Webhook %1</translation>
    </message>
    <message>
        <source>Supabase RPC %1.%2</source>
        <translation>Supabase-RPC %1.%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Each tenant&apos;s Supabase project and schema, how its data syncs, the ETL check &quot;Test ETL&quot; runs and its Superset dashboard. Change them in the tenant&apos;s Analytics tab.</source>
        <translation>Supabase-Projekt und Schema jedes Mandanten, wie seine Daten synchronisiert werden, die ETL-Prüfung, die „ETL testen“ ausführt, und sein Superset-Dashboard. Ändern Sie diese auf dem Reiter „Analyse“ des Mandanten.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation>Supabase-Projekt</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Sync-Modus</translation>
    </message>
    <message>
        <source>ETL check</source>
        <translation>ETL-Prüfung</translation>
    </message>
    <message>
        <source>Linked dashboard</source>
        <translation>Verknüpftes Dashboard</translation>
    </message>
    <message>
        <source>There are no tenants yet: create one in the Tenants pane (File → New tenant), then give it a Supabase project in its Analytics tab.</source>
        <translation>Es gibt noch keine Mandanten: Legen Sie einen im Bereich „Mandanten“ an (Datei → Neuer Mandant) und weisen Sie ihm dann auf seinem Reiter „Analyse“ ein Supabase-Projekt zu.</translation>
    </message>
    <message>
        <source>&amp;Test ETL…</source>
        <translation>ETL &amp;testen…</translation>
    </message>
    <message>
        <source>Open &amp;linked dashboard</source>
        <translation>&amp;Verknüpftes Dashboard öffnen</translation>
    </message>
    <message>
        <source>Superset dashboards</source>
        <translation>Superset-Dashboards</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Lin&amp;k to tenant…</source>
        <translation>Mit Mandant &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Refresh dashboards</source>
        <translation>Dashboards &amp;aktualisieren</translation>
    </message>
    <message>
        <source>ETL test result</source>
        <translation>Ergebnis des ETL-Tests</translation>
    </message>
    <message>
        <source>No ETL test has run yet: select a tenant with an ETL check and press Test ETL. It runs the tenant&apos;s n8n workflow or Supabase function once, for real.</source>
        <translation>Es wurde noch kein ETL-Test ausgeführt: Wählen Sie einen Mandanten mit einer ETL-Prüfung und klicken Sie auf „ETL testen“. Dies führt den n8n-Workflow oder die Supabase-Funktion des Mandanten einmal tatsächlich aus.</translation>
    </message>
    <message>
        <source>Reading Superset&apos;s dashboards…</source>
        <translation>Dashboards von Superset werden gelesen…</translation>
    </message>
    <message>
        <source>Superset&apos;s dashboards cannot be shown: %1
Check that Superset runs at the superset provider&apos;s address (Keys pane, or &quot;fusionctl keys provider set superset --base-url URL&quot;), then Refresh dashboards.</source>
        <translation>Die Dashboards von Superset können nicht angezeigt werden: %1
Prüfen Sie, ob Superset unter der Adresse des Anbieters superset läuft (Bereich „Schlüssel“ oder „fusionctl keys provider set superset --base-url URL“), und klicken Sie dann auf „Dashboards aktualisieren“.</translation>
    </message>
    <message>
        <source>Superset&apos;s dashboards cannot be shown: %1</source>
        <translation>Die Dashboards von Superset können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 (by name, not linked)</source>
        <translation>%1 (nach Name, nicht verknüpft)</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Superset has not been asked yet.</source>
        <translation>Superset wurde noch nicht abgefragt.</translation>
    </message>
    <message>
        <source>Superset has no dashboards yet: create one in Superset, then press Refresh dashboards.</source>
        <translation>Superset hat noch keine Dashboards: Legen Sie eines in Superset an und klicken Sie dann auf „Dashboards aktualisieren“.</translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard(s) in Superset. A dashboard belongs to a tenant when it is the tenant&apos;s linked dashboard, or its slug or title contains the tenant&apos;s slug.</source>
        <translation>
            <numerusform>%n Dashboard in Superset. Ein Dashboard gehört zu einem Mandanten, wenn es dessen verknüpftes Dashboard ist oder sein Kürzel oder Titel das Kürzel des Mandanten enthält.</numerusform>
            <numerusform>%n Dashboards in Superset. Ein Dashboard gehört zu einem Mandanten, wenn es dessen verknüpftes Dashboard ist oder sein Kürzel oder Titel das Kürzel des Mandanten enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Nur lesend: %1</translation>
    </message>
    <message>
        <source>Select a tenant first.</source>
        <translation>Wählen Sie zuerst einen Mandanten.</translation>
    </message>
    <message>
        <source>%1 has no ETL check: choose one in the tenant&apos;s Analytics tab.</source>
        <translation>%1 hat keine ETL-Prüfung: Wählen Sie eine auf dem Reiter „Analyse“ des Mandanten.</translation>
    </message>
    <message>
        <source>An ETL test is running.</source>
        <translation>Ein ETL-Test läuft.</translation>
    </message>
    <message>
        <source>Run %1&apos;s ETL check once, for real (asks first; audited).</source>
        <translation>Die ETL-Prüfung von %1 einmal tatsächlich ausführen (fragt vorher nach; protokolliert).</translation>
    </message>
    <message>
        <source>%1 has no linked dashboard.</source>
        <translation>%1 hat kein verknüpftes Dashboard.</translation>
    </message>
    <message>
        <source>Open the tenant&apos;s Superset dashboard in the browser.</source>
        <translation>Das Superset-Dashboard des Mandanten im Browser öffnen.</translation>
    </message>
    <message>
        <source>Select a dashboard first.</source>
        <translation>Wählen Sie zuerst ein Dashboard.</translation>
    </message>
    <message>
        <source>Make this the linked dashboard of a tenant (asks first; audited).</source>
        <translation>Dieses Dashboard zum verknüpften Dashboard eines Mandanten machen (fragt vorher nach; protokolliert).</translation>
    </message>
    <message>
        <source>The ETL test of %1 did not run: %2</source>
        <translation>Der ETL-Test von %1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>Supabase function %1.%2</source>
        <translation>Supabase-Funktion %1.%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>✔ The ETL test of %1 succeeded: %2, %3 in %4 ms.
%5
Called: %6</source>
        <translation>✔ Der ETL-Test von %1 war erfolgreich: %2, %3 in %4 ms.
%5
Aufgerufen: %6</translation>
    </message>
    <message>
        <source>The ETL test of %1 succeeded.</source>
        <translation>Der ETL-Test von %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>✘ The ETL test of %1 failed: %2, %3 after %4 ms.
%5
Called: %6</source>
        <translation>✘ Der ETL-Test von %1 ist fehlgeschlagen: %2, %3 nach %4 ms.
%5
Aufgerufen: %6</translation>
    </message>
    <message>
        <source>The ETL test of %1 failed.</source>
        <translation>Der ETL-Test von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Link dashboard to tenant</source>
        <translation>Dashboard mit Mandant verknüpfen</translation>
    </message>
    <message>
        <source>The tenant whose Superset dashboard becomes &quot;%1&quot;:</source>
        <translation>Der Mandant, dessen Superset-Dashboard „%1“ wird:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already is the dashboard of %2.</source>
        <translation>„%1“ ist bereits das Dashboard von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the dashboard of %2.</source>
        <translation>„%1“ ist jetzt das Dashboard von %2.</translation>
    </message>
</context>
<context>
    <name>fusion::ApiKeyListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>Auslaufend</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>fusion::AppJobs</name>
    <message>
        <source>set it with Odoo Connection… in the tenant&apos;s page</source>
        <translation>richten Sie sie mit „Odoo-Verbindung …“ auf der Seite des Mandanten ein</translation>
    </message>
    <message>
        <source>store it with Odoo Connection… in the tenant&apos;s page</source>
        <translation>hinterlegen Sie ihn mit „Odoo-Verbindung …“ auf der Seite des Mandanten</translation>
    </message>
    <message>
        <source>untick the check to save it anyway</source>
        <translation>entfernen Sie das Häkchen bei der Prüfung, um ihn trotzdem zu speichern</translation>
    </message>
</context>
<context>
    <name>fusion::AuditListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>fusion::AuditLog</name>
    <message>
        <source>Audit row %1 does not start the chain: rows before it were removed.</source>
        <translation>Prüfprotokollzeile %1 beginnt die Kette nicht: Zeilen davor wurden entfernt.</translation>
    </message>
    <message>
        <source>Audit row %1 does not link to row %2: a row between them was removed or row %2 was altered.</source>
        <translation>Prüfprotokollzeile %1 verweist nicht auf Zeile %2: Eine Zeile dazwischen wurde entfernt oder Zeile %2 wurde verändert.</translation>
    </message>
    <message>
        <source>Audit row %1 was altered: its content no longer matches its hash.</source>
        <translation>Prüfprotokollzeile %1 wurde verändert: Ihr Inhalt stimmt nicht mehr mit ihrem Hash überein.</translation>
    </message>
    <message>
        <source>The audit log is empty but rows were written: all rows were removed.</source>
        <translation>Das Prüfprotokoll ist leer, obwohl Zeilen geschrieben wurden: Alle Zeilen wurden entfernt.</translation>
    </message>
    <message>
        <source>Rows after audit row %1 were removed (the chain once ended at row %2).</source>
        <translation>Zeilen nach Prüfprotokollzeile %1 wurden entfernt (die Kette endete einmal bei Zeile %2).</translation>
    </message>
</context>
<context>
    <name>fusion::AuditPane</name>
    <message>
        <source>Newest %1 of %2 rows</source>
        <translation>Neueste %1 von %2 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 · %2 · %3
</source>
        <translation>Zeile %1 · %2 · %3
</translation>
    </message>
    <message>
        <source>Action: %1 on %2 %3
</source>
        <translation>Aktion: %1 für %2 %3
</translation>
    </message>
    <message>
        <source>Before:
%1
</source>
        <translation>Vorher:
%1
</translation>
    </message>
    <message>
        <source>After:
%1
</source>
        <translation>Nachher:
%1
</translation>
    </message>
    <message>
        <source>Hash: %1
Previous: %2</source>
        <translation>Hash: %1
Vorheriger: %2</translation>
    </message>
    <message>
        <source>(start of chain)</source>
        <translation>(Beginn der Kette)</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Prüfprotokollkette wird überprüft …</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist intakt: %n Zeile geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist intakt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::AutomationPane</name>
    <message>
        <source>Automation (n8n)</source>
        <translation>Automatisierung (n8n)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open n8n</source>
        <translation>n8n &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Run for tenant…</source>
        <translation>Für Mandanten aus&amp;führen…</translation>
    </message>
    <message>
        <source>Open &amp;Keys</source>
        <translation>&amp;Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;operation</source>
        <translation>&amp;Vorgang öffnen</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Filter by name, tag or id</source>
        <translation>Nach Name, Tag oder ID filtern</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Open in n&amp;8n</source>
        <translation>In n&amp;8n öffnen</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Alle Workflows</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <source>Stopped (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <source>&amp;Load more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Open e&amp;xecution in n8n</source>
        <translation>A&amp;usführung in n8n öffnen</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>API key set</source>
        <translation>API-Schlüssel hinterlegt</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <source>n8n at %1 · %2 · not set up: %3 Or add it in the Keys pane.</source>
        <translation>n8n unter %1 · %2 · nicht eingerichtet: %3 Oder fügen Sie ihn im Bereich „Schlüssel“ hinzu.</translation>
    </message>
    <message>
        <source>n8n is not set up yet: %1</source>
        <translation>n8n ist noch nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>Executions appear here once n8n is set up.</source>
        <translation>Ausführungen erscheinen hier, sobald n8n eingerichtet ist.</translation>
    </message>
    <message>
        <source>n8n at %1 · %2 · connecting…</source>
        <translation>n8n unter %1 · %2 · Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Asking n8n for its workflows…</source>
        <translation>n8n wird nach seinen Workflows gefragt…</translation>
    </message>
    <message>
        <source>n8n at %1 · %2 · %3%4</source>
        <translation>n8n unter %1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>n8n&apos;s workflows could not be read: %1</source>
        <translation>Die Workflows von n8n konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>n8n at %1 · API key set · reachable · %n workflow(s)</source>
        <translation>
            <numerusform>n8n unter %1 · API-Schlüssel hinterlegt · erreichbar · %n Workflow</numerusform>
            <numerusform>n8n unter %1 · API-Schlüssel hinterlegt · erreichbar · %n Workflows</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>n8n id %1</source>
        <translation>n8n-ID %1</translation>
    </message>
    <message>
        <source>No tenant here has this slug</source>
        <translation>Kein Mandant hier hat dieses Kürzel</translation>
    </message>
    <message>
        <source>Click to open the tenant</source>
        <translation>Klicken, um den Mandanten zu öffnen</translation>
    </message>
    <message>
        <source>n8n has no workflows yet. Create one in n8n (Open n8n) and tag it with a tenant&apos;s slug or &quot;tenant:&lt;slug&gt;&quot; to link it to that tenant.</source>
        <translation>n8n hat noch keine Workflows. Legen Sie einen in n8n an (n8n öffnen) und versehen Sie ihn mit dem Kürzel eines Mandanten oder „tenant:&lt;slug&gt;“ als Tag, um ihn mit diesem Mandanten zu verknüpfen.</translation>
    </message>
    <message>
        <source>No workflow matches this filter. Tag a workflow with the tenant&apos;s slug in n8n to link it, or clear the filter.</source>
        <translation>Kein Workflow passt zu diesem Filter. Versehen Sie einen Workflow in n8n mit dem Kürzel des Mandanten als Tag, um ihn zu verknüpfen, oder leeren Sie den Filter.</translation>
    </message>
    <message>
        <source>Asking n8n for its executions…</source>
        <translation>n8n wird nach seinen Ausführungen gefragt…</translation>
    </message>
    <message>
        <source>n8n&apos;s executions could not be read: %1</source>
        <translation>Die Ausführungen von n8n konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n Ausführung</numerusform>
            <numerusform>%n Ausführungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) shown; more in n8n</source>
        <translation>
            <numerusform>%n Ausführung angezeigt; weitere in n8n</numerusform>
            <numerusform>%n Ausführungen angezeigt; weitere in n8n</numerusform>
        </translation>
    </message>
    <message>
        <source>n8n has no executions yet. They appear when a workflow runs (Run for tenant…).</source>
        <translation>n8n hat noch keine Ausführungen. Sie erscheinen, wenn ein Workflow läuft (Für Mandanten ausführen…).</translation>
    </message>
    <message>
        <source>No execution matches this status and workflow.</source>
        <translation>Keine Ausführung passt zu diesem Status und Workflow.</translation>
    </message>
    <message>
        <source>Turns on the workflow&apos;s triggers and production webhook in n8n.</source>
        <translation>Schaltet die Trigger und den Produktions-Webhook des Workflows in n8n ein.</translation>
    </message>
    <message>
        <source>Stops the workflow&apos;s triggers and production webhook in n8n.</source>
        <translation>Stoppt die Trigger und den Produktions-Webhook des Workflows in n8n.</translation>
    </message>
    <message>
        <source>Calls a webhook workflow once for a tenant, as an operation.</source>
        <translation>Ruft einen Webhook-Workflow einmal für einen Mandanten auf, als Vorgang.</translation>
    </message>
    <message>
        <source>n8n must be reachable first (see above).</source>
        <translation>n8n muss zuerst erreichbar sein (siehe oben).</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; is active in n8n.</source>
        <translation>Workflow „%1“ ist in n8n aktiv.</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; is inactive in n8n.</source>
        <translation>Workflow „%1“ ist in n8n inaktiv.</translation>
    </message>
    <message>
        <source>Operation %1 for %2 failed: %3</source>
        <translation>Vorgang %1 für %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Operation %1 for %2 is running; n8n&apos;s execution is not known: %3</source>
        <translation>Vorgang %1 für %2 läuft; die Ausführung in n8n ist nicht bekannt: %3</translation>
    </message>
    <message>
        <source>Operation %1 for %2 is running as n8n execution %3.</source>
        <translation>Vorgang %1 für %2 läuft als n8n-Ausführung %3.</translation>
    </message>
    <message>
        <source>Which n8n instance this pane shows and changes</source>
        <translation>Welche n8n-Instanz dieser Bereich anzeigt und ändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Automation (%1)</source>
        <translation>Automatisierung (%1)</translation>
    </message>
    <message>
        <source> Fix: store the instance&apos;s API key with &quot;fusionctl keys add %1 --label default --secret-stdin&quot; or in the Keys pane.</source>
        <translation> Abhilfe: Hinterlegen Sie den API-Schlüssel der Instanz mit „fusionctl keys add %1 --label default --secret-stdin“ oder im Bereich „Schlüssel“.</translation>
    </message>
    <message>
        <source> Fix: check that n8n runs at this address, or change it with &quot;fusionctl keys provider set %1 --base-url URL&quot; or in the Keys pane.</source>
        <translation> Abhilfe: Prüfen Sie, ob n8n unter dieser Adresse läuft, oder ändern Sie sie mit „fusionctl keys provider set %1 --base-url URL“ oder im Bereich „Schlüssel“.</translation>
    </message>
</context>
<context>
    <name>fusion::AutomationRun</name>
    <message>
        <source>The webhook path &quot;%1&quot; does not end in an operation type; say which operation the workflow carries out (%2).</source>
        <translation>Der Webhook-Pfad „%1“ endet nicht auf einen Vorgangstyp; geben Sie an, welchen Vorgang der Workflow ausführt (%2).</translation>
    </message>
    <message>
        <source>A workflow can carry out %1, not &quot;%2&quot;.</source>
        <translation>Ein Workflow kann %1 ausführen, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook path (letters, digits and ._~:/- only).</source>
        <translation>„%1“ ist kein Webhook-Pfad (nur Buchstaben, Ziffern und ._~:/-).</translation>
    </message>
    <message>
        <source>Run n8n workflow %1 for %2</source>
        <translation>n8n-Workflow %1 für %2 ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>Records a queued operation, then calls the webhook %1 once (it is never resent).</source>
        <translation>Legt einen Vorgang in der Warteschlange an und ruft dann den Webhook %1 einmal auf (er wird nie erneut gesendet).</translation>
    </message>
    <message>
        <source>The operation then says whether the workflow started, with n8n&apos;s execution id.</source>
        <translation>Der Vorgang vermerkt dann, ob der Workflow gestartet wurde, mit der Ausführungs-ID von n8n.</translation>
    </message>
    <message>
        <source>Calling n8n&apos;s webhook %1 for %2…</source>
        <translation>Webhook %1 von n8n für %2 wird aufgerufen…</translation>
    </message>
    <message>
        <source>n8n started workflow %1 (execution %2).</source>
        <translation>n8n hat Workflow %1 gestartet (Ausführung %2).</translation>
    </message>
    <message>
        <source>n8n did not say which execution it started.</source>
        <translation>n8n hat nicht angegeben, welche Ausführung gestartet wurde.</translation>
    </message>
    <message>
        <source>n8n started workflow %1; its execution is not known: %2</source>
        <translation>n8n hat Workflow %1 gestartet; seine Ausführung ist nicht bekannt: %2</translation>
    </message>
    <message>
        <source>n8n was called for operation %1, but its outcome could not be recorded: %2</source>
        <translation>n8n wurde für Vorgang %1 aufgerufen, aber das Ergebnis konnte nicht festgehalten werden: %2</translation>
    </message>
    <message>
        <source>n8n instance</source>
        <translation>n8n-Instanz</translation>
    </message>
</context>
<context>
    <name>fusion::BillingEntryDialog</name>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Vorschlag:</translation>
    </message>
    <message>
        <source>New &amp;plan:</source>
        <translation>Neuer &amp;Tarif:</translation>
    </message>
    <message>
        <source>in dollars, e.g. 25.00</source>
        <translation>in Dollar, z. B. 25.00</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>fusion::BillingOverview</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>fusion::BillingPane</name>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>No AI spend in this month.</source>
        <translation>Keine KI-Ausgaben in diesem Monat.</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Kontingent</translation>
    </message>
    <message numerus="yes">
        <source>Spend vs allowance, top %n</source>
        <translation>
            <numerusform>Ausgaben vs. Kontingent, Top %n</numerusform>
            <numerusform>Ausgaben vs. Kontingent, Top %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Your role does not see billing amounts: revenue, invoices, AI spend and proposals are for owners and finance. Ask an owner if you need them.</source>
        <translation>Ihre Rolle sieht keine Abrechnungsbeträge: Umsatz, Rechnungen, KI-Ausgaben und Vorschläge sind Eigentümern und der Finanzabteilung vorbehalten. Wenden Sie sich bei Bedarf an einen Eigentümer.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Monthly recurring</source>
        <translation>Monatlich wiederkehrend</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message numerus="yes">
        <source>Invoices due and overdue (payment terms: %n day(s) after issue)</source>
        <translation>
            <numerusform>Fällige und überfällige Rechnungen (Zahlungsziel: %n Tag nach Ausstellung)</numerusform>
            <numerusform>Fällige und überfällige Rechnungen (Zahlungsziel: %n Tage nach Ausstellung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring revenue of active and past-due subscriptions, by plan and by agency group (a yearly plan counts a twelfth of its price).</source>
        <translation>Wiederkehrender Umsatz aktiver und überfälliger Abonnements, nach Tarif und nach Agenturgruppe (ein Jahrestarif zählt mit einem Zwölftel seines Preises).</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ausstellen…</translation>
    </message>
    <message>
        <source>Mark &amp;paid…</source>
        <translation>Als &amp;bezahlt markieren…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>&amp;Credit note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <source>P&amp;ropose…</source>
        <translation>&amp;Vorschlagen…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>The month&apos;s invoices and credit notes. Generate drafts them from the daily usage aggregates; an issued invoice never changes — correct it with a credit note. Finance proposes credits, discounts and plan changes for an owner.</source>
        <translation>Die Rechnungen und Gutschriften des Monats. „Erzeugen“ erstellt Entwürfe aus den täglichen Nutzungsaggregaten; eine ausgestellte Rechnung ändert sich nie – korrigieren Sie sie mit einer Gutschrift. Die Finanzabteilung schlägt einem Eigentümer Gutschriften, Rabatte und Tarifwechsel vor.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Over allowance</source>
        <translation>Über Kontingent</translation>
    </message>
    <message>
        <source>Each tenant&apos;s AI spend in the month, from the daily aggregates, against the allowance its plan includes; what is over is invoiced.</source>
        <translation>Die KI-Ausgaben jedes Mandanten im Monat aus den täglichen Aggregaten, verglichen mit dem Kontingent seines Tarifs; der Mehrverbrauch wird in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>KI-Ausgaben</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Plan changes, credits and discounts finance proposed (Invoices → Propose…). An owner&apos;s approval applies exactly what was proposed, once.</source>
        <translation>Von der Finanzabteilung vorgeschlagene Tarifwechsel, Gutschriften und Rabatte (Rechnungen → Vorschlagen…). Die Genehmigung eines Eigentümers wendet genau das Vorgeschlagene einmal an.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message numerus="yes">
        <source>Recurring revenue %1 a month from %n subscription(s) · %2 invoiced for %3 · %4 open, %5 overdue</source>
        <translation>
            <numerusform>Wiederkehrender Umsatz %1 pro Monat aus %n Abonnement · %2 in Rechnung gestellt für %3 · %4 offen, %5 überfällig</numerusform>
            <numerusform>Wiederkehrender Umsatz %1 pro Monat aus %n Abonnements · %2 in Rechnung gestellt für %3 · %4 offen, %5 überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (credit note of %2)</source>
        <translation>%1 (Gutschrift zu %2)</translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may do this; finance proposes instead.</source>
        <translation>Nur Eigentümer (fusion_owner) dürfen dies tun; die Finanzabteilung stellt stattdessen einen Vorschlag.</translation>
    </message>
    <message>
        <source>Propose a credit, a discount on a draft or a plan change for the selected invoice&apos;s tenant; an owner approves it.</source>
        <translation>Schlagen Sie für den Mandanten der ausgewählten Rechnung eine Gutschrift, einen Rabatt auf einen Entwurf oder einen Tarifwechsel vor; ein Eigentümer genehmigt ihn.</translation>
    </message>
    <message>
        <source>Only finance and owners propose billing changes.</source>
        <translation>Nur die Finanzabteilung und Eigentümer schlagen Abrechnungsänderungen vor.</translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) decide billing proposals.</source>
        <translation>Nur Eigentümer (fusion_owner) entscheiden über Abrechnungsvorschläge.</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n draft invoice(s).</source>
        <translation>
            <numerusform>%n Rechnungsentwurf erzeugt.</numerusform>
            <numerusform>%n Rechnungsentwürfe erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation>Als %1 ausgestellt.</translation>
    </message>
    <message>
        <source>%1 is paid.</source>
        <translation>%1 ist bezahlt.</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 ist storniert.</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>A credit note against %1 (at most %2). The invoice stays as it was issued.</source>
        <translation>Eine Gutschrift zu %1 (höchstens %2). Die Rechnung bleibt so, wie sie ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Credit note %1 issued.</source>
        <translation>Gutschrift %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Propose a billing change</source>
        <translation>Abrechnungsänderung vorschlagen</translation>
    </message>
    <message>
        <source>For tenant %1, invoice %2. Nothing changes until an owner approves.</source>
        <translation>Für Mandant %1, Rechnung %2. Nichts ändert sich, bis ein Eigentümer genehmigt.</translation>
    </message>
    <message>
        <source>Proposed (billing proposal %1); an owner approves or rejects it.</source>
        <translation>Vorgeschlagen (Abrechnungsvorschlag %1); ein Eigentümer genehmigt oder lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Approved and applied: %1.</source>
        <translation>Genehmigt und angewendet: %1.</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Reject %1 for %2. Say why: finance sees it.</source>
        <translation>%1 für %2 ablehnen. Geben Sie den Grund an: Die Finanzabteilung sieht ihn.</translation>
    </message>
    <message>
        <source>The proposal is rejected.</source>
        <translation>Der Vorschlag ist abgelehnt.</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export invoices as CSV</source>
        <translation>Rechnungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>fusion::BillingPlans</name>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>A plan code is 1 to 40 lower-case letters, digits, - or _ (for example &quot;pro&quot;).</source>
        <translation>Ein Tarifcode besteht aus 1 bis 40 Kleinbuchstaben, Ziffern, - oder _ (zum Beispiel „pro“).</translation>
    </message>
    <message>
        <source>A plan needs a name of 1 to 120 characters.</source>
        <translation>Ein Tarif braucht einen Namen mit 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <source>A plan is billed monthly or yearly.</source>
        <translation>Ein Tarif wird monatlich oder jährlich abgerechnet.</translation>
    </message>
    <message>
        <source>Prices and allowances are amounts from 0 to a billion.</source>
        <translation>Preise und Kontingente sind Beträge von 0 bis zu einer Milliarde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Price per period</source>
        <translation>Preis je Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>AI allowance per month</source>
        <translation>KI-Kontingent pro Monat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The plan %1 was changed by someone else meanwhile; look again.</source>
        <translation>Der Tarif %1 wurde inzwischen von jemand anderem geändert; sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Edit the plan %1</source>
        <translation>Tarif %1 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n subscribed tenant(s) are billed the new terms from the next invoice.</source>
        <translation>
            <numerusform>%n Mandant mit Abonnement wird ab der nächsten Rechnung zu den neuen Konditionen abgerechnet.</numerusform>
            <numerusform>%n Mandanten mit Abonnement werden ab der nächsten Rechnung zu den neuen Konditionen abgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the plan %1</source>
        <translation>Tarif %1 anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>fusion::BillingProposals</name>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Say why you propose it (1 to 500 characters).</source>
        <translation>Geben Sie an, warum Sie dies vorschlagen (1 bis 500 Zeichen).</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Nothing changes until an owner approves the proposal.</source>
        <translation>Nichts ändert sich, bis ein Eigentümer den Vorschlag genehmigt.</translation>
    </message>
    <message>
        <source>There is no billing proposal %1.</source>
        <translation>Es gibt keinen Abrechnungsvorschlag %1.</translation>
    </message>
    <message>
        <source>Billing proposal %1 was already %2 by %3.</source>
        <translation>Abrechnungsvorschlag %1 wurde bereits von %3 %2.</translation>
    </message>
    <message>
        <source>Billing proposal %1 was already %2 by %3 meanwhile; nothing was applied.</source>
        <translation>Abrechnungsvorschlag %1 wurde inzwischen bereits von %3 %2; nichts wurde angewendet.</translation>
    </message>
    <message>
        <source>Billing proposal %1 changed meanwhile; look again.</source>
        <translation>Abrechnungsvorschlag %1 hat sich inzwischen geändert; prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
    <message>
        <source>A discount goes on a draft invoice; invoice %1 is %2. Propose a credit instead.</source>
        <translation>Ein Rabatt gilt nur für einen Rechnungsentwurf; Rechnung %1 ist %2. Schlagen Sie stattdessen eine Gutschrift vor.</translation>
    </message>
    <message>
        <source>A discount is an amount above zero.</source>
        <translation>Ein Rabatt ist ein Betrag über null.</translation>
    </message>
    <message>
        <source>The discount %1 is more than the draft&apos;s total %2.</source>
        <translation>Der Rabatt %1 übersteigt die Gesamtsumme %2 des Entwurfs.</translation>
    </message>
    <message>
        <source>plan → %1</source>
        <translation>Tarif → %1</translation>
    </message>
    <message>
        <source>credit %1 on %2</source>
        <translation>Gutschrift %1 zu %2</translation>
    </message>
    <message>
        <source>discount %1 on %2</source>
        <translation>Rabatt %1 auf %2</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>Tarifwechsel</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mandanten „%1“.</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>Es gibt keinen Tarif „%1“.</translation>
    </message>
    <message>
        <source>Tenant %1 has no subscription to change.</source>
        <translation>Mandant %1 hat kein Abonnement, das geändert werden könnte.</translation>
    </message>
    <message>
        <source>Tenant %1 is already on %2.</source>
        <translation>Mandant %1 hat bereits den Tarif %2.</translation>
    </message>
    <message>
        <source>Propose moving tenant %1 to plan %2</source>
        <translation>Wechsel von Mandant %1 zu Tarif %2 vorschlagen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Propose a credit of %1 on %2 (%3)</source>
        <translation>Gutschrift über %1 zu %2 (%3) vorschlagen</translation>
    </message>
    <message>
        <source>When approved: %1</source>
        <translation>Nach Genehmigung: %1</translation>
    </message>
    <message>
        <source>Propose a discount of %1 on draft %2 (%3, %4)</source>
        <translation>Rabatt von %1 auf Entwurf %2 (%3, %4) vorschlagen</translation>
    </message>
    <message>
        <source>When approved: a discount line on the draft; its total becomes %1.</source>
        <translation>Nach Genehmigung: eine Rabattposition im Entwurf; seine Gesamtsumme wird %1.</translation>
    </message>
    <message>
        <source>The proposed plan no longer exists.</source>
        <translation>Der vorgeschlagene Tarif existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Tenant %1&apos;s subscription and the tenant move to plan %2.</source>
        <translation>Das Abonnement von Mandant %1 und der Mandant wechseln zu Tarif %2.</translation>
    </message>
    <message>
        <source>The tenant&apos;s subscription no longer exists.</source>
        <translation>Das Abonnement des Mandanten existiert nicht mehr.</translation>
    </message>
    <message>
        <source>plan changed</source>
        <translation>Tarif gewechselt</translation>
    </message>
    <message>
        <source>credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Draft total</source>
        <translation>Entwurfssumme</translation>
    </message>
    <message>
        <source>Adds a discount line of %1 to draft %2 of %3.</source>
        <translation>Fügt Entwurf %2 von %3 eine Rabattposition über %1 hinzu.</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Rabatt: %1</translation>
    </message>
    <message>
        <source>Draft %1 was changed or issued meanwhile; look again.</source>
        <translation>Entwurf %1 wurde inzwischen geändert oder ausgestellt; prüfen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>discount on draft %1</source>
        <translation>Rabatt auf Entwurf %1</translation>
    </message>
    <message>
        <source>Approve billing proposal %1 by %2: %3 for %4</source>
        <translation>Abrechnungsvorschlag %1 von %2 genehmigen: %3 für %4</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angegebener Grund: %1</translation>
    </message>
    <message>
        <source>Say why you reject it (1 to 500 characters).</source>
        <translation>Geben Sie an, warum Sie ablehnen (1 bis 500 Zeichen).</translation>
    </message>
    <message>
        <source>Reject billing proposal %1 by %2: %3 for %4</source>
        <translation>Abrechnungsvorschlag %1 von %2 ablehnen: %3 für %4</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Nothing of the proposal is applied.</source>
        <translation>Nichts vom Vorschlag wird angewendet.</translation>
    </message>
</context>
<context>
    <name>fusion::BoundedText</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln more line(s) (%1)</source>
        <translation>
            <numerusform>… %Ln weitere Zeile (%1)</numerusform>
            <numerusform>… %Ln weitere Zeilen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation>… %1 weitere nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>fusion::BudgetAlerts</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n budget alert(s)</source>
        <translation>
            <numerusform>%n Budgetwarnung bestätigen</numerusform>
            <numerusform>%n Budgetwarnungen bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1: %2 % of the %3 for %4 (%5)</source>
        <translation>Benutzer %1: %2 % vom %3 für %4 (%5)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 % of the %4 for %5 (%6)</source>
        <translation>%1 bei %2: %3 % vom %4 für %5 (%6)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>fusion::BundleApply</name>
    <message>
        <source>Connecting to %1&apos;s Odoo…</source>
        <translation>Verbindung zum Odoo von %1 …</translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation>Es gibt kein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Asking %1&apos;s Odoo which modules it has…</source>
        <translation>Das Odoo von %1 wird nach seinen Modulen gefragt …</translation>
    </message>
    <message>
        <source>Applying bundle %1 to %2</source>
        <translation>Bundle %1 wird auf %2 angewendet</translation>
    </message>
</context>
<context>
    <name>fusion::BundleCatalog</name>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>The code must be 1–64 lowercase letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter or digit.</source>
        <translation>Der Code muss aus 1–64 Kleinbuchstaben, Ziffern, „-“ oder „_“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The name must have 1–120 characters.</source>
        <translation>Der Name muss 1–120 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The type must be 1–40 lowercase letters, digits or &quot;_&quot; (e.g. finance_ppm, crm).</source>
        <translation>Der Typ muss aus 1–40 Kleinbuchstaben, Ziffern oder „_“ bestehen (z. B. finance_ppm, crm).</translation>
    </message>
    <message>
        <source>The version must have 1–32 characters on one line.</source>
        <translation>Die Version muss aus 1–32 Zeichen in einer Zeile bestehen.</translation>
    </message>
    <message>
        <source>The description must have at most 2,000 characters.</source>
        <translation>Die Beschreibung darf höchstens 2.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A bundle needs at least one module.</source>
        <translation>Ein Modulpaket benötigt mindestens ein Modul.</translation>
    </message>
    <message>
        <source>A bundle can have at most %1 modules.</source>
        <translation>Ein Modulpaket kann höchstens %1 Module enthalten.</translation>
    </message>
    <message>
        <source>Not a module name (lowercase letters, digits and &quot;_&quot;): %1</source>
        <translation>Kein gültiger Modulname (Kleinbuchstaben, Ziffern und „_“): %1</translation>
    </message>
    <message>
        <source>There already is a bundle &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Create bundle %1</source>
        <translation>Modulpaket %1 anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Not in the module catalog yet (sync a tenant&apos;s modules to check the names): %1</source>
        <translation>Noch nicht im Modulkatalog (gleichen Sie die Module eines Mandanten ab, um die Namen zu prüfen): %1</translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation>Es gibt kein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Bundle %1 was changed by someone else since you opened it; reload it to see the changes. Nothing was saved.</source>
        <translation>Modulpaket %1 wurde von jemand anderem geändert, seit Sie es geöffnet haben; laden Sie es neu, um die Änderungen zu sehen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Change bundle %1</source>
        <translation>Modulpaket %1 ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) with this bundle will show the added modules as missing until the bundle is applied to them.</source>
        <translation>
            <numerusform>Bei %n Mandanten mit diesem Modulpaket werden die hinzugefügten Module als fehlend angezeigt, bis das Modulpaket auf ihn angewendet wird.</numerusform>
            <numerusform>Bei %n Mandanten mit diesem Modulpaket werden die hinzugefügten Module als fehlend angezeigt, bis das Modulpaket auf sie angewendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed modules stay installed in tenants&apos; Odoo; where no other bundle wants them they show up as drift.</source>
        <translation>Entfernte Module bleiben im Odoo der Mandanten installiert; wo kein anderes Modulpaket sie vorsieht, erscheinen sie als Abweichung.</translation>
    </message>
    <message>
        <source>Bundle %1 was changed or deleted by someone else meanwhile; nothing was saved.</source>
        <translation>Modulpaket %1 wurde inzwischen von jemand anderem geändert oder gelöscht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Bundle %1 was changed by someone else since you opened it; reload it first.</source>
        <translation>Modulpaket %1 wurde von jemand anderem geändert, seit Sie es geöffnet haben; laden Sie es zuerst neu.</translation>
    </message>
    <message>
        <source>Bundle %1 is assigned to %2; unassign it from those tenants first.</source>
        <translation>Modulpaket %1 ist %2 zugewiesen; heben Sie zuerst die Zuweisung zu diesen Mandanten auf.</translation>
    </message>
    <message>
        <source>Delete bundle %1</source>
        <translation>Modulpaket %1 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No tenant has this bundle; installed modules are not touched.</source>
        <translation>Kein Mandant hat dieses Modulpaket; installierte Module bleiben unberührt.</translation>
    </message>
    <message>
        <source>Bundle %1 was assigned to a tenant meanwhile; nothing was deleted.</source>
        <translation>Modulpaket %1 wurde inzwischen einem Mandanten zugewiesen; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Bundle %1 was changed by someone else meanwhile; nothing was deleted.</source>
        <translation>Modulpaket %1 wurde inzwischen von jemand anderem geändert; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Tenant %1 does not have bundle %2 (or your role may not see the tenant).</source>
        <translation>Mandant %1 hat das Modulpaket %2 nicht (oder Ihre Rolle darf den Mandanten nicht sehen).</translation>
    </message>
    <message>
        <source>There is no live tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation>Es gibt keinen nicht stillgelegten Mandanten „%1“ (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Finance PPM</source>
        <translation>Finance PPM</translation>
    </message>
    <message>
        <source>Accounting with OCA reports, reconciliation and assets, projects with timesheets: finance and project portfolio management.</source>
        <translation>Buchhaltung mit OCA-Berichten, Abstimmung und Anlagen, Projekte mit Zeiterfassung: Finanz- und Projektportfoliomanagement.</translation>
    </message>
    <message>
        <source>CRM &amp; Sales</source>
        <translation>CRM &amp; Vertrieb</translation>
    </message>
    <message>
        <source>Leads and opportunities through to quotations and sales orders, with contacts and the calendar.</source>
        <translation>Leads und Verkaufschancen bis zu Angeboten und Aufträgen, mit Kontakten und Kalender.</translation>
    </message>
</context>
<context>
    <name>fusion::BundleInstaller</name>
    <message>
        <source>Updating Odoo&apos;s module list…</source>
        <translation>Die Modulliste von Odoo wird aktualisiert …</translation>
    </message>
    <message>
        <source>Reading the modules&apos; states…</source>
        <translation>Der Zustand der Module wird gelesen …</translation>
    </message>
    <message>
        <source>Installing %1 (this can take minutes)…</source>
        <translation>%1 wird installiert (das kann Minuten dauern) …</translation>
    </message>
    <message>
        <source>Reading what Odoo installed…</source>
        <translation>Es wird gelesen, was Odoo installiert hat …</translation>
    </message>
</context>
<context>
    <name>fusion::BundleListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
</context>
<context>
    <name>fusion::BundlePickerDialog</name>
    <message numerus="yes">
        <source>%1 %2 — %n module(s)</source>
        <translation>
            <numerusform>%1 %2 — %n Modul</numerusform>
            <numerusform>%1 %2 — %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
</context>
<context>
    <name>fusion::BundlesEmptyState</name>
    <message>
        <source>No bundles yet</source>
        <translation>Noch keine Bundles</translation>
    </message>
    <message>
        <source>A bundle is a set of Odoo modules (core, OCA and ipai_*) that tenants get together. Start from a recommended bundle below — it fills the form, and nothing is saved until you confirm — or define your own with New Bundle.</source>
        <translation>Ein Bundle ist eine Gruppe von Odoo-Modulen (Core, OCA und ipai_*), die Mandanten gemeinsam erhalten. Beginnen Sie mit einem empfohlenen Bundle unten – es füllt das Formular aus, und nichts wird gespeichert, bevor Sie bestätigen – oder legen Sie mit „Neues Bundle“ ein eigenes an.</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Mit %1 beginnen</translation>
    </message>
    <message>
        <source>%1
Modules: %2</source>
        <translation>%1
Module: %2</translation>
    </message>
</context>
<context>
    <name>fusion::BundlesPane</name>
    <message>
        <source>Tenants with this bundle</source>
        <translation>Mandanten mit diesem Modulpaket</translation>
    </message>
    <message>
        <source>The whole fleet</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>tenant slug</source>
        <translation>Mandantenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n Modulpaket</numerusform>
            <numerusform>%n Modulpakete</numerusform>
        </translation>
    </message>
    <message>
        <source>The code names the bundle in tenants and scripts; it cannot change.</source>
        <translation>Der Code bezeichnet das Modulpaket in Mandanten und Skripten; er kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Lowercase letters, digits, &quot;-&quot; and &quot;_&quot;; it cannot change later.</source>
        <translation>Kleinbuchstaben, Ziffern, „-“ und „_“; kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Noch nichts geändert</translation>
    </message>
    <message>
        <source>Review and create the bundle</source>
        <translation>Modulpaket prüfen und anlegen</translation>
    </message>
    <message>
        <source>Review the changes and save them</source>
        <translation>Änderungen prüfen und speichern</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n tenant(s); the delete will be refused until it is unassigned.</source>
        <translation>
            <numerusform>%n Mandanten zugewiesen; das Löschen wird abgelehnt, bis die Zuweisung aufgehoben ist.</numerusform>
            <numerusform>%n Mandanten zugewiesen; das Löschen wird abgelehnt, bis die Zuweisungen aufgehoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this bundle (asks you to type its code)</source>
        <translation>Dieses Modulpaket löschen (dazu muss sein Code eingegeben werden)</translation>
    </message>
    <message>
        <source>Define a new bundle</source>
        <translation>Ein neues Modulpaket definieren</translation>
    </message>
    <message>
        <source>Save or revert the changes to this bundle first.</source>
        <translation>Zuerst die Änderungen an diesem Modulpaket speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>Working on %1&apos;s Odoo…</source>
        <translation>Im Odoo von %1 wird gearbeitet …</translation>
    </message>
    <message>
        <source>Choose a tenant: pick a row or type its slug.</source>
        <translation>Einen Mandanten wählen: eine Zeile auswählen oder sein Kürzel eingeben.</translation>
    </message>
    <message>
        <source>%1 already has this bundle.</source>
        <translation>%1 hat dieses Modulpaket bereits.</translation>
    </message>
    <message>
        <source>Assign this bundle to %1</source>
        <translation>Dieses Modulpaket %1 zuweisen</translation>
    </message>
    <message>
        <source>Take this bundle from %1; its modules stay installed</source>
        <translation>Die Zuweisung dieses Modulpakets zu %1 aufheben; seine Module bleiben installiert</translation>
    </message>
    <message>
        <source>%1 does not have this bundle.</source>
        <translation>%1 hat dieses Modulpaket nicht.</translation>
    </message>
    <message>
        <source>Read %1&apos;s installed modules from its Odoo and record them</source>
        <translation>Die installierten Module von %1 aus seinem Odoo lesen und erfassen</translation>
    </message>
    <message>
        <source>Save or revert the bundle&apos;s changes first.</source>
        <translation>Zuerst die Änderungen am Modulpaket speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>Install this bundle&apos;s missing modules in %1&apos;s Odoo</source>
        <translation>Die fehlenden Module dieses Modulpakets im Odoo von %1 installieren</translation>
    </message>
    <message>
        <source>Saved bundle %1.</source>
        <translation>Modulpaket %1 gespeichert.</translation>
    </message>
    <message>
        <source>Created bundle %1.</source>
        <translation>Modulpaket %1 angelegt.</translation>
    </message>
    <message>
        <source>Deleted bundle %1.</source>
        <translation>Modulpaket %1 gelöscht.</translation>
    </message>
    <message>
        <source>No tenants here.</source>
        <translation>Hier gibt es keine Mandanten.</translation>
    </message>
    <message>
        <source>Every tenant has what its bundles want.</source>
        <translation>Jeder Mandant hat, was seine Modulpakete vorsehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drifting</source>
        <translation>
            <numerusform>%n weicht ab</numerusform>
            <numerusform>%n weichen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned bundle %1 to %2.</source>
        <translation>Modulpaket %1 wurde %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Unassigned bundle %1 from %2.</source>
        <translation>Zuweisung des Modulpakets %1 zu %2 aufgehoben.</translation>
    </message>
    <message>
        <source>Recorded %1 modules of %2&apos;s Odoo, %3 installed.</source>
        <translation>%1 Module des Odoo von %2 erfasst, %3 installiert.</translation>
    </message>
    <message>
        <source>Every module of bundle %1 is already installed in %2&apos;s Odoo, as last recorded. Sync its modules to check again.</source>
        <translation>Laut letzter Erfassung sind alle Module des Modulpakets %1 im Odoo von %2 bereits installiert. Zum erneuten Prüfen die Module abgleichen.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung …</translation>
    </message>
    <message numerus="yes">
        <source>Installed bundle %1 in %2&apos;s Odoo: %n module(s) (operation %3).</source>
        <translation>
            <numerusform>Modulpaket %1 im Odoo von %2 installiert: %n Modul (Vorgang %3).</numerusform>
            <numerusform>Modulpaket %1 im Odoo von %2 installiert: %n Module (Vorgang %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1 is not fully installed in %2&apos;s Odoo (operation %3): %4 Nothing was retried.</source>
        <translation>Modulpaket %1 ist im Odoo von %2 nicht vollständig installiert (Vorgang %3): %4 Es wurde nichts wiederholt.</translation>
    </message>
    <message>
        <source>The modules of %1&apos;s Odoo are as recorded.</source>
        <translation>Die Module des Odoo von %1 entsprechen dem erfassten Stand.</translation>
    </message>
    <message>
        <source>Save or revert the bundle you are editing first.</source>
        <translation>Speichern oder verwerfen Sie zuerst das Bundle, das Sie bearbeiten.</translation>
    </message>
</context>
<context>
    <name>fusion::CallKey</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund ist verfügbar.</translation>
    </message>
</context>
<context>
    <name>fusion::Capabilities</name>
    <message>
        <source>no Fusion Console role</source>
        <translation>keine Fusion-Console-Rolle</translation>
    </message>
    <message>
        <source>Creating tenants needs the fusion_owner role (you have %1).</source>
        <translation>Zum Anlegen von Mandanten ist die Rolle fusion_owner erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Decommissioning needs the fusion_owner role (you have %1).</source>
        <translation>Zum Stilllegen ist die Rolle fusion_owner erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Tenant operations need fusion_owner, fusion_operator or fusion_tenant_admin (you have %1).</source>
        <translation>Mandantenvorgänge erfordern fusion_owner, fusion_operator oder fusion_tenant_admin (Sie haben %1).</translation>
    </message>
    <message>
        <source>Editing a tenant&apos;s identity needs the fusion_owner role (you have %1).</source>
        <translation>Zum Bearbeiten der Identität eines Mandanten ist die Rolle fusion_owner erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Editing connection settings needs fusion_owner or fusion_operator (you have %1).</source>
        <translation>Zum Bearbeiten der Verbindungseinstellungen ist fusion_owner oder fusion_operator erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Editing SSO and analytics needs fusion_owner, fusion_operator or fusion_tenant_admin (you have %1).</source>
        <translation>Zum Bearbeiten von SSO und Analyse ist fusion_owner, fusion_operator oder fusion_tenant_admin erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Billing amounts are visible to fusion_owner and fusion_finance (you have %1).</source>
        <translation>Abrechnungsbeträge sind nur für fusion_owner und fusion_finance sichtbar (Sie haben %1).</translation>
    </message>
    <message>
        <source>Billing changes need the fusion_owner role (you have %1).</source>
        <translation>Änderungen an der Abrechnung erfordern die Rolle fusion_owner (Sie haben %1).</translation>
    </message>
    <message>
        <source>The audit log is visible to owners, operators, finance and tenant admins (you have %1).</source>
        <translation>Das Prüfprotokoll ist für Eigentümer, Betreiber, Finanzabteilung und Mandantenadministratoren sichtbar (Sie haben %1).</translation>
    </message>
    <message>
        <source>Granting roles needs the fusion_owner role (you have %1).</source>
        <translation>Zum Vergeben von Rollen ist die Rolle fusion_owner erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Migrating the schema needs the login that owns it (you have %1).</source>
        <translation>Zum Migrieren des Schemas ist das Login erforderlich, dem es gehört (Sie haben %1).</translation>
    </message>
    <message>
        <source>fusion_owner (local SQLite file)</source>
        <translation>fusion_owner (lokale SQLite-Datei)</translation>
    </message>
    <message>
        <source>fusion_owner (superuser)</source>
        <translation>fusion_owner (Superuser)</translation>
    </message>
    <message>
        <source>fusion_owner (schema owner)</source>
        <translation>fusion_owner (Schema-Eigentümer)</translation>
    </message>
    <message>
        <source>Defining bundles needs the fusion_owner role (you have %1).</source>
        <translation>Zum Definieren von Modulpaketen ist die Rolle fusion_owner erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Keys are visible to fusion_owner, fusion_operator, fusion_api_admin and fusion_api_manager (you have %1).</source>
        <translation>Schlüssel sind nur für fusion_owner, fusion_operator, fusion_api_admin und fusion_api_manager sichtbar (Sie haben %1).</translation>
    </message>
    <message>
        <source>Managing and revealing keys needs fusion_owner or fusion_api_admin (you have %1).</source>
        <translation>Zum Verwalten und Anzeigen von Schlüsseln ist fusion_owner oder fusion_api_admin erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Managing providers needs fusion_owner, fusion_api_admin or fusion_api_manager (you have %1).</source>
        <translation>Zum Verwalten von Anbietern ist fusion_owner, fusion_api_admin oder fusion_api_manager erforderlich (Sie haben %1).</translation>
    </message>
    <message>
        <source>Usage and spend are visible to owners, finance, tenant admins and the API roles (you have %1).</source>
        <translation>Nutzung und Ausgaben sehen Eigentümer, Finanzen, Mandanten-Admins und die API-Rollen (Sie haben %1).</translation>
    </message>
    <message>
        <source>Changing access rules, limits and prices needs fusion_owner, fusion_api_admin or fusion_api_manager (you have %1).</source>
        <translation>Zugriffsregeln, Limits und Preise zu ändern erfordert fusion_owner, fusion_api_admin oder fusion_api_manager (Sie haben %1).</translation>
    </message>
    <message>
        <source>Proposing access rule changes needs fusion_finance or an API management role (you have %1).</source>
        <translation>Änderungen an Zugriffsregeln vorzuschlagen erfordert fusion_finance oder eine API-Verwaltungsrolle (Sie haben %1).</translation>
    </message>
    <message>
        <source>Recording usage and making calls needs fusion_owner or an API role (you have %1).</source>
        <translation>Nutzung zu erfassen und Aufrufe zu machen erfordert fusion_owner oder eine API-Rolle (Sie haben %1).</translation>
    </message>
</context>
<context>
    <name>fusion::ChannelPost</name>
    <message>
        <source>Post to the Mattermost channel of %1</source>
        <translation>Im Mattermost-Kanal von %1 posten</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sent once through the channel&apos;s incoming webhook (its address stays in the keychain); it cannot be taken back from here.</source>
        <translation>Wird einmalig über den eingehenden Webhook des Kanals gesendet (seine Adresse bleibt im Schlüsselbund); von hier aus lässt sich die Nachricht nicht zurücknehmen.</translation>
    </message>
    <message>
        <source>A message has 1 to %L1 characters.</source>
        <translation>Eine Nachricht hat 1 bis %L1 Zeichen.</translation>
    </message>
    <message>
        <source>Posting to the Mattermost channel of %1…</source>
        <translation>Wird im Mattermost-Kanal von %1 gepostet…</translation>
    </message>
    <message>
        <source>%1 It could not be audited: %2</source>
        <translation>%1 Dies konnte nicht im Prüfprotokoll erfasst werden: %2</translation>
    </message>
</context>
<context>
    <name>fusion::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>A chart of %1 × %2 pixels cannot be exported.</source>
        <translation>Ein Diagramm mit %1 × %2 Pixeln kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Could not draw the chart at %1 × %2 pixels.</source>
        <translation>Das Diagramm konnte nicht mit %1 × %2 Pixeln gezeichnet werden.</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>A chart exported from Fusion Console.</source>
        <translation>Ein aus Fusion Console exportiertes Diagramm.</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>die SVG-Datei konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Fusion Console</source>
        <translation>Fusion Console</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>fusion::ChatApi</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>HTTP status %1 (the answer was not JSON)</source>
        <translation>HTTP-Status %1 (die Antwort war kein JSON)</translation>
    </message>
    <message>
        <source>The provider&apos;s answer is not valid JSON (%1).</source>
        <translation>Die Antwort des Anbieters ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer carries no readable token usage.</source>
        <translation>Die Antwort des Anbieters enthält keine lesbare Token-Nutzung.</translation>
    </message>
</context>
<context>
    <name>fusion::ConfirmDialog</name>
    <message>
        <source>Confirm destructive change</source>
        <translation>Unumkehrbare Änderung bestätigen</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <translation>Änderung bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be written, with an audit record.</source>
        <translation>
            <numerusform>%n Zeile wird geschrieben und im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>%n Zeilen werden geschrieben und im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>fusion::ConnectionDialog</name>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>libpq default (prefer)</source>
        <translation>libpq-Standard (prefer)</translation>
    </message>
    <message>
        <source>The password is stored only in the OS keychain.</source>
        <translation>Das Passwort wird ausschließlich im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Embedded database (this computer)</source>
        <translation>Eingebettete Datenbank (dieser Computer)</translation>
    </message>
    <message>
        <source>(embedded)</source>
        <translation>(eingebettet)</translation>
    </message>
    <message>
        <source>A password is stored in the OS keychain. Type a new one to replace it.</source>
        <translation>Im System-Schlüsselbund ist ein Passwort gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No password stored; libpq&apos;s PGPASSWORD or ~/.pgpass apply.</source>
        <translation>Kein Passwort gespeichert; es gelten PGPASSWORD oder ~/.pgpass von libpq.</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Wählen Sie eine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The embedded database needs no profile. Click New to add one.</source>
        <translation>Die eingebettete Datenbank benötigt kein Verbindungsprofil. Klicken Sie auf „Neu“, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saving; the OS keychain may ask to unlock…</source>
        <translation>Wird gespeichert; der System-Schlüsselbund fragt eventuell nach dem Entsperren …</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Verbindungsprofil %1 gespeichert.</translation>
    </message>
    <message>
        <source>Forget connection</source>
        <translation>Verbindung vergessen</translation>
    </message>
    <message>
        <source>Forget the connection profile %1 and delete its password from the OS keychain?</source>
        <translation>Das Verbindungsprofil %1 vergessen und sein Passwort aus dem System-Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forgot profile %1.</source>
        <translation>Verbindungsprofil %1 wurde vergessen.</translation>
    </message>
    <message>
        <source>The server list &quot;%1&quot; has an empty entry.</source>
        <translation>Die Serverliste „%1“ enthält einen leeren Eintrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port.</source>
        <translation>„%1“ hat keinen gültigen Port.</translation>
    </message>
    <message>
        <source>libpq default (any)</source>
        <translation>libpq-Standard (beliebig)</translation>
    </message>
    <message>
        <source>the primary (read-write)</source>
        <translation>den Primärserver (Lesen und Schreiben)</translation>
    </message>
    <message>
        <source>a standby if one answers (read-only)</source>
        <translation>einen Standby, falls einer antwortet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>libpq&apos;s target_session_attrs. List several servers in Host to use it.</source>
        <translation>target_session_attrs von libpq. Geben Sie unter Host mehrere Server an, um es zu nutzen.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
</context>
<context>
    <name>fusion::ConnectionProfiles</name>
    <message>
        <source>A profile name has up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>Ein Profilname besteht aus bis zu 64 Buchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil „%1“.</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>Das neue Passwort ist leer.</translation>
    </message>
</context>
<context>
    <name>fusion::Connector</name>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil „%1“.</translation>
    </message>
</context>
<context>
    <name>fusion::Consumers</name>
    <message>
        <source>There is no consumer &quot;%1&quot;.</source>
        <translation>Es gibt keinen Verbraucher „%1“.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>Die Begründung ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>Stop every call of consumer %1</source>
        <translation>Jeden Aufruf von Verbraucher %1 stoppen</translation>
    </message>
    <message>
        <source>Let consumer %1 call again</source>
        <translation>Verbraucher %1 wieder aufrufen lassen</translation>
    </message>
    <message>
        <source>Stop Consumer</source>
        <translation>Verbraucher stoppen</translation>
    </message>
    <message>
        <source>Allow Calls</source>
        <translation>Aufrufe erlauben</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Calls already running finish; every new call is refused.</source>
        <translation>Bereits laufende Aufrufe werden noch beendet; jeder neue Aufruf wird abgelehnt.</translation>
    </message>
    <message>
        <source>Calls are decided by the consumer&apos;s access rules again.</source>
        <translation>Über Aufrufe entscheiden wieder die Zugriffsregeln des Verbrauchers.</translation>
    </message>
    <message>
        <source>Someone changed this consumer meanwhile; look again and retry.</source>
        <translation>Jemand hat diesen Verbraucher inzwischen geändert; sehen Sie erneut nach und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A consumer name must be 1 to 120 characters.</source>
        <translation>Ein Verbrauchername muss 1 bis 120 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consumer name: use lower-case letters, digits and _ . : / - (for a tenant&apos;s Odoo module: tenant-slug/module_name).</source>
        <translation>„%1“ ist kein Verbrauchername: Verwenden Sie Kleinbuchstaben, Ziffern und _ . : / - (für das Odoo-Modul eines Mandanten: tenant-slug/module_name).</translation>
    </message>
</context>
<context>
    <name>fusion::CreateTenantWizard</name>
    <message>
        <source>Create…</source>
        <translation>Anlegen …</translation>
    </message>
    <message>
        <source>One database per tenant</source>
        <translation>Eine Datenbank pro Mandant</translation>
    </message>
    <message>
        <source>One schema per tenant (shared database)</source>
        <translation>Ein Schema pro Mandant (gemeinsame Datenbank)</translation>
    </message>
    <message>
        <source>No template: the automation uses its defaults.</source>
        <translation>Keine Vorlage: Die Automatisierung verwendet ihre Standardwerte.</translation>
    </message>
    <message>
        <source>%1 · %2 · size %3</source>
        <translation>%1 · %2 · Größe %3</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Tarif</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n module(s)</source>
        <translation>
            <numerusform>%1 %2 — %n Modul</numerusform>
            <numerusform>%1 %2 — %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundles are defined yet; the tenant starts with Odoo&apos;s base modules.</source>
        <translation>Es sind noch keine Modulpakete definiert; der Mandant startet mit den Basismodulen von Odoo.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>✗ &quot;%1&quot; is already taken.</source>
        <translation>✗ „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>✓ &quot;%1&quot; is available.</source>
        <translation>✓ „%1“ ist verfügbar.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n user(s).</source>
        <translation>
            <numerusform>Bis zu %n Benutzer.</numerusform>
            <numerusform>Bis zu %n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant gets no subscription until a plan is chosen in its Billing tab.</source>
        <translation>Der Mandant erhält kein Abonnement, bis auf seiner Registerkarte „Abrechnung“ ein Tarif gewählt wird.</translation>
    </message>
    <message>
        <source>No bundle chosen.</source>
        <translation>Kein Modulpaket gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s): </source>
        <translation>
            <numerusform>%n Modul: </numerusform>
            <numerusform>%n Module: </numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation>Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation>Datenbankstrategie</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation>Odoo-URL</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>realm %1, client %2</source>
        <translation>Realm %1, Client %2</translation>
    </message>
    <message>
        <source>Tenant not created</source>
        <translation>Mandant nicht angelegt</translation>
    </message>
    <message>
        <source>Realm templates are kept in the SSO pane.</source>
        <translation>Realm-Vorlagen werden im Bereich „SSO“ verwaltet.</translation>
    </message>
    <message>
        <source>Realm &amp;template:</source>
        <translation>Realm-&amp;Vorlage:</translation>
    </message>
    <message>
        <source>No SSO record will be configured; it can be added later on the tenant&apos;s SSO tab.</source>
        <translation>Es wird kein SSO-Eintrag eingerichtet; er kann später auf dem Reiter „SSO“ des Mandanten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Will configure: realm %1, client %2; redirect URIs: %3</source>
        <translation>Wird eingerichtet: Realm %1, Client %2; Weiterleitungs-URIs: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>fusion::DashboardPane</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>In error</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Show all tenants</source>
        <translation>Alle Mandanten anzeigen</translation>
    </message>
    <message>
        <source>Show active tenants</source>
        <translation>Aktive Mandanten anzeigen</translation>
    </message>
    <message>
        <source>Show paused tenants</source>
        <translation>Pausierte Mandanten anzeigen</translation>
    </message>
    <message>
        <source>Show tenants in error</source>
        <translation>Fehlerhafte Mandanten anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show all tenants (%n decommissioned)</source>
        <translation>
            <numerusform>Alle Mandanten anzeigen (%n stillgelegt)</numerusform>
            <numerusform>Alle Mandanten anzeigen (%n stillgelegt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys needing attention</source>
        <translation>Schlüssel mit Handlungsbedarf</translation>
    </message>
    <message numerus="yes">
        <source>Keys expiring soon, expired, past their grace period, unused for long or rejected — of %n live key(s). Opens the Keys pane.</source>
        <translation>
            <numerusform>Schlüssel, die bald ablaufen, abgelaufen sind, ihre Übergangsfrist überschritten haben, lange unbenutzt sind oder abgelehnt wurden — von %n nicht widerrufenen Schlüssel. Öffnet die Ansicht „Schlüssel“.</numerusform>
            <numerusform>Schlüssel, die bald ablaufen, abgelaufen sind, ihre Übergangsfrist überschritten haben, lange unbenutzt sind oder abgelehnt wurden — von %n nicht widerrufenen Schlüsseln. Öffnet die Ansicht „Schlüssel“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spent this month</source>
        <translation>Ausgaben diesen Monat</translation>
    </message>
    <message>
        <source>Budget alerts</source>
        <translation>Budgetwarnungen</translation>
    </message>
    <message>
        <source>Spent this month, %1 of budget</source>
        <translation>Ausgaben diesen Monat, %1 des Budgets</translation>
    </message>
    <message>
        <source>%1 of the %2 the monthly budgets allow, from the daily aggregates. Opens the Usage pane.</source>
        <translation>%1 der laut Monatsbudgets erlaubten %2, aus den täglichen Aggregaten. Öffnet die Ansicht „Nutzung“.</translation>
    </message>
    <message>
        <source>From the daily aggregates. Opens the Usage pane.</source>
        <translation>Aus den täglichen Aggregaten. Öffnet die Ansicht „Nutzung“.</translation>
    </message>
    <message>
        <source>Budgets that crossed 50, 80 or 100 % and nobody acknowledged yet. Opens the Access pane.</source>
        <translation>Budgets, die 50, 80 oder 100 % überschritten haben, ohne dass es bisher jemand bestätigt hat. Öffnet die Ansicht „Zugriff“.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Top consumers this month: %1</source>
        <translation>Top-Verbraucher diesen Monat: %1</translation>
    </message>
    <message>
        <source>Rebuild of %1 queued.</source>
        <translation>Neuaufbau von %1 in der Warteschlange.</translation>
    </message>
    <message>
        <source>The key %1 no longer exists.</source>
        <translation>Der Schlüssel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Opens the Infra pane&apos;s windows</source>
        <translation>Öffnet die Wartungsfenster in der Ansicht „Infrastruktur“</translation>
    </message>
    <message>
        <source>%1 (open now)</source>
        <translation>%1 (jetzt offen)</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Keine geplant</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n upgrade(s) scheduled</source>
        <translation>
            <numerusform>%1
%2
%n Upgrade geplant</numerusform>
            <numerusform>%1
%2
%n Upgrades geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a tenant to open it</source>
        <translation>Doppelklicken Sie auf einen Mandanten, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Each tenant&apos;s CPU, memory, storage and pods, live from Prometheus</source>
        <translation>CPU, Arbeitsspeicher, Speicher und Pods jedes Mandanten, live aus Prometheus</translation>
    </message>
    <message numerus="yes">
        <source>Resources · %n degraded</source>
        <translation>
            <numerusform>Ressourcen · %n beeinträchtigt</numerusform>
            <numerusform>Ressourcen · %n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Runbooks…</source>
        <translation>Runbooks…</translation>
    </message>
    <message>
        <source>What to check and do when an operation fails (Support pane)</source>
        <translation>Was bei einem fehlgeschlagenen Vorgang zu prüfen und zu tun ist (Bereich „Support“)</translation>
    </message>
</context>
<context>
    <name>fusion::Database</name>
    <message>
        <source>The folder for the database file does not exist: %1</source>
        <translation>Der Ordner für die Datenbankdatei existiert nicht: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source> Save the password in a connection profile (it is kept in the OS keychain) or set PGPASSWORD.</source>
        <translation> Speichern Sie das Passwort in einem Verbindungsprofil (es wird im System-Schlüsselbund aufbewahrt) oder setzen Sie PGPASSWORD.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1.</source>
        <translation>Verbindung zu PostgreSQL unter %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Text with a NUL character cannot be stored.</source>
        <translation>Text mit einem NUL-Zeichen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The database returned no id for a new row.</source>
        <translation>Die Datenbank hat für eine neue Zeile keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Permission denied: the database refused this for your role.</source>
        <translation>Zugriff verweigert: Die Datenbank hat dies für Ihre Rolle abgelehnt.</translation>
    </message>
    <message>
        <source>A record with the same key already exists.</source>
        <translation>Ein Datensatz mit demselben Schlüssel existiert bereits.</translation>
    </message>
    <message>
        <source>The database rejected the values: %1</source>
        <translation>Die Datenbank hat die Werte abgelehnt: %1</translation>
    </message>
    <message>
        <source>Another session changed the same data at the same time; nothing was saved. Reload and try again.</source>
        <translation>Eine andere Sitzung hat gleichzeitig dieselben Daten geändert; es wurde nichts gespeichert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid Fusion Console database file or it is damaged. Nothing was changed. Restore it from a backup or choose another file.</source>
        <translation>%1 ist keine gültige Fusion-Console-Datenbankdatei oder ist beschädigt. Es wurde nichts geändert. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The database file is busy in another program; nothing was saved. Try again.</source>
        <translation>Die Datenbankdatei wird von einem anderen Programm verwendet; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>Der Datenträger ist voll; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The server at %1 is a read-only standby; nothing was saved. Writes need a connection with target_session_attrs=read-write.</source>
        <translation>Der Server unter %1 ist ein schreibgeschützter Standby; nichts wurde gespeichert. Schreibvorgänge erfordern eine Verbindung mit target_session_attrs=read-write.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost and no listed server answered for %2 seconds (%3). Nothing more was sent.</source>
        <translation>Die Verbindung zu PostgreSQL unter %1 wurde unterbrochen, und kein aufgeführter Server hat %2 Sekunden lang geantwortet (%3). Es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost; reconnected.</source>
        <translation>Die Verbindung zu PostgreSQL unter %1 wurde unterbrochen; erneut verbunden.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost; reconnected to %2.</source>
        <translation>Die Verbindung zu PostgreSQL unter %1 wurde unterbrochen; erneut verbunden mit %2.</translation>
    </message>
    <message>
        <source>That server is a standby: it can be read but not written.</source>
        <translation>Dieser Server ist ein Standby: Er kann gelesen, aber nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL was lost before this finished; nothing of it was saved. Check the current state before trying again.</source>
        <translation>Die Verbindung zu PostgreSQL wurde unterbrochen, bevor dies abgeschlossen war; nichts davon wurde gespeichert. Prüfen Sie den aktuellen Zustand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection was lost while this change was being committed, so whether it was saved is unknown. Check its outcome before trying again: repeating it blindly could apply it twice.</source>
        <translation>Die Verbindung wurde unterbrochen, während diese Änderung festgeschrieben wurde; ob sie gespeichert wurde, ist daher unbekannt. Prüfen Sie ihr Ergebnis, bevor Sie es erneut versuchen: Eine blinde Wiederholung könnte sie doppelt anwenden.</translation>
    </message>
</context>
<context>
    <name>fusion::DatabaseTarget</name>
    <message>
        <source>Invalid database address &quot;%1&quot;: %2</source>
        <translation>Ungültige Datenbankadresse „%1“: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>no file name after sqlite://</source>
        <translation>kein Dateiname nach sqlite://</translation>
    </message>
    <message>
        <source>use sqlite:///path/to/file.db or postgresql://user@host:port/database</source>
        <translation>verwenden Sie sqlite:///path/to/file.db oder postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>do not put a password in the address; save a connection profile (its password is kept in the OS keychain) or use PGPASSWORD</source>
        <translation>geben Sie kein Passwort in der Adresse an; speichern Sie ein Verbindungsprofil (sein Passwort wird im System-Schlüsselbund aufbewahrt) oder verwenden Sie PGPASSWORD</translation>
    </message>
    <message>
        <source>the database name must not contain &apos;/&apos;</source>
        <translation>der Datenbankname darf kein „/“ enthalten</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;</source>
        <translation>unbekannter sslmode „%1“</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;</source>
        <translation>ungültiger Port „%1“</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unbekannter Parameter „%1“</translation>
    </message>
    <message>
        <source>the host parameter is empty</source>
        <translation>der Parameter host ist leer</translation>
    </message>
    <message>
        <source>unknown target_session_attrs &quot;%1&quot;; use one of: %2</source>
        <translation>unbekanntes target_session_attrs „%1“; verwenden Sie eines von: %2</translation>
    </message>
    <message>
        <source>the host list &quot;%1&quot; has an empty entry</source>
        <translation>die Hostliste „%1“ enthält einen leeren Eintrag</translation>
    </message>
</context>
<context>
    <name>fusion::DbWorker</name>
    <message>
        <source>Could not listen for changes from other sessions.</source>
        <translation>Benachrichtigungen über Änderungen aus anderen Sitzungen konnten nicht abonniert werden.</translation>
    </message>
</context>
<context>
    <name>fusion::DefaultDatabase</name>
    <message>
        <source>Could not move the database from %1 to %2: %3. It stays where it is and is used from there.</source>
        <translation>Die Datenbank konnte nicht von %1 nach %2 verschoben werden: %3. Sie bleibt, wo sie ist, und wird dort weiter verwendet.</translation>
    </message>
    <message>
        <source>%1 is already there</source>
        <translation>%1 ist dort bereits vorhanden</translation>
    </message>
    <message>
        <source>another program has it open</source>
        <translation>ein anderes Programm hat sie geöffnet</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Moved the database from %1 to %2.</source>
        <translation>Die Datenbank wurde von %1 nach %2 verschoben.</translation>
    </message>
</context>
<context>
    <name>fusion::DemoAi</name>
    <message>
        <source>The AI console on the local model</source>
        <translation>Die KI-Konsole mit dem lokalen Modell</translation>
    </message>
    <message>
        <source>Which tenants need attention, and what should I do first?</source>
        <translation>Welche Mandanten brauchen Aufmerksamkeit, und was sollte ich zuerst tun?</translation>
    </message>
    <message>
        <source>(A sample answer of the demo data.) These need attention now, most urgent first:</source>
        <translation>(Eine Beispielantwort der Demodaten.) Diese brauchen jetzt Aufmerksamkeit, das Dringendste zuerst:</translation>
    </message>
    <message>
        <source>Tenant brief</source>
        <translation>Mandanten-Kurzbericht</translation>
    </message>
    <message>
        <source>Write a short brief about {{tenant}} for the on-call engineer.</source>
        <translation>Schreibe einen kurzen Bericht über {{tenant}} für die Bereitschaft.</translation>
    </message>
    <message>
        <source>first draft</source>
        <translation>erster Entwurf</translation>
    </message>
    <message>
        <source>Write a short brief about {{tenant}} for the on-call engineer.
Start with what failed in the last week and what to do first; end with its budgets.</source>
        <translation>Schreibe einen kurzen Bericht über {{tenant}} für die Bereitschaft.
Beginne damit, was in der letzten Woche fehlschlug und was zuerst zu tun ist; ende mit den Budgets.</translation>
    </message>
    <message>
        <source>failures first, budgets last</source>
        <translation>Fehler zuerst, Budgets zuletzt</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Störungsbericht</translation>
    </message>
    <message>
        <source>Summarise the incident on {{tenant}} for {{audience}}: what happened, who was affected, what was done and what is left.</source>
        <translation>Fasse die Störung bei {{tenant}} für {{audience}} zusammen: was geschah, wer betroffen war, was getan wurde und was noch offen ist.</translation>
    </message>
    <message>
        <source>for status pages and customers</source>
        <translation>für Statusseiten und Kunden</translation>
    </message>
    <message>
        <source>Reminder sent; the customer paid the next day.</source>
        <translation>Erinnerung gesendet; der Kunde zahlte am nächsten Tag.</translation>
    </message>
</context>
<context>
    <name>fusion::DemoSeeder</name>
    <message numerus="yes">
        <source>Adds %n plan(s), </source>
        <translation>
            <numerusform>Fügt %n Tarif, </numerusform>
            <numerusform>Fügt %n Tarife, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infra template(s), </source>
        <translation>
            <numerusform>%n Infrastrukturvorlage, </numerusform>
            <numerusform>%n Infrastrukturvorlagen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) and </source>
        <translation>
            <numerusform>%n Modul und </numerusform>
            <numerusform>%n Module und </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s).</source>
        <translation>
            <numerusform>%n Modulpaket hinzu.</numerusform>
            <numerusform>%n Modulpakete hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adds %n tenant(s) in every status, with subscriptions, SSO and analytics settings, module states and a history of operations.</source>
        <translation>
            <numerusform>Fügt %n Mandanten in jedem Status hinzu, mit Abonnements, SSO- und Analyseeinstellungen, Modulzuständen und einem Vorgangsverlauf.</numerusform>
            <numerusform>Fügt %n Mandanten in jedem Status hinzu, mit Abonnements, SSO- und Analyseeinstellungen, Modulzuständen und einem Vorgangsverlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n tenant(s); demo data goes into an empty database only.</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Mandanten; Demodaten können nur in eine leere Datenbank geladen werden.</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Mandanten; Demodaten können nur in eine leere Datenbank geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose between 1 and 100000 demo tenants.</source>
        <translation>Wählen Sie zwischen 1 und 100000 Demo-Mandanten.</translation>
    </message>
    <message>
        <source>Load demo data into %1</source>
        <translation>Demodaten in %1 laden</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Adds API consumers of a few tenants with access rules and budgets, and six weeks of their usage.</source>
        <translation>Fügt API-Verbraucher einiger Mandanten mit Zugriffsregeln und Budgets sowie sechs Wochen ihrer Nutzung hinzu.</translation>
    </message>
    <message>
        <source>Adds a local Ollama as the AI console&apos;s provider, a sample thread citing the platform&apos;s facts, two prompts and three events in the inbox.</source>
        <translation>Fügt ein lokales Ollama als Anbieter der KI-Konsole hinzu, eine Beispiel-Unterhaltung, die Fakten der Plattform zitiert, zwei Prompts und drei Ereignisse im Eingang.</translation>
    </message>
    <message>
        <source>Adds image tags tested in development, two maintenance windows with upgrades scheduled in the first, and the log of the last week&apos;s operations.</source>
        <translation>Fügt in der Entwicklung getestete Image-Tags, zwei Wartungsfenster mit im ersten geplanten Upgrades sowie das Protokoll der Vorgänge der letzten Woche hinzu.</translation>
    </message>
    <message>
        <source>Adds last month&apos;s invoices (plan price plus AI usage beyond the allowance), issued, most of them paid.</source>
        <translation>Fügt die Rechnungen des letzten Monats hinzu (Tarifpreis plus KI-Nutzung über das Kontingent hinaus), ausgestellt und größtenteils bezahlt.</translation>
    </message>
    <message>
        <source>Adds five support requests from tenant admins, with their conversations with the operators: open, answered and closed.</source>
        <translation>Fügt fünf Supportanfragen von Mandanten-Admins mit ihren Unterhaltungen mit den Operatoren hinzu: offen, beantwortet und geschlossen.</translation>
    </message>
</context>
<context>
    <name>fusion::DetailsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Den gesamten Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>fusion::EmbeddingsApi</name>
    <message>
        <source>The embeddings endpoint answered HTTP %1.</source>
        <translation>Der Embeddings-Endpunkt antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The embeddings endpoint answered HTTP %1: %2</source>
        <translation>Der Embeddings-Endpunkt antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>The embeddings answer is not a JSON object.</source>
        <translation>Die Embeddings-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The embeddings answer has no &quot;data&quot; list.</source>
        <translation>Die Embeddings-Antwort enthält keine &quot;data&quot;-Liste.</translation>
    </message>
    <message>
        <source>The embeddings answer has %1 vectors for %2 texts.</source>
        <translation>Die Embeddings-Antwort enthält %1 Vektoren für %2 Texte.</translation>
    </message>
    <message>
        <source>The embeddings answer has a missing, repeated or out-of-range index.</source>
        <translation>Die Embeddings-Antwort enthält einen fehlenden, doppelten oder außerhalb des gültigen Bereichs liegenden Index.</translation>
    </message>
    <message>
        <source>Vector %1 of the embeddings answer is not a list of numbers.</source>
        <translation>Vektor %1 der Embeddings-Antwort ist keine Liste von Zahlen.</translation>
    </message>
    <message>
        <source>The vectors of the embeddings answer differ in length.</source>
        <translation>Die Vektoren der Embeddings-Antwort sind unterschiedlich lang.</translation>
    </message>
    <message>
        <source>Vector %1 of the embeddings answer holds something that is not a finite number.</source>
        <translation>Vektor %1 der Embeddings-Antwort enthält etwas, das keine endliche Zahl ist.</translation>
    </message>
</context>
<context>
    <name>fusion::EtlTest</name>
    <message>
        <source>no result (the function returns nothing)</source>
        <translation>kein Ergebnis (die Funktion gibt nichts zurück)</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n Zeile: %1</numerusform>
            <numerusform>%n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an object: %1</source>
        <translation>ein Objekt: %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The Supabase project %1 refused the key (HTTP %2%3): check that the supabase vault key holds this project&apos;s API key.</source>
        <translation>Das Supabase-Projekt %1 hat den Schlüssel abgelehnt (HTTP %2%3): Prüfen Sie, ob der Tresor-Schlüssel supabase den API-Schlüssel dieses Projekts enthält.</translation>
    </message>
    <message>
        <source>The Supabase project %1 does not expose the schema &quot;%2&quot; (HTTP 406): add it to the exposed schemas of the project&apos;s API settings.</source>
        <translation>Das Supabase-Projekt %1 stellt das Schema „%2“ nicht bereit (HTTP 406): Fügen Sie es in den API-Einstellungen des Projekts zu den bereitgestellten Schemas hinzu.</translation>
    </message>
    <message>
        <source>The Supabase project %1 has no function %2.%3 (HTTP 404%4): check the ETL target in the tenant&apos;s Analytics tab.</source>
        <translation>Das Supabase-Projekt %1 hat keine Funktion %2.%3 (HTTP 404%4): Prüfen Sie das ETL-Ziel auf dem Reiter „Analyse“ des Mandanten.</translation>
    </message>
    <message>
        <source>The Supabase project %1 answered HTTP %2%3.</source>
        <translation>Das Supabase-Projekt %1 hat mit HTTP %2%3 geantwortet.</translation>
    </message>
    <message>
        <source>%1 has no ETL check: choose an n8n webhook workflow or a Supabase RPC function in the tenant&apos;s Analytics tab, or run &quot;fusionctl tenants edit %1 --set analytics.etl_kind=n8n_webhook --set analytics.etl_target=PATH&quot;.</source>
        <translation>%1 hat keine ETL-Prüfung: Wählen Sie auf dem Reiter „Analyse“ des Mandanten einen n8n-Webhook-Workflow oder eine Supabase-RPC-Funktion, oder führen Sie „fusionctl tenants edit %1 --set analytics.etl_kind=n8n_webhook --set analytics.etl_target=PATH“ aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook path (letters, digits and ._~:/- only).</source>
        <translation>„%1“ ist kein Webhook-Pfad (nur Buchstaben, Ziffern und ._~:/-).</translation>
    </message>
    <message>
        <source>Calls n8n&apos;s webhook %1 once with {&quot;tenant&quot;: &quot;%2&quot;}: the workflow runs for real (it is never resent).</source>
        <translation>Ruft den Webhook %1 von n8n einmal mit {&quot;tenant&quot;: &quot;%2&quot;} auf: Der Workflow wird tatsächlich ausgeführt (er wird nie erneut gesendet).</translation>
    </message>
    <message>
        <source>%1 has no analytics schema to call %2 in; set it in the tenant&apos;s Analytics tab.</source>
        <translation>%1 hat kein Analyse-Schema, in dem %2 aufgerufen werden kann; legen Sie es auf dem Reiter „Analyse“ des Mandanten fest.</translation>
    </message>
    <message>
        <source>Calls the Supabase function %1.%2 once (POST %3): it runs for real (it is never resent).</source>
        <translation>Ruft die Supabase-Funktion %1.%2 einmal auf (POST %3): Sie wird tatsächlich ausgeführt (sie wird nie erneut gesendet).</translation>
    </message>
    <message>
        <source>The call and its result are recorded in the audit log.</source>
        <translation>Der Aufruf und sein Ergebnis werden im Prüfprotokoll erfasst.</translation>
    </message>
    <message>
        <source>Test the ETL of %1</source>
        <translation>ETL von %1 testen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Testing the ETL of %1: calling %2…</source>
        <translation>ETL von %1 wird getestet: %2 wird aufgerufen…</translation>
    </message>
    <message>
        <source>n8n started the workflow; it did not say which execution.</source>
        <translation>n8n hat den Workflow gestartet, aber nicht angegeben, welche Ausführung.</translation>
    </message>
    <message>
        <source>n8n started execution %1.</source>
        <translation>n8n hat die Ausführung %1 gestartet.</translation>
    </message>
    <message>
        <source>The Supabase project %1 answered HTTP %2, but: %3</source>
        <translation>Das Supabase-Projekt %1 hat mit HTTP %2 geantwortet, aber: %3</translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer within %2 s; the function may still be running.</source>
        <translation>Das Supabase-Projekt %1 hat nicht innerhalb von %2 s geantwortet; die Funktion läuft möglicherweise noch.</translation>
    </message>
    <message>
        <source>The connection to the Supabase project %1 was closed before the whole answer arrived.</source>
        <translation>Die Verbindung zum Supabase-Projekt %1 wurde geschlossen, bevor die vollständige Antwort eingetroffen ist.</translation>
    </message>
    <message>
        <source>The Supabase project %1 cannot be reached: %2</source>
        <translation>Das Supabase-Projekt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The Supabase answer is larger than 4 MB.</source>
        <translation>Die Antwort von Supabase ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (SHA-256 %2): trust it with &quot;fusionctl keys provider set supabase --trust-sha256 %2&quot; if it is yours.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (SHA-256 %2): Vertrauen Sie ihm mit „fusionctl keys provider set supabase --trust-sha256 %2“, wenn es Ihres ist.</translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer in HTTP: %2</source>
        <translation>Das Supabase-Projekt %1 hat nicht per HTTP geantwortet: %2</translation>
    </message>
    <message>
        <source>ETL test of %1 succeeded</source>
        <translation>ETL-Test von %1 erfolgreich</translation>
    </message>
    <message>
        <source>ETL test of %1 failed</source>
        <translation>ETL-Test von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>The ETL was called (%1), but its result could not be recorded: %2</source>
        <translation>ETL wurde aufgerufen (%1), aber das Ergebnis konnte nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>it succeeded</source>
        <translation>erfolgreich</translation>
    </message>
</context>
<context>
    <name>fusion::EventReceiver</name>
    <message>
        <source>Give &quot;%1&quot; or &quot;%2&quot;, not both.</source>
        <translation>Geben Sie „%1“ oder „%2“ an, nicht beides.</translation>
    </message>
    <message>
        <source>Too many connections at once; send the event again shortly.</source>
        <translation>Zu viele Verbindungen gleichzeitig; senden Sie das Ereignis gleich noch einmal.</translation>
    </message>
    <message>
        <source>The request did not arrive whole within %1 seconds.</source>
        <translation>Die Anfrage kam nicht innerhalb von %1 Sekunden vollständig an.</translation>
    </message>
    <message>
        <source>Nothing here: events are sent with POST to %1.</source>
        <translation>Hier ist nichts: Ereignisse werden mit POST an %1 gesendet.</translation>
    </message>
    <message>
        <source>Events are sent with POST.</source>
        <translation>Ereignisse werden mit POST gesendet.</translation>
    </message>
    <message>
        <source>Send the intake token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Senden Sie das Annahme-Token als „Authorization: Bearer TOKEN“.</translation>
    </message>
    <message>
        <source>The event could not be stored just now; send it again later.</source>
        <translation>Das Ereignis konnte gerade nicht gespeichert werden; senden Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The body is empty: send a JSON object with source, event_type, ref and payload.</source>
        <translation>Der Inhalt ist leer: Senden Sie ein JSON-Objekt mit source, event_type, ref und payload.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>Der Inhalt ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The body must be a JSON object with source, event_type, ref and payload.</source>
        <translation>Der Inhalt muss ein JSON-Objekt mit source, event_type, ref und payload sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is given twice.</source>
        <translation>Das Feld „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;: the body takes source, event_type (or type), ref (or external_ref) and payload (or payload_json).</source>
        <translation>Unbekanntes Feld „%1“: Der Inhalt nimmt source, event_type (oder type), ref (oder external_ref) und payload (oder payload_json).</translation>
    </message>
    <message>
        <source>The body has no &quot;source&quot;.</source>
        <translation>Dem Inhalt fehlt „source“.</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be a string.</source>
        <translation>„source“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The body has no &quot;event_type&quot;.</source>
        <translation>Dem Inhalt fehlt „event_type“.</translation>
    </message>
    <message>
        <source>&quot;event_type&quot; must be a string.</source>
        <translation>„event_type“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be a string or a whole number.</source>
        <translation>„ref“ muss eine Zeichenkette oder eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Give &quot;payload&quot; or &quot;payload_json&quot;, not both.</source>
        <translation>Geben Sie „payload“ oder „payload_json“ an, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;payload&quot; must be a JSON object or array.</source>
        <translation>„payload“ muss ein JSON-Objekt oder -Array sein.</translation>
    </message>
    <message>
        <source>&quot;payload_json&quot; must be a string holding a JSON object or array.</source>
        <translation>„payload_json“ muss eine Zeichenkette mit einem JSON-Objekt oder -Array sein.</translation>
    </message>
    <message>
        <source>The body has no &quot;payload&quot; (a JSON object or array).</source>
        <translation>Dem Inhalt fehlt „payload“ (ein JSON-Objekt oder -Array).</translation>
    </message>
</context>
<context>
    <name>fusion::EventsInbox</name>
    <message>
        <source>The source must be 1 to 40 lowercase letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit, not &quot;%1&quot;.</source>
        <translation>Die Quelle muss aus 1 bis 40 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen, nicht „%1“.</translation>
    </message>
    <message>
        <source>The event type must be 1 to 120 characters (it has %1).</source>
        <translation>Der Ereignistyp muss 1 bis 120 Zeichen lang sein (er hat %1).</translation>
    </message>
    <message>
        <source>The reference must be at most 200 characters (it has %1).</source>
        <translation>Die Referenz darf höchstens 200 Zeichen lang sein (sie hat %1).</translation>
    </message>
    <message>
        <source>The payload is larger than 1 MiB (%1 bytes); nothing was stored.</source>
        <translation>Die Nutzlast ist größer als 1 MiB (%1 Bytes); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The payload is empty: send a JSON object or array.</source>
        <translation>Die Nutzlast ist leer: Senden Sie ein JSON-Objekt oder -Array.</translation>
    </message>
    <message>
        <source>The payload must be a JSON object or array; nothing was stored.</source>
        <translation>Die Nutzlast muss ein JSON-Objekt oder -Array sein; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON (%1 at byte %2); nothing was stored.</source>
        <translation>Die Nutzlast ist kein gültiges JSON (%1 bei Byte %2); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The payload holds a NUL character (\u0000), which cannot be stored.</source>
        <translation>Die Nutzlast enthält ein NUL-Zeichen (\u0000), das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the payload as JSON (%1); nothing was stored.</source>
        <translation>PostgreSQL hat die Nutzlast als JSON abgelehnt (%1); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Es gibt kein Ereignis mit der ID %1.</translation>
    </message>
    <message>
        <source>Name at least one event to mark processed.</source>
        <translation>Nennen Sie mindestens ein Ereignis, das als verarbeitet markiert werden soll.</translation>
    </message>
    <message>
        <source>Notes are at most %1 characters (these have %2).</source>
        <translation>Notizen haben höchstens %1 Zeichen (diese haben %2).</translation>
    </message>
    <message>
        <source>event %1 was processed by %2 at %3</source>
        <translation>Ereignis %1 wurde von %2 am %3 verarbeitet</translation>
    </message>
    <message>
        <source>There is no event with id %1; nothing was marked.</source>
        <translation>Es gibt kein Ereignis mit der ID %1; nichts wurde markiert.</translation>
    </message>
    <message>
        <source>Already processed: %1. Nothing was marked.</source>
        <translation>Bereits verarbeitet: %1. Nichts wurde markiert.</translation>
    </message>
    <message>
        <source>Mark event %1 processed</source>
        <translation>Ereignis %1 als verarbeitet markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n events processed</source>
        <translation>
            <numerusform>%n Ereignis als verarbeitet markieren</numerusform>
            <numerusform>%n Ereignisse als verarbeitet markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Processed</source>
        <translation>Als verarbeitet markieren</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Processed by</source>
        <translation>Verarbeitet von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Event %1: %2 from %3, received %4</source>
        <translation>Ereignis %1: %2 von %3, empfangen %4</translation>
    </message>
    <message>
        <source>Event %1: %2 from %3 (ref %4), received %5</source>
        <translation>Ereignis %1: %2 von %3 (Ref. %4), empfangen %5</translation>
    </message>
    <message>
        <source>Event %1 was changed by someone else meanwhile (processed?); nothing was marked. Look again.</source>
        <translation>Ereignis %1 wurde inzwischen von jemand anderem geändert (verarbeitet?); nichts wurde markiert. Sehen Sie erneut nach.</translation>
    </message>
</context>
<context>
    <name>fusion::Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation>Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation>Datenbankstrategie</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes-Namespace</translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation>Odoo-URL</translation>
    </message>
    <message>
        <source>Odoo database</source>
        <translation>Odoo-Datenbank</translation>
    </message>
    <message>
        <source>Odoo login</source>
        <translation>Odoo-Anmeldename</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abonnementstatus</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Next invoice</source>
        <translation>Nächste Rechnung</translation>
    </message>
    <message>
        <source>Keycloak realm</source>
        <translation>Keycloak-Realm</translation>
    </message>
    <message>
        <source>Keycloak client id</source>
        <translation>Keycloak-Client-ID</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>SSO status</source>
        <translation>SSO-Status</translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation>Supabase-Projekt</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Synchronisierungsmodus</translation>
    </message>
    <message>
        <source>Superset dashboard</source>
        <translation>Superset-Dashboard</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Odoo reads a minute</source>
        <translation>Odoo-Lesezugriffe pro Minute</translation>
    </message>
    <message>
        <source>Odoo writes a minute</source>
        <translation>Odoo-Schreibzugriffe pro Minute</translation>
    </message>
    <message>
        <source>ETL check</source>
        <translation>ETL-Prüfung</translation>
    </message>
    <message>
        <source>ETL target</source>
        <translation>ETL-Ziel</translation>
    </message>
</context>
<context>
    <name>fusion::FreezeDialog</name>
    <message>
        <source>Freeze all operations</source>
        <translation>Alle Vorgänge einfrieren</translation>
    </message>
    <message>
        <source>While frozen, no one — people, fusionctl, n8n or the AI console — can create or start an operation; running ones finish. Say why: everyone refused reads it.</source>
        <translation>Solange die Vorgänge eingefroren sind, kann niemand — weder Personen noch fusionctl, n8n oder die KI-Konsole — einen Vorgang anlegen oder starten; laufende Vorgänge werden noch beendet. Geben Sie einen Grund an: Jeder, der abgewiesen wird, bekommt ihn zu lesen.</translation>
    </message>
    <message>
        <source>Incident 42: storage cluster degraded</source>
        <translation>Störung 42: Speichercluster beeinträchtigt</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Einfrieren…</translation>
    </message>
    <message>
        <source>Operations are unfrozen.</source>
        <translation>Vorgänge sind wieder freigegeben.</translation>
    </message>
    <message>
        <source>Operations are frozen.</source>
        <translation>Vorgänge sind eingefroren.</translation>
    </message>
</context>
<context>
    <name>fusion::HealthFeed</name>
    <message>
        <source>Prometheus&apos;s token could not be read: %1</source>
        <translation>Das Token von Prometheus konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fusion::HttpRequest</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die vollständige Antwort eingetroffen ist</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are too long</source>
        <translation>die Header der Antwort sind zu lang</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP</source>
        <translation>der Server hat nicht per HTTP geantwortet</translation>
    </message>
    <message>
        <source>the answer has an invalid Content-Length</source>
        <translation>die Antwort hat eine ungültige Content-Length</translation>
    </message>
    <message>
        <source>a chunk of the answer is malformed</source>
        <translation>ein Chunk der Antwort ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>fusion::HttpServerRequest</name>
    <message>
        <source>The request has more bytes than its Content-Length says.</source>
        <translation>Die Anfrage hat mehr Bytes, als ihre Content-Length angibt.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Die Kopfzeilen der Anfrage sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>Die Anfragezeile hat nicht die Form „METHOD /path HTTP/1.1“.</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 and HTTP/1.0 are spoken here.</source>
        <translation>Hier wird nur HTTP/1.1 und HTTP/1.0 gesprochen.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation>Das Ziel der Anfrage muss ein Pfad sein, der mit „/“ beginnt.</translation>
    </message>
    <message>
        <source>The request has more than %1 headers.</source>
        <translation>Die Anfrage hat mehr als %1 Kopfzeilen.</translation>
    </message>
    <message>
        <source>A header is folded over two lines.</source>
        <translation>Eine Kopfzeile ist über zwei Zeilen umbrochen.</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;.</source>
        <translation>Eine Kopfzeile hat nicht die Form „Name: value“.</translation>
    </message>
    <message>
        <source>A header value holds a control character.</source>
        <translation>Ein Kopfzeilenwert enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must name its Host.</source>
        <translation>Eine HTTP/1.1-Anfrage muss ihren Host nennen.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length, not a Transfer-Encoding.</source>
        <translation>Senden Sie den Inhalt mit einer Content-Length, nicht mit Transfer-Encoding.</translation>
    </message>
    <message>
        <source>The request has two different Content-Length headers.</source>
        <translation>Die Anfrage hat zwei verschiedene Content-Length-Kopfzeilen.</translation>
    </message>
    <message>
        <source>The Content-Length is not a whole number of bytes.</source>
        <translation>Die Content-Length ist keine ganze Zahl von Bytes.</translation>
    </message>
    <message>
        <source>The body is larger than %1 bytes; nothing was read of it.</source>
        <translation>Der Inhalt ist größer als %1 Bytes; nichts davon wurde gelesen.</translation>
    </message>
    <message>
        <source>A %1 request needs a Content-Length.</source>
        <translation>Eine %1-Anfrage braucht eine Content-Length.</translation>
    </message>
</context>
<context>
    <name>fusion::ImageTags</name>
    <message>
        <source>The component is odoo or postgres, not &quot;%1&quot;.</source>
        <translation>Die Komponente ist odoo oder postgres, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not IMAGE:TAG (for example registry.example.com/odoo:17.0-20261201).</source>
        <translation>„%1“ hat nicht die Form IMAGE:TAG (zum Beispiel registry.example.com/odoo:17.0-20261201).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name: lower-case letters, digits and . _ - / : between them.</source>
        <translation>„%1“ ist kein Image-Name: Kleinbuchstaben, Ziffern und dazwischen . _ - / :.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image tag: up to 128 letters, digits, _ . and -, not starting with . or -.</source>
        <translation>„%1“ ist kein Image-Tag: bis zu 128 Buchstaben, Ziffern, _ . und -, nicht beginnend mit . oder -.</translation>
    </message>
    <message>
        <source>&quot;latest&quot; names whatever was pushed last, not what was tested: record the exact tag.</source>
        <translation>„latest“ bezeichnet das zuletzt Hochgeladene, nicht das Getestete: Erfassen Sie den genauen Tag.</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;: use dev, stage or prod.</source>
        <translation>Es gibt keine Umgebung „%1“: Verwenden Sie dev, stage oder prod.</translation>
    </message>
    <message>
        <source>The notes are longer than 1,000 characters.</source>
        <translation>Die Notizen sind länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>%1 was recorded as tested in %2 and retired since; it cannot be recorded again.</source>
        <translation>%1 wurde als in %2 getestet erfasst und seitdem zurückgezogen; er kann nicht erneut erfasst werden.</translation>
    </message>
    <message>
        <source>%1 is already recorded as tested in %2.</source>
        <translation>%1 ist bereits als in %2 getestet erfasst.</translation>
    </message>
    <message>
        <source>Record %1 as tested in %2</source>
        <translation>%1 als in %2 getestet erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Image upgrades in %1 may then target this tag.</source>
        <translation>Image-Upgrades in %1 dürfen dann diesen Tag als Ziel haben.</translation>
    </message>
    <message>
        <source>There is no tested image tag %1.</source>
        <translation>Es gibt keinen getesteten Image-Tag %1.</translation>
    </message>
    <message>
        <source>%1 is already retired.</source>
        <translation>%1 ist bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>Retire %1 in %2</source>
        <translation>%1 in %2 zurückziehen</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>No new upgrade may target it; tenants already on it are not changed.</source>
        <translation>Kein neues Upgrade darf ihn als Ziel haben; Mandanten, die ihn bereits verwenden, bleiben unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled upgrade(s) to it stay scheduled: cancel them if it must not be deployed.</source>
        <translation>
            <numerusform>%n geplantes Upgrade auf ihn bleibt geplant: Brechen Sie es ab, wenn er nicht ausgerollt werden darf.</numerusform>
            <numerusform>%n geplante Upgrades auf ihn bleiben geplant: Brechen Sie sie ab, wenn er nicht ausgerollt werden darf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was retired meanwhile by another session.</source>
        <translation>Der Tag wurde inzwischen von einer anderen Sitzung zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>fusion::ImageUpgrade</name>
    <message>
        <source>A wave holds 1 to %1 tenants.</source>
        <translation>Eine Welle umfasst 1 bis %1 Mandanten.</translation>
    </message>
    <message>
        <source>The time between waves is 0 to 1,440 minutes.</source>
        <translation>Der Abstand zwischen Wellen beträgt 0 bis 1.440 Minuten.</translation>
    </message>
    <message>
        <source>Name the tenants to upgrade, or choose every active tenant.</source>
        <translation>Nennen Sie die Mandanten für das Upgrade, oder wählen Sie alle aktiven Mandanten.</translation>
    </message>
    <message>
        <source>%1 was retired in %2: choose a tag that is tested and current.</source>
        <translation>%1 wurde in %2 zurückgezogen: Wählen Sie einen Tag, der getestet und aktuell ist.</translation>
    </message>
    <message>
        <source>%1 is not recorded as tested in %2. Upgrades use only tested tags: record it once it has passed (Infra → Tested tags, or &quot;fusionctl infra tags add&quot;).</source>
        <translation>%1 ist nicht als in %2 getestet erfasst. Upgrades verwenden nur getestete Tags: Erfassen Sie ihn, sobald er die Tests bestanden hat (Infrastruktur → Getestete Tags oder „fusionctl infra tags add“).</translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation>Es gibt kein Wartungsfenster %1.</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; was cancelled.</source>
        <translation>Das Fenster „%1“ wurde abgesagt.</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is over.</source>
        <translation>Das Fenster „%1“ ist vorbei.</translation>
    </message>
    <message>
        <source>No tenant is called %1 (or your role may not see it).</source>
        <translation>Kein Mandant heißt %1 (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>decommissioned</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>paused: resume it first</source>
        <translation>pausiert: zuerst fortsetzen</translation>
    </message>
    <message>
        <source>an image upgrade is already scheduled or running</source>
        <translation>ein Image-Upgrade ist bereits geplant oder läuft</translation>
    </message>
    <message>
        <source>already runs %1</source>
        <translation>läuft bereits mit %1</translation>
    </message>
    <message>
        <source>%1 tenants in waves of %2 every %3 minutes make %4 waves; the window &quot;%5&quot; (%6) has room for %7. Make the waves larger, the gap shorter, or choose a longer window.</source>
        <translation>%1 Mandanten in Wellen zu je %2 alle %3 Minuten ergeben %4 Wellen; das Fenster „%5“ (%6) bietet Platz für %7. Vergrößern Sie die Wellen, verkürzen Sie den Abstand oder wählen Sie ein längeres Fenster.</translation>
    </message>
    <message>
        <source>No tenant is left to upgrade: see why each was skipped.</source>
        <translation>Es bleibt kein Mandant für ein Upgrade übrig: Sehen Sie nach, warum jeder übersprungen wurde.</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>Upgrade von %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade %n tenant(s) to %1</source>
        <translation>
            <numerusform>Upgrade von %n Mandant auf %1</numerusform>
            <numerusform>Upgrade von %n Mandanten auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 at %2 UTC: %3</source>
        <translation>Welle %1 um %2 UTC: %3</translation>
    </message>
    <message numerus="yes">
        <source>Not upgraded: %n tenant(s) (see the preview for why).</source>
        <translation>
            <numerusform>Kein Upgrade: %n Mandant (Gründe siehe Vorschau).</numerusform>
            <numerusform>Kein Upgrade: %n Mandanten (Gründe siehe Vorschau).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each becomes a queued operation the automation starts at its time; it can be cancelled until it starts.</source>
        <translation>Jedes wird zu einem Vorgang in der Warteschlange, den die Automatisierung zu seiner Zeit startet; bis zum Start kann er abgebrochen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these tenants got an image upgrade meanwhile from another session; nothing was scheduled. Look at the preview again.</source>
        <translation>
            <numerusform>%n dieser Mandanten hat inzwischen aus einer anderen Sitzung ein Image-Upgrade erhalten; es wurde nichts geplant. Sehen Sie sich die Vorschau erneut an.</numerusform>
            <numerusform>%n dieser Mandanten haben inzwischen aus einer anderen Sitzung ein Image-Upgrade erhalten; es wurde nichts geplant. Sehen Sie sich die Vorschau erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the upgrades to cancel.</source>
        <translation>Nennen Sie die abzubrechenden Upgrades.</translation>
    </message>
    <message>
        <source>operation %1 is not an image upgrade</source>
        <translation>Vorgang %1 ist kein Image-Upgrade</translation>
    </message>
    <message>
        <source>operation %1 is already %2</source>
        <translation>Vorgang %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <source>There is no operation %1 (or your role may not see it).</source>
        <translation>Es gibt keinen Vorgang %1 (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Only upgrades that have not started can be cancelled: %1.</source>
        <translation>Nur noch nicht gestartete Upgrades können abgebrochen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n scheduled image upgrade(s)</source>
        <translation>
            <numerusform>%n geplantes Image-Upgrade abbrechen</numerusform>
            <numerusform>%n geplante Image-Upgrades abbrechen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel upgrades</source>
        <translation>Upgrades abbrechen</translation>
    </message>
    <message>
        <source>The tenants keep the image they run now.</source>
        <translation>Die Mandanten behalten das Image, das sie jetzt verwenden.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>One of these upgrades started meanwhile; nothing was cancelled. Look again.</source>
        <translation>Eines dieser Upgrades wurde inzwischen gestartet; es wurde nichts abgebrochen. Sehen Sie erneut nach.</translation>
    </message>
</context>
<context>
    <name>fusion::InfraPane</name>
    <message>
        <source>Infrastructure and images</source>
        <translation>Infrastruktur und Images</translation>
    </message>
    <message>
        <source>Freeze operations…</source>
        <translation>Vorgänge einfrieren…</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>&amp;Upgrade tenants…</source>
        <translation>&amp;Upgrade für Mandanten…</translation>
    </message>
    <message>
        <source>&amp;Cancel selected…</source>
        <translation>Ausgewählte &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Image upgrades waiting for their time. Each becomes an operation the automation starts in its maintenance window; until then it can be cancelled.</source>
        <translation>Image-Upgrades, die auf ihren Zeitpunkt warten. Jedes wird zu einem Vorgang, den die Automatisierung in seinem Wartungsfenster startet; bis dahin kann es abgebrochen werden.</translation>
    </message>
    <message>
        <source>Scheduled upgrades</source>
        <translation>Geplante Upgrades</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;New window…</source>
        <translation>&amp;Neues Wartungsfenster…</translation>
    </message>
    <message>
        <source>Cancel &amp;window…</source>
        <translation>Fenster &amp;absagen…</translation>
    </message>
    <message>
        <source>Periods agreed with the tenants in which disruptive operations may run. The dashboard shows the ones to come.</source>
        <translation>Mit den Mandanten vereinbarte Zeiträume, in denen störende Vorgänge laufen dürfen. Die Übersicht zeigt die bevorstehenden.</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Record tested tag…</source>
        <translation>Getesteten Tag &amp;erfassen…</translation>
    </message>
    <message>
        <source>R&amp;etire tag…</source>
        <translation>Tag &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Image tags that passed testing, per environment. Upgrades may target only these: the database refuses any other.</source>
        <translation>Image-Tags, die die Tests bestanden haben, je Umgebung. Upgrades dürfen nur diese als Ziel haben: Die Datenbank lehnt alle anderen ab.</translation>
    </message>
    <message>
        <source>Tested tags</source>
        <translation>Getestete Tags</translation>
    </message>
    <message numerus="yes">
        <source>%1 · operations run normally · %n upgrade(s) scheduled</source>
        <translation>
            <numerusform>%1 · Vorgänge laufen normal · %n Upgrade geplant</numerusform>
            <numerusform>%1 · Vorgänge laufen normal · %n Upgrades geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;freeze operations…</source>
        <translation>Ein&amp;frieren aufheben…</translation>
    </message>
    <message>
        <source>&amp;Freeze operations…</source>
        <translation>Vorgänge ein&amp;frieren…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt offen</translation>
    </message>
    <message>
        <source>over</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may do this.</source>
        <translation>Nur Eigentümer (fusion_owner) dürfen das.</translation>
    </message>
    <message>
        <source>Stops every new operation, from anyone, until unfrozen.</source>
        <translation>Stoppt jeden neuen Vorgang, von wem auch immer, bis das Einfrieren aufgehoben wird.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n upgrade(s).</source>
        <translation>
            <numerusform>%n Upgrade geplant.</numerusform>
            <numerusform>%n Upgrades geplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n upgrade(s).</source>
        <translation>
            <numerusform>%n Upgrade abgebrochen.</numerusform>
            <numerusform>%n Upgrades abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the maintenance window &quot;%1&quot;.</source>
        <translation>Wartungsfenster „%1“ angelegt.</translation>
    </message>
    <message>
        <source>The window is cancelled.</source>
        <translation>Das Fenster ist abgesagt.</translation>
    </message>
    <message>
        <source>%1 is recorded as tested.</source>
        <translation>%1 ist als getestet erfasst.</translation>
    </message>
    <message>
        <source>The tag is retired.</source>
        <translation>Der Tag ist zurückgezogen.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Odoo image</source>
        <translation>Odoo-Image</translation>
    </message>
    <message>
        <source>PostgreSQL image</source>
        <translation>PostgreSQL-Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>New &amp;template…</source>
        <translation>Neue &amp;Vorlage…</translation>
    </message>
    <message>
        <source>E&amp;dit template…</source>
        <translation>Vorlage &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Retire t&amp;emplate…</source>
        <translation>Vorlage &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>What new tenants are built from: chart, images, size and environment defaults. A retired template is kept for the tenants built from it.</source>
        <translation>Woraus neue Mandanten aufgebaut werden: Chart, Images, Größe und Umgebungsvorgaben. Eine zurückgezogene Vorlage bleibt für die Mandanten erhalten, die aus ihr aufgebaut wurden.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>%1 (not tested here)</source>
        <translation>%1 (hier nicht getestet)</translation>
    </message>
    <message>
        <source>Saved the infra template &quot;%1&quot;.</source>
        <translation>Die Infrastrukturvorlage „%1“ ist gespeichert.</translation>
    </message>
    <message>
        <source>The infra template &quot;%1&quot; is retired.</source>
        <translation>Die Infrastrukturvorlage „%1“ ist zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>fusion::InfraTemplates</name>
    <message>
        <source>Helm chart</source>
        <translation>Helm-Chart</translation>
    </message>
    <message>
        <source>Odoo image</source>
        <translation>Odoo-Image</translation>
    </message>
    <message>
        <source>PostgreSQL image</source>
        <translation>PostgreSQL-Image</translation>
    </message>
    <message>
        <source>Size profile</source>
        <translation>Größenprofil</translation>
    </message>
    <message>
        <source>Environment defaults</source>
        <translation>Umgebungsvorgaben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name: 1 to 120 characters.</source>
        <translation>Name: 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <source>Helm chart: name the chart tenants are deployed with, e.g. charts/odoo-tenant:2.4.1.</source>
        <translation>Helm-Chart: Nennen Sie das Chart, mit dem Mandanten bereitgestellt werden, z. B. charts/odoo-tenant:2.4.1.</translation>
    </message>
    <message>
        <source>%1: name the image and its tag.</source>
        <translation>%1: Nennen Sie das Image und seinen Tag.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Size profile: small, medium, large or xlarge.</source>
        <translation>Größenprofil: small, medium, large oder xlarge.</translation>
    </message>
    <message>
        <source>Environment defaults: a JSON object, e.g. {&quot;workers&quot;: 2}.</source>
        <translation>Umgebungsvorgaben: ein JSON-Objekt, z. B. {&quot;workers&quot;: 2}.</translation>
    </message>
    <message>
        <source>Version: at most 40 characters.</source>
        <translation>Version: höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>There already is a template &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Create the infra template &quot;%1&quot;</source>
        <translation>Infrastrukturvorlage „%1“ anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>%1 is not recorded as tested in %2: tenants can be built from it, but an upgrade to it would be refused until it is.</source>
        <translation>%1 ist in %2 nicht als getestet erfasst: Mandanten können daraus aufgebaut werden, ein Upgrade darauf würde aber abgelehnt, bis es erfasst ist.</translation>
    </message>
    <message>
        <source>There is no template &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired; create a new template instead.</source>
        <translation>„%1“ ist zurückgezogen; legen Sie stattdessen eine neue Vorlage an.</translation>
    </message>
    <message>
        <source>Change the infra template &quot;%1&quot;</source>
        <translation>Infrastrukturvorlage „%1“ ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) built from it keep what they run: a template describes new tenants, an image upgrade changes existing ones.</source>
        <translation>
            <numerusform>%n daraus aufgebauter Mandant behält, was er ausführt: Eine Vorlage beschreibt neue Mandanten, ein Image-Upgrade ändert bestehende.</numerusform>
            <numerusform>%n daraus aufgebaute Mandanten behalten, was sie ausführen: Eine Vorlage beschreibt neue Mandanten, ein Image-Upgrade ändert bestehende.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another session changed or retired the template meanwhile; nothing was saved. Look again.</source>
        <translation>Eine andere Sitzung hat die Vorlage inzwischen geändert oder zurückgezogen; nichts wurde gespeichert. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retired.</source>
        <translation>„%1“ ist bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>Retire the infra template &quot;%1&quot;</source>
        <translation>Infrastrukturvorlage „%1“ zurückziehen</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message numerus="yes">
        <source>No new tenant can be built from it; the %n tenant(s) built from it are not changed.</source>
        <translation>
            <numerusform>Daraus kann kein neuer Mandant mehr aufgebaut werden; der %n daraus aufgebaute Mandant bleibt unverändert.</numerusform>
            <numerusform>Daraus kann kein neuer Mandant mehr aufgebaut werden; die %n daraus aufgebauten Mandanten bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template was retired meanwhile by another session.</source>
        <translation>Die Vorlage wurde inzwischen von einer anderen Sitzung zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>fusion::IntegrationEndpoints</name>
    <message>
        <source>%1 has no usable address; set it with &quot;fusionctl keys provider set %2 --base-url URL&quot;.</source>
        <translation>%1 hat keine nutzbare Adresse; legen Sie sie mit „fusionctl keys provider set %2 --base-url URL“ fest.</translation>
    </message>
    <message>
        <source>%1 has no key for %2; add it with &quot;%3&quot;.</source>
        <translation>%1 hat keinen Schlüssel für %2; fügen Sie ihn mit „%3“ hinzu.</translation>
    </message>
    <message>
        <source>%1 has no SSO record with a Keycloak realm and client id; set it in the tenant&apos;s SSO pane first.</source>
        <translation>%1 hat keinen SSO-Eintrag mit Keycloak-Realm und Client-ID; legen Sie ihn zuerst in der SSO-Ansicht des Mandanten fest.</translation>
    </message>
    <message>
        <source>Keycloak has no client secret for %1; add it with &quot;%2&quot;.</source>
        <translation>Keycloak hat kein Client-Secret für %1; fügen Sie es mit „%2“ hinzu.</translation>
    </message>
    <message>
        <source>its admin client</source>
        <translation>seinen Admin-Client</translation>
    </message>
    <message>
        <source>The Keycloak admin key has no client id; add the admin client&apos;s key with &quot;%1&quot;.</source>
        <translation>Der Keycloak-Admin-Schlüssel hat keine Client-ID; fügen Sie den Schlüssel des Admin-Clients mit „%1“ hinzu.</translation>
    </message>
    <message>
        <source>its API</source>
        <translation>seine API</translation>
    </message>
    <message>
        <source>n8n webhooks have no Header Auth key for &quot;%1&quot;; add it with &quot;%2&quot; (the client id is the header&apos;s name).</source>
        <translation>n8n-Webhooks haben keinen Header-Auth-Schlüssel für „%1“; fügen Sie ihn mit „%2“ hinzu (die Client-ID ist der Name des Headers).</translation>
    </message>
    <message>
        <source>its login</source>
        <translation>seine Anmeldung</translation>
    </message>
    <message>
        <source>The Superset key has no username; add the login with &quot;%1&quot; (the client id is the username).</source>
        <translation>Der Superset-Schlüssel hat keinen Benutzernamen; fügen Sie die Anmeldung mit „%1“ hinzu (die Client-ID ist der Benutzername).</translation>
    </message>
    <message>
        <source>%1 has no Supabase project; set it in the tenant&apos;s Analytics tab first.</source>
        <translation>%1 hat kein Supabase-Projekt; legen Sie es zuerst auf dem Reiter „Analyse“ des Mandanten fest.</translation>
    </message>
    <message>
        <source>There is no Supabase provider for the project keys; add it with &quot;fusionctl keys provider add supabase --name Supabase --base-url https://supabase.com&quot;, then the project&apos;s key with &quot;%1&quot;.</source>
        <translation>Es gibt keinen Supabase-Anbieter für die Projektschlüssel; fügen Sie ihn mit „fusionctl keys provider add supabase --name Supabase --base-url https://supabase.com“ hinzu, dann den Schlüssel des Projekts mit „%1“.</translation>
    </message>
    <message>
        <source>the project of %1</source>
        <translation>das Projekt von %1</translation>
    </message>
    <message>
        <source>The Supabase project &quot;%1&quot; of %2 is not an address.</source>
        <translation>Das Supabase-Projekt „%1“ von %2 ist keine Adresse.</translation>
    </message>
    <message>
        <source>%1 has no Mattermost channel: store its incoming-webhook address with &quot;%2&quot;.</source>
        <translation>%1 hat keinen Mattermost-Kanal: Hinterlegen Sie die Adresse seines eingehenden Webhooks mit „%2“.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an n8n instance: an instance&apos;s code is n8n or starts with n8n- (known: %2).</source>
        <translation>„%1“ ist keine n8n-Instanz: Der Code einer Instanz lautet n8n oder beginnt mit n8n- (bekannt: %2).</translation>
    </message>
    <message>
        <source>There is no n8n instance &quot;%1&quot; (known: %2); add it with &quot;fusionctl keys provider add %1 --name NAME --base-url URL&quot;.</source>
        <translation>Es gibt keine n8n-Instanz „%1“ (bekannt: %2); fügen Sie sie mit „fusionctl keys provider add %1 --name NAME --base-url URL“ hinzu.</translation>
    </message>
    <message>
        <source>%1 has no provider for its webhooks; add it with &quot;fusionctl keys provider add %2 --name &apos;%1 webhooks&apos; --base-url %3&quot;, then its Header Auth key with &quot;%4&quot;.</source>
        <translation>%1 hat keinen Anbieter für seine Webhooks; fügen Sie ihn mit „fusionctl keys provider add %2 --name &apos;%1 webhooks&apos; --base-url %3“ hinzu, dann seinen Header-Auth-Schlüssel mit „%4“.</translation>
    </message>
</context>
<context>
    <name>fusion::InvoicePdf</name>
    <message>
        <source>CREDIT NOTE</source>
        <translation>GUTSCHRIFT</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>RECHNUNG</translation>
    </message>
    <message>
        <source>Draft %1 (not issued)</source>
        <translation>Entwurf %1 (nicht ausgestellt)</translation>
    </message>
    <message>
        <source>%1 %2 · amounts in %3</source>
        <translation>%1 %2 · Beträge in %3</translation>
    </message>
    <message>
        <source>Fusion Console</source>
        <translation>Fusion Console</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Zu Rechnung</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2 (Fortsetzung)</translation>
    </message>
    <message>
        <source>No lines.</source>
        <translation>Keine Positionen.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fusion::Invoicing</name>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>draft %1 %2 (%3, %4)</source>
        <translation>%1 %2 (Entwurf, %3, %4)</translation>
    </message>
    <message>
        <source>The %1 was changed by someone else meanwhile; look again.</source>
        <translation>Die %1 wurde inzwischen von jemand anderem geändert; sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Give the period as a month, YYYY-MM (for example 2026-11).</source>
        <translation>Geben Sie den Zeitraum als Monat an, YYYY-MM (zum Beispiel 2026-11).</translation>
    </message>
    <message>
        <source>%1 is not over yet: invoices are generated once the month has ended.</source>
        <translation>%1 ist noch nicht vorbei: Rechnungen werden erst nach Ende des Monats erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>The usage of %1 is not fully aggregated: %n usage row(s) are not in the daily totals yet. Run &quot;fusionctl usage aggregate&quot; (or Aggregate now in the Usage pane) first.</source>
        <translation>
            <numerusform>Die Nutzung von %1 ist nicht vollständig aggregiert: %n Nutzungszeile ist noch nicht in den Tagessummen. Führen Sie zuerst „fusionctl usage aggregate“ aus (oder „Jetzt aggregieren“ im Bereich „Nutzung“).</numerusform>
            <numerusform>Die Nutzung von %1 ist nicht vollständig aggregiert: %n Nutzungszeilen sind noch nicht in den Tagessummen. Führen Sie zuerst „fusionctl usage aggregate“ aus (oder „Jetzt aggregieren“ im Bereich „Nutzung“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to generate: %n invoice(s) already exist for %1.</source>
        <translation>
            <numerusform>Nichts zu erstellen: Für %1 gibt es bereits %n Rechnung.</numerusform>
            <numerusform>Nichts zu erstellen: Für %1 gibt es bereits %n Rechnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate the invoices of %1</source>
        <translation>Rechnungen für %1 erstellen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Creates %n draft invoice(s) totalling %1: each plan&apos;s price for the whole month plus AI usage beyond its allowance, from the daily aggregates.</source>
        <translation>
            <numerusform>Erstellt %n Rechnungsentwurf über insgesamt %1: den Preis jedes Tarifs für den ganzen Monat plus die KI-Nutzung über sein Kontingent hinaus, aus den täglichen Aggregaten.</numerusform>
            <numerusform>Erstellt %n Rechnungsentwürfe über insgesamt %1: den Preis jedes Tarifs für den ganzen Monat plus die KI-Nutzung über sein Kontingent hinaus, aus den täglichen Aggregaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts get a number when they are issued; until then they can be reviewed.</source>
        <translation>Entwürfe erhalten beim Ausstellen eine Nummer; bis dahin können sie geprüft werden.</translation>
    </message>
    <message>
        <source>Plan </source>
        <translation>Tarif </translation>
    </message>
    <message>
        <source> (yearly), year from </source>
        <translation> (jährlich), Jahr ab </translation>
    </message>
    <message>
        <source> (monthly), </source>
        <translation> (monatlich), </translation>
    </message>
    <message>
        <source>AI usage: </source>
        <translation>KI-Nutzung: </translation>
    </message>
    <message>
        <source> at </source>
        <translation> bei </translation>
    </message>
    <message>
        <source> (</source>
        <translation> (</translation>
    </message>
    <message>
        <source> requests)</source>
        <translation> Anfragen)</translation>
    </message>
    <message>
        <source>AI usage included in the plan</source>
        <translation>Im Tarif enthaltene KI-Nutzung</translation>
    </message>
    <message>
        <source>New usage of %1 arrived meanwhile; aggregate it and look again.</source>
        <translation>Inzwischen ist neue Nutzung für %1 eingegangen; aggregieren Sie sie und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>The subscriptions or invoices of %1 changed meanwhile; look again.</source>
        <translation>Die Abonnements oder Rechnungen von %1 haben sich inzwischen geändert; sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>The %1 is already %2.</source>
        <translation>Die %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>Issue the %1</source>
        <translation>%1 ausstellen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Gives it the next invoice number of the year; its total is %1.</source>
        <translation>Gibt ihr die nächste Rechnungsnummer des Jahres; ihr Gesamtbetrag ist %1.</translation>
    </message>
    <message>
        <source>Once issued it cannot be edited or deleted: corrections are credit notes.</source>
        <translation>Nach dem Ausstellen kann sie weder bearbeitet noch gelöscht werden: Korrekturen erfolgen über Gutschriften.</translation>
    </message>
    <message>
        <source>The %1 is a draft: issue it before it is paid.</source>
        <translation>Die %1 ist ein Entwurf: Stellen Sie sie aus, bevor sie bezahlt wird.</translation>
    </message>
    <message>
        <source>Mark the %1 as paid</source>
        <translation>%1 als bezahlt markieren</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <source>Records %1 received.</source>
        <translation>Erfasst den Eingang von %1.</translation>
    </message>
    <message>
        <source>The %1 is a draft: only issued invoices are voided (a draft is simply not issued).</source>
        <translation>Die %1 ist ein Entwurf: Nur ausgestellte Rechnungen werden storniert (ein Entwurf wird einfach nicht ausgestellt).</translation>
    </message>
    <message>
        <source>Void the %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>The tenant no longer owes %1; the invoice and its number stay on record.</source>
        <translation>Der Mandant schuldet %1 nicht mehr; die Rechnung und ihre Nummer bleiben erhalten.</translation>
    </message>
    <message>
        <source>The %1 is itself a credit note.</source>
        <translation>Die %1 ist selbst eine Gutschrift.</translation>
    </message>
    <message>
        <source>Only an issued or paid invoice is credited; the %1 is %2.</source>
        <translation>Gutschriften gibt es nur für ausgestellte oder bezahlte Rechnungen; die %1 ist %2.</translation>
    </message>
    <message>
        <source>Say why the credit is given (1 to 500 characters).</source>
        <translation>Geben Sie an, warum die Gutschrift erteilt wird (1 bis 500 Zeichen).</translation>
    </message>
    <message>
        <source>A credit is an amount above zero.</source>
        <translation>Eine Gutschrift ist ein Betrag über null.</translation>
    </message>
    <message>
        <source>The credit %1 is more than the %2 still credited to %3.</source>
        <translation>Die Gutschrift von %1 übersteigt die %2, die für die %3 noch gutgeschrieben werden können.</translation>
    </message>
    <message>
        <source>Credit %1 against the %2</source>
        <translation>Gutschrift über %1 zur %2</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>Gutschrift ausstellen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Issues a credit note with its own number; %1 stays as it was issued.</source>
        <translation>Stellt eine Gutschrift mit eigener Nummer aus; %1 bleibt so, wie sie ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The balance of %1 becomes %2.</source>
        <translation>Der offene Betrag von %1 beträgt dann %2.</translation>
    </message>
    <message>
        <source>Credit on %1: %2</source>
        <translation>Gutschrift zu %1: %2</translation>
    </message>
    <message>
        <source>The %1 was changed or credited meanwhile; look again.</source>
        <translation>Die %1 wurde inzwischen geändert oder hat eine Gutschrift erhalten; sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>The issuer&apos;s details are longer than 1,000 characters.</source>
        <translation>Die Angaben zum Rechnungssteller sind länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>Set who issues the invoices</source>
        <translation>Festlegen, wer die Rechnungen ausstellt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Rechnungssteller</translation>
    </message>
    <message>
        <source>Printed at the top of every invoice PDF from now on; issued invoices keep their amounts.</source>
        <translation>Wird ab jetzt oben auf jedes Rechnungs-PDF gedruckt; ausgestellte Rechnungen behalten ihre Beträge.</translation>
    </message>
    <message>
        <source>The issuer was changed by someone else meanwhile; look again.</source>
        <translation>Der Rechnungssteller wurde inzwischen von jemand anderem geändert; sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>Each invoiced subscription&apos;s next invoice date becomes %1 (the invoice of %2).</source>
        <translation>Das nächste Rechnungsdatum jedes abgerechneten Abonnements wird %1 (die Rechnung für %2).</translation>
    </message>
    <message>
        <source>The invoices of %1 were generated by someone else meanwhile; this run created nothing. Look again.</source>
        <translation>Die Rechnungen von %1 wurden inzwischen von jemand anderem erstellt; dieser Lauf hat nichts angelegt. Sehen Sie erneut nach.</translation>
    </message>
</context>
<context>
    <name>fusion::Job</name>
    <message>
        <source>Cancelled; nothing more was done.</source>
        <translation>Abgebrochen; es wurde nichts weiter getan.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No OS keychain is available.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Applying a bundle</source>
        <translation>Bundle wird angewendet</translation>
    </message>
    <message>
        <source>Reading a tenant&apos;s modules</source>
        <translation>Module eines Mandanten werden gelesen</translation>
    </message>
    <message>
        <source>Executing a proposal</source>
        <translation>Vorschlag wird ausgeführt</translation>
    </message>
    <message>
        <source>Aggregating usage</source>
        <translation>Nutzung wird aggregiert</translation>
    </message>
    <message>
        <source>Importing usage</source>
        <translation>Nutzung wird importiert</translation>
    </message>
    <message>
        <source>Syncing the knowledge base</source>
        <translation>Wissensdatenbank wird synchronisiert</translation>
    </message>
    <message>
        <source>Embedding the knowledge base</source>
        <translation>Wissensdatenbank wird eingebettet</translation>
    </message>
    <message>
        <source>Searching the knowledge base</source>
        <translation>Wissensdatenbank wird durchsucht</translation>
    </message>
    <message>
        <source>Checking keys</source>
        <translation>Schlüssel werden geprüft</translation>
    </message>
    <message>
        <source>Saving a key</source>
        <translation>Schlüssel wird gespeichert</translation>
    </message>
    <message>
        <source>Revoking a key</source>
        <translation>Schlüssel wird widerrufen</translation>
    </message>
    <message>
        <source>Exporting keys</source>
        <translation>Schlüssel werden exportiert</translation>
    </message>
    <message>
        <source>Importing keys</source>
        <translation>Schlüssel werden importiert</translation>
    </message>
    <message>
        <source>Running an automation</source>
        <translation>Automatisierung wird ausgeführt</translation>
    </message>
    <message>
        <source>Switching a workflow</source>
        <translation>Workflow wird umgeschaltet</translation>
    </message>
    <message>
        <source>Posting to a channel</source>
        <translation>Im Kanal wird gepostet</translation>
    </message>
    <message>
        <source>Testing an ETL</source>
        <translation>ETL wird getestet</translation>
    </message>
    <message>
        <source>Checking single sign-on</source>
        <translation>Single Sign-on wird geprüft</translation>
    </message>
    <message>
        <source>Saving a change</source>
        <translation>Änderung wird gespeichert</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Eine Aufgabe</translation>
    </message>
</context>
<context>
    <name>fusion::KbSourceDialog</name>
    <message>
        <source>Knowledge of %1 in Supabase</source>
        <translation>Wissen von %1 in Supabase</translation>
    </message>
    <message>
        <source>Searches of %1&apos;s knowledge ask this Supabase project (the kb.search_chunks and kb.search_chunks_text functions over its REST API) instead of this database. Its key stays in the OS keychain, as a key of the key vault, and is read only when a search is sent.</source>
        <translation>Suchen im Wissen von %1 fragen dieses Supabase-Projekt (die Funktionen kb.search_chunks und kb.search_chunks_text über seine REST-API) statt dieser Datenbank. Sein Schlüssel bleibt im Schlüsselbund des Betriebssystems, als Schlüssel des Schlüsseltresors, und wird erst gelesen, wenn eine Suche gesendet wird.</translation>
    </message>
    <message>
        <source>The tenant&apos;s identifier in the project&apos;s kb.chunks (its tenant_ref column).</source>
        <translation>Die Kennung des Mandanten in kb.chunks des Projekts (seine Spalte tenant_ref).</translation>
    </message>
    <message>
        <source>&amp;Project URL:</source>
        <translation>&amp;Projekt-URL:</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>&amp;Tenant ref:</source>
        <translation>&amp;Mandanten-Ref.:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Search &amp;locally again…</source>
        <translation>Wieder &amp;lokal suchen…</translation>
    </message>
    <message>
        <source>Forgets the project: searches of %1 use this database&apos;s knowledge base again.</source>
        <translation>Vergisst das Projekt: Suchen von %1 verwenden wieder die Wissensbasis dieser Datenbank.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s address.</source>
        <translation>Geben Sie die Adresse des Projekts ein.</translation>
    </message>
    <message>
        <source>The project URL must start with http:// or https:// and name a host.</source>
        <translation>Die Projekt-URL muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s identifier in the project&apos;s chunks.</source>
        <translation>Geben Sie die Kennung des Mandanten in den Abschnitten des Projekts ein.</translation>
    </message>
    <message>
        <source>The key vault has no key to send: add the project&apos;s key in the Keys pane first.</source>
        <translation>Der Schlüsseltresor hat keinen Schlüssel zum Senden: Fügen Sie zuerst den Schlüssel des Projekts im Bereich Schlüssel hinzu.</translation>
    </message>
</context>
<context>
    <name>fusion::KbSources</name>
    <message>
        <source>Several keys are labelled &quot;%1&quot;: name one as PROVIDER/LABEL or by its id.</source>
        <translation>Mehrere Schlüssel tragen die Bezeichnung „%1“: Geben Sie einen als PROVIDER/LABEL oder über seine ID an.</translation>
    </message>
    <message>
        <source>There is no live key &quot;%1&quot; in the key vault: add the Supabase key with &quot;fusionctl keys add&quot; first.</source>
        <translation>Im Schlüsseltresor gibt es keinen gültigen Schlüssel „%1“: Fügen Sie den Supabase-Schlüssel zuerst mit „fusionctl keys add“ hinzu.</translation>
    </message>
    <message>
        <source>A Supabase source needs the project URL, the tenant reference (for example odoo_company:1) and the vault key holding the project&apos;s key.</source>
        <translation>Eine Supabase-Quelle benötigt die Projekt-URL, die Mandantenreferenz (zum Beispiel odoo_company:1) und den Tresor-Schlüssel, der den Schlüssel des Projekts enthält.</translation>
    </message>
    <message>
        <source>The project URL must start with http:// or https://, name a host and hold no spaces (at most 300 characters), not &quot;%1&quot;.</source>
        <translation>Die Projekt-URL muss mit http:// oder https:// beginnen, einen Host nennen und darf keine Leerzeichen enthalten (höchstens 300 Zeichen), nicht „%1“.</translation>
    </message>
    <message>
        <source>The schema is a lower-case PostgreSQL name (letters, digits, _), not &quot;%1&quot;.</source>
        <translation>Das Schema ist ein PostgreSQL-Name in Kleinbuchstaben (Buchstaben, Ziffern, _), nicht „%1“.</translation>
    </message>
    <message>
        <source>The tenant reference is 1 to 120 characters on one line (for example odoo_company:1).</source>
        <translation>Die Mandantenreferenz umfasst 1 bis 120 Zeichen in einer Zeile (zum Beispiel odoo_company:1).</translation>
    </message>
    <message>
        <source>Change where the knowledge of %1 is read from</source>
        <translation>Ändern, woher das Wissen von %1 gelesen wird</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Read the knowledge of %1 from Supabase</source>
        <translation>Wissen von %1 aus Supabase lesen</translation>
    </message>
    <message>
        <source>Set Source</source>
        <translation>Quelle festlegen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Projekt-URL</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Tenant reference</source>
        <translation>Mandantenreferenz</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&quot;fusionctl kb search --tenant %1&quot; asks this project instead of the local knowledge base.</source>
        <translation>„fusionctl kb search --tenant %1“ fragt dieses Projekt statt der lokalen Wissensbasis ab.</translation>
    </message>
    <message>
        <source>Someone else set a source for %1 meanwhile; nothing was changed.</source>
        <translation>Inzwischen hat jemand anderes eine Quelle für %1 festgelegt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The source was changed by someone else meanwhile; nothing was changed.</source>
        <translation>Die Quelle wurde inzwischen von jemand anderem geändert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 has no knowledge source; its knowledge base is the local one.</source>
        <translation>%1 hat keine Wissensquelle; seine Wissensbasis ist die lokale.</translation>
    </message>
    <message>
        <source>Stop reading the knowledge of %1 from Supabase</source>
        <translation>Wissen von %1 nicht mehr aus Supabase lesen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Searches of %1 use the local knowledge base again; the Supabase project and the vault key stay as they are.</source>
        <translation>Suchen für %1 verwenden wieder die lokale Wissensbasis; das Supabase-Projekt und der Tresor-Schlüssel bleiben unverändert.</translation>
    </message>
    <message>
        <source>The source was changed by someone else meanwhile; nothing was removed.</source>
        <translation>Die Quelle wurde inzwischen von jemand anderem geändert; es wurde nichts entfernt.</translation>
    </message>
</context>
<context>
    <name>fusion::KeyAttention</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>grace period over: revoke it</source>
        <translation>Übergangsfrist vorbei: widerrufen Sie ihn</translation>
    </message>
    <message numerus="yes">
        <source>unused for %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag unbenutzt</numerusform>
            <numerusform>seit %n Tagen unbenutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected by the provider</source>
        <translation>vom Anbieter abgelehnt</translation>
    </message>
</context>
<context>
    <name>fusion::KeyCheck</name>
    <message>
        <source>Checking %1/%2 with %3…</source>
        <translation>%1/%2 wird bei %3 geprüft…</translation>
    </message>
</context>
<context>
    <name>fusion::KeyEditorDialog</name>
    <message>
        <source>Add %1 Key</source>
        <translation>Schlüssel für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rotate %1 Key &quot;%2&quot;</source>
        <translation>Schlüssel „%2“ für %1 rotieren</translation>
    </message>
    <message>
        <source>The secret goes into the OS keychain only; the database keeps its fingerprint.</source>
        <translation>Das Geheimnis wird ausschließlich im System-Schlüsselbund abgelegt; die Datenbank speichert seinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>The new secret becomes the default; &quot;%1&quot; keeps working as a retiring key for the grace period, then you revoke it.</source>
        <translation>Das neue Geheimnis wird zum Standard; „%1“ funktioniert während der Übergangsfrist als auslaufender Schlüssel weiter, danach widerrufen Sie ihn.</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. produktion</translation>
    </message>
    <message>
        <source>e.g. production-2026-12</source>
        <translation>z. B. produktion-2026-12</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account-&amp;SID:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Aktualisierungstoken:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Ablauf&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Make it %1&apos;s default key</source>
        <translation>Zum Standardschlüssel von %1 machen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Grace period:</source>
        <translation>Übergangs&amp;frist:</translation>
    </message>
    <message>
        <source>Check the secret with %1 first (no cost)</source>
        <translation>Das Geheimnis zuerst bei %1 prüfen (kostenlos)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren …</translation>
    </message>
    <message>
        <source>Give the key a label.</source>
        <translation>Geben Sie dem Schlüssel eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The client id is needed.</source>
        <translation>Die Client-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>The Account SID is needed.</source>
        <translation>Die Account-SID ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>fusion::KeyExport</name>
    <message>
        <source>There is no live key %1 (give it as PROVIDER/LABEL).</source>
        <translation>Es gibt keinen aktiven Schlüssel %1 (als ANBIETER/BEZEICHNUNG angeben).</translation>
    </message>
    <message>
        <source>No keys to export.</source>
        <translation>Keine Schlüssel zu exportieren.</translation>
    </message>
    <message>
        <source>Reading the secret of %1/%2…</source>
        <translation>Das Geheimnis von %1/%2 wird gelesen…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Wird versiegelt…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fusion::KeyFile</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (%1 MiB needed).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten (%1 MiB erforderlich).</translation>
    </message>
    <message>
        <source>The file decrypted, but its content is not a key list (made by another program?).</source>
        <translation>Die Datei wurde entschlüsselt, aber ihr Inhalt ist keine Schlüsselliste (von einem anderen Programm erstellt?).</translation>
    </message>
    <message>
        <source>Key %1 in the file is not a record.</source>
        <translation>Schlüssel %1 in der Datei ist kein Datensatz.</translation>
    </message>
    <message>
        <source>Key %1 in the file has an unknown kind &quot;%2&quot;.</source>
        <translation>Schlüssel %1 in der Datei hat eine unbekannte Art „%2“.</translation>
    </message>
    <message>
        <source>Key %1 in the file has no provider or label.</source>
        <translation>Schlüssel %1 in der Datei hat keinen Anbieter oder keine Bezeichnung.</translation>
    </message>
    <message>
        <source>Key %1 (%2/%3) in the file: %4</source>
        <translation>Schlüssel %1 (%2/%3) in der Datei: %4</translation>
    </message>
    <message>
        <source>The file holds no keys.</source>
        <translation>Die Datei enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters: it is all that protects the secrets in the file.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein: Sie ist das Einzige, was die Geheimnisse in der Datei schützt.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; that is not a key export.</source>
        <translation>Die Datei ist größer als %1 MiB; das ist kein Schlüsselexport.</translation>
    </message>
    <message>
        <source>This is not a Fusion Console key export file.</source>
        <translation>Dies ist keine Schlüsselexportdatei von Fusion Console.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet innerhalb ihres Headers.</translation>
    </message>
    <message>
        <source>The file was made by a newer Fusion Console (format %1); this one reads format %2. Update Fusion Console to import it.</source>
        <translation>Die Datei wurde von einer neueren Version von Fusion Console erstellt (Format %1); diese Version liest Format %2. Aktualisieren Sie Fusion Console, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file&apos;s format %1 is unknown.</source>
        <translation>Das Format %1 der Datei ist unbekannt.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends before its encrypted part (%1 bytes).</source>
        <translation>Die Datei ist abgeschnitten: Sie endet vor ihrem verschlüsselten Teil (%1 Bytes).</translation>
    </message>
    <message>
        <source>The file uses a key derivation this version does not know (%1).</source>
        <translation>Die Datei verwendet eine Schlüsselableitung, die diese Version nicht kennt (%1).</translation>
    </message>
    <message>
        <source>The file asks for key-derivation settings outside what Fusion Console accepts (%1 passes, %2 MiB); it was not made by Fusion Console or was changed.</source>
        <translation>Die Datei verlangt Einstellungen für die Schlüsselableitung außerhalb dessen, was Fusion Console akzeptiert (%1 Durchläufe, %2 MiB); sie wurde nicht von Fusion Console erstellt oder wurde verändert.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed or damaged after it was exported. Nothing was imported.</source>
        <translation>Die Passphrase ist falsch, oder die Datei wurde nach dem Export verändert oder beschädigt. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>fusion::KeyFileDialog</name>
    <message>
        <source>Export Keys</source>
        <translation>Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Import Keys</source>
        <translation>Schlüssel importieren</translation>
    </message>
    <message>
        <source>The chosen keys are written with their secrets to one file, encrypted with the passphrase. Whoever has the file and the passphrase has the secrets.</source>
        <translation>Die ausgewählten Schlüssel werden mit ihren Geheimnissen in eine Datei geschrieben, verschlüsselt mit der Passphrase. Wer die Datei und die Passphrase hat, hat die Geheimnisse.</translation>
    </message>
    <message>
        <source>You will see what the file adds or replaces before anything is stored.</source>
        <translation>Sie sehen, was die Datei hinzufügt oder ersetzt, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>P&amp;rüfen …</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Key files (*.fcvault);;All files (*)</source>
        <translation>Schlüsseldateien (*.fcvault);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file.</source>
        <translation>Wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation>Wählen Sie mindestens einen Schlüssel.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type the file&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase der Datei ein.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every key in the file is already here with the same secret.</source>
        <translation>Nichts zu importieren: Jeder Schlüssel in der Datei ist hier bereits mit demselben Geheimnis vorhanden.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 already here.</source>
        <translation>Importiert: %1 hinzugefügt, %2 ersetzt, %3 bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s) that an interrupted earlier import had left in the keychain.</source>
        <translation>
            <numerusform>%n Geheimnis entfernt, das ein früher unterbrochener Import im Schlüsselbund hinterlassen hatte.</numerusform>
            <numerusform>%n Geheimnisse entfernt, die ein früher unterbrochener Import im Schlüsselbund hinterlassen hatte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::KeyFileImport</name>
    <message>
        <source>Opening the file…</source>
        <translation>Die Datei wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n secret(s)…</source>
        <translation>
            <numerusform>%n Geheimnis wird gespeichert…</numerusform>
            <numerusform>%n Geheimnisse werden gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the import…</source>
        <translation>Der Import wird festgehalten…</translation>
    </message>
    <message>
        <source>Deleting the replaced keys&apos; old secrets…</source>
        <translation>Die alten Geheimnisse der ersetzten Schlüssel werden gelöscht…</translation>
    </message>
    <message>
        <source>An earlier import into this database was interrupted and left secrets in the keychain that no key uses; removing them failed, so nothing was imported: %1</source>
        <translation>Ein früherer Import in diese Datenbank wurde unterbrochen und hat Geheimnisse im Schlüsselbund hinterlassen, die kein Schlüssel verwendet; sie konnten nicht entfernt werden, daher wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>fusion::KeyImportJournal</name>
    <message>
        <source>Cannot create %1 to note what the import stores; nothing was imported.</source>
        <translation>%1 kann nicht angelegt werden, um festzuhalten, was der Import speichert; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Another key import into this database is running on this machine (process %1); try again when it has finished.</source>
        <translation>Ein anderer Schlüsselimport in diese Datenbank läuft auf diesem Rechner (Prozess %1); versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Cannot lock %1 for the import; nothing was imported.</source>
        <translation>%1 kann für den Import nicht gesperrt werden; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1, the note of an earlier import: %2</source>
        <translation>%1, die Protokollnotiz eines früheren Imports, kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to note what the import stores (%2); nothing was imported.</source>
        <translation>%1 kann nicht geschrieben werden, um festzuhalten, was der Import speichert (%2); nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>fusion::KeySave</name>
    <message>
        <source>Checking the new secret with %1…</source>
        <translation>Das neue Geheimnis wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>%1 refused the new secret: %2 Nothing was changed.</source>
        <translation>%1 hat das neue Geheimnis abgelehnt: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The new secret could not be checked: %1 Nothing was changed; %2.</source>
        <translation>Das neue Geheimnis konnte nicht geprüft werden: %1 Es wurde nichts geändert; %2.</translation>
    </message>
</context>
<context>
    <name>fusion::KeyTransfer</name>
    <message numerus="yes">
        <source>Import %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel importieren</numerusform>
            <numerusform>%n Schlüssel importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Exported by %1 at %2.</source>
        <translation>Exportiert von %1 am %2.</translation>
    </message>
    <message>
        <source>The file has a key for provider &quot;%1&quot;, which neither this database nor the file defines.</source>
        <translation>Die Datei enthält einen Schlüssel für den Anbieter „%1“, den weder diese Datenbank noch die Datei definiert.</translation>
    </message>
    <message>
        <source>Adds provider %1 (%2, %3).</source>
        <translation>Fügt den Anbieter %1 hinzu (%2, %3).</translation>
    </message>
    <message>
        <source>The file has %1 twice.</source>
        <translation>Die Datei enthält %1 zweimal.</translation>
    </message>
    <message>
        <source>%1 in the file is a %2 key, but %3 here takes %4 keys.</source>
        <translation>%1 in der Datei ist ein %2-Schlüssel, aber %3 nimmt hier %4-Schlüssel an.</translation>
    </message>
    <message>
        <source>%1 is already here with the same secret; left as it is.</source>
        <translation>%1 ist bereits mit demselben Geheimnis vorhanden; bleibt unverändert.</translation>
    </message>
    <message>
        <source>Adds %1 and replaces %2 secret(s) in the OS keychain; the replaced keys&apos; old secrets are deleted afterwards.</source>
        <translation>Legt %1 Geheimnis(se) im System-Schlüsselbund neu an und ersetzt %2; die alten Geheimnisse der ersetzten Schlüssel werden danach gelöscht.</translation>
    </message>
    <message>
        <source>%1/%2 was changed by someone else meanwhile; nothing was imported.</source>
        <translation>%1/%2 wurde inzwischen von jemand anderem geändert; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Export %n key(s) with their secrets</source>
        <translation>
            <numerusform>%n Schlüssel mit seinem Geheimnis exportieren</numerusform>
            <numerusform>%n Schlüssel mit ihren Geheimnissen exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writes %1, encrypted with your passphrase (Argon2id, XChaCha20-Poly1305). Whoever has the file and the passphrase has these secrets.</source>
        <translation>Schreibt %1, verschlüsselt mit Ihrer Passphrase (Argon2id, XChaCha20-Poly1305). Wer die Datei und die Passphrase hat, hat diese Geheimnisse.</translation>
    </message>
    <message>
        <source>The file&apos;s provider %1 was not found.</source>
        <translation>Der Anbieter %1 aus der Datei wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>fusion::KeyValidator</name>
    <message>
        <source>The provider is limiting requests right now (HTTP 429); try again later.</source>
        <translation>Der Anbieter begrenzt gerade die Anfragen (HTTP 429); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider had a server error (HTTP %1); try again later.</source>
        <translation>Beim Anbieter ist ein Serverfehler aufgetreten (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1 %2, which says nothing about the key.</source>
        <translation>Der Anbieter hat mit HTTP %1 %2 geantwortet, was nichts über den Schlüssel aussagt.</translation>
    </message>
    <message>
        <source>This Twilio key has no Account SID, so there is nothing to check it against.</source>
        <translation>Dieser Twilio-Schlüssel hat keine Account-SID, daher gibt es nichts, wogegen er geprüft werden könnte.</translation>
    </message>
    <message>
        <source>%1 has no validation method; nothing was checked.</source>
        <translation>%1 hat keine Prüfmethode; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>The provider&apos;s address %1 is not a web address.</source>
        <translation>Die Adresse %1 des Anbieters ist keine Webadresse.</translation>
    </message>
    <message>
        <source>[the secret]</source>
        <translation>[das Geheimnis]</translation>
    </message>
    <message>
        <source>The provider did not answer in time (%1).</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>The provider could not be reached: %1.</source>
        <translation>Der Anbieter ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was not readable JSON.</source>
        <translation>Die Antwort des Anbieters war kein lesbares JSON.</translation>
    </message>
    <message>
        <source>Google accepted the key.</source>
        <translation>Google hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <source>Google says the quota is used up (%1): %2</source>
        <translation>Laut Google ist das Kontingent aufgebraucht (%1): %2</translation>
    </message>
    <message>
        <source>Google answered &quot;%1&quot;, which says nothing about the key.</source>
        <translation>Google hat „%1“ geantwortet, was nichts über den Schlüssel aussagt.</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token.</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>The refresh token works; a new access token is valid for %n minute(s).</source>
        <translation>
            <numerusform>Das Aktualisierungstoken funktioniert; ein neues Zugriffstoken ist %n Minute lang gültig.</numerusform>
            <numerusform>Das Aktualisierungstoken funktioniert; ein neues Zugriffstoken ist %n Minuten lang gültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh token works.</source>
        <translation>Das Aktualisierungstoken funktioniert.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2).</source>
        <translation>Konto „%1“ (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The key lists %n model(s).</source>
        <translation>
            <numerusform>Der Schlüssel listet %n Modell auf.</numerusform>
            <numerusform>Der Schlüssel listet %n Modelle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1).</source>
        <translation>Der Anbieter hat den Schlüssel abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fusion::KeyVault</name>
    <message>
        <source>%1 key &quot;%2&quot; (%3)</source>
        <translation>Schlüssel „%2“ von %1 (%3)</translation>
    </message>
    <message>
        <source>no secret</source>
        <translation>kein Geheimnis</translation>
    </message>
    <message>
        <source>The keychain item of this OAuth key is not in the expected form.</source>
        <translation>Der Schlüsselbund-Eintrag dieses OAuth-Schlüssels hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>„%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>A base URL must not contain a user name or password; keys live in the keychain.</source>
        <translation>Eine Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; Schlüssel liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The code must be 1–40 lowercase letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Der Code muss aus 1–40 Kleinbuchstaben, Ziffern, „-“ oder „_“ bestehen.</translation>
    </message>
    <message>
        <source>The name must have 1–80 characters.</source>
        <translation>Der Name muss 1–80 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The kind is api_key or oauth.</source>
        <translation>Die Art ist api_key oder oauth.</translation>
    </message>
    <message>
        <source>An OAuth provider needs its token URL (http or https).</source>
        <translation>Ein OAuth-Anbieter benötigt seine Token-URL (http oder https).</translation>
    </message>
    <message>
        <source>The validation is one of %1.</source>
        <translation>Die Prüfmethode muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>There already is a provider &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Add provider %1</source>
        <translation>Anbieter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Change where %1 is reached</source>
        <translation>Ändern, unter welcher Adresse %1 erreicht wird</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Back to the provider&apos;s own address.</source>
        <translation>Zurück zur eigenen Adresse des Anbieters.</translation>
    </message>
    <message>
        <source>Plain http: keys sent for validation and calls travel unencrypted.</source>
        <translation>Reines http: Zur Prüfung gesendete Schlüssel und Aufrufe werden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>The provider was changed by someone else meanwhile; nothing was saved.</source>
        <translation>Der Anbieter wurde inzwischen von jemand anderem geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>%1 has no keys yet.</source>
        <translation>%1 hat noch keine Schlüssel.</translation>
    </message>
    <message>
        <source>%1 has no default key; choose one with --key or make one the default.</source>
        <translation>%1 hat keinen Standardschlüssel; wählen Sie einen mit --key aus oder machen Sie einen zum Standard.</translation>
    </message>
    <message>
        <source>%1 has no live key labelled &quot;%2&quot;.</source>
        <translation>%1 hat keinen nicht widerrufenen Schlüssel mit der Bezeichnung „%2“.</translation>
    </message>
    <message>
        <source>An OAuth key needs its client secret and a refresh token.</source>
        <translation>Ein OAuth-Schlüssel benötigt sein Client-Geheimnis und ein Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>The secret contains control characters (a line break or tab?); nothing was stored.</source>
        <translation>Das Geheimnis enthält Steuerzeichen (einen Zeilenumbruch oder Tabulator?); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The key is empty; nothing was stored.</source>
        <translation>Der Schlüssel ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The key is longer than 4,096 bytes; that is not an API key.</source>
        <translation>Der Schlüssel ist länger als 4.096 Bytes; das ist kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>The key contains control characters (a line break or tab?); nothing was stored.</source>
        <translation>Der Schlüssel enthält Steuerzeichen (einen Zeilenumbruch oder Tabulator?); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A key needs a label of 1–80 characters.</source>
        <translation>Ein Schlüssel benötigt eine Bezeichnung mit 1–80 Zeichen.</translation>
    </message>
    <message>
        <source>Notes may have at most 2,000 characters.</source>
        <translation>Notizen dürfen höchstens 2.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>An OAuth key needs its client id.</source>
        <translation>Ein OAuth-Schlüssel benötigt seine Client-ID.</translation>
    </message>
    <message>
        <source>A Twilio key needs its Account SID (--client-id).</source>
        <translation>Ein Twilio-Schlüssel benötigt seine Account-SID (--client-id).</translation>
    </message>
    <message>
        <source>%1 already has a key labelled &quot;%2&quot;.</source>
        <translation>%1 hat bereits einen Schlüssel mit der Bezeichnung „%2“.</translation>
    </message>
    <message>
        <source>Add %1 key &quot;%2&quot;</source>
        <translation>Schlüssel „%2“ für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Stores the secret in the OS keychain only (item %1); the database keeps its fingerprint.</source>
        <translation>Speichert das Geheimnis ausschließlich im System-Schlüsselbund (Eintrag %1); die Datenbank speichert seinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>Becomes %1&apos;s default key instead of &quot;%2&quot;.</source>
        <translation>Wird anstelle von „%2“ zum Standardschlüssel von %1.</translation>
    </message>
    <message>
        <source>Becomes %1&apos;s default key.</source>
        <translation>Wird zum Standardschlüssel von %1.</translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; the default %2 key</source>
        <translation>„%1“ zum Standardschlüssel für %2 machen</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Zum Standard machen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retiring; only an active key can be the default.</source>
        <translation>„%1“ läuft aus; nur ein aktiver Schlüssel kann der Standard sein.</translation>
    </message>
    <message>
        <source>Default key</source>
        <translation>Standardschlüssel</translation>
    </message>
    <message>
        <source>The key was changed by someone else meanwhile; nothing was changed.</source>
        <translation>Der Schlüssel wurde inzwischen von jemand anderem geändert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s default key at the same moment; nothing was changed. Look again and choose.</source>
        <translation>Jemand anderes hat im selben Moment den Standardschlüssel von %1 geändert; es wurde nichts geändert. Sehen Sie erneut nach und wählen Sie dann.</translation>
    </message>
    <message>
        <source>%1 has no key labelled &quot;%2&quot;.</source>
        <translation>%1 hat keinen Schlüssel mit der Bezeichnung „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2&apos;s default key; make another key the default first.</source>
        <translation>„%1“ ist der Standardschlüssel von %2; machen Sie zuerst einen anderen Schlüssel zum Standard.</translation>
    </message>
    <message>
        <source>Delete the keychain item of revoked key %1</source>
        <translation>Schlüsselbund-Eintrag des widerrufenen Schlüssels %1 löschen</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deletes the secret from the OS keychain (item %1). Anything still using this key stops working.</source>
        <translation>Löscht das Geheimnis aus dem System-Schlüsselbund (Eintrag %1). Alles, was diesen Schlüssel noch verwendet, funktioniert danach nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is left without a key.</source>
        <translation>%1 bleibt ohne Schlüssel.</translation>
    </message>
    <message>
        <source>The key was changed by someone else meanwhile; nothing was revoked. Look again.</source>
        <translation>Der Schlüssel wurde inzwischen von jemand anderem geändert; es wurde nichts widerrufen. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already retiring; rotate the key that replaced it.</source>
        <translation>„%1“ läuft bereits aus; rotieren Sie den Schlüssel, der ihn ersetzt hat.</translation>
    </message>
    <message>
        <source>The grace period is 0–365 days.</source>
        <translation>Die Übergangsfrist beträgt 0–365 Tage.</translation>
    </message>
    <message>
        <source>Rotate %1: &quot;%2&quot; replaces &quot;%3&quot;</source>
        <translation>%1 rotieren: „%2“ ersetzt „%3“</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stops being the default now; revoke it when nothing uses it any more.</source>
        <translation>„%1“ ist ab sofort nicht mehr der Standard; widerrufen Sie ihn, sobald ihn nichts mehr verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; keeps working for %n day(s) as a retiring key (until %2); then revoke it.</source>
        <translation>
            <numerusform>„%1“ funktioniert noch %n Tag als auslaufender Schlüssel weiter (bis %2); widerrufen Sie ihn danach.</numerusform>
            <numerusform>„%1“ funktioniert noch %n Tage als auslaufender Schlüssel weiter (bis %2); widerrufen Sie ihn danach.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new secret was checked with %1: %2</source>
        <translation>Das neue Geheimnis wurde bei %1 geprüft: %2</translation>
    </message>
    <message>
        <source>The new secret was NOT checked with %1.</source>
        <translation>Das neue Geheimnis wurde NICHT bei %1 geprüft.</translation>
    </message>
    <message>
        <source>The old key was changed by someone else meanwhile; nothing was rotated.</source>
        <translation>Der alte Schlüssel wurde inzwischen von jemand anderem geändert; es wurde nichts rotiert.</translation>
    </message>
    <message>
        <source>Record the check of %1</source>
        <translation>Prüfung von %1 erfassen</translation>
    </message>
    <message>
        <source>Copy the secret of %1</source>
        <translation>Geheimnis von %1 kopieren</translation>
    </message>
    <message>
        <source>Export the secret of %1</source>
        <translation>Geheimnis von %1 exportieren</translation>
    </message>
    <message>
        <source>Print the secret of %1</source>
        <translation>Geheimnis von %1 ausgeben</translation>
    </message>
    <message>
        <source>Reveal the secret of %1</source>
        <translation>Geheimnis von %1 anzeigen</translation>
    </message>
    <message>
        <source>The secret leaves the keychain; this is recorded, the secret is not.</source>
        <translation>Das Geheimnis verlässt den Schlüsselbund; das wird protokolliert, das Geheimnis selbst nicht.</translation>
    </message>
    <message>
        <source>The secret of %1/%2 is not in this machine&apos;s keychain (item %3). Import it from an export file, or revoke the key and add it again.</source>
        <translation>Das Geheimnis von %1/%2 ist nicht im Schlüsselbund dieses Rechners (Eintrag %3). Importieren Sie es aus einer Exportdatei, oder widerrufen Sie den Schlüssel und fügen Sie ihn neu hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Stop trusting %1&apos;s own certificate</source>
        <translation>Dem eigenen Zertifikat von %1 nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>Einem Zertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Vertrautes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Only certificates a certificate authority vouches for are accepted again.</source>
        <translation>Es werden wieder nur Zertifikate angenommen, für die eine Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>Connections to %1 accept this certificate although no certificate authority vouches for it. Compare the fingerprint with the server&apos;s own before you confirm.</source>
        <translation>Verbindungen zu %1 nehmen dieses Zertifikat an, obwohl keine Zertifizierungsstelle dafür bürgt. Vergleichen Sie den Fingerabdruck vor dem Bestätigen mit dem des Servers.</translation>
    </message>
</context>
<context>
    <name>fusion::Keycloak</name>
    <message>
        <source>, an HTML page (a proxy&apos;s error page?)</source>
        <translation>, eine HTML-Seite (die Fehlerseite eines Proxys?)</translation>
    </message>
    <message>
        <source>Keycloak failed on %1 (HTTP %2)%3.</source>
        <translation>Keycloak ist bei der Anfrage für %1 gescheitert (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Keycloak refused the credentials for %1 (HTTP 401)%2.</source>
        <translation>Keycloak hat die Anmeldedaten für %1 abgelehnt (HTTP 401)%2.</translation>
    </message>
    <message>
        <source>Keycloak forbids %1 (HTTP 403)%2.</source>
        <translation>Keycloak verweigert den Zugriff auf %1 (HTTP 403)%2.</translation>
    </message>
    <message>
        <source>Keycloak answered HTTP %1 for %2%3.</source>
        <translation>Keycloak hat für %2 mit HTTP %1 geantwortet%3.</translation>
    </message>
    <message>
        <source>the OpenID configuration of realm &quot;%1&quot;</source>
        <translation>die OpenID-Konfiguration von Realm „%1“</translation>
    </message>
    <message>
        <source>Keycloak at %1 has no realm &quot;%2&quot; (HTTP 404 for its OpenID configuration): check the realm&apos;s name, which is case-sensitive.</source>
        <translation>Keycloak unter %1 hat keinen Realm „%2“ (HTTP 404 für seine OpenID-Konfiguration): Prüfen Sie den Namen des Realms; Groß- und Kleinschreibung wird unterschieden.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s answer for %1 is malformed: %2</source>
        <translation>Die Antwort von Keycloak für %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2).</source>
        <translation>kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a web address.</source>
        <translation>„%1“ fehlt oder ist keine Webadresse.</translation>
    </message>
    <message>
        <source>&quot;grant_types_supported&quot; is not a list of text.</source>
        <translation>„grant_types_supported“ ist keine Liste von Texten.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s OpenID configuration for realm &quot;%1&quot; names the issuer %2, not %3: tokens would carry an issuer that applications refuse. Set Keycloak&apos;s public host name (KC_HOSTNAME, or the proxy&apos;s forwarded headers) or correct the base URL.</source>
        <translation>Die OpenID-Konfiguration von Keycloak für Realm „%1“ nennt den Aussteller %2, nicht %3: Tokens würden einen Aussteller tragen, den Anwendungen ablehnen. Legen Sie den öffentlichen Hostnamen von Keycloak fest (KC_HOSTNAME oder die weitergeleiteten Header des Proxys) oder korrigieren Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>its token endpoint %1 lies outside the issuer %2; the client secret is not sent there.</source>
        <translation>sein Token-Endpunkt %1 liegt außerhalb des Ausstellers %2; das Client-Secret wird nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>a token for %1</source>
        <translation>ein Token für %1</translation>
    </message>
    <message>
        <source>Keycloak refused the client credentials of %1 (HTTP %2%3): check the client secret in the keychain, and that the client exists, is enabled and has service accounts enabled.</source>
        <translation>Keycloak hat die Client-Zugangsdaten von %1 abgelehnt (HTTP %2%3): Prüfen Sie das Client-Secret im Schlüsselbund und ob der Client existiert, aktiviert ist und Dienstkonten aktiviert hat.</translation>
    </message>
    <message>
        <source>Keycloak has no token endpoint for %1 (HTTP 404): the realm does not exist.</source>
        <translation>Keycloak hat keinen Token-Endpunkt für %1 (HTTP 404): Der Realm existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;access_token&quot; is missing or not text.</source>
        <translation>„access_token“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; is missing or not a whole number of seconds.</source>
        <translation>„expires_in“ fehlt oder ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>&quot;refresh_expires_in&quot; is not a whole number of seconds.</source>
        <translation>„refresh_expires_in“ ist keine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>&quot;token_type&quot; is missing or not &quot;Bearer&quot;.</source>
        <translation>„token_type“ fehlt oder ist nicht „Bearer“.</translation>
    </message>
    <message>
        <source>&quot;scope&quot; is not text.</source>
        <translation>„scope“ ist kein Text.</translation>
    </message>
    <message>
        <source>the clients of realm &quot;%1&quot;</source>
        <translation>die Clients von Realm „%1“</translation>
    </message>
    <message>
        <source>Keycloak did not accept the admin token for %1 (HTTP 401).</source>
        <translation>Keycloak hat das Admin-Token für %1 nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>Keycloak forbids the admin client to read %1 (HTTP 403): give its service account the realm-management role &quot;view-clients&quot; (or the master realm&apos;s &quot;admin&quot; role).</source>
        <translation>Keycloak verbietet dem Admin-Client, %1 zu lesen (HTTP 403): Geben Sie seinem Dienstkonto die realm-management-Rolle „view-clients“ (oder die Rolle „admin“ des master-Realms).</translation>
    </message>
    <message>
        <source>Keycloak has no realm &quot;%1&quot; (HTTP 404 from the admin API).</source>
        <translation>Keycloak hat keinen Realm „%1“ (HTTP 404 von der Admin-API).</translation>
    </message>
    <message>
        <source>not a list of clients.</source>
        <translation>keine Liste von Clients.</translation>
    </message>
    <message>
        <source>client %1 is not an object.</source>
        <translation>Client %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>client %1 has no &quot;id&quot; or &quot;clientId&quot; text.</source>
        <translation>Client %1 hat keinen Text „id“ oder „clientId“.</translation>
    </message>
    <message>
        <source>client %1 has no true/false &quot;enabled&quot;.</source>
        <translation>Client %1 hat kein „enabled“ mit true/false.</translation>
    </message>
    <message>
        <source>client %1: &quot;redirectUris&quot; or &quot;webOrigins&quot; is not a list of text.</source>
        <translation>Client %1: „redirectUris“ oder „webOrigins“ ist keine Liste von Texten.</translation>
    </message>
</context>
<context>
    <name>fusion::KeycloakClient</name>
    <message>
        <source>The Keycloak base URL &quot;%1&quot; is not an http:// or https:// address with a host name.</source>
        <translation>Die Keycloak-Basis-URL „%1“ ist keine http://- oder https://-Adresse mit Hostnamen.</translation>
    </message>
    <message>
        <source>The Keycloak realm &quot;%1&quot; is empty or holds a slash.</source>
        <translation>Der Keycloak-Realm „%1“ ist leer oder enthält einen Schrägstrich.</translation>
    </message>
    <message>
        <source>The Keycloak client id is empty.</source>
        <translation>Die Keycloak-Client-ID ist leer.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for the Keycloak client &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für den Keycloak-Client „%1“.</translation>
    </message>
    <message>
        <source>the OpenID configuration of realm &quot;%1&quot;</source>
        <translation>die OpenID-Konfiguration von Realm „%1“</translation>
    </message>
    <message>
        <source>client &quot;%1&quot; of realm &quot;%2&quot;</source>
        <translation>Client „%1“ von Realm „%2“</translation>
    </message>
    <message>
        <source>a token for %1</source>
        <translation>ein Token für %1</translation>
    </message>
    <message>
        <source>The Keycloak admin client id or its secret (in the keychain) is missing.</source>
        <translation>Die Client-ID des Keycloak-Admin-Clients oder sein Geheimnis (im Schlüsselbund) fehlt.</translation>
    </message>
    <message>
        <source>the admin client &quot;%1&quot; of realm &quot;master&quot;</source>
        <translation>Admin-Client „%1“ von Realm „master“</translation>
    </message>
    <message>
        <source>the clients of realm &quot;%1&quot;</source>
        <translation>die Clients von Realm „%1“</translation>
    </message>
    <message>
        <source>Keycloak at %1 did not answer %2 within %3 s.</source>
        <translation>Keycloak unter %1 hat die Anfrage für %2 nicht innerhalb von %3 s beantwortet.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s answer to %1 is larger than 4 MB.</source>
        <translation>Die Antwort von Keycloak für %1 ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>Keycloak at %1 did not answer %2 in HTTP: %3.</source>
        <translation>Keycloak unter %1 hat die Anfrage für %2 nicht per HTTP beantwortet: %3.</translation>
    </message>
    <message>
        <source>The TLS certificate of Keycloak at %1 is not trusted (%2). Its SHA-256 fingerprint is %3: trust it only after Keycloak&apos;s administrator confirmed that fingerprint.</source>
        <translation>Das TLS-Zertifikat von Keycloak unter %1 ist nicht vertrauenswürdig (%2). Sein SHA-256-Fingerabdruck ist %3: Vertrauen Sie ihm erst, nachdem der Administrator von Keycloak diesen Fingerabdruck bestätigt hat.</translation>
    </message>
    <message>
        <source>The connection to Keycloak at %1 closed before the whole answer to %2 arrived (%3).</source>
        <translation>Die Verbindung zu Keycloak unter %1 wurde geschlossen, bevor die vollständige Antwort für %2 ankam (%3).</translation>
    </message>
    <message>
        <source>Keycloak at %1 cannot be reached: %2.</source>
        <translation>Keycloak unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The host name %1 of Keycloak does not resolve (DNS): check the base URL %2.</source>
        <translation>Der Hostname %1 von Keycloak lässt sich nicht auflösen (DNS): Prüfen Sie die Basis-URL %2.</translation>
    </message>
    <message>
        <source>The host name %1 of Keycloak could not be resolved (DNS: %2): check the network&apos;s name server and the base URL %3.</source>
        <translation>Der Hostname %1 von Keycloak konnte nicht aufgelöst werden (DNS: %2): Prüfen Sie den Nameserver des Netzwerks und die Basis-URL %3.</translation>
    </message>
</context>
<context>
    <name>fusion::KeycloakDriftCheck</name>
    <message>
        <source>Keycloak has no client &quot;%1&quot; in this realm.</source>
        <translation>Keycloak hat in diesem Realm keinen Client „%1“.</translation>
    </message>
    <message>
        <source>The client &quot;%1&quot; is disabled in Keycloak: nobody can sign in through it.</source>
        <translation>Der Client „%1“ ist in Keycloak deaktiviert: Niemand kann sich darüber anmelden.</translation>
    </message>
    <message>
        <source>Only in our record: %1</source>
        <translation>Nur in unserem Eintrag: %1</translation>
    </message>
    <message>
        <source>Only in Keycloak: %1</source>
        <translation>Nur in Keycloak: %1</translation>
    </message>
    <message>
        <source>In sync: Keycloak allows exactly the redirect URIs of our record.</source>
        <translation>Synchron: Keycloak erlaubt genau die Weiterleitungs-URIs unseres Eintrags.</translation>
    </message>
</context>
<context>
    <name>fusion::KeysPane</name>
    <message>
        <source>&amp;Add Key…</source>
        <translation>Schlüssel &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren …</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Zum &amp;Standard machen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Widerrufene an&amp;zeigen</translation>
    </message>
    <message>
        <source>Add &amp;Provider…</source>
        <translation>&amp;Anbieter hinzufügen …</translation>
    </message>
    <message>
        <source>Addr&amp;ess…</source>
        <translation>Adr&amp;esse …</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No keys here yet. Choose a provider and Add Key….</source>
        <translation>Hier gibt es noch keine Schlüssel. Wählen Sie einen Anbieter und dann „Schlüssel hinzufügen …“.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, default</source>
        <translation>, Standard</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation>Rotiert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>no expiry set</source>
        <translation>kein Ablaufdatum festgelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Retiring until</source>
        <translation>Auslaufend bis</translation>
    </message>
    <message>
        <source>Access token until</source>
        <translation>Zugriffstoken gültig bis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Add a %1 key</source>
        <translation>Einen Schlüssel für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Choose a provider first</source>
        <translation>Zuerst einen Anbieter auswählen</translation>
    </message>
    <message>
        <source>Check the key with its provider (at no cost)</source>
        <translation>Den Schlüssel bei seinem Anbieter prüfen (kostenlos)</translation>
    </message>
    <message>
        <source>Replace the key by a new secret; the old one retires</source>
        <translation>Den Schlüssel durch ein neues Geheimnis ersetzen; der alte läuft aus</translation>
    </message>
    <message>
        <source>Make this the provider&apos;s default key</source>
        <translation>Diesen Schlüssel zum Standardschlüssel des Anbieters machen</translation>
    </message>
    <message>
        <source>Delete the keychain item again</source>
        <translation>Den Schlüsselbund-Eintrag erneut löschen</translation>
    </message>
    <message>
        <source>Revoke the key: asks for its label, deletes its secret</source>
        <translation>Den Schlüssel widerrufen: fragt nach seiner Bezeichnung, löscht sein Geheimnis</translation>
    </message>
    <message>
        <source>Write chosen keys, secrets included, to a file sealed with a passphrase</source>
        <translation>Ausgewählte Schlüssel samt Geheimnissen in eine mit einer Passphrase versiegelte Datei schreiben</translation>
    </message>
    <message>
        <source>Read keys from an export file; shows what is added or replaced, then asks</source>
        <translation>Schlüssel aus einer Exportdatei lesen; zeigt, was hinzugefügt oder ersetzt wird, und fragt dann nach</translation>
    </message>
    <message>
        <source>Add a provider of your own</source>
        <translation>Einen eigenen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Where %1 is reached (a proxy, a regional endpoint)</source>
        <translation>Unter welcher Adresse %1 erreicht wird (ein Proxy, ein regionaler Endpunkt)</translation>
    </message>
    <message numerus="yes">
        <source>Show the secret (recorded in the audit log); hidden again after %n second(s)</source>
        <translation>
            <numerusform>Das Geheimnis anzeigen (wird im Prüfprotokoll festgehalten); nach %n Sekunde wieder verborgen</numerusform>
            <numerusform>Das Geheimnis anzeigen (wird im Prüfprotokoll festgehalten); nach %n Sekunden wieder verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy the secret (recorded); the clipboard is cleared after %n second(s)</source>
        <translation>
            <numerusform>Das Geheimnis kopieren (wird protokolliert); die Zwischenablage wird nach %n Sekunde geleert</numerusform>
            <numerusform>Das Geheimnis kopieren (wird protokolliert); die Zwischenablage wird nach %n Sekunden geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message numerus="yes">
        <source>Copied the secret of &quot;%1&quot;; the clipboard is cleared in %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Das Geheimnis von „%1“ wurde kopiert; die Zwischenablage wird in %n Sekunde geleert, sofern Sie nicht etwas anderes kopieren.</numerusform>
            <numerusform>Das Geheimnis von „%1“ wurde kopiert; die Zwischenablage wird in %n Sekunden geleert, sofern Sie nicht etwas anderes kopieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the default now.</source>
        <translation>„%1“ ist jetzt der Standard.</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot;, but its keychain item %2 could not be deleted: %3 Revoke it again to retry.</source>
        <translation>„%1“ widerrufen, aber sein Schlüsselbund-Eintrag %2 konnte nicht gelöscht werden: %3 Widerrufen Sie ihn erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot;; its secret is deleted from the keychain.</source>
        <translation>„%1“ widerrufen; sein Geheimnis wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Added provider %1.</source>
        <translation>Anbieter %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the address of %1.</source>
        <translation>Adresse von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Flag keys expiring within</source>
        <translation>Schlüssel markieren, die ablaufen in</translation>
    </message>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>or unused for</source>
        <translation>oder unbenutzt seit</translation>
    </message>
    <message>
        <source>Scan a &amp;Tenant&apos;s Odoo…</source>
        <translation>Odoo eines &amp;Mandanten durchsuchen …</translation>
    </message>
    <message>
        <source>Look for credentials left in clear in a tenant&apos;s Odoo system parameters</source>
        <translation>In den Systemparametern des Odoo eines Mandanten nach Zugangsdaten im Klartext suchen</translation>
    </message>
</context>
<context>
    <name>fusion::KeysetPager</name>
    <message>
        <source>Rows per page:</source>
        <translation>Zeilen pro Seite:</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>First page (Alt+Home)</source>
        <translation>Erste Seite (Alt+Pos1)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>Vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>Nächste Seite (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Last page (Alt+End)</source>
        <translation>Letzte Seite (Alt+Ende)</translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeBase</name>
    <message>
        <source>The search is %1 characters long; search with at most %2.</source>
        <translation>Die Suche ist %1 Zeichen lang; suchen Sie mit höchstens %2.</translation>
    </message>
    <message>
        <source>Search for at least one word (letters or digits); &quot;%1&quot; has none.</source>
        <translation>Suchen Sie nach mindestens einem Wort (Buchstaben oder Ziffern); &quot;%1&quot; enthält keines.</translation>
    </message>
    <message>
        <source>The search has %1 words; search with at most %2.</source>
        <translation>Die Suche enthält %1 Wörter; suchen Sie mit höchstens %2.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 removed knowledge-base chunks for %4</source>
        <translation>%1 neue, %2 geänderte, %3 entfernte Wissensbasis-Abschnitte für %4</translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s) changed in Odoo since the last sync.</source>
        <translation>
            <numerusform>%n seit der letzten Synchronisierung in Odoo geänderter Datensatz gelesen.</numerusform>
            <numerusform>%n seit der letzten Synchronisierung in Odoo geänderte Datensätze gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moves the Odoo date of %n chunk(s) whose text did not change.</source>
        <translation>
            <numerusform>Aktualisiert das Odoo-Datum von %n Abschnitt, dessen Text unverändert ist.</numerusform>
            <numerusform>Aktualisiert das Odoo-Datum von %n Abschnitten, deren Text unverändert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed chunks lose their embeddings until they are computed again.</source>
        <translation>Geänderte Abschnitte verlieren ihre Embeddings, bis diese neu berechnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Removes the chunks of %n record(s) no longer in Odoo.</source>
        <translation>
            <numerusform>Entfernt die Abschnitte von %n Datensatz, der nicht mehr in Odoo ist.</numerusform>
            <numerusform>Entfernt die Abschnitte von %n Datensätzen, die nicht mehr in Odoo sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update the knowledge base of %1 from its Odoo</source>
        <translation>Wissensbasis von %1 aus seinem Odoo aktualisieren</translation>
    </message>
    <message>
        <source>The knowledge base of %1 is up to date with its Odoo.</source>
        <translation>Die Wissensbasis von %1 ist mit seinem Odoo auf dem neuesten Stand.</translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeChunker</name>
    <message>
        <source>Odoo&apos;s answer for %1 record %2 cannot be used: %3. Nothing was stored.</source>
        <translation>Die Antwort von Odoo für den %1-Datensatz %2 ist unbrauchbar: %3. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not a pair of an id and a name</source>
        <translation>%1 ist kein Paar aus ID und Name</translation>
    </message>
    <message>
        <source>%1 is not a list of ids</source>
        <translation>%1 ist keine Liste von IDs</translation>
    </message>
    <message>
        <source>The knowledge base does not read %1 records.</source>
        <translation>Die Wissensbasis liest keine %1-Datensätze.</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>er hat keine ID</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>er hat keinen Namen</translation>
    </message>
    <message>
        <source>write_date is not a date and time</source>
        <translation>write_date ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>active is not true or false</source>
        <translation>active ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>task_count is not a number</source>
        <translation>task_count ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeEmbed</name>
    <message>
        <source>Embeddings come from openai or ollama; &quot;%1&quot; has none here.</source>
        <translation>Embeddings kommen von openai oder ollama; „%1“ bietet hier keine.</translation>
    </message>
    <message>
        <source>Name the embedding model.</source>
        <translation>Geben Sie das Embedding-Modell an.</translation>
    </message>
    <message>
        <source>Looking for the chunks of %1 without an embedding…</source>
        <translation>Suche die Abschnitte von %1 ohne Embedding…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Embedding chunks %1–%2 of %3…</source>
        <translation>Bette Abschnitte %1–%2 von %3 ein…</translation>
    </message>
    <message>
        <source>Refused by the access rule of &quot;%1&quot;: %2</source>
        <translation>Von der Zugriffsregel für „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 answered the embeddings request with an error: %2</source>
        <translation>%1 hat die Embedding-Anfrage mit einem Fehler beantwortet: %2</translation>
    </message>
    <message>
        <source>No chunk of %1 was embedded: %2 Nothing was stored.</source>
        <translation>Kein Abschnitt von %1 wurde eingebettet: %2 Nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Storing %n vector(s)…</source>
        <translation>
            <numerusform>Speichere %n Vektor…</numerusform>
            <numerusform>Speichere %n Vektoren…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeSearch</name>
    <message numerus="yes">
        <source>%n chunk(s) found</source>
        <translation>
            <numerusform>%n Abschnitt gefunden</numerusform>
            <numerusform>%n Abschnitte gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No chunk of %1 has an embedding yet: embed them first (Knowledge → Embed…, or &quot;fusionctl kb embed SLUG&quot;).</source>
        <translation>Noch kein Abschnitt von %1 hat ein Embedding: betten Sie sie zuerst ein (Wissen → Einbetten… oder „fusionctl kb embed SLUG“).</translation>
    </message>
    <message>
        <source>the knowledge base</source>
        <translation>der Wissensbasis</translation>
    </message>
    <message>
        <source>Embedding the query with %1…</source>
        <translation>Bette die Suchanfrage mit %1 ein…</translation>
    </message>
    <message>
        <source>Refused by the access rule of &quot;%1&quot;: %2</source>
        <translation>Von der Zugriffsregel für „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 could not embed the query: %2</source>
        <translation>%1 konnte die Suchanfrage nicht einbetten: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source>Searching the Supabase project of %1…</source>
        <translation>Das Supabase-Projekt von %1 wird durchsucht…</translation>
    </message>
    <message>
        <source>More than %1 chunks hold these words: the best of the first %1 found are shown. Add a word to narrow the search.</source>
        <translation>Mehr als %1 Abschnitte enthalten diese Wörter: Die besten der ersten %1 gefundenen werden gezeigt. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeSync</name>
    <message>
        <source>Odoo&apos;s answer to reading %1 cannot be used: %2. Nothing was stored.</source>
        <translation>Die Antwort von Odoo beim Lesen von %1 ist unbrauchbar: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to %1&apos;s Odoo…</source>
        <translation>Verbindung zum Odoo von %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>it is not a list of records</source>
        <translation>sie ist keine Liste von Datensätzen</translation>
    </message>
    <message>
        <source>a record has no id or no write_date</source>
        <translation>ein Datensatz hat keine ID oder kein write_date</translation>
    </message>
    <message numerus="yes">
        <source>Read %n task(s) from %1&apos;s Odoo…</source>
        <translation>
            <numerusform>%n Aufgabe aus dem Odoo von %1 gelesen…</numerusform>
            <numerusform>%n Aufgaben aus dem Odoo von %1 gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n project(s) from %1&apos;s Odoo…</source>
        <translation>
            <numerusform>%n Projekt aus dem Odoo von %1 gelesen…</numerusform>
            <numerusform>%n Projekte aus dem Odoo von %1 gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>its pages are not in the order asked for</source>
        <translation>ihre Seiten sind nicht in der angeforderten Reihenfolge</translation>
    </message>
    <message>
        <source>a record has no id or no name</source>
        <translation>ein Datensatz hat keine ID oder keinen Namen</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n record(s) with the knowledge base…</source>
        <translation>
            <numerusform>%n Datensatz wird mit der Wissensbasis verglichen…</numerusform>
            <numerusform>%n Datensätze werden mit der Wissensbasis verglichen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::KnowledgeVectors</name>
    <message>
        <source>Embed</source>
        <translation>Einbetten</translation>
    </message>
    <message numerus="yes">
        <source>Embed %n knowledge-base chunk(s) of %1 with %2 %3</source>
        <translation>
            <numerusform>%n Abschnitt der Wissensbasis von %1 mit %2 %3 einbetten</numerusform>
            <numerusform>%n Abschnitte der Wissensbasis von %1 mit %2 %3 einbetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sends %n embeddings request(s) to %1, metered and budgeted as the consumer &quot;ai-knowledge&quot; (refused before any call when its access rule says so).</source>
        <translation>
            <numerusform>Sendet %n Embedding-Anfrage an %1, abgerechnet und budgetiert als Verbraucher „ai-knowledge“ (vor jedem Aufruf abgelehnt, wenn seine Zugriffsregel es sagt).</numerusform>
            <numerusform>Sendet %n Embedding-Anfragen an %1, abgerechnet und budgetiert als Verbraucher „ai-knowledge“ (vor jedem Aufruf abgelehnt, wenn seine Zugriffsregel es sagt).</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 of text (%2 estimated).</source>
        <translation>Etwa %1 Text (geschätzt %2).</translation>
    </message>
    <message>
        <source>About %1 of text; the price table has no price for %2, so the cost is not known in advance.</source>
        <translation>Etwa %1 Text; die Preistabelle hat keinen Preis für %2, daher sind die Kosten vorab nicht bekannt.</translation>
    </message>
    <message>
        <source>Stores one vector per chunk; a chunk changed meanwhile keeps none.</source>
        <translation>Speichert einen Vektor je Abschnitt; ein inzwischen geänderter Abschnitt erhält keinen.</translation>
    </message>
</context>
<context>
    <name>fusion::LimitDialog</name>
    <message>
        <source>Soft tenant limit of %1</source>
        <translation>Weiche Mandantengrenze von %1</translation>
    </message>
    <message numerus="yes">
        <source>How many tenants the cluster of %1 was sized for. Creating one more is refused with this explanation until the limit is raised. %n tenant(s) run here now.</source>
        <translation>
            <numerusform>Für wie viele Mandanten der Cluster von %1 ausgelegt ist. Einen weiteren anzulegen wird mit dieser Erklärung abgelehnt, bis die Grenze angehoben wird. Hier läuft derzeit %n Mandant.</numerusform>
            <numerusform>Für wie viele Mandanten der Cluster von %1 ausgelegt ist. Einen weiteren anzulegen wird mit dieser Erklärung abgelehnt, bis die Grenze angehoben wird. Hier laufen derzeit %n Mandanten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Grenze:</translation>
    </message>
    <message>
        <source>&amp;Set limit…</source>
        <translation>Grenze &amp;setzen…</translation>
    </message>
</context>
<context>
    <name>fusion::LimitField</name>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>USD, e.g. 250 or 12.50</source>
        <translation>USD, z. B. 250 oder 12.50</translation>
    </message>
</context>
<context>
    <name>fusion::ListExport</name>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>fusion::LoadingOverlay</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>fusion::LocalSettings</name>
    <message>
        <source>The tenant no longer exists or your login may not see it.</source>
        <translation>Der Mandant existiert nicht mehr oder Ihre Anmeldung darf ihn nicht sehen.</translation>
    </message>
    <message>
        <source>%1 is set by the platform&apos;s operators, not from the tenant portal.</source>
        <translation>%1 wird von den Operatoren der Plattform festgelegt, nicht über das Mandantenportal.</translation>
    </message>
    <message>
        <source>SSO is not set up for %1 yet: the platform&apos;s operators set up its Keycloak realm first, then its redirect URIs can be managed here.</source>
        <translation>SSO ist für %1 noch nicht eingerichtet: Die Operatoren der Plattform richten zuerst seinen Keycloak-Realm ein, danach können seine Weiterleitungs-URIs hier verwaltet werden.</translation>
    </message>
    <message>
        <source>Change local settings of tenant %1</source>
        <translation>Lokale Einstellungen des Mandanten %1 ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>fusion::MainWindow</name>
    <message>
        <source>Fusion Console</source>
        <translation>Fusion Console</translation>
    </message>
    <message>
        <source>Create with demo data…</source>
        <translation>Mit Demodaten anlegen …</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Welcome to Fusion Console</source>
        <translation>Willkommen bei Fusion Console</translation>
    </message>
    <message>
        <source>There is no Fusion Console database at %1 yet. Create it empty, or with demo data to look around first.</source>
        <translation>Unter %1 gibt es noch keine Fusion-Console-Datenbank. Legen Sie sie leer oder mit Demodaten an, um sich zunächst umzusehen.</translation>
    </message>
    <message>
        <source>Create empty database…</source>
        <translation>Leere Datenbank anlegen …</translation>
    </message>
    <message>
        <source>The database needs an upgrade</source>
        <translation>Die Datenbank muss aktualisiert werden</translation>
    </message>
    <message>
        <source>Its schema is at version %1; this version of Fusion Console uses version %2. Nothing changes until you confirm the upgrade.</source>
        <translation>Ihr Schema hat Version %1; diese Version von Fusion Console verwendet Version %2. Es ändert sich nichts, bis Sie die Aktualisierung bestätigen.</translation>
    </message>
    <message>
        <source>Upgrade…</source>
        <translation>Aktualisieren …</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>PostgreSQL: changes made by others appear here by themselves.</source>
        <translation>PostgreSQL: Änderungen anderer erscheinen hier automatisch.</translation>
    </message>
    <message>
        <source>Embedded SQLite file</source>
        <translation>Eingebettete SQLite-Datei</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Fusion Console — %1</source>
        <translation>Fusion Console — %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Create a tenant with the wizard</source>
        <translation>Einen Mandanten mit dem Assistenten anlegen</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic demo platform</source>
        <translation>Eine leere Datenbank mit einer realistischen Demo-Plattform füllen</translation>
    </message>
    <message>
        <source>Select a tenant in the Tenants pane first.</source>
        <translation>Wählen Sie zuerst in der Ansicht „Mandanten“ einen Mandanten aus.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>%1 neu aufbauen</translation>
    </message>
    <message>
        <source>Decommission %1 for good</source>
        <translation>%1 endgültig stilllegen</translation>
    </message>
    <message>
        <source>%1 is now %2; operation #%3 is queued.</source>
        <translation>%1 ist jetzt %2; Vorgang #%3 ist in der Warteschlange.</translation>
    </message>
    <message>
        <source>Tenant created; its provisioning operation is queued.</source>
        <translation>Mandant angelegt; sein Bereitstellungsvorgang ist in der Warteschlange.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>The connection to the database was lost</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen</translation>
    </message>
    <message>
        <source>Nothing you had not confirmed was written. Reconnect when the database is back; check the current state before repeating a change that may not have been saved.</source>
        <translation>Es wurde nichts geschrieben, das Sie nicht bestätigt haben. Verbinden Sie sich neu, sobald die Datenbank wieder erreichbar ist, und prüfen Sie den aktuellen Stand, bevor Sie eine Änderung wiederholen, die möglicherweise nicht gespeichert wurde.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Odoo data</source>
        <translation>Odoo-Daten</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Infra</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>&amp;Infra</source>
        <translation>&amp;Infrastruktur</translation>
    </message>
    <message>
        <source>%1 · operations frozen</source>
        <translation>%1 · Vorgänge eingefroren</translation>
    </message>
    <message>
        <source>This database runs the %1 environment.</source>
        <translation>Diese Datenbank gehört zur Umgebung „%1“.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>&amp;SSO</source>
        <translation>&amp;SSO</translation>
    </message>
    <message>
        <source>Auto&amp;mation</source>
        <translation>Auto&amp;matisierung</translation>
    </message>
    <message>
        <source>Platform Setti&amp;ngs</source>
        <translation>Plattform&amp;einstellungen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Ana&amp;lytics</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Su&amp;pport</source>
        <translation>Su&amp;pport</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Tenant portal</source>
        <translation>Mandantenportal</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Abrechnung</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>fusion::MaintenanceWindows</name>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>A window needs a name of 1 to 120 characters.</source>
        <translation>Ein Fenster braucht einen Namen mit 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <source>Give the start and the end as date and time, e.g. 2026-12-12T02:00Z.</source>
        <translation>Geben Sie Beginn und Ende als Datum und Uhrzeit an, z. B. 2026-12-12T02:00Z.</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Fenster muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>That window is already over.</source>
        <translation>Dieses Fenster ist bereits vorbei.</translation>
    </message>
    <message>
        <source>A window lasts at most %1 days.</source>
        <translation>Ein Fenster dauert höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>The notes are longer than 1,000 characters.</source>
        <translation>Die Notizen sind länger als 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>Create the maintenance window &quot;%1&quot;</source>
        <translation>Wartungsfenster „%1“ anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Shown on the dashboard until it ends (%1).</source>
        <translation>Wird bis zu seinem Ende (%1) in der Übersicht angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>It overlaps %n other window(s).</source>
        <translation>
            <numerusform>Es überschneidet sich mit %n anderen Fenster.</numerusform>
            <numerusform>Es überschneidet sich mit %n anderen Fenstern.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation>Es gibt kein Wartungsfenster %1.</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is already cancelled.</source>
        <translation>Das Fenster „%1“ ist bereits abgesagt.</translation>
    </message>
    <message>
        <source>Cancel the maintenance window &quot;%1&quot;</source>
        <translation>Wartungsfenster „%1“ absagen</translation>
    </message>
    <message>
        <source>Cancel window</source>
        <translation>Fenster absagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting in it are cancelled with it.</source>
        <translation>
            <numerusform>%n darin wartender Vorgang wird mit ihm abgebrochen.</numerusform>
            <numerusform>%n darin wartende Vorgänge werden mit ihm abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) already running in it carry on.</source>
        <translation>
            <numerusform>%n darin bereits laufender Vorgang läuft weiter.</numerusform>
            <numerusform>%n darin bereits laufende Vorgänge laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The window was changed meanwhile by another session; nothing was cancelled. Look again.</source>
        <translation>Das Fenster wurde inzwischen von einer anderen Sitzung geändert; es wurde nichts abgesagt. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Its maintenance window was cancelled.</source>
        <translation>Sein Wartungsfenster wurde abgesagt.</translation>
    </message>
</context>
<context>
    <name>fusion::MattermostClient</name>
    <message>
        <source>it is not an http(s) address</source>
        <translation>sie ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>it does not end in /hooks/ID (copy it from Mattermost: Integrations → Incoming Webhooks)</source>
        <translation>sie endet nicht auf /hooks/ID (kopieren Sie sie aus Mattermost: Integrationen → Eingehende Webhooks)</translation>
    </message>
    <message>
        <source>it has a user name, a query or a fragment, which a webhook address never has</source>
        <translation>sie enthält einen Benutzernamen, eine Query oder ein Fragment, was eine Webhook-Adresse nie hat</translation>
    </message>
    <message>
        <source>The stored Mattermost webhook address cannot be used: %1. Store the right one in the keychain.</source>
        <translation>Die gespeicherte Mattermost-Webhook-Adresse ist nicht verwendbar: %1. Hinterlegen Sie die richtige im Schlüsselbund.</translation>
    </message>
    <message>
        <source>A message has 1 to %L1 characters.</source>
        <translation>Eine Nachricht hat 1 bis %L1 Zeichen.</translation>
    </message>
    <message>
        <source>Posted to the channel through Mattermost at %1.</source>
        <translation>Über Mattermost unter %1 im Kanal gepostet.</translation>
    </message>
    <message>
        <source>Mattermost does not know this webhook: it was deleted or the stored address is wrong. Create one for the channel and store its address again.</source>
        <translation>Mattermost kennt diesen Webhook nicht: Er wurde gelöscht, oder die gespeicherte Adresse ist falsch. Legen Sie einen für den Kanal an und hinterlegen Sie seine Adresse erneut.</translation>
    </message>
    <message>
        <source>The webhook is disabled in Mattermost; an admin enables incoming webhooks (System Console → Integrations) or the hook itself.</source>
        <translation>Der Webhook ist in Mattermost deaktiviert; ein Administrator aktiviert eingehende Webhooks (Systemkonsole → Integrationen) oder den Webhook selbst.</translation>
    </message>
    <message>
        <source>Mattermost refused the message itself.</source>
        <translation>Mattermost hat die Nachricht selbst abgelehnt.</translation>
    </message>
    <message>
        <source>Mattermost limits how often one may post; try again in a minute.</source>
        <translation>Mattermost begrenzt, wie oft gepostet werden darf; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Mattermost failed; try again later.</source>
        <translation>In Mattermost ist ein Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Mattermost at %1 answered %2%3: %4 %5</source>
        <translation>Mattermost unter %1 hat mit %2%3 geantwortet: %4 %5</translation>
    </message>
    <message>
        <source>no reason given.</source>
        <translation>kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Mattermost at %1 did not answer within %2 s. The message may have been posted: look in the channel before posting it again.</source>
        <translation>Mattermost unter %1 hat nicht innerhalb von %2 s geantwortet. Die Nachricht wurde möglicherweise gepostet: Sehen Sie im Kanal nach, bevor Sie sie erneut posten.</translation>
    </message>
    <message>
        <source>The certificate of Mattermost at %1 is not trusted (SHA-256 %2). Nothing was sent. If it is yours, trust it: fusionctl keys provider set mattermost --trust-sha256 HEX.</source>
        <translation>Dem Zertifikat von Mattermost unter %1 wird nicht vertraut (SHA-256 %2). Es wurde nichts gesendet. Wenn es Ihres ist, vertrauen Sie ihm: fusionctl keys provider set mattermost --trust-sha256 HEX.</translation>
    </message>
    <message>
        <source>The name of the Mattermost server %1 does not resolve (DNS). Nothing was sent; check the stored webhook address.</source>
        <translation>Der Name des Mattermost-Servers %1 lässt sich nicht auflösen (DNS). Es wurde nichts gesendet; prüfen Sie die gespeicherte Webhook-Adresse.</translation>
    </message>
    <message>
        <source>The connection to Mattermost at %1 closed before it answered; the message may have been posted: look in the channel.</source>
        <translation>Die Verbindung zu Mattermost unter %1 wurde geschlossen, bevor es geantwortet hat; die Nachricht wurde möglicherweise gepostet: Sehen Sie im Kanal nach.</translation>
    </message>
    <message>
        <source>Mattermost at %1 cannot be reached: %2. Nothing was sent.</source>
        <translation>Mattermost unter %1 ist nicht erreichbar: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Mattermost at %1 answered something that is not Mattermost&apos;s answer; the message may have been posted: look in the channel.</source>
        <translation>Mattermost unter %1 hat etwas geantwortet, das keine Antwort von Mattermost ist; die Nachricht wurde möglicherweise gepostet: Sehen Sie im Kanal nach.</translation>
    </message>
</context>
<context>
    <name>fusion::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>fusion::Migrator</name>
    <message>
        <source>%1 already holds tables that do not belong to Fusion Console (there is no schema_version table). Nothing was changed; choose an empty database or an existing Fusion Console one.</source>
        <translation>%1 enthält bereits Tabellen, die nicht zu Fusion Console gehören (es gibt keine Tabelle schema_version). Es wurde nichts geändert; wählen Sie eine leere Datenbank oder eine bestehende Fusion-Console-Datenbank.</translation>
    </message>
    <message>
        <source>This database was written by a newer Fusion Console (schema version %1; this version knows up to %2). Nothing was changed. Update Fusion Console to open it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Fusion Console geschrieben (Schemaversion %1; diese Version kennt bis zu %2). Es wurde nichts geändert. Aktualisieren Sie Fusion Console, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 has no Fusion Console schema yet. Create it with &quot;fusionctl db migrate&quot; (or open it in the app, which offers to).</source>
        <translation>%1 hat noch kein Fusion-Console-Schema. Legen Sie es mit „fusionctl db migrate“ an (oder öffnen Sie die Datenbank in der App, die dies anbietet).</translation>
    </message>
    <message>
        <source>The database schema is at version %1 and needs upgrading to %2. Run &quot;fusionctl db migrate&quot; (or open it in the app, which offers to).</source>
        <translation>Das Datenbankschema hat Version %1 und muss auf %2 aktualisiert werden. Führen Sie „fusionctl db migrate“ aus (oder öffnen Sie die Datenbank in der App, die dies anbietet).</translation>
    </message>
    <message>
        <source>Create the Fusion Console schema in %1</source>
        <translation>Das Fusion-Console-Schema in %1 anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Upgrade the database schema of %1 from version %2 to %3</source>
        <translation>Das Datenbankschema von %1 von Version %2 auf %3 aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Apply migration %1: %2</source>
        <translation>Migration %1 anwenden: %2</translation>
    </message>
    <message>
        <source>Another session changed the schema meanwhile (now version %1); nothing was applied.</source>
        <translation>Eine andere Sitzung hat das Schema inzwischen geändert (jetzt Version %1); es wurde nichts angewendet.</translation>
    </message>
</context>
<context>
    <name>fusion::ModuleStateModel</name>
    <message>
        <source>Odoo core</source>
        <translation>Odoo-Kern</translation>
    </message>
    <message>
        <source>OCA</source>
        <translation>OCA</translation>
    </message>
    <message>
        <source>ipai</source>
        <translation>ipai</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>fusion::ModuleSync</name>
    <message>
        <source>Reading the modules of %1&apos;s Odoo…</source>
        <translation>Die Module des Odoo von %1 werden gelesen …</translation>
    </message>
</context>
<context>
    <name>fusion::N8n</name>
    <message>
        <source>n8n at %1 answered with something that is not valid JSON (%2 at byte %3).</source>
        <translation>n8n unter %1 hat mit etwas geantwortet, das kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>n8n at %1 answered with JSON that is not an object.</source>
        <translation>n8n unter %1 hat mit JSON geantwortet, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>n8n at %1 answered a list without its &quot;data&quot; array.</source>
        <translation>n8n unter %1 hat eine Liste ohne ihr „data“-Array geliefert.</translation>
    </message>
    <message>
        <source>n8n at %1 answered a list without a &quot;nextCursor&quot; (text or null).</source>
        <translation>n8n unter %1 hat eine Liste ohne „nextCursor“ (Text oder null) geliefert.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not text</source>
        <translation>„id“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not text</source>
        <translation>„name“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;active&quot; is missing or not true/false</source>
        <translation>„active“ fehlt oder ist nicht true/false</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation>„tags“ ist keine Liste</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>ein Tag hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; or &quot;updatedAt&quot; is not a time</source>
        <translation>„createdAt“ oder „updatedAt“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or neither text nor a whole number</source>
        <translation>„id“ fehlt oder ist weder Text noch eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;workflowId&quot; is missing or neither text nor a whole number</source>
        <translation>„workflowId“ fehlt oder ist weder Text noch eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;status&quot; is missing or not text</source>
        <translation>„status“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;mode&quot; is missing or not text</source>
        <translation>„mode“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;finished&quot; is missing or not true/false</source>
        <translation>„finished“ fehlt oder ist nicht true/false</translation>
    </message>
    <message>
        <source>&quot;startedAt&quot;, &quot;stoppedAt&quot; or &quot;waitTill&quot; is not a time</source>
        <translation>„startedAt“, „stoppedAt“ oder „waitTill“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;retryOf&quot; is neither null nor an id</source>
        <translation>„retryOf“ ist weder null noch eine ID</translation>
    </message>
    <message>
        <source>Workflow %1 of the n8n answer from %2: %3.</source>
        <translation>Workflow %1 der n8n-Antwort von %2: %3.</translation>
    </message>
    <message>
        <source>The workflow n8n at %1 answered: %2.</source>
        <translation>Der Workflow, den n8n unter %1 geliefert hat: %2.</translation>
    </message>
    <message>
        <source>Execution %1 of the n8n answer from %2: %3.</source>
        <translation>Ausführung %1 der n8n-Antwort von %2: %3.</translation>
    </message>
    <message>
        <source>n8n at %1 answered HTTP %2 with a web page instead of JSON: is a proxy in front of it failing, or is this not n8n&apos;s address?</source>
        <translation>n8n unter %1 hat HTTP %2 mit einer Webseite statt JSON geantwortet: Fällt ein vorgeschalteter Proxy aus, oder ist das nicht die Adresse von n8n?</translation>
    </message>
    <message>
        <source>n8n at %1 refused the API key (HTTP 401%2): check the instance&apos;s API key in the keychain.</source>
        <translation>n8n unter %1 hat den API-Schlüssel abgelehnt (HTTP 401%2): Prüfen Sie den API-Schlüssel der Instanz im Schlüsselbund.</translation>
    </message>
    <message>
        <source>n8n at %1 does not allow this API key to do that (HTTP 403%2).</source>
        <translation>n8n unter %1 erlaubt diesem API-Schlüssel das nicht (HTTP 403%2).</translation>
    </message>
    <message>
        <source>n8n at %1 has no such workflow or endpoint (HTTP 404%2).</source>
        <translation>n8n unter %1 hat keinen solchen Workflow oder Endpunkt (HTTP 404%2).</translation>
    </message>
    <message>
        <source>n8n at %1 refused the request (HTTP 400%2).</source>
        <translation>n8n unter %1 hat die Anfrage abgelehnt (HTTP 400%2).</translation>
    </message>
    <message>
        <source>n8n at %1 failed with HTTP %2%3.</source>
        <translation>n8n unter %1 ist mit HTTP %2%3 gescheitert.</translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 refused the value of the header %3 (HTTP 403): the webhook secret in the keychain is wrong.</source>
        <translation>Der n8n-Webhook „%1“ unter %2 hat den Wert des Headers %3 abgelehnt (HTTP 403): Das Webhook-Geheimnis im Schlüsselbund ist falsch.</translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 requires authorization and none was sent (HTTP 401): set the webhook&apos;s header name and secret.</source>
        <translation>Der n8n-Webhook „%1“ unter %2 verlangt eine Autorisierung, aber es wurde keine gesendet (HTTP 401): Legen Sie Header-Namen und Geheimnis des Webhooks fest.</translation>
    </message>
    <message>
        <source>n8n at %1 has no active webhook &quot;%2&quot; (HTTP 404): the workflow is inactive or its path changed.</source>
        <translation>n8n unter %1 hat keinen aktiven Webhook „%2“ (HTTP 404): Der Workflow ist inaktiv oder sein Pfad hat sich geändert.</translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 answered HTTP %3 with a web page: is a proxy in front of n8n failing?</source>
        <translation>Der n8n-Webhook „%1“ unter %2 hat HTTP %3 mit einer Webseite geantwortet: Fällt ein Proxy vor n8n aus?</translation>
    </message>
    <message>
        <source>The n8n workflow behind the webhook &quot;%1&quot; at %2 failed (HTTP %3%4).</source>
        <translation>Der n8n-Workflow hinter dem Webhook „%1“ unter %2 ist fehlgeschlagen (HTTP %3%4).</translation>
    </message>
</context>
<context>
    <name>fusion::N8nClient</name>
    <message>
        <source>No API key is set for n8n at %1: add the instance&apos;s API key to the keychain.</source>
        <translation>Für n8n unter %1 ist kein API-Schlüssel festgelegt: Fügen Sie den API-Schlüssel der Instanz zum Schlüsselbund hinzu.</translation>
    </message>
    <message>
        <source>The n8n webhook &quot;%1&quot; at %2 did not answer within %3 s; the workflow may still have run: check its executions in n8n.</source>
        <translation>Der n8n-Webhook „%1“ unter %2 hat nicht innerhalb von %3 s geantwortet; der Workflow ist vielleicht trotzdem gelaufen: Prüfen Sie seine Ausführungen in n8n.</translation>
    </message>
    <message>
        <source>The connection to n8n at %1 closed before the webhook &quot;%2&quot; answered; the workflow may have run: check its executions in n8n.</source>
        <translation>Die Verbindung zu n8n unter %1 wurde geschlossen, bevor der Webhook „%2“ antwortete; der Workflow ist möglicherweise gelaufen: Prüfen Sie seine Ausführungen in n8n.</translation>
    </message>
    <message>
        <source>n8n at %1 had more pages after %2: the list is stopped there (a server that never ends its list?).</source>
        <translation>n8n unter %1 hatte nach %2 Seiten noch weitere: Die Liste wird dort abgebrochen (ein Server, der seine Liste nie beendet?).</translation>
    </message>
    <message>
        <source>n8n at %1 gave a page cursor it had already given (page %2): the list is stopped so that it does not loop.</source>
        <translation>n8n unter %1 hat einen Seiten-Cursor geliefert, den es schon einmal geliefert hatte (Seite %2): Die Liste wird abgebrochen, damit sie nicht endlos läuft.</translation>
    </message>
    <message>
        <source>Choose an n8n workflow.</source>
        <translation>Wählen Sie einen n8n-Workflow.</translation>
    </message>
    <message>
        <source>n8n at %1 answered for another workflow or left it %2.</source>
        <translation>n8n unter %1 hat für einen anderen Workflow geantwortet oder ihn %2 gelassen.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>The n8n webhook path &quot;%1&quot; is not valid: use letters, digits and . _ ~ : - between slashes.</source>
        <translation>Der n8n-Webhook-Pfad „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern und . _ ~ : - zwischen Schrägstrichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>„%1“ ist kein gültiger HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>The webhook secret needs the name of the header n8n checks.</source>
        <translation>Das Webhook-Geheimnis braucht den Namen des Headers, den n8n prüft.</translation>
    </message>
    <message>
        <source>The workflow&apos;s answer carries no execution id, and without the instance&apos;s API key and the workflow it cannot be looked up.</source>
        <translation>Die Antwort des Workflows enthält keine Ausführungs-ID, und ohne den API-Schlüssel der Instanz und den Workflow lässt sie sich nicht nachschlagen.</translation>
    </message>
    <message>
        <source>n8n at %1 lists no execution of the workflow started since the call yet (it leaves running executions out): look for it in n8n later.</source>
        <translation>n8n unter %1 führt noch keine seit dem Aufruf gestartete Ausführung des Workflows auf (laufende Ausführungen lässt es weg): Suchen Sie später in n8n danach.</translation>
    </message>
</context>
<context>
    <name>fusion::OdooClient</name>
    <message>
        <source>Odoo has no database &quot;%1&quot;.</source>
        <translation>Odoo hat keine Datenbank „%1“.</translation>
    </message>
    <message>
        <source>Odoo refused the login, password or API key (%1).</source>
        <translation>Odoo hat den Anmeldenamen, das Passwort oder den API-Schlüssel abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Odoo reported an error: %1</source>
        <translation>Odoo hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Odoo&apos;s version answer is not a struct.</source>
        <translation>Die Versionsantwort von Odoo ist kein Struct.</translation>
    </message>
    <message>
        <source>Odoo refused the login &quot;%1&quot; on database &quot;%2&quot;: wrong login, password or API key.</source>
        <translation>Odoo hat die Anmeldung „%1“ an der Datenbank „%2“ abgelehnt: falscher Anmeldename, falsches Passwort oder falscher API-Schlüssel.</translation>
    </message>
    <message>
        <source>No more calls go to this Odoo until its credentials are changed.</source>
        <translation>Es gehen keine weiteren Aufrufe an dieses Odoo, bis seine Zugangsdaten geändert werden.</translation>
    </message>
    <message>
        <source>%1 No more calls go to this Odoo until its credentials are changed (Odoo locks an address out after repeated failed logins).</source>
        <translation>%1 Es gehen keine weiteren Aufrufe an dieses Odoo, bis seine Zugangsdaten geändert werden (Odoo sperrt eine Adresse nach wiederholten fehlgeschlagenen Anmeldungen).</translation>
    </message>
    <message>
        <source>Too many calls to this Odoo: the limit is %1 reads and %2 writes a minute. Try again in a minute.</source>
        <translation>Zu viele Aufrufe an dieses Odoo: Das Limit liegt bei %1 Lese- und %2 Schreibzugriffen pro Minute. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>This cannot be sent to Odoo: %1</source>
        <translation>Dies kann nicht an Odoo gesendet werden: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 instead of XML-RPC (a proxy in front of Odoo, or the wrong URL?).</source>
        <translation>Der Server hat mit HTTP %1 %2 statt mit XML-RPC geantwortet (ein Proxy vor Odoo oder die falsche URL?).</translation>
    </message>
    <message>
        <source>The server answered with a web page, not XML-RPC (is the URL that of the Odoo server?).</source>
        <translation>Der Server hat mit einer Webseite statt mit XML-RPC geantwortet (ist das die URL des Odoo-Servers?).</translation>
    </message>
    <message>
        <source>Odoo&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort von Odoo konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source> The change may or may not have been made: check in Odoo before trying again.</source>
        <translation> Ob die Änderung vorgenommen wurde, ist ungewiss: Prüfen Sie das in Odoo, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Odoo&apos;s answer is larger than the limit of %1 MB; ask for fewer records or fields.</source>
        <translation>Die Antwort von Odoo überschreitet das Limit von %1 MB; fordern Sie weniger Datensätze oder Felder an.</translation>
    </message>
    <message numerus="yes">
        <source>Odoo did not answer within %n second(s).</source>
        <translation>
            <numerusform>Odoo hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Odoo hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 fingerprint %1). Trust it for this tenant only if you know it is the right one.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (SHA-256-Fingerabdruck %1). Vertrauen Sie ihm für diesen Mandanten nur, wenn Sie sicher wissen, dass es das richtige ist.</translation>
    </message>
    <message>
        <source>Odoo could not be reached: %1.</source>
        <translation>Odoo ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>Odoo&apos;s search answer is not a list of ids.</source>
        <translation>Die Suchantwort von Odoo ist keine Liste von IDs.</translation>
    </message>
    <message>
        <source>Odoo&apos;s answer is not a list of records.</source>
        <translation>Die Antwort von Odoo ist keine Liste von Datensätzen.</translation>
    </message>
    <message>
        <source>Odoo&apos;s answer holds something that is not a record with an id.</source>
        <translation>Die Antwort von Odoo enthält etwas, das kein Datensatz mit ID ist.</translation>
    </message>
    <message>
        <source>Odoo&apos;s count is not a number.</source>
        <translation>Die von Odoo gelieferte Anzahl ist keine Zahl.</translation>
    </message>
    <message>
        <source>Odoo&apos;s field list is not a struct.</source>
        <translation>Die Feldliste von Odoo ist kein Struct.</translation>
    </message>
    <message>
        <source>Odoo&apos;s answer is not a list of names.</source>
        <translation>Die Antwort von Odoo ist keine Liste von Namen.</translation>
    </message>
    <message>
        <source>Odoo did not answer the new record&apos;s id; check in Odoo whether it was created.</source>
        <translation>Odoo hat die ID des neuen Datensatzes nicht zurückgegeben; prüfen Sie in Odoo, ob er angelegt wurde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP: %1.</source>
        <translation>Die Antwort des Servers ist kein HTTP: %1.</translation>
    </message>
</context>
<context>
    <name>fusion::OdooConnection</name>
    <message>
        <source>Enter a number of calls a minute from 1 to 600.</source>
        <translation>Geben Sie eine Anzahl von Aufrufen pro Minute zwischen 1 und 600 ein.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits (SHA-256).</source>
        <translation>Ein Zertifikatsfingerabdruck besteht aus 64 Hexadezimalziffern (SHA-256).</translation>
    </message>
    <message>
        <source>Enter the Odoo database name.</source>
        <translation>Geben Sie den Namen der Odoo-Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the Odoo login.</source>
        <translation>Geben Sie den Odoo-Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation>Es gibt keinen Mandanten „%1“ (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Connect tenant %1 to its Odoo</source>
        <translation>Mandant %1 mit seinem Odoo verbinden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Stores the password or API key in the OS keychain (never in the database).</source>
        <translation>Speichert das Passwort oder den API-Schlüssel im System-Schlüsselbund (niemals in der Datenbank).</translation>
    </message>
</context>
<context>
    <name>fusion::OdooConnectionDialog</name>
    <message>
        <source>Odoo Connection — %1</source>
        <translation>Odoo-Verbindung — %1</translation>
    </message>
    <message>
        <source>Test and Save…</source>
        <translation>Testen und speichern …</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>None (the system&apos;s certificate authorities decide)</source>
        <translation>Keines (die Zertifizierungsstellen des Systems entscheiden)</translation>
    </message>
    <message>
        <source>Trust only the certificate with SHA-256 fingerprint %1, for this tenant only.</source>
        <translation>Nur dem Zertifikat mit dem SHA-256-Fingerabdruck %1 vertrauen, und nur für diesen Mandanten.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Enter the URL, the database and the login.</source>
        <translation>Geben Sie die URL, die Datenbank und den Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Connected: Odoo %1, user id %2, %3 ms.</source>
        <translation>Verbunden: Odoo %1, Benutzer-ID %2, %3 ms.</translation>
    </message>
    <message>
        <source>Enter the password or API key.</source>
        <translation>Geben Sie das Passwort oder den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>No password or API key is stored yet; enter it.</source>
        <translation>Es ist noch kein Passwort und kein API-Schlüssel gespeichert; geben Sie eines davon ein.</translation>
    </message>
    <message>
        <source>Warning: this address is not encrypted (http), so the password or API key crosses the network in clear text. Use https.</source>
        <translation>Warnung: Diese Adresse ist nicht verschlüsselt (http), daher wird das Passwort oder der API-Schlüssel im Klartext über das Netzwerk übertragen. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>Leave empty to keep the one in the OS keychain</source>
        <translation>Leer lassen, um den im System-Schlüsselbund zu behalten</translation>
    </message>
</context>
<context>
    <name>fusion::OdooDomain</name>
    <message>
        <source>A search condition needs a field name.</source>
        <translation>Eine Suchbedingung benötigt einen Feldnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Odoo search operator.</source>
        <translation>„%1“ ist kein Odoo-Suchoperator.</translation>
    </message>
</context>
<context>
    <name>fusion::OdooModules</name>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation>Es gibt keinen Mandanten „%1“ (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Record the modules of tenant %1&apos;s Odoo</source>
        <translation>Die Module des Odoo von Mandant %1 erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Updates %n module(s) in the catalog.</source>
        <translation>
            <numerusform>Aktualisiert %n Modul im Katalog.</numerusform>
            <numerusform>Aktualisiert %n Module im Katalog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records %n module(s) as installed: </source>
        <translation>
            <numerusform>Vermerkt %n Modul als installiert: </numerusform>
            <numerusform>Vermerkt %n Module als installiert: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records %n module(s) as no longer installed: </source>
        <translation>
            <numerusform>Vermerkt %n Modul als nicht mehr installiert: </numerusform>
            <numerusform>Vermerkt %n Module als nicht mehr installiert: </numerusform>
        </translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation>Es gibt kein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Every module of bundle %1 is already installed in %2&apos;s Odoo.</source>
        <translation>Alle Module des Modulpakets %1 sind im Odoo von %2 bereits installiert.</translation>
    </message>
    <message>
        <source>None of the missing modules of bundle %1 is available in %2&apos;s Odoo: %3.</source>
        <translation>Keines der fehlenden Module des Modulpakets %1 ist im Odoo von %2 verfügbar: %3.</translation>
    </message>
    <message>
        <source>Install bundle %1 in tenant %2&apos;s Odoo</source>
        <translation>Modulpaket %1 im Odoo von Mandant %2 installieren</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message numerus="yes">
        <source>Installs %n module(s): </source>
        <translation>
            <numerusform>Installiert %n Modul: </numerusform>
            <numerusform>Installiert %n Module: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not available in this Odoo (checked again after the module list update): </source>
        <translation>In diesem Odoo nicht verfügbar (nach der Aktualisierung der Modulliste erneut geprüft): </translation>
    </message>
    <message>
        <source>Runs Odoo&apos;s update_list, then button_immediate_install, which can take minutes; the operation is recorded as running until Odoo answers. Nothing is retried.</source>
        <translation>Führt in Odoo update_list und dann button_immediate_install aus, was Minuten dauern kann; der Vorgang gilt als laufend, bis Odoo antwortet. Nichts wird wiederholt.</translation>
    </message>
    <message>
        <source>Bundle installed in tenant %1&apos;s Odoo</source>
        <translation>Modulpaket im Odoo von Mandant %1 installiert</translation>
    </message>
    <message>
        <source>Bundle install in tenant %1&apos;s Odoo failed</source>
        <translation>Installation des Modulpakets im Odoo von Mandant %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Operation status</source>
        <translation>Vorgangsstatus</translation>
    </message>
    <message>
        <source>Operation %1 is not running any more.</source>
        <translation>Vorgang %1 läuft nicht mehr.</translation>
    </message>
    <message>
        <source>Assigns bundle %1 to tenant %2.</source>
        <translation>Weist Mandant %2 das Modulpaket %1 zu.</translation>
    </message>
    <message>
        <source>Not available in this Odoo: %1.</source>
        <translation>In diesem Odoo nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>There is no operation %1.</source>
        <translation>Es gibt keinen Vorgang %1.</translation>
    </message>
    <message>
        <source>Operation %1 is a %2 that is %3; only a running module install can be closed this way.</source>
        <translation>Vorgang %1 ist ein %2 im Zustand %3; nur eine laufende Modulinstallation lässt sich so schließen.</translation>
    </message>
    <message>
        <source>Operation %1 was started by %2, which reports its end itself; it is not closed from here.</source>
        <translation>Vorgang %1 wurde von %2 gestartet, das sein Ende selbst meldet; er wird nicht von hier aus geschlossen.</translation>
    </message>
    <message>
        <source>Close module install %1 of tenant %2 as failed</source>
        <translation>Modulinstallation %1 von Mandant %2 als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>Close as Failed</source>
        <translation>Als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>What Odoo installed is unknown: sync the tenant&apos;s modules (fusionctl odoo modules %1) to see it. Nothing is sent to Odoo and nothing is retried.</source>
        <translation>Was Odoo installiert hat, ist unbekannt: gleichen Sie die Module des Mandanten ab (fusionctl odoo modules %1), um es zu sehen. Nichts wird an Odoo gesendet und nichts wiederholt.</translation>
    </message>
</context>
<context>
    <name>fusion::OdooPane</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Name, email, phone or website</source>
        <translation>Name, E-Mail, Telefon oder Website</translation>
    </message>
    <message>
        <source>All scheduled activities</source>
        <translation>Alle geplanten Aktivitäten</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <source>No tenant has an Odoo connection yet: set one with Odoo Connection… in a tenant&apos;s page.</source>
        <translation>Noch kein Mandant hat eine Odoo-Verbindung: Richten Sie eine mit „Odoo-Verbindung …“ auf der Seite eines Mandanten ein.</translation>
    </message>
    <message>
        <source>Connecting to %1&apos;s Odoo…</source>
        <translation>Verbindung zum Odoo von %1 …</translation>
    </message>
    <message>
        <source>%1 · database %2 · as %3</source>
        <translation>%1 · Datenbank %2 · als %3</translation>
    </message>
    <message>
        <source>Choose a tenant whose Odoo connection works first.</source>
        <translation>Wählen Sie zuerst einen Mandanten, dessen Odoo-Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 wird durchsucht …</translation>
    </message>
    <message>
        <source>The first %1; narrow the search or raise the limit.</source>
        <translation>Die ersten %1; grenzen Sie die Suche ein oder erhöhen Sie das Limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1&apos;s Odoo.</source>
        <translation>Nicht mit dem Odoo von %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>fusion::OdooProposals</name>
    <message>
        <source>A case id is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Eine Fall-ID besteht aus 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A partner needs a name or an email address.</source>
        <translation>Ein Partner benötigt einen Namen oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Create partner %1</source>
        <translation>Partner %1 anlegen</translation>
    </message>
    <message>
        <source>Partner #%1 (%2) already has these values; there is nothing to propose.</source>
        <translation>Partner #%1 (%2) hat diese Werte bereits; es gibt nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>Update partner #%1 %2</source>
        <translation>Partner #%1 %2 aktualisieren</translation>
    </message>
    <message>
        <source>A lead needs a name.</source>
        <translation>Ein Lead benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Create lead %1</source>
        <translation>Lead %1 anlegen</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <translation>Projekt %1 anlegen</translation>
    </message>
    <message>
        <source>Tasks need the project they belong to.</source>
        <translation>Aufgaben benötigen das Projekt, zu dem sie gehören.</translation>
    </message>
    <message>
        <source>Propose at least one task.</source>
        <translation>Schlagen Sie mindestens eine Aufgabe vor.</translation>
    </message>
    <message>
        <source>Every task needs a name.</source>
        <translation>Jede Aufgabe benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A task&apos;s priority is 0 (normal) or 1 (high).</source>
        <translation>Die Priorität einer Aufgabe ist 0 (normal) oder 1 (hoch).</translation>
    </message>
    <message numerus="yes">
        <source>Create %n task(s) in project #%1</source>
        <translation>
            <numerusform>%n Aufgabe in Projekt #%1 anlegen</numerusform>
            <numerusform>%n Aufgaben in Projekt #%1 anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity needs the record it is about (model and id).</source>
        <translation>Eine Aktivität benötigt den Datensatz, auf den sie sich bezieht (Modell und ID).</translation>
    </message>
    <message>
        <source>An activity needs a summary or a type.</source>
        <translation>Eine Aktivität benötigt eine Zusammenfassung oder einen Typ.</translation>
    </message>
    <message>
        <source>Odoo has no model &quot;%1&quot;.</source>
        <translation>Odoo hat kein Modell „%1“.</translation>
    </message>
    <message>
        <source>Schedule %1 on %2 #%3</source>
        <translation>%1 für %2 #%3 planen</translation>
    </message>
    <message>
        <source>Odoo has no activity type &quot;%1&quot;.</source>
        <translation>Odoo hat keinen Aktivitätstyp „%1“.</translation>
    </message>
    <message>
        <source>An event needs a name, a start and a stop.</source>
        <translation>Ein Termin benötigt einen Namen, einen Beginn und ein Ende.</translation>
    </message>
    <message>
        <source>Give start and stop as YYYY-MM-DDTHH:MM:SS (UTC).</source>
        <translation>Geben Sie Beginn und Ende als YYYY-MM-DDTHH:MM:SS (UTC) an.</translation>
    </message>
    <message>
        <source>An event cannot stop before it starts.</source>
        <translation>Ein Termin kann nicht vor seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Create event %1 at %2</source>
        <translation>Termin %1 am %2 anlegen</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation>Es gibt keinen Mandanten „%1“ (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Save the proposal &quot;%1&quot; for tenant %2 (case %3)</source>
        <translation>Vorschlag „%1“ für Mandant %2 speichern (Fall %3)</translation>
    </message>
    <message>
        <source>Save proposal</source>
        <translation>Vorschlag speichern</translation>
    </message>
    <message>
        <source>Nothing is sent to Odoo until the proposal is executed, which asks again.</source>
        <translation>Es wird nichts an Odoo gesendet, bis der Vorschlag ausgeführt wird; dabei wird erneut nachgefragt.</translation>
    </message>
    <message>
        <source>There is no proposal %1 (or your role may not see it).</source>
        <translation>Es gibt keinen Vorschlag %1 (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Proposal %1 is %2, not pending; only a pending proposal can be cancelled.</source>
        <translation>Vorschlag %1 ist %2, nicht ausstehend; nur ein ausstehender Vorschlag kann verworfen werden.</translation>
    </message>
    <message>
        <source>Cancel proposal %1: %2</source>
        <translation>Vorschlag %1 verwerfen: %2</translation>
    </message>
    <message>
        <source>Cancel proposal</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Proposal %1 was decided meanwhile; nothing was changed.</source>
        <translation>Über Vorschlag %1 wurde inzwischen entschieden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Proposal %1 is %2, not pending; a proposal is executed at most once.</source>
        <translation>Vorschlag %1 ist %2, nicht ausstehend; ein Vorschlag wird höchstens einmal ausgeführt.</translation>
    </message>
    <message>
        <source>Execute proposal %1 in tenant %2&apos;s Odoo: %3 (case %4)</source>
        <translation>Vorschlag %1 im Odoo von Mandant %2 ausführen: %3 (Fall %4)</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Makes %n call(s) to Odoo, in order; a failed call stops the rest, and nothing is retried.</source>
        <translation>
            <numerusform>Sendet %n Aufruf an Odoo; ein fehlgeschlagener Aufruf stoppt die übrigen, und nichts wird wiederholt.</numerusform>
            <numerusform>Sendet %n Aufrufe der Reihe nach an Odoo; ein fehlgeschlagener Aufruf stoppt die übrigen, und nichts wird wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1 was executed, cancelled or claimed by another session meanwhile; it runs at most once.</source>
        <translation>Vorschlag %1 wurde inzwischen ausgeführt, verworfen oder von einer anderen Sitzung übernommen; er läuft höchstens einmal.</translation>
    </message>
    <message>
        <source>Proposal %1 executed</source>
        <translation>Vorschlag %1 ausgeführt</translation>
    </message>
    <message>
        <source>Proposal %1 failed</source>
        <translation>Vorschlag %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Proposal %1 is not being executed.</source>
        <translation>Vorschlag %1 wird gerade nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Proposal %1 is %2; only one left executing can be closed this way.</source>
        <translation>Vorschlag %1 ist %2; nur ein beim Ausführen hängengebliebener kann so geschlossen werden.</translation>
    </message>
    <message>
        <source>Closed by hand while executing (claimed by %1): what reached Odoo is unknown; check there before proposing again.</source>
        <translation>Beim Ausführen von Hand geschlossen (übernommen von %1): Was Odoo erreicht hat, ist unbekannt; prüfen Sie es dort, bevor Sie erneut vorschlagen.</translation>
    </message>
    <message>
        <source>Close proposal %1, left executing, as failed</source>
        <translation>Vorschlag %1, beim Ausführen hängengeblieben, als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>Close as failed</source>
        <translation>Als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>Nothing is sent to Odoo; the proposal is never run again.</source>
        <translation>Es wird nichts an Odoo gesendet; der Vorschlag wird nie wieder ausgeführt.</translation>
    </message>
</context>
<context>
    <name>fusion::OdooRecordModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Arbeitet für</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation>Erwarteter Umsatz</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Document model</source>
        <translation>Dokumentmodell</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>fusion::OdooSession</name>
    <message>
        <source>Tenant %1 has no Odoo connection yet</source>
        <translation>Mandant %1 hat noch keine Odoo-Verbindung</translation>
    </message>
    <message>
        <source>No OS keychain is available.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The OS keychain has no password or API key for %1&apos;s Odoo</source>
        <translation>Im System-Schlüsselbund liegt kein Passwort oder API-Schlüssel für das Odoo von %1</translation>
    </message>
</context>
<context>
    <name>fusion::OpenRequestDialog</name>
    <message>
        <source>Open a support request</source>
        <translation>Supportanfrage stellen</translation>
    </message>
    <message>
        <source>Operators see the request in their Support pane and answer it there. Say what happens, since when, and what you tried.</source>
        <translation>Operatoren sehen die Anfrage in ihrem Bereich „Support“ und beantworten sie dort. Beschreiben Sie, was passiert, seit wann und was Sie versucht haben.</translation>
    </message>
    <message>
        <source>e.g. Invoices are not sent since this morning</source>
        <translation>z. B. Rechnungen werden seit heute Morgen nicht versendet</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;What happens:</source>
        <translation>&amp;Was passiert:</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>Anfrage &amp;eröffnen…</translation>
    </message>
    <message>
        <source>You may see no tenant to ask about.</source>
        <translation>Sie dürfen keinen Mandanten sehen, zu dem Sie eine Anfrage stellen könnten.</translation>
    </message>
    <message>
        <source>Give the request a subject.</source>
        <translation>Geben Sie der Anfrage einen Betreff.</translation>
    </message>
    <message>
        <source>Describe what happens.</source>
        <translation>Beschreiben Sie, was passiert.</translation>
    </message>
    <message>
        <source>The text is longer than %L1 characters.</source>
        <translation>Der Text ist länger als %L1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>fusion::OperationDrawer</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Re-run…</source>
        <translation>&amp;Erneut ausführen…</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>Select an operation to see its timeline, payload and log.</source>
        <translation>Wählen Sie einen Vorgang aus, um seinen Verlauf, seine Nutzlast und sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Created %1 by %2 (%3)</source>
        <translation>Angelegt %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Scheduled for %1 in &quot;%2&quot;, wave %3</source>
        <translation>Geplant für %1 in „%2“, Welle %3</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>A re-run of operation %1</source>
        <translation>Erneute Ausführung von Vorgang %1</translation>
    </message>
    <message>
        <source>Re-run as operation %1</source>
        <translation>Erneut ausgeführt als Vorgang %1</translation>
    </message>
    <message>
        <source>Open logs</source>
        <translation>Protokolle öffnen</translation>
    </message>
    <message>
        <source>n8n execution %1</source>
        <translation>n8n-Ausführung %1</translation>
    </message>
    <message>
        <source>Nothing logged in the last %1 days.</source>
        <translation>In den letzten %1 Tagen wurde nichts protokolliert.</translation>
    </message>
    <message>
        <source>Older events are not shown: the last %1 days, at most %2.</source>
        <translation>Ältere Ereignisse werden nicht angezeigt: die letzten %1 Tage, höchstens %2.</translation>
    </message>
    <message>
        <source>An image upgrade runs again through Infra → Upgrade tenants…, in a maintenance window.</source>
        <translation>Ein Image-Upgrade wird über Infrastruktur → Upgrade für Mandanten… in einem Wartungsfenster erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Queue a new operation with the same payload.</source>
        <translation>Einen neuen Vorgang mit derselben Nutzlast in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>It has not finished yet.</source>
        <translation>Er ist noch nicht beendet.</translation>
    </message>
    <message>
        <source>Queued operation %1, a re-run of %2.</source>
        <translation>Vorgang %1 in die Warteschlange gestellt, eine erneute Ausführung von %2.</translation>
    </message>
    <message>
        <source>Recommended runbook</source>
        <translation>Empfohlenes Runbook</translation>
    </message>
    <message>
        <source>No runbook address is set (Settings → Runbooks).</source>
        <translation>Keine Runbook-Adresse festgelegt (Einstellungen → Runbooks).</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
</context>
<context>
    <name>fusion::OperationListModel</name>
    <message>
        <source>Provision</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Apply modules</source>
        <translation>Module anwenden</translation>
    </message>
    <message>
        <source>Upgrade image</source>
        <translation>Image aktualisieren</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>fusionctl</source>
        <translation>fusionctl</translation>
    </message>
    <message>
        <source>n8n</source>
        <translation>n8n</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Protokolle: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>fusion::OperationLog</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The severity is debug, info, warning or error, not &quot;%1&quot;.</source>
        <translation>Der Schweregrad ist debug, info, warning oder error, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no operation %1 (or your role may not see it).</source>
        <translation>Es gibt keinen Vorgang %1 (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Operation %1 is still %2: re-run it once it has finished.</source>
        <translation>Vorgang %1 hat noch den Status %2: Führen Sie ihn erneut aus, sobald er beendet ist.</translation>
    </message>
    <message>
        <source>Operation %1 belongs to no tenant any more.</source>
        <translation>Vorgang %1 gehört zu keinem Mandanten mehr.</translation>
    </message>
    <message>
        <source>An image upgrade runs in a maintenance window: choose the window to re-run it in.</source>
        <translation>Ein Image-Upgrade läuft in einem Wartungsfenster: Wählen Sie das Fenster, in dem es erneut ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>There is no maintenance window %1.</source>
        <translation>Es gibt kein Wartungsfenster %1.</translation>
    </message>
    <message>
        <source>The window &quot;%1&quot; is cancelled or over.</source>
        <translation>Das Fenster „%1“ ist abgesagt oder vorbei.</translation>
    </message>
    <message>
        <source>Only an image upgrade is scheduled in a maintenance window.</source>
        <translation>Nur ein Image-Upgrade wird in einem Wartungsfenster geplant.</translation>
    </message>
    <message>
        <source>Re-run operation %1 (%2) for %3</source>
        <translation>Vorgang %1 (%2) für %3 erneut ausführen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>A new queued operation for the automation; operation %1 stays as it was.</source>
        <translation>Ein neuer Vorgang in der Warteschlange für die Automatisierung; Vorgang %1 bleibt unverändert.</translation>
    </message>
    <message>
        <source>A report&apos;s status is running, succeeded or failed, not &quot;%1&quot;.</source>
        <translation>Der Status einer Rückmeldung ist running, succeeded oder failed, nicht „%1“.</translation>
    </message>
    <message>
        <source>A log message is at most 4,000 characters.</source>
        <translation>Eine Protokollmeldung darf höchstens 4.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Say why it failed (--message): the people on call read it.</source>
        <translation>Geben Sie an, warum es fehlgeschlagen ist (--message): Die Bereitschaft liest es.</translation>
    </message>
    <message>
        <source>The logs URL must be an http or https address.</source>
        <translation>Die Protokoll-URL muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <source>An execution id is at most 200 characters.</source>
        <translation>Eine Ausführungs-ID darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Nothing to report: give a status, a message, a logs URL or an execution id.</source>
        <translation>Nichts zurückzumelden: Geben Sie einen Status, eine Meldung, eine Protokoll-URL oder eine Ausführungs-ID an.</translation>
    </message>
    <message>
        <source>Operation %1 is already %2; its status cannot change.</source>
        <translation>Vorgang %1 ist bereits %2; sein Status kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Report on operation %1</source>
        <translation>Rückmeldung zu Vorgang %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Zurückmelden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Adds to its log (%1): %2</source>
        <translation>Ergänzt sein Protokoll (%1): %2</translation>
    </message>
    <message>
        <source>Operation %1 changed meanwhile; nothing was recorded. Look again.</source>
        <translation>Vorgang %1 wurde inzwischen geändert; es wurde nichts erfasst. Sehen Sie erneut nach.</translation>
    </message>
</context>
<context>
    <name>fusion::OperationsPane</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A module install that never recorded its end (the app was closed while Odoo worked): close it as failed, then sync the tenant&apos;s modules to see what Odoo did.</source>
        <translation>Eine Modulinstallation, deren Ende nie erfasst wurde (die App wurde geschlossen, während Odoo arbeitete): als fehlgeschlagen schließen und danach die Module des Mandanten abgleichen, um zu sehen, was Odoo getan hat.</translation>
    </message>
    <message>
        <source>Closed operation %1 as failed; sync the tenant&apos;s modules to see what Odoo did.</source>
        <translation>Vorgang %1 als fehlgeschlagen geschlossen; gleichen Sie die Module des Mandanten ab, um zu sehen, was Odoo getan hat.</translation>
    </message>
    <message>
        <source>No operations yet: they appear here when a tenant is created, paused or changed.</source>
        <translation>Noch keine Vorgänge: Sie erscheinen hier, wenn ein Mandant angelegt, pausiert oder geändert wird.</translation>
    </message>
    <message>
        <source>No %1 operations: choose another status or All.</source>
        <translation>Keine Vorgänge mit Status %1: Wählen Sie einen anderen Status oder Alle.</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>Rows %1–%2 of more than %3</source>
        <translation>Zeilen %1–%2 von mehr als %3</translation>
    </message>
    <message>
        <source>The oldest operations, more than %1 rows down</source>
        <translation>Die ältesten Vorgänge, mehr als %1 Zeilen weiter unten</translation>
    </message>
    <message>
        <source>Operations more than %1 rows down</source>
        <translation>Vorgänge mehr als %1 Zeilen weiter unten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>fusion::PlatformFacts</name>
    <message>
        <source>Logs: %1</source>
        <translation>Protokolle: %1</translation>
    </message>
    <message>
        <source>%1 is in error</source>
        <translation>%1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>%1 neu aufbauen</translation>
    </message>
    <message>
        <source>%1 (%2), in error; last changed %3.</source>
        <translation>%1 (%2), fehlerhaft; zuletzt geändert %3.</translation>
    </message>
    <message>
        <source>Last failed operation: %1 #%2, %3 (from %4, by %5).</source>
        <translation>Letzter fehlgeschlagener Vorgang: %1 #%2, %3 (über %4, von %5).</translation>
    </message>
    <message>
        <source>Failed operations in the last %1 days: %2.</source>
        <translation>Fehlgeschlagene Vorgänge in den letzten %1 Tagen: %2.</translation>
    </message>
    <message>
        <source>%1 #%2 failed %3</source>
        <translation>%1 #%2 %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 failed %3</source>
        <translation>%1 (%2) %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Look into %1 of %2</source>
        <translation>%1 (%2) untersuchen</translation>
    </message>
    <message>
        <source>Run again: %1 #%2</source>
        <translation>Erneut ausführen: %1 #%2</translation>
    </message>
    <message>
        <source>Run again: %1 of %2</source>
        <translation>Erneut ausführen: %1 (%2)</translation>
    </message>
    <message>
        <source>Operation #%1 (%2), started from %3 by %4, failed %5.</source>
        <translation>Vorgang #%1 (%2), gestartet über %3 von %4, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1 at %2 has used %3 of its %4 budget</source>
        <translation>%1 bei %2 hat %3 seines Budgets (%4) verbraucht</translation>
    </message>
    <message>
        <source>%1 budget %2: spent %3, reserved by calls in flight %4 (%5).</source>
        <translation>Budget %2 (%1): ausgegeben %3, von laufenden Aufrufen reserviert %4 (%5).</translation>
    </message>
    <message>
        <source>Calls are refused until the budget is raised or the window ends.</source>
        <translation>Aufrufe werden abgelehnt, bis das Budget erhöht wird oder der Zeitraum endet.</translation>
    </message>
    <message>
        <source>Raise the budget of %1 at %2</source>
        <translation>Budget von %1 bei %2 erhöhen</translation>
    </message>
    <message>
        <source>Rotate the %1 key &quot;%2&quot;</source>
        <translation>%1-Schlüssel „%2“ rotieren</translation>
    </message>
    <message>
        <source>Revoke the %1 key &quot;%2&quot;</source>
        <translation>%1-Schlüssel „%2“ widerrufen</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot;: %3</source>
        <translation>%1-Schlüssel „%2“: %3</translation>
    </message>
    <message>
        <source>Provider %1, label &quot;%2&quot;, status %3.</source>
        <translation>Anbieter %1, Bezeichnung „%2“, Status %3.</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Läuft ab am %1.</translation>
    </message>
    <message>
        <source>No expiry date.</source>
        <translation>Kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Last used %1.</source>
        <translation>Zuletzt verwendet %1.</translation>
    </message>
    <message>
        <source>Never used.</source>
        <translation>Nie verwendet.</translation>
    </message>
    <message>
        <source>The provider rejected it when it was last checked.</source>
        <translation>Der Anbieter hat ihn bei der letzten Prüfung abgelehnt.</translation>
    </message>
    <message>
        <source>Apply the bundles of %1</source>
        <translation>Modulpakete von %1 anwenden</translation>
    </message>
    <message>
        <source>%1 drifts from its bundles: %2 missing, %3 not in any bundle</source>
        <translation>%1 weicht von seinen Modulpaketen ab: %2 fehlend, %3 in keinem Modulpaket</translation>
    </message>
    <message>
        <source>Bundles: %1.</source>
        <translation>Modulpakete: %1.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlend: %1.</translation>
    </message>
    <message>
        <source>Installed but in no bundle: %1.</source>
        <translation>Installiert, aber in keinem Modulpaket: %1.</translation>
    </message>
    <message>
        <source>Modules last recorded %1.</source>
        <translation>Module zuletzt erfasst %1.</translation>
    </message>
    <message>
        <source>Failed %1 times in the last %2 days.</source>
        <translation>In den letzten %2 Tagen %1-mal fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation>Mandant öffnen</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Raise budget</source>
        <translation>Budget erhöhen</translation>
    </message>
    <message>
        <source>Apply bundles</source>
        <translation>Modulpakete anwenden</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 Tg.</translation>
    </message>
</context>
<context>
    <name>fusion::PlatformSettings</name>
    <message>
        <source>Another session changed the platform settings meanwhile; nothing was saved. Look again and repeat the change.</source>
        <translation>Eine andere Sitzung hat die Plattformeinstellungen inzwischen geändert; es wurde nichts gespeichert. Sehen Sie erneut nach und wiederholen Sie die Änderung.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>%1 already runs %2 tenants and its soft limit is %3: the cluster was sized for that many. An owner can raise the limit (Settings, or &quot;fusionctl settings limit %4 N&quot;) once there is room.</source>
        <translation>%1 betreibt bereits %2 Mandanten bei einem weichen Limit von %3: Der Cluster wurde für so viele ausgelegt. Ein Eigentümer kann das Limit anheben (Einstellungen oder „fusionctl settings limit %4 N“), sobald Platz ist.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Operations are frozen since %1 by %2 (%3): nothing new can start until an owner unfreezes them.</source>
        <translation>Vorgänge sind seit %1 von %2 eingefroren (%3): Nichts Neues kann starten, bis ein Eigentümer das Einfrieren aufhebt.</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot;: use dev, stage or prod.</source>
        <translation>Es gibt keine Umgebung „%1“: Verwenden Sie dev, stage oder prod.</translation>
    </message>
    <message>
        <source>Mark this database as %1</source>
        <translation>Diese Datenbank als %1 kennzeichnen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Image upgrades may then use only the tags tested in %1.</source>
        <translation>Image-Upgrades dürfen dann nur die in %1 getesteten Tags verwenden.</translation>
    </message>
    <message>
        <source>A tenant limit is a whole number from 1 to 1,000,000.</source>
        <translation>Ein Mandantenlimit ist eine ganze Zahl von 1 bis 1.000.000.</translation>
    </message>
    <message>
        <source>Set the soft tenant limit of %1</source>
        <translation>Weiches Mandantenlimit von %1 festlegen</translation>
    </message>
    <message>
        <source>Set limit</source>
        <translation>Limit festlegen</translation>
    </message>
    <message>
        <source>Soft tenant limit</source>
        <translation>Weiches Mandantenlimit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1 tenants already run here: no new tenant can be created until some are decommissioned or the limit is raised.</source>
        <translation>Hier laufen bereits %1 Mandanten: Es kann kein neuer Mandant angelegt werden, bis einige stillgelegt sind oder das Limit angehoben wird.</translation>
    </message>
    <message>
        <source>Another session changed this limit meanwhile; nothing was saved. Look again and repeat the change.</source>
        <translation>Eine andere Sitzung hat dieses Limit inzwischen geändert; es wurde nichts gespeichert. Sehen Sie erneut nach und wiederholen Sie die Änderung.</translation>
    </message>
    <message>
        <source>Say why operations are frozen: everyone who is refused will read it.</source>
        <translation>Geben Sie an, warum die Vorgänge eingefroren werden: Alle, die abgewiesen werden, lesen es.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>Die Begründung ist länger als 500 Zeichen.</translation>
    </message>
    <message>
        <source>Freeze all operations</source>
        <translation>Alle Vorgänge einfrieren</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Operations frozen</source>
        <translation>Vorgänge eingefroren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No one (people, fusionctl, n8n, the AI console) can create or start an operation until an owner unfreezes them; running operations finish.</source>
        <translation>Niemand (Personen, fusionctl, n8n, die KI-Konsole) kann einen Vorgang anlegen oder starten, bis ein Eigentümer das Einfrieren aufhebt; laufende Vorgänge werden abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued operation(s) wait: they cannot start while frozen.</source>
        <translation>
            <numerusform>%n Vorgang in der Warteschlange wartet: Er kann nicht starten, solange die Vorgänge eingefroren sind.</numerusform>
            <numerusform>%n Vorgänge in der Warteschlange warten: Sie können nicht starten, solange die Vorgänge eingefroren sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operations are not frozen.</source>
        <translation>Die Vorgänge sind nicht eingefroren.</translation>
    </message>
    <message>
        <source>Unfreeze operations</source>
        <translation>Einfrieren der Vorgänge aufheben</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Einfrieren aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n queued operation(s) may start again.</source>
        <translation>
            <numerusform>%n Vorgang in der Warteschlange darf wieder starten.</numerusform>
            <numerusform>%n Vorgänge in der Warteschlange dürfen wieder starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address for the runbooks.</source>
        <translation>„%1“ ist keine http(s)-Adresse für die Runbooks.</translation>
    </message>
    <message>
        <source>The runbooks&apos; address must not contain a user name or password.</source>
        <translation>Die Adresse der Runbooks darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Set where the runbooks live</source>
        <translation>Festlegen, wo die Runbooks liegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Failed operations link to no runbook.</source>
        <translation>Fehlgeschlagene Vorgänge verweisen auf kein Runbook.</translation>
    </message>
    <message>
        <source>A failed provisioning, for example, links to %1.</source>
        <translation>Eine fehlgeschlagene Bereitstellung verweist zum Beispiel auf %1.</translation>
    </message>
</context>
<context>
    <name>fusion::PolicyEngine</name>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Consumer %1 is not registered yet (it has neither called nor recorded usage), so it has no access rule.</source>
        <translation>Verbraucher %1 ist noch nicht registriert (er hat weder Aufrufe getätigt noch Nutzung erfasst), daher hat er keine Zugriffsregel.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Consumer %1 is stopped (kill switch).</source>
        <translation>Verbraucher %1 ist gestoppt (Notaus).</translation>
    </message>
    <message>
        <source>Consumer %1 is stopped (kill switch): %2</source>
        <translation>Verbraucher %1 ist gestoppt (Notaus): %2</translation>
    </message>
    <message>
        <source>Consumer %1 has no access rule for %2: add one in the Access pane or with &quot;fusionctl access set&quot;.</source>
        <translation>Verbraucher %1 hat keine Zugriffsregel für %2: Fügen Sie eine in der Ansicht „Zugriff“ oder mit „fusionctl access set“ hinzu.</translation>
    </message>
    <message>
        <source>The access rule of %1 is disabled.</source>
        <translation>Die Zugriffsregel von %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>User %1 is blocked.</source>
        <translation>Benutzer %1 ist gesperrt.</translation>
    </message>
    <message>
        <source>Rate limit of %1: %2 of %3 requests per minute used.</source>
        <translation>Ratenlimit von %1: %2 von %3 Anfragen pro Minute verbraucht.</translation>
    </message>
    <message>
        <source>Daily request limit of %1: %2 of %3 requests today (UTC) used.</source>
        <translation>Tägliches Anfragelimit von %1: %2 von %3 Anfragen heute (UTC) verbraucht.</translation>
    </message>
    <message>
        <source>User %1 made %2 of %3 requests allowed today (UTC).</source>
        <translation>Benutzer %1 hat heute (UTC) %2 von %3 erlaubten Anfragen gestellt.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no price at %2, so a call cannot be held to its budget: add its price first.</source>
        <translation>Modell „%1“ hat bei %2 keinen Preis, daher kann ein Aufruf nicht an seinem Budget gemessen werden: Fügen Sie zuerst seinen Preis hinzu.</translation>
    </message>
    <message>
        <source>, this call up to %1</source>
        <translation>, dieser Aufruf bis zu %1</translation>
    </message>
    <message>
        <source>Daily budget of %1 reached: %2 of %3 used or reserved today (UTC)%4.</source>
        <translation>Tagesbudget von %1 erreicht: %2 von %3 heute (UTC) verbraucht oder reserviert%4.</translation>
    </message>
    <message>
        <source>Monthly budget of %1 reached: %2 of %3 used or reserved this month%4.</source>
        <translation>Monatsbudget von %1 erreicht: %2 von %3 in diesem Monat verbraucht oder reserviert%4.</translation>
    </message>
    <message>
        <source>Monthly budget of user %1 reached: %2 of %3 used or reserved this month%4.</source>
        <translation>Monatsbudget von Benutzer %1 erreicht: %2 von %3 in diesem Monat verbraucht oder reserviert%4.</translation>
    </message>
    <message>
        <source>Allowed: %1 has used %2 of its monthly budget of %3.</source>
        <translation>Erlaubt: %1 hat %2 seines Monatsbudgets von %3 verbraucht.</translation>
    </message>
    <message>
        <source>Allowed: %1 may call (no monthly budget).</source>
        <translation>Erlaubt: %1 darf aufrufen (kein Monatsbudget).</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>unknown consumer</source>
        <translation>unbekannter Verbraucher</translation>
    </message>
    <message>
        <source>unknown provider</source>
        <translation>unbekannter Anbieter</translation>
    </message>
    <message>
        <source>consumer stopped</source>
        <translation>Verbraucher gestoppt</translation>
    </message>
    <message>
        <source>no access rule</source>
        <translation>keine Zugriffsregel</translation>
    </message>
    <message>
        <source>rule disabled</source>
        <translation>Regel deaktiviert</translation>
    </message>
    <message>
        <source>user blocked</source>
        <translation>Benutzer gesperrt</translation>
    </message>
    <message>
        <source>requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>requests per day</source>
        <translation>Anfragen pro Tag</translation>
    </message>
    <message>
        <source>user&apos;s requests per day</source>
        <translation>Anfragen des Benutzers pro Tag</translation>
    </message>
    <message>
        <source>no price for the model</source>
        <translation>kein Preis für das Modell</translation>
    </message>
    <message>
        <source>daily budget</source>
        <translation>Tagesbudget</translation>
    </message>
    <message>
        <source>monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>user&apos;s monthly budget</source>
        <translation>Monatsbudget des Benutzers</translation>
    </message>
    <message>
        <source>The reservation of %1 expired: the call was never settled (its process ended?). What it cost is unknown.</source>
        <translation>Die Reservierung von %1 ist abgelaufen: Der Aufruf wurde nie abgerechnet (wurde sein Prozess beendet?). Die Kosten sind unbekannt.</translation>
    </message>
</context>
<context>
    <name>fusion::PortalPane</name>
    <message>
        <source>Your tenant</source>
        <translation>Ihr Mandant</translation>
    </message>
    <message>
        <source>The tenants you administer</source>
        <translation>Die Mandanten, die Sie verwalten</translation>
    </message>
    <message>
        <source>Status and subscription</source>
        <translation>Status und Abonnement</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>Re&amp;build…</source>
        <translation>&amp;Neu aufbauen…</translation>
    </message>
    <message>
        <source>AI usage this month</source>
        <translation>KI-Nutzung in diesem Monat</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Supportanfragen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>Anfrage &amp;öffnen…</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 ist pausiert.</translation>
    </message>
    <message>
        <source>%1 is resuming.</source>
        <translation>%1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 is being rebuilt.</source>
        <translation>%1 wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your login administers no tenant yet. Ask the platform&apos;s owner to map it to your tenant (Settings → Roles).</source>
        <translation>Ihre Anmeldung verwaltet noch keinen Mandanten. Bitten Sie den Eigentümer der Plattform, sie Ihrem Mandanten zuzuordnen (Einstellungen → Rollen).</translation>
    </message>
    <message>
        <source>no bundle</source>
        <translation>kein Bundle</translation>
    </message>
    <message>
        <source>No subscription yet.</source>
        <translation>Noch kein Abonnement.</translation>
    </message>
    <message>
        <source>Plan &lt;b&gt;%1&lt;/b&gt;, %2; next invoice %3.</source>
        <translation>Tarif &lt;b&gt;%1&lt;/b&gt;, %2; nächste Rechnung %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;Bundles: %4; modules: %5 installed, %6 pending.&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) ist &lt;b&gt;%3&lt;/b&gt;.&lt;br&gt;Bundles: %4; Module: %5 installiert, %6 ausstehend.&lt;br&gt;%7</translation>
    </message>
    <message>
        <source>%1 spent in %2 — plan allowance %3, budget %4 (%5 of it).</source>
        <translation>%1 ausgegeben in %2 – Tarifkontingent %3, Budget %4 (%5 davon).</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>No invoice yet: the first one appears once it is issued.</source>
        <translation>Noch keine Rechnung: Die erste erscheint, sobald sie ausgestellt ist.</translation>
    </message>
    <message>
        <source>No request. Open request… asks the operators for help.</source>
        <translation>Keine Anfrage. „Anfrage öffnen…“ bittet die Operatoren um Hilfe.</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Wählen Sie zuerst eine Rechnung aus.</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The request is open; operators see it now.</source>
        <translation>Die Anfrage ist geöffnet; die Operatoren sehen sie jetzt.</translation>
    </message>
    <message>
        <source>Preview: this is the portal the tenant&apos;s admins see. Its actions are theirs, so they are disabled here: act on the tenant from the Tenants pane.</source>
        <translation>Vorschau: Dies ist das Portal, das die Admins des Mandanten sehen. Seine Aktionen gehören ihnen und sind daher hier deaktiviert: Bearbeiten Sie den Mandanten im Bereich „Mandanten“.</translation>
    </message>
    <message>
        <source>Local settings</source>
        <translation>Lokale Einstellungen</translation>
    </message>
    <message>
        <source>Edit &amp;local settings…</source>
        <translation>&amp;Lokale Einstellungen bearbeiten…</translation>
    </message>
    <message>
        <source>Reply sent; the operators see it in the request.</source>
        <translation>Antwort gesendet; die Operatoren sehen sie in der Anfrage.</translation>
    </message>
    <message>
        <source>Tenant portal</source>
        <translation>Mandantenportal</translation>
    </message>
    <message>
        <source>Tenant portal — %1</source>
        <translation>Mandantenportal – %1</translation>
    </message>
    <message>
        <source>Your tenants</source>
        <translation>Ihre Mandanten</translation>
    </message>
    <message>
        <source>Preview: act on this tenant from the Tenants pane.</source>
        <translation>Vorschau: Bearbeiten Sie diesen Mandanten im Bereich „Mandanten“.</translation>
    </message>
    <message>
        <source>Your login administers no tenant yet.</source>
        <translation>Ihre Anmeldung verwaltet noch keinen Mandanten.</translation>
    </message>
    <message>
        <source>Change your tenant&apos;s SSO redirect URIs and analytics settings.</source>
        <translation>Ändern Sie die SSO-Weiterleitungs-URIs und Analytics-Einstellungen Ihres Mandanten.</translation>
    </message>
    <message>
        <source>Finance reads the requests; the tenant&apos;s admins and the operators reply.</source>
        <translation>Die Finanzabteilung liest die Anfragen; die Admins des Mandanten und die Operatoren antworten.</translation>
    </message>
    <message>
        <source>SSO is not set up yet.</source>
        <translation>SSO ist noch nicht eingerichtet.</translation>
    </message>
    <message numerus="yes">
        <source>SSO through realm &lt;b&gt;%1&lt;/b&gt;, %n redirect URI(s).</source>
        <translation>
            <numerusform>SSO über Realm &lt;b&gt;%1&lt;/b&gt;, %n Weiterleitungs-URI.</numerusform>
            <numerusform>SSO über Realm &lt;b&gt;%1&lt;/b&gt;, %n Weiterleitungs-URIs.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Analytics sync: %2.&lt;br&gt;Dashboard: %3</source>
        <translation>%1&lt;br&gt;Analytics-Sync: %2.&lt;br&gt;Dashboard: %3</translation>
    </message>
    <message>
        <source>none yet.</source>
        <translation>noch keines.</translation>
    </message>
    <message>
        <source>Saved the local settings of %1.</source>
        <translation>Lokale Einstellungen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No conversation yet. &lt;b&gt;Open request…&lt;/b&gt; asks the operators for help; their replies appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Unterhaltung. &lt;b&gt;Anfrage öffnen…&lt;/b&gt; bittet die Operatoren um Hilfe; ihre Antworten erscheinen hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to read its conversation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Anfrage aus, um ihre Unterhaltung zu lesen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fusion::PortalSettingsDialog</name>
    <message>
        <source>Set by the platform&apos;s operators.</source>
        <translation>Von den Operatoren der Plattform festgelegt.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht konfiguriert</translation>
    </message>
    <message>
        <source>n8n webhook workflow %1</source>
        <translation>n8n-Webhook-Workflow %1</translation>
    </message>
    <message>
        <source>Supabase RPC function %1</source>
        <translation>Supabase-RPC-Funktion %1</translation>
    </message>
    <message>
        <source>No ETL check</source>
        <translation>Keine ETL-Prüfung</translation>
    </message>
    <message>
        <source>Local settings of %1</source>
        <translation>Lokale Einstellungen von %1</translation>
    </message>
    <message>
        <source>These settings are yours to manage. The others are how the platform is wired to your tenant: ask its operators (Support) to change them.</source>
        <translation>Diese Einstellungen verwalten Sie selbst. Die übrigen beschreiben, wie die Plattform mit Ihrem Mandanten verbunden ist: Bitten Sie die Operatoren (Support), sie zu ändern.</translation>
    </message>
    <message>
        <source>Single sign-on (Keycloak)</source>
        <translation>Single Sign-on (Keycloak)</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>Realm:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>One address a line, e.g. https://erp.example.com/*</source>
        <translation>Eine Adresse pro Zeile, z. B. https://erp.example.com/*</translation>
    </message>
    <message>
        <source>SSO is not set up yet: the platform&apos;s operators set up its realm first.</source>
        <translation>SSO ist noch nicht eingerichtet: Die Operatoren der Plattform richten zuerst seinen Realm ein.</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;Weiterleitungs-URIs:</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Supabase project:</source>
        <translation>Supabase-Projekt:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>ETL check:</source>
        <translation>ETL-Prüfung:</translation>
    </message>
    <message>
        <source>No sync</source>
        <translation>Kein Sync</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>&amp;Sync mode:</source>
        <translation>&amp;Sync-Modus:</translation>
    </message>
    <message>
        <source>e.g. https://superset.example.com/superset/dashboard/12/</source>
        <translation>z. B. https://superset.example.com/superset/dashboard/12/</translation>
    </message>
    <message>
        <source>Superset &amp;dashboard:</source>
        <translation>Superset-&amp;Dashboard:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Change a setting first.</source>
        <translation>Ändern Sie zuerst eine Einstellung.</translation>
    </message>
</context>
<context>
    <name>fusion::PostDialog</name>
    <message>
        <source>Post to a tenant&apos;s channel</source>
        <translation>Im Kanal eines Mandanten posten</translation>
    </message>
    <message>
        <source>Sent once to the tenant&apos;s Mattermost channel through its incoming webhook, whose address is kept in the keychain (Keys → mattermost, labelled with the tenant).</source>
        <translation>Wird einmalig über den eingehenden Webhook in den Mattermost-Kanal des Mandanten gesendet; dessen Adresse liegt im Schlüsselbund (Schlüssel → mattermost, mit dem Mandanten als Label).</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Posten…</translation>
    </message>
</context>
<context>
    <name>fusion::PriceDialog</name>
    <message>
        <source>Correct a Price</source>
        <translation>Preis korrigieren</translation>
    </message>
    <message>
        <source>Add a Price</source>
        <translation>Preis hinzufügen</translation>
    </message>
    <message>
        <source>USD per million tokens. Usage from the date on is costed at this price; usage already recorded keeps its cost.</source>
        <translation>USD pro Million Tokens. Nutzung ab dem Datum wird zu diesem Preis berechnet; bereits erfasste Nutzung behält ihre Kosten.</translation>
    </message>
    <message>
        <source>as input, when empty</source>
        <translation>wie Eingabe, wenn leer</translation>
    </message>
    <message>
        <source>where the price comes from</source>
        <translation>woher der Preis stammt</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>A&amp;b:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>O&amp;utput:</source>
        <translation>A&amp;usgabe:</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation>&amp;Cache-Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Prices are amounts such as 2.50 (USD per million tokens).</source>
        <translation>Preise sind Beträge wie 2.50 (USD pro Million Tokens).</translation>
    </message>
</context>
<context>
    <name>fusion::PriceTable</name>
    <message>
        <source>The model name must be 1 to 100 characters.</source>
        <translation>Der Modellname muss 1 bis 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The date the price applies from is missing.</source>
        <translation>Das Datum, ab dem der Preis gilt, fehlt.</translation>
    </message>
    <message>
        <source>Prices must be between 0 and 10,000 per million tokens.</source>
        <translation>Preise müssen zwischen 0 und 10.000 pro Million Tokens liegen.</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Change the price of %1 %2 from %3</source>
        <translation>Preis von %1 %2 ab %3 ändern</translation>
    </message>
    <message>
        <source>Add a price for %1 %2 from %3</source>
        <translation>Preis für %1 %2 ab %3 hinzufügen</translation>
    </message>
    <message>
        <source>Change Price</source>
        <translation>Preis ändern</translation>
    </message>
    <message>
        <source>Add Price</source>
        <translation>Preis hinzufügen</translation>
    </message>
    <message>
        <source>Input, per million tokens</source>
        <translation>Eingabe, pro Million Tokens</translation>
    </message>
    <message>
        <source>Output, per million tokens</source>
        <translation>Ausgabe, pro Million Tokens</translation>
    </message>
    <message>
        <source>Cached input, per million tokens</source>
        <translation>Zwischengespeicherte Eingabe, pro Million Tokens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Usage recorded from now on is costed at this price; usage already recorded keeps its cost.</source>
        <translation>Ab jetzt erfasste Nutzung wird zu diesem Preis berechnet; bereits erfasste Nutzung behält ihre Kosten.</translation>
    </message>
    <message>
        <source>Someone changed this price meanwhile; look again and retry.</source>
        <translation>Jemand hat diesen Preis inzwischen geändert; sehen Sie erneut nach und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>fusion::Prometheus</name>
    <message>
        <source>Prometheus refused the query as malformed (HTTP 400, %1): %2</source>
        <translation>Prometheus hat die Abfrage als fehlerhaft abgelehnt (HTTP 400, %1): %2</translation>
    </message>
    <message>
        <source>Prometheus could not evaluate the query (HTTP 422, %1): %2</source>
        <translation>Prometheus konnte die Abfrage nicht auswerten (HTTP 422, %1): %2</translation>
    </message>
    <message>
        <source>Prometheus timed out or was shutting down while evaluating the query (HTTP 503, %1): %2</source>
        <translation>Prometheus hat beim Auswerten der Abfrage das Zeitlimit überschritten oder wurde gerade heruntergefahren (HTTP 503, %1): %2</translation>
    </message>
    <message>
        <source>Prometheus answered an error (HTTP %1, %2): %3</source>
        <translation>Prometheus hat mit einem Fehler geantwortet (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>Prometheus, or the proxy in front of it, refused the request (HTTP %1): check its token.</source>
        <translation>Prometheus oder der vorgeschaltete Proxy hat die Anfrage abgelehnt (HTTP %1): Prüfen Sie das Token.</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 with an HTML page instead of its JSON API: a proxy or a wrong address?</source>
        <translation>Prometheus hat mit HTTP %1 und einer HTML-Seite statt seiner JSON-API geantwortet: ein Proxy oder eine falsche Adresse?</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 without its JSON error.</source>
        <translation>Prometheus hat mit HTTP %1 ohne seinen JSON-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Prometheus answered with an HTML page instead of its JSON API: a proxy or a wrong address?</source>
        <translation>Prometheus hat mit einer HTML-Seite statt seiner JSON-API geantwortet: ein Proxy oder eine falsche Adresse?</translation>
    </message>
    <message>
        <source>The Prometheus answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort von Prometheus ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The Prometheus answer has no &quot;status&quot;: &quot;success&quot;.</source>
        <translation>Die Antwort von Prometheus enthält kein &quot;status&quot;: &quot;success&quot;.</translation>
    </message>
    <message>
        <source>The Prometheus answer has no &quot;data&quot; with a &quot;resultType&quot;.</source>
        <translation>Die Antwort von Prometheus enthält kein „data“ mit einem „resultType“.</translation>
    </message>
    <message>
        <source>The Prometheus scalar is not a [time, &quot;value&quot;] pair.</source>
        <translation>Der Skalar von Prometheus ist kein Paar [time, &quot;value&quot;].</translation>
    </message>
    <message>
        <source>The Prometheus answer is a %1, not an instant vector or a scalar.</source>
        <translation>Die Antwort von Prometheus hat den Typ %1 statt Instant-Vektor oder Skalar.</translation>
    </message>
    <message>
        <source>The Prometheus vector has no &quot;result&quot; list.</source>
        <translation>Der Vektor von Prometheus hat keine „result“-Liste.</translation>
    </message>
    <message>
        <source>Series %1 of the Prometheus answer has no &quot;metric&quot; labels.</source>
        <translation>Serie %1 der Prometheus-Antwort hat keine „metric“-Labels.</translation>
    </message>
    <message>
        <source>Series %1 of the Prometheus answer: the label &quot;%2&quot; is not text.</source>
        <translation>Serie %1 der Prometheus-Antwort: Das Label „%2“ ist kein Text.</translation>
    </message>
    <message>
        <source>Series %1 of the Prometheus answer has no [time, &quot;value&quot;] pair.</source>
        <translation>Serie %1 der Prometheus-Antwort hat kein Paar [time, &quot;value&quot;].</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2 s.</source>
        <translation>Prometheus unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The connection to Prometheus at %1 was closed before the whole answer arrived.</source>
        <translation>Die Verbindung zu Prometheus unter %1 wurde geschlossen, bevor die vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>Prometheus at %1 cannot be reached: %2</source>
        <translation>Prometheus unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The Prometheus answer is larger than %1 MB.</source>
        <translation>Die Antwort von Prometheus ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The certificate of Prometheus at %1 is not trusted.</source>
        <translation>Dem Zertifikat von Prometheus unter %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer in HTTP: %2</source>
        <translation>Prometheus unter %1 hat nicht per HTTP geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>fusion::PromptLibrary</name>
    <message>
        <source>%1, … (%2 in all)</source>
        <translation>%1, … (%2 insgesamt)</translation>
    </message>
    <message>
        <source>The template is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
    <message>
        <source>The template has %1 characters; at most %2 are kept.</source>
        <translation>Die Vorlage hat %1 Zeichen; höchstens %2 werden gespeichert.</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 are kept.</source>
        <translation>Die Notiz hat %1 Zeichen; höchstens %2 werden gespeichert.</translation>
    </message>
    <message>
        <source>The template cannot be used. %1</source>
        <translation>Die Vorlage kann nicht verwendet werden. %1</translation>
    </message>
    <message>
        <source>The declared variable &quot;%1&quot; cannot be used: %2</source>
        <translation>Die deklarierte Variable „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The variable &quot;%1&quot; is declared twice.</source>
        <translation>Die Variable „%1“ ist doppelt deklariert.</translation>
    </message>
    <message>
        <source>The template uses variables that are not declared: %1. Declare each one, or take it out of the template.</source>
        <translation>Die Vorlage verwendet nicht deklarierte Variablen: %1. Deklarieren Sie jede oder nehmen Sie sie aus der Vorlage.</translation>
    </message>
    <message>
        <source>The prompt was changed by someone else meanwhile; nothing was changed. Look again and retry.</source>
        <translation>Der Prompt wurde inzwischen von jemand anderem geändert; nichts wurde geändert. Sehen Sie erneut nach und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no prompt with the code &quot;%1&quot;.</source>
        <translation>Es gibt keinen Prompt mit dem Code „%1“.</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no version %2 (its versions are 1 to %3).</source>
        <translation>Der Prompt „%1“ hat keine Version %2 (seine Versionen sind 1 bis %3).</translation>
    </message>
    <message>
        <source>A prompt code is 1 to 64 lowercase letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit, not &quot;%1&quot;.</source>
        <translation>Ein Prompt-Code besteht aus 1 bis 64 Kleinbuchstaben, Ziffern, „_“, „.“ und „-“ und beginnt mit einem Buchstaben oder einer Ziffer, nicht „%1“.</translation>
    </message>
    <message>
        <source>A prompt needs a name of 1 to 120 characters.</source>
        <translation>Ein Prompt braucht einen Namen mit 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <source>A prompt with the code &quot;%1&quot; already exists; save a new version of it instead.</source>
        <translation>Ein Prompt mit dem Code „%1“ existiert bereits; speichern Sie stattdessen eine neue Version davon.</translation>
    </message>
    <message>
        <source>Add prompt &quot;%1&quot; (%2)</source>
        <translation>Prompt „%1“ (%2) hinzufügen</translation>
    </message>
    <message>
        <source>Add Prompt</source>
        <translation>Prompt hinzufügen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>Veröffentlichte Version</translation>
    </message>
    <message numerus="yes">
        <source>Version 1: %n line(s) of template.</source>
        <translation>
            <numerusform>Version 1: %n Zeile Vorlage.</numerusform>
            <numerusform>Version 1: %n Zeilen Vorlage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else added a prompt with the code &quot;%1&quot; meanwhile; nothing was saved.</source>
        <translation>Jemand anderes hat inzwischen einen Prompt mit dem Code „%1“ hinzugefügt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing changed: version %1 of &quot;%2&quot; already has this template and these variables; nothing was saved.</source>
        <translation>Nichts geändert: Version %1 von „%2“ hat bereits diese Vorlage und diese Variablen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Save version %1 of prompt &quot;%2&quot;</source>
        <translation>Version %1 des Prompts „%2“ speichern</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The template is the same as version %1.</source>
        <translation>Die Vorlage ist dieselbe wie in Version %1.</translation>
    </message>
    <message>
        <source>Template against version %1: +%2 −%3 line(s).</source>
        <translation>Vorlage gegenüber Version %1: +%2 −%3 Zeilen.</translation>
    </message>
    <message>
        <source>Version %1 stays published until you publish another.</source>
        <translation>Version %1 bleibt veröffentlicht, bis Sie eine andere veröffentlichen.</translation>
    </message>
    <message>
        <source>Someone else saved version %1 of &quot;%2&quot; meanwhile; nothing was saved. Look at the history and edit again.</source>
        <translation>Jemand anderes hat inzwischen Version %1 von „%2“ gespeichert; nichts wurde gespeichert. Sehen Sie sich den Verlauf an und bearbeiten Sie erneut.</translation>
    </message>
    <message>
        <source>Publish version %1 of prompt &quot;%2&quot;</source>
        <translation>Version %1 des Prompts „%2“ veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Every new render of &quot;%1&quot; uses version %2.</source>
        <translation>Jedes neue Ausfüllen von „%1“ verwendet Version %2.</translation>
    </message>
    <message>
        <source>Activate prompt &quot;%1&quot;</source>
        <translation>Prompt „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate prompt &quot;%1&quot;</source>
        <translation>Prompt „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Its versions stay; it is no longer offered.</source>
        <translation>Seine Versionen bleiben; er wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no published version.</source>
        <translation>Der Prompt „%1“ hat keine veröffentlichte Version.</translation>
    </message>
</context>
<context>
    <name>fusion::PromptTemplate</name>
    <message>
        <source>the placeholder has no variable name; write {{name}}.</source>
        <translation>der Platzhalter hat keinen Variablennamen; schreiben Sie {{name}}.</translation>
    </message>
    <message>
        <source>a variable name must start with a letter (A-Z, a-z) or &quot;_&quot;, not %1.</source>
        <translation>ein Variablenname muss mit einem Buchstaben (A-Z, a-z) oder „_“ beginnen, nicht mit %1.</translation>
    </message>
    <message>
        <source>%1 cannot be part of a variable name; names use only A-Z, a-z, 0-9, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>%1 darf nicht Teil eines Variablennamens sein; Namen bestehen nur aus A-Z, a-z, 0-9, „_“ und „.“.</translation>
    </message>
    <message>
        <source>expected &quot;}}&quot; after the variable name &quot;%1&quot;, found %2.</source>
        <translation>nach dem Variablennamen „%1“ wurde „}}“ erwartet, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>this placeholder is not closed with &quot;}}&quot; on its line; for a literal &quot;{{&quot; write \{{.</source>
        <translation>dieser Platzhalter wird in seiner Zeile nicht mit „}}“ geschlossen; für ein wörtliches „{{“ schreiben Sie \{{.</translation>
    </message>
    <message>
        <source>a placeholder cannot contain &quot;{&quot;: placeholders do not nest; for a literal &quot;{{&quot; write \{{.</source>
        <translation>ein Platzhalter darf kein „{“ enthalten: Platzhalter lassen sich nicht verschachteln; für ein wörtliches „{{“ schreiben Sie \{{.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <translation>%1, … (%2 insgesamt)</translation>
    </message>
    <message>
        <source>Used in the template but not declared by the prompt: %1.</source>
        <translation>In der Vorlage verwendet, aber vom Prompt nicht deklariert: %1.</translation>
    </message>
    <message>
        <source>Declared by the prompt but given no value: %1.</source>
        <translation>Vom Prompt deklariert, aber ohne Wert: %1.</translation>
    </message>
    <message>
        <source>Given a value but not declared by the prompt: %1.</source>
        <translation>Mit Wert angegeben, aber vom Prompt nicht deklariert: %1.</translation>
    </message>
    <message>
        <source>A variable needs a name.</source>
        <translation>Eine Variable braucht einen Namen.</translation>
    </message>
    <message>
        <source>A variable name must start with a letter (A-Z, a-z) or &quot;_&quot;, not %1.</source>
        <translation>Ein Variablenname muss mit einem Buchstaben (A-Z, a-z) oder „_“ beginnen, nicht mit %1.</translation>
    </message>
</context>
<context>
    <name>fusion::ProposalExecute</name>
    <message>
        <source>Executing proposal %1 in %2&apos;s Odoo…</source>
        <translation>Vorschlag %1 wird im Odoo von %2 ausgeführt …</translation>
    </message>
</context>
<context>
    <name>fusion::ProposalLinks</name>
    <message>
        <source>Step %1 links the project it creates to workspace %2</source>
        <translation>Schritt %1 verknüpft das von ihm erstellte Projekt mit Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Step %1 links the Discuss channel it creates to workspace %2</source>
        <translation>Schritt %1 verknüpft den von ihm erstellten Discuss-Kanal mit Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Links Odoo project #%1 to workspace %2</source>
        <translation>Verknüpft Odoo-Projekt #%1 mit Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Links Discuss channel #%1 to workspace %2</source>
        <translation>Verknüpft Discuss-Kanal #%1 mit Arbeitsbereich %2</translation>
    </message>
</context>
<context>
    <name>fusion::ProposalListModel</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>fusion::ProposalsPane</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant %1 · case %2 · %3 · proposed by %4</source>
        <translation>Mandant %1 · Fall %2 · %3 · vorgeschlagen von %4</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>Entschieden von %1 am %2</translation>
    </message>
    <message>
        <source>%1. Change %2 #%3</source>
        <translation>%1. %2 #%3 ändern</translation>
    </message>
    <message>
        <source>%1. Create %2</source>
        <translation>%1. %2 anlegen</translation>
    </message>
    <message>
        <source>done (record %1)</source>
        <translation>erledigt (Datensatz %1)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Another proposal is being executed.</source>
        <translation>Ein anderer Vorschlag wird gerade ausgeführt.</translation>
    </message>
    <message>
        <source>Only a pending proposal can be executed or cancelled; this one is %1.</source>
        <translation>Nur ein offener Vorschlag kann ausgeführt oder verworfen werden; dieser ist %1.</translation>
    </message>
    <message>
        <source>Review the calls, confirm, and make them in Odoo</source>
        <translation>Die Aufrufe prüfen, bestätigen und in Odoo ausführen</translation>
    </message>
    <message>
        <source>Drop this proposal; nothing is sent to Odoo</source>
        <translation>Diesen Vorschlag verwerfen; es wird nichts an Odoo gesendet</translation>
    </message>
    <message>
        <source>Cancelled proposal %1; nothing was sent to Odoo.</source>
        <translation>Vorschlag %1 verworfen; es wurde nichts an Odoo gesendet.</translation>
    </message>
    <message>
        <source>Executed proposal %1.</source>
        <translation>Vorschlag %1 ausgeführt.</translation>
    </message>
    <message>
        <source>Proposal %1 failed part-way; its steps show what is in Odoo now. Nothing was retried.</source>
        <translation>Vorschlag %1 ist mittendrin fehlgeschlagen; seine Schritte zeigen, was jetzt in Odoo steht. Es wurde nichts wiederholt.</translation>
    </message>
    <message>
        <source>No proposals here. Propose a change with New Proposal… or &quot;fusionctl odoo propose&quot;.</source>
        <translation>Hier gibt es keine Vorschläge. Schlagen Sie eine Änderung mit „Neuer Vorschlag …“ oder „fusionctl odoo propose“ vor.</translation>
    </message>
    <message>
        <source>This proposal was claimed by %1 and never finished. Close it as failed; what reached Odoo is unknown, so check there. It is never run again.</source>
        <translation>Dieser Vorschlag wurde von %1 übernommen und nie abgeschlossen. Schließen Sie ihn als fehlgeschlagen; was Odoo erreicht hat, ist unbekannt, prüfen Sie es daher dort. Er wird nie wieder ausgeführt.</translation>
    </message>
    <message>
        <source>Saved proposal %1. Review its calls here, then Execute when ready.</source>
        <translation>Vorschlag %1 gespeichert. Prüfen Sie hier seine Aufrufe und wählen Sie dann „Ausführen“, wenn alles bereit ist.</translation>
    </message>
    <message>
        <source>Closed proposal %1 as failed. Check the tenant&apos;s Odoo for what reached it.</source>
        <translation>Vorschlag %1 als fehlgeschlagen geschlossen. Prüfen Sie im Odoo des Mandanten, was dort angekommen ist.</translation>
    </message>
</context>
<context>
    <name>fusion::ProposeDialog</name>
    <message>
        <source>New Proposal</source>
        <translation>Neuer Vorschlag</translation>
    </message>
    <message>
        <source>A proposal is stored as pending: nothing is sent to Odoo until someone reviews and executes it in the Proposals pane.</source>
        <translation>Ein Vorschlag wird als offen gespeichert: Es wird nichts an Odoo gesendet, bis jemand ihn in der Ansicht „Vorschläge“ prüft und ausführt.</translation>
    </message>
    <message>
        <source>e.g. SUP-2041 — written into every record as [Fusion Case: …]</source>
        <translation>z. B. SUP-2041 — wird in jeden Datensatz als [Fusion Case: …] geschrieben</translation>
    </message>
    <message>
        <source>Partner (create, or update the one with this email or website)</source>
        <translation>Partner (anlegen oder den mit dieser E-Mail-Adresse oder Website aktualisieren)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Tasks in a project</source>
        <translation>Aufgaben in einem Projekt</translation>
    </message>
    <message>
        <source>Activity on a record</source>
        <translation>Aktivität zu einem Datensatz</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Kalendertermin</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Ma&amp;ndant:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>&amp;Propose:</source>
        <translation>&amp;Vorschlag:</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>No tenant has an Odoo connection yet; set one with Odoo Connection… in a tenant&apos;s page.</source>
        <translation>Noch kein Mandant hat eine Odoo-Verbindung; richten Sie eine mit „Odoo-Verbindung …“ auf der Seite eines Mandanten ein.</translation>
    </message>
    <message>
        <source>A company, not a person</source>
        <translation>Eine Firma, keine Person</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation>Partner-ID:</translation>
    </message>
    <message>
        <source>Expected revenue:</source>
        <translation>Erwarteter Umsatz:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Customer (partner ID):</source>
        <translation>Kunde (Partner-ID):</translation>
    </message>
    <message>
        <source>Project manager (user ID):</source>
        <translation>Projektleiter (Benutzer-ID):</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdatum:</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>auswählen</translation>
    </message>
    <message>
        <source>One task per line</source>
        <translation>Eine Aufgabe pro Zeile</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>Projekt-ID:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>e.g. To-Do, Call, Email</source>
        <translation>z. B. To-Do, Call, Email</translation>
    </message>
    <message>
        <source>On model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Record ID:</source>
        <translation>Datensatz-ID:</translation>
    </message>
    <message>
        <source>Activity type:</source>
        <translation>Aktivitätstyp:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <source>Partner IDs, e.g. 7, 12</source>
        <translation>Partner-IDs, z. B. 7, 12</translation>
    </message>
    <message>
        <source>Starts (local time):</source>
        <translation>Beginn (Ortszeit):</translation>
    </message>
    <message>
        <source>Ends (local time):</source>
        <translation>Ende (Ortszeit):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Looking for this partner in %1&apos;s Odoo…</source>
        <translation>Dieser Partner wird im Odoo von %1 gesucht …</translation>
    </message>
    <message>
        <source>Checking the record and activity type in %1&apos;s Odoo…</source>
        <translation>Datensatz und Aktivitätstyp werden im Odoo von %1 geprüft …</translation>
    </message>
    <message>
        <source>Attendees are partner IDs (positive numbers): &quot;%1&quot; is not one.</source>
        <translation>Teilnehmer sind Partner-IDs (positive Zahlen): „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung …</translation>
    </message>
    <message>
        <source>Not saved; change what you need and review again.</source>
        <translation>Nicht gespeichert; ändern Sie, was nötig ist, und prüfen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>fusion::ProviderDialog</name>
    <message>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>Add Provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Where checks and calls for %1 go — a proxy, a regional endpoint or a test server. Empty: its own address, %2.</source>
        <translation>Wohin Prüfungen und Aufrufe für %1 gehen — ein Proxy, ein regionaler Endpunkt oder ein Testserver. Leer: die eigene Adresse, %2.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <source>OAuth only, e.g. https://auth.example.com/token</source>
        <translation>Nur OAuth, z. B. https://auth.example.com/token</translation>
    </message>
    <message>
        <source>None (keys are not checked)</source>
        <translation>Keine (Schlüssel werden nicht geprüft)</translation>
    </message>
    <message>
        <source>Model list, OpenAI style</source>
        <translation>Modellliste, OpenAI-Stil</translation>
    </message>
    <message>
        <source>Model list, Anthropic style</source>
        <translation>Modellliste, Anthropic-Stil</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>&amp;Check keys by:</source>
        <translation>Schlüssel &amp;prüfen über:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Give an http(s) address, or leave it empty for the provider&apos;s own.</source>
        <translation>Geben Sie eine http(s)-Adresse an oder lassen Sie das Feld für die eigene Adresse des Anbieters leer.</translation>
    </message>
    <message>
        <source>Give the provider a code and a name.</source>
        <translation>Geben Sie dem Anbieter einen Code und einen Namen.</translation>
    </message>
    <message>
        <source>Give the provider&apos;s base URL (http or https).</source>
        <translation>Geben Sie die Basis-URL des Anbieters an (http oder https).</translation>
    </message>
    <message>
        <source>An OAuth provider needs its token URL.</source>
        <translation>Ein OAuth-Anbieter benötigt seine Token-URL.</translation>
    </message>
</context>
<context>
    <name>fusion::QuitWarning</name>
    <message>
        <source>Quit while work is running?</source>
        <translation>Beenden, während noch gearbeitet wird?</translation>
    </message>
    <message>
        <source>Fusion Console is still working on what is listed below. Stop and Quit stops each at its next step and records it as cancelled; a write already under way cannot be stopped, so it is finished whole first and the app quits once it ends.</source>
        <translation>Fusion Console arbeitet noch an den unten aufgeführten Aufgaben. „Anhalten und beenden“ hält jede beim nächsten Schritt an und vermerkt sie als abgebrochen; ein bereits laufender Schreibvorgang kann nicht angehalten werden, daher wird er zuerst vollständig abgeschlossen und die Anwendung beendet sich, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Cannot be stopped now (a write or an install under way): the app waits for it to end.</source>
        <translation>Kann jetzt nicht angehalten werden (ein Schreibvorgang oder eine Installation läuft): Die Anwendung wartet, bis er endet.</translation>
    </message>
    <message>
        <source>Stopping at its next step…</source>
        <translation>Wird beim nächsten Schritt angehalten…</translation>
    </message>
    <message>
        <source>Everything has stopped. Quitting…</source>
        <translation>Alles wurde angehalten. Wird beendet…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n task(s) to end before quitting…</source>
        <translation>
            <numerusform>Warten auf das Ende von %n Aufgabe vor dem Beenden…</numerusform>
            <numerusform>Warten auf das Ende von %n Aufgaben vor dem Beenden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::RealmTemplateDialog</name>
    <message>
        <source>Realm template %1</source>
        <translation>Realm-Vorlage %1</translation>
    </message>
    <message>
        <source>New realm template</source>
        <translation>Neue Realm-Vorlage</translation>
    </message>
    <message>
        <source>Patterns for a new tenant&apos;s SSO record. {slug} becomes the tenant&apos;s slug, {odoo_url} its Odoo address.</source>
        <translation>Muster für den SSO-Eintrag eines neuen Mandanten. {slug} wird zum Kürzel des Mandanten, {odoo_url} zu seiner Odoo-Adresse.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Redirect &amp;URIs (one a line):</source>
        <translation>Weiterleitungs-&amp;URIs (eine pro Zeile):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>For a tenant acme at https://acme.example.com: realm %1, client %2, redirect URIs %3</source>
        <translation>Für einen Mandanten acme unter https://acme.example.com: Realm %1, Client %2, Weiterleitungs-URIs %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>fusion::RealmTemplates</name>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Name: 1 to 80 characters.</source>
        <translation>Name: 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <source>%1: {%2} is not a placeholder; use {slug} or {odoo_url}.</source>
        <translation>%1: {%2} ist kein Platzhalter; verwenden Sie {slug} oder {odoo_url}.</translation>
    </message>
    <message>
        <source>Realm: 1 to 120 characters, e.g. fusion or {slug}.</source>
        <translation>Realm: 1 bis 120 Zeichen, z. B. fusion oder {slug}.</translation>
    </message>
    <message>
        <source>Realm: %1</source>
        <translation>Realm: %1</translation>
    </message>
    <message>
        <source>Client id: 1 to 120 characters, e.g. odoo-{slug}.</source>
        <translation>Client-ID: 1 bis 120 Zeichen, z. B. odoo-{slug}.</translation>
    </message>
    <message>
        <source>Redirect URIs: at most 2000 characters.</source>
        <translation>Weiterleitungs-URIs: höchstens 2000 Zeichen.</translation>
    </message>
    <message>
        <source>Redirect URIs: %1</source>
        <translation>Weiterleitungs-URIs: %1</translation>
    </message>
    <message>
        <source>Description: at most 500 characters.</source>
        <translation>Beschreibung: höchstens 500 Zeichen.</translation>
    </message>
    <message>
        <source>There already is a realm template &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Realm-Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Create the realm template &quot;%1&quot;</source>
        <translation>Realm-Vorlage „%1“ anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>The create wizard offers it for new tenants&apos; SSO records.</source>
        <translation>Der Anlage-Assistent bietet sie für die SSO-Einträge neuer Mandanten an.</translation>
    </message>
    <message>
        <source>There is no realm template &quot;%1&quot;.</source>
        <translation>Es gibt keine Realm-Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Change the realm template &quot;%1&quot;</source>
        <translation>Realm-Vorlage „%1“ ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Tenants whose SSO record was filled from it keep their record.</source>
        <translation>Mandanten, deren SSO-Eintrag daraus befüllt wurde, behalten ihren Eintrag.</translation>
    </message>
    <message>
        <source>Another session changed or deleted the realm template meanwhile; nothing was saved. Look again.</source>
        <translation>Eine andere Sitzung hat die Realm-Vorlage inzwischen geändert oder gelöscht; es wurde nichts gespeichert. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Delete the realm template &quot;%1&quot;</source>
        <translation>Realm-Vorlage „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The create wizard no longer offers it; SSO records filled from it stay.</source>
        <translation>Der Anlage-Assistent bietet sie nicht mehr an; daraus befüllte SSO-Einträge bleiben erhalten.</translation>
    </message>
    <message>
        <source>Another session changed or deleted the realm template meanwhile; look again.</source>
        <translation>Eine andere Sitzung hat die Realm-Vorlage inzwischen geändert oder gelöscht; sehen Sie erneut nach.</translation>
    </message>
</context>
<context>
    <name>fusion::RecommendationsPanel</name>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>Ask &amp;about This</source>
        <translation>Dazu &amp;fragen</translation>
    </message>
    <message>
        <source>Opens the AI console with a question about this problem (not sent until you ask).</source>
        <translation>Öffnet die KI-Konsole mit einer Frage zu diesem Problem (erst gesendet, wenn Sie fragen).</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recommendations: nothing needs doing now</source>
        <translation>Empfehlungen: derzeit nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>Recommendations (%n)</source>
        <translation>
            <numerusform>Empfehlungen (%n)</numerusform>
            <numerusform>Empfehlungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 What is the likely cause, and what should I do?</source>
        <translation>%1. %2 Was ist die wahrscheinliche Ursache, und was soll ich tun?</translation>
    </message>
</context>
<context>
    <name>fusion::RecordEdit</name>
    <message>
        <source>Someone else changed this record since you opened it. Your changes were not saved; the current values are shown so you can compare and apply yours again.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, seit Sie ihn geöffnet haben. Ihre Änderungen wurden nicht gespeichert; die aktuellen Werte werden angezeigt, damit Sie vergleichen und Ihre Änderungen erneut anwenden können.</translation>
    </message>
    <message>
        <source>The record no longer exists or your role may not see it.</source>
        <translation>Der Datensatz existiert nicht mehr oder Ihre Rolle darf ihn nicht sehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be edited.</source>
        <translation>„%1“ kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1: there is no record #%2.</source>
        <translation>%1: Es gibt keinen Datensatz #%2.</translation>
    </message>
</context>
<context>
    <name>fusion::RejectedRowsDialog</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Rows Not Imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were not imported. Correct them in the file and import it again: rows already imported are skipped.</source>
        <translation>
            <numerusform>%n Zeile aus %1 wurde nicht importiert. Korrigieren Sie sie in der Datei und importieren Sie sie erneut: bereits importierte Zeilen werden übersprungen.</numerusform>
            <numerusform>%n Zeilen aus %1 wurden nicht importiert. Korrigieren Sie sie in der Datei und importieren Sie sie erneut: bereits importierte Zeilen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>fusion::ResourceKpis</name>
    <message>
        <source>Prometheus answered a %1 where a vector was asked for.</source>
        <translation>Prometheus hat mit dem Typ %1 geantwortet, wo ein Vektor angefragt war.</translation>
    </message>
    <message>
        <source>Prometheus answered the platform query with a series not asked for (%1).</source>
        <translation>Prometheus hat auf die Plattformabfrage mit einer nicht angefragten Serie geantwortet (%1).</translation>
    </message>
    <message>
        <source>Prometheus answered the namespace query with a series not asked for (%1).</source>
        <translation>Prometheus hat auf die Namespace-Abfrage mit einer nicht angefragten Serie geantwortet (%1).</translation>
    </message>
    <message>
        <source>Prometheus has no current series of the cluster: are its exporters up?</source>
        <translation>Prometheus hat keine aktuellen Serien des Clusters: Laufen seine Exporter?</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>No data since %1</source>
        <translation>Keine Daten seit %1</translation>
    </message>
    <message>
        <source>Prometheus has no series of the namespace %1.</source>
        <translation>Prometheus hat keine Serien des Namespace %1.</translation>
    </message>
    <message>
        <source>No pod is running in the namespace %1.</source>
        <translation>Im Namespace %1 läuft kein Pod.</translation>
    </message>
    <message>
        <source>Storage is %1 % full (warning above %2 %).</source>
        <translation>Der Speicherplatz ist zu %1 % belegt (Warnung über %2 %).</translation>
    </message>
    <message>
        <source>The resource figures cache %1 was ignored: %2</source>
        <translation>Der Cache der Ressourcenwerte %1 wurde ignoriert: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 MB.</source>
        <translation>er ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>er ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not a cache of this version of Fusion Console.</source>
        <translation>er ist kein Cache dieser Version von Fusion Console.</translation>
    </message>
    <message>
        <source>its time is missing, malformed or in the future.</source>
        <translation>sein Zeitpunkt fehlt, ist fehlerhaft oder liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>its platform figures are missing or not numbers &gt;= 0.</source>
        <translation>seine Plattformwerte fehlen oder sind keine Zahlen &gt;= 0.</translation>
    </message>
    <message>
        <source>its namespaces are not an object of at most %1.</source>
        <translation>seine Namespaces sind kein Objekt mit höchstens %1 Einträgen.</translation>
    </message>
    <message>
        <source>the figures of a namespace are missing or not numbers &gt;= 0.</source>
        <translation>die Werte eines Namespace fehlen oder sind keine Zahlen &gt;= 0.</translation>
    </message>
    <message>
        <source>The resource figures cache %1 cannot be written: %2</source>
        <translation>Der Cache der Ressourcenwerte %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The Prometheus answers could not be read.</source>
        <translation>Die Antworten von Prometheus konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fusion::ResourcePanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cluster resources</source>
        <translation>Cluster-Ressourcen</translation>
    </message>
    <message>
        <source>Ask Prometheus for the figures now (they refresh by themselves every 30 s)</source>
        <translation>Die Werte jetzt bei Prometheus abfragen (sie werden alle 30 s automatisch aktualisiert)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 of %2 cores</source>
        <translation>%1 von %2 Kernen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Nodes ready · %1</source>
        <translation>Knoten bereit · %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Nodes ready</source>
        <translation>Knoten bereit</translation>
    </message>
    <message>
        <source>Prometheus not set up — %1</source>
        <translation>Prometheus nicht eingerichtet – %1</translation>
    </message>
    <message>
        <source>Live from Prometheus, sampled %1; refreshed every 30 s.</source>
        <translation>Live aus Prometheus, erfasst %1; alle 30 s aktualisiert.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Asking Prometheus…</source>
        <translation>Prometheus wird abgefragt…</translation>
    </message>
    <message>
        <source>Asking Prometheus… (showing the figures of %1)</source>
        <translation>Prometheus wird abgefragt… (angezeigt werden die Werte von %1)</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Noch keine Werte.</translation>
    </message>
    <message>
        <source>Figures of %1, from the last session.</source>
        <translation>Werte von %1, aus der letzten Sitzung.</translation>
    </message>
</context>
<context>
    <name>fusion::RoleService</name>
    <message>
        <source>Roles exist only on PostgreSQL. On an embedded SQLite file the local user is the owner.</source>
        <translation>Rollen gibt es nur bei PostgreSQL. Bei einer eingebetteten SQLite-Datei ist der lokale Benutzer der Eigentümer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Fusion Console role. Use one of: %2.</source>
        <translation>„%1“ ist keine Fusion-Console-Rolle. Verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>There is no login role &quot;%1&quot; on this server. Create it first, e.g. CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;.</source>
        <translation>Auf diesem Server gibt es keine Login-Rolle „%1“. Legen Sie sie zuerst an, z. B. mit CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group role, not a login; grant roles to logins.</source>
        <translation>„%1“ ist eine Gruppenrolle und kein Login; vergeben Sie Rollen an Logins.</translation>
    </message>
    <message>
        <source>--tenant goes with the fusion_tenant_admin role only.</source>
        <translation>--tenant ist nur zusammen mit der Rolle fusion_tenant_admin zulässig.</translation>
    </message>
    <message>
        <source>Grant %1 to %2 for tenant %3</source>
        <translation>Rolle %1 an %2 für Mandant %3 vergeben</translation>
    </message>
    <message>
        <source>Grant %1 to %2</source>
        <translation>Rolle %1 an %2 vergeben</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>The login sees no tenant until it is mapped to one with --tenant.</source>
        <translation>Das Login sieht keinen Mandanten, bis es mit --tenant einem Mandanten zugeordnet wird.</translation>
    </message>
    <message>
        <source>Remove tenant %3 from %2 (%1)</source>
        <translation>Mandant %3 von %2 entfernen (%1)</translation>
    </message>
    <message>
        <source>Revoke %1 from %2</source>
        <translation>%2 die Rolle %1 entziehen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
</context>
<context>
    <name>fusion::Roles</name>
    <message>
        <source>everything, including keys and role grants</source>
        <translation>alles, einschließlich Schlüsseln und Rollenvergaben</translation>
    </message>
    <message>
        <source>runs tenant operations; no create, decommission or billing</source>
        <translation>führt Mandantenvorgänge aus; kein Anlegen, Stilllegen und keine Abrechnung</translation>
    </message>
    <message>
        <source>reads tenants, usage, budgets and subscriptions</source>
        <translation>liest Mandanten, Nutzung, Budgets und Abonnements</translation>
    </message>
    <message>
        <source>reads and acts on its own tenants only</source>
        <translation>liest und bearbeitet nur die eigenen Mandanten</translation>
    </message>
    <message>
        <source>views API usage</source>
        <translation>sieht die API-Nutzung ein</translation>
    </message>
    <message>
        <source>manages providers, consumers and access rules</source>
        <translation>verwaltet Anbieter, Konsumenten und Zugriffsregeln</translation>
    </message>
    <message>
        <source>manages API keys</source>
        <translation>verwaltet API-Schlüssel</translation>
    </message>
    <message>
        <source>an automation (n8n): records and reports on operations only</source>
        <translation>eine Automatisierung (n8n): erfasst nur Vorgänge und meldet zu ihnen zurück</translation>
    </message>
    <message>
        <source>an event receiver: puts events in the inbox only</source>
        <translation>ein Ereignisempfänger: legt nur Ereignisse im Eingang ab</translation>
    </message>
</context>
<context>
    <name>fusion::RuleDialog</name>
    <message>
        <source>Propose an Access Rule Change</source>
        <translation>Änderung einer Zugriffsregel vorschlagen</translation>
    </message>
    <message>
        <source>Edit Access Rule</source>
        <translation>Zugriffsregel bearbeiten</translation>
    </message>
    <message>
        <source>Add Access Rule</source>
        <translation>Zugriffsregel hinzufügen</translation>
    </message>
    <message>
        <source>Your change is saved as a proposal; an owner approves or rejects it.</source>
        <translation>Ihre Änderung wird als Vorschlag gespeichert; ein Eigentümer genehmigt oder lehnt ihn ab.</translation>
    </message>
    <message>
        <source>Budgets are in USD and counted per UTC day and month; a limit left unchecked does not apply. Without a rule, a consumer&apos;s calls are refused.</source>
        <translation>Budgets sind in USD angegeben und werden pro UTC-Tag und -Monat gezählt; ein nicht angehaktes Limit gilt nicht. Ohne Regel werden die Aufrufe eines Verbrauchers abgelehnt.</translation>
    </message>
    <message>
        <source>Calls are allowed</source>
        <translation>Aufrufe sind erlaubt</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>&amp;Verbraucher:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>&amp;Monatsbudget:</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro M&amp;inute:</translation>
    </message>
    <message>
        <source>Requests per d&amp;ay:</source>
        <translation>Anfragen pro Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Why, for the owner who decides</source>
        <translation>Warum? Für den Eigentümer, der entscheidet</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Vorschlagen …</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Choose or type a consumer.</source>
        <translation>Wählen Sie einen Verbraucher aus oder geben Sie einen ein.</translation>
    </message>
    <message>
        <source>A budget is an amount in USD with at most six decimals, e.g. 250 or 12.50.</source>
        <translation>Ein Budget ist ein Betrag in USD mit Punkt als Dezimaltrennzeichen und höchstens sechs Nachkommastellen, z. B. 250 oder 12.50.</translation>
    </message>
</context>
<context>
    <name>fusion::RunForTenantDialog</name>
    <message>
        <source>Run a workflow for a tenant</source>
        <translation>Workflow für einen Mandanten ausführen</translation>
    </message>
    <message>
        <source>Calls the workflow&apos;s production webhook once with the tenant&apos;s slug, and records it as an operation of that tenant with n8n&apos;s execution id. You confirm the run next.</source>
        <translation>Ruft den Produktions-Webhook des Workflows einmal mit dem Kürzel des Mandanten auf und erfasst dies als Vorgang dieses Mandanten mit der Ausführungs-ID von n8n. Die Ausführung bestätigen Sie im nächsten Schritt.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>e.g. acme-finance-ph/provision</source>
        <translation>z. B. acme-finance-ph/provision</translation>
    </message>
    <message>
        <source>From the path&apos;s last segment</source>
        <translation>Aus dem letzten Segment des Pfads</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Webhook &amp;path:</source>
        <translation>Webhook-&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>n8n listed no workflows to run.</source>
        <translation>n8n hat keine ausführbaren Workflows aufgeführt.</translation>
    </message>
    <message>
        <source>There are no tenants to run it for.</source>
        <translation>Es gibt keine Mandanten, für die er ausgeführt werden kann.</translation>
    </message>
    <message>
        <source>Enter the path the workflow&apos;s Webhook node listens on (after /webhook/).</source>
        <translation>Geben Sie den Pfad ein, auf dem der Webhook-Knoten des Workflows lauscht (nach /webhook/).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a webhook path (letters, digits and ._~:/- only).</source>
        <translation>„%1“ ist kein Webhook-Pfad (nur Buchstaben, Ziffern und ._~:/-).</translation>
    </message>
</context>
<context>
    <name>fusion::RunbookViewer</name>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source># Title

## Symptoms

## Checks

## Fixes

## Escalation</source>
        <translation># Titel

## Symptome

## Prüfungen

## Lösungen

## Eskalation</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reset to shipped…</source>
        <translation>Auf &amp;mitgelieferten Text zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Stop &amp;editing</source>
        <translation>Bearbeitung b&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) change runbooks.</source>
        <translation>Nur Eigentümer (fusion_owner) ändern Runbooks.</translation>
    </message>
    <message>
        <source>Rewrite this runbook for everyone; the shipped text stays available.</source>
        <translation>Dieses Runbook für alle neu schreiben; der mitgelieferte Text bleibt verfügbar.</translation>
    </message>
    <message>
        <source>Delete the edited text; everyone reads the shipped one again.</source>
        <translation>Den bearbeiteten Text löschen; alle lesen wieder den mitgelieferten.</translation>
    </message>
    <message>
        <source>This runbook cannot be shown.</source>
        <translation>Dieses Runbook kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Edited by %1 on %2 UTC. Owners can reset it to the text shipped with the app.</source>
        <translation>Bearbeitet von %1 am %2 UTC. Eigentümer können es auf den mit der App mitgelieferten Text zurücksetzen.</translation>
    </message>
    <message>
        <source>The runbook shipped with Fusion Console for &quot;%1&quot; operations.</source>
        <translation>Das mit Fusion Console mitgelieferte Runbook für Vorgänge vom Typ „%1“.</translation>
    </message>
    <message>
        <source>Start the text with a title line, such as &quot;# Backups failed&quot;.</source>
        <translation>Beginnen Sie den Text mit einer Titelzeile, etwa „# Sicherungen fehlgeschlagen“.</translation>
    </message>
</context>
<context>
    <name>fusion::Runbooks</name>
    <message>
        <source>There is no runbook &quot;%1&quot;. There are: %2.</source>
        <translation>Es gibt kein Runbook „%1“. Vorhanden sind: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a runbook name: lower-case letters, digits and _, at most 40.</source>
        <translation>„%1“ ist kein Runbook-Name: Kleinbuchstaben, Ziffern und _, höchstens 40.</translation>
    </message>
    <message>
        <source>The runbook&apos;s text is empty; to show the shipped text again, reset it instead.</source>
        <translation>Der Text des Runbooks ist leer; um wieder den mitgelieferten Text anzuzeigen, setzen Sie es stattdessen zurück.</translation>
    </message>
    <message>
        <source>The runbook is longer than %L1 characters; split it.</source>
        <translation>Das Runbook ist länger als %L1 Zeichen; teilen Sie es auf.</translation>
    </message>
    <message>
        <source>The runbook needs a title: start it with a heading line such as &quot;# Provisioning failed&quot;.</source>
        <translation>Das Runbook braucht einen Titel: Beginnen Sie es mit einer Überschriftzeile wie „# Bereitstellung fehlgeschlagen“.</translation>
    </message>
    <message>
        <source>The runbook&apos;s title is longer than %1 characters.</source>
        <translation>Der Titel des Runbooks ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>That is the text the runbook has already; nothing to save.</source>
        <translation>Das Runbook hat diesen Text bereits; nichts zu speichern.</translation>
    </message>
    <message>
        <source>Save the runbook &quot;%1&quot; (%2)</source>
        <translation>Runbook „%1“ (%2) speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)%1</source>
        <translation>
            <numerusform>%n Zeile%1</numerusform>
            <numerusform>%n Zeilen%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone reads this text instead of the shipped one until it is reset.</source>
        <translation>Alle lesen diesen Text statt des mitgelieferten, bis er zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Someone else saved this runbook meanwhile; nothing was saved. Open it again.</source>
        <translation>Jemand anderes hat dieses Runbook inzwischen gespeichert; es wurde nichts gespeichert. Öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>Someone else changed this runbook meanwhile; nothing was saved. Open it again.</source>
        <translation>Jemand anderes hat dieses Runbook inzwischen geändert; es wurde nichts gespeichert. Öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>The runbook &quot;%1&quot; shows the shipped text already; nothing to reset.</source>
        <translation>Das Runbook „%1“ zeigt bereits den mitgelieferten Text; nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Reset the runbook &quot;%1&quot; to the shipped text</source>
        <translation>Runbook „%1“ auf den mitgelieferten Text zurücksetzen</translation>
    </message>
    <message>
        <source>Delete the runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“ löschen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>edited by %1</source>
        <translation>bearbeitet von %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>The edited text is deleted; everyone reads the shipped one again.</source>
        <translation>Der bearbeitete Text wird gelöscht; alle lesen wieder den mitgelieferten.</translation>
    </message>
    <message>
        <source>The app ships no text for &quot;%1&quot;: the runbook is gone.</source>
        <translation>Die App liefert für „%1“ keinen Text mit: Das Runbook gibt es danach nicht mehr.</translation>
    </message>
    <message>
        <source>Someone else changed this runbook meanwhile; nothing was reset. Open it again.</source>
        <translation>Jemand anderes hat dieses Runbook inzwischen geändert; es wurde nichts zurückgesetzt. Öffnen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fusion::SecretSprawl</name>
    <message>
        <source>Anthropic key</source>
        <translation>Anthropic-Schlüssel</translation>
    </message>
    <message>
        <source>OpenAI key</source>
        <translation>OpenAI-Schlüssel</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation>Google-OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Google refresh token</source>
        <translation>Google-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation>Twilio-API-Schlüssel</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>fusion::SecretStore</name>
    <message>
        <source>The OS keychain has no entry for %1.</source>
        <translation>Der System-Schlüsselbund enthält keinen Eintrag für %1.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s) (it may be waiting for an unlock prompt).</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet (möglicherweise wartet er auf eine Entsperrabfrage).</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet (möglicherweise wartet er auf eine Entsperrabfrage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s); nothing was stored.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; es wurde nichts gespeichert.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OS keychain is locked or has no default collection. Unlock it (for example by logging in to your desktop session) and try again. %1</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder hat keine Standardsammlung. Entsperren Sie ihn (zum Beispiel durch Anmelden an Ihrer Desktop-Sitzung) und versuchen Sie es erneut. %1</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>Es wurde nichts gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s); the secret may still be replaced when it does. Try again to be sure.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; das Geheimnis wird möglicherweise noch ersetzt, wenn er antwortet. Versuchen Sie es zur Sicherheit erneut.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; das Geheimnis wird möglicherweise noch ersetzt, wenn er antwortet. Versuchen Sie es zur Sicherheit erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s); nothing was removed.</source>
        <translation>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; es wurde nichts entfernt.</numerusform>
            <numerusform>Der System-Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; es wurde nichts entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OS keychain refused access to %1. %2</source>
        <translation>Der System-Schlüsselbund hat den Zugriff auf %1 verweigert. %2</translation>
    </message>
    <message>
        <source>No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). Fusion Console keeps secrets only there. %1</source>
        <translation>Kein System-Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet). Fusion Console bewahrt Geheimnisse nur dort auf. %1</translation>
    </message>
    <message>
        <source>No OS keychain is running (the Secret Service could not be reached over D-Bus). Fusion Console keeps secrets only there. %1</source>
        <translation>Kein System-Schlüsselbund läuft (der Secret Service war über D-Bus nicht erreichbar). Fusion Console bewahrt Geheimnisse nur dort auf. %1</translation>
    </message>
    <message>
        <source>The OS keychain reported an error for %1: %2. %3</source>
        <translation>Der System-Schlüsselbund meldete einen Fehler für %1: %2. %3</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>fusion::ServiceCall</name>
    <message>
        <source>Calls go to openai or anthropic; &quot;%1&quot; has no chat API here.</source>
        <translation>Aufrufe gehen an openai oder anthropic; „%1“ hat hier keine Chat-API.</translation>
    </message>
    <message>
        <source>A call needs a prompt and a maximum of 1 to 1,000,000 output tokens.</source>
        <translation>Ein Aufruf benötigt einen Prompt und ein Maximum von 1 bis 1.000.000 Ausgabe-Tokens.</translation>
    </message>
    <message>
        <source>%1 has no default key: add one in the Keys pane or with &quot;fusionctl keys add&quot;.</source>
        <translation>%1 hat keinen Standardschlüssel: Fügen Sie einen in der Ansicht „Schlüssel“ oder mit „fusionctl keys add“ hinzu.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Embeddings come from openai or ollama; &quot;%1&quot; has none here.</source>
        <translation>Embeddings kommen von openai oder ollama; &quot;%1&quot; bietet hier keine.</translation>
    </message>
    <message>
        <source>Embeddings need a model and 1 to %1 texts, none empty.</source>
        <translation>Embeddings benötigen ein Modell und 1 bis %1 Texte, keiner davon leer.</translation>
    </message>
</context>
<context>
    <name>fusion::ServiceSettings</name>
    <message>
        <source>Tenants&apos; single sign-on: Test login with each tenant&apos;s client</source>
        <translation>Single Sign-on der Mandanten: Testanmeldung mit dem Client jedes Mandanten</translation>
    </message>
    <message>
        <source>one client secret per tenant, labelled with its slug</source>
        <translation>ein Client-Geheimnis je Mandant, beschriftet mit seinem Slug</translation>
    </message>
    <message>
        <source>Compare with Keycloak: reads realms&apos; clients through the admin API</source>
        <translation>Mit Keycloak vergleichen: liest die Clients der Realms über die Admin-API</translation>
    </message>
    <message>
        <source>the admin client&apos;s secret; its client id in the key</source>
        <translation>das Geheimnis des Admin-Clients; seine Client-ID im Schlüssel</translation>
    </message>
    <message>
        <source>Automation: workflows and executions through n8n&apos;s public API</source>
        <translation>Automatisierung: Workflows und Ausführungen über die öffentliche API von n8n</translation>
    </message>
    <message>
        <source>the public API key</source>
        <translation>der öffentliche API-Schlüssel</translation>
    </message>
    <message>
        <source>Automation: webhook workflows run for a tenant (Header Auth)</source>
        <translation>Automatisierung: Webhook-Workflows für einen Mandanten ausführen (Header Auth)</translation>
    </message>
    <message>
        <source>the header&apos;s value, labelled with the webhook path; the header&apos;s name as client id</source>
        <translation>der Wert des Headers, beschriftet mit dem Webhook-Pfad; der Name des Headers als Client-ID</translation>
    </message>
    <message>
        <source>Analytics: dashboards listed from Superset&apos;s API</source>
        <translation>Analytics: Dashboards aus der API von Superset</translation>
    </message>
    <message>
        <source>a database login; the username as client id</source>
        <translation>eine Datenbankanmeldung; der Benutzername als Client-ID</translation>
    </message>
    <message>
        <source>Analytics and the knowledge base: PostgREST RPCs</source>
        <translation>Analytics und Wissensbasis: PostgREST-RPCs</translation>
    </message>
    <message>
        <source>the service key</source>
        <translation>der Service-Schlüssel</translation>
    </message>
    <message>
        <source>Live health: resource KPIs from PromQL</source>
        <translation>Live-Zustand: Ressourcen-Kennzahlen per PromQL</translation>
    </message>
    <message>
        <source>optional: a bearer token for a proxy in front of Prometheus</source>
        <translation>optional: ein Bearer-Token für einen Proxy vor Prometheus</translation>
    </message>
</context>
<context>
    <name>fusion::SettingsPane</name>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Platform settings</source>
        <translation>Plattform-Einstellungen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>This database runs:</source>
        <translation>Diese Datenbank läuft als:</translation>
    </message>
    <message>
        <source>Shown in the window&apos;s header in its colour; image upgrades may use only the tags tested in it.</source>
        <translation>Wird in der Kopfzeile des Fensters in ihrer Farbe gezeigt; Image-Upgrades dürfen nur die hier getesteten Tags verwenden.</translation>
    </message>
    <message>
        <source>Soft tenant limit</source>
        <translation>Weiche Mandantengrenze</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>&amp;Grenze setzen…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Freeze operations…</source>
        <translation>Vorgänge &amp;einfrieren…</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Outside services</source>
        <translation>Externe Dienste</translation>
    </message>
    <message>
        <source>Where each service is reached and with which credentials. Secrets stay in the system keychain: only their references and fingerprints are listed here. Keys are added and rotated in the Keys pane.</source>
        <translation>Wo jeder Dienst erreichbar ist und mit welchen Zugangsdaten. Geheimnisse bleiben im Schlüsselbund des Systems: Hier stehen nur ihre Verweise und Fingerabdrücke. Schlüssel werden im Bereich „Schlüssel“ hinzugefügt und rotiert.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Credentials in the keychain</source>
        <translation>Zugangsdaten im Schlüsselbund</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Change &amp;address…</source>
        <translation>&amp;Adresse ändern…</translation>
    </message>
    <message>
        <source>&amp;Trust certificate…</source>
        <translation>Zertifikat &amp;vertrauen…</translation>
    </message>
    <message>
        <source>Stop t&amp;rusting…</source>
        <translation>Nicht mehr ve&amp;rtrauen…</translation>
    </message>
    <message>
        <source>Manage &amp;keys…</source>
        <translation>Schlüssel ver&amp;walten…</translation>
    </message>
    <message>
        <source>%1 tenants of a soft limit of %2 here.</source>
        <translation>%1 Mandanten bei einer weichen Grenze von %2 hier.</translation>
    </message>
    <message>
        <source>%1 tenants here; no limit.</source>
        <translation>%1 Mandanten hier; keine Grenze.</translation>
    </message>
    <message>
        <source>(this database)</source>
        <translation>(diese Datenbank)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Operations run normally. Freezing stops every new operation, from anyone, until an owner unfreezes them.</source>
        <translation>Vorgänge laufen normal. Einfrieren stoppt jeden neuen Vorgang, von allen, bis ein Eigentümer sie wieder freigibt.</translation>
    </message>
    <message>
        <source>Un&amp;freeze operations…</source>
        <translation>Vorgänge &amp;freigeben…</translation>
    </message>
    <message>
        <source>No address: failed operations link to no runbook.</source>
        <translation>Keine Adresse: Fehlgeschlagene Vorgänge verweisen auf kein Runbook.</translation>
    </message>
    <message>
        <source>A failed provisioning links to %1.</source>
        <translation>Eine fehlgeschlagene Bereitstellung verweist auf %1.</translation>
    </message>
    <message>
        <source>none yet — %1</source>
        <translation>noch keine – %1</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>authorities only</source>
        <translation>nur Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>trusted %1…%2</source>
        <translation>vertraut %1…%2</translation>
    </message>
    <message>
        <source>Only certificates an authority on this machine vouches for are accepted.</source>
        <translation>Nur Zertifikate, für die eine Zertifizierungsstelle auf diesem Rechner bürgt, werden angenommen.</translation>
    </message>
    <message>
        <source>Also accepted: the certificate with SHA-256 %1</source>
        <translation>Außerdem angenommen: das Zertifikat mit SHA-256 %1</translation>
    </message>
    <message>
        <source>What the key is: %1</source>
        <translation>Was der Schlüssel ist: %1</translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may change platform settings.</source>
        <translation>Nur Eigentümer (fusion_owner) dürfen Plattform-Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Mark this database as the chosen environment</source>
        <translation>Diese Datenbank als die gewählte Umgebung kennzeichnen</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Wählen Sie zuerst einen Dienst.</translation>
    </message>
    <message>
        <source>This database is now marked as %1.</source>
        <translation>Diese Datenbank ist jetzt als %1 gekennzeichnet.</translation>
    </message>
    <message>
        <source>The limit is saved.</source>
        <translation>Die Grenze ist gespeichert.</translation>
    </message>
    <message>
        <source>The runbooks&apos; address is saved.</source>
        <translation>Die Adresse der Runbooks ist gespeichert.</translation>
    </message>
    <message>
        <source>The address is saved.</source>
        <translation>Die Adresse ist gespeichert.</translation>
    </message>
    <message>
        <source>Only certificates an authority vouches for are accepted again.</source>
        <translation>Es werden wieder nur Zertifikate angenommen, für die eine Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>The certificate is trusted.</source>
        <translation>Dem Zertifikat wird vertraut.</translation>
    </message>
</context>
<context>
    <name>fusion::SpendReport</name>
    <message>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Spend report — %1 — %2</source>
        <translation>Ausgabenbericht — %1 — %2</translation>
    </message>
    <message>
        <source>There was no usage in %1.</source>
        <translation>In %1 gab es keine Nutzung.</translation>
    </message>
    <message>
        <source>Tenant %1 · %2 to %3 · amounts in USD</source>
        <translation>Mandant %1 · %2 bis %3 · Beträge in USD</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>Share of budget used</source>
        <translation>Verbrauchter Anteil des Budgets</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unpriced calls</source>
        <translation>Aufrufe ohne Preis</translation>
    </message>
    <message>
        <source>Unpriced calls have no price in the price table; they are not in the total.</source>
        <translation>Aufrufe ohne Preis haben keinen Preis in der Preistabelle; sie sind nicht in der Summe enthalten.</translation>
    </message>
    <message>
        <source>Daily cost by consumer</source>
        <translation>Tägliche Kosten nach Verbraucher</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Generated by %1 at %2 — Fusion Console</source>
        <translation>Erstellt von %1 am %2 — Fusion Console</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not write the spend report “%1”: %2.</source>
        <translation>Der Ausgabenbericht „%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Fusion Console</source>
        <translation>Fusion Console</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation>eine Seite konnte nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>fusion::SprawlScanDialog</name>
    <message>
        <source>Credentials in a Tenant&apos;s Odoo</source>
        <translation>Zugangsdaten im Odoo eines Mandanten</translation>
    </message>
    <message>
        <source>Modules often keep API keys in Odoo&apos;s system parameters, in clear. This reads them and shows what looks like a credential — by fingerprint only, never the value.</source>
        <translation>Module legen API-Schlüssel oft im Klartext in den Systemparametern von Odoo ab. Hier werden sie gelesen und alles, was nach Zugangsdaten aussieht, angezeigt — nur mit Fingerabdruck, nie mit dem Wert.</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Sieht aus wie</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>Im Tresor</translation>
    </message>
    <message>
        <source>No tenant has an Odoo connection yet.</source>
        <translation>Noch kein Mandant hat eine Odoo-Verbindung.</translation>
    </message>
    <message>
        <source>Reading the system parameters of %1&apos;s Odoo…</source>
        <translation>Die Systemparameter des Odoo von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>unknown to the vault</source>
        <translation>dem Tresor unbekannt</translation>
    </message>
    <message>
        <source>No credentials in %1&apos;s system parameters.</source>
        <translation>Keine Zugangsdaten in den Systemparametern von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n plaintext copy(ies) of vault keys to remove from Odoo</source>
        <translation>
            <numerusform>%n Klartextkopie eines Tresorschlüssels, aus Odoo zu entfernen</numerusform>
            <numerusform>%n Klartextkopien von Tresorschlüsseln, aus Odoo zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) the vault does not know.</source>
        <translation>
            <numerusform>%n dem Tresor unbekannte Zugangsdaten.</numerusform>
            <numerusform>%n dem Tresor unbekannte Zugangsdaten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::SqliteStatement</name>
    <message>
        <source>The database connection is closed.</source>
        <translation>Die Datenbankverbindung ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>fusion::SseParser</name>
    <message>
        <source>an event of the stream is larger than %1 bytes</source>
        <translation>ein Ereignis des Streams ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>fusion::SsoCheck</name>
    <message>
        <source>%1 has no Keycloak realm in its SSO record; set it in the tenant&apos;s SSO tab first.</source>
        <translation>%1 hat keinen Keycloak-Realm in seinem SSO-Eintrag; legen Sie ihn zuerst auf dem Reiter „SSO“ des Mandanten fest.</translation>
    </message>
    <message>
        <source>Keycloak has no address; set it with &quot;fusionctl keys provider set keycloak --base-url URL&quot;.</source>
        <translation>Keycloak hat keine Adresse; legen Sie sie mit „fusionctl keys provider set keycloak --base-url URL“ fest.</translation>
    </message>
    <message>
        <source>Signing in to realm %1 as client %2…</source>
        <translation>Anmeldung bei Realm %1 als Client %2…</translation>
    </message>
    <message>
        <source>Reading client %1 of realm %2 from Keycloak…</source>
        <translation>Client %1 des Realms %2 wird aus Keycloak gelesen…</translation>
    </message>
</context>
<context>
    <name>fusion::SsoCheckPanel</name>
    <message>
        <source>Check Keycloak&apos;s address in the Keys pane (provider %1).</source>
        <translation>Prüfen Sie die Adresse von Keycloak im Bereich „Schlüssel“ (Anbieter %1).</translation>
    </message>
    <message>
        <source>If this is your Keycloak&apos;s certificate (compare the fingerprint with the server&apos;s), trust it; otherwise do not connect.</source>
        <translation>Wenn dies das Zertifikat Ihres Keycloak ist (vergleichen Sie den Fingerabdruck mit dem des Servers), vertrauen Sie ihm; andernfalls stellen Sie keine Verbindung her.</translation>
    </message>
    <message>
        <source>Check that Keycloak is running and reachable from here, then try again.</source>
        <translation>Prüfen Sie, ob Keycloak läuft und von hier aus erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Correct the realm in the tenant&apos;s SSO record, or create the realm in Keycloak.</source>
        <translation>Korrigieren Sie den Realm im SSO-Eintrag des Mandanten oder legen Sie den Realm in Keycloak an.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s frontend URL (hostname setting) differs from the address used here; make them the same.</source>
        <translation>Die Frontend-URL von Keycloak (Hostname-Einstellung) weicht von der hier verwendeten Adresse ab; gleichen Sie beide an.</translation>
    </message>
    <message>
        <source>Check the client&apos;s secret in the Keys pane (keycloak, label = the tenant&apos;s slug) and that the client has service accounts enabled.</source>
        <translation>Prüfen Sie das Client-Geheimnis im Bereich „Schlüssel“ (keycloak, Label = Kürzel des Mandanten) und ob für den Client Dienstkonten aktiviert sind.</translation>
    </message>
    <message>
        <source>Give the admin client the realm-management role view-clients in Keycloak.</source>
        <translation>Geben Sie dem Admin-Client in Keycloak die realm-management-Rolle view-clients.</translation>
    </message>
    <message>
        <source>Complete the tenant&apos;s SSO record and Keycloak&apos;s address.</source>
        <translation>Vervollständigen Sie den SSO-Eintrag des Mandanten und die Adresse von Keycloak.</translation>
    </message>
    <message>
        <source>Look at Keycloak&apos;s log for this request.</source>
        <translation>Sehen Sie im Protokoll von Keycloak nach dieser Anfrage.</translation>
    </message>
    <message>
        <source>DNS: host not found</source>
        <translation>DNS: Host nicht gefunden</translation>
    </message>
    <message>
        <source>TLS: certificate not trusted</source>
        <translation>TLS: Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Wrong realm</source>
        <translation>Falscher Realm</translation>
    </message>
    <message>
        <source>Issuer mismatch</source>
        <translation>Aussteller stimmt nicht überein</translation>
    </message>
    <message>
        <source>401: client refused</source>
        <translation>401: Client abgelehnt</translation>
    </message>
    <message>
        <source>403: admin client refused</source>
        <translation>403: Admin-Client abgelehnt</translation>
    </message>
    <message>
        <source>Keycloak error %1</source>
        <translation>Keycloak-Fehler %1</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Test login</source>
        <translation>&amp;Testanmeldung</translation>
    </message>
    <message>
        <source>OIDC discovery of the realm and a client-credentials token request with the client&apos;s secret from the keychain.</source>
        <translation>OIDC-Discovery des Realms und eine Client-Credentials-Tokenanfrage mit dem Client-Geheimnis aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&amp;Compare with Keycloak</source>
        <translation>Mit Keycloak &amp;vergleichen</translation>
    </message>
    <message>
        <source>Reads the client through Keycloak&apos;s admin API (the keycloak_admin_api key) and compares its redirect URIs with this record.</source>
        <translation>Liest den Client über die Admin-API von Keycloak (Schlüssel keycloak_admin_api) und vergleicht seine Weiterleitungs-URIs mit diesem Eintrag.</translation>
    </message>
    <message>
        <source>Open in &amp;Keycloak</source>
        <translation>In &amp;Keycloak öffnen</translation>
    </message>
    <message>
        <source>The realm in Keycloak&apos;s admin console, in your browser.</source>
        <translation>Der Realm in der Admin-Konsole von Keycloak, in Ihrem Browser.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate…</source>
        <translation>Diesem Zertifikat ve&amp;rtrauen…</translation>
    </message>
    <message>
        <source>Choose a tenant to test its login or compare it with Keycloak.</source>
        <translation>Wählen Sie einen Mandanten, um seine Anmeldung zu testen oder ihn mit Keycloak zu vergleichen.</translation>
    </message>
    <message>
        <source>Test login signs in as %1&apos;s client; Compare reads the client from Keycloak and shows what differs from this record.</source>
        <translation>„Testanmeldung“ meldet sich als Client von %1 an; „Vergleichen“ liest den Client aus Keycloak und zeigt, was von diesem Eintrag abweicht.</translation>
    </message>
    <message>
        <source>%1 has no Keycloak realm and client id yet: fill them in and save before testing.</source>
        <translation>%1 hat noch keinen Keycloak-Realm und keine Client-ID: Tragen Sie beide ein und speichern Sie vor dem Testen.</translation>
    </message>
    <message>
        <source>Choose a tenant first.</source>
        <translation>Wählen Sie zuerst einen Mandanten.</translation>
    </message>
    <message>
        <source>The SSO record needs a realm and a client id.</source>
        <translation>Der SSO-Eintrag benötigt einen Realm und eine Client-ID.</translation>
    </message>
    <message>
        <source>Trust the certificate with this fingerprint for Keycloak from now on (asks first; audited).</source>
        <translation>Dem Zertifikat mit diesem Fingerabdruck für Keycloak ab jetzt vertrauen (fragt vorher nach; protokolliert).</translation>
    </message>
    <message>
        <source>Only owners may trust a certificate: ask one to do it.</source>
        <translation>Nur Eigentümer dürfen einem Zertifikat vertrauen: Bitten Sie einen darum.</translation>
    </message>
    <message>
        <source>Testing the login of %1…</source>
        <translation>Anmeldung von %1 wird getestet…</translation>
    </message>
    <message>
        <source>Reading %1&apos;s client from Keycloak…</source>
        <translation>Client von %1 wird aus Keycloak gelesen…</translation>
    </message>
    <message>
        <source>The login of %1 could not be tested.</source>
        <translation>Die Anmeldung von %1 konnte nicht getestet werden.</translation>
    </message>
    <message>
        <source>%1 could not be compared with Keycloak.</source>
        <translation>%1 konnte nicht mit Keycloak verglichen werden.</translation>
    </message>
    <message>
        <source>Not set up: %1</source>
        <translation>Nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>Test login of %1 failed: %2</source>
        <translation>Testanmeldung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Comparing %1 with Keycloak failed: %2</source>
        <translation>Vergleich von %1 mit Keycloak fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The certificate&apos;s SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck des Zertifikats:</translation>
    </message>
    <message>
        <source>Test login of %1 succeeded.</source>
        <translation>Testanmeldung von %1 erfolgreich.</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Autorisierungs-Endpunkt</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation>Userinfo-Endpunkt</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <source>End session endpoint</source>
        <translation>End-Session-Endpunkt</translation>
    </message>
    <message>
        <source>Login OK (token %1 s)</source>
        <translation>Anmeldung OK (Token %1 s)</translation>
    </message>
    <message>
        <source>%1 is in sync with Keycloak.</source>
        <translation>%1 ist synchron mit Keycloak.</translation>
    </message>
    <message>
        <source>%1 differs from Keycloak.</source>
        <translation>%1 weicht von Keycloak ab.</translation>
    </message>
    <message>
        <source>Realm %1 has no client %2: nobody can sign in through it.</source>
        <translation>Realm %1 hat keinen Client %2: Niemand kann sich darüber anmelden.</translation>
    </message>
    <message>
        <source>Client %1 is disabled in Keycloak: nobody can sign in through it.</source>
        <translation>Client %1 ist in Keycloak deaktiviert: Niemand kann sich darüber anmelden.</translation>
    </message>
    <message>
        <source>Only in our record (Keycloak would refuse these redirects):</source>
        <translation>Nur in unserem Eintrag (Keycloak würde diese Weiterleitungen ablehnen):</translation>
    </message>
    <message>
        <source>Only in Keycloak (allowed there, not in our record):</source>
        <translation>Nur in Keycloak (dort erlaubt, nicht in unserem Eintrag):</translation>
    </message>
    <message>
        <source>Keycloak&apos;s redirect URIs</source>
        <translation>Weiterleitungs-URIs in Keycloak</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Client missing in Keycloak</source>
        <translation>Client fehlt in Keycloak</translation>
    </message>
    <message>
        <source>Client disabled in Keycloak</source>
        <translation>Client in Keycloak deaktiviert</translation>
    </message>
    <message>
        <source>Drift: %1 only ours, %2 only Keycloak&apos;s</source>
        <translation>Abweichung: %1 nur bei uns, %2 nur in Keycloak</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>The certificate %1 is trusted for Keycloak now; test again.</source>
        <translation>Dem Zertifikat %1 wird für Keycloak jetzt vertraut; testen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>fusion::SsoPane</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Single sign-on (Keycloak)</source>
        <translation>Single Sign-on (Keycloak)</translation>
    </message>
    <message>
        <source>Filter by tenant, realm, client or status…</source>
        <translation>Nach Mandant, Realm, Client oder Status filtern…</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>No tenant has single sign-on configured yet. Open a tenant, fill in its Keycloak realm and client id on its SSO tab (or choose a realm template when creating one), then test its login here.</source>
        <translation>Noch kein Mandant hat Single Sign-on eingerichtet. Öffnen Sie einen Mandanten, tragen Sie auf seinem Reiter „SSO“ den Keycloak-Realm und die Client-ID ein (oder wählen Sie beim Anlegen eine Realm-Vorlage) und testen Sie dann hier seine Anmeldung.</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>What the create wizard fills a new tenant&apos;s SSO record from. {slug} becomes the tenant&apos;s slug and {odoo_url} its Odoo address; records already filled in are not changed by editing a template.</source>
        <translation>Woraus der Anlage-Assistent den SSO-Eintrag eines neuen Mandanten befüllt. {slug} wird zum Kürzel des Mandanten und {odoo_url} zu seiner Odoo-Adresse; bereits befüllte Einträge ändern sich nicht, wenn eine Vorlage bearbeitet wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Edit template…</source>
        <translation>Vorlage &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete template…</source>
        <translation>Vorlage &amp;löschen…</translation>
    </message>
    <message>
        <source>Realm templates</source>
        <translation>Realm-Vorlagen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Only owners (fusion_owner) may change realm templates.</source>
        <translation>Nur Eigentümer (fusion_owner) dürfen Realm-Vorlagen ändern.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Saved the realm template &quot;%1&quot;.</source>
        <translation>Realm-Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the realm template &quot;%1&quot;.</source>
        <translation>Realm-Vorlage „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>fusion::StatusCheck</name>
    <message>
        <source>%1 at %2 answered HTTP %3 %4: the server is there but failing.</source>
        <translation>%1 unter %2 antwortete mit HTTP %3 %4: Der Server ist erreichbar, schlägt aber fehl.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms.</source>
        <translation>%1 antwortete mit HTTP %2 in %3 ms.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1 (%2).</source>
        <translation>Sein SHA-256-Fingerabdruck ist %1 (%2).</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS): check the address.</source>
        <translation>Der Name %1 lässt sich nicht auflösen (DNS): Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 there: the service is down or the port is wrong.</source>
        <translation>Dort lauscht nichts auf Port %1: Der Dienst ist nicht erreichbar oder der Port ist falsch.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2.</source>
        <translation>%1 kann nicht geprüft werden: %2.</translation>
    </message>
</context>
<context>
    <name>fusion::StatusLinkDialog</name>
    <message>
        <source>Edit status link</source>
        <translation>Statuslink bearbeiten</translation>
    </message>
    <message>
        <source>Add status link</source>
        <translation>Statuslink hinzufügen</translation>
    </message>
    <message>
        <source>Grafana</source>
        <translation>Grafana</translation>
    </message>
    <message>
        <source>Everyone (platform-wide)</source>
        <translation>Alle (plattformweit)</translation>
    </message>
    <message>
        <source>Staff and the admins of %1</source>
        <translation>Mitarbeiter und die Admins von %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Seen by:</source>
        <translation>&amp;Sichtbar für:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Checked with a GET every time someone opens the Status tab; an answer below HTTP 500 counts as up.</source>
        <translation>Wird jedes Mal per GET geprüft, wenn jemand den Tab „Status“ öffnet; eine Antwort unter HTTP 500 gilt als erreichbar.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Give the link a name.</source>
        <translation>Geben Sie dem Link einen Namen.</translation>
    </message>
    <message>
        <source>Enter the address to check.</source>
        <translation>Geben Sie die zu prüfende Adresse ein.</translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation>Die Adresse kann nicht verwendet werden: %1.</translation>
    </message>
</context>
<context>
    <name>fusion::StatusLinks</name>
    <message>
        <source>The status link was changed meanwhile by another session; nothing was written. Look again.</source>
        <translation>Der Statuslink wurde inzwischen von einer anderen Sitzung geändert; es wurde nichts geschrieben. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>A status link needs a name of 1 to %1 characters.</source>
        <translation>Ein Statuslink braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation>Die Adresse kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Eine Beschreibung hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; you may see.</source>
        <translation>Es gibt keinen Mandanten „%1“, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>platform-wide</source>
        <translation>plattformweit</translation>
    </message>
    <message>
        <source>There is no status link %1 you may see.</source>
        <translation>Es gibt keinen Statuslink %1, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>sie ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it is not an http:// or https:// address with a host name</source>
        <translation>sie ist keine http://- oder https://-Adresse mit einem Hostnamen</translation>
    </message>
    <message>
        <source>it carries a user name or password, which everyone seeing the link would read</source>
        <translation>sie enthält einen Benutzernamen oder ein Passwort, das jeder lesen würde, der den Link sieht</translation>
    </message>
    <message>
        <source>Add the status link &quot;%1&quot; (%2)</source>
        <translation>Statuslink „%1“ (%2) hinzufügen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>everyone (platform-wide)</source>
        <translation>alle (plattformweit)</translation>
    </message>
    <message>
        <source>staff and the admins of %1</source>
        <translation>Mitarbeiter und die Admins von %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The Support pane&apos;s Status section and &quot;fusionctl support status&quot; check it.</source>
        <translation>Der Statusabschnitt im Bereich „Support“ und „fusionctl support status“ prüfen ihn.</translation>
    </message>
    <message>
        <source>Edit the status link %1 &quot;%2&quot;</source>
        <translation>Statuslink %1 „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>Link speichern</translation>
    </message>
    <message>
        <source>Nothing would change: the link reads so already.</source>
        <translation>Nichts würde sich ändern: Der Link lautet bereits so.</translation>
    </message>
    <message>
        <source>Remove the status link %1 &quot;%2&quot;</source>
        <translation>Statuslink %1 „%2“ entfernen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <source>Nobody sees or checks it any more.</source>
        <translation>Niemand sieht oder prüft ihn mehr.</translation>
    </message>
    <message>
        <source>A link&apos;s place is 1 to %1 (the number of links).</source>
        <translation>Die Position eines Links ist 1 bis %1 (die Anzahl der Links).</translation>
    </message>
    <message>
        <source>The link is at place %1 already.</source>
        <translation>Der Link ist bereits an Position %1.</translation>
    </message>
    <message>
        <source>Move the status link &quot;%1&quot; to place %2</source>
        <translation>Statuslink „%1“ an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Move link</source>
        <translation>Link verschieben</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Odoo of %1</source>
        <translation>Odoo von %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s own Odoo: its admins see this link too.</source>
        <translation>Das eigene Odoo des Mandanten: Seine Admins sehen diesen Link ebenfalls.</translation>
    </message>
</context>
<context>
    <name>fusion::StatusLinksPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last checked (UTC)</source>
        <translation>Zuletzt geprüft (UTC)</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Double-click a link to open it in the browser.</source>
        <translation>Doppelklicken Sie auf einen Link, um ihn im Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Move &amp;up…</source>
        <translation>Nach &amp;oben…</translation>
    </message>
    <message>
        <source>Move do&amp;wn…</source>
        <translation>Nach &amp;unten…</translation>
    </message>
    <message>
        <source>The platform&apos;s status links, checked live each time you open this tab. As an owner you add, edit, reorder and remove them.</source>
        <translation>Die Statuslinks der Plattform, live geprüft bei jedem Öffnen dieses Tabs. Als Eigentümer können Sie sie hinzufügen, bearbeiten, umsortieren und entfernen.</translation>
    </message>
    <message>
        <source>The platform&apos;s status links and those of your tenants (%1), checked live each time you open this tab.</source>
        <translation>Die Statuslinks der Plattform und Ihrer Mandanten (%1), live geprüft bei jedem Öffnen dieses Tabs.</translation>
    </message>
    <message>
        <source>The platform&apos;s status links, checked live each time you open this tab. Owners maintain the list.</source>
        <translation>Die Statuslinks der Plattform, live geprüft bei jedem Öffnen dieses Tabs. Eigentümer pflegen die Liste.</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>No status links yet. Add the platform&apos;s status page, Grafana or Keycloak&apos;s console with Add…; everyone then sees them checked here.</source>
        <translation>Noch keine Statuslinks. Fügen Sie die Statusseite der Plattform, Grafana oder die Keycloak-Konsole mit „Hinzufügen…“ hinzu; alle sehen sie dann hier geprüft.</translation>
    </message>
    <message>
        <source>No status links yet. An owner adds them (the platform&apos;s status page, Grafana, …); they are checked here.</source>
        <translation>Noch keine Statuslinks. Ein Eigentümer fügt sie hinzu (Statusseite der Plattform, Grafana, …); sie werden hier geprüft.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Checking every link…</source>
        <translation>Alle Links werden geprüft…</translation>
    </message>
    <message>
        <source>Down: %1 of %2.</source>
        <translation>Nicht erreichbar: %1 von %2.</translation>
    </message>
    <message>
        <source>All up: %1 of %1.</source>
        <translation>Alle erreichbar: %1 von %1.</translation>
    </message>
    <message>
        <source>up (HTTP %1)</source>
        <translation>erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <source>down (HTTP %1)</source>
        <translation>nicht erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <source>down (DNS)</source>
        <translation>nicht erreichbar (DNS)</translation>
    </message>
    <message>
        <source>down (refused)</source>
        <translation>nicht erreichbar (abgelehnt)</translation>
    </message>
    <message>
        <source>down (TLS)</source>
        <translation>nicht erreichbar (TLS)</translation>
    </message>
    <message>
        <source>down (timeout)</source>
        <translation>nicht erreichbar (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Only owners change the status links.</source>
        <translation>Nur Eigentümer ändern die Statuslinks.</translation>
    </message>
    <message>
        <source>Add a link everyone (or one tenant&apos;s admins) sees checked here.</source>
        <translation>Einen Link hinzufügen, den alle (oder die Admins eines Mandanten) hier geprüft sehen.</translation>
    </message>
    <message>
        <source>Select a link first.</source>
        <translation>Wählen Sie zuerst einen Link aus.</translation>
    </message>
    <message>
        <source>No browser could be started for %1; copy the address from the list.</source>
        <translation>Für %1 konnte kein Browser gestartet werden; kopieren Sie die Adresse aus der Liste.</translation>
    </message>
    <message>
        <source>The status link &quot;%1&quot; is added.</source>
        <translation>Der Statuslink „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The status link is saved.</source>
        <translation>Der Statuslink wurde gespeichert.</translation>
    </message>
    <message>
        <source>The status link &quot;%1&quot; is removed.</source>
        <translation>Der Statuslink „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>The link is at place %1 now.</source>
        <translation>Der Link ist jetzt an Position %1.</translation>
    </message>
</context>
<context>
    <name>fusion::SupabaseKb</name>
    <message>
        <source>The Supabase project %1 refused the key (HTTP %2): check that the vault key &quot;%3&quot; holds this project&apos;s API key.</source>
        <translation>Das Supabase-Projekt %1 hat den Schlüssel abgelehnt (HTTP %2): Prüfen Sie, ob der Tresor-Schlüssel „%3“ den API-Schlüssel dieses Projekts enthält.</translation>
    </message>
    <message>
        <source>The Supabase project %1 does not expose the schema &quot;%2&quot; (HTTP 406): add it to the exposed schemas of the project&apos;s API settings.</source>
        <translation>Das Supabase-Projekt %1 stellt das Schema „%2“ nicht bereit (HTTP 406): Fügen Sie es in den API-Einstellungen des Projekts zu den bereitgestellten Schemas hinzu.</translation>
    </message>
    <message>
        <source>The Supabase project %1 has no search function in the schema &quot;%2&quot; taking these arguments (HTTP 404)%3.</source>
        <translation>Das Supabase-Projekt %1 hat im Schema „%2“ keine Suchfunktion, die diese Argumente annimmt (HTTP 404)%3.</translation>
    </message>
    <message>
        <source>The Supabase project %1 answered HTTP %2%3.</source>
        <translation>Das Supabase-Projekt %1 hat mit HTTP %2%3 geantwortet.</translation>
    </message>
    <message>
        <source>The Supabase answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Supabase-Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The Supabase answer is not a list of rows.</source>
        <translation>Die Supabase-Antwort ist keine Liste von Zeilen.</translation>
    </message>
    <message>
        <source>Row %1 of the Supabase answer: %2</source>
        <translation>Zeile %1 der Supabase-Antwort: %2</translation>
    </message>
    <message>
        <source>not an object.</source>
        <translation>kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a whole number.</source>
        <translation>„id“ fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text.</source>
        <translation>„%1“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or neither text nor null.</source>
        <translation>„%1“ fehlt oder ist weder Text noch null.</translation>
    </message>
    <message>
        <source>&quot;score&quot; is missing or not a number.</source>
        <translation>„score“ fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>it belongs to another tenant reference.</source>
        <translation>sie gehört zu einer anderen Mandantenreferenz.</translation>
    </message>
    <message>
        <source>The query vector holds a value that is not a finite number.</source>
        <translation>Der Abfragevektor enthält einen Wert, der keine endliche Zahl ist.</translation>
    </message>
    <message>
        <source>The query vector needs 1 to 8192 values.</source>
        <translation>Der Abfragevektor benötigt 1 bis 8192 Werte.</translation>
    </message>
    <message>
        <source>%1 has no Supabase knowledge source; set one with &quot;fusionctl kb source set&quot;.</source>
        <translation>%1 hat keine Supabase-Wissensquelle; legen Sie eine mit „fusionctl kb source set“ fest.</translation>
    </message>
    <message>
        <source>The vault key &quot;%1&quot; of the Supabase source of %2 is revoked or gone: set another with &quot;fusionctl kb source set %2 --key …&quot;.</source>
        <translation>Der Tresor-Schlüssel „%1“ der Supabase-Quelle von %2 ist widerrufen oder nicht mehr vorhanden: Legen Sie mit „fusionctl kb source set %2 --key …“ einen anderen fest.</translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer within %2 s.</source>
        <translation>Das Supabase-Projekt %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the Supabase project %1 was closed before the whole answer arrived.</source>
        <translation>Die Verbindung zum Supabase-Projekt %1 wurde geschlossen, bevor die vollständige Antwort eingetroffen ist.</translation>
    </message>
    <message>
        <source>The Supabase project %1 cannot be reached: %2</source>
        <translation>Das Supabase-Projekt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The Supabase answer is larger than 16 MB.</source>
        <translation>Die Supabase-Antwort ist größer als 16 MB.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The Supabase project %1 did not answer in HTTP: %2</source>
        <translation>Das Supabase-Projekt %1 hat nicht per HTTP geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>fusion::Superset</name>
    <message>
        <source>Superset at %1 answered HTTP %2 with a web page instead of JSON: is a proxy in front of it failing, or is this not Superset&apos;s address?</source>
        <translation>Superset unter %1 hat mit HTTP %2 und einer Webseite statt JSON geantwortet: Fällt ein vorgeschalteter Proxy aus, oder ist das nicht die Adresse von Superset?</translation>
    </message>
    <message>
        <source>Superset at %1 does not let this user do that (HTTP 403%2).</source>
        <translation>Superset unter %1 erlaubt diesem Benutzer das nicht (HTTP 403%2).</translation>
    </message>
    <message>
        <source>Superset at %1 refused the request (HTTP 400%2).</source>
        <translation>Superset unter %1 hat die Anfrage abgelehnt (HTTP 400%2).</translation>
    </message>
    <message>
        <source>Superset at %1 failed with HTTP %2%3.</source>
        <translation>Superset unter %1 ist mit HTTP %2%3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Superset at %1 answered with something that is not valid JSON (%2 at byte %3).</source>
        <translation>Superset unter %1 hat mit etwas geantwortet, das kein gültiges JSON ist (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Superset at %1 answered with JSON that is not an object.</source>
        <translation>Superset unter %1 hat mit JSON geantwortet, das kein Objekt ist.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or not a whole number</source>
        <translation>„id“ fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;dashboard_title&quot; is missing or not text</source>
        <translation>„dashboard_title“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;uuid&quot; is not text</source>
        <translation>„uuid“ ist kein Text</translation>
    </message>
    <message>
        <source>&quot;slug&quot; is neither text nor null</source>
        <translation>„slug“ ist weder Text noch null</translation>
    </message>
    <message>
        <source>&quot;published&quot; is missing or not true/false</source>
        <translation>„published“ fehlt oder ist nicht true/false</translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not text</source>
        <translation>„url“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;url&quot; does not point into this Superset</source>
        <translation>„url“ zeigt nicht in dieses Superset</translation>
    </message>
    <message>
        <source>&quot;changed_on_utc&quot; is not a time</source>
        <translation>„changed_on_utc“ ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>ein Tag hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is not a list</source>
        <translation>„tags“ ist keine Liste</translation>
    </message>
    <message>
        <source>Superset at %1 refused the user name or password (HTTP %2%3): check the credentials in the keychain.</source>
        <translation>Superset unter %1 hat den Benutzernamen oder das Passwort abgelehnt (HTTP %2%3): Prüfen Sie die Zugangsdaten im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Superset at %1 answered the login without an access token.</source>
        <translation>Superset unter %1 hat auf die Anmeldung ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Superset at %1 refused the refresh token (HTTP %2%3): log in again.</source>
        <translation>Superset unter %1 hat das Aktualisierungstoken abgelehnt (HTTP %2%3): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Superset at %1 answered the refresh without an access token.</source>
        <translation>Superset unter %1 hat auf die Aktualisierung ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>Superset at %1 refused the access token (HTTP %2%3): log in again.</source>
        <translation>Superset unter %1 hat das Zugriffstoken abgelehnt (HTTP %2%3): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Superset at %1 answered a list without its &quot;count&quot;.</source>
        <translation>Superset unter %1 hat eine Liste ohne ihr „count“ geliefert.</translation>
    </message>
    <message>
        <source>Superset at %1 answered a list without its &quot;result&quot; rows.</source>
        <translation>Superset unter %1 hat eine Liste ohne ihre „result“-Zeilen geliefert.</translation>
    </message>
    <message>
        <source>Dashboard %1 of the Superset answer from %2: %3.</source>
        <translation>Dashboard %1 der Superset-Antwort von %2: %3.</translation>
    </message>
</context>
<context>
    <name>fusion::SupersetClient</name>
    <message>
        <source>Superset at %1 needs a user name and a password in the keychain.</source>
        <translation>Superset unter %1 braucht einen Benutzernamen und ein Passwort im Schlüsselbund.</translation>
    </message>
    <message>
        <source>There is no Superset refresh token for %1: log in again.</source>
        <translation>Es gibt kein Superset-Aktualisierungstoken für %1: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no Superset access token for %1: log in first.</source>
        <translation>Es gibt kein Superset-Zugriffstoken für %1: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Superset at %1 had more pages after %2: the list is stopped there.</source>
        <translation>Superset unter %1 hatte nach %2 weitere Seiten: Die Liste endet dort.</translation>
    </message>
    <message>
        <source>The number of dashboards in Superset at %1 changed while they were listed (%2, then %3): list them again.</source>
        <translation>Die Anzahl der Dashboards in Superset unter %1 hat sich während der Auflistung geändert (%2, dann %3): Listen Sie sie erneut auf.</translation>
    </message>
    <message>
        <source>Superset at %1 gave more dashboards than the %2 it counted.</source>
        <translation>Superset unter %1 hat mehr Dashboards geliefert als die %2 gezählten.</translation>
    </message>
    <message>
        <source>Superset at %1 counted %2 dashboards but gave only %3.</source>
        <translation>Superset unter %1 hat %2 Dashboards gezählt, aber nur %3 geliefert.</translation>
    </message>
</context>
<context>
    <name>fusion::SupportPane</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Open and answered</source>
        <translation>Offen und beantwortet</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Geöffnet (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>&amp;Anfrage öffnen…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Schließen…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>&amp;Post to channel…</source>
        <translation>Im &amp;Kanal posten…</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>What to check and do when an operation fails. A failed operation links to the runbook of its type.</source>
        <translation>Was bei einem fehlgeschlagenen Vorgang zu prüfen und zu tun ist. Ein fehlgeschlagener Vorgang verweist auf das Runbook seines Typs.</translation>
    </message>
    <message>
        <source>Open &amp;runbook</source>
        <translation>&amp;Runbook öffnen</translation>
    </message>
    <message>
        <source>As an owner you see every request, open them for any tenant, answer, close and edit the runbooks.</source>
        <translation>Als Eigentümer sehen Sie jede Anfrage, öffnen Anfragen für jeden Mandanten, beantworten und schließen sie und bearbeiten die Runbooks.</translation>
    </message>
    <message>
        <source>You see every tenant&apos;s requests and answer, close or reopen them.</source>
        <translation>Sie sehen die Anfragen aller Mandanten und beantworten, schließen oder öffnen sie wieder.</translation>
    </message>
    <message>
        <source>You read the requests; operators answer them.</source>
        <translation>Sie lesen die Anfragen; Operatoren beantworten sie.</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No support requests here. Open one with &lt;b&gt;Open request…&lt;/b&gt; when a tenant needs help; change the filters above to see closed ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier gibt es keine Supportanfragen. Öffnen Sie eine mit &lt;b&gt;Anfrage öffnen…&lt;/b&gt;, wenn ein Mandant Hilfe braucht; ändern Sie die Filter oben, um geschlossene zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No support requests here. Tenant admins open them from their Support pane; change the filters above to see closed ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier gibt es keine Supportanfragen. Mandanten-Admins öffnen sie in ihrem Support-Bereich; ändern Sie die Filter oben, um geschlossene zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Anfrage aus, um sie zu lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tenant admins and owners open requests.</source>
        <translation>Mandanten-Admins und Eigentümer öffnen Anfragen.</translation>
    </message>
    <message>
        <source>Send a message to a tenant&apos;s Mattermost channel (confirmed first).</source>
        <translation>Eine Nachricht an den Mattermost-Kanal eines Mandanten senden (erst nach Bestätigung).</translation>
    </message>
    <message>
        <source>The request is open; operators see it now.</source>
        <translation>Die Anfrage ist offen; Operatoren sehen sie jetzt.</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>Anfrage %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Request %1 is open again.</source>
        <translation>Anfrage %1 ist wieder offen.</translation>
    </message>
    <message>
        <source>About your request #%1 &quot;%2&quot;: </source>
        <translation>Zu Ihrer Anfrage #%1 „%2“: </translation>
    </message>
    <message>
        <source>Posting to the channel of %1…</source>
        <translation>Wird im Kanal von %1 gepostet…</translation>
    </message>
    <message>
        <source>Posted to the channel of %1.</source>
        <translation>Im Kanal von %1 gepostet.</translation>
    </message>
    <message>
        <source>Not posted to the channel of %1: %2</source>
        <translation>Nicht im Kanal von %1 gepostet: %2</translation>
    </message>
    <message>
        <source>Requests and runbooks</source>
        <translation>Anfragen und Runbooks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply sent; the request is answered.</source>
        <translation>Antwort gesendet; die Anfrage ist beantwortet.</translation>
    </message>
    <message>
        <source>Reply sent; the request is open for the operators.</source>
        <translation>Antwort gesendet; die Anfrage ist für die Operatoren offen.</translation>
    </message>
    <message>
        <source>You see the requests of your tenants (%1), open new ones and reply in their threads; operators answer them.</source>
        <translation>Sie sehen die Anfragen Ihrer Mandanten (%1), öffnen neue und antworten in deren Unterhaltungen; Operatoren beantworten sie.</translation>
    </message>
    <message>
        <source>Operators and owners close and reopen requests.</source>
        <translation>Operatoren und Eigentümer schließen Anfragen und öffnen sie wieder.</translation>
    </message>
    <message>
        <source>Finance reads the requests; operators, owners and the tenant&apos;s admins reply.</source>
        <translation>Die Finanzabteilung liest die Anfragen; Operatoren, Eigentümer und die Admins des Mandanten antworten.</translation>
    </message>
</context>
<context>
    <name>fusion::SupportRequests</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The request was changed meanwhile by another session; nothing was written. Look again.</source>
        <translation>Die Anfrage wurde inzwischen von einer anderen Sitzung geändert; es wurde nichts geschrieben. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; use open, answered or closed.</source>
        <translation>„%1“ ist kein Zustand; verwenden Sie open, answered oder closed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity; use low, normal, high or urgent.</source>
        <translation>„%1“ ist kein Schweregrad; verwenden Sie low, normal, high oder urgent.</translation>
    </message>
    <message>
        <source>There is no support request %1 you may see.</source>
        <translation>Es gibt keine Supportanfrage %1, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>A request needs a subject of 1 to %1 characters.</source>
        <translation>Eine Anfrage braucht einen Betreff mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>Describe the problem in 1 to %L1 characters.</source>
        <translation>Beschreiben Sie das Problem in 1 bis %L1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; you may see.</source>
        <translation>Es gibt keinen Mandanten „%1“, den Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Open a support request for %1: &quot;%2&quot;</source>
        <translation>Eine Supportanfrage für %1 öffnen: „%2“</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Anfrage öffnen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Operators see it in their Support pane and answer it there.</source>
        <translation>Operatoren sehen sie in ihrem Support-Bereich und beantworten sie dort.</translation>
    </message>
    <message>
        <source>Write an answer of 1 to %L1 characters.</source>
        <translation>Schreiben Sie eine Antwort mit 1 bis %L1 Zeichen.</translation>
    </message>
    <message>
        <source>Answer support request %1 (%2): &quot;%3&quot;</source>
        <translation>Supportanfrage %1 (%2) beantworten: „%3“</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Request %1 is closed already.</source>
        <translation>Anfrage %1 ist bereits geschlossen.</translation>
    </message>
    <message>
        <source>Close support request %1 (%2): &quot;%3&quot;</source>
        <translation>Supportanfrage %1 (%2) schließen: „%3“</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Anfrage schließen</translation>
    </message>
    <message>
        <source>It was never answered.</source>
        <translation>Sie wurde nie beantwortet.</translation>
    </message>
    <message>
        <source>Request %1 is open already.</source>
        <translation>Anfrage %1 ist bereits offen.</translation>
    </message>
    <message>
        <source>Reopen support request %1 (%2): &quot;%3&quot;</source>
        <translation>Supportanfrage %1 (%2) wieder öffnen: „%3“</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Request %1 is closed; reopen it before writing on it.</source>
        <translation>Anfrage %1 ist geschlossen; öffnen Sie sie wieder, bevor Sie darin schreiben.</translation>
    </message>
    <message>
        <source>Write a message of 1 to %L1 characters.</source>
        <translation>Schreiben Sie eine Nachricht mit 1 bis %L1 Zeichen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 sees the reply in the request&apos;s thread.</source>
        <translation>%1 sieht die Antwort in der Unterhaltung der Anfrage.</translation>
    </message>
    <message>
        <source>The operators see the reply in their Support pane.</source>
        <translation>Die Operatoren sehen die Antwort in ihrem Bereich „Support“.</translation>
    </message>
    <message>
        <source>A message cannot be edited or deleted once sent.</source>
        <translation>Eine Nachricht kann nach dem Senden nicht bearbeitet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Reply to support request %1 (%2): &quot;%3&quot;</source>
        <translation>Auf Supportanfrage %1 (%2) antworten: „%3“</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Request %1 is answered already; reply in its thread to add to the answer.</source>
        <translation>Anfrage %1 ist bereits beantwortet; antworten Sie in ihrer Unterhaltung, um die Antwort zu ergänzen.</translation>
    </message>
    <message>
        <source>The thread so far stays; the next reply continues it.</source>
        <translation>Die bisherige Unterhaltung bleibt erhalten; die nächste Antwort setzt sie fort.</translation>
    </message>
</context>
<context>
    <name>fusion::SupportThreadView</name>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · #%4</source>
        <translation>%1 · %2 · %3 · #%4</translation>
    </message>
    <message>
        <source>opened the request</source>
        <translation>hat die Anfrage geöffnet</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Tenant admin</source>
        <translation>Mandanten-Admin</translation>
    </message>
    <message>
        <source>Closed by %1 on %2 UTC. Reopen it to write again.</source>
        <translation>Geschlossen von %1 am %2 UTC. Öffnen Sie sie wieder, um erneut zu schreiben.</translation>
    </message>
    <message>
        <source>Answered: waiting for %1 to reply or for the request to be closed.</source>
        <translation>Beantwortet: Es wird auf eine Antwort von %1 oder das Schließen der Anfrage gewartet.</translation>
    </message>
    <message>
        <source>Not answered yet: waiting for the operators.</source>
        <translation>Noch nicht beantwortet: Es wird auf die Operatoren gewartet.</translation>
    </message>
    <message>
        <source>Open: waiting for the operators&apos; reply.</source>
        <translation>Offen: Es wird auf die Antwort der Operatoren gewartet.</translation>
    </message>
    <message>
        <source>Select a request to reply to it.</source>
        <translation>Wählen Sie eine Anfrage aus, um darauf zu antworten.</translation>
    </message>
    <message>
        <source>The request is closed; reopen it to write again.</source>
        <translation>Die Anfrage ist geschlossen; öffnen Sie sie wieder, um erneut zu schreiben.</translation>
    </message>
    <message>
        <source>Write a reply… Everyone who may see the request reads it; it cannot be edited once sent.</source>
        <translation>Antwort schreiben… Jeder, der die Anfrage sehen darf, liest sie; nach dem Senden kann sie nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
    <message>
        <source>A closed request takes no replies; reopen it first.</source>
        <translation>Eine geschlossene Anfrage nimmt keine Antworten an; öffnen Sie sie zuerst wieder.</translation>
    </message>
    <message>
        <source>Write the reply in the box first.</source>
        <translation>Schreiben Sie die Antwort zuerst in das Feld.</translation>
    </message>
    <message>
        <source>Your reply opens the request again for the operators.</source>
        <translation>Ihre Antwort öffnet die Anfrage wieder für die Operatoren.</translation>
    </message>
    <message>
        <source>Your reply answers the request.</source>
        <translation>Ihre Antwort beantwortet die Anfrage.</translation>
    </message>
</context>
<context>
    <name>fusion::TagDialog</name>
    <message>
        <source>Record a tested image tag</source>
        <translation>Getesteten Image-Tag erfassen</translation>
    </message>
    <message>
        <source>Only tags recorded here can be the target of an image upgrade in their environment. Record the exact tag that passed, never a moving one such as &quot;latest&quot;.</source>
        <translation>Nur hier erfasste Tags können in ihrer Umgebung Ziel eines Image-Upgrades sein. Erfassen Sie genau den Tag, der die Tests bestanden hat, nie einen beweglichen wie „latest“.</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>What was tested, and where</source>
        <translation>Was wo getestet wurde</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>Enter the image and its tag.</source>
        <translation>Geben Sie das Image und seinen Tag ein.</translation>
    </message>
</context>
<context>
    <name>fusion::TemplateDialog</name>
    <message>
        <source>Infra template %1</source>
        <translation>Infrastrukturvorlage %1</translation>
    </message>
    <message>
        <source>New infra template</source>
        <translation>Neue Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Helm &amp;chart:</source>
        <translation>Helm-&amp;Chart:</translation>
    </message>
    <message>
        <source>&amp;Odoo image:</source>
        <translation>&amp;Odoo-Image:</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL image:</source>
        <translation>&amp;PostgreSQL-Image:</translation>
    </message>
    <message>
        <source>&amp;Size profile:</source>
        <translation>&amp;Größenprofil:</translation>
    </message>
    <message>
        <source>&amp;Environment defaults (JSON):</source>
        <translation>&amp;Umgebungsvorgaben (JSON):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
</context>
<context>
    <name>fusion::TenantBillingPanel</name>
    <message>
        <source>Your role does not see billing amounts: this tenant&apos;s invoices and AI spend are for owners and finance.</source>
        <translation>Ihre Rolle sieht keine Abrechnungsbeträge: Rechnungen und KI-Ausgaben dieses Mandanten sind Eigentümern und der Finanzabteilung vorbehalten.</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>AI spend in %1: %2 of the %3 the plan includes — %4 over, invoiced at month end.</source>
        <translation>KI-Ausgaben in %1: %2 von %3 im Tarif enthaltenen – %4 Mehrverbrauch, wird am Monatsende in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>AI spend in %1: %2 of the %3 the plan includes.</source>
        <translation>KI-Ausgaben in %1: %2 von %3 im Tarif enthaltenen.</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>%1 (credit note of %2)</source>
        <translation>%1 (Gutschrift zu %2)</translation>
    </message>
    <message>
        <source>No invoices yet: they appear once the month is invoiced (Billing → Generate…).</source>
        <translation>Noch keine Rechnungen: Sie erscheinen, sobald der Monat abgerechnet ist (Abrechnung → Erzeugen…).</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fusion::TenantDetailView</name>
    <message>
        <source>One database per tenant</source>
        <translation>Eine Datenbank pro Mandant</translation>
    </message>
    <message>
        <source>One schema per tenant (shared database)</source>
        <translation>Ein Schema pro Mandant (gemeinsame Datenbank)</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No sync</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapelweise</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Trialing</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Pauschal</translation>
    </message>
    <message>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <source>Usage based</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>no agency group</source>
        <translation>keine Agenturgruppe</translation>
    </message>
    <message>
        <source>No Odoo URL is set</source>
        <translation>Es ist keine Odoo-URL festgelegt</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(kein Tarif)</translation>
    </message>
    <message>
        <source>This tenant was changed elsewhere. Your unsaved edits are kept; saving them will show what changed if they overlap.</source>
        <translation>Dieser Mandant wurde an anderer Stelle geändert. Ihre ungespeicherten Änderungen bleiben erhalten; beim Speichern wird angezeigt, was sich geändert hat, falls sie sich überschneiden.</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Hidden for your role</source>
        <translation>Für Ihre Rolle ausgeblendet</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Tarif</translation>
    </message>
    <message>
        <source>Bundles: %1 — %2 installed, %3 pending, %4 modules in all</source>
        <translation>Modulpakete: %1 — %2 installiert, %3 ausstehend, %4 Module insgesamt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Logs (%1)</source>
        <translation>Protokolle (%1)</translation>
    </message>
    <message>
        <source>Modules (%1)</source>
        <translation>Module (%1)</translation>
    </message>
    <message>
        <source>Chart %1 · Odoo image %2 · PostgreSQL image %3 · size %4</source>
        <translation>Chart %1 · Odoo-Image %2 · PostgreSQL-Image %3 · Größe %4</translation>
    </message>
    <message>
        <source>No infra template</source>
        <translation>Keine Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>A decommissioned tenant cannot be edited.</source>
        <translation>Ein stillgelegter Mandant kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Current values: %1</source>
        <translation>Aktuelle Werte: %1</translation>
    </message>
    <message>
        <source>Your edits are still in the form; Save again to apply them over the current values, or Revert to take those.</source>
        <translation>Ihre Änderungen stehen noch im Formular; speichern Sie erneut, um sie über die aktuellen Werte zu übernehmen, oder klicken Sie auf „Verwerfen“, um die aktuellen Werte zu übernehmen.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The bundles are unchanged.</source>
        <translation>Die Modulpakete sind unverändert.</translation>
    </message>
    <message>
        <source>Saved the bundles.</source>
        <translation>Modulpakete gespeichert.</translation>
    </message>
    <message>
        <source>Choose the module bundles assigned to this tenant</source>
        <translation>Die diesem Mandanten zugewiesenen Modulpakete auswählen</translation>
    </message>
    <message>
        <source>Saved the Odoo connection.</source>
        <translation>Odoo-Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>Set and test how Fusion Console reaches this tenant&apos;s Odoo</source>
        <translation>Festlegen und testen, wie Fusion Console das Odoo dieses Mandanten erreicht</translation>
    </message>
    <message>
        <source>Read the modules installed in this tenant&apos;s Odoo and record them (asks first)</source>
        <translation>Die im Odoo dieses Mandanten installierten Module lesen und erfassen (fragt vorher nach)</translation>
    </message>
    <message>
        <source>Reading the modules of %1&apos;s Odoo…</source>
        <translation>Die Module des Odoo von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>The modules of %1&apos;s Odoo are as recorded.</source>
        <translation>Die Module des Odoo von %1 entsprechen dem erfassten Stand.</translation>
    </message>
    <message>
        <source>Recorded %1 modules of %2&apos;s Odoo, %3 installed.</source>
        <translation>%1 Module des Odoo von %2 erfasst, %3 installiert.</translation>
    </message>
    <message>
        <source>&amp;Upgrade image…</source>
        <translation>Image-&amp;Upgrade…</translation>
    </message>
    <message>
        <source>Schedule an upgrade of this tenant to a tested image tag, in a maintenance window.</source>
        <translation>Ein Upgrade dieses Mandanten auf einen getesteten Image-Tag in einem Wartungsfenster planen.</translation>
    </message>
    <message>
        <source>Double-click an operation for its timeline, log and links.</source>
        <translation>Doppelklicken Sie auf einen Vorgang für Zeitleiste, Protokoll und Links.</translation>
    </message>
    <message>
        <source>No ETL check</source>
        <translation>Keine ETL-Prüfung</translation>
    </message>
    <message>
        <source>n8n webhook workflow</source>
        <translation>n8n-Webhook-Workflow</translation>
    </message>
    <message>
        <source>Supabase RPC function</source>
        <translation>Supabase-RPC-Funktion</translation>
    </message>
    <message>
        <source>View as tenant portal</source>
        <translation>Als Mandantenportal ansehen</translation>
    </message>
    <message>
        <source>See the portal this tenant&apos;s admins see (a preview: its actions are disabled)</source>
        <translation>Das Portal ansehen, das die Admins dieses Mandanten sehen (eine Vorschau: seine Aktionen sind deaktiviert)</translation>
    </message>
    <message>
        <source>The tenant portal preview is for owners.</source>
        <translation>Die Vorschau des Mandantenportals ist Eigentümern vorbehalten.</translation>
    </message>
</context>
<context>
    <name>fusion::TenantDriftModel</name>
    <message>
        <source>No installed modules are recorded for this tenant yet: sync its modules from its Odoo first.</source>
        <translation>Für diesen Mandanten sind noch keine installierten Module erfasst: Gleichen Sie zuerst seine Module mit seinem Odoo ab.</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message>
        <source>Missing (wanted, not installed)</source>
        <translation>Fehlend (vorgesehen, nicht installiert)</translation>
    </message>
    <message>
        <source>Not wanted by any bundle</source>
        <translation>Von keinem Modulpaket vorgesehen</translation>
    </message>
</context>
<context>
    <name>fusion::TenantHealth</name>
    <message>
        <source>In error</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message numerus="yes">
        <source>In error, %n recent failure(s)</source>
        <translation>
            <numerusform>Fehlerhaft, %n aktueller Fehlschlag</numerusform>
            <numerusform>Fehlerhaft, %n aktuelle Fehlschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent failure(s)</source>
        <translation>
            <numerusform>%n aktueller Fehlschlag</numerusform>
            <numerusform>%n aktuelle Fehlschläge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::TenantHealthModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehlschlag</translation>
    </message>
</context>
<context>
    <name>fusion::TenantKpiModel</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Namespace %1. Double-click to open the tenant.</source>
        <translation>Namespace %1. Doppelklicken, um den Mandanten zu öffnen.</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>no volume</source>
        <translation>kein Volume</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>fusion::TenantListModel</name>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>fusion::TenantRepository</name>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation>Es gibt keinen Mandanten „%1“ (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>The tenant no longer exists or your role may not see it.</source>
        <translation>Der Mandant existiert nicht mehr oder Ihre Rolle darf ihn nicht sehen.</translation>
    </message>
    <message>
        <source>The operations cursor &quot;%1&quot; holds no creation time; page from the first or last page instead.</source>
        <translation>Der Vorgangs-Cursor „%1“ enthält keine Erstellungszeit; blättern Sie stattdessen von der ersten oder letzten Seite aus.</translation>
    </message>
</context>
<context>
    <name>fusion::TenantResources</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Live resources</source>
        <translation>Live-Ressourcen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Pods running</source>
        <translation>Laufende Pods</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>Storage · %1 of %2</source>
        <translation>Speicher · %1 von %2</translation>
    </message>
    <message>
        <source>Storage · no volume</source>
        <translation>Speicher · kein Volume</translation>
    </message>
    <message>
        <source>Prometheus not set up — %1</source>
        <translation>Prometheus nicht eingerichtet – %1</translation>
    </message>
    <message>
        <source>%1 has no Kubernetes namespace Prometheus could report on (it is not running, or its namespace is not set on the Infra tab).</source>
        <translation>%1 hat keinen Kubernetes-Namespace, über den Prometheus berichten könnte (er läuft nicht, oder sein Namespace ist auf dem Reiter „Infrastruktur“ nicht festgelegt).</translation>
    </message>
    <message>
        <source>Live from Prometheus, sampled %1.</source>
        <translation>Live von Prometheus, gemessen um %1.</translation>
    </message>
    <message>
        <source>Asking Prometheus…</source>
        <translation>Prometheus wird gefragt…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>fusion::TenantService</name>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen der folgenden Werte: %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Neu aufbauen</translation>
    </message>
    <message>
        <source>Decommission</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Only active tenants or tenants in error can be paused.</source>
        <translation>Nur aktive oder fehlerhafte Mandanten können pausiert werden.</translation>
    </message>
    <message>
        <source>Only paused tenants can be resumed.</source>
        <translation>Nur pausierte Mandanten können fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Only active tenants or tenants in error can be rebuilt.</source>
        <translation>Nur aktive oder fehlerhafte Mandanten können neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>It is already decommissioned.</source>
        <translation>Er ist bereits stillgelegt.</translation>
    </message>
    <message>
        <source>Tenant %1 is %2. %3</source>
        <translation>Mandant %1 ist %2. %3</translation>
    </message>
    <message>
        <source>Pause tenant %1 (%2)</source>
        <translation>Mandant %1 (%2) pausieren</translation>
    </message>
    <message>
        <source>Its Odoo workspace is stopped; users cannot sign in until it is resumed.</source>
        <translation>Sein Odoo-Arbeitsbereich wird angehalten; Benutzer können sich erst wieder anmelden, wenn er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Resume tenant %1 (%2)</source>
        <translation>Mandant %1 (%2) fortsetzen</translation>
    </message>
    <message>
        <source>Its Odoo workspace is started again.</source>
        <translation>Sein Odoo-Arbeitsbereich wird wieder gestartet.</translation>
    </message>
    <message>
        <source>Rebuild tenant %1 (%2)</source>
        <translation>Mandant %1 (%2) neu aufbauen</translation>
    </message>
    <message>
        <source>Its containers are recreated from the infra template; data is kept.</source>
        <translation>Seine Container werden aus der Infrastrukturvorlage neu erstellt; die Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Decommission tenant %1 (%2)</source>
        <translation>Mandant %1 (%2) stilllegen</translation>
    </message>
    <message>
        <source>Its workspace is shut down for good; this cannot be undone from Fusion Console.</source>
        <translation>Sein Arbeitsbereich wird endgültig heruntergefahren; dies kann in Fusion Console nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The tenant no longer exists or your role may not see it.</source>
        <translation>Der Mandant existiert nicht mehr oder Ihre Rolle darf ihn nicht sehen.</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Kürzel: %1</translation>
    </message>
    <message>
        <source>Slug: &quot;%1&quot; is already taken.</source>
        <translation>Kürzel: „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Agency group: %1</source>
        <translation>Agenturgruppe: %1</translation>
    </message>
    <message>
        <source>Odoo URL: %1</source>
        <translation>Odoo-URL: %1</translation>
    </message>
    <message>
        <source>Database host: %1</source>
        <translation>Datenbank-Host: %1</translation>
    </message>
    <message>
        <source>Keycloak realm: %1</source>
        <translation>Keycloak-Realm: %1</translation>
    </message>
    <message>
        <source>Redirect URIs: %1</source>
        <translation>Weiterleitungs-URIs: %1</translation>
    </message>
    <message>
        <source>Database strategy: use db_per_tenant or schema_per_tenant.</source>
        <translation>Datenbankstrategie: Verwenden Sie db_per_tenant oder schema_per_tenant.</translation>
    </message>
    <message>
        <source>Plan: there is no plan &quot;%1&quot;.</source>
        <translation>Tarif: Es gibt keinen Tarif „%1“.</translation>
    </message>
    <message>
        <source>Bundle: there is no bundle &quot;%1&quot;.</source>
        <translation>Modulpaket: Es gibt kein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Create tenant %1 (%2)</source>
        <translation>Mandant %1 (%2) anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation>Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Database strategy</source>
        <translation>Datenbankstrategie</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes-Namespace</translation>
    </message>
    <message>
        <source>Odoo URL</source>
        <translation>Odoo-URL</translation>
    </message>
    <message>
        <source>Starts a 30-day trial subscription on plan %1.</source>
        <translation>Startet ein 30-tägiges Testabonnement mit dem Tarif %1.</translation>
    </message>
    <message numerus="yes">
        <source>Assigns bundle %1 (%n module(s) marked pending).</source>
        <translation>
            <numerusform>Weist das Modulpaket %1 zu (%n Modul als ausstehend markiert).</numerusform>
            <numerusform>Weist das Modulpaket %1 zu (%n Module als ausstehend markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configures SSO with Keycloak realm %1.</source>
        <translation>Richtet SSO mit dem Keycloak-Realm %1 ein.</translation>
    </message>
    <message>
        <source>The slug &quot;%1&quot; was taken meanwhile; nothing was created.</source>
        <translation>Das Kürzel „%1“ wurde inzwischen vergeben; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Edit tenant %1 (%2)</source>
        <translation>Mandant %1 (%2) bearbeiten</translation>
    </message>
    <message>
        <source>The tenant&apos;s plan changes as well.</source>
        <translation>Der Tarif des Mandanten ändert sich ebenfalls.</translation>
    </message>
    <message>
        <source>Change billing of tenant %1</source>
        <translation>Abrechnung von Mandant %1 ändern</translation>
    </message>
    <message>
        <source>Change SSO of tenant %1</source>
        <translation>SSO von Mandant %1 ändern</translation>
    </message>
    <message>
        <source>Change analytics of tenant %1</source>
        <translation>Analyse von Mandant %1 ändern</translation>
    </message>
    <message>
        <source>Queues the operation &quot;%1&quot; for the automation to carry out.</source>
        <translation>Stellt den Vorgang „%1“ in die Warteschlange, damit die Automatisierung ihn ausführt.</translation>
    </message>
    <message>
        <source>A decommissioned tenant cannot be edited.</source>
        <translation>Ein stillgelegter Mandant kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation>Es gibt kein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Change the bundles of tenant %1</source>
        <translation>Modulpakete des Mandanten %1 ändern</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message numerus="yes">
        <source>Marks %n module(s) pending installation: </source>
        <translation>
            <numerusform>Markiert %n Modul als zur Installation ausstehend: </numerusform>
            <numerusform>Markiert %n Module als zur Installation ausstehend: </numerusform>
        </translation>
    </message>
    <message>
        <source>Modules of unassigned bundles stay installed until someone removes them.</source>
        <translation>Module nicht mehr zugewiesener Modulpakete bleiben installiert, bis jemand sie entfernt.</translation>
    </message>
    <message>
        <source>Someone else changed this tenant&apos;s bundles meanwhile; nothing was saved. Open the bundles again to see the current ones.</source>
        <translation>Jemand anderes hat die Modulpakete dieses Mandanten inzwischen geändert; es wurde nichts gespeichert. Öffnen Sie die Modulpakete erneut, um die aktuellen zu sehen.</translation>
    </message>
    <message>
        <source>Infra template: there is no template &quot;%1&quot;, or it is retired.</source>
        <translation>Infrastrukturvorlage: Es gibt keine Vorlage „%1“, oder sie ist zurückgezogen.</translation>
    </message>
    <message>
        <source>A Supabase project is its reference (lowercase letters, digits and &apos;-&apos;, as in https://REF.supabase.co) or its http(s) address.</source>
        <translation>Ein Supabase-Projekt wird durch seine Referenz (Kleinbuchstaben, Ziffern und &apos;-&apos;, wie in https://REF.supabase.co) oder seine http(s)-Adresse angegeben.</translation>
    </message>
    <message>
        <source>An ETL target has up to 200 letters, digits and _ . / -, and starts with a letter, a digit or &apos;_&apos;.</source>
        <translation>Ein ETL-Ziel besteht aus bis zu 200 Buchstaben, Ziffern und _ . / - und beginnt mit einem Buchstaben, einer Ziffer oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>An n8n ETL check needs the webhook&apos;s path (what follows /webhook/, e.g. acme/etl) as its target.</source>
        <translation>Eine n8n-ETL-Prüfung benötigt den Pfad des Webhooks (was auf /webhook/ folgt, z. B. acme/etl) als Ziel.</translation>
    </message>
    <message>
        <source>A Supabase ETL check needs the RPC function&apos;s name (letters, digits and &apos;_&apos;) as its target.</source>
        <translation>Eine Supabase-ETL-Prüfung benötigt den Namen der RPC-Funktion (Buchstaben, Ziffern und &apos;_&apos;) als Ziel.</translation>
    </message>
    <message>
        <source>A Supabase ETL check needs the Supabase project and the schema its function is called in.</source>
        <translation>Eine Supabase-ETL-Prüfung benötigt das Supabase-Projekt und das Schema, in dem ihre Funktion aufgerufen wird.</translation>
    </message>
</context>
<context>
    <name>fusion::TenantStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Stillgelegt</translation>
    </message>
</context>
<context>
    <name>fusion::TenantValidation</name>
    <message>
        <source>Enter a slug.</source>
        <translation>Geben Sie ein Kürzel ein.</translation>
    </message>
    <message>
        <source>A slug has at least 3 characters.</source>
        <translation>Ein Kürzel hat mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>A slug has at most 40 characters.</source>
        <translation>Ein Kürzel hat höchstens 40 Zeichen.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a–z, digits and hyphens.</source>
        <translation>Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>A slug starts with a letter.</source>
        <translation>Ein Kürzel beginnt mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>A slug does not end with a hyphen.</source>
        <translation>Ein Kürzel endet nicht mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>A slug has no double hyphens.</source>
        <translation>Ein Kürzel enthält keine doppelten Bindestriche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the platform.</source>
        <translation>„%1“ ist für die Plattform reserviert.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>Ein Name hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters.</source>
        <translation>Ein Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// URL.</source>
        <translation>Verwenden Sie eine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Do not put credentials in a URL.</source>
        <translation>Geben Sie keine Zugangsdaten in einer URL an.</translation>
    </message>
    <message>
        <source>A Kubernetes namespace has up to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</source>
        <translation>Ein Kubernetes-Namespace besteht aus bis zu 63 Kleinbuchstaben, Ziffern und Bindestrichen und beginnt und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A database name has up to 63 letters, digits, &apos;_&apos;, &apos;$&apos; or &apos;-&apos;, and starts with a letter or &apos;_&apos;.</source>
        <translation>Ein Datenbankname besteht aus bis zu 63 Buchstaben, Ziffern, „_“, „$“ oder „-“ und beginnt mit einem Buchstaben oder „_“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>An agency group has at most 120 characters.</source>
        <translation>Eine Agenturgruppe hat höchstens 120 Zeichen.</translation>
    </message>
    <message>
        <source>An agency group cannot contain control characters.</source>
        <translation>Eine Agenturgruppe darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A realm name uses letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Ein Realm-Name besteht nur aus Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid redirect URI.</source>
        <translation>„%1“ ist keine gültige Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>A schema name has up to 63 lowercase letters, digits and &apos;_&apos;, and starts with a letter or &apos;_&apos;.</source>
        <translation>Ein Schemaname besteht aus bis zu 63 Kleinbuchstaben, Ziffern und „_“ und beginnt mit einem Buchstaben oder „_“.</translation>
    </message>
</context>
<context>
    <name>fusion::TenantsPane</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>All agency groups</source>
        <translation>Alle Agenturgruppen</translation>
    </message>
    <message>
        <source>No tenants match</source>
        <translation>Keine passenden Mandanten</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters above.</source>
        <translation>Nichts passt zur Suche und zu den Filtern oben.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No tenants yet</source>
        <translation>Noch keine Mandanten</translation>
    </message>
    <message>
        <source>A tenant is one customer workspace: its Odoo, database, SSO and billing. Create the first one, or load demo data from the File menu to look around.</source>
        <translation>Ein Mandant ist ein Kundenarbeitsbereich: sein Odoo, seine Datenbank, sein SSO und seine Abrechnung. Legen Sie den ersten an oder laden Sie Demodaten über das Menü „Datei“, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Create the first tenant…</source>
        <translation>Ersten Mandanten anlegen …</translation>
    </message>
    <message>
        <source>No tenants</source>
        <translation>Keine Mandanten</translation>
    </message>
    <message>
        <source>%1–%2 of %3 tenants</source>
        <translation>%1–%2 von %3 Mandanten</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1–%2 · counting…</source>
        <translation>%1–%2 · wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>The last %n tenant(s) · counting…</source>
        <translation>
            <numerusform>Der letzte %n Mandant · wird gezählt…</numerusform>
            <numerusform>Die letzten %n Mandanten · wird gezählt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::TestCallDialog</name>
    <message>
        <source>Test Call</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>A real call, made as the consumer makes it: the access rules decide, it is paid from the budget and logged.</source>
        <translation>Ein echter Aufruf, so wie der Verbraucher ihn macht: Die Zugriffsregeln entscheiden, er wird aus dem Budget bezahlt und protokolliert.</translation>
    </message>
    <message>
        <source>Reply with one word: ready?</source>
        <translation>Antworte mit einem Wort: bereit?</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>&amp;Verbraucher:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>Ma&amp;x output tokens:</source>
        <translation>Ma&amp;x. Ausgabe-Tokens:</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>Auf&amp;rufen</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen …</translation>
    </message>
    <message>
        <source>Not made: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>The call failed (logged, no cost): %1</source>
        <translation>Der Aufruf ist fehlgeschlagen (protokolliert, keine Kosten): %1</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms: %3 tokens in (%4 cached), %5 out, cost %6.</source>
        <translation>%1 hat in %2 ms geantwortet: %3 Tokens Eingabe (%4 aus dem Cache), %5 Ausgabe, Kosten %6.</translation>
    </message>
    <message>
        <source>unknown (no price)</source>
        <translation>unbekannt (kein Preis)</translation>
    </message>
</context>
<context>
    <name>fusion::TrustDialog</name>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>Einem Zertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <source>For a server whose certificate no authority on this machine vouches for (a private CA or a self-signed certificate). Paste the certificate&apos;s SHA-256 fingerprint as the server&apos;s owner gives it — for example from &quot;openssl x509 -noout -fingerprint -sha256&quot; on the server — never one copied from a connection you do not trust yet.</source>
        <translation>Für einen Server, für dessen Zertifikat keine Zertifizierungsstelle auf diesem Rechner bürgt (eine private CA oder ein selbst signiertes Zertifikat). Fügen Sie den SHA-256-Fingerabdruck des Zertifikats so ein, wie ihn der Betreiber des Servers angibt – etwa aus „openssl x509 -noout -fingerprint -sha256“ auf dem Server –, nie einen aus einer Verbindung, der Sie noch nicht vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Trust…</source>
        <translation>&amp;Vertrauen…</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits (colons allowed).</source>
        <translation>Ein SHA-256-Fingerabdruck hat 64 Hexadezimalziffern (Doppelpunkte erlaubt).</translation>
    </message>
</context>
<context>
    <name>fusion::UpgradeDialog</name>
    <message>
        <source>Upgrade images</source>
        <translation>Image-Upgrades</translation>
    </message>
    <message>
        <source>Every &amp;active tenant</source>
        <translation>Alle &amp;aktiven Mandanten</translation>
    </message>
    <message>
        <source>These &amp;tenants (slugs, one per line or separated by commas):</source>
        <translation>Diese &amp;Mandanten (Kürzel, eines pro Zeile oder durch Kommas getrennt):</translation>
    </message>
    <message>
        <source> tenants</source>
        <translation> Mandanten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>Waves of:</source>
        <translation>Wellen zu:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>A&amp;bstand:</translation>
    </message>
    <message>
        <source>Wave / tenant</source>
        <translation>Welle / Mandant</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Runs now</source>
        <translation>Läuft sofort</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>No image tag is recorded as tested here: record one first (Tested tags).</source>
        <translation>Hier ist kein Image-Tag als getestet erfasst: Erfassen Sie zuerst einen (Getestete Tags).</translation>
    </message>
    <message>
        <source>No maintenance window is coming up: create one first (Maintenance windows).</source>
        <translation>Es steht kein Wartungsfenster bevor: Legen Sie zuerst eines an (Wartungsfenster).</translation>
    </message>
    <message>
        <source>Name at least one tenant.</source>
        <translation>Nennen Sie mindestens einen Mandanten.</translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 (%n tenant(s))</source>
        <translation>
            <numerusform>Welle %1 (%n Mandant)</numerusform>
            <numerusform>Welle %1 (%n Mandanten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not upgraded (%n)</source>
        <translation>
            <numerusform>Kein Upgrade (%n)</numerusform>
            <numerusform>Kein Upgrade (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) to %1 in %2 wave(s).</source>
        <translation>
            <numerusform>%n Mandant auf %1 in %2 Welle(n).</numerusform>
            <numerusform>%n Mandanten auf %1 in %2 Welle(n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::UsageAggregate</name>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>fusion::UsageAggregator</name>
    <message>
        <source>Give the date to prune before (YYYY-MM-DD).</source>
        <translation>Geben Sie das Datum an, vor dem bereinigt werden soll (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Pruning keeps at least the last month: give a date on or before %1.</source>
        <translation>Beim Bereinigen bleibt mindestens der letzte Monat erhalten: Geben Sie ein Datum bis einschließlich %1 an.</translation>
    </message>
    <message>
        <source>On PostgreSQL the log is dropped by whole months: give the first day of a month (for example %1).</source>
        <translation>Unter PostgreSQL wird das Protokoll in ganzen Monaten gelöscht: Geben Sie den ersten Tag eines Monats an (zum Beispiel %1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s) not aggregated)</source>
        <translation>
            <numerusform>%1 (%n Zeile nicht aggregiert)</numerusform>
            <numerusform>%1 (%n Zeilen nicht aggregiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pruned: run the aggregation first. Not yet aggregated: %1.</source>
        <translation>Nicht bereinigt: Führen Sie zuerst die Aggregation aus. Noch nicht aggregiert: %1.</translation>
    </message>
    <message>
        <source>Drop the usage log before %1</source>
        <translation>Nutzungsprotokoll vor %1 löschen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Drops partition %1</source>
        <translation>Löscht Partition %1</translation>
    </message>
    <message>
        <source>The daily aggregates, charts and budgets keep these months; the raw calls are gone.</source>
        <translation>Die täglichen Aggregate, Diagramme und Budgets behalten diese Monate; die einzelnen Aufrufe gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <source>Not pruned: %n row(s) before that date are not aggregated yet; run the aggregation first.</source>
        <translation>
            <numerusform>Nicht bereinigt: %n Zeile vor diesem Datum ist noch nicht aggregiert; führen Sie zuerst die Aggregation aus.</numerusform>
            <numerusform>Nicht bereinigt: %n Zeilen vor diesem Datum sind noch nicht aggregiert; führen Sie zuerst die Aggregation aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the usage log before %1</source>
        <translation>Nutzungsprotokoll vor %1 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The daily aggregates, charts and budgets keep these days; the raw calls are gone.</source>
        <translation>Die täglichen Aggregate, Diagramme und Budgets behalten diese Tage; die einzelnen Aufrufe gehen verloren.</translation>
    </message>
</context>
<context>
    <name>fusion::UsageCharts</name>
    <message>
        <source>Daily cost</source>
        <translation>Tägliche Kosten</translation>
    </message>
    <message>
        <source>No usage in this range</source>
        <translation>Keine Nutzung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Requests and errors per day</source>
        <translation>Anfragen und Fehler pro Tag</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Errors and denied</source>
        <translation>Fehler und Ablehnungen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>No timed calls in this range</source>
        <translation>Keine Aufrufe mit Zeitmessung in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%.0f ms</source>
        <translation>%.0f ms</translation>
    </message>
    <message>
        <source>%.1f ms</source>
        <translation>%.1f ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>%1: %2 of %3, forecast %4</source>
        <translation>%1: %2 von %3, Prognose %4</translation>
    </message>
    <message>
        <source>%1: %2, no budget, forecast %3</source>
        <translation>%1: %2, kein Budget, Prognose %3</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
</context>
<context>
    <name>fusion::UsageFileImport</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)</source>
        <translation>
            <numerusform>%n Zeile wird geprüft</numerusform>
            <numerusform>%n Zeilen werden geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storing %n row(s)</source>
        <translation>
            <numerusform>%n Zeile wird gespeichert</numerusform>
            <numerusform>%n Zeilen werden gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fusion::UsageFileReader</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>occurred_at &quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>occurred_at „%1“ ist kein ISO-8601-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>occurred_at &quot;%1&quot; has no time zone (add Z or an offset such as +02:00)</source>
        <translation>occurred_at „%1“ hat keine Zeitzone (fügen Sie Z oder einen Versatz wie +02:00 hinzu)</translation>
    </message>
    <message>
        <source>The file is %1 MiB; at most %2 MiB are imported at once: split it.</source>
        <translation>Die Datei ist %1 MiB groß; höchstens %2 MiB werden auf einmal importiert: Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file grew over %1 MiB while it was read.</source>
        <translation>Die Datei ist während des Lesens über %1 MiB gewachsen.</translation>
    </message>
    <message>
        <source>the line is longer than %1 KiB</source>
        <translation>die Zeile ist länger als %1 KiB</translation>
    </message>
    <message>
        <source>Line %1 (the header) is not UTF-8 text.</source>
        <translation>Zeile %1 (die Kopfzeile) ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>not UTF-8 text (or holds a NUL character)</source>
        <translation>kein UTF-8-Text (oder enthält ein NUL-Zeichen)</translation>
    </message>
    <message>
        <source>The file holds more than %1 rows; import it in parts.</source>
        <translation>Die Datei enthält mehr als %1 Zeilen; importieren Sie sie in Teilen.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns (%1).</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Spalten benennen (%1).</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>%1 must be text or a number</source>
        <translation>%1 muss Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a quote in the wrong place</source>
        <translation>ein Anführungszeichen an der falschen Stelle</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 benennt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; twice</source>
        <translation>„%1“ doppelt</translation>
    </message>
    <message>
        <source>unknown columns: %1</source>
        <translation>unbekannte Spalten: %1</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>fehlende Spalten: %1</translation>
    </message>
    <message>
        <source>the header is not valid CSV</source>
        <translation>die Kopfzeile ist kein gültiges CSV</translation>
    </message>
    <message>
        <source>The first line must name the columns (%1); %2.</source>
        <translation>Die erste Zeile muss die Spalten benennen (%1); %2.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>cost is negative</source>
        <translation>cost ist negativ</translation>
    </message>
    <message>
        <source>cost &quot;%1&quot; is not an amount (at most six decimals, up to a billion)</source>
        <translation>cost „%1“ ist kein Betrag (höchstens sechs Nachkommastellen, bis zu einer Milliarde)</translation>
    </message>
</context>
<context>
    <name>fusion::UsageImport</name>
    <message>
        <source>there is no provider &quot;%1&quot;</source>
        <translation>es gibt keinen Anbieter „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) are not valid (see the report).</source>
        <translation>
            <numerusform>Nichts importiert: %n Zeile ist ungültig (siehe Bericht).</numerusform>
            <numerusform>Nichts importiert: %n Zeilen sind ungültig (siehe Bericht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n usage row(s) from %1</source>
        <translation>
            <numerusform>%n Nutzungszeile aus %1 importieren</numerusform>
            <numerusform>%n Nutzungszeilen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already imported are skipped</source>
        <translation>
            <numerusform>%n bereits importierte Zeile wird übersprungen</numerusform>
            <numerusform>%n bereits importierte Zeilen werden übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not valid and are left out (see the report)</source>
        <translation>
            <numerusform>%n Zeile ist ungültig und wird ausgelassen (siehe Bericht)</numerusform>
            <numerusform>%n Zeilen sind ungültig und werden ausgelassen (siehe Bericht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registers %n new consumer(s): %1</source>
        <translation>
            <numerusform>Registriert %n neuen Verbraucher: %1</numerusform>
            <numerusform>Registriert %n neue Verbraucher: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1 to the consumers&apos; spending (and to their budgets&apos; counters)</source>
        <translation>Fügt %1 zu den Ausgaben der Verbraucher hinzu (und zu den Zählern ihrer Budgets)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used tokens of a model without a price: stored as unpriced, listed by &quot;fusionctl usage unpriced&quot;</source>
        <translation>
            <numerusform>%n Zeile hat Tokens eines Modells ohne Preis verbraucht: ohne Preis gespeichert, aufgelistet von „fusionctl usage unpriced“</numerusform>
            <numerusform>%n Zeilen haben Tokens eines Modells ohne Preis verbraucht: ohne Preis gespeichert, aufgelistet von „fusionctl usage unpriced“</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
    <message>
        <source>Record usage of %1 at %2</source>
        <translation>Nutzung von %1 bei %2 erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Tokens in / out / cached</source>
        <translation>Tokens Eingabe / Ausgabe / zwischengespeichert</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>unknown (no price for &quot;%1&quot;)</source>
        <translation>unbekannt (kein Preis für „%1“)</translation>
    </message>
    <message>
        <source>Registers consumer %1, which is new.</source>
        <translation>Registriert den neuen Verbraucher %1.</translation>
    </message>
    <message>
        <source>Stopped before the file was read to its end.</source>
        <translation>Angehalten, bevor die Datei bis zum Ende gelesen wurde.</translation>
    </message>
    <message>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 kann nicht erneut gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed after it was checked; nothing was imported. Import it again.</source>
        <translation>%1 wurde nach der Prüfung geändert; nichts wurde importiert. Importieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>fusion::UsageImportAction</name>
    <message>
        <source>Import Usage</source>
        <translation>Nutzung importieren</translation>
    </message>
    <message>
        <source>Usage files (*.csv *.jsonl *.ndjson *.json);;CSV files (*.csv);;JSON lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>Nutzungsdateien (*.csv *.jsonl *.ndjson *.json);;CSV-Dateien (*.csv);;JSON-Zeilen (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Waiting for your confirmation…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2 %</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Stopped importing %1; nothing was stored.</source>
        <translation>Import von %1 angehalten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importiert</numerusform>
            <numerusform>%n Zeilen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already imported</source>
        <translation>
            <numerusform>, %n bereits importierte übersprungen</numerusform>
            <numerusform>, %n bereits importierte übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected.</source>
        <translation>
            <numerusform>, %n abgelehnt.</numerusform>
            <numerusform>, %n abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Usage…</source>
        <translation>Nutzung &amp;importieren…</translation>
    </message>
    <message>
        <source>Import usage from a CSV or JSON lines file; you see what will be stored before anything is.</source>
        <translation>Nutzung aus einer CSV- oder JSON-Zeilen-Datei importieren; Sie sehen, was gespeichert wird, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Stop &amp;Importing</source>
        <translation>&amp;Import anhalten</translation>
    </message>
    <message>
        <source>Storing in one transaction; it runs to its end.</source>
        <translation>Wird in einer Transaktion gespeichert; läuft bis zum Ende.</translation>
    </message>
    <message>
        <source>Stop importing; nothing is stored.</source>
        <translation>Import anhalten; es wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>fusion::UsagePane</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Stack cost by:</source>
        <translation>Kosten stapeln nach:</translation>
    </message>
    <message>
        <source>A&amp;ggregate Now</source>
        <translation>Jetzt a&amp;ggregieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG-Bild …</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG-Zeichnung …</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF-Dokument …</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Spend &amp;Report (PDF)…</source>
        <translation>Ausgaben&amp;bericht (PDF) …</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>&amp;Newest</source>
        <translation>&amp;Neueste</translation>
    </message>
    <message>
        <source>&amp;Older →</source>
        <translation>Ä&amp;ltere →</translation>
    </message>
    <message>
        <source>Export Page as CS&amp;V…</source>
        <translation>Seite als CS&amp;V exportieren …</translation>
    </message>
    <message>
        <source>Raw Log</source>
        <translation>Rohprotokoll</translation>
    </message>
    <message>
        <source>Aggregating %p%</source>
        <translation>Wird aggregiert: %p%</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Tokens in</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Tokens out</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Total %1 · aggregated %2</source>
        <translation>Gesamt %1 · aggregiert %2</translation>
    </message>
    <message>
        <source>Total %1 · not aggregated yet</source>
        <translation>Gesamt %1 · noch nicht aggregiert</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>Keine Aufrufe in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n call(s), newest first</source>
        <translation>
            <numerusform>Seite %1 · %n Aufruf, neueste zuerst</numerusform>
            <numerusform>Seite %1 · %n Aufrufe, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold new usage into the daily aggregates now.</source>
        <translation>Neue Nutzung jetzt in die täglichen Aggregate übernehmen.</translation>
    </message>
    <message>
        <source>The month of the period&apos;s end, for the chosen tenant.</source>
        <translation>Der Monat, in dem der Zeitraum endet, für den gewählten Mandanten.</translation>
    </message>
    <message>
        <source>Choose a tenant in the filters first.</source>
        <translation>Wählen Sie zuerst in den Filtern einen Mandanten aus.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Save Spend Report</source>
        <translation>Ausgabenbericht speichern</translation>
    </message>
    <message numerus="yes">
        <source>Stopped aggregating after %n row(s); what was folded stays, the rest is folded next time.</source>
        <translation>
            <numerusform>Aggregation nach %n Zeile angehalten; was zusammengefasst ist, bleibt, der Rest folgt beim nächsten Mal.</numerusform>
            <numerusform>Aggregation nach %n Zeilen angehalten; was zusammengefasst ist, bleibt, der Rest folgt beim nächsten Mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Aggregating</source>
        <translation>&amp;Aggregation anhalten</translation>
    </message>
    <message>
        <source>Stop after the batch in hand; what was folded stays.</source>
        <translation>Nach dem laufenden Stapel anhalten; was schon zusammengefasst ist, bleibt.</translation>
    </message>
</context>
<context>
    <name>fusion::UsageQuery</name>
    <message>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot;.</source>
        <translation>Es gibt keinen Mandanten „%1“.</translation>
    </message>
</context>
<context>
    <name>fusion::UsageRecord</name>
    <message>
        <source>occurred_at is not a date and time</source>
        <translation>occurred_at ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>occurred_at is in the future</source>
        <translation>occurred_at liegt in der Zukunft</translation>
    </message>
    <message>
        <source>occurred_at is before 2000</source>
        <translation>occurred_at liegt vor 2000</translation>
    </message>
    <message>
        <source>consumer: %1</source>
        <translation>consumer: %1</translation>
    </message>
    <message>
        <source>provider is missing</source>
        <translation>provider fehlt</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters or holds control or undecodable characters</source>
        <translation>%1 ist länger als %2 Zeichen oder enthält Steuerzeichen oder nicht dekodierbare Zeichen</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is over a billion</source>
        <translation>%1 ist größer als eine Milliarde</translation>
    </message>
    <message>
        <source>tokens_cached is more than tokens_in</source>
        <translation>tokens_cached ist größer als tokens_in</translation>
    </message>
    <message>
        <source>cost is negative or over a billion</source>
        <translation>cost ist negativ oder größer als eine Milliarde</translation>
    </message>
    <message>
        <source>latency_ms is negative or over a day</source>
        <translation>latency_ms ist negativ oder länger als ein Tag</translation>
    </message>
    <message>
        <source>status must be ok, error or denied</source>
        <translation>status muss ok, error oder denied sein</translation>
    </message>
    <message>
        <source>http_status must be from 100 to 599</source>
        <translation>http_status muss zwischen 100 und 599 liegen</translation>
    </message>
</context>
<context>
    <name>fusion::UsageWriter</name>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter „%1“.</translation>
    </message>
</context>
<context>
    <name>fusion::UserLimitDialog</name>
    <message>
        <source>Edit User Limits</source>
        <translation>Benutzerlimits bearbeiten</translation>
    </message>
    <message>
        <source>Set User Limits</source>
        <translation>Benutzerlimits festlegen</translation>
    </message>
    <message>
        <source>A user&apos;s limits apply on top of every consumer&apos;s rules: the user&apos;s calls are refused once any of them is reached.</source>
        <translation>Die Limits eines Benutzers gelten zusätzlich zu den Regeln jedes Verbrauchers: Die Aufrufe des Benutzers werden abgelehnt, sobald eines davon erreicht ist.</translation>
    </message>
    <message>
        <source>Refuse every call made for this user</source>
        <translation>Jeden Aufruf für diesen Benutzer ablehnen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>&amp;Monatsbudget:</translation>
    </message>
    <message>
        <source>&amp;Requests per day:</source>
        <translation>&amp;Anfragen pro Tag:</translation>
    </message>
    <message>
        <source>&amp;Blocked:</source>
        <translation>&amp;Gesperrt:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
</context>
<context>
    <name>fusion::UserLimitModel</name>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Requests today</source>
        <translation>Anfragen heute</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>fusion::WindowDialog</name>
    <message>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <source>Weekly maintenance</source>
        <translation>Wöchentliche Wartung</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>What tenants were told</source>
        <translation>Was den Mandanten mitgeteilt wurde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Anlegen…</translation>
    </message>
    <message>
        <source>Name the window as tenants know it.</source>
        <translation>Benennen Sie das Fenster so, wie die Mandanten es kennen.</translation>
    </message>
    <message>
        <source>That window would already be over.</source>
        <translation>Dieses Fenster wäre bereits vorbei.</translation>
    </message>
</context>
<context>
    <name>fusion::WorkflowToggle</name>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>Activate n8n workflow %1</source>
        <translation>n8n-Workflow %1 aktivieren</translation>
    </message>
    <message>
        <source>Deactivate n8n workflow %1</source>
        <translation>n8n-Workflow %1 deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Its triggers and production webhook start answering in %1.</source>
        <translation>Seine Trigger und sein Produktions-Webhook beginnen in %1 zu antworten.</translation>
    </message>
    <message>
        <source>Its triggers and production webhook stop in %1.</source>
        <translation>Seine Trigger und sein Produktions-Webhook werden in %1 gestoppt.</translation>
    </message>
    <message numerus="yes">
        <source>It runs the automation of %n tenant(s): %1.</source>
        <translation>
            <numerusform>Er führt die Automatisierung von %n Mandanten aus: %1.</numerusform>
            <numerusform>Er führt die Automatisierung von %n Mandanten aus: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an n8n workflow id</source>
        <translation>„%1“ ist keine n8n-Workflow-ID</translation>
    </message>
    <message>
        <source>Activating workflow %1 in n8n…</source>
        <translation>Workflow %1 wird in n8n aktiviert…</translation>
    </message>
    <message>
        <source>Deactivating workflow %1 in n8n…</source>
        <translation>Workflow %1 wird in n8n deaktiviert…</translation>
    </message>
    <message>
        <source>n8n made the change, but it could not be audited: %1</source>
        <translation>n8n hat die Änderung vorgenommen, aber sie konnte nicht im Prüfprotokoll erfasst werden: %1</translation>
    </message>
    <message>
        <source>n8n instance</source>
        <translation>n8n-Instanz</translation>
    </message>
</context>
<context>
    <name>fusion::WorkspaceOdoo</name>
    <message>
        <source>Your role may not propose Odoo changes: no Odoo project or channel is proposed.</source>
        <translation>Ihre Rolle darf keine Odoo-Änderungen vorschlagen: Es wird weder ein Odoo-Projekt noch ein Kanal vorgeschlagen.</translation>
    </message>
    <message>
        <source>Tenant %1 has no Odoo connection: no Odoo project or channel is proposed.</source>
        <translation>Mandant %1 hat keine Odoo-Verbindung: Es wird weder ein Odoo-Projekt noch ein Kanal vorgeschlagen.</translation>
    </message>
    <message>
        <source>Create project %1 for workspace %2</source>
        <translation>Projekt %1 für Arbeitsbereich %2 erstellen</translation>
    </message>
    <message>
        <source>Create Discuss channel %1 for workspace %2</source>
        <translation>Discuss-Kanal %1 für Arbeitsbereich %2 erstellen</translation>
    </message>
    <message>
        <source>Proposes in tenant %1&apos;s Odoo a project and a Discuss channel named &quot;%2&quot;; nothing is sent to Odoo until each proposal is executed, which asks again.</source>
        <translation>Schlägt im Odoo von Mandant %1 ein Projekt und einen Discuss-Kanal namens &quot;%2&quot; vor; an Odoo wird nichts gesendet, bevor der jeweilige Vorschlag ausgeführt wird – dabei wird erneut nachgefragt.</translation>
    </message>
</context>
<context>
    <name>fusion::Workspaces</name>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>you are not a member</source>
        <translation>Sie sind kein Mitglied</translation>
    </message>
    <message>
        <source>you are %1</source>
        <translation>Sie sind %1</translation>
    </message>
    <message>
        <source>%1 needs the owner role in workspace %2; %3.</source>
        <translation>%1 erfordert die Eigentümer-Rolle in Arbeitsbereich %2; %3.</translation>
    </message>
    <message>
        <source>%1 needs the admin or owner role in workspace %2; %3.</source>
        <translation>%1 erfordert die Admin- oder Eigentümer-Rolle in Arbeitsbereich %2; %3.</translation>
    </message>
    <message>
        <source>Workspace %1 must keep at least one owner: make someone else owner first.</source>
        <translation>Arbeitsbereich %1 muss mindestens einen Eigentümer behalten: Machen Sie zuerst jemand anderen zum Eigentümer.</translation>
    </message>
    <message>
        <source>A workspace name is 1 to 120 characters (this has %1).</source>
        <translation>Ein Arbeitsbereichsname hat 1 bis 120 Zeichen (dieser hat %1).</translation>
    </message>
    <message>
        <source>A description is at most 4000 characters (this has %1).</source>
        <translation>Eine Beschreibung hat höchstens 4000 Zeichen (diese hat %1).</translation>
    </message>
    <message>
        <source>The visibility is private, internal or public, not &quot;%1&quot;.</source>
        <translation>Die Sichtbarkeit ist private, internal oder public, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A member&apos;s role is member, admin or owner, not &quot;%1&quot;.</source>
        <translation>Die Rolle eines Mitglieds ist member, admin oder owner, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A login is 1 to 120 characters.</source>
        <translation>Ein Anmeldename hat 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <source>There is no login &quot;%1&quot; on this server.</source>
        <translation>Auf diesem Server gibt es keinen Anmeldenamen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Tenant %1 already has a workspace named &quot;%2&quot;.</source>
        <translation>Mandant %1 hat bereits einen Arbeitsbereich namens &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The database refused this change to workspace %1: your role in it or on the platform does not allow it.</source>
        <translation>Die Datenbank hat diese Änderung an Arbeitsbereich %1 abgelehnt: Ihre Rolle darin oder auf der Plattform erlaubt sie nicht.</translation>
    </message>
    <message>
        <source>Workspace %1 or its members were changed by someone else meanwhile; nothing was changed. Look again.</source>
        <translation>Arbeitsbereich %1 oder seine Mitglieder wurden zwischenzeitlich von jemand anderem geändert; es wurde nichts geändert. Sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>There is no tenant &quot;%1&quot; (or your role may not see it).</source>
        <translation>Es gibt keinen Mandanten &quot;%1&quot; (oder Ihre Rolle darf ihn nicht sehen).</translation>
    </message>
    <message>
        <source>There is no workspace %1 (or you may not see it).</source>
        <translation>Es gibt keinen Arbeitsbereich %1 (oder Sie dürfen ihn nicht sehen).</translation>
    </message>
    <message>
        <source>There is no workspace &quot;%1&quot; (or you may not see it).</source>
        <translation>Es gibt keinen Arbeitsbereich &quot;%1&quot; (oder Sie dürfen ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Tenant %1 has no workspace &quot;%2&quot; (or you may not see it).</source>
        <translation>Mandant %1 hat keinen Arbeitsbereich &quot;%2&quot; (oder Sie dürfen ihn nicht sehen).</translation>
    </message>
    <message>
        <source>Several tenants have a workspace &quot;%1&quot;: name the tenant, or use the id.</source>
        <translation>Mehrere Mandanten haben einen Arbeitsbereich &quot;%1&quot;: Geben Sie den Mandanten an oder verwenden Sie die ID.</translation>
    </message>
    <message>
        <source>Creating a workspace in tenant %1 needs a platform staff role (owner, operator or finance) or that tenant&apos;s admin role.</source>
        <translation>Das Erstellen eines Arbeitsbereichs in Mandant %1 erfordert eine Plattform-Mitarbeiterrolle (owner, operator oder finance) oder die Admin-Rolle dieses Mandanten.</translation>
    </message>
    <message>
        <source>Create workspace &quot;%1&quot; in tenant %2</source>
        <translation>Arbeitsbereich &quot;%1&quot; in Mandant %2 erstellen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Changing a workspace</source>
        <translation>Das Ändern eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Workspace %1 was changed by someone else (version %2, not %3); look again.</source>
        <translation>Arbeitsbereich %1 wurde von jemand anderem geändert (Version %2, nicht %3); sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Change workspace %1</source>
        <translation>Arbeitsbereich %1 ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Workspace %1 already has these values.</source>
        <translation>Arbeitsbereich %1 hat bereits diese Werte.</translation>
    </message>
    <message>
        <source>Making someone owner</source>
        <translation>Das Ernennen eines Eigentümers</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>Das Hinzufügen von Mitgliedern</translation>
    </message>
    <message>
        <source>%1 is already %2 of workspace %3.</source>
        <translation>%1 ist bereits %2 in Arbeitsbereich %3.</translation>
    </message>
    <message>
        <source>Add %1 to workspace %2 as %3</source>
        <translation>%1 als %3 zu Arbeitsbereich %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>%1 is not a member of workspace %2.</source>
        <translation>%1 ist kein Mitglied von Arbeitsbereich %2.</translation>
    </message>
    <message>
        <source>Removing an owner</source>
        <translation>Das Entfernen eines Eigentümers</translation>
    </message>
    <message>
        <source>Removing members</source>
        <translation>Das Entfernen von Mitgliedern</translation>
    </message>
    <message>
        <source>Remove %1 from workspace %2</source>
        <translation>%1 aus Arbeitsbereich %2 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Giving or taking ownership</source>
        <translation>Das Vergeben oder Entziehen der Eigentümerschaft</translation>
    </message>
    <message>
        <source>Changing a member&apos;s role</source>
        <translation>Das Ändern der Rolle eines Mitglieds</translation>
    </message>
    <message>
        <source>Make %1 %2 of workspace %3</source>
        <translation>%1 in Arbeitsbereich %3 die Rolle %2 geben</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>You (%1) are not a member of workspace %2.</source>
        <translation>Sie (%1) sind kein Mitglied von Arbeitsbereich %2.</translation>
    </message>
    <message>
        <source>Leave workspace %1</source>
        <translation>Arbeitsbereich %1 verlassen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>The workspace is private: you will no longer see it.</source>
        <translation>Der Arbeitsbereich ist privat: Sie werden ihn nicht mehr sehen.</translation>
    </message>
    <message>
        <source>Deleting a workspace</source>
        <translation>Das Löschen eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Delete workspace %1 of tenant %2</source>
        <translation>Arbeitsbereich %1 von Mandant %2 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Removes its %n member(s).</source>
        <translation>
            <numerusform>Entfernt sein %n Mitglied.</numerusform>
            <numerusform>Entfernt seine %n Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its Odoo project and channel stay in Odoo.</source>
        <translation>Sein Odoo-Projekt und sein Kanal bleiben in Odoo erhalten.</translation>
    </message>
</context>
<context>
    <name>fusion::WritePlan</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>fusion::ai::ChatStream</name>
    <message>
        <source>The provider sent a chunk that is not JSON.</source>
        <translation>Der Anbieter hat einen Chunk gesendet, der kein JSON ist.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer carries no readable token usage.</source>
        <translation>Die Antwort des Anbieters enthält keine lesbare Token-Nutzung.</translation>
    </message>
    <message>
        <source>The provider sent an event that is not JSON.</source>
        <translation>Der Anbieter hat ein Ereignis gesendet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>Der Stream endete, bevor die Antwort vollständig war.</translation>
    </message>
</context>
<context>
    <name>fusion::ai::Redactor</name>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s)</source>
        <translation>
            <numerusform>%n Kartennummer</numerusform>
            <numerusform>%n Kartennummern</numerusform>
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
            <numerusform>%n IP-Adresse</numerusform>
            <numerusform>%n IP-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Zugangsdatum</numerusform>
            <numerusform>%n Zugangsdaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vault secret(s)</source>
        <translation>
            <numerusform>%n Tresorgeheimnis</numerusform>
            <numerusform>%n Tresorgeheimnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing redacted</source>
        <translation>nichts geschwärzt</translation>
    </message>
</context>
<context>
    <name>fusion::cli</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>This version knows</source>
        <translation>Höchste bekannte Version</translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation>Auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Pending: %1 %2</source>
        <translation>Ausstehend: %1 %2</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>Das Schema ist auf dem neuesten Stand (Version %1).</translation>
    </message>
    <message>
        <source>Schema is now at version %1.</source>
        <translation>Das Schema hat jetzt Version %1.</translation>
    </message>
    <message>
        <source>Loaded demo data: %1 tenants, %2 operations, %3 bundles, %4 modules, %5 plans.</source>
        <translation>Demodaten geladen: %1 Mandanten, %2 Vorgänge, %3 Modulpakete, %4 Module, %5 Tarife.</translation>
    </message>
    <message>
        <source>No operations.</source>
        <translation>Keine Vorgänge.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>ANGELEGT (UTC)</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 rows checked.</source>
        <translation>Das Prüfprotokoll ist intakt: %1 Zeilen geprüft.</translation>
    </message>
    <message>
        <source>No audit rows.</source>
        <translation>Keine Prüfprotokollzeilen.</translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>No login has a Fusion Console role yet. Grant one with &quot;fusionctl roles grant LOGIN ROLE&quot;.</source>
        <translation>Noch kein Login hat eine Fusion-Console-Rolle. Vergeben Sie eine mit „fusionctl roles grant LOGIN ROLE“.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>TENANTS</source>
        <translation>MANDANTEN</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>(none mapped)</source>
        <translation>(keine zugeordnet)</translation>
    </message>
    <message>
        <source>unknown --sort &quot;%1&quot;; use name, slug, status, plan, agency, region, updated or created</source>
        <translation>unbekanntes --sort „%1“; verwenden Sie name, slug, status, plan, agency, region, updated oder created</translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; use %2</source>
        <translation>unbekannter --status „%1“; verwenden Sie %2</translation>
    </message>
    <message>
        <source>No tenants match.</source>
        <translation>Keine passenden Mandanten.</translation>
    </message>
    <message>
        <source>No tenants yet. Create one with &quot;fusionctl tenants create&quot;.</source>
        <translation>Noch keine Mandanten. Legen Sie einen mit „fusionctl tenants create“ an.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>AGENCY GROUP</source>
        <translation>AGENTURGRUPPE</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>UPDATED (UTC)</source>
        <translation>AKTUALISIERT (UTC)</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 tenants</source>
        <translation>Seite %1 von %2 · %3 Mandanten</translation>
    </message>
    <message>
        <source>tenant slug</source>
        <translation>Mandantenkürzel</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agency group</source>
        <translation>Agenturgruppe</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Infra template</source>
        <translation>Infrastrukturvorlage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes-Namespace</translation>
    </message>
    <message>
        <source>Odoo</source>
        <translation>Odoo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Subscription: %1, %2, %3 → %4, next invoice %5</source>
        <translation>Abonnement: %1, %2, %3 → %4, nächste Rechnung %5</translation>
    </message>
    <message>
        <source>SSO: realm %1, client %2, %3</source>
        <translation>SSO: Realm %1, Client %2, %3</translation>
    </message>
    <message>
        <source>Analytics: %1/%2 (%3)</source>
        <translation>Analyse: %1/%2 (%3)</translation>
    </message>
    <message>
        <source>Bundles: %1</source>
        <translation>Modulpakete: %1</translation>
    </message>
    <message>
        <source>Modules: %1 installed, %2 pending, %3 in all</source>
        <translation>Module: %1 installiert, %2 ausstehend, %3 insgesamt</translation>
    </message>
    <message>
        <source>Recent operations:</source>
        <translation>Letzte Vorgänge:</translation>
    </message>
    <message>
        <source>tenants create needs --slug and --name</source>
        <translation>tenants create benötigt --slug und --name</translation>
    </message>
    <message>
        <source>Created tenant %1 (operation %2 queued).</source>
        <translation>Mandant %1 angelegt (Vorgang %2 in der Warteschlange).</translation>
    </message>
    <message>
        <source>Done: %1 is %2 (operation %3 queued).</source>
        <translation>Erledigt: %1 ist %2 (Vorgang %3 in der Warteschlange).</translation>
    </message>
    <message>
        <source>tenants edit needs at least one --set FIELD=VALUE</source>
        <translation>tenants edit benötigt mindestens ein --set FIELD=VALUE</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not &quot;%1&quot;</source>
        <translation>--set erwartet FIELD=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>There is no plan &quot;%1&quot;.</source>
        <translation>Es gibt keinen Tarif „%1“.</translation>
    </message>
    <message>
        <source>There is no infra template &quot;%1&quot;.</source>
        <translation>Es gibt keine Infrastrukturvorlage „%1“.</translation>
    </message>
    <message>
        <source>Saved changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>edit one record at a time: tenant fields, bundles, billing.*, sso.* or analytics.*</source>
        <translation>jeweils einen Datensatz bearbeiten: Mandantenfelder, bundles, billing.*, sso.* oder analytics.*</translation>
    </message>
    <message>
        <source>--db is given more than once</source>
        <translation>--db wurde mehrfach angegeben</translation>
    </message>
    <message>
        <source>odoo connect needs --url, --db (the Odoo database) and --login</source>
        <translation>odoo connect benötigt --url, --db (die Odoo-Datenbank) und --login</translation>
    </message>
    <message>
        <source>give the password or API key on standard input with --password-stdin (never as an argument, where other users and the shell history could see it)</source>
        <translation>geben Sie das Passwort oder den API-Schlüssel mit --password-stdin über die Standardeingabe ein (niemals als Argument, wo andere Benutzer und der Shell-Verlauf es sehen könnten)</translation>
    </message>
    <message>
        <source>--password-stdin read an empty password</source>
        <translation>--password-stdin hat ein leeres Passwort gelesen</translation>
    </message>
    <message>
        <source>Testing the connection to %1 …</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>Connected: Odoo %1, uid %2, %3 ms.</source>
        <translation>Verbunden: Odoo %1, UID %2, %3 ms.</translation>
    </message>
    <message>
        <source>Saved the Odoo connection of %1.</source>
        <translation>Odoo-Verbindung von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Showing the first %1; narrow the search or raise --limit.</source>
        <translation>Es werden die ersten %1 gezeigt; grenzen Sie die Suche ein oder erhöhen Sie --limit.</translation>
    </message>
    <message>
        <source>partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Odoo has no partner %1.</source>
        <translation>Odoo hat keinen Partner %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1. %2 %3 #%4</source>
        <translation>%1. %2 %3 #%4</translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>done, record %1</source>
        <translation>erledigt, Datensatz %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Saved proposal %1. Review it with &quot;fusionctl odoo proposal show %1&quot; and run it with &quot;fusionctl odoo proposal execute %1&quot;.</source>
        <translation>Vorschlag %1 gespeichert. Prüfen Sie ihn mit „fusionctl odoo proposal show %1“ und führen Sie ihn mit „fusionctl odoo proposal execute %1“ aus.</translation>
    </message>
    <message>
        <source>what to propose (partner, lead, project, tasks, activity, event)</source>
        <translation>Art des Vorschlags (partner, lead, project, tasks, activity, event)</translation>
    </message>
    <message>
        <source>(--case)</source>
        <translation>(--case)</translation>
    </message>
    <message>
        <source>propose partner, lead, project, tasks, activity or event</source>
        <translation>propose partner, lead, project, tasks, activity oder event</translation>
    </message>
    <message>
        <source>--partner, --project, --user and --revenue take a positive number</source>
        <translation>--partner, --project, --user und --revenue erwarten eine positive Zahl</translation>
    </message>
    <message>
        <source>--state is one of %1</source>
        <translation>--state muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>No proposals.</source>
        <translation>Keine Vorschläge.</translation>
    </message>
    <message>
        <source>CASE</source>
        <translation>FALL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <source>PROPOSED (UTC)</source>
        <translation>VORGESCHLAGEN (UTC)</translation>
    </message>
    <message>
        <source>proposal id</source>
        <translation>Vorschlags-ID</translation>
    </message>
    <message>
        <source>the proposal id is a positive number</source>
        <translation>die Vorschlags-ID ist eine positive Zahl</translation>
    </message>
    <message>
        <source>Cancelled proposal %1; nothing was sent to Odoo.</source>
        <translation>Vorschlag %1 verworfen; es wurde nichts an Odoo gesendet.</translation>
    </message>
    <message>
        <source>Proposal %1 failed part-way; the steps above say what is in Odoo now. Nothing was retried.</source>
        <translation>Vorschlag %1 ist mittendrin fehlgeschlagen; die Schritte oben zeigen, was jetzt in Odoo steht. Es wurde nichts wiederholt.</translation>
    </message>
    <message>
        <source>There is no bundle &quot;%1&quot;.</source>
        <translation>Es gibt kein Modulpaket „%1“.</translation>
    </message>
    <message>
        <source>Every module of bundle %1 is already installed in %2&apos;s Odoo.</source>
        <translation>Alle Module des Modulpakets %1 sind im Odoo von %2 bereits installiert.</translation>
    </message>
    <message>
        <source>Operation %1: %2 installed, %3 not installed.</source>
        <translation>Vorgang %1: %2 installiert, %3 nicht installiert.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MODULE</translation>
    </message>
    <message>
        <source>bundle code</source>
        <translation>Modulpaket-Code</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Modulpaket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Assigned bundle %1 to %2.</source>
        <translation>Modulpaket %1 wurde %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Recorded %1 modules of %2&apos;s Odoo, %3 installed.</source>
        <translation>%1 Module des Odoo von %2 erfasst, %3 installiert.</translation>
    </message>
    <message>
        <source>show, execute, cancel or abandon</source>
        <translation>show, execute, cancel oder abandon</translation>
    </message>
    <message>
        <source>Closed proposal %1 as failed; check in Odoo what it changed.</source>
        <translation>Vorschlag %1 als fehlgeschlagen geschlossen; prüfen Sie in Odoo, was er geändert hat.</translation>
    </message>
    <message>
        <source>odoo proposal show|execute|cancel|abandon ID</source>
        <translation>odoo proposal show|execute|cancel|abandon ID</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Modulpakete</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Not wanted</source>
        <translation>Nicht vorgesehen</translation>
    </message>
    <message>
        <source>No installed modules are recorded for %1 yet; run &quot;fusionctl odoo modules %1&quot; to read them from its Odoo.</source>
        <translation>Für %1 sind noch keine installierten Module erfasst; führen Sie „fusionctl odoo modules %1“ aus, um sie aus seinem Odoo zu lesen.</translation>
    </message>
    <message>
        <source>Every tenant in scope has exactly what its bundles want.</source>
        <translation>Jeder Mandant im Geltungsbereich hat genau das, was seine Modulpakete vorsehen.</translation>
    </message>
    <message>
        <source>(not synced) %1</source>
        <translation>(nicht abgeglichen) %1</translation>
    </message>
    <message>
        <source>BUNDLES</source>
        <translation>MODULPAKETE</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLEND</translation>
    </message>
    <message>
        <source>NOT WANTED</source>
        <translation>NICHT VORGESEHEN</translation>
    </message>
    <message>
        <source>Unassigned bundle %1 from %2.</source>
        <translation>Zuweisung des Modulpakets %1 zu %2 aufgehoben.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created bundle %1.</source>
        <translation>Modulpaket %1 angelegt.</translation>
    </message>
    <message>
        <source>bundles edit needs at least one of --name, --type, --version, --description, --modules, --add-module, --remove-module</source>
        <translation>bundles edit benötigt mindestens eine der Optionen --name, --type, --version, --description, --modules, --add-module, --remove-module</translation>
    </message>
    <message>
        <source>Saved bundle %1.</source>
        <translation>Modulpaket %1 gespeichert.</translation>
    </message>
    <message>
        <source>Deleted bundle %1.</source>
        <translation>Modulpaket %1 gelöscht.</translation>
    </message>
    <message>
        <source>No keys yet. Add one with &quot;fusionctl keys add PROVIDER --label L --secret-stdin&quot;.</source>
        <translation>Noch keine Schlüssel. Fügen Sie einen mit „fusionctl keys add PROVIDER --label L --secret-stdin“ hinzu.</translation>
    </message>
    <message>
        <source>No keys for %1.</source>
        <translation>Keine Schlüssel für %1.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>VALIDATION</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation>HANDLUNGSBEDARF</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASIS-URL</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>provider action (add or set)</source>
        <translation>Anbieter-Aktion (add oder set)</translation>
    </message>
    <message>
        <source>provider code</source>
        <translation>Anbietercode</translation>
    </message>
    <message>
        <source>Added provider %1.</source>
        <translation>Anbieter %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved provider %1.</source>
        <translation>Anbieter %1 gespeichert.</translation>
    </message>
    <message>
        <source>keys provider add|set CODE ...</source>
        <translation>keys provider add|set CODE ...</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Retiring until</source>
        <translation>Auslaufend bis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>give the secret on standard input with --secret-stdin (never as an argument, where other users and the shell history could see it)</source>
        <translation>geben Sie das Geheimnis mit --secret-stdin über die Standardeingabe ein (niemals als Argument, wo andere Benutzer und der Shell-Verlauf es sehen könnten)</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>keys set-default needs --key LABEL</source>
        <translation>keys set-default benötigt --key LABEL</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>keys revoke needs --key LABEL</source>
        <translation>keys revoke benötigt --key LABEL</translation>
    </message>
    <message>
        <source>fusionctl: revoked, but the keychain item %1 could not be deleted: %2 Run the same command again to retry.</source>
        <translation>fusionctl: widerrufen, aber der Schlüsselbund-Eintrag %1 konnte nicht gelöscht werden: %2 Führen Sie denselben Befehl erneut aus, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Revoked %1/%2; its secret is deleted from the keychain.</source>
        <translation>%1/%2 widerrufen; sein Geheimnis wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>%1/%2: %3 — %4</source>
        <translation>%1/%2: %3 — %4</translation>
    </message>
    <message>
        <source>keys validate needs a provider (and optionally --key LABEL), or --all</source>
        <translation>keys validate benötigt einen Anbieter (und optional --key LABEL) oder --all</translation>
    </message>
    <message>
        <source>No keys to check.</source>
        <translation>Keine Schlüssel zu prüfen.</translation>
    </message>
    <message>
        <source>keys rotate needs --key OLD-LABEL and --label NEW-LABEL</source>
        <translation>keys rotate benötigt --key OLD-LABEL und --label NEW-LABEL</translation>
    </message>
    <message>
        <source>give the new secret on standard input with --secret-stdin</source>
        <translation>geben Sie das neue Geheimnis mit --secret-stdin über die Standardeingabe ein</translation>
    </message>
    <message>
        <source>Rotated: %1 is the default now.</source>
        <translation>Rotiert: %1 ist jetzt der Standard.</translation>
    </message>
    <message>
        <source>--passphrase-stdin read an empty passphrase.</source>
        <translation>--passphrase-stdin hat eine leere Passphrase gelesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>give the passphrase on standard input with --passphrase-stdin</source>
        <translation>geben Sie die Passphrase mit --passphrase-stdin über die Standardeingabe ein</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every key in the file is already here with the same secret.</source>
        <translation>Nichts zu importieren: Jeder Schlüssel in der Datei ist hier bereits mit demselben Geheimnis vorhanden.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 replaced, %3 already here.</source>
        <translation>Importiert: %1 hinzugefügt, %2 ersetzt, %3 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Reading the system parameters of %1&apos;s Odoo…</source>
        <translation>Die Systemparameter des Odoo von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>No credentials in %1&apos;s system parameters.</source>
        <translation>Keine Zugangsdaten in den Systemparametern von %1.</translation>
    </message>
    <message>
        <source>unknown to the vault</source>
        <translation>dem Tresor unbekannt</translation>
    </message>
    <message>
        <source>PARAMETER</source>
        <translation>PARAMETER</translation>
    </message>
    <message>
        <source>LOOKS LIKE</source>
        <translation>SIEHT AUS WIE</translation>
    </message>
    <message>
        <source>IN THE VAULT</source>
        <translation>IM TRESOR</translation>
    </message>
    <message numerus="yes">
        <source>%n plaintext copy(ies) of vault keys to clean up</source>
        <translation>
            <numerusform>%n Klartextkopie eines Tresorschlüssels zu bereinigen</numerusform>
            <numerusform>%n Klartextkopien von Tresorschlüsseln zu bereinigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) the vault does not know.</source>
        <translation>
            <numerusform>%n dem Tresor unbekannte Zugangsdaten.</numerusform>
            <numerusform>%n dem Tresor unbekannte Zugangsdaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>operation id</source>
        <translation>Vorgangs-ID</translation>
    </message>
    <message>
        <source>Closed operation %1 as failed.</source>
        <translation>Vorgang %1 als fehlgeschlagen geschlossen.</translation>
    </message>
    <message>
        <source>access check --consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]</source>
        <translation>access check --consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]</translation>
    </message>
    <message>
        <source>--estimate takes an amount such as 0.05</source>
        <translation>--estimate erwartet einen Betrag wie 0.05</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>deny (%1)</source>
        <translation>abgelehnt (%1)</translation>
    </message>
    <message>
        <source>No access rules yet: &quot;fusionctl access set --consumer C --provider P ...&quot; adds one.</source>
        <translation>Noch keine Zugriffsregeln: „fusionctl access set --consumer C --provider P ...“ fügt eine hinzu.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>CONSUMER</source>
        <translation>VERBRAUCHER</translation>
    </message>
    <message>
        <source>THIS MONTH</source>
        <translation>DIESER MONAT</translation>
    </message>
    <message>
        <source>TODAY</source>
        <translation>HEUTE</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>ANFR./MIN</translation>
    </message>
    <message>
        <source>RPD</source>
        <translation>ANFR./TAG</translation>
    </message>
    <message>
        <source>Saved the access rule of %1 at %2.</source>
        <translation>Zugriffsregel von %1 bei %2 gespeichert.</translation>
    </message>
    <message>
        <source>access remove --consumer C --provider P</source>
        <translation>access remove --consumer C --provider P</translation>
    </message>
    <message>
        <source>Removed the access rule.</source>
        <translation>Zugriffsregel entfernt.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>--block and --unblock together</source>
        <translation>--block und --unblock zusammen</translation>
    </message>
    <message>
        <source>Saved the limits of user %1.</source>
        <translation>Limits von Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>ANFRAGEN HEUTE</translation>
    </message>
    <message>
        <source>BLOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>gestoppt: %1</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MODUL</translation>
    </message>
    <message>
        <source>KILL SWITCH</source>
        <translation>NOTAUS</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>ZUERST GESEHEN</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Consumer %1 is stopped.</source>
        <translation>Verbraucher %1 ist gestoppt.</translation>
    </message>
    <message>
        <source>Consumer %1 may call again.</source>
        <translation>Verbraucher %1 darf wieder aufrufen.</translation>
    </message>
    <message>
        <source>No budget alerts.</source>
        <translation>Keine Budgetwarnungen.</translation>
    </message>
    <message>
        <source>No open budget alerts.</source>
        <translation>Keine offenen Budgetwarnungen.</translation>
    </message>
    <message>
        <source>seen by %1</source>
        <translation>gesehen von %1</translation>
    </message>
    <message>
        <source>FIRED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <source>access ack ID... | --all</source>
        <translation>access ack ID... | --all</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>call openai|anthropic --consumer C --model M (--prompt TEXT | --prompt-stdin) [--feature F] [--user U] [--system TEXT] [--max-tokens N] [--timeout S]</source>
        <translation>call openai|anthropic --consumer C --model M (--prompt TEXT | --prompt-stdin) [--feature F] [--user U] [--system TEXT] [--max-tokens N] [--timeout S]</translation>
    </message>
    <message>
        <source>fusionctl: denied (%1): %2</source>
        <translation>fusionctl: abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>fusionctl: the call failed: %1</source>
        <translation>fusionctl: der Aufruf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2 tokens in (%3 cached), %4 out, %5, %6 ms</source>
        <translation>%1: %2 Tokens Eingabe (%3 zwischengespeichert), %4 Ausgabe, %5, %6 ms</translation>
    </message>
    <message>
        <source>no price known</source>
        <translation>kein Preis bekannt</translation>
    </message>
    <message>
        <source>usage record --consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] ...</source>
        <translation>usage record --consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] ...</translation>
    </message>
    <message>
        <source>Recorded (cost %1).</source>
        <translation>Erfasst (Kosten %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not imported:</source>
        <translation>
            <numerusform>%n Zeile nicht importiert:</numerusform>
            <numerusform>%n Zeilen nicht importiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--json lists them all)</source>
        <translation>
            <numerusform>  … und %n weitere (--json listet alle auf)</numerusform>
            <numerusform>  … und %n weitere (--json listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s)</source>
        <translation>
            <numerusform>%n Zeile importiert</numerusform>
            <numerusform>%n Zeilen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n already imported</source>
        <translation>
            <numerusform>, %n bereits importierte übersprungen</numerusform>
            <numerusform>, %n bereits importierte übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n abgelehnt</numerusform>
            <numerusform>, %n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to aggregate (up to row %1).</source>
        <translation>Nichts Neues zu aggregieren (bis Zeile %1).</translation>
    </message>
    <message numerus="yes">
        <source>Aggregated %n row(s) in %1 ms (log rows %2 to %3).</source>
        <translation>
            <numerusform>%n Zeile in %1 ms aggregiert (Protokollzeilen %2 bis %3).</numerusform>
            <numerusform>%n Zeilen in %1 ms aggregiert (Protokollzeilen %2 bis %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s) of calls that never finished.</source>
        <translation>
            <numerusform>%n abgelaufene Reservierung von nie abgeschlossenen Aufrufen freigegeben.</numerusform>
            <numerusform>%n abgelaufene Reservierungen von nie abgeschlossenen Aufrufen freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage prune --before YYYY-MM-DD</source>
        <translation>usage prune --before YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pruned.</source>
        <translation>Bereinigt.</translation>
    </message>
    <message>
        <source>All usage is priced.</source>
        <translation>Für die gesamte Nutzung sind Preise vorhanden.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>TOKENS IN</source>
        <translation>EINGABE-TOKENS</translation>
    </message>
    <message>
        <source>TOKENS OUT</source>
        <translation>AUSGABE-TOKENS</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>ERSTE</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>LETZTE</translation>
    </message>
    <message>
        <source>These rows used tokens of models without a price; add the prices with &quot;fusionctl usage price set&quot;.</source>
        <translation>Diese Zeilen haben Tokens von Modellen ohne Preis verbraucht; fügen Sie die Preise mit „fusionctl usage price set“ hinzu.</translation>
    </message>
    <message>
        <source>--by takes consumer, provider, model, feature, user or day</source>
        <translation>--by erwartet consumer, provider, model, feature, user oder day</translation>
    </message>
    <message>
        <source>Aggregated usage from %1 to %2 (run &quot;fusionctl usage aggregate&quot; for the latest):</source>
        <translation>Aggregierte Nutzung von %1 bis %2 (führen Sie „fusionctl usage aggregate“ für den neuesten Stand aus):</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>UNPRICED</source>
        <translation>OHNE PREIS</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>AB</translation>
    </message>
    <message>
        <source>INPUT/M</source>
        <translation>EINGABE/M</translation>
    </message>
    <message>
        <source>OUTPUT/M</source>
        <translation>AUSGABE/M</translation>
    </message>
    <message>
        <source>CACHED/M</source>
        <translation>CACHE/M</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>usage price set PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S] (amounts per million tokens)</source>
        <translation>usage price set PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S] (Beträge pro Million Tokens)</translation>
    </message>
    <message>
        <source>Saved the price.</source>
        <translation>Preis gespeichert.</translation>
    </message>
    <message>
        <source>access set|propose --consumer C --provider P [--enable|--disable] [--monthly AMOUNT|none] [--daily AMOUNT|none] [--rpm N|none] [--rpd N|none] [--notes T]</source>
        <translation>access set|propose --consumer C --provider P [--enable|--disable] [--monthly BETRAG|none] [--daily BETRAG|none] [--rpm N|none] [--rpd N|none] [--notes T]</translation>
    </message>
    <message>
        <source>Proposed (proposal %1); an owner approves or rejects it with &quot;fusionctl access approve|reject %1&quot;.</source>
        <translation>Vorgeschlagen (Vorschlag %1); ein Eigentümer genehmigt oder lehnt ihn ab mit „fusionctl access approve|reject %1“.</translation>
    </message>
    <message>
        <source>No access proposals.</source>
        <translation>Keine Zugriffsvorschläge.</translation>
    </message>
    <message>
        <source>No pending access proposals.</source>
        <translation>Keine offenen Zugriffsvorschläge.</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>Approved and applied.</source>
        <translation>Genehmigt und angewendet.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>access ack takes alert ids (positive whole numbers) or --all, not &quot;%1&quot;</source>
        <translation>access ack erwartet Warnungs-IDs (positive ganze Zahlen) oder --all, nicht „%1“</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>set it with &quot;fusionctl odoo connect&quot;</source>
        <translation>legen Sie sie mit „fusionctl odoo connect“ fest</translation>
    </message>
    <message>
        <source>store one with &quot;fusionctl odoo connect&quot;</source>
        <translation>hinterlegen Sie einen mit „fusionctl odoo connect“</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>No connection profiles. Add one with &quot;fusionctl profiles add NAME --url URL --password-stdin&quot;.</source>
        <translation>Keine Verbindungsprofile. Fügen Sie eines mit „fusionctl profiles add NAME --url URL --password-stdin“ hinzu.</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>profiles add needs --url</source>
        <translation>profiles add benötigt --url</translation>
    </message>
    <message>
        <source>Saved profile %1; its password is in the OS keychain.</source>
        <translation>Verbindungsprofil %1 gespeichert; sein Passwort liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>Verbindungsprofil %1 gespeichert.</translation>
    </message>
    <message>
        <source>give the new password on standard input with --password-stdin</source>
        <translation>geben Sie das neue Passwort mit --password-stdin über die Standardeingabe ein</translation>
    </message>
    <message>
        <source>Changed the password of profile %1 in the OS keychain.</source>
        <translation>Das Passwort von Verbindungsprofil %1 im System-Schlüsselbund wurde geändert.</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil „%1“.</translation>
    </message>
    <message>
        <source>Remove connection profile %1 (%2)</source>
        <translation>Verbindungsprofil %1 (%2) entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Deletes its password from the OS keychain.</source>
        <translation>Löscht sein Passwort aus dem System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Removed profile %1.</source>
        <translation>Verbindungsprofil %1 entfernt.</translation>
    </message>
    <message>
        <source>give a profile name, or --none for the embedded SQLite file</source>
        <translation>geben Sie einen Profilnamen an oder --none für die eingebettete SQLite-Datei</translation>
    </message>
    <message>
        <source>fusionctl and the app now open profile %1 by default.</source>
        <translation>fusionctl und die App öffnen jetzt standardmäßig das Verbindungsprofil %1.</translation>
    </message>
    <message>
        <source>fusionctl and the app now open the embedded SQLite file by default.</source>
        <translation>fusionctl und die App öffnen jetzt standardmäßig die eingebettete SQLite-Datei.</translation>
    </message>
    <message>
        <source>add --skip-validation to rotate without the check</source>
        <translation>fügen Sie --skip-validation hinzu, um ohne die Prüfung zu rotieren</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <source>AVG LATENCY</source>
        <translation>MITTL. LATENZ</translation>
    </message>
    <message>
        <source>No AI providers yet. Add one with &quot;fusionctl ai provider add NAME --type TYPE …&quot;.</source>
        <translation>Noch keine KI-Anbieter. Fügen Sie einen mit „fusionctl ai provider add NAME --type TYP …“ hinzu.</translation>
    </message>
    <message>
        <source>provider name or id</source>
        <translation>Anbietername oder ID</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>(the provider&apos;s)</source>
        <translation>(die des Anbieters)</translation>
    </message>
    <message>
        <source>Kapa project</source>
        <translation>Kapa-Projekt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>--type is required: one of %1</source>
        <translation>--type ist nötig: einer von %1</translation>
    </message>
    <message>
        <source>Added AI provider &quot;%1&quot; (id %2).</source>
        <translation>KI-Anbieter „%1“ hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>AI audit kept for</source>
        <translation>KI-Prüfprotokoll aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Threads closed after</source>
        <translation>Unterhaltungen geschlossen nach</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a message</source>
        <translation>
            <numerusform>%n Tag ohne Nachricht</numerusform>
            <numerusform>%n Tagen ohne Nachricht</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>(never changed)</source>
        <translation>(nie geändert)</translation>
    </message>
    <message>
        <source>Saved the AI platform&apos;s retention.</source>
        <translation>Aufbewahrung der KI-Plattform gespeichert.</translation>
    </message>
    <message>
        <source>AI audit rows deleted: %1; idle threads closed: %2.</source>
        <translation>Gelöschte KI-Prüfprotokollzeilen: %1; geschlossene ruhende Unterhaltungen: %2.</translation>
    </message>
    <message>
        <source>RECEIVED (UTC)</source>
        <translation>EMPFANGEN (UTC)</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>PROCESSED</source>
        <translation>VERARBEITET</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>events receive needs --source and --type (the payload comes on standard input)</source>
        <translation>events receive braucht --source und --type (die Nutzlast kommt über die Standardeingabe)</translation>
    </message>
    <message>
        <source>Reading the payload (a JSON object or array) from standard input; end it with Ctrl+D.</source>
        <translation>Lese die Nutzlast (ein JSON-Objekt oder -Array) von der Standardeingabe; beenden Sie sie mit Strg+D.</translation>
    </message>
    <message>
        <source>Already received as event %1 (source %2, ref %3); nothing stored.</source>
        <translation>Bereits als Ereignis %1 empfangen (Quelle %2, Ref. %3); nichts gespeichert.</translation>
    </message>
    <message>
        <source>Already received (source %1, ref %2); nothing stored.</source>
        <translation>Bereits empfangen (Quelle %1, Ref. %2); nichts gespeichert.</translation>
    </message>
    <message>
        <source>No events waiting (--processed all lists every one).</source>
        <translation>Keine wartenden Ereignisse (--processed all listet alle).</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>events process takes event ids (positive whole numbers), not &quot;%1&quot;</source>
        <translation>events process nimmt Ereignis-IDs (positive ganze Zahlen), nicht „%1“</translation>
    </message>
    <message>
        <source>Marked processed: %1.</source>
        <translation>Als verarbeitet markiert: %1.</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>NEUESTE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>VARIABLES</source>
        <translation>VARIABLEN</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>the template is read from standard input, for example: &lt; template.txt</source>
        <translation>die Vorlage wird von der Standardeingabe gelesen, zum Beispiel: &lt; vorlage.txt</translation>
    </message>
    <message>
        <source>No prompts yet. Add one with &quot;fusionctl ai prompt add CODE --name NAME&quot;, the template on standard input.</source>
        <translation>Noch keine Prompts. Fügen Sie einen mit „fusionctl ai prompt add CODE --name NAME“ hinzu, die Vorlage über die Standardeingabe.</translation>
    </message>
    <message>
        <source>prompt code</source>
        <translation>Prompt-Code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Published version</source>
        <translation>Veröffentlichte Version</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Gezeigte Version</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist nötig</translation>
    </message>
    <message>
        <source>Added prompt &quot;%1&quot;; version 1 is published.</source>
        <translation>Prompt „%1“ hinzugefügt; Version 1 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Saved and published version %1 of &quot;%2&quot;.</source>
        <translation>Version %1 von „%2“ gespeichert und veröffentlicht.</translation>
    </message>
    <message>
        <source>Saved version %1 of &quot;%2&quot;; version %3 stays published.</source>
        <translation>Version %1 von „%2“ gespeichert; Version %3 bleibt veröffentlicht.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published: version %1.</source>
        <translation>Veröffentlicht: Version %1.</translation>
    </message>
    <message>
        <source>version to compare from</source>
        <translation>Version, von der verglichen wird</translation>
    </message>
    <message>
        <source>the version to compare with is a whole number, not &quot;%1&quot;</source>
        <translation>die Vergleichsversion ist eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same template.</source>
        <translation>Die Versionen %1 und %2 haben dieselbe Vorlage.</translation>
    </message>
    <message>
        <source>--set takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--set nimmt NAME=WERT, nicht „%1“</translation>
    </message>
    <message>
        <source>ask takes the question as words or with --question-stdin, not both</source>
        <translation>ask erwartet die Frage als Wörter oder mit --question-stdin, nicht beides</translation>
    </message>
    <message>
        <source>ai ask QUESTION… (or --question-stdin, or --prompt CODE)</source>
        <translation>ai ask QUESTION… (oder --question-stdin oder --prompt CODE)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>fusionctl: refused (%1): %2</source>
        <translation>fusionctl: abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>thread %1 · %2 · %3 tokens in, %4 out · %5 · %6 ms</source>
        <translation>Unterhaltung %1 · %2 · %3 Tokens Eingabe, %4 Ausgabe · %5 · %6 ms</translation>
    </message>
    <message>
        <source>cost not known</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>fusionctl: the answer is not complete (%1): %2</source>
        <translation>fusionctl: die Antwort ist unvollständig (%1): %2</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>LETZTE NACHRICHT</translation>
    </message>
    <message>
        <source>No threads yet. Ask something with &quot;fusionctl ai ask QUESTION&quot;.</source>
        <translation>Noch keine Unterhaltungen. Fragen Sie etwas mit „fusionctl ai ask QUESTION“.</translation>
    </message>
    <message>
        <source>No thread matches &quot;%1&quot;.</source>
        <translation>Keine Unterhaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>thread id</source>
        <translation>Unterhaltungs-ID</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>rated up</source>
        <translation>positiv bewertet</translation>
    </message>
    <message>
        <source>rated down</source>
        <translation>negativ bewertet</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>answer id</source>
        <translation>Antwort-ID</translation>
    </message>
    <message>
        <source>up or down</source>
        <translation>up oder down</translation>
    </message>
    <message>
        <source>feedback is &quot;up&quot; or &quot;down&quot;, not &quot;%1&quot;</source>
        <translation>die Rückmeldung ist „up“ oder „down“, nicht „%1“</translation>
    </message>
    <message>
        <source>Thank you: feedback on answer %1 saved.</source>
        <translation>Vielen Dank: Rückmeldung zu Antwort %1 gespeichert.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>REDACTED</source>
        <translation>GESCHWÄRZT</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <source>No AI audit rows match.</source>
        <translation>Keine passenden KI-Prüfprotokollzeilen.</translation>
    </message>
    <message>
        <source>The token must be at least %1 characters (it has %2); nothing was stored.</source>
        <translation>Das Token muss mindestens %1 Zeichen haben (es hat %2); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The token must be at most 4096 characters; nothing was stored.</source>
        <translation>Das Token darf höchstens 4096 Zeichen haben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The token may hold only letters, digits and - . _ ~ + / (then = padding); nothing was stored.</source>
        <translation>Das Token darf nur Buchstaben, Ziffern und - . _ ~ + / enthalten (danach =-Auffüllung); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keeps the token in the OS keychain as %1, nowhere else.</source>
        <translation>Bewahrt das Token im System-Schlüsselbund als %1 auf, nirgends sonst.</translation>
    </message>
    <message>
        <source>Replaces the current token: senders using it are refused (401) until they use the new one, and a running &quot;events serve&quot; keeps the old one until it is restarted.</source>
        <translation>Ersetzt das aktuelle Token: Absender, die es verwenden, werden abgewiesen (401), bis sie das neue verwenden, und ein laufendes „events serve“ behält das alte, bis es neu gestartet wird.</translation>
    </message>
    <message>
        <source>Replace the events intake token with a new random one</source>
        <translation>Das Annahme-Token für Ereignisse durch ein neues zufälliges ersetzen</translation>
    </message>
    <message>
        <source>Generate the events intake token</source>
        <translation>Das Annahme-Token für Ereignisse erzeugen</translation>
    </message>
    <message>
        <source>The token is in the OS keychain and is not shown again: give it to the sender as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Das Token liegt im System-Schlüsselbund und wird nicht noch einmal angezeigt: Geben Sie es dem Absender als „Authorization: Bearer TOKEN“.</translation>
    </message>
    <message>
        <source>give the token on standard input with --token-stdin</source>
        <translation>geben Sie das Token mit --token-stdin auf der Standardeingabe an</translation>
    </message>
    <message>
        <source>Replace the events intake token</source>
        <translation>Das Annahme-Token für Ereignisse ersetzen</translation>
    </message>
    <message>
        <source>Store the events intake token</source>
        <translation>Das Annahme-Token für Ereignisse speichern</translation>
    </message>
    <message>
        <source>Stored the events intake token in the OS keychain.</source>
        <translation>Das Annahme-Token für Ereignisse wurde im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>There is no events intake token in the OS keychain.</source>
        <translation>Im System-Schlüsselbund gibt es kein Annahme-Token für Ereignisse.</translation>
    </message>
    <message>
        <source>Delete the events intake token</source>
        <translation>Das Annahme-Token für Ereignisse löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deletes %1 from the OS keychain: &quot;events serve&quot; will not start until a new token is made, and a running one keeps its copy until it is restarted.</source>
        <translation>Löscht %1 aus dem System-Schlüsselbund: „events serve“ startet erst wieder, wenn ein neues Token erzeugt ist, und ein laufendes behält seine Kopie, bis es neu gestartet wird.</translation>
    </message>
    <message>
        <source>Deleted the events intake token from the OS keychain.</source>
        <translation>Das Annahme-Token für Ereignisse wurde aus dem System-Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>an address and port such as 127.0.0.1:8787 or [::1]:8787</source>
        <translation>eine Adresse mit Port wie 127.0.0.1:8787 oder [::1]:8787</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: keine Antwort (%2)</translation>
    </message>
    <message>
        <source>%1: %2, event %3 (already received)</source>
        <translation>%1: %2, Ereignis %3 (bereits empfangen)</translation>
    </message>
    <message>
        <source>%1: %2, event %3</source>
        <translation>%1: %2, Ereignis %3</translation>
    </message>
    <message>
        <source>%1: %2 (already received)</source>
        <translation>%1: %2 (bereits empfangen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>events serve needs --listen ADDR:PORT (for example 127.0.0.1:8787)</source>
        <translation>events serve braucht --listen ADDR:PORT (zum Beispiel 127.0.0.1:8787)</translation>
    </message>
    <message>
        <source>Stopped; no longer listening.</source>
        <translation>Beendet; es wird nicht mehr gelauscht.</translation>
    </message>
    <message>
        <source>Cannot catch SIGTERM and SIGINT here; stopping will not be clean.</source>
        <translation>SIGTERM und SIGINT können hier nicht abgefangen werden; das Beenden wird nicht sauber sein.</translation>
    </message>
    <message>
        <source>There is no events intake token in the OS keychain: make one with &quot;fusionctl events token generate&quot;. Nothing is listening.</source>
        <translation>Im System-Schlüsselbund gibt es kein Annahme-Token für Ereignisse: Erzeugen Sie eines mit „fusionctl events token generate“. Es wird nicht gelauscht.</translation>
    </message>
    <message>
        <source>Nothing is listening.</source>
        <translation>Es wird nicht gelauscht.</translation>
    </message>
    <message>
        <source>The connection to the database was lost; stopped listening.</source>
        <translation>Die Verbindung zur Datenbank ist verloren; es wird nicht mehr gelauscht.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Listening on http://%1:%2%3</source>
        <translation>Lausche auf http://%1:%2%3</translation>
    </message>
    <message>
        <source>CHUNKS</source>
        <translation>ABSCHNITTE</translation>
    </message>
    <message>
        <source>PROJECTS</source>
        <translation>PROJEKTE</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>AUFGABEN</translation>
    </message>
    <message>
        <source>ODOO CHANGES UP TO (UTC)</source>
        <translation>ODOO-ÄNDERUNGEN BIS (UTC)</translation>
    </message>
    <message>
        <source>LAST SYNC (UTC)</source>
        <translation>LETZTE SYNCHRONISIERUNG (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>Knowledge base of %1: %2 new, %3 changed, %4 removed chunks (from %n Odoo record(s)).</source>
        <translation>
            <numerusform>Wissensbasis von %1: %2 neue, %3 geänderte, %4 entfernte Abschnitte (aus %n Odoo-Datensatz).</numerusform>
            <numerusform>Wissensbasis von %1: %2 neue, %3 geänderte, %4 entfernte Abschnitte (aus %n Odoo-Datensätzen).</numerusform>
        </translation>
    </message>
    <message>
        <source>kb search needs the words to search for</source>
        <translation>kb search benötigt die zu suchenden Wörter</translation>
    </message>
    <message>
        <source>No chunk holds every one of these words.</source>
        <translation>Kein Abschnitt enthält alle diese Wörter.</translation>
    </message>
    <message>
        <source>The knowledge base is empty; fill it with &quot;fusionctl kb sync SLUG&quot;.</source>
        <translation>Die Wissensbasis ist leer; füllen Sie sie mit &quot;fusionctl kb sync SLUG&quot;.</translation>
    </message>
    <message>
        <source>tenant #%1</source>
        <translation>Mandant #%1</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>SICHTBARKEIT</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>MY ROLE</source>
        <translation>MEINE ROLLE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation>HINZUGEFÜGT VON</translation>
    </message>
    <message>
        <source>ADDED (UTC)</source>
        <translation>HINZUGEFÜGT (UTC)</translation>
    </message>
    <message>
        <source>No workspaces you can see.</source>
        <translation>Keine für Sie sichtbaren Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>No active workspaces you can see (--all adds archived ones).</source>
        <translation>Keine für Sie sichtbaren aktiven Arbeitsbereiche (--all zeigt auch archivierte).</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>Arbeitsbereichs-ID</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(nicht verknüpft)</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>(not a member)</source>
        <translation>(kein Mitglied)</translation>
    </message>
    <message>
        <source>Odoo project</source>
        <translation>Odoo-Projekt</translation>
    </message>
    <message>
        <source>Odoo channel</source>
        <translation>Odoo-Kanal</translation>
    </message>
    <message>
        <source>workspaces create needs --tenant and --name</source>
        <translation>workspaces create benötigt --tenant und --name</translation>
    </message>
    <message>
        <source>Created workspace &quot;%1&quot; (id %2); you are its owner.</source>
        <translation>Arbeitsbereich &quot;%1&quot; erstellt (ID %2); Sie sind sein Eigentümer.</translation>
    </message>
    <message>
        <source>Odoo proposals %1 wait for review (fusionctl odoo proposal show ID).</source>
        <translation>Odoo-Vorschläge %1 warten auf Prüfung (fusionctl odoo proposal show ID).</translation>
    </message>
    <message>
        <source>workspaces edit needs --name, --description, --visibility or --active</source>
        <translation>workspaces edit benötigt --name, --description, --visibility oder --active</translation>
    </message>
    <message>
        <source>Workspace %1 saved.</source>
        <translation>Arbeitsbereich %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is now %2 of workspace %3.</source>
        <translation>%1 ist jetzt %2 in Arbeitsbereich %3.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of workspace %2.</source>
        <translation>%1 ist kein Mitglied von Arbeitsbereich %2 mehr.</translation>
    </message>
    <message>
        <source>a member&apos;s role is member, admin or owner, not &quot;%1&quot;</source>
        <translation>die Rolle eines Mitglieds ist member, admin oder owner, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>You left workspace %1.</source>
        <translation>Sie haben Arbeitsbereich %1 verlassen.</translation>
    </message>
    <message>
        <source>Workspace %1 deleted.</source>
        <translation>Arbeitsbereich %1 gelöscht.</translation>
    </message>
    <message>
        <source>EMBEDDED</source>
        <translation>EINGEBETTET</translation>
    </message>
    <message numerus="yes">
        <source>Knowledge base of %1: %2 of %n chunk(s) embedded in %3 request(s), %4 tokens (%5).</source>
        <translation>
            <numerusform>Wissensbasis von %1: %2 von %n Abschnitt in %3 Anfrage(n) eingebettet, %4 Tokens (%5).</numerusform>
            <numerusform>Wissensbasis von %1: %2 von %n Abschnitten in %3 Anfrage(n) eingebettet, %4 Tokens (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed while being embedded and wait(s) for the next run.</source>
        <translation>
            <numerusform>%n wurde beim Einbetten geändert und wartet auf den nächsten Lauf.</numerusform>
            <numerusform>%n wurden beim Einbetten geändert und warten auf den nächsten Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the rest: %1</source>
        <translation>Vor dem Rest angehalten: %1</translation>
    </message>
    <message>
        <source>--mode is words, vector or hybrid, not &quot;%1&quot;</source>
        <translation>--mode ist words, vector oder hybrid, nicht „%1“</translation>
    </message>
    <message>
        <source>From the Supabase project %1 (schema %2, tenant %3).</source>
        <translation>Aus dem Supabase-Projekt %1 (Schema %2, Mandant %3).</translation>
    </message>
    <message>
        <source>From the local knowledge base.</source>
        <translation>Aus der lokalen Wissensbasis.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>local (kb sync)</source>
        <translation>lokal (kb sync)</translation>
    </message>
    <message>
        <source>Supabase</source>
        <translation>Supabase</translation>
    </message>
    <message>
        <source>Project URL</source>
        <translation>Projekt-URL</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Tenant reference</source>
        <translation>Mandantenreferenz</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <source>The knowledge of %1 is now read from Supabase.</source>
        <translation>Das Wissen von %1 wird jetzt aus Supabase gelesen.</translation>
    </message>
    <message>
        <source>The knowledge of %1 is the local knowledge base again.</source>
        <translation>Das Wissen von %1 ist wieder die lokale Wissensbasis.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>%1 of a soft limit of %2</source>
        <translation>%1 bei einem weichen Limit von %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (kein Limit)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>running normally</source>
        <translation>laufen normal</translation>
    </message>
    <message>
        <source>Limit in %1</source>
        <translation>Limit in %1</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>This database is now marked as %1.</source>
        <translation>Diese Datenbank ist jetzt als %1 gekennzeichnet.</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>a number from 1 to 1000000, or none</source>
        <translation>eine Zahl von 1 bis 1000000 oder none</translation>
    </message>
    <message>
        <source>The soft tenant limit of %1 is now %2.</source>
        <translation>Das weiche Mandantenlimit von %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Operations are frozen: nothing new starts until they are unfrozen.</source>
        <translation>Die Vorgänge sind eingefroren: Nichts Neues startet, bis das Einfrieren aufgehoben wird.</translation>
    </message>
    <message>
        <source>Operations are unfrozen.</source>
        <translation>Das Einfrieren der Vorgänge ist aufgehoben.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>KOMPONENTE</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>TESTED (UTC)</source>
        <translation>GETESTET (UTC)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTIZEN</translation>
    </message>
    <message>
        <source>No tested image tags. Record one with &quot;fusionctl infra tags add IMAGE:TAG&quot; once it has passed testing.</source>
        <translation>Keine getesteten Image-Tags. Erfassen Sie einen mit „fusionctl infra tags add IMAGE:TAG“, sobald er die Tests bestanden hat.</translation>
    </message>
    <message>
        <source>IMAGE:TAG</source>
        <translation>IMAGE:TAG</translation>
    </message>
    <message>
        <source>%1 is recorded as tested in %2.</source>
        <translation>%1 ist als getestet in %2 erfasst.</translation>
    </message>
    <message>
        <source>tag id</source>
        <translation>Tag-ID</translation>
    </message>
    <message>
        <source>Tag %1 is retired.</source>
        <translation>Tag %1 ist zurückgezogen.</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt offen</translation>
    </message>
    <message>
        <source>over</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>No maintenance window is coming up. Create one with &quot;fusionctl maintenance create NAME --start TIME --end TIME&quot;.</source>
        <translation>Es steht kein Wartungsfenster bevor. Legen Sie eines mit „fusionctl maintenance create NAME --start TIME --end TIME“ an.</translation>
    </message>
    <message>
        <source>Give the window&apos;s --start and --end, e.g. --start 2026-12-12T02:00:00Z.</source>
        <translation>Geben Sie --start und --end des Fensters an, z. B. --start 2026-12-12T02:00:00Z.</translation>
    </message>
    <message>
        <source>Created the maintenance window &quot;%1&quot; (id %2).</source>
        <translation>Wartungsfenster „%1“ angelegt (ID %2).</translation>
    </message>
    <message>
        <source>window id</source>
        <translation>Fenster-ID</translation>
    </message>
    <message numerus="yes">
        <source>The window is cancelled, with %n waiting operation(s).</source>
        <translation>
            <numerusform>Das Fenster ist abgesagt, mit %n wartendem Vorgang.</numerusform>
            <numerusform>Das Fenster ist abgesagt, mit %n wartenden Vorgängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the tested --image IMAGE:TAG and the maintenance --window ID.</source>
        <translation>Geben Sie das getestete --image IMAGE:TAG und das Wartungsfenster --window ID an.</translation>
    </message>
    <message>
        <source>Name the tenants with --tenant SLUG (repeatable), or give --all-active.</source>
        <translation>Nennen Sie die Mandanten mit --tenant SLUG (wiederholbar) oder geben Sie --all-active an.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to %1 in &quot;%2&quot; (%3): %n tenant(s).</source>
        <translation>
            <numerusform>Upgrade auf %1 in „%2“ (%3): %n Mandant.</numerusform>
            <numerusform>Upgrade auf %1 in „%2“ (%3): %n Mandanten.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Wave %1 at %2 UTC (%3): %4</source>
        <translation>  Welle %1 um %2 UTC (%3): %4</translation>
    </message>
    <message>
        <source>  Not upgraded: %1 — %2</source>
        <translation>  Kein Upgrade: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled %n upgrade(s) in %1 wave(s).</source>
        <translation>
            <numerusform>%n Upgrade in %1 Welle(n) geplant.</numerusform>
            <numerusform>%n Upgrades in %1 Welle(n) geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>WELLE</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>FENSTER</translation>
    </message>
    <message>
        <source>No image upgrade is scheduled.</source>
        <translation>Es ist kein Image-Upgrade geplant.</translation>
    </message>
    <message>
        <source>a positive number</source>
        <translation>eine positive Zahl</translation>
    </message>
    <message>
        <source>Name the upgrade operations to cancel (see &quot;fusionctl upgrades list&quot;).</source>
        <translation>Nennen Sie die abzubrechenden Upgrade-Vorgänge (siehe „fusionctl upgrades list“).</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n upgrade(s).</source>
        <translation>
            <numerusform>%n Upgrade abgebrochen.</numerusform>
            <numerusform>%n Upgrades abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>%1 (window &quot;%2&quot;, wave %3)</source>
        <translation>%1 (Fenster „%2“, Welle %3)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Re-run of</source>
        <translation>Erneute Ausführung von</translation>
    </message>
    <message>
        <source>No log events%1.</source>
        <translation>Keine Protokollereignisse%1.</translation>
    </message>
    <message>
        <source> at %1 or worse</source>
        <translation> ab Schweregrad %1</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Older events are not shown: the last %1 days, at most %2.</source>
        <translation>Ältere Ereignisse werden nicht angezeigt: die letzten %1 Tage, höchstens %2.</translation>
    </message>
    <message>
        <source>Queued operation %1, a re-run of %2.</source>
        <translation>Vorgang %1 in die Warteschlange gestellt, eine erneute Ausführung von %2.</translation>
    </message>
    <message>
        <source>Recorded for operation %1.</source>
        <translation>Für Vorgang %1 erfasst.</translation>
    </message>
    <message>
        <source>(certificate SHA-256 %1)</source>
        <translation>(Zertifikat SHA-256 %1)</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Autorisierungsendpunkt</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Userinfo endpoint</source>
        <translation>Userinfo-Endpunkt</translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation>JWKS</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token-Lebensdauer</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Test login of %1 succeeded.</source>
        <translation>Testanmeldung für %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>--active is yes or no, not &quot;%1&quot;</source>
        <translation>--active ist yes oder no, nicht „%1“</translation>
    </message>
    <message>
        <source>n8n has no such workflows.</source>
        <translation>n8n hat keine solchen Workflows.</translation>
    </message>
    <message>
        <source>n8n has no workflows tagged %1.</source>
        <translation>n8n hat keine Workflows mit dem Tag %1.</translation>
    </message>
    <message>
        <source>--all reads every page: it takes no --cursor</source>
        <translation>--all liest alle Seiten und akzeptiert kein --cursor</translation>
    </message>
    <message>
        <source>More: add --cursor %1 for the next page, or --all.</source>
        <translation>Mehr: Fügen Sie --cursor %1 für die nächste Seite hinzu, oder --all.</translation>
    </message>
    <message>
        <source>n8n has no such executions.</source>
        <translation>n8n hat keine solchen Ausführungen.</translation>
    </message>
    <message>
        <source>WORKFLOW</source>
        <translation>WORKFLOW</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>GESTARTET (UTC)</translation>
    </message>
    <message>
        <source>STOPPED (UTC)</source>
        <translation>BEENDET (UTC)</translation>
    </message>
    <message>
        <source>workflow id</source>
        <translation>Workflow-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an n8n workflow id</source>
        <translation>„%1“ ist keine n8n-Workflow-ID</translation>
    </message>
    <message>
        <source>Workflow %1 (%2) is active.</source>
        <translation>Workflow %1 (%2) ist aktiv.</translation>
    </message>
    <message>
        <source>Workflow %1 (%2) is inactive.</source>
        <translation>Workflow %1 (%2) ist inaktiv.</translation>
    </message>
    <message>
        <source>automation run needs --tenant SLUG</source>
        <translation>automation run braucht --tenant SLUG</translation>
    </message>
    <message>
        <source>automation run needs the workflow&apos;s webhook path (--path)</source>
        <translation>automation run braucht den Webhook-Pfad des Workflows (--path)</translation>
    </message>
    <message>
        <source>Use --type TYPE.</source>
        <translation>Verwenden Sie --type TYPE.</translation>
    </message>
    <message>
        <source>fusionctl: operation %1 failed: %2</source>
        <translation>fusionctl: Vorgang %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Operation %1 is running; n8n&apos;s execution is not known: %2</source>
        <translation>Vorgang %1 läuft; die Ausführung in n8n ist nicht bekannt: %2</translation>
    </message>
    <message>
        <source>Operation %1 is running as n8n execution %2.</source>
        <translation>Vorgang %1 läuft als n8n-Ausführung %2.</translation>
    </message>
    <message>
        <source>Superset has no dashboards.</source>
        <translation>Superset hat keine Dashboards.</translation>
    </message>
    <message>
        <source>Sampled (UTC): %1</source>
        <translation>Messzeitpunkt (UTC): %1</translation>
    </message>
    <message>
        <source>CPU: %1 of %2 cores (%3)</source>
        <translation>CPU: %1 von %2 Kernen (%3)</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 (%3)</source>
        <translation>Arbeitsspeicher: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Storage: %1 of %2 (%3)</source>
        <translation>Speicherplatz: %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Nodes ready: %1 of %2</source>
        <translation>Bereite Knoten: %1 von %2</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>ARBEITSSPEICHER</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>SPEICHERPLATZ</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>PODS</translation>
    </message>
    <message>
        <source>%1 has no Kubernetes namespace recorded; its resources cannot be told apart.</source>
        <translation>Für %1 ist kein Kubernetes-Namespace erfasst; seine Ressourcen lassen sich nicht zuordnen.</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>CHART</translation>
    </message>
    <message>
        <source>ODOO IMAGE</source>
        <translation>ODOO-IMAGE</translation>
    </message>
    <message>
        <source>%1 (not tested here)</source>
        <translation>%1 (hier nicht getestet)</translation>
    </message>
    <message>
        <source>POSTGRESQL IMAGE</source>
        <translation>POSTGRESQL-IMAGE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>No infra templates. Create one with &quot;fusionctl infra templates create&quot;.</source>
        <translation>Keine Infrastrukturvorlagen. Legen Sie eine mit „fusionctl infra templates create“ an.</translation>
    </message>
    <message>
        <source>Created the infra template &quot;%1&quot;.</source>
        <translation>Die Infrastrukturvorlage „%1“ ist angelegt.</translation>
    </message>
    <message>
        <source>Saved the infra template &quot;%1&quot;.</source>
        <translation>Die Infrastrukturvorlage „%1“ ist gespeichert.</translation>
    </message>
    <message>
        <source>The infra template &quot;%1&quot; is retired.</source>
        <translation>Die Infrastrukturvorlage „%1“ ist zurückgezogen.</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>runbook address</source>
        <translation>Runbook-Adresse</translation>
    </message>
    <message>
        <source>Failed operations link to no runbook.</source>
        <translation>Fehlgeschlagene Vorgänge verweisen auf kein Runbook.</translation>
    </message>
    <message>
        <source>Failed operations link to runbooks under %1.</source>
        <translation>Fehlgeschlagene Vorgänge verweisen auf Runbooks unter %1.</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>keys provider set needs one of --base-url URL, --reset, --trust-sha256 HEX or --no-trust</source>
        <translation>keys provider set braucht eines von --base-url URL, --reset, --trust-sha256 HEX oder --no-trust</translation>
    </message>
    <message>
        <source>REALM</source>
        <translation>REALM</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>REDIRECT URIS</source>
        <translation>WEITERLEITUNGS-URIS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>No realm templates. Create one with &quot;fusionctl sso templates create&quot;.</source>
        <translation>Keine Realm-Vorlagen. Legen Sie eine mit „fusionctl sso templates create“ an.</translation>
    </message>
    <message>
        <source>Created the realm template &quot;%1&quot;.</source>
        <translation>Realm-Vorlage „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the realm template &quot;%1&quot;.</source>
        <translation>Realm-Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the realm template &quot;%1&quot;.</source>
        <translation>Realm-Vorlage „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>fusionctl: the ETL test of %1 failed after %2: %3</source>
        <translation>fusionctl: Der ETL-Test von %1 ist nach %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The ETL test of %1 succeeded: HTTP %2 in %3; %4</source>
        <translation>Der ETL-Test von %1 war erfolgreich: HTTP %2 in %3; %4</translation>
    </message>
    <message>
        <source>Superset has no dashboard linked to %1 (by its address, its slug or title, or a %2 tag).</source>
        <translation>Superset hat kein mit %1 verknüpftes Dashboard (über Adresse, Kürzel oder Titel des Dashboards oder ein Tag %2).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>KEY SET</source>
        <translation>SCHLÜSSEL HINTERLEGT</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>There is no n8n instance; add one with &quot;fusionctl keys provider add n8n --name n8n --base-url URL&quot;.</source>
        <translation>Es gibt keine n8n-Instanz; fügen Sie eine mit „fusionctl keys provider add n8n --name n8n --base-url URL“ hinzu.</translation>
    </message>
    <message>
        <source>BILLED</source>
        <translation>ABRECHNUNG</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <source>AI ALLOWANCE/MONTH</source>
        <translation>KI-KONTINGENT/MONAT</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>No plans yet. Create one with &quot;fusionctl billing plan set CODE --name N --price X&quot;.</source>
        <translation>Noch keine Tarife. Legen Sie einen mit „fusionctl billing plan set CODE --name N --price X“ an.</translation>
    </message>
    <message>
        <source>plan code</source>
        <translation>Tarifcode</translation>
    </message>
    <message>
        <source>a new plan needs --name and --price</source>
        <translation>ein neuer Tarif braucht --name und --price</translation>
    </message>
    <message>
        <source>The plan %1 is saved.</source>
        <translation>Der Tarif %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>PRICING</source>
        <translation>PREISMODELL</translation>
    </message>
    <message>
        <source>PERIOD START</source>
        <translation>ZEITRAUMBEGINN</translation>
    </message>
    <message>
        <source>PERIOD END</source>
        <translation>ZEITRAUMENDE</translation>
    </message>
    <message>
        <source>NEXT INVOICE</source>
        <translation>NÄCHSTE RECHNUNG</translation>
    </message>
    <message>
        <source>No subscriptions.</source>
        <translation>Keine Abonnements.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>%1 (credit note of %2)</source>
        <translation>%1 (Gutschrift zu %2)</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>BALANCE</source>
        <translation>SALDO</translation>
    </message>
    <message>
        <source>No invoices%1. Generate a month&apos;s with &quot;fusionctl billing generate --period YYYY-MM&quot;.</source>
        <translation>Keine Rechnungen%1. Erzeugen Sie die eines Monats mit „fusionctl billing generate --period YYYY-MM“.</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>invoice id</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>There is no invoice %1.</source>
        <translation>Es gibt keine Rechnung %1.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Credit note of</source>
        <translation>Gutschrift zu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>No lines.</source>
        <translation>Keine Positionen.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>QTY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>EINZELPREIS</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>BETRAG</translation>
    </message>
    <message>
        <source>billing invoice pdf ID --out FILE</source>
        <translation>billing invoice pdf ID --out FILE</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>issuer details</source>
        <translation>Angaben zum Rechnungssteller</translation>
    </message>
    <message>
        <source>Invoices are issued by:
%1</source>
        <translation>Rechnungen werden ausgestellt von:
%1</translation>
    </message>
    <message>
        <source>billing generate --period YYYY-MM</source>
        <translation>billing generate --period YYYY-MM</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n draft invoice(s) for %1, totalling %2.</source>
        <translation>
            <numerusform>%n Rechnungsentwurf für %1 erzeugt, insgesamt %2.</numerusform>
            <numerusform>%n Rechnungsentwürfe für %1 erzeugt, insgesamt %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as %1.</source>
        <translation>Ausgestellt als %1.</translation>
    </message>
    <message>
        <source>%1 is paid.</source>
        <translation>%1 ist bezahlt.</translation>
    </message>
    <message>
        <source>%1 is void.</source>
        <translation>%1 ist storniert.</translation>
    </message>
    <message>
        <source>billing credit ID --amount X --reason R</source>
        <translation>billing credit ID --amount X --reason R</translation>
    </message>
    <message>
        <source>Credit note %1 issued against %2.</source>
        <translation>Gutschrift %1 zu %2 ausgestellt.</translation>
    </message>
    <message>
        <source>Runbook (in app)</source>
        <translation>Runbook (in der App)</translation>
    </message>
    <message>
        <source>%1 (fusionctl runbooks show %2)</source>
        <translation>%1 (fusionctl runbooks show %2)</translation>
    </message>
    <message>
        <source>--%1 FILE is required</source>
        <translation>--%1 FILE ist nötig</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>edited by %1 %2</source>
        <translation>bearbeitet von %1 %2</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>No runbooks.</source>
        <translation>Keine Runbooks.</translation>
    </message>
    <message>
        <source>runbook type</source>
        <translation>Runbook-Typ</translation>
    </message>
    <message>
        <source>(edited by %1 on %2; &quot;fusionctl runbooks reset %3&quot; brings the shipped text back)</source>
        <translation>(bearbeitet von %1 am %2; „fusionctl runbooks reset %3“ stellt den mitgelieferten Text wieder her)</translation>
    </message>
    <message>
        <source>(the shipped text)</source>
        <translation>(der mitgelieferte Text)</translation>
    </message>
    <message>
        <source>The runbook %1 now reads &quot;%2&quot; for everyone.</source>
        <translation>Das Runbook %1 lautet jetzt für alle „%2“.</translation>
    </message>
    <message>
        <source>The runbook %1 shows the shipped text again.</source>
        <translation>Das Runbook %1 zeigt wieder den mitgelieferten Text.</translation>
    </message>
    <message>
        <source>OPENED (UTC)</source>
        <translation>GEÖFFNET (UTC)</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>No support requests%1. A tenant admin opens one with &quot;fusionctl support open --tenant SLUG --subject S --body-file F&quot;.</source>
        <translation>Keine Supportanfragen%1. Ein Mandanten-Admin öffnet eine mit „fusionctl support open --tenant SLUG --subject S --body-file F“.</translation>
    </message>
    <message>
        <source> in state %1</source>
        <translation> im Zustand %1</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>--tenant SLUG is required</source>
        <translation>--tenant SLUG ist nötig</translation>
    </message>
    <message>
        <source>Opened support request %1.</source>
        <translation>Supportanfrage %1 geöffnet.</translation>
    </message>
    <message>
        <source>Request %1 is answered.</source>
        <translation>Anfrage %1 ist beantwortet.</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>Anfrage %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Request %1 is open again.</source>
        <translation>Anfrage %1 ist wieder offen.</translation>
    </message>
    <message>
        <source>Proposed (billing proposal %1); an owner approves or rejects it with &quot;fusionctl billing approve|reject %1&quot;.</source>
        <translation>Vorgeschlagen (Abrechnungsvorschlag %1); ein Eigentümer genehmigt oder lehnt ihn ab mit „fusionctl billing approve|reject %1“.</translation>
    </message>
    <message>
        <source>billing propose plan TENANT --plan CODE --reason R</source>
        <translation>billing propose plan TENANT --plan CODE --reason R</translation>
    </message>
    <message>
        <source>billing propose credit INVOICE_ID --amount X --reason R</source>
        <translation>billing propose credit INVOICE_ID --amount X --reason R</translation>
    </message>
    <message>
        <source>billing propose discount DRAFT_ID --amount X --reason R</source>
        <translation>billing propose discount DRAFT_ID --amount X --reason R</translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation>VORSCHLAG</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>No billing proposals.</source>
        <translation>Keine Abrechnungsvorschläge.</translation>
    </message>
    <message>
        <source>No pending billing proposals. Finance proposes with &quot;fusionctl billing propose plan|credit|discount&quot;.</source>
        <translation>Keine ausstehenden Abrechnungsvorschläge. Die Finanzabteilung stellt Vorschläge mit „fusionctl billing propose plan|credit|discount“.</translation>
    </message>
    <message>
        <source>Approved and applied: %1.</source>
        <translation>Genehmigt und angewendet: %1.</translation>
    </message>
    <message>
        <source>billing reject ID --reason R</source>
        <translation>billing reject ID --reason R</translation>
    </message>
    <message>
        <source>%1 (opened the request):</source>
        <translation>%1 (hat die Anfrage geöffnet):</translation>
    </message>
    <message>
        <source>%1 (%2) %3:</source>
        <translation>%1 (%2) %3:</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>No replies yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>--message TEXT is required</source>
        <translation>--message TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>Replied to request %1; it is answered.</source>
        <translation>Auf Anfrage %1 geantwortet; sie ist beantwortet.</translation>
    </message>
    <message>
        <source>Replied to request %1; it is open for the operators.</source>
        <translation>Auf Anfrage %1 geantwortet; sie ist für die Operatoren offen.</translation>
    </message>
    <message>
        <source>(platform)</source>
        <translation>(Plattform)</translation>
    </message>
    <message>
        <source>No status links. An owner adds one with &quot;fusionctl support links add --name N --url URL&quot;.</source>
        <translation>Keine Statuslinks. Ein Eigentümer fügt einen mit „fusionctl support links add --name N --url URL“ hinzu.</translation>
    </message>
    <message>
        <source>--tenant and --platform exclude each other</source>
        <translation>--tenant und --platform schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--name N and --url URL are required</source>
        <translation>--name N und --url URL sind erforderlich</translation>
    </message>
    <message>
        <source>Added status link %1.</source>
        <translation>Statuslink %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>link id</source>
        <translation>Link-ID</translation>
    </message>
    <message>
        <source>Status link %1 is saved.</source>
        <translation>Statuslink %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Status link %1 is removed.</source>
        <translation>Statuslink %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>--to PLACE is required</source>
        <translation>--to PLACE ist erforderlich</translation>
    </message>
    <message>
        <source>Status link %1 is at place %2.</source>
        <translation>Statuslink %1 ist an Position %2.</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Down: %1 of %2.</source>
        <translation>Nicht erreichbar: %1 von %2.</translation>
    </message>
    <message>
        <source>All up: %1 of %1.</source>
        <translation>Alle erreichbar: %1 von %1.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>use one of --page, --first, --last, --after and --before</source>
        <translation>verwenden Sie eine der Optionen --page, --first, --last, --after und --before</translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; is not one this list printed for --sort %2; repeat the --sort (and --desc) of the list that printed it</source>
        <translation>der Cursor „%1“ stammt nicht aus dieser Liste für --sort %2; wiederholen Sie --sort (und --desc) der Liste, die ihn ausgegeben hat</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source> · next: --after %1</source>
        <translation> · nächste: --after %1</translation>
    </message>
    <message>
        <source> · previous: --before %1</source>
        <translation> · vorherige: --before %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (--json lists the first %1)</source>
        <translation>
            <numerusform>  … und %n weiterer (--json listet die ersten %1)</numerusform>
            <numerusform>  … und %n weitere (--json listet die ersten %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 (standby, read-only)</source>
        <translation>%1 (Standby, schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (Primärserver)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n secret(s) that an interrupted earlier import had left in the keychain, unused by any key.</source>
        <translation>
            <numerusform>%n Geheimnis entfernt, das ein früher unterbrochener Import im Schlüsselbund hinterlassen hatte und das kein Schlüssel verwendet.</numerusform>
            <numerusform>%n Geheimnisse entfernt, die ein früher unterbrochener Import im Schlüsselbund hinterlassen hatte und die kein Schlüssel verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>use one of --first, --last, --after and --before</source>
        <translation>verwenden Sie eines von --first, --last, --after und --before</translation>
    </message>
    <message>
        <source>--limit is at most 1000 with --first, --last, --after or --before</source>
        <translation>--limit ist mit --first, --last, --after oder --before höchstens 1000</translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; is not one &quot;operations list&quot; printed; use the next: or previous: cursor under a page, or --first or --last</source>
        <translation>der Cursor „%1“ stammt nicht aus einer Ausgabe von „operations list“; verwenden Sie den next:- oder previous:-Cursor unter einer Seite oder --first bzw. --last</translation>
    </message>
    <message>
        <source>No operations match.</source>
        <translation>Keine passenden Vorgänge.</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>fusion::cli::Args</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 erwartet keinen Wert</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 wurde mehrfach angegeben</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 erwartet %2, nicht „%3“</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number from %1</source>
        <translation>eine ganze Zahl ab %1</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>the %1 is a positive whole number, not &quot;%2&quot;</source>
        <translation>%1: eine positive ganze Zahl erwartet, nicht „%2“</translation>
    </message>
    <message>
        <source>a date such as 2026-12-31</source>
        <translation>ein Datum wie 2026-12-31</translation>
    </message>
    <message>
        <source>an amount such as 12.50</source>
        <translation>einen Betrag wie 12.50</translation>
    </message>
    <message>
        <source>an amount such as 25 or 12.50, or &quot;none&quot;</source>
        <translation>einen Betrag wie 25 oder 12.50 oder „none“</translation>
    </message>
    <message>
        <source>a whole number, or &quot;none&quot;</source>
        <translation>eine ganze Zahl oder „none“</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a zone, e.g. 2026-11-29T10:00:00Z</source>
        <translation>eine ISO-8601-Zeit mit Zeitzone, z. B. 2026-11-29T10:00:00Z</translation>
    </message>
</context>
<context>
    <name>fusion::cli::Cli</name>
    <message>
        <source>Current values:</source>
        <translation>Aktuelle Werte:</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Database said: %1</source>
        <translation>Meldung der Datenbank: %1</translation>
    </message>
    <message>
        <source>Run &quot;fusionctl --help&quot; for usage.</source>
        <translation>Mit „fusionctl --help“ erhalten Sie Hinweise zum Aufruf.</translation>
    </message>
    <message>
        <source>fusionctl: not confirmed: standard input is not a terminal. Nothing was changed; add --yes to confirm.</source>
        <translation>fusionctl: nicht bestätigt: Die Standardeingabe ist kein Terminal. Es wurde nichts geändert; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>This cannot be undone. Type &quot;%1&quot; to confirm: </source>
        <translation>Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung „%1“ ein: </translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1? [y/N] </source>
        <translation>%1? [y/N] </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>use either --db or --profile, not both</source>
        <translation>verwenden Sie entweder --db oder --profile, nicht beides</translation>
    </message>
    <message>
        <source>There is no connection profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil „%1“.</translation>
    </message>
    <message>
        <source>FUSION_DB: %1</source>
        <translation>FUSION_DB: %1</translation>
    </message>
    <message>
        <source>The default connection profile &quot;%1&quot; no longer exists; choose another with &quot;fusionctl profiles use&quot;.</source>
        <translation>Das Standard-Verbindungsprofil „%1“ existiert nicht mehr; wählen Sie mit „fusionctl profiles use“ ein anderes.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>No database at %1 yet; &quot;fusionctl db migrate&quot; creates it.</source>
        <translation>Unter %1 gibt es noch keine Datenbank; „fusionctl db migrate“ legt sie an.</translation>
    </message>
    <message>
        <source>There is no database at %1 yet. Create it with &quot;fusionctl db migrate&quot;.</source>
        <translation>Unter %1 gibt es noch keine Datenbank. Legen Sie sie mit „fusionctl db migrate“ an.</translation>
    </message>
    <message>
        <source>--db is given more than once</source>
        <translation>--db wurde mehrfach angegeben</translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation>%1 braucht eine Aktion: %2</translation>
    </message>
    <message>
        <source>unknown %1 action &quot;%2&quot;</source>
        <translation>unbekannte %1-Aktion „%2“</translation>
    </message>
    <message>
        <source>(--verbose shows all of it)</source>
        <translation>(--verbose zeigt alles an)</translation>
    </message>
    <message>
        <source>fusionctl: %1</source>
        <translation>fusionctl: %1</translation>
    </message>
</context>
<context>
    <name>fusion::cli::CommandRegistry</name>
    <message>
        <source>Usage: fusionctl </source>
        <translation>Aufruf: fusionctl </translation>
    </message>
    <message>
        <source>Usage: fusionctl %1 ACTION ...</source>
        <translation>Aufruf: fusionctl %1 ACTION ...</translation>
    </message>
    <message>
        <source>&quot;fusionctl %1 ACTION --help&quot; explains one.</source>
        <translation>„fusionctl %1 ACTION --help“ erklärt eine Aktion.</translation>
    </message>
    <message>
        <source>Its other commands:</source>
        <translation>Seine weiteren Befehle:</translation>
    </message>
    <message>
        <source>Usage: fusionctl [--db URL | --profile NAME] [--json] [--yes] [--verbose] [--lang LANG] COMMAND ...

Store: --db sqlite:///path/file.db or postgresql://user@host:port/db, else $FUSION_DB, else the
default profile (fusionctl profiles use NAME), else the embedded SQLite file.

Commands (&quot;fusionctl COMMAND --help&quot; explains one):</source>
        <translation>Aufruf: fusionctl [--db URL | --profile NAME] [--json] [--yes] [--verbose] [--lang LANG] COMMAND ...

Speicher: --db sqlite:///path/file.db oder postgresql://user@host:port/db, sonst $FUSION_DB, sonst das
Standardprofil (fusionctl profiles use NAME), sonst die eingebettete SQLite-Datei.

Befehle (&quot;fusionctl COMMAND --help&quot; erklärt einen):</translation>
    </message>
    <message>
        <source>Every write shows what will change and asks; without a terminal it needs --yes.
A server&apos;s long error (a traceback, an error page) shows its first lines; --verbose shows all of it.
Exit codes: 0 ok, 1 error, 2 usage error, 3 not confirmed, 4 permission denied, 5 not found.</source>
        <translation>Jeder Schreibvorgang zeigt, was sich ändert, und fragt nach; ohne Terminal ist --yes nötig.
Ein langer Serverfehler (ein Traceback, eine Fehlerseite) zeigt seine ersten Zeilen; --verbose zeigt alles an.
Exit-Codes: 0 ok, 1 Fehler, 2 Aufruffehler, 3 nicht bestätigt, 4 Zugriff verweigert, 5 nicht gefunden.</translation>
    </message>
    <message>
        <source>Options for every command: --db URL | --profile NAME, --json, --yes, --verbose, --lang LANG.</source>
        <translation>Optionen für jeden Befehl: --db URL | --profile NAME, --json, --yes, --verbose, --lang LANG.</translation>
    </message>
</context>
<context>
    <name>fusion::cli::Commands</name>
    <message>
        <source>--consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]</source>
        <translation>--consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]</translation>
    </message>
    <message>
        <source>exit 0 allow, 3 deny</source>
        <translation>Exit 0 erlaubt, 3 abgelehnt</translation>
    </message>
    <message>
        <source>[--consumer C]</source>
        <translation>[--consumer C]</translation>
    </message>
    <message>
        <source>access rules: who may call which provider, within which limits</source>
        <translation>Zugriffsregeln: wer welchen Anbieter in welchen Grenzen aufrufen darf</translation>
    </message>
    <message>
        <source>consumers with their spend and state</source>
        <translation>Verbraucher mit ihren Ausgaben und ihrem Zustand</translation>
    </message>
    <message>
        <source>user limits and this month&apos;s use</source>
        <translation>Benutzerlimits und der Verbrauch dieses Monats</translation>
    </message>
    <message>
        <source>[--all]</source>
        <translation>[--all]</translation>
    </message>
    <message>
        <source>budget alerts not yet acknowledged (--all: every one)</source>
        <translation>noch nicht bestätigte Budgetwarnungen (--all: alle)</translation>
    </message>
    <message>
        <source>ID...|--all</source>
        <translation>ID...|--all</translation>
    </message>
    <message>
        <source>acknowledge budget alerts</source>
        <translation>Budgetwarnungen bestätigen</translation>
    </message>
    <message>
        <source>--consumer C --provider P [--enable|--disable] [--monthly A|none] [--daily A|none]
[--rpm N|none] [--rpd N|none] [--notes T]</source>
        <translation>--consumer C --provider P [--enable|--disable] [--monthly A|none] [--daily A|none]
[--rpm N|none] [--rpd N|none] [--notes T]</translation>
    </message>
    <message>
        <source>create or change an access rule</source>
        <translation>Zugriffsregel anlegen oder ändern</translation>
    </message>
    <message>
        <source>--consumer C --provider P</source>
        <translation>--consumer C --provider P</translation>
    </message>
    <message>
        <source>remove an access rule</source>
        <translation>Zugriffsregel entfernen</translation>
    </message>
    <message>
        <source>CONSUMER [--reason R]</source>
        <translation>CONSUMER [--reason R]</translation>
    </message>
    <message>
        <source>stop every call of a consumer at once</source>
        <translation>alle Aufrufe eines Verbrauchers sofort stoppen</translation>
    </message>
    <message>
        <source>CONSUMER</source>
        <translation>CONSUMER</translation>
    </message>
    <message>
        <source>let a stopped consumer call again</source>
        <translation>einen gestoppten Verbraucher wieder aufrufen lassen</translation>
    </message>
    <message>
        <source>NAME [--monthly A|none] [--daily-requests N|none] [--block|--unblock] [--notes T]</source>
        <translation>NAME [--monthly A|none] [--daily-requests N|none] [--block|--unblock] [--notes T]</translation>
    </message>
    <message>
        <source>set a user&apos;s limits</source>
        <translation>die Limits eines Benutzers setzen</translation>
    </message>
    <message>
        <source>--consumer C --provider P [rule options] [--reason R]</source>
        <translation>--consumer C --provider P [Regeloptionen] [--reason R]</translation>
    </message>
    <message>
        <source>finance: an owner approves</source>
        <translation>Finanzen: ein Eigentümer genehmigt</translation>
    </message>
    <message>
        <source>proposed rule changes waiting for an owner (--all: decided ones too)</source>
        <translation>vorgeschlagene Regeländerungen, die auf einen Eigentümer warten (--all: auch entschiedene)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>approve a proposed rule change (owners)</source>
        <translation>eine vorgeschlagene Regeländerung genehmigen (Eigentümer)</translation>
    </message>
    <message>
        <source>reject a proposed rule change (owners)</source>
        <translation>eine vorgeschlagene Regeländerung ablehnen (Eigentümer)</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>SLUG</translation>
    </message>
    <message>
        <source>record the modules of a tenant&apos;s Odoo</source>
        <translation>die Module des Odoo eines Mandanten erfassen</translation>
    </message>
    <message>
        <source>module bundles with their modules and tenants</source>
        <translation>Modulpakete mit ihren Modulen und Mandanten</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>a bundle, its modules and the tenants it is assigned to</source>
        <translation>ein Modulpaket, seine Module und die Mandanten, denen es zugewiesen ist</translation>
    </message>
    <message>
        <source>CODE --name N --modules M,M... [--type T] [--version V] [--description D]</source>
        <translation>CODE --name N --modules M,M... [--type T] [--version V] [--description D]</translation>
    </message>
    <message>
        <source>define a bundle of Odoo modules</source>
        <translation>ein Paket von Odoo-Modulen anlegen</translation>
    </message>
    <message>
        <source>CODE [--name N] [--type T] [--version V] [--description D] [--modules M,M...]
[--add-module M]... [--remove-module M]...</source>
        <translation>CODE [--name N] [--type T] [--version V] [--description D] [--modules M,M...]
[--add-module M]... [--remove-module M]...</translation>
    </message>
    <message>
        <source>change a bundle or its module list</source>
        <translation>ein Modulpaket oder seine Modulliste ändern</translation>
    </message>
    <message>
        <source>delete a bundle no tenant uses</source>
        <translation>ein Modulpaket löschen, das kein Mandant nutzt</translation>
    </message>
    <message>
        <source>CODE SLUG</source>
        <translation>CODE SLUG</translation>
    </message>
    <message>
        <source>assign a bundle to a tenant</source>
        <translation>einem Mandanten ein Modulpaket zuweisen</translation>
    </message>
    <message>
        <source>take a bundle from a tenant</source>
        <translation>einem Mandanten ein Modulpaket entziehen</translation>
    </message>
    <message>
        <source>install the bundle&apos;s missing modules in the tenant&apos;s Odoo</source>
        <translation>die fehlenden Module des Pakets im Odoo des Mandanten installieren</translation>
    </message>
    <message>
        <source>[SLUG] [--bundle CODE] [--include-core] [--all]</source>
        <translation>[SLUG] [--bundle CODE] [--include-core] [--all]</translation>
    </message>
    <message>
        <source>wanted vs installed modules</source>
        <translation>vorgesehene vs. installierte Module</translation>
    </message>
    <message>
        <source>openai|anthropic --consumer C --model M (--prompt TEXT|--prompt-stdin) [--feature F] [--user U]
[--system TEXT] [--max-tokens N] [--timeout S]</source>
        <translation>openai|anthropic --consumer C --model M (--prompt TEXT|--prompt-stdin) [--feature F] [--user U]
[--system TEXT] [--max-tokens N] [--timeout S]</translation>
    </message>
    <message>
        <source>checked, paid from the budget, logged</source>
        <translation>geprüft, aus dem Budget bezahlt, protokolliert</translation>
    </message>
    <message>
        <source>schema version and pending migrations</source>
        <translation>Schemaversion und ausstehende Migrationen</translation>
    </message>
    <message>
        <source>create or upgrade the schema</source>
        <translation>Schema anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>leere Datenbank mit Demodaten füllen</translation>
    </message>
    <message>
        <source>the providers keys can be kept for</source>
        <translation>die Anbieter, für die Schlüssel verwaltet werden können</translation>
    </message>
    <message>
        <source>[--provider P] [--all] [--expiring-days N] [--unused-days N]</source>
        <translation>[--provider P] [--all] [--expiring-days N] [--unused-days N]</translation>
    </message>
    <message>
        <source>API keys with their state, expiry and last use</source>
        <translation>API-Schlüssel mit Zustand, Ablauf und letzter Nutzung</translation>
    </message>
    <message>
        <source>PROVIDER [--key LABEL]</source>
        <translation>PROVIDER [--key LABEL]</translation>
    </message>
    <message>
        <source>one key (the default unless --key), never its secret</source>
        <translation>ein Schlüssel (der Standardschlüssel, sofern nicht --key), nie sein Geheimnis</translation>
    </message>
    <message>
        <source>PROVIDER --label L --secret-stdin [--client-id ID] [--expires DATE] [--default] [--notes T]</source>
        <translation>PROVIDER --label L --secret-stdin [--client-id ID] [--expires DATE] [--default] [--notes T]</translation>
    </message>
    <message>
        <source>store a key; its secret goes to the OS keychain</source>
        <translation>einen Schlüssel speichern; sein Geheimnis kommt in den System-Schlüsselbund</translation>
    </message>
    <message>
        <source>[PROVIDER] [--key LABEL] [--all] [--timeout S]</source>
        <translation>[PROVIDER] [--key LABEL] [--all] [--timeout S]</translation>
    </message>
    <message>
        <source>ask the provider whether a key still works</source>
        <translation>beim Anbieter prüfen, ob ein Schlüssel noch funktioniert</translation>
    </message>
    <message>
        <source>PROVIDER --key OLD --label NEW --secret-stdin [--skip-validation] [--grace-days N]
[--expires DATE] [--client-id ID] [--notes T] [--timeout S]</source>
        <translation>PROVIDER --key OLD --label NEW --secret-stdin [--skip-validation] [--grace-days N]
[--expires DATE] [--client-id ID] [--notes T] [--timeout S]</translation>
    </message>
    <message>
        <source>replace a key with a new one, the old one kept for the grace days</source>
        <translation>einen Schlüssel durch einen neuen ersetzen; der alte bleibt für die Übergangsfrist</translation>
    </message>
    <message>
        <source>PROVIDER --key LABEL</source>
        <translation>PROVIDER --key LABEL</translation>
    </message>
    <message>
        <source>make a key its provider&apos;s default</source>
        <translation>einen Schlüssel zum Standard seines Anbieters machen</translation>
    </message>
    <message>
        <source>asks for the label, deletes the keychain item</source>
        <translation>fragt nach der Bezeichnung, löscht den Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>print the secret for a program (audited)</source>
        <translation>Geheimnis für ein Programm ausgeben (protokolliert)</translation>
    </message>
    <message>
        <source>credentials in a tenant&apos;s Odoo system parameters</source>
        <translation>Zugangsdaten in den Odoo-Systemparametern eines Mandanten</translation>
    </message>
    <message>
        <source>FILE [--provider P]... [--key PROVIDER/LABEL]... --passphrase-stdin</source>
        <translation>FILE [--provider P]... [--key PROVIDER/LABEL]... --passphrase-stdin</translation>
    </message>
    <message>
        <source>write keys to a passphrase-protected file</source>
        <translation>Schlüssel in eine mit Passphrase geschützte Datei schreiben</translation>
    </message>
    <message>
        <source>FILE --passphrase-stdin</source>
        <translation>FILE --passphrase-stdin</translation>
    </message>
    <message>
        <source>shows what is added or replaced, then asks</source>
        <translation>zeigt, was hinzugefügt oder ersetzt wird, und fragt dann nach</translation>
    </message>
    <message>
        <source>SLUG --url URL --db DB --login LOGIN --password-stdin [--trust-fingerprint SHA256]
[--reads-per-minute N] [--writes-per-minute N]</source>
        <translation>SLUG --url URL --db DB --login LOGIN --password-stdin [--trust-fingerprint SHA256]
[--reads-per-minute N] [--writes-per-minute N]</translation>
    </message>
    <message>
        <source>test, then store a tenant&apos;s Odoo connection</source>
        <translation>testen, dann Odoo-Verbindung eines Mandanten speichern</translation>
    </message>
    <message>
        <source>server version, uid and latency of a tenant&apos;s Odoo</source>
        <translation>Serverversion, UID und Latenz des Odoo eines Mandanten</translation>
    </message>
    <message>
        <source>SLUG [--search Q] [--email E] [--phone P] [--website W] [--companies] [--limit N]</source>
        <translation>SLUG [--search Q] [--email E] [--phone P] [--website W] [--companies] [--limit N]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s Odoo contacts</source>
        <translation>Kontakte im Odoo eines Mandanten suchen</translation>
    </message>
    <message>
        <source>SLUG ID</source>
        <translation>SLUG ID</translation>
    </message>
    <message>
        <source>a partner with its leads, projects, tasks, activities, events</source>
        <translation>ein Partner mit Leads, Projekten, Aufgaben, Aktivitäten, Terminen</translation>
    </message>
    <message>
        <source>SLUG [--partner ID] [--email E] [--name N] [--stage S] [--limit N]</source>
        <translation>SLUG [--partner ID] [--email E] [--name N] [--stage S] [--limit N]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s CRM leads</source>
        <translation>CRM-Leads eines Mandanten suchen</translation>
    </message>
    <message>
        <source>SLUG [--partner ID] [--name N] [--limit N]</source>
        <translation>SLUG [--partner ID] [--name N] [--limit N]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s projects</source>
        <translation>Projekte eines Mandanten suchen</translation>
    </message>
    <message>
        <source>SLUG [--project ID] [--partner ID] [--name N] [--limit N]</source>
        <translation>SLUG [--project ID] [--partner ID] [--name N] [--limit N]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s project tasks</source>
        <translation>Projektaufgaben eines Mandanten suchen</translation>
    </message>
    <message>
        <source>SLUG [--partner ID] [--model M] [--record ID] [--limit N]</source>
        <translation>SLUG [--partner ID] [--model M] [--record ID] [--limit N]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s scheduled activities</source>
        <translation>geplante Aktivitäten eines Mandanten suchen</translation>
    </message>
    <message>
        <source>SLUG [--partner ID]... [--name N] [--limit N]</source>
        <translation>SLUG [--partner ID]... [--name N] [--limit N]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s calendar events</source>
        <translation>Kalendertermine eines Mandanten suchen</translation>
    </message>
    <message>
        <source>close a module install left running (app closed) as failed</source>
        <translation>eine hängengebliebene Modulinstallation als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>[--search Q] [--action A] [--tenant SLUG] [--limit N]</source>
        <translation>[--search Q] [--action A] [--tenant SLUG] [--limit N]</translation>
    </message>
    <message>
        <source>the audit log, newest first</source>
        <translation>das Prüfprotokoll, neueste Einträge zuerst</translation>
    </message>
    <message>
        <source>check that no audit row was altered or removed</source>
        <translation>prüfen, dass keine Prüfprotokollzeile verändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>logins with a Fusion Console role</source>
        <translation>Anmeldenamen mit einer Fusion-Console-Rolle</translation>
    </message>
    <message>
        <source>LOGIN ROLE [--tenant SLUG]</source>
        <translation>LOGIN ROLE [--tenant SLUG]</translation>
    </message>
    <message>
        <source>give a login a role (a tenant admin for one tenant)</source>
        <translation>einem Anmeldenamen eine Rolle geben (Mandanten-Admin für einen Mandanten)</translation>
    </message>
    <message>
        <source>take a role from a login</source>
        <translation>einem Anmeldenamen eine Rolle entziehen</translation>
    </message>
    <message>
        <source>your login, database and roles</source>
        <translation>Ihr Anmeldename, Ihre Datenbank und Ihre Rollen</translation>
    </message>
    <message>
        <source>saved connections; * marks the default</source>
        <translation>gespeicherte Verbindungen; * markiert die Standardverbindung</translation>
    </message>
    <message>
        <source>NAME --url URL [--password-stdin]</source>
        <translation>NAME --url URL [--password-stdin]</translation>
    </message>
    <message>
        <source>save a connection; its password goes to the OS keychain</source>
        <translation>eine Verbindung speichern; ihr Passwort kommt in den System-Schlüsselbund</translation>
    </message>
    <message>
        <source>NAME --password-stdin</source>
        <translation>NAME --password-stdin</translation>
    </message>
    <message>
        <source>replace a profile&apos;s password in the OS keychain</source>
        <translation>das Passwort eines Profils im System-Schlüsselbund ersetzen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>forget a connection and its password (asks)</source>
        <translation>eine Verbindung und ihr Passwort vergessen (fragt nach)</translation>
    </message>
    <message>
        <source>NAME|--none</source>
        <translation>NAME|--none</translation>
    </message>
    <message>
        <source>the profile the app and fusionctl open by default</source>
        <translation>das Profil, das die App und fusionctl standardmäßig öffnen</translation>
    </message>
    <message>
        <source>partner|lead|project|tasks|activity|event SLUG --case ID [fields]</source>
        <translation>partner|lead|project|tasks|activity|event SLUG --case ID [fields]</translation>
    </message>
    <message>
        <source>save a proposed change (nothing goes to Odoo yet)</source>
        <translation>vorgeschlagene Änderung speichern (noch wird nichts an Odoo gesendet)</translation>
    </message>
    <message>
        <source>[--state S|all] [--tenant SLUG]</source>
        <translation>[--state S|all] [--tenant SLUG]</translation>
    </message>
    <message>
        <source>proposed changes, pending ones unless --state says otherwise</source>
        <translation>vorgeschlagene Änderungen, die offenen, sofern --state nichts anderes sagt</translation>
    </message>
    <message>
        <source>show|execute|cancel|abandon ID</source>
        <translation>show|execute|cancel|abandon ID</translation>
    </message>
    <message>
        <source>review, run once (asks), drop, or close as failed a proposal left executing</source>
        <translation>Vorschlag prüfen, einmal ausführen (fragt nach), verwerfen oder beim Ausführen hängengeblieben als fehlgeschlagen schließen</translation>
    </message>
    <message>
        <source>tenants, filtered and sorted, a page at a time</source>
        <translation>Mandanten, gefiltert und sortiert, seitenweise</translation>
    </message>
    <message>
        <source>a tenant with its billing, SSO, bundles and operations</source>
        <translation>ein Mandant mit Abrechnung, SSO, Modulpaketen und Vorgängen</translation>
    </message>
    <message>
        <source>--slug S --name N [--agency G] [--plan P] [--bundle B]... [--template T]
[--region R] [--db-strategy db_per_tenant|schema_per_tenant] [--db-host H]
[--odoo-url URL] [--realm R] [--client-id C] [--redirect-uri URI]...</source>
        <translation>--slug S --name N [--agency G] [--plan P] [--bundle B]... [--template T]
[--region R] [--db-strategy db_per_tenant|schema_per_tenant] [--db-host H]
[--odoo-url URL] [--realm R] [--client-id C] [--redirect-uri URI]...</translation>
    </message>
    <message>
        <source>create a tenant and queue its provisioning</source>
        <translation>einen Mandanten anlegen und seine Bereitstellung einreihen</translation>
    </message>
    <message>
        <source>pause a tenant (asks)</source>
        <translation>einen Mandanten pausieren (fragt nach)</translation>
    </message>
    <message>
        <source>resume a paused tenant (asks)</source>
        <translation>einen pausierten Mandanten fortsetzen (fragt nach)</translation>
    </message>
    <message>
        <source>rebuild a tenant&apos;s deployment (asks)</source>
        <translation>die Bereitstellung eines Mandanten neu aufbauen (fragt nach)</translation>
    </message>
    <message>
        <source>decommission a tenant (type its slug to confirm)</source>
        <translation>einen Mandanten stilllegen (zur Bestätigung seinen Slug eingeben)</translation>
    </message>
    <message>
        <source>SLUG --set FIELD=VALUE... [--expect-version N]</source>
        <translation>SLUG --set FIELD=VALUE... [--expect-version N]</translation>
    </message>
    <message>
        <source>change a tenant&apos;s fields, bundles, billing.*, sso.* or analytics.*</source>
        <translation>Felder, Modulpakete, billing.*, sso.* oder analytics.* eines Mandanten ändern</translation>
    </message>
    <message>
        <source>--consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] [--tokens-cached N]
[--cost A] [--latency-ms N] [--status ok|error] [--at TIME] [--request-id ID] ...</source>
        <translation>--consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] [--tokens-cached N]
[--cost A] [--latency-ms N] [--status ok|error] [--at TIME] [--request-id ID] ...</translation>
    </message>
    <message>
        <source>record one call made outside fusionctl</source>
        <translation>einen außerhalb von fusionctl gemachten Aufruf erfassen</translation>
    </message>
    <message>
        <source>FILE [--strict]</source>
        <translation>FILE [--strict]</translation>
    </message>
    <message>
        <source>CSV or JSON lines; bad rows reported by line</source>
        <translation>CSV oder JSON-Zeilen; fehlerhafte Zeilen mit Zeilennummer</translation>
    </message>
    <message>
        <source>[--rebuild]</source>
        <translation>[--rebuild]</translation>
    </message>
    <message>
        <source>bring the daily totals up to date</source>
        <translation>die Tagessummen auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <source>--before DATE</source>
        <translation>--before DATE</translation>
    </message>
    <message>
        <source>delete raw usage rows before a day (the totals stay)</source>
        <translation>Rohdaten der Nutzung vor einem Tag löschen (die Summen bleiben)</translation>
    </message>
    <message>
        <source>usage with no price for its model</source>
        <translation>Nutzung ohne Preis für ihr Modell</translation>
    </message>
    <message>
        <source>[--by consumer|provider|model|feature|user|day] [--from DATE] [--to DATE]</source>
        <translation>[--by consumer|provider|model|feature|user|day] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>spend and tokens from the daily totals</source>
        <translation>Ausgaben und Tokens aus den Tagessummen</translation>
    </message>
    <message>
        <source>[--provider P]</source>
        <translation>[--provider P]</translation>
    </message>
    <message>
        <source>the price table</source>
        <translation>die Preistabelle</translation>
    </message>
    <message>
        <source>PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S]</source>
        <translation>PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S]</translation>
    </message>
    <message>
        <source>price a model per million tokens from a day on</source>
        <translation>Preis eines Modells je Million Tokens ab einem Tag festlegen</translation>
    </message>
    <message>
        <source>[--tenant SLUG | --platform] [--all]</source>
        <translation>[--tenant SLUG | --platform] [--all]</translation>
    </message>
    <message>
        <source>AI providers with their statistics from the usage log (--all: inactive too)</source>
        <translation>KI-Anbieter mit ihren Statistiken aus dem Nutzungsprotokoll (--all: auch inaktive)</translation>
    </message>
    <message>
        <source>NAME|ID [--tenant SLUG]</source>
        <translation>NAME|ID [--tenant SLUG]</translation>
    </message>
    <message>
        <source>one AI provider, its settings and statistics</source>
        <translation>ein KI-Anbieter, seine Einstellungen und Statistiken</translation>
    </message>
    <message>
        <source>NAME --type openai|anthropic|ollama|kapa [--tenant SLUG] [--model M]
[--key LABEL] [--base-url URL] [--project ID] [--embedding-model M]
[--sequence N] [--default]</source>
        <translation>NAME --type openai|anthropic|ollama|kapa [--tenant SLUG] [--model M]
[--key LABEL] [--base-url URL] [--project ID] [--embedding-model M]
[--sequence N] [--default]</translation>
    </message>
    <message>
        <source>add an AI provider for the platform or a tenant (its secret is a key-vault key)</source>
        <translation>einen KI-Anbieter für die Plattform oder einen Mandanten hinzufügen (sein Geheimnis ist ein Schlüssel aus dem Tresor)</translation>
    </message>
    <message>
        <source>make an AI provider its scope&apos;s default</source>
        <translation>einen KI-Anbieter zum Standard seines Bereichs machen</translation>
    </message>
    <message>
        <source>let an inactive AI provider answer again</source>
        <translation>einen inaktiven KI-Anbieter wieder antworten lassen</translation>
    </message>
    <message>
        <source>stop sending questions to an AI provider, keeping its history</source>
        <translation>keine Fragen mehr an einen KI-Anbieter senden, sein Verlauf bleibt</translation>
    </message>
    <message>
        <source>delete an AI provider that no thread uses</source>
        <translation>einen KI-Anbieter löschen, den keine Unterhaltung verwendet</translation>
    </message>
    <message>
        <source>[--audit-retention-days N] [--thread-idle-days N]</source>
        <translation>[--audit-retention-days N] [--thread-idle-days N]</translation>
    </message>
    <message>
        <source>how long AI audit rows are kept and threads stay open (asks before a change)</source>
        <translation>wie lange KI-Prüfprotokollzeilen bleiben und Unterhaltungen offen sind (fragt vor einer Änderung)</translation>
    </message>
    <message>
        <source>delete AI audit rows past their retention and close idle threads (the timer runs it)</source>
        <translation>KI-Prüfprotokollzeilen nach ihrer Aufbewahrung löschen und ruhende Unterhaltungen schließen (der Timer führt es aus)</translation>
    </message>
    <message>
        <source>--source S --type T [--ref R]</source>
        <translation>--source S --type T [--ref R]</translation>
    </message>
    <message>
        <source>store an event (JSON payload on standard input), once per source and ref</source>
        <translation>ein Ereignis speichern (JSON-Nutzlast über die Standardeingabe), einmal je Quelle und Referenz</translation>
    </message>
    <message>
        <source>[--source S] [--processed yes|no|all] [--limit N]</source>
        <translation>[--source S] [--processed yes|no|all] [--limit N]</translation>
    </message>
    <message>
        <source>events, newest first; unprocessed ones unless --processed says otherwise</source>
        <translation>Ereignisse, neueste zuerst; unverarbeitete, sofern --processed nichts anderes sagt</translation>
    </message>
    <message>
        <source>an event with its payload</source>
        <translation>ein Ereignis mit seiner Nutzlast</translation>
    </message>
    <message>
        <source>ID... [--notes TEXT]</source>
        <translation>ID... [--notes TEXT]</translation>
    </message>
    <message>
        <source>mark events processed, with notes (asks)</source>
        <translation>Ereignisse als verarbeitet markieren, mit Notizen (fragt)</translation>
    </message>
    <message>
        <source>[--tenant SLUG] [--all]</source>
        <translation>[--tenant SLUG] [--all]</translation>
    </message>
    <message>
        <source>prompts with their published and latest versions (--all: inactive too)</source>
        <translation>Prompts mit ihrer veröffentlichten und neuesten Version (--all: auch inaktive)</translation>
    </message>
    <message>
        <source>CODE [--version N]</source>
        <translation>CODE [--version N]</translation>
    </message>
    <message>
        <source>a prompt&apos;s template and variables (the published version unless named)</source>
        <translation>Vorlage und Variablen eines Prompts (die veröffentlichte Version, sofern keine genannt)</translation>
    </message>
    <message>
        <source>CODE --name NAME [--tenant SLUG] [--var NAME]... [--note TEXT] &lt; TEMPLATE</source>
        <translation>CODE --name NAME [--tenant SLUG] [--var NAME]... [--note TEXT] &lt; VORLAGE</translation>
    </message>
    <message>
        <source>add a prompt; its version 1 is published</source>
        <translation>einen Prompt hinzufügen; seine Version 1 wird veröffentlicht</translation>
    </message>
    <message>
        <source>CODE [--var NAME]... [--note TEXT] [--publish] &lt; TEMPLATE</source>
        <translation>CODE [--var NAME]... [--note TEXT] [--publish] &lt; VORLAGE</translation>
    </message>
    <message>
        <source>save a new version of a prompt (without --var: the latest version&apos;s variables)</source>
        <translation>eine neue Version eines Prompts speichern (ohne --var: die Variablen der neuesten Version)</translation>
    </message>
    <message>
        <source>CODE VERSION</source>
        <translation>CODE VERSION</translation>
    </message>
    <message>
        <source>make a version of a prompt the published one</source>
        <translation>eine Version eines Prompts zur veröffentlichten machen</translation>
    </message>
    <message>
        <source>offer an inactive prompt again</source>
        <translation>einen inaktiven Prompt wieder anbieten</translation>
    </message>
    <message>
        <source>stop offering a prompt, keeping its versions</source>
        <translation>einen Prompt nicht mehr anbieten, seine Versionen bleiben</translation>
    </message>
    <message>
        <source>every version of a prompt, who saved it and when</source>
        <translation>jede Version eines Prompts, wer sie wann gespeichert hat</translation>
    </message>
    <message>
        <source>CODE FROM [TO]</source>
        <translation>CODE VON [BIS]</translation>
    </message>
    <message>
        <source>a unified diff between two versions&apos; templates (TO: the latest; --json: hunks)</source>
        <translation>ein Unified-Diff zwischen den Vorlagen zweier Versionen (BIS: die neueste; --json: Abschnitte)</translation>
    </message>
    <message>
        <source>CODE [--version N] [--set NAME=VALUE]...</source>
        <translation>CODE [--version N] [--set NAME=WERT]...</translation>
    </message>
    <message>
        <source>a prompt&apos;s text with its variables filled in (the published version unless named)</source>
        <translation>der Text eines Prompts mit ausgefüllten Variablen (die veröffentlichte Version, sofern keine genannt)</translation>
    </message>
    <message>
        <source>[--search TEXT] [--active] [--limit N]</source>
        <translation>[--search TEXT] [--active] [--limit N]</translation>
    </message>
    <message>
        <source>your AI console threads, most recent first</source>
        <translation>Ihre Unterhaltungen in der KI-Konsole, neueste zuerst</translation>
    </message>
    <message>
        <source>ID [--last N]</source>
        <translation>ID [--last N]</translation>
    </message>
    <message>
        <source>a thread&apos;s questions and answers with their sources</source>
        <translation>Fragen und Antworten einer Unterhaltung mit ihren Quellen</translation>
    </message>
    <message>
        <source>close a thread (it keeps its messages)</source>
        <translation>eine Unterhaltung schließen (ihre Nachrichten bleiben)</translation>
    </message>
    <message>
        <source>delete a thread with its messages</source>
        <translation>eine Unterhaltung mit ihren Nachrichten löschen</translation>
    </message>
    <message>
        <source>ANSWER_ID up|down [--comment TEXT]</source>
        <translation>ANSWER_ID up|down [--comment TEXT]</translation>
    </message>
    <message>
        <source>rate an answer (replaces your earlier rating)</source>
        <translation>eine Antwort bewerten (ersetzt Ihre frühere Bewertung)</translation>
    </message>
    <message>
        <source>[--operation ask|search|feedback|embed|sync] [--status S] [--login L]
[--thread N] [--limit N]</source>
        <translation>[--operation ask|search|feedback|embed|sync] [--status S] [--login L]
[--thread N] [--limit N]</translation>
    </message>
    <message>
        <source>the AI audit, redacted, newest first</source>
        <translation>das KI-Prüfprotokoll, geschwärzt, neueste Einträge zuerst</translation>
    </message>
    <message>
        <source>a new random intake token for events serve, kept in the OS keychain and printed once (asks)</source>
        <translation>ein neues zufälliges Annahme-Token für events serve, im System-Schlüsselbund aufbewahrt und einmal ausgegeben (fragt)</translation>
    </message>
    <message>
        <source>--token-stdin</source>
        <translation>--token-stdin</translation>
    </message>
    <message>
        <source>keep a given intake token (at least 24 characters) in the OS keychain (asks)</source>
        <translation>ein gegebenes Annahme-Token (mindestens 24 Zeichen) im System-Schlüsselbund aufbewahren (fragt)</translation>
    </message>
    <message>
        <source>delete the intake token from the OS keychain (asks)</source>
        <translation>das Annahme-Token aus dem System-Schlüsselbund löschen (fragt)</translation>
    </message>
    <message>
        <source>--listen ADDR:PORT [--max-bytes N]</source>
        <translation>--listen ADDR:PORT [--max-bytes N]</translation>
    </message>
    <message>
        <source>receive events over HTTP at POST /ipai_ai_connectors/event (checks the intake token)</source>
        <translation>Ereignisse über HTTP bei POST /ipai_ai_connectors/event empfangen (prüft das Annahme-Token)</translation>
    </message>
    <message>
        <source>SLUG [--full]</source>
        <translation>SLUG [--full]</translation>
    </message>
    <message>
        <source>read the projects and tasks changed in a tenant&apos;s Odoo into the knowledge base (--full: all, dropping those deleted there; asks)</source>
        <translation>die im Odoo eines Mandanten geänderten Projekte und Aufgaben in die Wissensbasis einlesen (--full: alle, dort gelöschte werden entfernt; fragt nach)</translation>
    </message>
    <message>
        <source>[--tenant SLUG]</source>
        <translation>[--tenant SLUG]</translation>
    </message>
    <message>
        <source>chunks, projects and tasks per tenant, and how far each was synced</source>
        <translation>Abschnitte, Projekte und Aufgaben je Mandant und wie weit jeweils synchronisiert wurde</translation>
    </message>
    <message>
        <source>the workspaces you can see, with members and your role (--all: archived too)</source>
        <translation>die für Sie sichtbaren Arbeitsbereiche mit Mitgliedern und Ihrer Rolle (--all: auch archivierte)</translation>
    </message>
    <message>
        <source>a workspace with its members and Odoo links</source>
        <translation>ein Arbeitsbereich mit seinen Mitgliedern und Odoo-Verknüpfungen</translation>
    </message>
    <message>
        <source>--tenant SLUG --name N [--description D]
[--visibility private|internal|public]</source>
        <translation>--tenant SLUG --name N [--description D]
[--visibility private|internal|public]</translation>
    </message>
    <message>
        <source>create a workspace you own; proposes its Odoo project and channel (asks)</source>
        <translation>einen eigenen Arbeitsbereich erstellen; schlägt sein Odoo-Projekt und seinen Kanal vor (fragt nach)</translation>
    </message>
    <message>
        <source>ID [--name N] [--description D] [--visibility V] [--active yes|no]
[--expect-version N]</source>
        <translation>ID [--name N] [--description D] [--visibility V] [--active yes|no]
[--expect-version N]</translation>
    </message>
    <message>
        <source>change a workspace (admins and owners; asks)</source>
        <translation>einen Arbeitsbereich ändern (Admins und Eigentümer; fragt nach)</translation>
    </message>
    <message>
        <source>a workspace&apos;s members and their roles</source>
        <translation>die Mitglieder eines Arbeitsbereichs und ihre Rollen</translation>
    </message>
    <message>
        <source>ID LOGIN [--role member|admin|owner]</source>
        <translation>ID LOGIN [--role member|admin|owner]</translation>
    </message>
    <message>
        <source>add a member (admins; owners for an owner; asks)</source>
        <translation>ein Mitglied hinzufügen (Admins; für einen Eigentümer nur Eigentümer; fragt nach)</translation>
    </message>
    <message>
        <source>ID LOGIN</source>
        <translation>ID LOGIN</translation>
    </message>
    <message>
        <source>remove a member (asks)</source>
        <translation>ein Mitglied entfernen (fragt nach)</translation>
    </message>
    <message>
        <source>ID LOGIN member|admin|owner</source>
        <translation>ID LOGIN member|admin|owner</translation>
    </message>
    <message>
        <source>change a member&apos;s role (asks)</source>
        <translation>die Rolle eines Mitglieds ändern (fragt nach)</translation>
    </message>
    <message>
        <source>leave a workspace; its last owner cannot (asks)</source>
        <translation>einen Arbeitsbereich verlassen; sein letzter Eigentümer kann das nicht (fragt nach)</translation>
    </message>
    <message>
        <source>delete a workspace and its memberships (owners; asks)</source>
        <translation>einen Arbeitsbereich und seine Mitgliedschaften löschen (Eigentümer; fragt nach)</translation>
    </message>
    <message>
        <source>QUESTION… | --question-stdin [--thread N] [--provider NAME|ID] [--tenant SLUG]
[--prompt CODE [--set NAME=VALUE]...] [--no-evidence] [--no-knowledge] [--max-tokens N] [--timeout S]</source>
        <translation>FRAGE… | --question-stdin [--thread N] [--provider NAME|ID] [--tenant SLUG]
[--prompt CODE [--set NAME=WERT]...] [--no-evidence] [--no-knowledge] [--max-tokens N] [--timeout S]</translation>
    </message>
    <message>
        <source>ask the AI console; the answer streams in, citing the platform&apos;s facts and the knowledge base</source>
        <translation>die KI-Konsole fragen; die Antwort kommt gestreamt und zitiert die Fakten der Plattform und die Wissensbasis</translation>
    </message>
    <message>
        <source>SLUG [--provider openai|ollama] [--model M]</source>
        <translation>SLUG [--provider openai|ollama] [--model M]</translation>
    </message>
    <message>
        <source>embed a tenant&apos;s chunks that have no vector of the model, through the metered service layer as the consumer ai-knowledge (asks)</source>
        <translation>die Abschnitte eines Mandanten ohne Vektor des Modells einbetten, über die abgerechnete Dienstschicht als Verbraucher ai-knowledge (fragt)</translation>
    </message>
    <message>
        <source>QUERY… [--tenant SLUG] [--limit N] [--mode words|vector|hybrid]</source>
        <translation>SUCHE… [--tenant SLUG] [--limit N] [--mode words|vector|hybrid]</translation>
    </message>
    <message>
        <source>knowledge-base chunks holding every word (or nearest in meaning, or both fused), best first</source>
        <translation>Abschnitte der Wissensbasis mit jedem Wort (oder der Bedeutung nach am nächsten, oder beides vereint), die besten zuerst</translation>
    </message>
    <message>
        <source>where a tenant&apos;s knowledge is searched: the local knowledge base or a Supabase project</source>
        <translation>wo das Wissen eines Mandanten durchsucht wird: die lokale Wissensbasis oder ein Supabase-Projekt</translation>
    </message>
    <message>
        <source>SLUG --url URL --key KEY --tenant-ref REF [--schema kb]</source>
        <translation>SLUG --url URL --key KEY --tenant-ref REF [--schema kb]</translation>
    </message>
    <message>
        <source>search a tenant&apos;s knowledge in its Supabase project (the seed&apos;s kb RPCs), with a vault key; or change it (asks)</source>
        <translation>das Wissen eines Mandanten in seinem Supabase-Projekt durchsuchen (die kb-RPCs des Seeds), mit einem Tresor-Schlüssel; oder dies ändern (fragt nach)</translation>
    </message>
    <message>
        <source>search a tenant&apos;s knowledge locally again (asks)</source>
        <translation>das Wissen eines Mandanten wieder lokal durchsuchen (fragt nach)</translation>
    </message>
    <message>
        <source>the environment, tenant limits and the operations freeze</source>
        <translation>die Umgebung, Mandantenlimits und das Einfrieren von Vorgängen</translation>
    </message>
    <message>
        <source>dev|stage|prod</source>
        <translation>dev|stage|prod</translation>
    </message>
    <message>
        <source>mark which environment this database runs</source>
        <translation>festlegen, in welcher Umgebung diese Datenbank läuft</translation>
    </message>
    <message>
        <source>ENV N|none</source>
        <translation>ENV N|none</translation>
    </message>
    <message>
        <source>the soft tenant limit of an environment</source>
        <translation>das weiche Mandantenlimit einer Umgebung</translation>
    </message>
    <message>
        <source>ID [--severity S]</source>
        <translation>ID [--severity S]</translation>
    </message>
    <message>
        <source>one operation with its schedule, links and log</source>
        <translation>ein Vorgang mit Zeitplan, Links und Protokoll</translation>
    </message>
    <message>
        <source>ID [--window ID]</source>
        <translation>ID [--window ID]</translation>
    </message>
    <message>
        <source>queue a finished operation again with the same payload</source>
        <translation>einen abgeschlossenen Vorgang mit derselben Nutzlast erneut in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>ID [--status running|succeeded|failed] [--message M] [--severity S]
[--logs-url URL] [--execution REF]</source>
        <translation>ID [--status running|succeeded|failed] [--message M] [--severity S]
[--logs-url URL] [--execution REF]</translation>
    </message>
    <message>
        <source>what the automation reports back on an operation</source>
        <translation>was die Automatisierung zu einem Vorgang zurückmeldet</translation>
    </message>
    <message>
        <source>--reason R</source>
        <translation>--reason R</translation>
    </message>
    <message>
        <source>stop every new operation until unfrozen</source>
        <translation>jeden neuen Vorgang stoppen, bis das Einfrieren aufgehoben wird</translation>
    </message>
    <message>
        <source>let operations start again</source>
        <translation>Vorgänge wieder starten lassen</translation>
    </message>
    <message>
        <source>[--env ENV] [--all]</source>
        <translation>[--env ENV] [--all]</translation>
    </message>
    <message>
        <source>image tags tested per environment</source>
        <translation>je Umgebung getestete Image-Tags</translation>
    </message>
    <message>
        <source>IMAGE:TAG [--component odoo|postgres] [--env ENV] [--notes N]</source>
        <translation>IMAGE:TAG [--component odoo|postgres] [--env ENV] [--notes N]</translation>
    </message>
    <message>
        <source>record an image tag that passed testing</source>
        <translation>einen Image-Tag erfassen, der die Tests bestanden hat</translation>
    </message>
    <message>
        <source>no new upgrade may target the tag</source>
        <translation>kein neues Upgrade darf den Tag als Ziel haben</translation>
    </message>
    <message>
        <source>maintenance windows to come (--all: every one)</source>
        <translation>kommende Wartungsfenster (--all: alle)</translation>
    </message>
    <message>
        <source>NAME --start TIME --end TIME [--notes N]</source>
        <translation>NAME --start TIME --end TIME [--notes N]</translation>
    </message>
    <message>
        <source>a window in which upgrades may run</source>
        <translation>ein Fenster, in dem Upgrades laufen dürfen</translation>
    </message>
    <message>
        <source>cancel a window and what waits in it</source>
        <translation>ein Fenster absagen, samt allem, was darin wartet</translation>
    </message>
    <message>
        <source>(--tenant SLUG... | --all-active) --image IMAGE:TAG --window ID
[--component odoo|postgres] [--wave-size N] [--wave-gap MINUTES]</source>
        <translation>(--tenant SLUG... | --all-active) --image IMAGE:TAG --window ID
[--component odoo|postgres] [--wave-size N] [--wave-gap MINUTES]</translation>
    </message>
    <message>
        <source>preview who is upgraded when; writes nothing</source>
        <translation>Vorschau, wer wann ein Upgrade erhält; schreibt nichts</translation>
    </message>
    <message>
        <source>schedule image upgrades in waves inside a window</source>
        <translation>Image-Upgrades in Wellen innerhalb eines Fensters planen</translation>
    </message>
    <message>
        <source>image upgrades that have not started</source>
        <translation>Image-Upgrades, die noch nicht begonnen haben</translation>
    </message>
    <message>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <source>cancel scheduled upgrades before they start</source>
        <translation>geplante Upgrades abbrechen, bevor sie beginnen</translation>
    </message>
    <message>
        <source>a test login with a tenant&apos;s Keycloak client (its secret: vault key keycloak/SLUG): issuer, endpoints, token lifetime, or exactly what failed</source>
        <translation>eine Testanmeldung mit dem Keycloak-Client eines Mandanten (sein Client-Secret: Tresor-Schlüssel keycloak/SLUG): Aussteller, Endpunkte, Token-Lebensdauer oder genau, was fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>drift between a tenant&apos;s SSO record and its Keycloak client&apos;s redirect URIs (admin key keycloak_admin_api), with the console URL; exit 1 when they differ</source>
        <translation>Abweichung zwischen dem SSO-Eintrag eines Mandanten und den Weiterleitungs-URIs seines Keycloak-Clients (Admin-Schlüssel keycloak_admin_api), mit der URL der Konsole; Exit-Code 1, wenn sie sich unterscheiden</translation>
    </message>
    <message>
        <source>n8n&apos;s workflows (a tenant&apos;s: tagged tenant:SLUG), with the n8n vault key</source>
        <translation>die Workflows von n8n (die eines Mandanten: mit Tag tenant:SLUG), mit dem n8n-Tresor-Schlüssel</translation>
    </message>
    <message>
        <source>n8n&apos;s executions, newest first: one page and the cursor of the next, or --all</source>
        <translation>die Ausführungen von n8n, neueste zuerst: eine Seite und der Cursor der nächsten, oder --all</translation>
    </message>
    <message>
        <source>activate an n8n workflow (asks; audited)</source>
        <translation>einen n8n-Workflow aktivieren (fragt nach; protokolliert)</translation>
    </message>
    <message>
        <source>deactivate an n8n workflow (asks; audited)</source>
        <translation>einen n8n-Workflow deaktivieren (fragt nach; protokolliert)</translation>
    </message>
    <message>
        <source>call a workflow&apos;s production webhook once for a tenant, recorded as an operation (TYPE: the path&apos;s last segment unless given) with n8n&apos;s execution id (asks)</source>
        <translation>den Produktions-Webhook eines Workflows einmal für einen Mandanten aufrufen, als Vorgang erfasst (TYPE: das letzte Segment des Pfads, sofern nicht angegeben) mit der Ausführungs-ID von n8n (fragt nach)</translation>
    </message>
    <message>
        <source>resource KPIs from Prometheus: the platform&apos;s CPU, memory, storage and nodes, and each tenant namespace&apos;s; the last known ones with &quot;No data since&quot; when stale</source>
        <translation>Ressourcen-Kennzahlen aus Prometheus: CPU, Arbeitsspeicher, Speicherplatz und Knoten der Plattform sowie die jedes Mandanten-Namespace; die zuletzt bekannten mit „Keine Daten seit“, wenn sie veraltet sind</translation>
    </message>
    <message>
        <source>infra templates (--all: with the retired ones)</source>
        <translation>Infrastrukturvorlagen (--all: auch die zurückgezogenen)</translation>
    </message>
    <message>
        <source>NAME --chart C --odoo-image IMAGE:TAG --pg-image IMAGE:TAG
[--size small|medium|large|xlarge] [--env JSON] [--template-version V]</source>
        <translation>NAME --chart C --odoo-image IMAGE:TAG --pg-image IMAGE:TAG
[--size small|medium|large|xlarge] [--env JSON] [--template-version V]</translation>
    </message>
    <message>
        <source>a template new tenants are built from</source>
        <translation>eine Vorlage, aus der neue Mandanten aufgebaut werden</translation>
    </message>
    <message>
        <source>NAME [--chart C] [--odoo-image IMAGE:TAG] [--pg-image IMAGE:TAG] [--size S]
[--env JSON] [--template-version V]</source>
        <translation>NAME [--chart C] [--odoo-image IMAGE:TAG] [--pg-image IMAGE:TAG] [--size S]
[--env JSON] [--template-version V]</translation>
    </message>
    <message>
        <source>change a template (its tenants are not changed)</source>
        <translation>eine Vorlage ändern (ihre Mandanten bleiben unverändert)</translation>
    </message>
    <message>
        <source>no new tenant is built from the template</source>
        <translation>aus der Vorlage wird kein neuer Mandant mehr aufgebaut</translation>
    </message>
    <message>
        <source>URL|none</source>
        <translation>URL|none</translation>
    </message>
    <message>
        <source>where runbooks live: a failed operation links to URL/TYPE</source>
        <translation>wo die Runbooks liegen: ein fehlgeschlagener Vorgang verweist auf URL/TYP</translation>
    </message>
    <message>
        <source>add CODE --name N [--kind K] [--base-url URL] [--token-url URL] [--validation V]
| set CODE --base-url URL|--reset|--trust-sha256 HEX|--no-trust</source>
        <translation>add CODE --name N [--kind K] [--base-url URL] [--token-url URL] [--validation V]
| set CODE --base-url URL|--reset|--trust-sha256 HEX|--no-trust</translation>
    </message>
    <message>
        <source>add a provider, or change where its API is and which certificate it may present</source>
        <translation>einen Anbieter hinzufügen oder ändern, wo seine API liegt und welches Zertifikat sie vorlegen darf</translation>
    </message>
    <message>
        <source>Keycloak realm templates the create wizard fills a tenant&apos;s SSO record from</source>
        <translation>Keycloak-Realm-Vorlagen, aus denen der Anlage-Assistent den SSO-Eintrag eines Mandanten befüllt</translation>
    </message>
    <message>
        <source>NAME --realm PATTERN --client-id PATTERN [--redirect-uri PATTERN]...
[--description TEXT]</source>
        <translation>NAME --realm PATTERN --client-id PATTERN [--redirect-uri PATTERN]...
[--description TEXT]</translation>
    </message>
    <message>
        <source>a realm template; patterns may hold {slug} and {odoo_url} (owners; asks)</source>
        <translation>eine Realm-Vorlage; Muster dürfen {slug} und {odoo_url} enthalten (Eigentümer; fragt nach)</translation>
    </message>
    <message>
        <source>NAME [--realm P] [--client-id P] [--redirect-uri P]... [--no-redirect-uris]
[--description TEXT]</source>
        <translation>NAME [--realm P] [--client-id P] [--redirect-uri P]... [--no-redirect-uris]
[--description TEXT]</translation>
    </message>
    <message>
        <source>change a realm template (tenants&apos; SSO records are not changed)</source>
        <translation>eine Realm-Vorlage ändern (SSO-Einträge der Mandanten bleiben unverändert)</translation>
    </message>
    <message>
        <source>delete a realm template (owners; asks)</source>
        <translation>eine Realm-Vorlage löschen (Eigentümer; fragt nach)</translation>
    </message>
    <message>
        <source>run a tenant&apos;s ETL check once (its n8n webhook or Supabase RPC; asks, audited): status, duration, execution id or the answer, or exactly what failed</source>
        <translation>die ETL-Prüfung eines Mandanten einmal ausführen (ihren n8n-Webhook oder Supabase-RPC; fragt nach, protokolliert): Status, Dauer, Ausführungs-ID oder die Antwort, oder was genau fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Superset&apos;s dashboards (a tenant&apos;s: its dashboard address, its slug in the title or slug, or a tenant:SLUG tag), with the superset vault key&apos;s login</source>
        <translation>die Dashboards von Superset (die eines Mandanten: seine Dashboard-Adresse, sein Kürzel im Titel oder Slug oder ein Tag tenant:SLUG), mit der Anmeldung aus dem Tresor-Schlüssel superset</translation>
    </message>
    <message>
        <source>the n8n instances (providers n8n and n8n-…): address, whether the API key is set, what is missing; every automation command takes --instance CODE (default n8n)</source>
        <translation>die n8n-Instanzen (Anbieter n8n und n8n-…): Adresse, ob der API-Schlüssel hinterlegt ist, was fehlt; jeder Automatisierungsbefehl akzeptiert --instance CODE (Standard n8n)</translation>
    </message>
    <message>
        <source>[--tenant SLUG] [--active yes|no] [--instance CODE]</source>
        <translation>[--tenant SLUG] [--active yes|no] [--instance CODE]</translation>
    </message>
    <message>
        <source>[--workflow ID] [--status S] [--limit N] [--cursor C] [--all]
[--instance CODE]</source>
        <translation>[--workflow ID] [--status S] [--limit N] [--cursor C] [--all]
[--instance CODE]</translation>
    </message>
    <message>
        <source>WORKFLOW_ID [--instance CODE]</source>
        <translation>WORKFLOW_ID [--instance CODE]</translation>
    </message>
    <message>
        <source>WORKFLOW_ID --tenant SLUG --path PATH [--type TYPE]
[--instance CODE]</source>
        <translation>WORKFLOW_ID --tenant SLUG --path PATH [--type TYPE]
[--instance CODE]</translation>
    </message>
    <message>
        <source>[--csv]</source>
        <translation>[--csv]</translation>
    </message>
    <message>
        <source>plans with their price, billing period and AI allowance</source>
        <translation>Tarife mit Preis, Abrechnungszeitraum und KI-Kontingent</translation>
    </message>
    <message>
        <source>CODE [--name N] [--price X] [--period monthly|yearly] [--allowance X]
[--description D]</source>
        <translation>CODE [--name N] [--price X] [--period monthly|yearly] [--allowance X]
[--description D]</translation>
    </message>
    <message>
        <source>create or edit a plan (amounts in dollars)</source>
        <translation>einen Tarif anlegen oder bearbeiten (Beträge in Dollar)</translation>
    </message>
    <message>
        <source>each tenant&apos;s plan, status and next invoice date</source>
        <translation>Tarif, Status und nächstes Rechnungsdatum jedes Mandanten</translation>
    </message>
    <message>
        <source>[--period YYYY-MM] [--state S] [--tenant SLUG] [--csv]</source>
        <translation>[--period YYYY-MM] [--state S] [--tenant SLUG] [--csv]</translation>
    </message>
    <message>
        <source>invoices and credit notes with what is still owed</source>
        <translation>Rechnungen und Gutschriften mit dem noch offenen Betrag</translation>
    </message>
    <message>
        <source>one invoice with its lines</source>
        <translation>eine Rechnung mit ihren Positionen</translation>
    </message>
    <message>
        <source>ID --out FILE</source>
        <translation>ID --out FILE</translation>
    </message>
    <message>
        <source>the invoice as a PDF with the issuer, its lines and totals</source>
        <translation>die Rechnung als PDF mit Rechnungssteller, Positionen und Summen</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>who issues the invoices: name, address, tax number, one per line (owners)</source>
        <translation>wer die Rechnungen ausstellt: Name, Adresse, Steuernummer, eine Angabe pro Zeile (Eigentümer)</translation>
    </message>
    <message>
        <source>--period YYYY-MM</source>
        <translation>--period YYYY-MM</translation>
    </message>
    <message>
        <source>draft invoices of a month: plan price plus AI usage beyond the allowance</source>
        <translation>Rechnungsentwürfe eines Monats: Tarifpreis plus KI-Nutzung über das Kontingent hinaus</translation>
    </message>
    <message>
        <source>issue a draft invoice (numbered; immutable from then on)</source>
        <translation>einen Rechnungsentwurf ausstellen (nummeriert; danach unveränderlich)</translation>
    </message>
    <message>
        <source>mark an issued invoice as paid</source>
        <translation>eine ausgestellte Rechnung als bezahlt markieren</translation>
    </message>
    <message>
        <source>void an issued invoice</source>
        <translation>eine ausgestellte Rechnung stornieren</translation>
    </message>
    <message>
        <source>ID --amount X --reason R</source>
        <translation>ID --amount X --reason R</translation>
    </message>
    <message>
        <source>issue a credit note against an issued or paid invoice</source>
        <translation>eine Gutschrift zu einer ausgestellten oder bezahlten Rechnung ausstellen</translation>
    </message>
    <message>
        <source>the runbooks, shipped or edited by an owner</source>
        <translation>die Runbooks, mitgeliefert oder von einem Eigentümer bearbeitet</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>a runbook&apos;s text (Markdown)</source>
        <translation>der Text eines Runbooks (Markdown)</translation>
    </message>
    <message>
        <source>TYPE --file F</source>
        <translation>TYPE --file F</translation>
    </message>
    <message>
        <source>replace a runbook&apos;s text for everyone (owners)</source>
        <translation>den Text eines Runbooks für alle ersetzen (Eigentümer)</translation>
    </message>
    <message>
        <source>show the shipped text of a runbook again (owners)</source>
        <translation>wieder den mitgelieferten Text eines Runbooks anzeigen (Eigentümer)</translation>
    </message>
    <message>
        <source>[--state S] [--tenant SLUG] [--severity S] [--limit N]</source>
        <translation>[--state S] [--tenant SLUG] [--severity S] [--limit N]</translation>
    </message>
    <message>
        <source>support requests you may see, newest first</source>
        <translation>Supportanfragen, die Sie sehen dürfen, neueste zuerst</translation>
    </message>
    <message>
        <source>--tenant SLUG --subject S --body-file F [--severity low|normal|high|urgent]</source>
        <translation>--tenant SLUG --subject S --body-file F [--severity low|normal|high|urgent]</translation>
    </message>
    <message>
        <source>ask for help about a tenant</source>
        <translation>um Hilfe zu einem Mandanten bitten</translation>
    </message>
    <message>
        <source>ID --body-file F</source>
        <translation>ID --body-file F</translation>
    </message>
    <message>
        <source>answer an open request (operators, owners)</source>
        <translation>eine offene Anfrage beantworten (Operatoren, Eigentümer)</translation>
    </message>
    <message>
        <source>close a request (operators, owners)</source>
        <translation>eine Anfrage schließen (Operatoren, Eigentümer)</translation>
    </message>
    <message>
        <source>open an answered or closed request again</source>
        <translation>eine beantwortete oder geschlossene Anfrage wieder öffnen</translation>
    </message>
    <message>
        <source>--tenant SLUG --message-file F [--timeout S]</source>
        <translation>--tenant SLUG --message-file F [--timeout S]</translation>
    </message>
    <message>
        <source>post to a tenant&apos;s Mattermost channel (asks; sent once)</source>
        <translation>im Mattermost-Kanal eines Mandanten posten (fragt nach; einmal gesendet)</translation>
    </message>
    <message>
        <source>TENANT --plan CODE --reason R</source>
        <translation>TENANT --plan CODE --reason R</translation>
    </message>
    <message>
        <source>finance: propose moving a tenant to a plan</source>
        <translation>Finanzen: Wechsel eines Mandanten zu einem Tarif vorschlagen</translation>
    </message>
    <message>
        <source>INVOICE_ID --amount X --reason R</source>
        <translation>INVOICE_ID --amount X --reason R</translation>
    </message>
    <message>
        <source>finance: propose a credit note against an issued or paid invoice</source>
        <translation>Finanzen: Gutschrift zu einer ausgestellten oder bezahlten Rechnung vorschlagen</translation>
    </message>
    <message>
        <source>DRAFT_ID --amount X --reason R</source>
        <translation>DRAFT_ID --amount X --reason R</translation>
    </message>
    <message>
        <source>finance: propose a discount line on a draft invoice</source>
        <translation>Finanzen: Rabattposition auf einem Rechnungsentwurf vorschlagen</translation>
    </message>
    <message>
        <source>billing proposals waiting for an owner (--all: decided ones too)</source>
        <translation>Abrechnungsvorschläge, die auf einen Eigentümer warten (--all: auch entschiedene)</translation>
    </message>
    <message>
        <source>approve and apply a billing proposal (owners)</source>
        <translation>Abrechnungsvorschlag genehmigen und anwenden (Eigentümer)</translation>
    </message>
    <message>
        <source>ID --reason R</source>
        <translation>ID --reason R</translation>
    </message>
    <message>
        <source>reject a billing proposal (owners)</source>
        <translation>Abrechnungsvorschlag ablehnen (Eigentümer)</translation>
    </message>
    <message>
        <source>a support request with its thread, oldest first</source>
        <translation>eine Supportanfrage mit ihrer Unterhaltung, älteste zuerst</translation>
    </message>
    <message>
        <source>ID --message TEXT</source>
        <translation>ID --message TEXT</translation>
    </message>
    <message>
        <source>write in a request&apos;s thread (staff, its tenant admins)</source>
        <translation>in der Unterhaltung einer Anfrage schreiben (Mitarbeiter, Admins ihres Mandanten)</translation>
    </message>
    <message>
        <source>[--timeout S]</source>
        <translation>[--timeout S]</translation>
    </message>
    <message>
        <source>check every status link now: exit 0 all up, 1 when any is down</source>
        <translation>jetzt jeden Statuslink prüfen: Exit-Code 0, wenn alle erreichbar sind, 1, wenn einer nicht erreichbar ist</translation>
    </message>
    <message>
        <source>the status links you may see, in their order</source>
        <translation>die Statuslinks, die Sie sehen dürfen, in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>--name N --url URL [--tenant SLUG] [--description D]</source>
        <translation>--name N --url URL [--tenant SLUG] [--description D]</translation>
    </message>
    <message>
        <source>add a status link, platform-wide or a tenant&apos;s (owners)</source>
        <translation>einen Statuslink hinzufügen, plattformweit oder für einen Mandanten (Eigentümer)</translation>
    </message>
    <message>
        <source>ID [--name N] [--url URL] [--tenant SLUG|--platform] [--description D]</source>
        <translation>ID [--name N] [--url URL] [--tenant SLUG|--platform] [--description D]</translation>
    </message>
    <message>
        <source>change a status link (owners)</source>
        <translation>einen Statuslink ändern (Eigentümer)</translation>
    </message>
    <message>
        <source>ID --to PLACE</source>
        <translation>ID --to PLACE</translation>
    </message>
    <message>
        <source>put a status link at another place (owners)</source>
        <translation>einen Statuslink an eine andere Position verschieben (Eigentümer)</translation>
    </message>
    <message>
        <source>remove a status link (owners)</source>
        <translation>einen Statuslink entfernen (Eigentümer)</translation>
    </message>
    <message>
        <source>[--status S] [--search Q] [--plan P] [--agency G]
[--sort name|slug|status|plan|agency|region|updated|created] [--desc]
[--page N | --first | --last | --after CURSOR | --before CURSOR] [--limit N]</source>
        <translation>[--status S] [--search Q] [--plan P] [--agency G]
[--sort name|slug|status|plan|agency|region|updated|created] [--desc]
[--page N | --first | --last | --after CURSOR | --before CURSOR] [--limit N]</translation>
    </message>
    <message>
        <source>[--tenant SLUG] [--status S]
[--first | --last | --after CURSOR | --before CURSOR] [--limit N]</source>
        <translation>[--tenant SLUG] [--status S]
[--first | --last | --after CURSOR | --before CURSOR] [--limit N]</translation>
    </message>
    <message>
        <source>provisioning and module operations, newest first, a page at a time</source>
        <translation>Bereitstellungs- und Modulvorgänge, neueste zuerst, seitenweise</translation>
    </message>
</context>
<context>
    <name>fusion::xmlrpc::Reader</name>
    <message>
        <source>the body is a methodCall, not a methodResponse</source>
        <translation>der Inhalt ist ein methodCall, keine methodResponse</translation>
    </message>
    <message>
        <source>expected &lt;methodResponse&gt;, found &lt;%1&gt;</source>
        <translation>&lt;methodResponse&gt; erwartet, &lt;%1&gt; gefunden</translation>
    </message>
    <message>
        <source>&lt;methodResponse/&gt; holds no result</source>
        <translation>&lt;methodResponse/&gt; enthält kein Ergebnis</translation>
    </message>
    <message>
        <source>&lt;params/&gt; holds no return value</source>
        <translation>&lt;params/&gt; enthält keinen Rückgabewert</translation>
    </message>
    <message>
        <source>&lt;params&gt; holds no return value</source>
        <translation>&lt;params&gt; enthält keinen Rückgabewert</translation>
    </message>
    <message>
        <source>a response carries exactly one return value</source>
        <translation>eine Antwort enthält genau einen Rückgabewert</translation>
    </message>
    <message>
        <source>&lt;fault/&gt; holds no fault</source>
        <translation>&lt;fault/&gt; enthält keinen Fehler</translation>
    </message>
    <message>
        <source>expected &lt;params&gt; or &lt;fault&gt;, found &lt;%1&gt;</source>
        <translation>&lt;params&gt; oder &lt;fault&gt; erwartet, &lt;%1&gt; gefunden</translation>
    </message>
    <message>
        <source>unexpected content after &lt;/methodResponse&gt;</source>
        <translation>unerwarteter Inhalt nach &lt;/methodResponse&gt;</translation>
    </message>
    <message>
        <source>the body ends in the middle of the XML</source>
        <translation>der Inhalt endet mitten im XML</translation>
    </message>
    <message>
        <source>the XML declaration is not well-formed</source>
        <translation>die XML-Deklaration ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>the body declares the encoding %1; Odoo sends UTF-8</source>
        <translation>der Inhalt gibt die Kodierung %1 an; Odoo sendet UTF-8</translation>
    </message>
    <message>
        <source>unsupported XML version %1</source>
        <translation>nicht unterstützte XML-Version %1</translation>
    </message>
    <message>
        <source>an XML declaration that is not at the start</source>
        <translation>eine XML-Deklaration, die nicht am Anfang steht</translation>
    </message>
    <message>
        <source>the body contains a document type declaration; it is refused, never expanded</source>
        <translation>der Inhalt enthält eine Dokumenttyp-Deklaration; sie wird abgelehnt, nie ausgewertet</translation>
    </message>
    <message>
        <source>unexpected markup between elements</source>
        <translation>unerwartetes Markup zwischen Elementen</translation>
    </message>
    <message>
        <source>unexpected text between elements</source>
        <translation>unerwarteter Text zwischen Elementen</translation>
    </message>
    <message>
        <source>a comment is not closed</source>
        <translation>ein Kommentar ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&quot;--&quot; inside a comment</source>
        <translation>„--“ innerhalb eines Kommentars</translation>
    </message>
    <message>
        <source>expected an element</source>
        <translation>ein Element erwartet</translation>
    </message>
    <message>
        <source>unexpected end tag</source>
        <translation>unerwartetes End-Tag</translation>
    </message>
    <message>
        <source>a tag is not well-formed</source>
        <translation>ein Tag ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>a tag has no valid name</source>
        <translation>ein Tag hat keinen gültigen Namen</translation>
    </message>
    <message>
        <source>an attribute is not well-formed</source>
        <translation>ein Attribut ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>expected &lt;%1&gt;</source>
        <translation>&lt;%1&gt; erwartet</translation>
    </message>
    <message>
        <source>expected &lt;%1&gt;, found &lt;%2&gt;</source>
        <translation>&lt;%1&gt; erwartet, &lt;%2&gt; gefunden</translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt;, found another element</source>
        <translation>&lt;/%1&gt; erwartet, ein anderes Element gefunden</translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt;</source>
        <translation>&lt;/%1&gt; erwartet</translation>
    </message>
    <message>
        <source>expected &lt;/%1&gt;, found &lt;/%2&gt;</source>
        <translation>&lt;/%1&gt; erwartet, &lt;/%2&gt; gefunden</translation>
    </message>
    <message>
        <source>a reference is not terminated by &apos;;&apos;</source>
        <translation>eine Referenz ist nicht mit „;“ abgeschlossen</translation>
    </message>
    <message>
        <source>a character reference is not well-formed</source>
        <translation>eine Zeichenreferenz ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>a character reference names U+%1, which XML does not allow</source>
        <translation>eine Zeichenreferenz nennt U+%1, das XML nicht erlaubt</translation>
    </message>
    <message>
        <source>a &apos;&amp;&apos; that starts no reference</source>
        <translation>ein „&amp;“, das keine Referenz beginnt</translation>
    </message>
    <message>
        <source>the body uses the entity &amp;%1;, which is never expanded</source>
        <translation>der Inhalt verwendet die Entität &amp;%1;, die nie ausgewertet wird</translation>
    </message>
    <message>
        <source>a CDATA section where only a number is allowed</source>
        <translation>ein CDATA-Abschnitt, wo nur eine Zahl erlaubt ist</translation>
    </message>
    <message>
        <source>a CDATA section is not closed</source>
        <translation>ein CDATA-Abschnitt ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a control character in the text</source>
        <translation>ein Steuerzeichen im Text</translation>
    </message>
    <message>
        <source>&apos;]]&gt;&apos; in text</source>
        <translation>„]]&gt;“ im Text</translation>
    </message>
    <message>
        <source>a control character (0x%1) in the text</source>
        <translation>ein Steuerzeichen (0x%1) im Text</translation>
    </message>
    <message>
        <source>text next to a typed value</source>
        <translation>Text neben einem typisierten Wert</translation>
    </message>
    <message>
        <source>two values in one &lt;value&gt;</source>
        <translation>zwei Werte in einem &lt;value&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a valid %1</source>
        <translation>&lt;%1&gt; enthält „%2“, kein gültiger Wert vom Typ %1</translation>
    </message>
    <message>
        <source>&lt;nil&gt; holds text</source>
        <translation>&lt;nil&gt; enthält Text</translation>
    </message>
    <message>
        <source>unknown value type &lt;%1&gt;</source>
        <translation>unbekannter Werttyp &lt;%1&gt;</translation>
    </message>
    <message>
        <source>values nest more than %1 levels deep</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a struct member without a name</source>
        <translation>ein Struct-Mitglied ohne Namen</translation>
    </message>
    <message>
        <source>struct member &quot;%1&quot; has no value</source>
        <translation>Struct-Mitglied „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>&lt;array/&gt; has no &lt;data&gt;</source>
        <translation>&lt;array/&gt; hat kein &lt;data&gt;</translation>
    </message>
    <message>
        <source>&lt;array&gt; has no &lt;data&gt;</source>
        <translation>&lt;array&gt; hat kein &lt;data&gt;</translation>
    </message>
    <message>
        <source>a fault without faultCode and faultString</source>
        <translation>ein Fehler ohne faultCode und faultString</translation>
    </message>
    <message>
        <source>a fault whose faultString is not a string</source>
        <translation>ein Fehler, dessen faultString kein Text ist</translation>
    </message>
    <message>
        <source>a fault whose faultCode is neither a number nor text</source>
        <translation>ein Fehler, dessen faultCode weder Zahl noch Text ist</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>der Server hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>the response is %1 MB, over the limit of %2 MB</source>
        <translation>die Antwort ist %1 MB groß, über der Grenze von %2 MB</translation>
    </message>
    <message>
        <source>the response is UTF-16; Odoo sends UTF-8</source>
        <translation>die Antwort ist UTF-16; Odoo sendet UTF-8</translation>
    </message>
    <message>
        <source>the response is not valid UTF-8 (at byte %1)</source>
        <translation>die Antwort ist kein gültiges UTF-8 (bei Byte %1)</translation>
    </message>
</context>
<context>
    <name>fusion::xmlrpc::Writer</name>
    <message>
        <source>text with the control character 0x%1 cannot be sent over XML-RPC</source>
        <translation>Text mit dem Steuerzeichen 0x%1 kann nicht über XML-RPC gesendet werden</translation>
    </message>
    <message>
        <source>the value nests too deeply to send</source>
        <translation>der Wert ist zu tief verschachtelt, um ihn zu senden</translation>
    </message>
    <message>
        <source>the number %1 is too large to send</source>
        <translation>die Zahl %1 ist zu groß, um sie zu senden</translation>
    </message>
    <message>
        <source>the number %1 cannot be sent over XML-RPC</source>
        <translation>die Zahl %1 kann nicht über XML-RPC gesendet werden</translation>
    </message>
    <message>
        <source>a value of type %1 cannot be sent over XML-RPC</source>
        <translation>ein Wert vom Typ %1 kann nicht über XML-RPC gesendet werden</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ParcelDesk::Console</name>
    <message>
        <source>The operations console for post-purchase logistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console: de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParcelDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console did not finish loading within 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CtlCommands</name>
    <message>
        <source>The ParcelDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: parceldeskctl &lt;command&gt; [options]

Commands:
  demo-seed   Create a demo database with generated shipments
  info        Show a database&apos;s schema version and contents

Every command takes --db FILE. Run parceldeskctl &lt;command&gt; --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a demo database: customers, orders, shipments with their tracking events, problem cases and returns over the last 90 days, plus today&apos;s parcels in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound shipments to generate (returns come on top).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed and --now give the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment the data ends, as ISO 8601 UTC (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite a database that already holds shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-seed: --db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-seed: --shipments must be a positive whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-seed: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-seed: --now must be an ISO 8601 time such as 2026-11-22T12:00:00Z, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 shipments (%2 returns), %3 tracking events, %4 orders, %5 customers, %6 problem cases and %7 return cases to %8 in %9 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a database&apos;s schema version and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: --db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking events: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ParcelDesk database (SQLite: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this ParcelDesk understands versions up to %3. Open it with a newer ParcelDesk; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 from schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDesk::DemoDataGenerator</name>
    <message>
        <source>The number of shipments must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln shipment(s); pass --replace to overwrite it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data for %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the finished demo database into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MainWindow</name>
    <message>
        <source>ParcelDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting shipments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel volume, parcels in flight and problems at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel volume by day or week, by carrier or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles for in transit, out for delivery, delivered today, late and open problem cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time and first-attempt delivery rates; every figure opens the parcels it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every parcel, searchable and filterable, with its full timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fast table over millions of shipments with sorting and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline: customer milestones or every scan, with the carrier&apos;s own code and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue of parcels that need a person: stuck, late, damaged, failed attempts, returns to sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by priority and deadline, assign and resolve in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules per carrier and country that open cases before the customer calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WISMO desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Where is my order?&quot; answered in one keystroke while the customer is on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One search box for order, tracking number, e-mail, name, phone or postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer in the customer&apos;s language, and the contact logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns from registration to disposition, and the inflow the warehouse must plan for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return policy check, label with QR code and inbound tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading and disposition: resell, refurbish, outlet, donate, recycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive messages to customers whose parcels are late, before they ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates, templates in German and English, vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails: consent, frequency caps, quiet hours; an outbox that sends once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations report for supervisors and carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate, transit times, exceptions, returns and WISMO contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV, XLSX and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers, rules, templates, language and the database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier credentials kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem-case thresholds and polling intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ParcelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ParcelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ParcelDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The operations console for post-purchase logistics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::PlannedPage</name>
    <message>
        <source>Not available yet: this page arrives with a later release of ParcelDesk. Nothing shown here is a placeholder figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it will do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShipmentRepository</name>
    <message>
        <source>Cannot store shipment %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelDesk::StoreWriter</name>
    <message>
        <source>The writer could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of shipment %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment %1 vanished while its events were stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this batch was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

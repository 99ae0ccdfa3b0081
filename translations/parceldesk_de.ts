<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ParcelDesk::CarrierSession</name>
    <message>
        <source>%1 needs a token but has no token endpoint.</source>
        <translation>%1 braucht ein Token, hat aber keinen Token-Endpunkt.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Carriers</name>
    <message>
        <source>%1 refused the credentials (HTTP %2): %3</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 token answer: %2</source>
        <translation>Token-Antwort von %1: %2</translation>
    </message>
    <message>
        <source>%1 token answer has no access_token</source>
        <translation>Die Token-Antwort von %1 enthält kein access_token</translation>
    </message>
    <message>
        <source>the answer is %1 bytes, more than the %2 a tracking answer can be</source>
        <translation>die Antwort hat %1 Bytes, mehr als die %2, die eine Sendungsauskunft haben kann</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the answer is not valid UTF-8</source>
        <translation>die Antwort ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the answer contains a DTD, which no carrier sends</source>
        <translation>die Antwort enthält eine DTD, die kein Versanddienstleister sendet</translation>
    </message>
    <message>
        <source>the XML is nested more than %1 levels deep</source>
        <translation>das XML ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not valid XML: %1 at line %2, column %3</source>
        <translation>kein gültiges XML: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>not valid XML: no single root element</source>
        <translation>kein gültiges XML: kein einzelnes Wurzelelement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DPD answered with a SOAP fault</source>
        <translation>DPD hat mit einem SOAP-Fehler geantwortet</translation>
    </message>
    <message>
        <source>DPD answered HTTP %1: %2</source>
        <translation>DPD hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>DPD login answer (HTTP %1): %2</source>
        <translation>Anmeldeantwort von DPD (HTTP %1): %2</translation>
    </message>
    <message>
        <source>DPD login answer is not a SOAP envelope</source>
        <translation>Die Anmeldeantwort von DPD ist kein SOAP-Umschlag</translation>
    </message>
    <message>
        <source>DPD refused the login (%1): %2</source>
        <translation>DPD hat die Anmeldung abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>DPD login answer has no getAuthResponse.return.authToken</source>
        <translation>Die Anmeldeantwort von DPD enthält kein getAuthResponse.return.authToken</translation>
    </message>
    <message>
        <source>DPD: too many requests</source>
        <translation>DPD: zu viele Anfragen</translation>
    </message>
    <message>
        <source>not a SOAP envelope</source>
        <translation>kein SOAP-Umschlag</translation>
    </message>
    <message>
        <source>the SOAP body has no getTrackingDataResponse</source>
        <translation>der SOAP-Body enthält keine getTrackingDataResponse</translation>
    </message>
    <message>
        <source>missing; DPD always sends it</source>
        <translation>fehlt; DPD sendet es immer</translation>
    </message>
    <message>
        <source>DPD has no tracking data for this parcel number</source>
        <translation>DPD hat keine Sendungsdaten zu dieser Paketnummer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translation>unlesbare Zeit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>Canada Post error %1</source>
        <translation>Fehler %1 von Canada Post</translation>
    </message>
    <message>
        <source>Canada Post sent an empty error list</source>
        <translation>Canada Post hat eine leere Fehlerliste gesendet</translation>
    </message>
    <message>
        <source>Canada Post answered HTTP %1: %2</source>
        <translation>Canada Post hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>expected tracking-detail, not %1</source>
        <translation>tracking-detail erwartet, nicht %1</translation>
    </message>
    <message>
        <source>unreadable date &quot;%1&quot;</source>
        <translation>unlesbares Datum &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable &quot;%1&quot;</source>
        <translation>unlesbar: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a time: &quot;%2&quot;</source>
        <translation>%1 ist keine Zeitangabe: „%2“</translation>
    </message>
    <message>
        <source>%1.id is missing or not a number</source>
        <translation>%1.id fehlt oder ist keine Nummer</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>shipments is missing or not a list</source>
        <translation>shipments fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1 has neither requested nor unitno</source>
        <translation>%1 hat weder requested noch unitno</translation>
    </message>
    <message>
        <source>parcels is missing or not a list</source>
        <translation>parcels fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>no readable time (date &quot;%1&quot;)</source>
        <translation>keine lesbare Zeit (Datum „%1“)</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>not a weight in LBS or KGS: &quot;%1&quot;</source>
        <translation>kein Gewicht in LBS oder KGS: „%1“</translation>
    </message>
    <message>
        <source>trackResponse: missing or not an object</source>
        <translation>trackResponse: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>UPS has no tracking information for this number</source>
        <translation>UPS hat keine Sendungsinformationen zu dieser Nummer</translation>
    </message>
    <message>
        <source>not a readable time: &quot;%1&quot;</source>
        <translation>keine lesbare Zeit: „%1“</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>keine Uhrzeit</translation>
    </message>
    <message>
        <source>the USPS token does not carry the &quot;tracking&quot; scope; add the Tracking product to the application</source>
        <translation>dem USPS-Token fehlt der Bereich „tracking“; fügen Sie der Anwendung das Produkt Tracking hinzu</translation>
    </message>
    <message>
        <source>missing: this is not a USPS tracking answer</source>
        <translation>fehlt: Dies ist keine Sendungsauskunft von USPS</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <translation>%1 sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 is not a weight: &quot;%2&quot;</source>
        <translation>%1 ist keine Gewichtsangabe: „%2“</translation>
    </message>
    <message>
        <source>the answer has neither %1 nor %2</source>
        <translation>die Antwort enthält weder %1 noch %2</translation>
    </message>
    <message>
        <source>%1 is missing or empty: this is no answer to a tracking call</source>
        <translation>%1 fehlt oder ist leer: das ist keine Antwort auf eine Sendungsabfrage</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 fehlt oder ist leer</translation>
    </message>
    <message>
        <source>%1 sent no tracking data for this number</source>
        <translation>%1 hat zu dieser Nummer keine Sendungsdaten geschickt</translation>
    </message>
    <message>
        <source>%1 is an error without a code</source>
        <translation>%1 ist ein Fehler ohne Code</translation>
    </message>
    <message>
        <source>%1 should be a list</source>
        <translation>%1 sollte eine Liste sein</translation>
    </message>
    <message>
        <source>%1 should be a text or a number</source>
        <translation>%1 sollte ein Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>not a weight unit</source>
        <translation>keine Gewichtseinheit</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 should be a text</source>
        <translation>%1 sollte ein Text sein</translation>
    </message>
    <message>
        <source>%1 should be a number</source>
        <translation>%1 sollte eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Console</name>
    <message>
        <source>The operations console for post-purchase logistics.</source>
        <translation>Die Leitstelle für die Logistik nach dem Kauf.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Die zu öffnende Datenbankdatei.</translation>
    </message>
    <message>
        <source>The language of the console: de or en.</source>
        <translation>Die Sprache der Konsole: de oder en.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it has loaded, then exit.</source>
        <translation>Ein PNG des Hauptfensters speichern, sobald es geladen ist, und beenden.</translation>
    </message>
    <message>
        <source>ParcelDesk cannot open the database</source>
        <translation>ParcelDesk kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The console did not finish loading within 60 s.</source>
        <translation>Die Konsole wurde nicht innerhalb von 60 s fertig geladen.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CtlCommands</name>
    <message>
        <source>The ParcelDesk database file.</source>
        <translation>Die ParcelDesk-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Creates a demo database: customers, orders, shipments with their tracking events, problem cases and returns over the last 90 days, plus today&apos;s parcels in flight.</source>
        <translation>Legt eine Demo-Datenbank an: Kunden, Bestellungen, Sendungen mit ihren Sendungsereignissen, Problemfälle und Retouren der letzten 90 Tage sowie die heute unterwegs befindlichen Pakete.</translation>
    </message>
    <message>
        <source>Outbound shipments to generate (returns come on top).</source>
        <translation>Anzahl der zu erzeugenden ausgehenden Sendungen (Retouren kommen hinzu).</translation>
    </message>
    <message>
        <source>Random seed: the same seed and --now give the same data.</source>
        <translation>Startwert des Zufalls: gleicher Startwert und gleiches --now ergeben dieselben Daten.</translation>
    </message>
    <message>
        <source>The moment the data ends, as ISO 8601 UTC (default: now).</source>
        <translation>Der Zeitpunkt, an dem die Daten enden, als ISO 8601 in UTC (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Overwrite a database that already holds shipments.</source>
        <translation>Eine Datenbank überschreiben, die bereits Sendungen enthält.</translation>
    </message>
    <message>
        <source>demo-seed: --db FILE is required.</source>
        <translation>demo-seed: --db DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>demo-seed: --shipments must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>demo-seed: --shipments muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>demo-seed: --seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>demo-seed: --seed muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>demo-seed: --now must be an ISO 8601 time such as 2026-11-22T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>demo-seed: --now muss eine Zeit nach ISO 8601 wie 2026-11-22T12:00:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>Erzeuge</translation>
    </message>
    <message>
        <source>Wrote %1 shipments (%2 returns), %3 tracking events, %4 orders, %5 customers, %6 problem cases and %7 return cases to %8 in %9 s.</source>
        <translation>%1 Sendungen (%2 Retouren), %3 Sendungsereignisse, %4 Bestellungen, %5 Kunden, %6 Problemfälle und %7 Retourenfälle in %9 s nach %8 geschrieben.</translation>
    </message>
    <message>
        <source>Shows a database&apos;s schema version and what it holds.</source>
        <translation>Zeigt die Schemaversion einer Datenbank und was sie enthält.</translation>
    </message>
    <message>
        <source>info: --db FILE is required.</source>
        <translation>info: --db DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Shipments: %1</source>
        <translation>Sendungen: %1</translation>
    </message>
    <message>
        <source>Tracking events: %1</source>
        <translation>Sendungsereignisse: %1</translation>
    </message>
    <message>
        <source>info: there is no database at %1.</source>
        <translation>info: Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Reads a carrier&apos;s tracking answer (the HTTP body) from FILE and prints what ParcelDesk makes of it as JSON lines: one object per event, then per shipment, then per error.</source>
        <translation>Liest die Sendungsauskunft eines Versanddienstleisters (den HTTP-Inhalt) aus DATEI und gibt aus, was ParcelDesk daraus macht, als JSON-Zeilen: ein Objekt je Ereignis, dann je Sendung, dann je Fehler.</translation>
    </message>
    <message>
        <source>The carrier: %1, or auto to recognise the answer&apos;s shape.</source>
        <translation>Der Versanddienstleister: %1, oder auto, um ihn an der Form der Antwort zu erkennen.</translation>
    </message>
    <message>
        <source>The HTTP status the answer came with.</source>
        <translation>Der HTTP-Status, mit dem die Antwort kam.</translation>
    </message>
    <message>
        <source>The answer&apos;s body; - reads standard input.</source>
        <translation>Der Inhalt der Antwort; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>give exactly one FILE (or - for standard input).</source>
        <translation>Geben Sie genau eine DATEI an (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--status must be an HTTP status such as 200, not &quot;%1&quot;.</source>
        <translation>--status muss ein HTTP-Status wie 200 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 does not look like the answer of any carrier ParcelDesk knows; name one with --carrier.</source>
        <translation>%1 sieht nicht wie die Antwort eines Versanddienstleisters aus, den ParcelDesk kennt; nennen Sie ihn mit --carrier.</translation>
    </message>
    <message>
        <source>unknown carrier &quot;%1&quot;; ParcelDesk knows %2.</source>
        <translation>unbekannter Versanddienstleister „%1“; ParcelDesk kennt %2.</translation>
    </message>
    <message>
        <source>Tells which carriers a tracking number can belong to, checking each format&apos;s check digit.</source>
        <translation>Sagt, zu welchen Versanddienstleistern eine Sendungsnummer gehören kann, und prüft dabei die Prüfziffer jedes Formats.</translation>
    </message>
    <message>
        <source>A tracking number, as pasted (spaces and dashes are fine).</source>
        <translation>Eine Sendungsnummer, so wie eingefügt (Leerzeichen und Bindestriche sind erlaubt).</translation>
    </message>
    <message>
        <source>recognize: give at least one tracking number.</source>
        <translation>recognize: Geben Sie mindestens eine Sendungsnummer an.</translation>
    </message>
    <message>
        <source>Runs the carrier sandbox on 127.0.0.1: the carriers&apos; own tracking APIs, answered from simulated journeys on a virtual clock, with faults on demand. Stops on Ctrl+C.</source>
        <translation>Startet die Versanddienstleister-Sandbox auf 127.0.0.1: die Sendungs-APIs der Versanddienstleister, beantwortet aus simulierten Sendungsverläufen mit virtueller Uhr, mit Störungen auf Wunsch. Strg+C beendet sie.</translation>
    </message>
    <message>
        <source>The port to listen on (0: any free port).</source>
        <translation>Der Port, auf dem gelauscht wird (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Virtual seconds per real second.</source>
        <translation>Virtuelle Sekunden je echter Sekunde.</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. dhl:429=30@0.2,gls:5xx@0.1,*:slow=2000 (429, quota, 5xx, slow, timeout, malformed, token-expiry).</source>
        <translation>Einzuspielende Störungen, z. B. dhl:429=30@0.2,gls:5xx@0.1,*:slow=2000 (429, quota, 5xx, slow, timeout, malformed, token-expiry).</translation>
    </message>
    <message>
        <source>sandbox: --port must be a port number, not &quot;%1&quot;.</source>
        <translation>sandbox: --port muss eine Portnummer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>sandbox: --speed must be a positive number, not &quot;%1&quot;.</source>
        <translation>sandbox: --speed muss eine positive Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation>sandbox: %1</translation>
    </message>
    <message>
        <source>sandbox: cannot listen on port %1.</source>
        <translation>sandbox: Auf Port %1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Carrier sandbox at %1 speaking %2; API key %3, client %4 / %5. Ctrl+C stops it.</source>
        <translation>Versanddienstleister-Sandbox unter %1 für %2; API-Schlüssel %3, Client %4 / %5. Strg+C beendet sie.</translation>
    </message>
    <message>
        <source>%1: %2 calls</source>
        <translation>%1: %2 Aufrufe</translation>
    </message>
    <message>
        <source>Asks the carriers about every shipment in the database that is due, most urgent first, and stores what they say. Ctrl+C stops it; what was not asked about stays due.</source>
        <translation>Fragt die Versanddienstleister nach jeder fälligen Sendung der Datenbank, die dringendsten zuerst, und speichert, was sie sagen. Strg+C hält an; was nicht abgefragt wurde, bleibt fällig.</translation>
    </message>
    <message>
        <source>Poll what is due now, then exit.</source>
        <translation>Abfragen, was jetzt fällig ist, dann beenden.</translation>
    </message>
    <message>
        <source>Poll an in-process carrier sandbox instead of the carriers (DHL and GLS).</source>
        <translation>Eine Versanddienstleister-Sandbox im Prozess statt der Versanddienstleister abfragen (DHL und GLS).</translation>
    </message>
    <message>
        <source>At most this many shipments.</source>
        <translation>Höchstens so viele Sendungen.</translation>
    </message>
    <message>
        <source>poll: --db FILE is required.</source>
        <translation>poll: --db DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>poll: only --once is available so far.</source>
        <translation>poll: Bisher gibt es nur --once.</translation>
    </message>
    <message>
        <source>poll: no carrier accounts are configured yet; use --sandbox to poll the carrier sandbox.</source>
        <translation>poll: Es sind noch keine Konten bei Versanddienstleistern eingerichtet; mit --sandbox wird die Sandbox abgefragt.</translation>
    </message>
    <message>
        <source>poll: --max must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>poll: --max muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>poll: the carrier sandbox cannot listen on 127.0.0.1.</source>
        <translation>poll: Die Versanddienstleister-Sandbox kann nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Polled %1 shipments in %2 calls: %3 new events, %4 already known, %5 rescheduled; errors: %6.%7</source>
        <translation>%1 Sendungen in %2 Aufrufen abgefragt: %3 neue Ereignisse, %4 bereits bekannt, %5 neu eingeplant; Fehler: %6.%7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> Cancelled; the rest stays due.</source>
        <translation> Abgebrochen; der Rest bleibt fällig.</translation>
    </message>
    <message>
        <source>Usage: parceldeskctl &lt;command&gt; [options]

Commands:
  demo-seed   Create a demo database with generated shipments
  info        Show a database&apos;s schema version and contents
  parse       Read a carrier&apos;s tracking answer from a file, print it as JSON lines
  recognize   Tell which carriers a tracking number can belong to
  sandbox     Run the carrier sandbox: simulated carrier APIs on loopback
  poll        Ask the carriers about every shipment that is due, once

Commands that use a database take --db FILE. Run parceldeskctl &lt;command&gt; --help for its options.</source>
        <translation>Aufruf: parceldeskctl &lt;Befehl&gt; [Optionen]

Befehle:
  demo-seed   Eine Demo-Datenbank mit erzeugten Sendungen anlegen
  info        Schemaversion und Inhalt einer Datenbank anzeigen
  parse       Die Sendungsauskunft eines Versanddienstleisters aus einer Datei lesen und als JSON-Zeilen ausgeben
  recognize   Sagen, zu welchen Versanddienstleistern eine Sendungsnummer gehören kann
  sandbox     Die Versanddienstleister-Sandbox starten: simulierte APIs auf Loopback
  poll        Die Versanddienstleister einmal nach jeder fälligen Sendung fragen

Befehle, die eine Datenbank brauchen, nehmen --db DATEI. parceldeskctl &lt;Befehl&gt; --help zeigt seine Optionen.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ParcelDesk database (SQLite: %2).</source>
        <translation>%1 ist keine ParcelDesk-Datenbank (SQLite: %2).</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this ParcelDesk understands versions up to %3. Open it with a newer ParcelDesk; the file was left unchanged.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses ParcelDesk versteht aber nur Versionen bis %3. Öffnen Sie sie mit einem neueren ParcelDesk; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>migration %1 (%2): %3</source>
        <translation>Migration %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 from schema version %2: %3</source>
        <translation>Die Datenbank %1 kann nicht von Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation>%1 kann nicht in den WAL-Modus geschaltet werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ParcelDesk database: it holds tables (%2) but no ParcelDesk schema version. The file was left unchanged.</source>
        <translation>%1 ist keine ParcelDesk-Datenbank: Sie enthält Tabellen (%2), aber keine ParcelDesk-Schemaversion. Die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::DemoDataGenerator</name>
    <message>
        <source>The number of shipments must be at least 1.</source>
        <translation>Die Anzahl der Sendungen muss mindestens 1 sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln shipment(s); pass --replace to overwrite it.</source>
        <translation>
            <numerusform>%1 enthält bereits %Ln Sendung; mit --replace wird sie überschrieben.</numerusform>
            <numerusform>%1 enthält bereits %Ln Sendungen; mit --replace wird sie überschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Demo data for %1 was not written: %2</source>
        <translation>Die Demodaten für %1 wurden nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>The time zone %1 is unknown to this system; install the tzdata package.</source>
        <translation>Die Zeitzone %1 ist diesem System unbekannt; installieren Sie das Paket tzdata.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it there first.</source>
        <translation>%1 ist in einem anderen Programm geöffnet; schließen Sie sie dort zuerst.</translation>
    </message>
    <message>
        <source>Cannot move the finished demo database into place at %1: %2</source>
        <translation>Die fertige Demo-Datenbank kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MainWindow</name>
    <message>
        <source>ParcelDesk — %1</source>
        <translation>ParcelDesk — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Counting shipments…</source>
        <translation>Sendungen werden gezählt …</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Parcel volume, parcels in flight and problems at a glance.</source>
        <translation>Paketvolumen, Pakete unterwegs und Probleme auf einen Blick.</translation>
    </message>
    <message>
        <source>Parcel volume by day or week, by carrier or status</source>
        <translation>Paketvolumen nach Tag oder Woche, nach Versanddienstleister oder Status</translation>
    </message>
    <message>
        <source>Tiles for in transit, out for delivery, delivered today, late and open problem cases</source>
        <translation>Kacheln für unterwegs, in Zustellung, heute zugestellt, verspätet und offene Problemfälle</translation>
    </message>
    <message>
        <source>On-time and first-attempt delivery rates; every figure opens the parcels it counts</source>
        <translation>Pünktlichkeits- und Erstzustellquote; jede Zahl öffnet die Pakete, die sie zählt</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Every parcel, searchable and filterable, with its full timeline.</source>
        <translation>Jedes Paket, durchsuchbar und filterbar, mit seinem vollständigen Verlauf.</translation>
    </message>
    <message>
        <source>A fast table over millions of shipments with sorting and filters</source>
        <translation>Eine schnelle Tabelle über Millionen Sendungen mit Sortierung und Filtern</translation>
    </message>
    <message>
        <source>The timeline: customer milestones or every scan, with the carrier&apos;s own code and text</source>
        <translation>Der Verlauf: Meilensteine für Kunden oder jeder Scan, mit Code und Text des Versanddienstleisters</translation>
    </message>
    <message>
        <source>Problem cases</source>
        <translation>Problemfälle</translation>
    </message>
    <message>
        <source>The queue of parcels that need a person: stuck, late, damaged, failed attempts, returns to sender.</source>
        <translation>Die Warteschlange der Pakete, die einen Menschen brauchen: festgefahren, verspätet, beschädigt, Zustellversuche gescheitert, Rücksendung an den Absender.</translation>
    </message>
    <message>
        <source>Cases by priority and deadline, assign and resolve in bulk</source>
        <translation>Fälle nach Priorität und Frist, gesammelt zuweisen und lösen</translation>
    </message>
    <message>
        <source>Rules per carrier and country that open cases before the customer calls</source>
        <translation>Regeln je Versanddienstleister und Land, die Fälle eröffnen, bevor der Kunde anruft</translation>
    </message>
    <message>
        <source>WISMO desk</source>
        <translation>WISMO-Schalter</translation>
    </message>
    <message>
        <source>&quot;Where is my order?&quot; answered in one keystroke while the customer is on the line.</source>
        <translation>„Wo ist meine Bestellung?“ mit einem Tastendruck beantwortet, während der Kunde am Telefon ist.</translation>
    </message>
    <message>
        <source>One search box for order, tracking number, e-mail, name, phone or postcode</source>
        <translation>Ein Suchfeld für Bestellung, Sendungsnummer, E-Mail, Name, Telefon oder Postleitzahl</translation>
    </message>
    <message>
        <source>The answer in the customer&apos;s language, and the contact logged</source>
        <translation>Die Antwort in der Sprache des Kunden, und der Kontakt wird erfasst</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Returns from registration to disposition, and the inflow the warehouse must plan for.</source>
        <translation>Retouren von der Anmeldung bis zur Verwertung, und der Zulauf, den das Lager einplanen muss.</translation>
    </message>
    <message>
        <source>Return policy check, label with QR code and inbound tracking</source>
        <translation>Prüfung der Rückgaberegeln, Etikett mit QR-Code und Verfolgung der Rücksendung</translation>
    </message>
    <message>
        <source>Grading and disposition: resell, refurbish, outlet, donate, recycle</source>
        <translation>Bewertung und Verwertung: wiederverkaufen, aufbereiten, Outlet, spenden, recyceln</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Entschuldigungen</translation>
    </message>
    <message>
        <source>Proactive messages to customers whose parcels are late, before they ask.</source>
        <translation>Proaktive Nachrichten an Kunden mit verspäteten Paketen, bevor sie fragen.</translation>
    </message>
    <message>
        <source>Candidates, templates in German and English, vouchers</source>
        <translation>Kandidaten, Vorlagen auf Deutsch und Englisch, Gutscheine</translation>
    </message>
    <message>
        <source>Guardrails: consent, frequency caps, quiet hours; an outbox that sends once</source>
        <translation>Leitplanken: Einwilligung, Häufigkeitsgrenzen, Ruhezeiten; ein Postausgang, der genau einmal sendet</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>The operations report for supervisors and carriers.</source>
        <translation>Der Betriebsbericht für Teamleitung und Versanddienstleister.</translation>
    </message>
    <message>
        <source>On-time rate, transit times, exceptions, returns and WISMO contacts</source>
        <translation>Pünktlichkeitsquote, Laufzeiten, Ausnahmen, Retouren und WISMO-Kontakte</translation>
    </message>
    <message>
        <source>Export to CSV, XLSX and PDF</source>
        <translation>Export nach CSV, XLSX und PDF</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Carriers, rules, templates, language and the database connection.</source>
        <translation>Versanddienstleister, Regeln, Vorlagen, Sprache und die Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Carrier credentials kept in the system keychain</source>
        <translation>Zugangsdaten der Versanddienstleister im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Problem-case thresholds and polling intervals</source>
        <translation>Schwellen für Problemfälle und Abfrageintervalle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ParcelDesk</source>
        <translation>&amp;Über ParcelDesk</translation>
    </message>
    <message>
        <source>About ParcelDesk</source>
        <translation>Über ParcelDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ParcelDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The operations console for post-purchase logistics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ParcelDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Leitstelle für die Logistik nach dem Kauf.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shipments: unavailable</source>
        <translation>Sendungen: nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln Sendung</numerusform>
            <numerusform>%Ln Sendungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::PlannedPage</name>
    <message>
        <source>What it will do:</source>
        <translation>Was sie leisten wird:</translation>
    </message>
    <message>
        <source>Not available yet: this page arrives with a later release of ParcelDesk. Until then it shows no figures.</source>
        <translation>Noch nicht verfügbar: Diese Seite kommt mit einer späteren Version von ParcelDesk. Bis dahin zeigt sie keine Zahlen.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Sandbox::FaultSpec</name>
    <message>
        <source>fault &quot;%1&quot;: expected CARRIER:FAULT</source>
        <translation>Störung „%1“: CARRIER:FAULT erwartet</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the probability after @ must be in (0, 1]</source>
        <translation>Störung „%1“: Die Wahrscheinlichkeit nach @ muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the value after = must be a whole number</source>
        <translation>Störung „%1“: Der Wert nach = muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: unknown fault &quot;%2&quot;; known: 429, quota, 5xx, slow, timeout, malformed, token-expiry</source>
        <translation>Störung „%1“: unbekannte Störung „%2“; bekannt sind 429, quota, 5xx, slow, timeout, malformed, token-expiry</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: needs a value, e.g. %2=100</source>
        <translation>Störung „%1“: braucht einen Wert, z. B. %2=100</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShipmentRepository</name>
    <message>
        <source>Cannot store shipment %1 (%2): %3</source>
        <translation>Die Sendung %1 (%2) kann nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::StoreWriter</name>
    <message>
        <source>The writer could not open %1.</source>
        <translation>Der Schreibvorgang konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>event %1 of shipment %2 (%3): %4</source>
        <translation>Ereignis %1 der Sendung %2 (%3): %4</translation>
    </message>
    <message>
        <source>shipment %1 vanished while its events were stored</source>
        <translation>Sendung %1 verschwand, während ihre Ereignisse gespeichert wurden</translation>
    </message>
    <message>
        <source>shipment %1: %2</source>
        <translation>Sendung %1: %2</translation>
    </message>
    <message>
        <source>Nothing of this batch was stored: %1</source>
        <translation>Von diesem Stapel wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>The writer cannot prepare its statements on %1: %2</source>
        <translation>Der Schreibvorgang kann seine Anweisungen für %1 nicht vorbereiten: %2</translation>
    </message>
</context>
</TS>

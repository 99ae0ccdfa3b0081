<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ParcelDesk::CarrierAccountDialog</name>
    <message>
        <source>%1 account</source>
        <translation>%1-Konto</translation>
    </message>
    <message>
        <source>Poll shipments of this carrier</source>
        <translation>Sendungen dieses Versanddienstleisters abfragen</translation>
    </message>
    <message>
        <source>Leave empty for the carrier&apos;s production address.</source>
        <translation>Leer lassen für die Produktionsadresse des Versanddienstleisters.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Carrier default (%1)</source>
        <translation>Vorgabe des Versanddienstleisters (%1)</translation>
    </message>
    <message>
        <source> calls/s</source>
        <translation> Aufrufe/s</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Carrier default (none)</source>
        <translation>Vorgabe des Versanddienstleisters (keine)</translation>
    </message>
    <message>
        <source>Calls per day (UTC) at most; 0: no quota.</source>
        <translation>Höchstens so viele Aufrufe pro Tag (UTC); 0: kein Kontingent.</translation>
    </message>
    <message>
        <source>Daily quota:</source>
        <translation>Tageskontingent:</translation>
    </message>
    <message>
        <source>Carrier maximum (%1)</source>
        <translation>Höchstwert des Versanddienstleisters (%1)</translation>
    </message>
    <message>
        <source>Numbers per call:</source>
        <translation>Nummern pro Aufruf:</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Credentials are kept in %2, readable only by you.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Zugangsdaten liegen in %2, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Reading the stored credentials…</source>
        <translation>Gespeicherte Zugangsdaten werden gelesen …</translation>
    </message>
    <message>
        <source>No credentials are stored for this carrier yet.</source>
        <translation>Für diesen Versanddienstleister sind noch keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage bei %1 an …</translation>
    </message>
    <message>
        <source>✔ %1 (%2 ms)</source>
        <translation>✔ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>✘ %1 (%2 ms)</source>
        <translation>✘ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Storing the credentials…</source>
        <translation>Zugangsdaten werden gespeichert …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CarrierAccountRepository</name>
    <message>
        <source>Carrier &quot;%1&quot; is not one ParcelDesk knows (%2).</source>
        <translation>Den Versanddienstleister „%1“ kennt ParcelDesk nicht (%2).</translation>
    </message>
    <message>
        <source>%1: base URL &quot;%2&quot; is not an http or https address.</source>
        <translation>%1: Die Basis-URL „%2“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>%1: base URL &quot;%2&quot; must not have a query or a fragment.</source>
        <translation>%1: Die Basis-URL „%2“ darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>%1: requests per second must be above 0 and at most 10000, not %2.</source>
        <translation>%1: Aufrufe pro Sekunde müssen über 0 und höchstens 10000 sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: the daily quota must be 0 (none) or more, not %2.</source>
        <translation>%1: Das Tageskontingent muss 0 (keines) oder mehr sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: numbers per request must be between 1 and %2 (the carrier&apos;s maximum), not %3.</source>
        <translation>%1: Nummern pro Aufruf müssen zwischen 1 und %2 (dem Höchstwert des Versanddienstleisters) liegen, nicht %3.</translation>
    </message>
    <message>
        <source>Cannot store the %1 account: %2</source>
        <translation>Das %1-Konto kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the %1 account: %2</source>
        <translation>Das %1-Konto kann nicht entfernt werden: %2</translation>
    </message>
</context>
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
    <message>
        <source>DELIS ID</source>
        <translation>DELIS-ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CarriersPage</name>
    <message>
        <source>Carriers</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>The carrier accounts ParcelDesk polls, how each is doing and how much of its daily quota is used.</source>
        <translation>Die Konten, die ParcelDesk abfragt, wie es jedem geht und wie viel seines Tageskontingents verbraucht ist.</translation>
    </message>
    <message>
        <source>Polling is off.</source>
        <translation>Die Abfrage ist aus.</translation>
    </message>
    <message>
        <source>Poll &amp;now</source>
        <translation>&amp;Jetzt abfragen</translation>
    </message>
    <message>
        <source>&amp;Start polling</source>
        <translation>Abfrage &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>Konto &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Aufrufe heute</translation>
    </message>
    <message>
        <source>Projected by midnight</source>
        <translation>Hochrechnung bis Mitternacht</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Carrier credentials are kept in %2, readable only by you.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Die Zugangsdaten der Versanddienstleister liegen in %2, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>&amp;Stop polling</source>
        <translation>Abfrage &amp;anhalten</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Not polled</source>
        <translation>Nicht abgefragt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Throttled until %1</source>
        <translation>Gedrosselt bis %1</translation>
    </message>
    <message>
        <source>Circuit open until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Quota used up until %1</source>
        <translation>Kontingent erschöpft bis %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Calls by midnight UTC at today&apos;s pace.</source>
        <translation>Aufrufe bis Mitternacht UTC beim heutigen Tempo.</translation>
    </message>
    <message>
        <source>At today&apos;s pace the quota of %1 runs out before midnight UTC.</source>
        <translation>Beim heutigen Tempo ist das Kontingent von %1 vor Mitternacht UTC erschöpft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ClaimWindows</name>
    <message>
        <source>%1: not JSON (%2 at offset %3).</source>
        <translation>%1: kein JSON (%2 an Stelle %3).</translation>
    </message>
    <message>
        <source>%1: &quot;carrier&quot; must name the carrier&apos;s id in lower case.</source>
        <translation>%1: „carrier“ muss die Kennung des Versanddienstleisters in Kleinbuchstaben nennen.</translation>
    </message>
    <message>
        <source>%1: windows[%2].%3: %4</source>
        <translation>%1: windows[%2].%3: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not lost or damaged</source>
        <translation>„%1“ ist weder lost noch damaged</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not any, domestic or international</source>
        <translation>„%1“ ist weder any, domestic noch international</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shipped, expected_delivery or delivered</source>
        <translation>„%1“ ist weder shipped, expected_delivery noch delivered</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3660</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 1 und 3660 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not calendar or business</source>
        <translation>„%1“ ist weder calendar noch business</translation>
    </message>
    <message>
        <source>must be at least 0 and fewer than days</source>
        <translation>muss mindestens 0 und kleiner als days sein</translation>
    </message>
    <message>
        <source>every window needs the title of its source</source>
        <translation>jede Frist braucht den Titel ihrer Quelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>„%1“ ist keine Webadresse</translation>
    </message>
    <message>
        <source>%1: no windows, and no &quot;missing&quot; note saying why.</source>
        <translation>%1: keine Fristen und kein „missing“-Vermerk, der den Grund nennt.</translation>
    </message>
    <message>
        <source>the day it was shipped</source>
        <translation>dem Versandtag</translation>
    </message>
    <message>
        <source>the expected delivery date</source>
        <translation>dem erwarteten Zustelldatum</translation>
    </message>
    <message>
        <source>the delivery date</source>
        <translation>dem Zustelldatum</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Werktag</numerusform>
            <numerusform>%n Werktage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>, not before day %1</source>
        <translation>, nicht vor Tag %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ConnectionTest</name>
    <message>
        <source>%1 answered and the answer reads: the account works.</source>
        <translation>%1 hat geantwortet und die Antwort ist lesbar: Das Konto funktioniert.</translation>
    </message>
    <message>
        <source>%1 answered with no shipment: the account works.</source>
        <translation>%1 hat ohne Sendung geantwortet: Das Konto funktioniert.</translation>
    </message>
    <message>
        <source>%1 accepted the credentials (it does not know the test number): the account works.</source>
        <translation>%1 hat die Zugangsdaten angenommen (die Testnummer ist unbekannt): Das Konto funktioniert.</translation>
    </message>
    <message>
        <source>%1 refused the credentials%2. Check them in the account.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt%2. Prüfen Sie sie im Konto.</translation>
    </message>
    <message>
        <source>%1 accepted the credentials but says the limit or quota is reached%2.</source>
        <translation>%1 hat die Zugangsdaten angenommen, meldet aber, dass das Limit oder Kontingent erreicht ist%2.</translation>
    </message>
    <message>
        <source>%1 answered with a server error%2. Try again later.</source>
        <translation>%1 hat mit einem Serverfehler geantwortet%2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be read%2. Check the base URL.</source>
        <translation>Die Antwort von %1 ist nicht lesbar%2. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Check the base URL and the network.</source>
        <translation>Prüfen Sie die Basis-URL und das Netzwerk.</translation>
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
    <message>
        <source>Poll an in-process carrier sandbox instead of the carriers (for demonstrations).</source>
        <translation>Eine eingebaute Sandbox statt der Versanddienstleister abfragen (für Vorführungen).</translation>
    </message>
    <message>
        <source>With --sandbox: virtual seconds per real second of its parcels.</source>
        <translation>Mit --sandbox: virtuelle Sekunden ihrer Pakete pro echter Sekunde.</translation>
    </message>
    <message>
        <source>Do not poll the carriers when the console starts.</source>
        <translation>Beim Start der Konsole keine Versanddienstleister abfragen.</translation>
    </message>
    <message>
        <source>The page to open: overview, shipments, problems, wismo, returns, apologies, reports, carriers or settings.</source>
        <translation>Die zu öffnende Seite: overview, shipments, problems, wismo, returns, apologies, reports, carriers oder settings.</translation>
    </message>
    <message>
        <source>--sandbox-speed must be a positive number, not &quot;%1&quot;.</source>
        <translation>--sandbox-speed muss eine positive Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The carrier sandbox cannot listen on 127.0.0.1.</source>
        <translation>Die Sandbox kann nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;.</source>
        <translation>--page muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>For the benchmark: print the time to the first paint and the memory in use once the Overview and the Shipments page have their data, as JSON, then exit.</source>
        <translation>Für die Leistungsmessung: die Zeit bis zum ersten Zeichnen und den belegten Speicher als JSON ausgeben, sobald Übersicht und Sendungsseite ihre Daten haben, dann beenden.</translation>
    </message>
    <message>
        <source>Open the WISMO desk searching for this (an order or tracking number, e-mail, phone number, postcode or name), e.g. from the phone system for a caller.</source>
        <translation>Den WISMO-Schalter öffnen und danach suchen (Bestell- oder Sendungsnummer, E-Mail, Telefonnummer, Postleitzahl oder Name), z. B. aus der Telefonanlage für einen Anrufer.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 for this version of ParcelDesk (schema %2 to %3). On a large database this takes a minute or two.</source>
        <translation>Die Datenbank %1 wird für diese Version von ParcelDesk aktualisiert (Schema %2 auf %3). Bei einer großen Datenbank dauert das ein bis zwei Minuten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>ParcelDesk</source>
        <translation>ParcelDesk</translation>
    </message>
    <message>
        <source>The upgrade was cancelled; %1 is as it was.</source>
        <translation>Die Aktualisierung wurde abgebrochen; %1 ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Contact</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Where is my order?</source>
        <translation>Wo ist meine Bestellung?</translation>
    </message>
    <message>
        <source>Says it never arrived</source>
        <translation>Sagt, es kam nie an</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Beschädigt angekommen</translation>
    </message>
    <message>
        <source>Wants to change the delivery</source>
        <translation>Möchte die Zustellung ändern</translation>
    </message>
    <message>
        <source>Wants to return it</source>
        <translation>Möchte es zurückschicken</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ContactRepository</name>
    <message>
        <source>A contact needs a shipment or an order.</source>
        <translation>Ein Kontakt braucht eine Sendung oder eine Bestellung.</translation>
    </message>
    <message>
        <source>channel: &quot;%1&quot; is not one of %2.</source>
        <translation>channel: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>reason: &quot;%1&quot; is not one of %2.</source>
        <translation>reason: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>agent: who took the contact is needed.</source>
        <translation>agent: Wer den Kontakt angenommen hat, muss angegeben werden.</translation>
    </message>
    <message>
        <source>time: when the contact happened is needed.</source>
        <translation>time: Wann der Kontakt war, muss angegeben werden.</translation>
    </message>
    <message>
        <source>Cannot log the contact: %1</source>
        <translation>Der Kontakt kann nicht erfasst werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CredentialStore</name>
    <message>
        <source>The keychain is switched off for this store</source>
        <translation>Der Schlüsselbund ist für diesen Speicher abgeschaltet</translation>
    </message>
    <message>
        <source>PARCELDESK_CREDENTIALS=file chooses the file</source>
        <translation>PARCELDESK_CREDENTIALS=file wählt die Datei</translation>
    </message>
    <message>
        <source>%1: the stored credentials are not readable (%2).</source>
        <translation>%1: Die gespeicherten Zugangsdaten sind nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not a credentials file (%2).</source>
        <translation>%1: keine Zugangsdatendatei (%2).</translation>
    </message>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation>%1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: not a credentials file (%2); it is left as it is.</source>
        <translation>%1: keine Zugangsdatendatei (%2); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the file.</source>
        <translation>%1: Die Datei kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>keychain (%1)</source>
        <translation>Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>The keychain refused the %1 credentials: %2</source>
        <translation>Der Schlüsselbund hat die %1-Zugangsdaten verweigert: %2</translation>
    </message>
    <message>
        <source>The keychain did not store the %1 credentials: %2</source>
        <translation>Der Schlüsselbund hat die %1-Zugangsdaten nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The keychain did not remove the %1 credentials: %2</source>
        <translation>Der Schlüsselbund hat die %1-Zugangsdaten nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1: the entry for %2 is not an object.</source>
        <translation>%1: Der Eintrag für %2 ist kein Objekt.</translation>
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
        <source>%1: %2 calls</source>
        <translation>%1: %2 Aufrufe</translation>
    </message>
    <message>
        <source>Poll what is due now, then exit.</source>
        <translation>Abfragen, was jetzt fällig ist, dann beenden.</translation>
    </message>
    <message>
        <source>poll: --db FILE is required.</source>
        <translation>poll: --db DATEI ist erforderlich.</translation>
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
        <source>Carrier accounts: what to poll, where and how fast. Credentials go to the system keychain (or, where there is none, a file only you can read), never to the database.
  list                      every carrier, its account, calls today and shipments due
  set CARRIER               create or change an account (options below)
  credentials CARRIER       store credentials read from stdin as field=value lines
                            (apiKey, clientId, clientSecret, username, password, accountNumber)
  test CARRIER              one real call with the account: do the credentials work?
  remove CARRIER            remove the account and its credentials</source>
        <translation>Konten der Versanddienstleister: was, wo und wie schnell abgefragt wird. Zugangsdaten kommen in den System-Schlüsselbund (oder, wo keiner ist, in eine nur für Sie lesbare Datei), nie in die Datenbank.
  list                      jeder Versanddienstleister, sein Konto, Aufrufe heute und fällige Sendungen
  set ID                    ein Konto anlegen oder ändern (Optionen unten)
  credentials ID            Zugangsdaten von stdin als Zeilen feld=wert speichern
                            (apiKey, clientId, clientSecret, username, password, accountNumber)
  test ID                   ein echter Aufruf mit dem Konto: funktionieren die Zugangsdaten?
  remove ID                 das Konto und seine Zugangsdaten entfernen</translation>
    </message>
    <message>
        <source>The API&apos;s base URL (default: the carrier&apos;s production URL).</source>
        <translation>Die Basis-URL der API (Vorgabe: die Produktions-URL des Versanddienstleisters).</translation>
    </message>
    <message>
        <source>Calls per second at most.</source>
        <translation>Höchstens so viele Aufrufe pro Sekunde.</translation>
    </message>
    <message>
        <source>Calls per UTC day at most (0: none).</source>
        <translation>Höchstens so viele Aufrufe pro UTC-Tag (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Tracking numbers per call at most.</source>
        <translation>Höchstens so viele Sendungsnummern pro Aufruf.</translation>
    </message>
    <message>
        <source>Poll with this account.</source>
        <translation>Mit diesem Konto abfragen.</translation>
    </message>
    <message>
        <source>Do not poll with this account.</source>
        <translation>Mit diesem Konto nicht abfragen.</translation>
    </message>
    <message>
        <source>The tracking number to test with (default: a sample).</source>
        <translation>Die Sendungsnummer für den Test (Vorgabe: ein Beispiel).</translation>
    </message>
    <message>
        <source>list, set, credentials, test or remove</source>
        <translation>list, set, credentials, test oder remove</translation>
    </message>
    <message>
        <source>The carrier id, e.g. dhl.</source>
        <translation>Die Kennung des Versanddienstleisters, z. B. dhl.</translation>
    </message>
    <message>
        <source>carriers %1: name a carrier: %2.</source>
        <translation>carriers %1: Nennen Sie einen Versanddienstleister: %2.</translation>
    </message>
    <message>
        <source>carriers credentials: stdin line %1 is not field=value with a field of apiKey, clientId, clientSecret, username, password, accountNumber.</source>
        <translation>carriers credentials: stdin-Zeile %1 ist nicht feld=wert mit einem Feld aus apiKey, clientId, clientSecret, username, password, accountNumber.</translation>
    </message>
    <message>
        <source>%1 credentials stored in the system keychain.</source>
        <translation>%1-Zugangsdaten im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1 credentials stored in %2 (readable only by you). Warning: no system keychain answered (%3).</source>
        <translation>%1-Zugangsdaten in %2 gespeichert (nur für Sie lesbar). Warnung: Kein System-Schlüsselbund hat geantwortet (%3).</translation>
    </message>
    <message>
        <source>carriers: --db FILE is required.</source>
        <translation>carriers: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>calls today</source>
        <translation>Aufrufe heute</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
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
        <source>%1/s, %2 per call</source>
        <translation>%1/s, %2 pro Aufruf</translation>
    </message>
    <message>
        <source>carriers set: --rps must be a number.</source>
        <translation>carriers set: --rps muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>carriers set: --%1 must be a whole number.</source>
        <translation>carriers set: --%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 account saved.</source>
        <translation>%1-Konto gespeichert.</translation>
    </message>
    <message>
        <source>%1 account and credentials removed.</source>
        <translation>%1-Konto und Zugangsdaten entfernt.</translation>
    </message>
    <message>
        <source>carriers test: no %1 credentials are stored; use parceldeskctl carriers credentials %1.</source>
        <translation>carriers test: Es sind keine %1-Zugangsdaten gespeichert; nutzen Sie parceldeskctl carriers credentials %1.</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>carriers: unknown action &quot;%1&quot;.</source>
        <translation>carriers: unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>Asks the carriers about every shipment in the database that is due, most urgent first, and stores what they say, with the accounts set up by parceldeskctl carriers. Ctrl+C stops it; what was not asked about stays due.</source>
        <translation>Fragt die Versanddienstleister nach jeder fälligen Sendung der Datenbank, die dringendsten zuerst, und speichert ihre Antworten, mit den über parceldeskctl carriers eingerichteten Konten. Strg+C hält an; was nicht abgefragt wurde, bleibt fällig.</translation>
    </message>
    <message>
        <source>Keep polling: whenever shipments are due, until Ctrl+C or SIGTERM.</source>
        <translation>Fortlaufend abfragen: wann immer Sendungen fällig sind, bis Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Poll an in-process carrier sandbox instead of the carriers (every carrier it speaks).</source>
        <translation>Eine eingebaute Sandbox statt der Versanddienstleister abfragen (jeder Dienst, den sie spricht).</translation>
    </message>
    <message>
        <source>With --sandbox: virtual seconds per real second of its parcels.</source>
        <translation>Mit --sandbox: virtuelle Sekunden ihrer Pakete pro echter Sekunde.</translation>
    </message>
    <message>
        <source>At most this many shipments per run.</source>
        <translation>Höchstens so viele Sendungen pro Durchlauf.</translation>
    </message>
    <message>
        <source>poll: say --once or --daemon.</source>
        <translation>poll: Geben Sie --once oder --daemon an.</translation>
    </message>
    <message>
        <source>poll: --speed must be a positive number, not &quot;%1&quot;.</source>
        <translation>poll: --speed muss eine positive Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <source>poll: no carrier account can be polled; set one up with parceldeskctl carriers set and carriers credentials, or use --sandbox.</source>
        <translation>poll: Kein Konto kann abgefragt werden; richten Sie eines mit parceldeskctl carriers set und carriers credentials ein, oder nutzen Sie --sandbox.</translation>
    </message>
    <message>
        <source>Polling %1 carrier accounts until Ctrl+C.</source>
        <translation>Frage %1 Konten ab, bis Strg+C.</translation>
    </message>
    <message>
        <source>Carrier sandbox at %1, each carrier below its id (e.g. %1/dhl): %2. Credentials: API key %3; client %4 / %5; user %6 / %7; account %8. Ctrl+C stops it.</source>
        <translation>Sandbox unter %1, jeder Versanddienstleister unter seiner Kennung (z. B. %1/dhl): %2. Zugangsdaten: API-Schlüssel %3; Client %4 / %5; Benutzer %6 / %7; Konto %8. Strg+C hält sie an.</translation>
    </message>
    <message>
        <source>Measures the delivery-date prediction on real orders: trains the transit model the console uses on the Olist orders purchased before --split and scores the later ones at purchase and at carrier hand-over, beside Olist&apos;s own estimated date.</source>
        <translation>Misst die Vorhersage des Zustelldatums an echten Bestellungen: lernt das Laufzeitmodell der Konsole an den Olist-Bestellungen vor --split und bewertet die späteren beim Kauf und bei der Übergabe an den Versanddienstleister, neben Olists eigenem geschätztem Datum.</translation>
    </message>
    <message>
        <source>The folder with olist_orders_dataset.csv(.gz) and olist_customers_dataset.csv(.gz).</source>
        <translation>Der Ordner mit olist_orders_dataset.csv(.gz) und olist_customers_dataset.csv(.gz).</translation>
    </message>
    <message>
        <source>Orders purchased before this date train, the rest are scored.</source>
        <translation>Bestellungen vor diesem Datum lernen, die übrigen werden bewertet.</translation>
    </message>
    <message>
        <source>The share of parcels allowed to arrive after our promise date.</source>
        <translation>Der Anteil der Pakete, der nach unserem zugesagten Datum ankommen darf.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of tables.</source>
        <translation>Ein JSON-Objekt statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <source>eval-eta: --split must be a date like 2018-01-01, not &quot;%1&quot;.</source>
        <translation>eval-eta: --split muss ein Datum wie 2018-01-01 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>eval-eta: --late-risk must be a share between 0 and 0.5, not &quot;%1&quot;.</source>
        <translation>eval-eta: --late-risk muss ein Anteil zwischen 0 und 0,5 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 delivered orders: %2 purchased before %3 train the model, %4 later ones are scored (%5 s).</source>
        <translation>%1 zugestellte Bestellungen: %2 vor dem %3 gekaufte lernen das Modell, %4 spätere werden bewertet (%5 s).</translation>
    </message>
    <message>
        <source>MAE days</source>
        <translation>MAE Tage</translation>
    </message>
    <message>
        <source>±1 day %</source>
        <translation>±1 Tag %</translation>
    </message>
    <message>
        <source>late %</source>
        <translation>spät %</translation>
    </message>
    <message>
        <source>lead days</source>
        <translation>Vorlauf Tage</translation>
    </message>
    <message>
        <source>ParcelDesk</source>
        <translation>ParcelDesk</translation>
    </message>
    <message>
        <source>Olist</source>
        <translation>Olist</translation>
    </message>
    <message>
        <source>  MAE ratio %1 (ours / Olist&apos;s); lead %2 days shorter</source>
        <translation>  MAE-Verhältnis %1 (unseres / Olists); Vorlauf %2 Tage kürzer</translation>
    </message>
    <message>
        <source>At purchase</source>
        <translation>Beim Kauf</translation>
    </message>
    <message>
        <source>At carrier hand-over</source>
        <translation>Bei der Übergabe an den Versanddienstleister</translation>
    </message>
    <message>
        <source>The moment to judge at, ISO 8601 UTC (default: now).</source>
        <translation>Der Zeitpunkt der Beurteilung, ISO 8601 UTC (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>dry-run: the rule, e.g. stuck, never_scanned, late, suspected_lost.</source>
        <translation>dry-run: die Regel, z. B. stuck, never_scanned, late, suspected_lost.</translation>
    </message>
    <message>
        <source>dry-run: try this threshold instead of the rule&apos;s.</source>
        <translation>dry-run: diesen Schwellenwert statt des Werts der Regel erproben.</translation>
    </message>
    <message>
        <source>dry-run: the threshold for this carrier only.</source>
        <translation>dry-run: der Schwellenwert nur für diesen Versanddienstleister.</translation>
    </message>
    <message>
        <source>dry-run: the threshold for this destination country only.</source>
        <translation>dry-run: der Schwellenwert nur für dieses Zielland.</translation>
    </message>
    <message>
        <source>dry-run: how many past days to try (default 30).</source>
        <translation>dry-run: wie viele vergangene Tage erprobt werden (Vorgabe 30).</translation>
    </message>
    <message>
        <source>dry-run: list at most this many of the cases (default 20).</source>
        <translation>dry-run: höchstens so viele der Fälle auflisten (Vorgabe 20).</translation>
    </message>
    <message>
        <source>cases: --db FILE is required.</source>
        <translation>cases: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>cases: --now must be an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>cases: --now muss eine Zeit nach ISO 8601 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfe</translation>
    </message>
    <message>
        <source>Trying</source>
        <translation>Erprobe</translation>
    </message>
    <message>
        <source>Checked %1 shipments: %2 cases opened (%3), %4 resolved because the problem has gone.%5</source>
        <translation>%1 Sendungen geprüft: %2 Fälle eröffnet (%3), %4 erledigt, weil das Problem verschwunden ist.%5</translation>
    </message>
    <message>
        <source> Cancelled.</source>
        <translation> Abgebrochen.</translation>
    </message>
    <message>
        <source>cases dry-run: --kind must be one of %1, not &quot;%2&quot;.</source>
        <translation>cases dry-run: --kind muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>cases dry-run: --days must be 1 to 365, not &quot;%1&quot;.</source>
        <translation>cases dry-run: --days muss 1 bis 365 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>cases dry-run: --list must be 0 or more, not &quot;%1&quot;.</source>
        <translation>cases dry-run: --list muss 0 oder mehr sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>cases dry-run: --threshold must be 0 or more, not &quot;%1&quot;.</source>
        <translation>cases dry-run: --threshold muss 0 oder mehr sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Against the last %1 days the rule &quot;%2&quot;%3 would have opened %4 cases (%5 shipments checked).</source>
        <translation>In den letzten %1 Tagen hätte die Regel „%2“%3 %4 Fälle eröffnet (%5 Sendungen geprüft).</translation>
    </message>
    <message>
        <source> (threshold %1 %2)</source>
        <translation> (Schwellenwert %1 %2)</translation>
    </message>
    <message>
        <source>Problem cases from the rules.
  run          open a case for every problem found, resolve those that have gone
  dry-run      what one rule would have opened over the past days; writes nothing
  rules        the rules in force: threshold, priority and SLA per kind
  set-rule     change a rule for all, a carrier and/or a destination country
  reset-rule   remove such a change</source>
        <translation>Problemfälle aus den Regeln.
  run          für jedes gefundene Problem einen Fall eröffnen, erledigte Probleme schließen
  dry-run      was eine Regel in den vergangenen Tagen eröffnet hätte; schreibt nichts
  rules        die geltenden Regeln: Schwellenwert, Priorität und SLA je Art
  set-rule     eine Regel für alle, einen Versanddienstleister und/oder ein Zielland ändern
  reset-rule   eine solche Änderung entfernen</translation>
    </message>
    <message>
        <source>set-rule: 1 (highest) to 3.</source>
        <translation>set-rule: 1 (höchste) bis 3.</translation>
    </message>
    <message>
        <source>set-rule: hours until a case of this rule is due.</source>
        <translation>set-rule: Stunden, bis ein Fall dieser Regel fällig ist.</translation>
    </message>
    <message>
        <source>set-rule: the rule opens cases.</source>
        <translation>set-rule: Die Regel eröffnet Fälle.</translation>
    </message>
    <message>
        <source>set-rule: the rule opens no cases.</source>
        <translation>set-rule: Die Regel eröffnet keine Fälle.</translation>
    </message>
    <message>
        <source>run, dry-run, rules, set-rule or reset-rule</source>
        <translation>run, dry-run, rules, set-rule oder reset-rule</translation>
    </message>
    <message>
        <source>cases: say %1.</source>
        <translation>cases: Geben Sie %1 an.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>priority, SLA</source>
        <translation>Priorität, SLA</translation>
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
        <source>%1, %2 h</source>
        <translation>%1, %2 h</translation>
    </message>
    <message>
        <source>cases %1: --kind names the rule, e.g. stuck.</source>
        <translation>cases %1: --kind nennt die Regel, z. B. stuck.</translation>
    </message>
    <message>
        <source>Rule %1 for %2/%3 removed; what applies now is the default or a broader rule.</source>
        <translation>Regel %1 für %2/%3 entfernt; jetzt gilt die Vorgabe oder eine allgemeinere Regel.</translation>
    </message>
    <message>
        <source>cases set-rule: --%1 must be a whole number.</source>
        <translation>cases set-rule: --%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Rule %1 for %2/%3: %4, threshold %5 %6, priority %7, SLA %8 h.</source>
        <translation>Regel %1 für %2/%3: %4, Schwellenwert %5 %6, Priorität %7, SLA %8 h.</translation>
    </message>
    <message>
        <source>%1 Rules: %2 cases opened, %3 resolved.</source>
        <translation>%1 Regeln: %2 Fälle eröffnet, %3 erledigt.</translation>
    </message>
    <message>
        <source>Instead: how well delays are spotted on the sandbox&apos;s journeys, where the truth is known (precision and recall of &quot;predicted late&quot;, hours before the carrier&apos;s delay notice).</source>
        <translation>Stattdessen: wie gut Verspätungen an den Sendungsverläufen der Sandbox erkannt werden, wo die Wahrheit bekannt ist (Präzision und Trefferquote von „wohl verspätet“, Stunden vor der Verspätungsmeldung des Versanddienstleisters).</translation>
    </message>
    <message>
        <source>With --sandbox: how many journeys (half learn, half are watched).</source>
        <translation>Mit --sandbox: wie viele Sendungsverläufe (die Hälfte lernt, die andere wird beobachtet).</translation>
    </message>
    <message>
        <source>eval-eta: --parcels must be 100 to 1000000, not &quot;%1&quot;.</source>
        <translation>eval-eta: --parcels muss 100 bis 1000000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sandbox journeys: %1 learned from, %2 watched, %3 of them late.</source>
        <translation>Sandbox-Verläufe: aus %1 gelernt, %2 beobachtet, davon %3 verspätet.</translation>
    </message>
    <message>
        <source>Predicted late: %1 parcels, %2 of them late: precision %3, recall %4.</source>
        <translation>Als wohl verspätet erkannt: %1 Pakete, davon %2 verspätet: Präzision %3, Trefferquote %4.</translation>
    </message>
    <message>
        <source>Median lead: %1 hours before the carrier&apos;s delay notice (%2 parcels had one).</source>
        <translation>Median des Vorsprungs: %1 Stunden vor der Verspätungsmeldung des Versanddienstleisters (%2 Pakete hatten eine).</translation>
    </message>
    <message>
        <source>eval-eta: --olist DIR or --sandbox is required.</source>
        <translation>eval-eta: --olist ORDNER oder --sandbox ist nötig.</translation>
    </message>
    <message>
        <source>Customer contacts about a parcel.
  log    log a call, e-mail or chat; &quot;not received&quot; about a delivered parcel opens
         a case with the carrier&apos;s claim deadline
  list   the contacts about a parcel</source>
        <translation>Kundenkontakte zu einer Sendung.
  log    einen Anruf, eine E-Mail oder einen Chat erfassen; „nicht erhalten“ zu einer
         zugestellten Sendung eröffnet einen Fall mit der Reklamationsfrist
  list   die Kontakte zu einer Sendung</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number.</source>
        <translation>Die Sendungsnummer des Pakets.</translation>
    </message>
    <message>
        <source>The carrier, when several carriers use the number.</source>
        <translation>Der Versanddienstleister, wenn mehrere die Nummer verwenden.</translation>
    </message>
    <message>
        <source>log: %1 (default phone).</source>
        <translation>log: %1 (Vorgabe phone).</translation>
    </message>
    <message>
        <source>log: %1 (default where_is_my_order).</source>
        <translation>log: %1 (Vorgabe where_is_my_order).</translation>
    </message>
    <message>
        <source>log: what came of it.</source>
        <translation>log: was dabei herauskam.</translation>
    </message>
    <message>
        <source>log: a note.</source>
        <translation>log: eine Notiz.</translation>
    </message>
    <message>
        <source>log: who took it (default: the login name).</source>
        <translation>log: wer ihn angenommen hat (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>log: when, ISO 8601 UTC (default: now).</source>
        <translation>log: wann, ISO 8601 UTC (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>log or list</source>
        <translation>log oder list</translation>
    </message>
    <message>
        <source>contacts: say log or list.</source>
        <translation>contacts: log oder list angeben.</translation>
    </message>
    <message>
        <source>contacts: --db FILE and --tracking NUMBER are required.</source>
        <translation>contacts: --db DATEI und --tracking NUMMER sind nötig.</translation>
    </message>
    <message>
        <source>contacts: --at must be an ISO 8601 time, not &quot;%1&quot;.</source>
        <translation>contacts: --at muss eine Zeit nach ISO 8601 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>contacts: no shipment has the tracking number %1.</source>
        <translation>contacts: Keine Sendung hat die Sendungsnummer %1.</translation>
    </message>
    <message>
        <source>contacts: %1 is used by %2; say --carrier.</source>
        <translation>contacts: %1 wird von %2 verwendet; --carrier angeben.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Contact %1 logged.</source>
        <translation>Kontakt %1 erfasst.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Fall %1 eröffnet.</translation>
    </message>
    <message>
        <source>Joined the open case %1.</source>
        <translation>Dem offenen Fall %1 zugeordnet.</translation>
    </message>
    <message>
        <source>What the carrier offers to change about a parcel&apos;s delivery.
  list TRACKING            the options the carrier listed at its last answer, and
                           the changes customers asked for
  request TRACKING OPTION  record a customer&apos;s request for an option (e.g.
                           RESCHEDULE); refused when the carrier does not offer it</source>
        <translation>Was der Zusteller an der Zustellung eines Pakets ändern lässt.
  list SENDUNGSNUMMER      die Optionen aus der letzten Antwort des Zustellers und
                           die Änderungswünsche der Kunden
  request SENDUNGSNUMMER OPTION
                           den Wunsch eines Kunden nach einer Option erfassen
                           (z. B. RESCHEDULE); abgelehnt, wenn der Zusteller sie nicht anbietet</translation>
    </message>
    <message>
        <source>request: what the customer wants, e.g. the day or address.</source>
        <translation>request: was der Kunde möchte, z. B. Tag oder Adresse.</translation>
    </message>
    <message>
        <source>request: who took it (default: the login name).</source>
        <translation>request: wer ihn aufgenommen hat (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>request: the logged contact in which the customer asked.</source>
        <translation>request: der erfasste Kontakt, in dem der Kunde gefragt hat.</translation>
    </message>
    <message>
        <source>list or request</source>
        <translation>list oder request</translation>
    </message>
    <message>
        <source>request: the carrier&apos;s option code.</source>
        <translation>request: der Optionscode des Zustellers.</translation>
    </message>
    <message>
        <source>delivery-options: say list or request.</source>
        <translation>delivery-options: list oder request angeben.</translation>
    </message>
    <message>
        <source>delivery-options: list takes a tracking number.</source>
        <translation>delivery-options: list braucht eine Sendungsnummer.</translation>
    </message>
    <message>
        <source>delivery-options: request takes a tracking number and an option.</source>
        <translation>delivery-options: request braucht eine Sendungsnummer und eine Option.</translation>
    </message>
    <message>
        <source>delivery-options: --db FILE is required.</source>
        <translation>delivery-options: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>delivery-options: --contact must be a contact&apos;s number, not &quot;%1&quot;.</source>
        <translation>delivery-options: --contact muss die Nummer eines Kontakts sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>delivery-options: no shipment has the tracking number %1.</source>
        <translation>delivery-options: Keine Sendung hat die Sendungsnummer %1.</translation>
    </message>
    <message>
        <source>delivery-options: %1 is used by %2; say --carrier.</source>
        <translation>delivery-options: %1 wird von %2 verwendet; --carrier angeben.</translation>
    </message>
    <message>
        <source>The carrier has listed no delivery options for %1.</source>
        <translation>Der Zusteller hat für %1 keine Zustelloptionen genannt.</translation>
    </message>
    <message>
        <source>Delivery options for %1, as the carrier said at %2:</source>
        <translation>Zustelloptionen für %1, wie der Zusteller am %2 meldete:</translation>
    </message>
    <message>
        <source>Changes asked for, newest first:</source>
        <translation>Gewünschte Änderungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>Request %1 recorded: %2.</source>
        <translation>Wunsch %1 erfasst: %2.</translation>
    </message>
    <message>
        <source>The WISMO desk&apos;s search box and answer.
  find TEXT     the orders an order or tracking number, e-mail, phone number,
                postcode or name finds, best first
  answer TEXT   the first order found: where each parcel is, in the customer&apos;s
                language, its milestones and expected date, and the reply</source>
        <translation>Suchfeld und Antwort des WISMO-Schalters.
  find TEXT     die Bestellungen, die eine Bestell- oder Sendungsnummer, E-Mail,
                Telefonnummer, Postleitzahl oder ein Name findet, beste zuerst
  answer TEXT   die erste gefundene Bestellung: wo jedes Paket ist, in der Sprache
                des Kunden, seine Meilensteine und das erwartete Datum, und die Antwort</translation>
    </message>
    <message>
        <source>find: at most this many (default 30).</source>
        <translation>find: höchstens so viele (Vorgabe 30).</translation>
    </message>
    <message>
        <source>answer: de or en (default: the customer&apos;s own language).</source>
        <translation>answer: de oder en (Vorgabe: die Sprache des Kunden).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>find or answer</source>
        <translation>find oder answer</translation>
    </message>
    <message>
        <source>What the customer gave: a number, an address, a name.</source>
        <translation>Was der Kunde angegeben hat: eine Nummer, eine Adresse, einen Namen.</translation>
    </message>
    <message>
        <source>wismo: say find TEXT or answer TEXT.</source>
        <translation>wismo: find TEXT oder answer TEXT angeben.</translation>
    </message>
    <message>
        <source>wismo: --db FILE is required.</source>
        <translation>wismo: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>wismo: --limit must be a positive number, not &quot;%1&quot;.</source>
        <translation>wismo: --limit muss eine positive Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>wismo: --language must be de or en, not &quot;%1&quot;.</source>
        <translation>wismo: --language muss de oder en sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>wismo: nothing found for &quot;%1&quot;.</source>
        <translation>wismo: nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>answer: take the best match even when several orders match (by default that is refused: it could be another customer&apos;s order).</source>
        <translation>answer: die beste Übereinstimmung nehmen, auch wenn mehrere Bestellungen passen (sonst abgelehnt: es könnte die Bestellung eines anderen Kunden sein).</translation>
    </message>
    <message>
        <source>wismo: more than one order matches &quot;%1&quot;; give the order or tracking number, see wismo find, or add --first.</source>
        <translation>wismo: mehr als eine Bestellung passt zu „%1“; Bestell- oder Sendungsnummer angeben, wismo find ansehen oder --first hinzufügen.</translation>
    </message>
    <message>
        <source>The outbox: messages to customers, each sent at most once.
  send   send every message that is due, by e-mail over SMTP
  list   the messages in one state (queued, sending, sent, dead)</source>
        <translation>Der Postausgang: Nachrichten an Kunden, jede höchstens einmal gesendet.
  send   jede fällige Nachricht per E-Mail über SMTP senden
  list   die Nachrichten in einem Zustand (queued, sending, sent, dead)</translation>
    </message>
    <message>
        <source>send: the SMTP server.</source>
        <translation>send: der SMTP-Server.</translation>
    </message>
    <message>
        <source>send: its port (default 587).</source>
        <translation>send: sein Port (Vorgabe 587).</translation>
    </message>
    <message>
        <source>send: starttls (default), tls (port 465) or none (a relay on this machine only).</source>
        <translation>send: starttls (Vorgabe), tls (Port 465) oder none (nur für ein Relay auf diesem Rechner).</translation>
    </message>
    <message>
        <source>send: the login; its password is read from standard input.</source>
        <translation>send: die Anmeldung; ihr Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>send: the sender&apos;s address.</source>
        <translation>send: die Adresse des Absenders.</translation>
    </message>
    <message>
        <source>send: the sender&apos;s name.</source>
        <translation>send: der Name des Absenders.</translation>
    </message>
    <message>
        <source>list: which state (default dead).</source>
        <translation>list: welcher Zustand (Vorgabe dead).</translation>
    </message>
    <message>
        <source>send or list</source>
        <translation>send oder list</translation>
    </message>
    <message>
        <source>outbox: say send or list.</source>
        <translation>outbox: send oder list angeben.</translation>
    </message>
    <message>
        <source>outbox: --db FILE is required.</source>
        <translation>outbox: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>outbox: --state must be queued, sending, sent or dead, not &quot;%1&quot;.</source>
        <translation>outbox: --state muss queued, sending, sent oder dead sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>outbox send: --smtp-host and --from are required.</source>
        <translation>outbox send: --smtp-host und --from sind nötig.</translation>
    </message>
    <message>
        <source>outbox send: --smtp-port must be a port number, not &quot;%1&quot;.</source>
        <translation>outbox send: --smtp-port muss eine Portnummer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>outbox send: --smtp-security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>outbox send: --smtp-security muss starttls, tls oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sent %1, to retry later %2, given up %3, found half-sent from before (now dead letters) %4.</source>
        <translation>Gesendet %1, später erneut %2, aufgegeben %3, halb gesendet von vorher (jetzt unzustellbar) %4.</translation>
    </message>
    <message>
        <source>Usage: parceldeskctl &lt;command&gt; [options]

Commands:
  demo-seed   Create a demo database with generated shipments
  info        Show a database&apos;s schema version and contents
  parse       Read a carrier&apos;s tracking answer from a file, print it as JSON lines
  recognize   Tell which carriers a tracking number can belong to
  sandbox     Run the carrier sandbox: simulated carrier APIs on loopback
  carriers    List, configure and test carrier accounts and their credentials
  poll        Ask the carriers about every shipment that is due (--once or --daemon)
  eval-eta    Measure the delivery-date prediction on real orders (Olist)
  cases       Open problem cases by the rules, or try a rule on past days
  contacts    Log a customer&apos;s contact about a parcel, list a parcel&apos;s contacts
  delivery-options
              List what the carrier offers to change about a parcel&apos;s delivery,
              record a customer&apos;s request for one of those changes
  wismo       Find a customer&apos;s order as the WISMO desk does, print the answer
  outbox      Send the messages to customers that are due, list the outbox
  templates   List the message templates, preview one with an order&apos;s data

Commands that use a database take --db FILE. Run parceldeskctl &lt;command&gt; --help for its options.</source>
        <translation>Aufruf: parceldeskctl &lt;Befehl&gt; [Optionen]

Befehle:
  demo-seed   Eine Demo-Datenbank mit erzeugten Sendungen anlegen
  info        Schemaversion und Inhalt einer Datenbank zeigen
  parse       Eine Tracking-Antwort aus einer Datei lesen, als JSON-Zeilen ausgeben
  recognize   Sagen, zu welchen Versanddienstleistern eine Sendungsnummer gehören kann
  sandbox     Die Sandbox starten: simulierte APIs der Versanddienstleister auf Loopback
  carriers    Konten der Versanddienstleister und ihre Zugangsdaten auflisten, einrichten, testen
  poll        Alle fälligen Sendungen bei den Versanddienstleistern abfragen (--once oder --daemon)
  eval-eta    Die Vorhersage des Zustelldatums an echten Bestellungen messen (Olist)
  cases       Problemfälle nach den Regeln eröffnen oder eine Regel an vergangenen Tagen erproben
  contacts    Den Kontakt eines Kunden zu einem Paket erfassen, die Kontakte zu einem Paket auflisten
  delivery-options
              Zeigen, was der Zusteller an der Zustellung eines Pakets ändern lässt,
              den Änderungswunsch eines Kunden dazu erfassen
  wismo       Die Bestellung eines Kunden finden wie der WISMO-Schalter, die Antwort ausgeben
  outbox      Die fälligen Nachrichten an Kunden senden, den Postausgang auflisten
  templates   Die Nachrichtenvorlagen auflisten, eine mit den Daten einer Bestellung ansehen

Befehle mit Datenbank nehmen --db DATEI. parceldeskctl &lt;Befehl&gt; --help nennt die Optionen.</translation>
    </message>
    <message>
        <source>Message templates (Mustache), per kind and language.
  list      the templates there are
  preview   one template filled in: with --order, that order&apos;s real data</source>
        <translation>Nachrichtenvorlagen (Mustache), je Art und Sprache.
  list      die vorhandenen Vorlagen
  preview   eine Vorlage ausgefüllt: mit --order mit den echten Daten dieser Bestellung</translation>
    </message>
    <message>
        <source>preview: delay_notice, delay_apology or delay_apology_voucher.</source>
        <translation>preview: delay_notice, delay_apology oder delay_apology_voucher.</translation>
    </message>
    <message>
        <source>preview: de or en (default: the customer&apos;s).</source>
        <translation>preview: de oder en (Vorgabe: die des Kunden).</translation>
    </message>
    <message>
        <source>preview: the order whose data fills it in (needs --db).</source>
        <translation>preview: die Bestellung, deren Daten sie füllen (braucht --db).</translation>
    </message>
    <message>
        <source>preview: the shop&apos;s name.</source>
        <translation>preview: der Name des Shops.</translation>
    </message>
    <message>
        <source>list or preview</source>
        <translation>list oder preview</translation>
    </message>
    <message>
        <source>templates: say list or preview.</source>
        <translation>templates: list oder preview angeben.</translation>
    </message>
    <message>
        <source>templates preview: --kind is required.</source>
        <translation>templates preview: --kind ist nötig.</translation>
    </message>
    <message>
        <source>templates preview: --order needs --db FILE.</source>
        <translation>templates preview: --order braucht --db DATEI.</translation>
    </message>
    <message>
        <source>templates preview: no order %1.</source>
        <translation>templates preview: keine Bestellung %1.</translation>
    </message>
    <message>
        <source>templates preview: no template %1 in %2.</source>
        <translation>templates preview: keine Vorlage %1 in %2.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message numerus="yes">
        <source>SMS (%n segment(s)%1): %2</source>
        <translation>
            <numerusform>SMS (%n Teil%1): %2</numerusform>
            <numerusform>SMS (%n Teile%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, Unicode</source>
        <translation>, Unicode</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CustomerText</name>
    <message>
        <source>Handed to the carrier</source>
        <translation>An den Zusteller übergeben</translation>
    </message>
    <message>
        <source>Arrived in the destination country</source>
        <translation>Im Zielland angekommen</translation>
    </message>
    <message>
        <source>In customs</source>
        <translation>Beim Zoll</translation>
    </message>
    <message>
        <source>Cleared customs</source>
        <translation>Verzollt</translation>
    </message>
    <message>
        <source>Delivered to a neighbour</source>
        <translation>Beim Nachbarn zugestellt</translation>
    </message>
    <message>
        <source>Delivered to a parcel locker</source>
        <translation>In eine Packstation zugestellt</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Returning to the sender</source>
        <translation>Auf dem Rückweg zum Absender</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Annahme verweigert</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Versandetikett erstellt</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <translation>Zustellversuch erfolglos</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problem bei der Zustellung</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Keine Neuigkeiten</translation>
    </message>
    <message>
        <source>Your parcel is packed and waiting for %1 to collect it.</source>
        <translation>Ihr Paket ist gepackt und wartet darauf, dass %1 es abholt.</translation>
    </message>
    <message>
        <source>Your parcel is being cleared through customs.</source>
        <translation>Ihr Paket wird gerade verzollt.</translation>
    </message>
    <message>
        <source>Your parcel is on its way with %1.</source>
        <translation>Ihr Paket ist unterwegs mit %1.</translation>
    </message>
    <message>
        <source>It was last scanned in %1 on %2.</source>
        <translation>Zuletzt erfasst wurde es in %1 am %2.</translation>
    </message>
    <message>
        <source>Your parcel is out for delivery with %1.</source>
        <translation>Ihr Paket ist bei %1 in der Zustellung.</translation>
    </message>
    <message>
        <source>%1 tried to deliver your parcel on %2 but could not hand it over.</source>
        <translation>%1 hat am %2 versucht, Ihr Paket zuzustellen, konnte es aber nicht übergeben.</translation>
    </message>
    <message>
        <source>It will usually try again on the next working day or leave a notice saying where to collect it.</source>
        <translation>Meist folgt am nächsten Werktag ein neuer Versuch, oder Sie erhalten eine Benachrichtigung, wo Sie es abholen können.</translation>
    </message>
    <message>
        <source>Your parcel is ready for you to pick up.</source>
        <translation>Ihr Paket ist abholbereit.</translation>
    </message>
    <message>
        <source>Your parcel is ready for you to pick up in %1.</source>
        <translation>Ihr Paket ist in %1 abholbereit.</translation>
    </message>
    <message>
        <source>Please bring the notice or an ID; the carrier keeps it for a limited time only.</source>
        <translation>Bitte bringen Sie die Benachrichtigung oder einen Ausweis mit; es wird nur für begrenzte Zeit aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 delivered your parcel to a neighbour on %2.</source>
        <translation>%1 hat Ihr Paket am %2 bei einem Nachbarn zugestellt.</translation>
    </message>
    <message>
        <source>%1 delivered your parcel to a parcel locker on %2.</source>
        <translation>%1 hat Ihr Paket am %2 in eine Packstation zugestellt.</translation>
    </message>
    <message>
        <source>The parcel was picked up on %1.</source>
        <translation>Das Paket wurde am %1 abgeholt.</translation>
    </message>
    <message>
        <source>%1 delivered your parcel on %2.</source>
        <translation>%1 hat Ihr Paket am %2 zugestellt.</translation>
    </message>
    <message>
        <source>Place of delivery: %1.</source>
        <translation>Zustellort: %1.</translation>
    </message>
    <message>
        <source>Your parcel was damaged on its way. We are sorry; we have reported it to %1 and will contact you about a replacement or a refund.</source>
        <translation>Ihr Paket wurde unterwegs beschädigt. Das tut uns leid; wir haben es %1 gemeldet und melden uns wegen Ersatz oder Erstattung bei Ihnen.</translation>
    </message>
    <message>
        <source>%1 has lost track of your parcel. We are sorry; we are looking into it and will contact you about a replacement or a refund.</source>
        <translation>%1 kann Ihr Paket nicht mehr verfolgen. Das tut uns leid; wir kümmern uns darum und melden uns wegen Ersatz oder Erstattung bei Ihnen.</translation>
    </message>
    <message>
        <source>%1 could not deliver your parcel and is sending it back to us. We will contact you about sending it again or a refund.</source>
        <translation>%1 konnte Ihr Paket nicht zustellen und schickt es an uns zurück. Wir melden uns wegen eines neuen Versands oder einer Erstattung bei Ihnen.</translation>
    </message>
    <message>
        <source>%1 could not deliver your parcel because of a problem with the address. Could you please confirm your address with us?</source>
        <translation>%1 konnte Ihr Paket wegen eines Problems mit der Adresse nicht zustellen. Könnten Sie uns Ihre Adresse bitte bestätigen?</translation>
    </message>
    <message>
        <source>Your parcel is held in customs; we are on it.</source>
        <translation>Ihr Paket wird beim Zoll festgehalten; wir kümmern uns darum.</translation>
    </message>
    <message>
        <source>Your parcel is delayed on its way with %1.</source>
        <translation>Ihr Paket verspätet sich auf dem Weg mit %1.</translation>
    </message>
    <message>
        <source>%1 reports a problem with the delivery of your parcel; we are looking into it.</source>
        <translation>%1 meldet ein Problem bei der Zustellung Ihres Pakets; wir kümmern uns darum.</translation>
    </message>
    <message>
        <source>%1 has not reported on your parcel for a long time; we are looking into it.</source>
        <translation>%1 hat schon lange nichts zu Ihrem Paket gemeldet; wir kümmern uns darum.</translation>
    </message>
    <message>
        <source>We are sorry that it is later than we promised.</source>
        <translation>Es tut uns leid, dass es später kommt als versprochen.</translation>
    </message>
    <message>
        <source>You can expect it today.</source>
        <translation>Sie können es heute erwarten.</translation>
    </message>
    <message>
        <source>We expect it on %1.</source>
        <translation>Wir erwarten es am %1.</translation>
    </message>
    <message>
        <source>We expect it on %1, or by %2 at the latest.</source>
        <translation>Wir erwarten es am %1, spätestens am %2.</translation>
    </message>
    <message>
        <source>It should arrive by %1.</source>
        <translation>Es sollte bis %1 ankommen.</translation>
    </message>
    <message>
        <source>Your order %1: %2</source>
        <translation>Ihre Bestellung %1: %2</translation>
    </message>
    <message>
        <source>Your parcel: %1</source>
        <translation>Ihr Paket: %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Thank you for asking about your order %1.</source>
        <translation>vielen Dank für Ihre Nachfrage zu Ihrer Bestellung %1.</translation>
    </message>
    <message>
        <source>Thank you for asking about your parcel.</source>
        <translation>vielen Dank für Ihre Nachfrage zu Ihrem Paket.</translation>
    </message>
    <message>
        <source>Your order has not been shipped yet; we will send you the tracking number as soon as it is on its way.</source>
        <translation>Ihre Bestellung wurde noch nicht verschickt; sobald sie unterwegs ist, schicken wir Ihnen die Sendungsnummer.</translation>
    </message>
    <message>
        <source>Tracking number %1 (%2):</source>
        <translation>Sendungsnummer %1 (%2):</translation>
    </message>
    <message>
        <source>Parcel %1 of %2, tracking number %3 (%4):</source>
        <translation>Paket %1 von %2, Sendungsnummer %3 (%4):</translation>
    </message>
    <message>
        <source>If you have any other questions, just reply to this message.

Kind regards
Your customer service</source>
        <translation>Wenn Sie noch Fragen haben, antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
Ihr Kundenservice</translation>
    </message>
    <message>
        <source>Your return reached us on %1; thank you.</source>
        <translation>Ihre Rücksendung ist am %1 bei uns angekommen; vielen Dank.</translation>
    </message>
    <message>
        <source>Your return label is ready; please hand the parcel to %1.</source>
        <translation>Ihr Rücksendeetikett ist bereit; bitte geben Sie das Paket bei %1 ab.</translation>
    </message>
    <message>
        <source>Your return is on its way to us with %1.</source>
        <translation>Ihre Rücksendung ist mit %1 auf dem Weg zu uns.</translation>
    </message>
    <message>
        <source>Your return, tracking number %1 (%2):</source>
        <translation>Ihre Rücksendung, Sendungsnummer %1 (%2):</translation>
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
    <message>
        <source>the upgrade was interrupted</source>
        <translation>die Aktualisierung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::DeliveryOptionRepository</name>
    <message>
        <source>Reschedule the delivery</source>
        <extracomment>A delivery option a carrier offers for a parcel (FedEx RESCHEDULE)</extracomment>
        <translation>Zustellung verschieben</translation>
    </message>
    <message>
        <source>Hold at a FedEx location</source>
        <extracomment>FedEx REDIRECT_TO_HOLD_AT_LOCATION: the parcel waits at a FedEx location for pickup</extracomment>
        <translation>In einer FedEx-Filiale hinterlegen</translation>
    </message>
    <message>
        <source>Deliver to another address</source>
        <extracomment>FedEx REROUTE</extracomment>
        <translation>An eine andere Adresse liefern</translation>
    </message>
    <message>
        <source>Return to the sender</source>
        <extracomment>FedEx RETURN_TO_SHIPPER</extracomment>
        <translation>An den Absender zurück</translation>
    </message>
    <message>
        <source>Release without a signature</source>
        <extracomment>FedEx INDIRECT_SIGNATURE_RELEASE: the recipient signs in advance, the parcel is left</extracomment>
        <translation>Ohne Unterschrift abstellen</translation>
    </message>
    <message>
        <source>Dispute the delivery</source>
        <extracomment>FedEx DISPUTE_DELIVERY: the recipient says the parcel never arrived</extracomment>
        <translation>Zustellung bestreiten</translation>
    </message>
    <message>
        <source>Add to the address</source>
        <extracomment>FedEx SUPPLEMENT_ADDRESS: add an apartment number, a door code, ... to the address</extracomment>
        <translation>Adresse ergänzen</translation>
    </message>
    <message>
        <source>Eligible</source>
        <extracomment>Whether the carrier allows a delivery option for a parcel</extracomment>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Possibly eligible</source>
        <extracomment>The carrier may allow the option; it decides when asked</extracomment>
        <translation>Möglicherweise möglich</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>State of a delivery change a customer asked for</extracomment>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>State of a delivery change: carried out</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>State of a delivery change: the carrier or the shop said no</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>State of a delivery change: the customer withdrew it</extracomment>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Say which delivery option the customer wants.</source>
        <translation>Geben Sie an, welche Zustelloption der Kunde möchte.</translation>
    </message>
    <message>
        <source>agent: who took the request is needed.</source>
        <translation>agent: Wer den Wunsch aufgenommen hat, muss angegeben sein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>option label (code)</comment>
        <extracomment>A delivery option named for people, then its carrier code: Reschedule the delivery (RESCHEDULE)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot record the request: %1</source>
        <translation>Der Wunsch kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The carrier does not offer %1 for this parcel.</source>
        <translation>Der Zusteller bietet „%1“ für dieses Paket nicht an.</translation>
    </message>
    <message>
        <source>The carrier says this parcel is not eligible for %1.</source>
        <translation>Laut Zusteller ist „%1“ für dieses Paket nicht möglich.</translation>
    </message>
    <message>
        <source>A request can be done, refused or cancelled, not &quot;%1&quot;.</source>
        <translation>Ein Wunsch kann erledigt, abgelehnt oder storniert werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>agent: who changed the request is needed.</source>
        <translation>agent: Wer den Wunsch geändert hat, muss angegeben sein.</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Wunsch %1: %2</translation>
    </message>
    <message>
        <source>There is no delivery change request %1.</source>
        <translation>Es gibt keinen Änderungswunsch %1.</translation>
    </message>
    <message>
        <source>Request %1 is closed already (%2).</source>
        <translation>Wunsch %1 ist bereits abgeschlossen (%2).</translation>
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
    <name>ParcelDesk::EtaEvaluator</name>
    <message>
        <source>%1: olist_orders_dataset.csv(.gz) and olist_customers_dataset.csv(.gz) are needed there.</source>
        <translation>%1: Dort werden olist_orders_dataset.csv(.gz) und olist_customers_dataset.csv(.gz) gebraucht.</translation>
    </message>
    <message>
        <source>%1: cannot open.</source>
        <translation>%1: lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>%1, line 1: customer_id, customer_zip_code_prefix and customer_state columns are needed.</source>
        <translation>%1, Zeile 1: Die Spalten customer_id, customer_zip_code_prefix und customer_state werden gebraucht.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, the header has %4.</source>
        <translation>%1, Zeile %2: %3 Felder, die Kopfzeile hat %4.</translation>
    </message>
    <message>
        <source>%1, line 1: the column %2 is missing.</source>
        <translation>%1, Zeile 1: Die Spalte %2 fehlt.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 &quot;%4&quot; is not yyyy-MM-dd HH:mm:ss.</source>
        <translation>%1, Zeile %2: %3 „%4“ ist nicht yyyy-MM-dd HH:mm:ss.</translation>
    </message>
    <message>
        <source>%1, line %2: customer %3 is not in %4.</source>
        <translation>%1, Zeile %2: Kunde %3 steht nicht in %4.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::HolidayCalendar</name>
    <message>
        <source>%1: not JSON (%2 at offset %3).</source>
        <translation>%1: kein JSON (%2 an Stelle %3).</translation>
    </message>
    <message>
        <source>%1: no &quot;countries&quot; object.</source>
        <translation>%1: kein Objekt „countries“.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>not an ISO 3166 country code</source>
        <translation>kein Ländercode nach ISO 3166</translation>
    </message>
    <message>
        <source>fixed day &quot;%1&quot; is not MM-DD</source>
        <translation>fester Tag „%1“ ist nicht MM-TT</translation>
    </message>
    <message>
        <source>unknown shift &quot;%1&quot;</source>
        <translation>unbekannte Verschiebung „%1“</translation>
    </message>
    <message>
        <source>Easter offset %1 is not a number of days</source>
        <translation>Abstand zu Ostern %1 ist keine Zahl von Tagen</translation>
    </message>
    <message>
        <source>weekday rule %1 is not [month, weekday, n]</source>
        <translation>Wochentagsregel %1 ist nicht [Monat, Wochentag, n]</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::InFlightModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
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
    <message>
        <source>Carriers</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Rules, templates, language and the database connection.</source>
        <translation>Regeln, Vorlagen, Sprache und die Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Message templates, language and the team database</source>
        <translation>Nachrichtenvorlagen, Sprache und die Team-Datenbank</translation>
    </message>
    <message>
        <source>No carrier account is set up.</source>
        <translation>Kein Konto eines Versanddienstleisters ist eingerichtet.</translation>
    </message>
    <message>
        <source>Polling is off</source>
        <translation>Abfrage aus</translation>
    </message>
    <message>
        <source>Polling is off: %1</source>
        <translation>Abfrage aus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n carrier(s)</source>
        <translation>
            <numerusform>Frage %n Versanddienstleister ab</numerusform>
            <numerusform>Frage %n Versanddienstleister ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n carrier(s)</source>
        <translation>
            <numerusform>Beobachte %n Versanddienstleister</numerusform>
            <numerusform>Beobachte %n Versanddienstleister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n throttled</source>
        <translation>
            <numerusform>%n gedrosselt</numerusform>
            <numerusform>%n gedrosselt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n gestört</numerusform>
            <numerusform>%n gestört</numerusform>
        </translation>
    </message>
    <message>
        <source>all OK</source>
        <translation>alle OK</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message numerus="yes">
        <source>last run %1: %Ln parcel(s), %2 new events</source>
        <translation>
            <numerusform>letzter Durchlauf %1: %Ln Paket, %2 neue Ereignisse</numerusform>
            <numerusform>letzter Durchlauf %1: %Ln Pakete, %2 neue Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Carriers page</source>
        <translation>Die Seite Versanddienstleister öffnen</translation>
    </message>
    <message>
        <source>Rules: %1 cases opened, %2 resolved.</source>
        <translation>Regeln: %1 Fälle eröffnet, %2 erledigt.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>Reading the carrier accounts…</source>
        <translation>Die Konten der Versanddienstleister werden gelesen …</translation>
    </message>
    <message>
        <source>&amp;Search for a customer&apos;s order…</source>
        <translation>Nach der Bestellung eines Kunden &amp;suchen …</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MessageRepository</name>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>Cannot queue the message: %1</source>
        <translation>Die Nachricht kann nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Customer %1 is no longer in the database.</source>
        <translation>Kunde %1 ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>Der Kunde hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The customer has no phone number.</source>
        <translation>Der Kunde hat keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The same message went to this customer at %1; it is not queued twice.</source>
        <translation>Dieselbe Nachricht ging um %1 an diesen Kunden; sie wird nicht zweimal eingereiht.</translation>
    </message>
    <message>
        <source>Cannot take a message from the outbox: %1</source>
        <translation>Keine Nachricht aus dem Postausgang zu nehmen: %1</translation>
    </message>
    <message>
        <source>Cannot record message %1 as sent: %2</source>
        <translation>Nachricht %1 kann nicht als gesendet vermerkt werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the failure of message %1: %2</source>
        <translation>Der Fehlschlag von Nachricht %1 kann nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <source>The sender stopped while sending it; whether it left is unknown, so it is not sent again on its own. Look for its Message-ID in the mail server&apos;s log before sending it again by hand.</source>
        <translation>Der Versand brach beim Senden ab; ob sie hinausging, ist unbekannt, darum wird sie nicht von selbst erneut gesendet. Suchen Sie ihre Message-ID im Protokoll des Mailservers, bevor Sie sie von Hand erneut senden.</translation>
    </message>
    <message>
        <source>Cannot check the outbox: %1</source>
        <translation>Der Postausgang kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Cannot put message %1 back: %2</source>
        <translation>Nachricht %1 kann nicht zurückgestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot hold message %1 back: %2</source>
        <translation>Nachricht %1 kann nicht zurückgehalten werden: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MessageTemplates</name>
    <message>
        <source>%1 (%2, %3): {{%4}} is not a variable; use one of %5.</source>
        <translation>%1 (%2, %3): {{%4}} ist keine Variable; möglich sind %5.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): {{/%4}} closes a section that is not open.</source>
        <translation>%1 (%2, %3): {{/%4}} schließt einen Abschnitt, der nicht offen ist.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): the section {{#%4}} is never closed.</source>
        <translation>%1 (%2, %3): der Abschnitt {{#%4}} wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Outbox</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (aufgegeben nach %n Versuch)</numerusform>
            <numerusform>%1 (aufgegeben nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Alle Versanddienstleister</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
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
        <source>Bars per</source>
        <translation>Balken je</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>Bars stacked by</source>
        <translation>Balken gestapelt nach</translation>
    </message>
    <message>
        <source>Stacked by carrier</source>
        <translation>Nach Versanddienstleister gestapelt</translation>
    </message>
    <message>
        <source>Stacked by status</source>
        <translation>Nach Status gestapelt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Die Zahlen werden gelesen …</translation>
    </message>
    <message>
        <source>Open problem cases</source>
        <translation>Offene Problemfälle</translation>
    </message>
    <message>
        <source>Parcel volume</source>
        <translation>Paketaufkommen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle</translation>
    </message>
    <message>
        <source>Parcel volume chart</source>
        <translation>Diagramm des Paketaufkommens</translation>
    </message>
    <message>
        <source>On their way now</source>
        <translation>Jetzt unterwegs</translation>
    </message>
    <message>
        <source>Parcels on their way by status</source>
        <translation>Pakete unterwegs nach Status</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>Die Zahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show these parcels</source>
        <translation>Diese Pakete zeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Heute zugestellt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Past the promised date and not delivered</source>
        <translation>Nach dem zugesagten Datum und nicht zugestellt</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 parcels</source>
        <translation>%1 von %2 Paketen</translation>
    </message>
    <message>
        <source>On time, 7 days</source>
        <translation>Pünktlich, 7 Tage</translation>
    </message>
    <message>
        <source>On time, 30 days</source>
        <translation>Pünktlich, 30 Tage</translation>
    </message>
    <message>
        <source>First attempt, 30 days</source>
        <translation>Beim ersten Versuch, 30 Tage</translation>
    </message>
    <message>
        <source>WISMO contacts today</source>
        <translation>WISMO-Kontakte heute</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) asked about</source>
        <translation>
            <numerusform>Nach %n Paket gefragt</numerusform>
            <numerusform>Nach %n Paketen gefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmapped carrier codes</source>
        <translation>Nicht zugeordnete Codes</translation>
    </message>
    <message numerus="yes">
        <source>in %n parcel(s)</source>
        <translation>
            <numerusform>in %n Paket</numerusform>
            <numerusform>in %n Paketen</numerusform>
        </translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Keine offen</translation>
    </message>
    <message>
        <source>all carriers</source>
        <translation>alle Versanddienstleister</translation>
    </message>
    <message>
        <source>As of %1, %2.</source>
        <translation>Stand %1, %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>on their way: %1</source>
        <translation>unterwegs: %1</translation>
    </message>
    <message>
        <source>&quot;Where is my order?&quot; contacts over the range</source>
        <translation>„Wo ist meine Bestellung?“-Kontakte im Zeitraum</translation>
    </message>
    <message>
        <source>WISMO contacts by carrier</source>
        <translation>WISMO-Kontakte nach Zusteller</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Per 100 parcels</source>
        <translation>Je 100 Pakete</translation>
    </message>
    <message>
        <source>Told first</source>
        <translation>Vorher informiert</translation>
    </message>
    <message>
        <source>Asked again</source>
        <translation>Erneut gefragt</translation>
    </message>
    <message>
        <source>Enter or double-click opens the parcels asked about</source>
        <translation>Eingabe oder Doppelklick öffnet die Pakete, nach denen gefragt wurde</translation>
    </message>
    <message>
        <source>asked about: %1</source>
        <translation>nachgefragt: %1</translation>
    </message>
    <message>
        <source>Contacts per 100 parcels shipped, by day</source>
        <translation>Kontakte je 100 versandte Pakete, nach Tag</translation>
    </message>
    <message>
        <source>contacts per 100 parcels</source>
        <translation>Kontakte je 100 Pakete</translation>
    </message>
    <message>
        <source>had been told by us first</source>
        <translation>waren von uns vorab informiert</translation>
    </message>
    <message>
        <source>asked again</source>
        <translation>fragten erneut</translation>
    </message>
    <message>
        <source>(no parcel)</source>
        <translation>(kein Paket)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) about the %1 parcels shipped in the range</source>
        <translation>
            <numerusform>%n Kontakt zu den %1 im Zeitraum versandten Paketen</numerusform>
            <numerusform>%n Kontakte zu den %1 im Zeitraum versandten Paketen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) came after a message from us about the order</source>
        <translation>
            <numerusform>%1 von %n Kontakt kam nach einer Nachricht von uns zur Bestellung</numerusform>
            <numerusform>%1 von %n Kontakten kamen nach einer Nachricht von uns zur Bestellung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) were not the first about their order</source>
        <translation>
            <numerusform>%1 von %n Kontakt war nicht der erste zu seiner Bestellung</numerusform>
            <numerusform>%1 von %n Kontakten waren nicht die ersten zu ihrer Bestellung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::OverviewQuery</name>
    <message>
        <source>Cannot read the overview: %1</source>
        <translation>Die Übersicht kann nicht gelesen werden: %1</translation>
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
    <name>ParcelDesk::PollingAccounts</name>
    <message>
        <source>%1: no credentials are stored; the account is not polled.</source>
        <translation>%1: Es sind keine Zugangsdaten gespeichert; das Konto wird nicht abgefragt.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemCaseRepository</name>
    <message>
        <source>Priority must be 1 (highest) to 3, not %1.</source>
        <translation>Die Priorität muss 1 (höchste) bis 3 sein, nicht %1.</translation>
    </message>
    <message>
        <source>Cannot open a case: %1</source>
        <translation>Der Fall lässt sich nicht eröffnen: %1</translation>
    </message>
    <message>
        <source>Cannot open a %1 case for shipment %2: %3</source>
        <translation>Für Sendung %2 lässt sich kein Fall %1 eröffnen: %3</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>Case %1: the change was not stored.</source>
        <translation>Fall %1: Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Case %1 is resolved; a problem that comes back opens a new case.</source>
        <translation>Fall %1 ist erledigt; ein wiederkehrendes Problem eröffnet einen neuen Fall.</translation>
    </message>
    <message>
        <source>Case %1: say whom to assign it to.</source>
        <translation>Fall %1: Sagen Sie, wem er zugewiesen werden soll.</translation>
    </message>
    <message>
        <source>Case %1: a case waits on the carrier or the customer, not &quot;%2&quot;.</source>
        <translation>Fall %1: Ein Fall wartet auf den Versanddienstleister oder den Kunden, nicht auf „%2“.</translation>
    </message>
    <message>
        <source>Case %1: the note is empty.</source>
        <translation>Fall %1: Die Notiz ist leer.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemCaseRunner</name>
    <message>
        <source>Cannot read the open cases: %1</source>
        <translation>Die offenen Fälle lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The rule no longer finds this problem; the parcel is %1.</source>
        <translation>Die Regel findet dieses Problem nicht mehr; das Paket ist %1.</translation>
    </message>
    <message>
        <source>There is no shipment %1.</source>
        <translation>Es gibt keine Sendung %1.</translation>
    </message>
    <message>
        <source>No case opened: the carrier does not report the parcel delivered (it is %1), so the answer is where it is.</source>
        <translation>Kein Fall eröffnet: Der Versanddienstleister meldet das Paket nicht als zugestellt (es ist %1); die Antwort ist, wo es gerade ist.</translation>
    </message>
    <message>
        <source>No case opened: the &quot;not received&quot; rule for this carrier and country is switched off or needs more contacts.</source>
        <translation>Kein Fall eröffnet: Die Regel „nicht erhalten“ ist für diesen Versanddienstleister und dieses Land ausgeschaltet oder verlangt mehr Kontakte.</translation>
    </message>
    <message>
        <source>Cannot log the contact: %1</source>
        <translation>Der Kontakt kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Claim with %1 by %2 (%3).</source>
        <translation>Reklamation bei %1 bis %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemCasesPage</name>
    <message>
        <source>Never scanned</source>
        <translation>Nie gescannt</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Steckt fest</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Predicted late</source>
        <translation>Wohl verspätet</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Beim Zoll</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Annahme verweigert</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Pickup nearing return</source>
        <translation>Abholung läuft ab</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <source>Suspected lost</source>
        <translation>Vermutlich verloren</translation>
    </message>
    <message>
        <source>Customer says not received</source>
        <translation>Kunde sagt: nicht erhalten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Waiting on carrier</source>
        <translation>Wartet auf Versanddienstleister</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Delivered after all</source>
        <translation>Doch zugestellt</translation>
    </message>
    <message>
        <source>Carrier resolved it</source>
        <translation>Vom Versanddienstleister gelöst</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>Kunde informiert</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>Neu versandt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Claim filed with the carrier</source>
        <translation>Schadensfall beim Versanddienstleister gemeldet</translation>
    </message>
    <message>
        <source>Back at the sender</source>
        <translation>Zurück beim Absender</translation>
    </message>
    <message>
        <source>Problem gone</source>
        <translation>Problem verschwunden</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Problem cases</source>
        <translation>Problemfälle</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Unerledigt</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Tracking number…</source>
        <translation>Sendungsnummer …</translation>
    </message>
    <message>
        <source>&amp;Run rules now</source>
        <translation>Regeln jetzt &amp;anwenden</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Fälle werden gelesen …</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>Waiting on &amp;carrier…</source>
        <translation>Wartet auf &amp;Versanddienstleister …</translation>
    </message>
    <message>
        <source>Waiting on c&amp;ustomer…</source>
        <translation>Wartet auf &amp;Kunden …</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz …</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Erledigen …</translation>
    </message>
    <message>
        <source>The history of the selected case.</source>
        <translation>Der Verlauf des ausgewählten Falls.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 cases; the first %2 by priority and due time are shown. Narrow them with the filters.</source>
        <translation>%1 Fälle; die ersten %2 nach Priorität und Fälligkeit werden gezeigt. Grenzen Sie sie mit den Filtern ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n Fall.</numerusform>
            <numerusform>%n Fälle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3%4</source>
        <translation>%1  %2  %3%4</translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation>Fall zuweisen</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>What was asked of the carrier:</source>
        <translation>Was beim Versanddienstleister angefragt wurde:</translation>
    </message>
    <message>
        <source>What was asked of the customer:</source>
        <translation>Was beim Kunden angefragt wurde:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Resolve case</source>
        <translation>Fall erledigen</translation>
    </message>
    <message>
        <source>How did it end?</source>
        <translation>Wie ging er aus?</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Notiz (freiwillig):</translation>
    </message>
    <message>
        <source>Running the rules…</source>
        <translation>Die Regeln werden angewandt …</translation>
    </message>
    <message>
        <source>Rules checked %1 shipments: %2 cases opened, %3 resolved.</source>
        <translation>Die Regeln haben %1 Sendungen geprüft: %2 Fälle eröffnet, %3 erledigt.</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>Re&amp;geln …</translation>
    </message>
    <message>
        <source>Log a con&amp;tact…</source>
        <translation>Kon&amp;takt erfassen …</translation>
    </message>
    <message>
        <source>A customer called or wrote about a parcel; &quot;not received&quot; about a delivered parcel opens a case with the carrier&apos;s claim deadline.</source>
        <translation>Ein Kunde hat zu einem Paket angerufen oder geschrieben; „nicht erhalten“ zu einem zugestellten Paket eröffnet einen Fall mit der Reklamationsfrist des Versanddienstleisters.</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>Reklamieren bis</translation>
    </message>
    <message>
        <source>The carrier&apos;s claim window closes at the end of this day.</source>
        <translation>Die Reklamationsfrist des Versanddienstleisters endet mit Ablauf dieses Tages.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Sendungsnummer:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Logging the contact…</source>
        <translation>Der Kontakt wird erfasst …</translation>
    </message>
    <message>
        <source>No shipment has the tracking number %1.</source>
        <translation>Keine Sendung hat die Sendungsnummer %1.</translation>
    </message>
    <message>
        <source>Contact logged; case %1 opened.</source>
        <translation>Kontakt erfasst; Fall %1 eröffnet.</translation>
    </message>
    <message>
        <source>Contact logged; added to the open case %1.</source>
        <translation>Kontakt erfasst; dem offenen Fall %1 zugeordnet.</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt erfasst.</translation>
    </message>
    <message>
        <source>Contact logged. %1</source>
        <translation>Kontakt erfasst. %1</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Take the selected cases</source>
        <translation>Die ausgewählten Fälle übernehmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All kinds (%1 open)</source>
        <translation>Alle Arten (%1 offen)</translation>
    </message>
    <message>
        <source>Case state</source>
        <translation>Zustand des Falls</translation>
    </message>
    <message>
        <source>Kind of problem</source>
        <translation>Art des Problems</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemRuleRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind the rules find.</source>
        <translation>„%1“ ist keine Art, die die Regeln finden.</translation>
    </message>
    <message>
        <source>Rule %1: carrier &quot;%2&quot; is not one ParcelDesk knows.</source>
        <translation>Regel %1: Den Versanddienstleister „%2“ kennt ParcelDesk nicht.</translation>
    </message>
    <message>
        <source>Rule %1: country &quot;%2&quot; is not a two-letter code such as DE.</source>
        <translation>Regel %1: Das Land „%2“ ist kein Zwei-Buchstaben-Code wie DE.</translation>
    </message>
    <message>
        <source>Rule %1: the threshold must be %2 to %3 %4, not %5.</source>
        <translation>Regel %1: Der Schwellenwert muss %2 bis %3 %4 sein, nicht %5.</translation>
    </message>
    <message>
        <source>Rule %1: the priority must be 1 (highest) to 3, not %2.</source>
        <translation>Regel %1: Die Priorität muss 1 (höchste) bis 3 sein, nicht %2.</translation>
    </message>
    <message>
        <source>Rule %1: the SLA must be 1 to 720 hours, not %2.</source>
        <translation>Regel %1: Das SLA muss 1 bis 720 Stunden betragen, nicht %2.</translation>
    </message>
    <message>
        <source>Cannot store the rule %1: %2</source>
        <translation>Die Regel %1 lässt sich nicht speichern: %2</translation>
    </message>
    <message>
        <source>Cannot remove the rule %1: %2</source>
        <translation>Die Regel %1 lässt sich nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemRules</name>
    <message>
        <source>business days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message numerus="yes">
        <source>Label created %1; no carrier scan for %n business day(s).</source>
        <translation>
            <numerusform>Label am %1 erstellt; seit %n Werktag kein Scan des Versanddienstleisters.</numerusform>
            <numerusform>Label am %1 erstellt; seit %n Werktagen kein Scan des Versanddienstleisters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No scan since %1 (%n business day(s)).</source>
        <translation>
            <numerusform>Kein Scan seit %1 (%n Werktag).</numerusform>
            <numerusform>Kein Scan seit %1 (%n Werktage).</numerusform>
        </translation>
    </message>
    <message>
        <source>Promised for %1, not delivered.</source>
        <translation>Für %1 zugesagt, nicht zugestellt.</translation>
    </message>
    <message>
        <source>The carrier reports %1 since %2.</source>
        <translation>Der Versanddienstleister meldet %1 seit %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery attempt(s).</source>
        <translation>
            <numerusform>%n gescheiterter Zustellversuch.</numerusform>
            <numerusform>%n gescheiterte Zustellversuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting at a pickup point since %1.</source>
        <translation>Liegt seit %1 in einer Abholstelle.</translation>
    </message>
    <message>
        <source>Back at the sender since %1.</source>
        <translation>Seit %1 zurück beim Absender.</translation>
    </message>
    <message>
        <source>On its way back to the sender since %1.</source>
        <translation>Seit %1 auf dem Rückweg zum Absender.</translation>
    </message>
    <message numerus="yes">
        <source>No scan for %n day(s), since %1.</source>
        <translation>
            <numerusform>Seit %n Tag kein Scan, seit %1.</numerusform>
            <numerusform>Seit %n Tagen kein Scan, seit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>% likely late</source>
        <translation>% wahrscheinlich verspätet</translation>
    </message>
    <message>
        <source>%1 % likely to arrive after the promised %2, judging by similar parcels.</source>
        <translation>Nach ähnlichen Paketen zu %1 % wahrscheinlich nach dem zugesagten %2 da.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1 by the carrier&apos;s word; the customer said on %2 that it never arrived (%n contact(s)).</source>
        <translation>
            <numerusform>Laut Versanddienstleister am %1 zugestellt; der Kunde sagte am %2, es sei nie angekommen (%n Kontakt).</numerusform>
            <numerusform>Laut Versanddienstleister am %1 zugestellt; der Kunde sagte am %2, es sei nie angekommen (%n Kontakte).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemRulesDialog</name>
    <message>
        <source>Problem-case rules</source>
        <translation>Regeln für Problemfälle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>SLA Stunden</translation>
    </message>
    <message>
        <source>A carrier id such as dhl, or * for all.</source>
        <translation>Eine Kennung wie dhl, oder * für alle.</translation>
    </message>
    <message>
        <source>A destination country such as DE, or * for all.</source>
        <translation>Ein Zielland wie DE, oder * für alle.</translation>
    </message>
    <message>
        <source>The rule opens cases</source>
        <translation>Die Regel eröffnet Fälle</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Versanddienstleister:</translation>
    </message>
    <message>
        <source>Destination country:</source>
        <translation>Zielland:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>Priority (1 highest):</source>
        <translation>Priorität (1 höchste):</translation>
    </message>
    <message>
        <source>Due after:</source>
        <translation>Fällig nach:</translation>
    </message>
    <message>
        <source>Try a change first: the dry run shows what it would have opened in the last 30 days.</source>
        <translation>Erproben Sie eine Änderung zuerst: Der Probelauf zeigt, was sie in den letzten 30 Tagen eröffnet hätte.</translation>
    </message>
    <message>
        <source>&amp;Dry run (30 days)</source>
        <translation>&amp;Probelauf (30 Tage)</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>Regel &amp;speichern</translation>
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
        <source>Trying the rule on the last 30 days…</source>
        <translation>Die Regel wird an den letzten 30 Tagen erprobt …</translation>
    </message>
    <message numerus="yes">
        <source>Against the last 30 days this rule would have opened %n case(s) (%1 shipments checked).</source>
        <translation>
            <numerusform>In den letzten 30 Tagen hätte diese Regel %n Fall eröffnet (%1 Sendungen geprüft).</numerusform>
            <numerusform>In den letzten 30 Tagen hätte diese Regel %n Fälle eröffnet (%1 Sendungen geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Saved. The rule applies from the next run of the rules.</source>
        <translation>Gespeichert. Die Regel gilt ab dem nächsten Lauf der Regeln.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnRepository</name>
    <message>
        <source>Too small</source>
        <translation>Zu klein</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Looks different from the picture</source>
        <translation>Sieht anders aus als auf dem Bild</translation>
    </message>
    <message>
        <source>Quality not as expected</source>
        <translation>Qualität nicht wie erwartet</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>Hat es sich anders überlegt</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Beschädigt angekommen</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Zu spät angekommen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Etikett ausgestellt</translation>
    </message>
    <message>
        <source>On its way back</source>
        <translation>Auf dem Rückweg</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cannot start the return: %1</source>
        <translation>Die Retoure kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Order %1 is no longer in the database.</source>
        <translation>Bestellung %1 ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>reason: &quot;%1&quot; is not a return reason for %2; use one of %3.</source>
        <translation>reason: „%1“ ist kein Retourengrund für %2; möglich sind %3.</translation>
    </message>
    <message>
        <source>this order</source>
        <translation>diese Bestellung</translation>
    </message>
    <message>
        <source>Order %1 already has the return %2 (%3).</source>
        <translation>Zu Bestellung %1 gibt es bereits die Retoure %2 (%3).</translation>
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
    <name>ParcelDesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The console speaks the chosen language from its next start.</source>
        <translation>Die Konsole spricht die gewählte Sprache ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Problem-case &amp;rules…</source>
        <translation>&amp;Regeln für Problemfälle …</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShipmentDetailQuery</name>
    <message>
        <source>Cannot read shipment %1: %2</source>
        <translation>Sendung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no shipment %1.</source>
        <translation>Es gibt keine Sendung %1.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShipmentListQuery</name>
    <message>
        <source>Cannot read the shipments: %1</source>
        <translation>Die Sendungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the shipments: %1</source>
        <translation>Die Sendungen können nicht gezählt werden: %1</translation>
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
    <name>ParcelDesk::ShipmentTableModel</name>
    <message>
        <source>%1 %2</source>
        <comment>country and postcode</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Delivered after the promised date.</source>
        <translation>Nach dem zugesagten Datum zugestellt.</translation>
    </message>
    <message>
        <source>Not delivered by the promised date.</source>
        <translation>Bis zum zugesagten Datum nicht zugestellt.</translation>
    </message>
    <message>
        <source>This column does not sort.</source>
        <translation>Nach dieser Spalte wird nicht sortiert.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShipmentsPage</name>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Tracking or order number… (Ctrl+F)</source>
        <translation>Sendungs- oder Bestellnummer … (Strg+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Alle Versanddienstleister</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Shipped any time</source>
        <translation>Versandt jederzeit</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>Heute versandt</translation>
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
        <source>Between…</source>
        <translation>Zwischen …</translation>
    </message>
    <message>
        <source>Shipped from</source>
        <translation>Versandt ab</translation>
    </message>
    <message>
        <source>Shipped until</source>
        <translation>Versandt bis</translation>
    </message>
    <message>
        <source>&amp;Late</source>
        <translation>&amp;Verspätet</translation>
    </message>
    <message>
        <source>Delivered after the promised date, or not delivered by it.</source>
        <translation>Nach dem zugesagten Datum zugestellt oder bis dahin nicht zugestellt.</translation>
    </message>
    <message>
        <source>With open &amp;case</source>
        <translation>Mit offenem &amp;Fall</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Select a shipment to see its timeline.</source>
        <translation>Eine Sendung auswählen, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;All events</source>
        <translation>&amp;Alle Ereignisse</translation>
    </message>
    <message>
        <source>Every scan the carrier reported, not only the milestones a customer cares about.</source>
        <translation>Jeder Scan, den der Versanddienstleister gemeldet hat, nicht nur die Meilensteine, die den Kunden interessieren.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Co&amp;py tracking number</source>
        <translation>Sendungsnummer ko&amp;pieren</translation>
    </message>
    <message>
        <source>More filters from the Overview</source>
        <translation>Weitere Filter aus der Übersicht</translation>
    </message>
    <message>
        <source>From the Overview: %1</source>
        <translation>Aus der Übersicht: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>The shipments cannot be read: %1</source>
        <translation>Die Sendungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading shipments…</source>
        <translation>Sendungen werden geladen …</translation>
    </message>
    <message>
        <source>No shipments yet. Connect a carrier on the Carriers page, or open the demo database.</source>
        <translation>Noch keine Sendungen. Auf der Seite „Versanddienstleister“ einen Versanddienstleister anbinden oder die Demo-Datenbank öffnen.</translation>
    </message>
    <message>
        <source>No shipment matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear filters&lt;/a&gt;</source>
        <translation>Keine Sendung passt zu diesen Filtern. &lt;a href=&quot;clear&quot;&gt;Filter zurücksetzen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>Kundenkontakte</translation>
    </message>
    <message>
        <source>Priority %1 · %2 · %3</source>
        <translation>Priorität %1 · %2 · %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>learning from the history…</source>
        <translation>wird aus dem Verlauf gelernt …</translation>
    </message>
    <message>
        <source>too little history for this lane</source>
        <translation>zu wenig Verlauf für diese Strecke</translation>
    </message>
    <message>
        <source>%1 (likely between %2 and %3; by %4 at the latest for 95 of 100 such parcels)</source>
        <translation>%1 (wahrscheinlich zwischen %2 und %3; bei 95 von 100 solchen Paketen spätestens am %4)</translation>
    </message>
    <message>
        <source>Not mapped yet</source>
        <translation>Noch nicht zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln Sendung</numerusform>
            <numerusform>%Ln Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Wann und wo</translation>
    </message>
    <message>
        <source>The carrier says</source>
        <translation>Der Versanddienstleister meldet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>carrier code and text</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::SmtpSender</name>
    <message>
        <source>The message has no address to go to.</source>
        <translation>Die Nachricht hat keine Adresse.</translation>
    </message>
    <message>
        <source>libcurl could not start.</source>
        <translation>libcurl konnte nicht starten.</translation>
    </message>
    <message>
        <source>accepted by %1:%2 (SMTP %3)</source>
        <translation>angenommen von %1:%2 (SMTP %3)</translation>
    </message>
    <message>
        <source>SMTP %1: %2</source>
        <translation>SMTP %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::StatusText</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Label erstellt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <translation>Zustellversuch gescheitert</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Zur Abholung bereit</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Tracking expired</source>
        <translation>Sendungsverfolgung abgelaufen</translation>
    </message>
    <message>
        <source>No information yet</source>
        <translation>Noch keine Angaben</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Auf dem Weg</translation>
    </message>
    <message>
        <source>Handed to the carrier</source>
        <translation>Dem Versanddienstleister übergeben</translation>
    </message>
    <message>
        <source>Arrived at a facility</source>
        <translation>In einem Zentrum angekommen</translation>
    </message>
    <message>
        <source>Left a facility</source>
        <translation>Ein Zentrum verlassen</translation>
    </message>
    <message>
        <source>Arrived in the destination country</source>
        <translation>Im Zielland angekommen</translation>
    </message>
    <message>
        <source>In customs clearance</source>
        <translation>In der Zollabfertigung</translation>
    </message>
    <message>
        <source>Cleared customs</source>
        <translation>Verzollt</translation>
    </message>
    <message>
        <source>Held by customs</source>
        <translation>Vom Zoll zurückgehalten</translation>
    </message>
    <message>
        <source>Problem resolved, moving again</source>
        <translation>Problem gelöst, wieder unterwegs</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Recipient contacted</source>
        <translation>Empfänger kontaktiert</translation>
    </message>
    <message>
        <source>Delivery appointment made</source>
        <translation>Zustelltermin vereinbart</translation>
    </message>
    <message>
        <source>Recipient not at home</source>
        <translation>Empfänger nicht angetroffen</translation>
    </message>
    <message>
        <source>Business closed</source>
        <translation>Geschäft geschlossen</translation>
    </message>
    <message>
        <source>Picked up by the recipient</source>
        <translation>Vom Empfänger abgeholt</translation>
    </message>
    <message>
        <source>Delivered, signed for</source>
        <translation>Zugestellt, mit Unterschrift</translation>
    </message>
    <message>
        <source>Delivered, cash collected</source>
        <translation>Zugestellt, Nachnahme kassiert</translation>
    </message>
    <message>
        <source>Delivered to a neighbour</source>
        <translation>Beim Nachbarn zugestellt</translation>
    </message>
    <message>
        <source>Delivered to a locker</source>
        <translation>In eine Packstation zugestellt</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>Empfänger verzogen</translation>
    </message>
    <message>
        <source>Refused by the recipient</source>
        <translation>Vom Empfänger verweigert</translation>
    </message>
    <message>
        <source>Delayed in customs</source>
        <translation>Beim Zoll verzögert</translation>
    </message>
    <message>
        <source>Delayed by outside events</source>
        <translation>Durch äußere Umstände verzögert</translation>
    </message>
    <message>
        <source>Held until paid</source>
        <translation>Bis zur Zahlung zurückgehalten</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Not collected from the pickup point</source>
        <translation>In der Filiale nicht abgeholt</translation>
    </message>
    <message>
        <source>Rejected by the carrier</source>
        <translation>Vom Versanddienstleister abgelehnt</translation>
    </message>
    <message>
        <source>Going back to the sender</source>
        <translation>Geht zurück an den Absender</translation>
    </message>
    <message>
        <source>Back at the sender</source>
        <translation>Zurück beim Absender</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Delayed in processing</source>
        <translation>In der Bearbeitung verzögert</translation>
    </message>
    <message>
        <source>Delayed by weather</source>
        <translation>Wetterbedingt verzögert</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Dokumente fehlen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A status and its detail: &quot;In transit · Arrived at a facility&quot;</extracomment>
        <translation>%1 · %2</translation>
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
    <message>
        <source>calls to %1: %2</source>
        <translation>Aufrufe bei %1: %2</translation>
    </message>
    <message>
        <source>daily counts: %1</source>
        <translation>Tageszählung: %1</translation>
    </message>
    <message>
        <source>daily deliveries: %1</source>
        <translation>Zustellungen pro Tag: %1</translation>
    </message>
    <message>
        <source>delivery options: %1</source>
        <translation>Zustelloptionen: %1</translation>
    </message>
    <message>
        <source>delivery options of shipment %1: %2</source>
        <translation>Zustelloptionen der Sendung %1: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::VolumeModel</name>
    <message>
        <source>Week of %1</source>
        <extracomment>A bar of the volume chart: the week beginning on this day.</extracomment>
        <translation>Woche ab %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::WismoActions</name>
    <message>
        <source>Contact logged; case %1 opened.</source>
        <translation>Kontakt erfasst; Fall %1 eröffnet.</translation>
    </message>
    <message>
        <source>Contact logged; added to the open case %1.</source>
        <translation>Kontakt erfasst; zum offenen Fall %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Kontakt erfasst.</translation>
    </message>
    <message>
        <source>Contact logged. %1</source>
        <translation>Kontakt erfasst. %1</translation>
    </message>
    <message>
        <source>Update queued for the outbox (message %1 to %2).</source>
        <translation>Update in den Postausgang eingereiht (Nachricht %1 an %2).</translation>
    </message>
    <message>
        <source>A return is started for an order; this parcel belongs to none.</source>
        <translation>Eine Retoure wird zu einer Bestellung angelegt; dieses Paket gehört zu keiner.</translation>
    </message>
    <message>
        <source>Return %1 registered; the contact is logged.</source>
        <translation>Retoure %1 angemeldet; der Kontakt ist erfasst.</translation>
    </message>
    <message>
        <source>A delivery change is asked for a parcel; none is chosen.</source>
        <translation>Eine Zustelländerung gilt einem Paket; keines ist gewählt.</translation>
    </message>
    <message>
        <source>Delivery change recorded (request %1): %2.</source>
        <translation>Zustelländerung erfasst (Wunsch %1): %2.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::WismoAnswerQuery</name>
    <message>
        <source>Order %1 is no longer in the database.</source>
        <translation>Bestellung %1 ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>The customer is no longer in the database.</source>
        <translation>Der Kunde ist nicht mehr in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::WismoPage</name>
    <message>
        <source>tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>name or place</source>
        <translation>Name oder Ort</translation>
    </message>
    <message>
        <source>%1 (spelling corrected)</source>
        <translation>%1 (Schreibweise korrigiert)</translation>
    </message>
    <message>
        <source>%1 (beginning)</source>
        <translation>%1 (Anfang)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>wartet im Postausgang</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>WISMO desk</source>
        <translation>WISMO-Schalter</translation>
    </message>
    <message>
        <source>Order or tracking number, e-mail, phone, postcode or name (Ctrl+K)</source>
        <translation>Bestell- oder Sendungsnummer, E-Mail, Telefon, Postleitzahl oder Name (Strg+K)</translation>
    </message>
    <message>
        <source>Type what the caller says; results come while you type. Down or Enter picks a result, Esc starts over.</source>
        <translation>Tippen Sie, was der Anrufer sagt; Ergebnisse kommen beim Tippen. Pfeil nach unten oder Eingabe wählt ein Ergebnis, Esc fängt neu an.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>&amp;Answer in:</source>
        <translation>&amp;Antwort auf:</translation>
    </message>
    <message>
        <source>the customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Suggested &amp;reply (edit as you like):</source>
        <translation>Vorgeschlagene &amp;Antwort (frei änderbar):</translation>
    </message>
    <message>
        <source>&amp;Copy reply</source>
        <translation>Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the reply to the clipboard (Ctrl+Shift+C)</source>
        <translation>Kopiert die Antwort in die Zwischenablage (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Reply copied.</source>
        <translation>Antwort kopiert.</translation>
    </message>
    <message>
        <source>The parcel the actions are about</source>
        <translation>Das Paket, um das es bei den Aktionen geht</translation>
    </message>
    <message>
        <source>Send &amp;update</source>
        <translation>&amp;Update senden</translation>
    </message>
    <message>
        <source>Queues the reply above for the outbox, to the customer&apos;s e-mail (or phone) (Ctrl+U)</source>
        <translation>Reiht die Antwort oben in den Postausgang ein, an die E-Mail (oder Telefonnummer) des Kunden (Strg+U)</translation>
    </message>
    <message>
        <source>&amp;Not received…</source>
        <translation>&amp;Nicht erhalten …</translation>
    </message>
    <message>
        <source>The customer says the parcel never arrived: logs the contact and opens a case when the carrier reports it delivered</source>
        <translation>Der Kunde sagt, das Paket kam nie an: erfasst den Kontakt und eröffnet einen Fall, wenn der Zusteller es als zugestellt meldet</translation>
    </message>
    <message>
        <source>Start r&amp;eturn…</source>
        <translation>R&amp;etoure anlegen …</translation>
    </message>
    <message>
        <source>&amp;Delivery options…</source>
        <translation>&amp;Zustelloptionen …</translation>
    </message>
    <message>
        <source>What the carrier offers for this parcel (reschedule, hold at a location, return); records the customer&apos;s choice</source>
        <translation>Was der Zusteller für dieses Paket anbietet (verschieben, in einer Filiale hinterlegen, zurück); erfasst die Wahl des Kunden</translation>
    </message>
    <message>
        <source>&amp;Log the contact:</source>
        <translation>Kontakt &amp;erfassen:</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation>Update gesendet</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Return started</source>
        <translation>Retoure angelegt</translation>
    </message>
    <message>
        <source>Delivery changed</source>
        <translation>Zustellung geändert</translation>
    </message>
    <message>
        <source>Will call back</source>
        <translation>Ruft zurück</translation>
    </message>
    <message>
        <source>Note (Enter logs the contact)</source>
        <translation>Notiz (Eingabe erfasst den Kontakt)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Logs the contact with the channel, reason and outcome chosen (Ctrl+L goes to the note, Enter logs)</source>
        <translation>Erfasst den Kontakt mit gewähltem Kanal, Anlass und Ergebnis (Strg+L springt zur Notiz, Eingabe erfasst)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>(no order)</source>
        <translation>(keine Bestellung)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n parcels</source>
        <translation>
            <numerusform>%1 · %n Paket</numerusform>
            <numerusform>%1 · %n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>noch nicht versandt</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Bestellt %1</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>the first %n</source>
        <translation>
            <numerusform>der erste</numerusform>
            <numerusform>die ersten %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search for the caller&apos;s order, then pick it from the list.</source>
        <translation>Suchen Sie die Bestellung des Anrufers und wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ask the caller for an order or tracking number, an e-mail address, a phone number, a postcode or a name.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Ctrl+K search · Down or Enter pick · Ctrl+Shift+C copy the reply · Ctrl+L log the contact · Ctrl+U send an update · Ctrl+R start a return · Ctrl+D delivery options · Esc start over&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fragen Sie den Anrufer nach Bestell- oder Sendungsnummer, E-Mail-Adresse, Telefonnummer, Postleitzahl oder Namen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasten:&lt;/b&gt; Strg+K suchen · Pfeil nach unten oder Eingabe wählen · Strg+Umschalt+C Antwort kopieren · Strg+L Kontakt erfassen · Strg+U Update senden · Strg+R Retoure anlegen · Strg+D Zustelloptionen · Esc neu anfangen&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · placed %2</source>
        <translation>&lt;b&gt;Bestellung %1&lt;/b&gt; · bestellt %2</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>spricht %1</translation>
    </message>
    <message>
        <source>the customer&apos;s language (%1)</source>
        <translation>Sprache des Kunden (%1)</translation>
    </message>
    <message>
        <source>No parcel has been shipped for this order yet.</source>
        <translation>Für diese Bestellung wurde noch kein Paket versandt.</translation>
    </message>
    <message>
        <source>This customer has no orders.</source>
        <translation>Dieser Kunde hat keine Bestellungen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>promised for %1</source>
        <translation>versprochen für %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>zugestellt %1</translation>
    </message>
    <message>
        <source>expected %1 (between %2 and %3)</source>
        <translation>erwartet %1 (zwischen %2 und %3)</translation>
    </message>
    <message>
        <source>expected date: learning from the history…</source>
        <translation>erwartetes Datum: lerne aus der Historie …</translation>
    </message>
    <message>
        <source>(not mapped yet)</source>
        <translation>(noch nicht zugeordnet)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>claim with the carrier by %1</source>
        <translation>Reklamation beim Zusteller bis %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>%1 offers: %2</source>
        <translation>%1 bietet an: %2</translation>
    </message>
    <message>
        <source>Told already</source>
        <translation>Bereits mitgeteilt</translation>
    </message>
    <message>
        <source>Nothing: no message about this order so far.</source>
        <translation>Nichts: bisher keine Nachricht zu dieser Bestellung.</translation>
    </message>
    <message>
        <source>Earlier contacts</source>
        <translation>Frühere Kontakte</translation>
    </message>
    <message>
        <source>None: this is the first.</source>
        <translation>Keine: Dies ist der erste.</translation>
    </message>
    <message numerus="yes">
        <source>The customer has asked %n time(s) before.</source>
        <translation>
            <numerusform>Der Kunde hat schon %n Mal gefragt.</numerusform>
            <numerusform>Der Kunde hat schon %n Mal gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return %1: %2, %3 (since %4)</source>
        <translation>Retoure %1: %2, %3 (seit %4)</translation>
    </message>
    <message>
        <source>A contact is logged about an order or a parcel; this customer has neither.</source>
        <translation>Ein Kontakt wird zu einer Bestellung oder einem Paket erfasst; dieser Kunde hat keines von beiden.</translation>
    </message>
    <message>
        <source>Logging the contact…</source>
        <translation>Kontakt wird erfasst …</translation>
    </message>
    <message>
        <source>Queuing the update…</source>
        <translation>Update wird eingereiht …</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Nicht erhalten</translation>
    </message>
    <message>
        <source>The customer says parcel %1 never arrived. If the carrier reports it delivered, a case opens with the carrier&apos;s claim deadline.</source>
        <translation>Der Kunde sagt, Paket %1 kam nie an. Meldet der Zusteller es als zugestellt, wird ein Fall mit der Reklamationsfrist des Zustellers eröffnet.</translation>
    </message>
    <message>
        <source>&amp;What the customer says:</source>
        <translation>&amp;Was der Kunde sagt:</translation>
    </message>
    <message>
        <source>Starting the return…</source>
        <translation>Retoure wird angelegt …</translation>
    </message>
    <message>
        <source>Start a return for %1</source>
        <translation>Retoure für %1 anlegen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s note:</source>
        <translation>&amp;Notiz des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Start the return</source>
        <translation>Retoure &amp;anlegen</translation>
    </message>
    <message>
        <source>Recording the delivery change…</source>
        <translation>Zustelländerung wird erfasst …</translation>
    </message>
    <message>
        <source>Delivery options for %1</source>
        <translation>Zustelloptionen für %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. the new day, the pickup location or the address</source>
        <translation>z. B. der neue Tag, die Abholstelle oder die Adresse</translation>
    </message>
    <message>
        <source>&amp;What the customer chose:</source>
        <translation>&amp;Was der Kunde gewählt hat:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Einzelheiten:</translation>
    </message>
    <message>
        <source>&amp;Record the choice</source>
        <translation>Wahl &amp;erfassen</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Die Bestellung wird gelesen …</translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>Rücksendung: %1</translation>
    </message>
    <message>
        <source>Parcel %1 of %2: %3</source>
        <translation>Paket %1 von %2: %3</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Added to the open case</source>
        <translation>Zum offenen Fall hinzugefügt</translation>
    </message>
    <message>
        <source>Delivery change (%1) on %2 by %3: %4 %5</source>
        <comment>state, when, agent, option, what the customer said</comment>
        <translation>Zustelländerung (%1) am %2 von %3: %4 %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · before they asked</source>
        <comment>when, channel, subject, state</comment>
        <translation>%1 · %2 · %3 · %4 · bevor gefragt wurde</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>when, channel, subject, state</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Log the contact</source>
        <translation>Kontakt &amp;erfassen</translation>
    </message>
    <message>
        <source>Another order came on show while the dialog was open; nothing was done.</source>
        <translation>Während der Dialog offen war, wurde eine andere Bestellung angezeigt; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>could not be sent</source>
        <translation>nicht zustellbar</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::WismoSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>

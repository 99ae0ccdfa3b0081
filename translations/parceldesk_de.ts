<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ParcelDesk::AboutDialog</name>
    <message>
        <source>About ParcelDesk</source>
        <translation>Über ParcelDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ParcelDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The operations console for post-purchase logistics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ParcelDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Leitstelle für die Logistik nach dem Kauf.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For a support request, copy the diagnostics below into it. They name the versions and the database in use, and hold no customer data and no password.</source>
        <translation>Kopieren Sie für eine Supportanfrage die Diagnose unten hinein. Sie nennt die Versionen und die verwendete Datenbank und enthält keine Kundendaten und kein Passwort.</translation>
    </message>
    <message>
        <source>Reading the diagnostics…</source>
        <translation>Diagnose wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose &amp;kopieren</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Logging is off.</source>
        <translation>Die Protokollierung ist aus.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ApologiesPage</name>
    <message>
        <source>awaiting approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Verspätungshinweis</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Apology with voucher</source>
        <translation>Entschuldigung mit Gutschein</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Entschuldigungen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Zur Freigabe</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Rules and guardrails</source>
        <translation>Regeln und Leitplanken</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>Customers with parcels in trouble whose current status nobody has told them yet. One message per customer covers all of their affected parcels; the rules recommend what to say.</source>
        <translation>Kunden mit Paketen in Schwierigkeiten, denen noch niemand den aktuellen Stand mitgeteilt hat. Eine Nachricht je Kunde deckt alle betroffenen Pakete ab; die Regeln empfehlen, was zu sagen ist.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Tage verspätet</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Write messages</source>
        <translation>Nachrichten &amp;schreiben</translation>
    </message>
    <message>
        <source>Writes a message for the selected customers (all when none is selected): a draft to approve, queued when a rule approves it, or suppressed with its reason when a guardrail says no.</source>
        <translation>Schreibt eine Nachricht für die ausgewählten Kunden (für alle, wenn keiner ausgewählt ist): einen Entwurf zur Freigabe, eingereiht, wenn eine Regel sie freigibt, oder unterdrückt mit Grund, wenn eine Leitplanke Nein sagt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Einwilligung …</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve and queue (Ctrl+Return). The guardrails are checked once more; during the customer&apos;s quiet hours it waits for the morning.</source>
        <translation>Freigeben und einreihen (Strg+Eingabe). Die Leitplanken werden noch einmal geprüft; während der Ruhezeiten des Kunden wartet die Nachricht bis zum Morgen.</translation>
    </message>
    <message>
        <source>Queued and sending</source>
        <translation>Eingereiht und im Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanäle …</translation>
    </message>
    <message>
        <source>Send dead letter again…</source>
        <translation>Unzustellbare Nachricht erneut senden …</translation>
    </message>
    <message>
        <source>Queues the selected dead letter once more. Check first, by its Message-ID, that it did not leave.</source>
        <translation>Reiht die ausgewählte unzustellbare Nachricht erneut ein. Prüfen Sie vorher anhand ihrer Message-ID, dass sie nicht hinausgegangen ist.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Sends every message that is due, through the channels set up.</source>
        <translation>Sendet jede fällige Nachricht über die eingerichteten Kanäle.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Record what the selected customer said about messages, per channel (for example on the phone).</source>
        <translation>Erfassen, was der ausgewählte Kunde zu Nachrichten gesagt hat, je Kanal (zum Beispiel am Telefon).</translation>
    </message>
    <message>
        <source>For each affected parcel the first enabled rule that matches decides; a customer&apos;s message takes the strongest action of their parcels. Case kinds are comma-separated (empty: any).</source>
        <translation>Für jedes betroffene Paket entscheidet die erste eingeschaltete Regel, die passt; die Nachricht an einen Kunden übernimmt die stärkste Aktion seiner Pakete. Fallarten werden durch Kommas getrennt (leer: jede).</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Case kinds</source>
        <translation>Fallarten</translation>
    </message>
    <message>
        <source>Days late ≥</source>
        <translation>Tage verspätet ≥</translation>
    </message>
    <message>
        <source>Problems ≥</source>
        <translation>Probleme ≥</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>Zeitfenster (Tage)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Voucher value</source>
        <translation>Gutscheinwert</translation>
    </message>
    <message>
        <source>Approve by itself</source>
        <translation>Automatisch freigeben</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Leitplanken</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Messages per customer within 24 hours</source>
        <translation>Nachrichten je Kunde innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <source>Messages per customer within 7 days</source>
        <translation>Nachrichten je Kunde innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours (customer&apos;s time zone)</source>
        <translation>Ruhezeiten (Zeitzone des Kunden)</translation>
    </message>
    <message>
        <source>Save rules and guardrails</source>
        <translation>Regeln und Leitplanken speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; awaiting approval · &lt;b&gt;%2&lt;/b&gt; queued · &lt;b&gt;%3&lt;/b&gt; sent this month · &lt;b&gt;%4&lt;/b&gt; suppressed in 30 days · &lt;b&gt;%5&lt;/b&gt; dead letters</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zur Freigabe · &lt;b&gt;%2&lt;/b&gt; eingereiht · &lt;b&gt;%3&lt;/b&gt; in diesem Monat gesendet · &lt;b&gt;%4&lt;/b&gt; in 30 Tagen unterdrückt · &lt;b&gt;%5&lt;/b&gt; unzustellbar</translation>
    </message>
    <message>
        <source>Awaiting approval (%1)</source>
        <translation>Zur Freigabe (%1)</translation>
    </message>
    <message>
        <source>Effect, last 90 days: &lt;b&gt;%1&lt;/b&gt; WISMO contacts per 100 late parcels when the customer was told first (%2 parcels), &lt;b&gt;%3&lt;/b&gt; when not (%4 parcels).</source>
        <translation>Wirkung in den letzten 90 Tagen: &lt;b&gt;%1&lt;/b&gt; WISMO-Kontakte je 100 verspätete Pakete, wenn der Kunde vorab informiert wurde (%2 Pakete), &lt;b&gt;%3&lt;/b&gt;, wenn nicht (%4 Pakete).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing held back in the last 30 days.</source>
        <translation>In den letzten 30 Tagen wurde nichts zurückgehalten.</translation>
    </message>
    <message>
        <source>Held back in the last 30 days, by reason: %1</source>
        <translation>In den letzten 30 Tagen zurückgehalten, nach Grund: %1</translation>
    </message>
    <message>
        <source>Looking for parcels to tell about…</source>
        <translation>Pakete, über die zu informieren ist, werden gesucht …</translation>
    </message>
    <message>
        <source>, approved by the rules</source>
        <translation>, von den Regeln freigegeben</translation>
    </message>
    <message>
        <source>Nobody to tell right now.</source>
        <translation>Derzeit ist niemand zu informieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to tell.</source>
        <translation>
            <numerusform>%n Kunde zu informieren.</numerusform>
            <numerusform>%n Kunden zu informieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>nicht vor %1</translation>
    </message>
    <message>
        <source>No draft selected.</source>
        <translation>Kein Entwurf ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 by %3, %n parcel(s) of %4.</source>
        <translation>
            <numerusform>%1 an %2 per %3, %n Paket aus %4.</numerusform>
            <numerusform>%1 an %2 per %3, %n Pakete aus %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voucher %1 worth %2.</source>
        <translation>Gutschein %1 im Wert von %2.</translation>
    </message>
    <message>
        <source>Writing messages</source>
        <translation>Nachrichten werden geschrieben</translation>
    </message>
    <message>
        <source>%1 draft(s) to approve, %2 queued by the rules, %3 suppressed.</source>
        <translation>Zur Freigabe: %1, von den Regeln eingereiht: %2, unterdrückt: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had been told meanwhile.</source>
        <translation>
            <numerusform>%n Kunde war inzwischen schon informiert.</numerusform>
            <numerusform>%n Kunden waren inzwischen schon informiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message to %1 was held back: %2. It is kept under Suppressed.</source>
        <translation>Die Nachricht an %1 wurde zurückgehalten: %2. Sie liegt unter „Unterdrückt“.</translation>
    </message>
    <message>
        <source>Approved. It is night where %1 lives: the message waits until %2.</source>
        <translation>Freigegeben. Dort, wo %1 wohnt, ist gerade Nacht: Die Nachricht wartet bis %2.</translation>
    </message>
    <message>
        <source>Approved: the message to %1 is in the outbox.</source>
        <translation>Freigegeben: Die Nachricht an %1 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why is the message to %1 not sent? (kept in the audit log)</source>
        <translation>Warum wird die Nachricht an %1 nicht gesendet? (wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>%1

Set the channels up with Channels….</source>
        <translation>%1

Richten Sie die Kanäle mit „Kanäle …“ ein.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Nachrichten werden gesendet</translation>
    </message>
    <message>
        <source>%1 sent, %2 to retry later, %3 dead letters, %4 held back by a guardrail, %5 waiting for the end of quiet hours.</source>
        <translation>Gesendet %1, später erneut %2, unzustellbar %3, von einer Leitplanke zurückgehalten %4, warten auf das Ende der Ruhezeiten %5.</translation>
    </message>
    <message>
        <source>Not set up: %1</source>
        <translation>Nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Choose a dead letter under &quot;Dead letters&quot; first.</source>
        <translation>Wählen Sie zuerst eine Nachricht unter „Unzustellbar“.</translation>
    </message>
    <message>
        <source>Did message %1 really not leave? Look for its Message-ID %2 in the mail server&apos;s or provider&apos;s log first: sending it again may reach the customer twice.</source>
        <translation>Ist Nachricht %1 wirklich nicht hinausgegangen? Suchen Sie zuerst ihre Message-ID %2 im Protokoll des Mailservers oder des Anbieters: Erneutes Senden kann den Kunden doppelt erreichen.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Arten: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The name that signs every message</source>
        <translation>Der Name, mit dem jede Nachricht unterschrieben wird</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>Apology for a damaged or lost parcel</source>
        <translation>Entschuldigung für ein beschädigtes oder verlorenes Paket</translation>
    </message>
    <message>
        <source>Apology with voucher for a damaged or lost parcel</source>
        <translation>Entschuldigung mit Gutschein für ein beschädigtes oder verlorenes Paket</translation>
    </message>
    <message>
        <source>Vouchers this month: %1 spent and %2 promised of %3</source>
        <translation>Gutscheine diesen Monat: %1 ausgegeben und %2 verplant von %3</translation>
    </message>
    <message>
        <source>budget spent: auto-approval stopped</source>
        <translation>Budget ausgeschöpft: automatische Freigabe gestoppt</translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation>Nachricht %1 ist wieder eingereiht.</translation>
    </message>
    <message>
        <source>apology-candidates</source>
        <comment>file name of an export</comment>
        <translation>entschuldigungskandidaten</translation>
    </message>
    <message>
        <source>Apology candidates</source>
        <translation>Kandidaten für Entschuldigungen</translation>
    </message>
    <message>
        <source>messages</source>
        <comment>file name of an export</comment>
        <translation>nachrichten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>suppressed-messages</source>
        <comment>file name of an export</comment>
        <translation>zurueckgehaltene-nachrichten</translation>
    </message>
    <message>
        <source>Suppressed messages</source>
        <translation>Zurückgehaltene Nachrichten</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ApologyRepository</name>
    <message>
        <source>Cannot read the apology rules: %1</source>
        <translation>Die Regeln für Entschuldigungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the apology rules: %1</source>
        <translation>Die Regeln für Entschuldigungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A cap cannot be negative.</source>
        <translation>Eine Grenze kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end (HH:mm).</source>
        <translation>Ruhezeiten brauchen einen Anfang und ein Ende (HH:mm).</translation>
    </message>
    <message>
        <source>Cannot save the guardrails: %1</source>
        <translation>Die Leitplanken können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot find the parcels to tell about: %1</source>
        <translation>Die Pakete, über die zu informieren ist, können nicht gefunden werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the customer&apos;s problems: %1</source>
        <translation>Die Probleme des Kunden können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the apology figures: %1</source>
        <translation>Die Zahlen zu Entschuldigungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the messages: %1</source>
        <translation>Die Nachrichten können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ApologyRules</name>
    <message>
        <source>A rule without a name</source>
        <translation>Eine Regel ohne Namen</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;</source>
        <translation>Regel „%1“</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: case kind &quot;%2&quot; is not one ParcelDesk knows.</source>
        <translation>%1: Die Fallart „%2“ kennt ParcelDesk nicht.</translation>
    </message>
    <message>
        <source>%1: days late and problems cannot be negative.</source>
        <translation>%1: Verspätungstage und Probleme können nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: the problem count needs a window of at least one day.</source>
        <translation>%1: Die Zahl der Probleme braucht ein Zeitfenster von mindestens einem Tag.</translation>
    </message>
    <message>
        <source>%1: a voucher rule needs the value of the code to give.</source>
        <translation>%1: Eine Gutscheinregel braucht den Wert des zu vergebenden Codes.</translation>
    </message>
    <message>
        <source>Say nothing</source>
        <translation>Nichts sagen</translation>
    </message>
    <message>
        <source>Inform</source>
        <translation>Informieren</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Entschuldigen</translation>
    </message>
    <message>
        <source>Apologise with voucher</source>
        <translation>Entschuldigen mit Gutschein</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ApologyWorkflow</name>
    <message>
        <source>Your shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>No consent for any channel</source>
        <translation>Für keinen Kanal eine Einwilligung</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <source>No address for the consented channel</source>
        <translation>Keine Adresse für den eingewilligten Kanal</translation>
    </message>
    <message>
        <source>Daily cap reached</source>
        <translation>Tagesgrenze erreicht</translation>
    </message>
    <message>
        <source>Weekly cap reached</source>
        <translation>Wochengrenze erreicht</translation>
    </message>
    <message>
        <source>Delivered meanwhile</source>
        <translation>Inzwischen zugestellt</translation>
    </message>
    <message>
        <source>Cannot write the messages: %1</source>
        <translation>Die Nachrichten können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The voucher budget is spent: a supervisor decides.</source>
        <translation>Das Gutscheinbudget ist aufgebraucht: Die Teamleitung entscheidet.</translation>
    </message>
    <message>
        <source>%1: no voucher (%2)</source>
        <translation>%1: kein Gutschein (%2)</translation>
    </message>
    <message>
        <source>Template %1 (%2): %3</source>
        <translation>Vorlage %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot approve message %1: %2</source>
        <translation>Nachricht %1 kann nicht freigegeben werden: %2</translation>
    </message>
    <message>
        <source>Message %1 is not in the database.</source>
        <translation>Nachricht %1 ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>Message %1 is %2, not a draft: someone decided already.</source>
        <translation>Nachricht %1 ist %2, kein Entwurf: Jemand hat bereits entschieden.</translation>
    </message>
    <message>
        <source>Cannot reject message %1: %2</source>
        <translation>Nachricht %1 kann nicht abgelehnt werden: %2</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a draft or a queued message can be rejected.</source>
        <translation>Nachricht %1 ist %2: Nur ein Entwurf oder eine eingereihte Nachricht kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>Cannot change message %1: %2</source>
        <translation>Nachricht %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a draft can be changed.</source>
        <translation>Nachricht %1 ist %2: Nur ein Entwurf kann geändert werden.</translation>
    </message>
    <message>
        <source>A WhatsApp message is a template the provider approved; its text cannot be changed here. Change the template&apos;s name or reject the message.</source>
        <translation>Eine WhatsApp-Nachricht ist eine vom Anbieter freigegebene Vorlage; ihr Text kann hier nicht geändert werden. Ändern Sie den Namen der Vorlage oder lehnen Sie die Nachricht ab.</translation>
    </message>
    <message>
        <source>Cannot read the customer&apos;s consent; nothing was decided.</source>
        <translation>Die Einwilligung des Kunden kann nicht gelesen werden; es wurde nichts entschieden.</translation>
    </message>
</context>
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
    <name>ParcelDesk::ChangeNotifier</name>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung beendet</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ChannelSettings</name>
    <message>
        <source>Cannot read the channel settings: %1</source>
        <translation>Die Kanal-Einstellungen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot save the channel settings: %1</source>
        <translation>Die Kanal-Einstellungen lassen sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>the SMTP server</source>
        <translation>der SMTP-Server</translation>
    </message>
    <message>
        <source>the sender&apos;s address</source>
        <translation>die Adresse des Absenders</translation>
    </message>
    <message>
        <source>the SMTP password</source>
        <translation>das SMTP-Passwort</translation>
    </message>
    <message>
        <source>the Twilio Account SID</source>
        <translation>die Twilio Account SID</translation>
    </message>
    <message>
        <source>the Twilio auth token</source>
        <translation>das Twilio Auth Token</translation>
    </message>
    <message>
        <source>a sender (From number or Messaging Service SID)</source>
        <translation>ein Absender (From-Nummer oder Messaging Service SID)</translation>
    </message>
    <message>
        <source>the WhatsApp phone number ID</source>
        <translation>die WhatsApp-Telefonnummern-ID</translation>
    </message>
    <message>
        <source>the WhatsApp access token</source>
        <translation>das WhatsApp-Zugriffstoken</translation>
    </message>
    <message>
        <source>no SMTP server</source>
        <translation>kein SMTP-Server</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>login %1</source>
        <translation>Anmeldung %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>no Twilio account</source>
        <translation>kein Twilio-Konto</translation>
    </message>
    <message>
        <source>Twilio account %1</source>
        <translation>Twilio-Konto %1</translation>
    </message>
    <message>
        <source>messaging service %1</source>
        <translation>Messaging Service %1</translation>
    </message>
    <message>
        <source>no phone number ID</source>
        <translation>keine Telefonnummern-ID</translation>
    </message>
    <message>
        <source>phone number ID %1</source>
        <translation>Telefonnummern-ID %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ChannelSettingsDialog</name>
    <message>
        <source>Message channels</source>
        <translation>Nachrichtenkanäle</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Passwords and tokens are kept in %2, readable only by you.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Passwörter und Tokens liegen in %2, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Reading the stored settings…</source>
        <translation>Gespeicherte Einstellungen werden gelesen …</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>E-Mails senden</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP-Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (verlangt)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine only)</source>
        <translation>Keine (nur für ein Relay auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>service@shop.example</source>
        <translation>service@shop.example</translation>
    </message>
    <message>
        <source>Sender&apos;s address:</source>
        <translation>Adresse des Absenders:</translation>
    </message>
    <message>
        <source>Sender&apos;s name:</source>
        <translation>Name des Absenders:</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>A certificate authority to trust besides the system&apos;s, for a relay with a certificate of its own.</source>
        <translation>Eine Zertifizierungsstelle, der zusätzlich zu denen des Systems vertraut wird, für ein Relay mit eigenem Zertifikat.</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>SMS (Twilio)</source>
        <translation>SMS (Twilio)</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>SMS senden</translation>
    </message>
    <message>
        <source>Account SID:</source>
        <translation>Account SID:</translation>
    </message>
    <message>
        <source>Auth token:</source>
        <translation>Auth Token:</translation>
    </message>
    <message>
        <source>+4915112345678 or a sender ID</source>
        <translation>+4915112345678 oder eine Absenderkennung</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>MG… (optional; instead of From)</source>
        <translation>MG… (optional; statt From)</translation>
    </message>
    <message>
        <source>Messaging Service SID:</source>
        <translation>Messaging Service SID:</translation>
    </message>
    <message>
        <source>Leave empty for Twilio itself.</source>
        <translation>Leer lassen für Twilio selbst.</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>WhatsApp (Cloud API)</source>
        <translation>WhatsApp (Cloud API)</translation>
    </message>
    <message>
        <source>Send WhatsApp template messages</source>
        <translation>WhatsApp-Vorlagennachrichten senden</translation>
    </message>
    <message>
        <source>The ID of the business phone number in the WhatsApp Manager, not the number.</source>
        <translation>Die ID der Unternehmens-Telefonnummer im WhatsApp Manager, nicht die Nummer selbst.</translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation>Telefonnummern-ID:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>Leave empty for Meta&apos;s Graph API.</source>
        <translation>Leer lassen für die Graph API von Meta.</translation>
    </message>
    <message>
        <source>Test template:</source>
        <translation>Testvorlage:</translation>
    </message>
    <message>
        <source>Send test message…</source>
        <translation>Testnachricht senden …</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>Eine Test-E-Mail senden an:</translation>
    </message>
    <message>
        <source>Send a test SMS to (with the country code, e.g. +49 171 5550123):</source>
        <translation>Eine Test-SMS senden an (mit Ländervorwahl, z. B. +49 171 5550123):</translation>
    </message>
    <message>
        <source>Send the WhatsApp template &quot;%1&quot; to (with the country code):</source>
        <translation>Die WhatsApp-Vorlage „%1“ senden an (mit Ländervorwahl):</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Not sent; missing: %1.</source>
        <translation>Nicht gesendet; es fehlt: %1.</translation>
    </message>
    <message>
        <source>ParcelDesk test message</source>
        <translation>Testnachricht von ParcelDesk</translation>
    </message>
    <message>
        <source>This is a test message from ParcelDesk. If it reached you, the channel works.</source>
        <translation>Dies ist eine Testnachricht von ParcelDesk. Wenn sie Sie erreicht hat, funktioniert der Kanal.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Storing the passwords and tokens…</source>
        <translation>Passwörter und Tokens werden gespeichert …</translation>
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
    <name>ParcelDesk::ConnectDialog</name>
    <message>
        <source>Connect to a Team Database</source>
        <translation>Mit einer Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: every console and poller connects to it. Ask your administrator for these details.</source>
        <translation>Ein Team teilt sich eine PostgreSQL-Datenbank: Jede Konsole und jeder Poller verbindet sich mit ihr. Die Angaben erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>from the keychain or the password file if left empty</source>
        <translation>leer: aus dem Schlüsselbund oder der Passwortdatei</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server sie anbietet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate verified</source>
        <translation>Erforderlich, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Keep the password in the keychain</source>
        <translation>Passwort im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>Geben Sie die Datenbank an.</translation>
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
    <name>ParcelDesk::ConsentDialog</name>
    <message>
        <source>Consent of %1</source>
        <translation>Einwilligung von %1</translation>
    </message>
    <message>
        <source>May we send %1 messages about their parcels? A &quot;no&quot; holds back at once every message on that channel not sent yet.</source>
        <translation>Dürfen wir %1 Nachrichten zu den eigenen Paketen senden? Ein „Nein“ hält sofort jede noch nicht gesendete Nachricht auf diesem Kanal zurück.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (opted out)</source>
        <translation>nein (widersprochen)</translation>
    </message>
    <message>
        <source>Since %1 (%2)</source>
        <translation>Seit %1 (%2)</translation>
    </message>
    <message>
        <source>Where it comes from, e.g. phone call</source>
        <translation>Woher sie stammt, z. B. Telefonanruf</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet are held back.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Nachricht wird zurückgehalten.</numerusform>
            <numerusform>%n noch nicht gesendete Nachrichten werden zurückgehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ConsentRepository</name>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Say where the consent comes from (for example: checkout, phone call).</source>
        <translation>Geben Sie an, woher die Einwilligung stammt (zum Beispiel: Bestellvorgang, Telefonanruf).</translation>
    </message>
    <message>
        <source>Cannot record the consent: %1</source>
        <translation>Die Einwilligung kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Customer %1 is not in the database.</source>
        <translation>Kunde %1 ist nicht in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Console</name>
    <message>
        <source>The operations console for post-purchase logistics.</source>
        <translation>Die Leitstelle für die Logistik nach dem Kauf.</translation>
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
    <message>
        <source>The database to open: a file, or a team&apos;s PostgreSQL database as postgresql://user@host:port/dbname (the password comes from the keychain or PGPASSFILE, never from the command line). Without it, the one used last.</source>
        <translation>Die zu öffnende Datenbank: eine Datei oder die PostgreSQL-Datenbank eines Teams als postgresql://benutzer@host:port/dbname (das Passwort kommt aus dem Schlüsselbund oder aus PGPASSFILE, nie von der Befehlszeile). Ohne diese Option die zuletzt benutzte.</translation>
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
    <name>ParcelDesk::CsvFile</name>
    <message>
        <source>%1: the column &quot;%2&quot; is there twice.</source>
        <translation>%1: Die Spalte „%2“ kommt zweimal vor.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CsvReader</name>
    <message>
        <source>%1:%2: the line is not UTF-8 text; save the file as UTF-8.</source>
        <translation>%1:%2: Die Zeile ist kein UTF-8-Text; speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; %2</source>
        <translation>%1: Die Datei ist leer; %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CtlCommands</name>
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
        <source>list: which state (default dead).</source>
        <translation>list: welcher Zustand (Vorgabe dead).</translation>
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
        <source>preview: the order whose data fills it in (needs --db).</source>
        <translation>preview: die Bestellung, deren Daten sie füllen (braucht --db).</translation>
    </message>
    <message>
        <source>preview: the shop&apos;s name.</source>
        <translation>preview: der Name des Shops.</translation>
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
    <message>
        <source>in the system keychain</source>
        <translation>im System-Schlüsselbund</translation>
    </message>
    <message>
        <source>in %1 (readable only by you; no system keychain answered: %2)</source>
        <translation>in %1 (nur für Sie lesbar; kein System-Schlüsselbund hat geantwortet: %2)</translation>
    </message>
    <message>
        <source>secret unreadable: %1</source>
        <translation>Geheimnis nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no secret stored</source>
        <translation>kein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>secret stored</source>
        <translation>Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <source>The outbox: messages to customers, each sent at most once.
  send       send every message that is due: on the channels set up with configure,
             or by e-mail only with the --smtp-* options
  list       the messages in one state (queued, sending, sent, dead)
  configure  set up one channel (--channel email, sms or whatsapp); its secret (SMTP
             password, Twilio auth token, WhatsApp access token) is read from standard
             input with --secret-stdin and kept in the credential store
  channels   the channels as they are set up (secrets are never shown)</source>
        <translation>Der Postausgang: Nachrichten an Kunden, jede höchstens einmal gesendet.
  send       jede fällige Nachricht senden: über die mit configure eingerichteten
             Kanäle, oder nur per E-Mail mit den Optionen --smtp-*
  list       die Nachrichten in einem Zustand (queued, sending, sent, dead)
  configure  einen Kanal einrichten (--channel email, sms oder whatsapp); sein Geheimnis
             (SMTP-Passwort, Twilio Auth Token, WhatsApp-Zugriffstoken) wird mit
             --secret-stdin von der Standardeingabe gelesen und im Zugangsdatenspeicher
             abgelegt
  channels   die Kanäle, wie sie eingerichtet sind (Geheimnisse werden nie gezeigt)</translation>
    </message>
    <message>
        <source>send, configure: the sender (e-mail: its address; sms: a Twilio number in E.164 or a sender ID).</source>
        <translation>send, configure: der Absender (E-Mail: seine Adresse; sms: eine Twilio-Nummer in E.164 oder eine Absenderkennung).</translation>
    </message>
    <message>
        <source>send, configure (email): the sender&apos;s name.</source>
        <translation>send, configure (email): der Name des Absenders.</translation>
    </message>
    <message>
        <source>configure: email, sms or whatsapp.</source>
        <translation>configure: email, sms oder whatsapp.</translation>
    </message>
    <message>
        <source>configure: send on this channel.</source>
        <translation>configure: über diesen Kanal senden.</translation>
    </message>
    <message>
        <source>configure: do not send on this channel.</source>
        <translation>configure: nicht über diesen Kanal senden.</translation>
    </message>
    <message>
        <source>configure (email): the SMTP server.</source>
        <translation>configure (email): der SMTP-Server.</translation>
    </message>
    <message>
        <source>configure (email): its port.</source>
        <translation>configure (email): sein Port.</translation>
    </message>
    <message>
        <source>configure (email): starttls, tls (port 465) or none (a relay on this machine only).</source>
        <translation>configure (email): starttls, tls (Port 465) oder none (nur für ein Relay auf diesem Rechner).</translation>
    </message>
    <message>
        <source>configure (email): the SMTP login; empty: none.</source>
        <translation>configure (email): die SMTP-Anmeldung; leer: keine.</translation>
    </message>
    <message>
        <source>configure (email): a certificate authority to trust besides the system&apos;s.</source>
        <translation>configure (email): eine Zertifizierungsstelle, der zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>configure (sms): the Twilio Account SID (AC…).</source>
        <translation>configure (sms): die Twilio Account SID (AC…).</translation>
    </message>
    <message>
        <source>configure (sms): a Twilio Messaging Service (MG…) that picks the sender; empty: none, --from is used.</source>
        <translation>configure (sms): ein Twilio Messaging Service (MG…), der den Absender wählt; leer: keiner, --from gilt.</translation>
    </message>
    <message>
        <source>configure (whatsapp): the business phone number&apos;s ID.</source>
        <translation>configure (whatsapp): die ID der Unternehmens-Telefonnummer.</translation>
    </message>
    <message>
        <source>configure (whatsapp): the Graph API version (default %1).</source>
        <translation>configure (whatsapp): die Version der Graph API (Vorgabe %1).</translation>
    </message>
    <message>
        <source>configure (sms, whatsapp): the provider&apos;s address (default %1 and %2; the sandbox&apos;s for tests); empty: the default.</source>
        <translation>configure (sms, whatsapp): die Adresse des Anbieters (Vorgabe %1 und %2; für Tests die der Sandbox); leer: die Vorgabe.</translation>
    </message>
    <message>
        <source>configure: read the channel&apos;s secret from the first line of standard input (never from the command line); an empty line removes it.</source>
        <translation>configure: das Geheimnis des Kanals aus der ersten Zeile der Standardeingabe lesen (nie von der Befehlszeile); eine leere Zeile entfernt es.</translation>
    </message>
    <message>
        <source>send, list, configure or channels</source>
        <translation>send, list, configure oder channels</translation>
    </message>
    <message>
        <source>outbox: say send, list, configure or channels.</source>
        <translation>outbox: send, list, configure oder channels angeben.</translation>
    </message>
    <message>
        <source>outbox configure: --channel must be email, sms or whatsapp.</source>
        <translation>outbox configure: --channel muss email, sms oder whatsapp sein.</translation>
    </message>
    <message>
        <source>outbox configure: --%1 does not apply to %2.</source>
        <translation>outbox configure: --%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>outbox configure: say --enable or --disable, not both.</source>
        <translation>outbox configure: --enable oder --disable angeben, nicht beides.</translation>
    </message>
    <message>
        <source>outbox configure: --port must be a port number, not &quot;%1&quot;.</source>
        <translation>outbox configure: --port muss eine Portnummer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>outbox configure: --security must be starttls, tls or none, not &quot;%1&quot;.</source>
        <translation>outbox configure: --security muss starttls, tls oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>outbox configure: --base-url must be an http or https address, not &quot;%1&quot;.</source>
        <translation>outbox configure: --base-url muss eine http- oder https-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>secret not changed</source>
        <translation>Geheimnis unverändert</translation>
    </message>
    <message>
        <source>secret removed</source>
        <translation>Geheimnis entfernt</translation>
    </message>
    <message>
        <source>secret stored %1</source>
        <translation>Geheimnis gespeichert %1</translation>
    </message>
    <message>
        <source>%1: %2, %3; %4.</source>
        <translation>%1: %2, %3; %4.</translation>
    </message>
    <message>
        <source>Warning: %1 is on but cannot send yet; missing: %2.</source>
        <translation>Warnung: %1 ist eingeschaltet, kann aber noch nicht senden; es fehlt: %2.</translation>
    </message>
    <message>
        <source>outbox send: --%1 needs --smtp-host; without it the channels set up with outbox configure are used.</source>
        <translation>outbox send: --%1 braucht --smtp-host; ohne gelten die mit outbox configure eingerichteten Kanäle.</translation>
    </message>
    <message>
        <source>outbox send: %1</source>
        <translation>outbox send: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: a template is a JSON object with the fields subject, text, html, sms and whatsapp.</source>
        <translation>%1: Eine Vorlage ist ein JSON-Objekt mit den Feldern subject, text, html, sms und whatsapp.</translation>
    </message>
    <message>
        <source>%1: %2: the file is for &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>%1: %2: Die Datei ist für „%3“, nicht für „%4“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of a template; use subject, text, html, sms and whatsapp.</source>
        <translation>%1: „%2“ ist kein Feld einer Vorlage; möglich sind subject, text, html, sms und whatsapp.</translation>
    </message>
    <message>
        <source>%1: %2: a text in double quotes is expected.</source>
        <translation>%1: %2: Ein Text in doppelten Anführungszeichen wird erwartet.</translation>
    </message>
    <message>
        <source>Message templates (Mustache), per kind and language. With --db, the shop&apos;s edits
stored in the database count; without, the built-in templates.
  list      the templates there are, and who edited them when
  show      one template as JSON (--kind, --language)
  set       store a template from a JSON file (--db, --kind, --language, --file):
            the fields subject, text, html, sms and whatsapp; fields left out stay
  reset     back to the built-in template (--db, --kind, --language)
  preview   one template filled in: with --order, that order&apos;s real data</source>
        <translation>Nachrichtenvorlagen (Mustache), je Art und Sprache. Mit --db gelten die in der
Datenbank gespeicherten Änderungen des Shops; ohne, die mitgelieferten Vorlagen.
  list      die vorhandenen Vorlagen, und wer sie wann bearbeitet hat
  show      eine Vorlage als JSON (--kind, --language)
  set       eine Vorlage aus einer JSON-Datei speichern (--db, --kind, --language,
            --file): die Felder subject, text, html, sms und whatsapp;
            ausgelassene Felder bleiben, wie sie sind
  reset     zurück zur mitgelieferten Vorlage (--db, --kind, --language)
  preview   eine Vorlage ausgefüllt: mit --order mit den echten Daten dieser
            Bestellung</translation>
    </message>
    <message>
        <source>delay_notice, delay_apology or delay_apology_voucher.</source>
        <translation>delay_notice, delay_apology oder delay_apology_voucher.</translation>
    </message>
    <message>
        <source>de or en (preview: by default the customer&apos;s, else English).</source>
        <translation>de oder en (preview: als Vorgabe die des Kunden, sonst Englisch).</translation>
    </message>
    <message>
        <source>set: the template as a JSON file.</source>
        <translation>set: die Vorlage als JSON-Datei.</translation>
    </message>
    <message>
        <source>set, reset: who made the change (default: the login name).</source>
        <translation>set, reset: wer die Änderung vorgenommen hat (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>list, show, set, reset or preview</source>
        <translation>list, show, set, reset oder preview</translation>
    </message>
    <message>
        <source>templates: say list, show, set, reset or preview.</source>
        <translation>templates: Geben Sie list, show, set, reset oder preview an.</translation>
    </message>
    <message>
        <source>templates %1: --db FILE is required.</source>
        <translation>templates %1: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>templates %1: --kind is required.</source>
        <translation>templates %1: --kind ist nötig.</translation>
    </message>
    <message>
        <source>templates %1: --language is required.</source>
        <translation>templates %1: --language ist nötig.</translation>
    </message>
    <message>
        <source>templates set: --file FILE is required.</source>
        <translation>templates set: --file DATEI ist nötig.</translation>
    </message>
    <message>
        <source>templates: there is no template %1 in &quot;%2&quot;.</source>
        <translation>templates: Es gibt keine Vorlage %1 in „%2“.</translation>
    </message>
    <message>
        <source>edited by %1 at %2</source>
        <translation>bearbeitet von %1 am %2</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>Saved the template %1 (%2).</source>
        <translation>Vorlage %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>The template %1 (%2) is the built-in one again.</source>
        <translation>Die Vorlage %1 (%2) ist wieder die mitgelieferte.</translation>
    </message>
    <message>
        <source>WhatsApp template: %1</source>
        <translation>WhatsApp-Vorlage: %1</translation>
    </message>
    <message>
        <source>Voucher codes for apologies, and the monthly budget they are paid from.
  import CSV   add the codes of a CSV file (columns code, value, cost; optional
               currency, expires): all of them, or none when a line is wrong
  list         the codes, free ones in the order they will be given
  budget       this month&apos;s budget, spent, committed and remaining; --set changes it</source>
        <translation>Gutscheincodes für Entschuldigungen und das Monatsbudget, aus dem sie bezahlt
werden.
  import CSV   die Codes einer CSV-Datei hinzufügen (Spalten code, value, cost;
               optional currency, expires): alle, oder keinen, wenn eine Zeile
               fehlerhaft ist
  list         die Codes, freie in der Reihenfolge, in der sie vergeben werden
  budget       Budget dieses Monats, ausgegeben, verplant und übrig; --set ändert es</translation>
    </message>
    <message>
        <source>list: only the codes not given yet.</source>
        <translation>list: nur die noch nicht vergebenen Codes.</translation>
    </message>
    <message>
        <source>list: only the codes given.</source>
        <translation>list: nur die vergebenen Codes.</translation>
    </message>
    <message>
        <source>list: at most this many (default 200).</source>
        <translation>list: höchstens so viele (Vorgabe 200).</translation>
    </message>
    <message>
        <source>budget: the new monthly budget in currency units, like 500 or 499,50.</source>
        <translation>budget: das neue Monatsbudget in Währungseinheiten, etwa 500 oder 499,50.</translation>
    </message>
    <message>
        <source>import, budget --set: who did it (default: the login name).</source>
        <translation>import, budget --set: wer es getan hat (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>import, list or budget</source>
        <translation>import, list oder budget</translation>
    </message>
    <message>
        <source>import: the CSV file.</source>
        <translation>import: die CSV-Datei.</translation>
    </message>
    <message>
        <source>vouchers: say import CSV, list or budget.</source>
        <translation>vouchers: Geben Sie import CSV, list oder budget an.</translation>
    </message>
    <message>
        <source>vouchers %1: --db FILE is required.</source>
        <translation>vouchers %1: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>vouchers import: name one CSV file.</source>
        <translation>vouchers import: Nennen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>vouchers list: --free or --used, not both.</source>
        <translation>vouchers list: --free oder --used, nicht beides.</translation>
    </message>
    <message>
        <source>vouchers list: --limit takes a number above 0.</source>
        <translation>vouchers list: --limit braucht eine Zahl über 0.</translation>
    </message>
    <message>
        <source>vouchers budget: --set &quot;%1&quot; is not an amount; write it like 500 or 499,50.</source>
        <translation>vouchers budget: --set „%1“ ist kein Betrag; schreiben Sie ihn etwa als 500 oder 499,50.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n code(s) from %1.</source>
        <translation>
            <numerusform>%n Code aus %1 importiert.</numerusform>
            <numerusform>%n Codes aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>  worth %1: %2</source>
        <translation>  im Wert von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them expire within a week or have expired; they are never given.</source>
        <translation>
            <numerusform>%n davon läuft innerhalb einer Woche ab oder ist abgelaufen; er wird nie vergeben.</numerusform>
            <numerusform>%n davon laufen innerhalb einer Woche ab oder sind abgelaufen; sie werden nie vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>message %1 to %2 (%3)</source>
        <translation>Nachricht %1 an %2 (%3)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Month:      %1</source>
        <translation>Monat:      %1</translation>
    </message>
    <message>
        <source>Budget:     %1</source>
        <translation>Budget:     %1</translation>
    </message>
    <message>
        <source>Spent:      %1</source>
        <translation>Ausgegeben: %1</translation>
    </message>
    <message>
        <source>Committed:  %1</source>
        <translation>Verplant:   %1</translation>
    </message>
    <message>
        <source>Remaining:  %1</source>
        <translation>Übrig:      %1</translation>
    </message>
    <message>
        <source>Auto-approval of vouchers: on</source>
        <translation>Automatische Freigabe von Gutscheinen: an</translation>
    </message>
    <message>
        <source>Auto-approval of vouchers: stopped, the budget is spent</source>
        <translation>Automatische Freigabe von Gutscheinen: angehalten, das Budget ist aufgebraucht</translation>
    </message>
    <message>
        <source>Free codes: %1</source>
        <translation>Freie Codes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n free code(s) expire within a week or have expired; they are never given.</source>
        <translation>
            <numerusform>%n freier Code läuft innerhalb einer Woche ab oder ist abgelaufen; er wird nie vergeben.</numerusform>
            <numerusform>%n freie Codes laufen innerhalb einer Woche ab oder sind abgelaufen; sie werden nie vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proactive apologies: one message per customer about their late or troubled parcels.
  candidates   the customers to tell, with the rules&apos; recommendation
  create       write the messages: drafts to approve, queued when a rule approves,
               suppressed (with the reason) when a guardrail says no
  list         the messages in one state (draft, queued, sent, suppressed, rejected)
  approve ID   approve a draft (checked against the guardrails once more)
  reject ID    reject a draft (its voucher goes back to the pool)
  rules        the rules, in the order they are tried
  settings     the guardrails: caps and quiet hours (change them with the options)
  figures      what the Apologies page&apos;s header shows</source>
        <translation>Proaktive Entschuldigungen: eine Nachricht je Kunde zu seinen verspäteten oder
problematischen Paketen.
  candidates   die zu informierenden Kunden, mit der Empfehlung der Regeln
  create       die Nachrichten schreiben: Entwürfe zur Freigabe, eingereiht, wenn
               eine Regel freigibt, unterdrückt (mit Grund), wenn eine Leitplanke
               Nein sagt
  list         die Nachrichten in einem Zustand (draft, queued, sent, suppressed,
               rejected)
  approve ID   einen Entwurf freigeben (noch einmal gegen die Leitplanken geprüft)
  reject ID    einen Entwurf ablehnen (sein Gutschein geht zurück in den Vorrat)
  rules        die Regeln, in der Reihenfolge, in der sie geprüft werden
  settings     die Leitplanken: Grenzen und Ruhezeiten (mit den Optionen änderbar)
  figures      was der Kopf der Seite Entschuldigungen zeigt</translation>
    </message>
    <message>
        <source>list: which state (default draft).</source>
        <translation>list: welcher Zustand (Vorgabe draft).</translation>
    </message>
    <message>
        <source>who decides (default: the login name).</source>
        <translation>wer entscheidet (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>reject: why.</source>
        <translation>reject: warum.</translation>
    </message>
    <message>
        <source>settings: messages per customer within 24 h (0: no cap).</source>
        <translation>settings: Nachrichten je Kunde innerhalb von 24 h (0: keine Grenze).</translation>
    </message>
    <message>
        <source>settings: messages per customer within 7 days (0: no cap).</source>
        <translation>settings: Nachrichten je Kunde innerhalb von 7 Tagen (0: keine Grenze).</translation>
    </message>
    <message>
        <source>settings: quiet hours in the customer&apos;s time zone, as HH:mm-HH:mm.</source>
        <translation>settings: Ruhezeiten in der Zeitzone des Kunden, als HH:mm-HH:mm.</translation>
    </message>
    <message>
        <source>create: leave the expected dates out of the text (faster on a big database).</source>
        <translation>create: die erwarteten Termine im Text weglassen (schneller bei einer großen Datenbank).</translation>
    </message>
    <message>
        <source>candidates, create, list, approve, reject, rules, settings or figures</source>
        <translation>candidates, create, list, approve, reject, rules, settings oder figures</translation>
    </message>
    <message>
        <source>apologies: say one of %1.</source>
        <translation>apologies: Geben Sie eines von %1 an.</translation>
    </message>
    <message>
        <source>apologies: --db FILE is required.</source>
        <translation>apologies: --db DATEI ist nötig.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to tell.</source>
        <translation>
            <numerusform>%n Kunde zu informieren.</numerusform>
            <numerusform>%n Kunden zu informieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 draft(s) to approve, %2 queued by the rules, %3 suppressed, %4 told meanwhile.</source>
        <translation>Zur Freigabe: %1, von den Regeln eingereiht: %2, unterdrückt: %3, inzwischen schon informiert: %4.</translation>
    </message>
    <message>
        <source>apologies list: unknown state %1.</source>
        <translation>apologies list: unbekannter Zustand %1.</translation>
    </message>
    <message>
        <source>apologies %1: give the message&apos;s number.</source>
        <translation>apologies %1: Geben Sie die Nummer der Nachricht an.</translation>
    </message>
    <message>
        <source>Message %1 rejected.</source>
        <translation>Nachricht %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Message %1 held back: %2.</source>
        <translation>Nachricht %1 zurückgehalten: %2.</translation>
    </message>
    <message>
        <source>Message %1 approved; it waits for the end of the customer&apos;s quiet hours (%2).</source>
        <translation>Nachricht %1 freigegeben; sie wartet auf das Ende der Ruhezeiten des Kunden (%2).</translation>
    </message>
    <message>
        <source>Message %1 approved and queued.</source>
        <translation>Nachricht %1 freigegeben und eingereiht.</translation>
    </message>
    <message>
        <source>Cap per customer: %1 within 24 h, %2 within 7 days (0: none)</source>
        <translation>Grenze je Kunde: %1 innerhalb von 24 h, %2 innerhalb von 7 Tagen (0: keine)</translation>
    </message>
    <message>
        <source>Quiet hours: %1 to %2 in the customer&apos;s time zone</source>
        <translation>Ruhezeiten: %1 bis %2 in der Zeitzone des Kunden</translation>
    </message>
    <message>
        <source>Awaiting approval: %1</source>
        <translation>Zur Freigabe: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <source>Sent this month: %1</source>
        <translation>In diesem Monat gesendet: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Unzustellbar: %1</translation>
    </message>
    <message>
        <source>Suppressed (30 days), %1: %2</source>
        <translation>Unterdrückt (30 Tage), %1: %2</translation>
    </message>
    <message>
        <source>WISMO contacts per 100 late parcels (90 days): %1 told first (%2 parcels), %3 not told (%4 parcels)</source>
        <translation>WISMO-Kontakte je 100 verspätete Pakete (90 Tage): %1 vorab informiert (%2 Pakete), %3 nicht informiert (%4 Pakete)</translation>
    </message>
    <message>
        <source>A customer&apos;s consent to proactive messages, per channel. Without --grant or --withdraw it shows what the customer said. A withdrawal holds back, at once, every message to the customer on that channel that has not left yet.</source>
        <translation>Die Einwilligung eines Kunden in proaktive Nachrichten, je Kanal. Ohne --grant oder --withdraw wird gezeigt, was der Kunde gesagt hat. Ein Widerruf hält sofort jede Nachricht an den Kunden auf diesem Kanal zurück, die noch nicht hinausgegangen ist.</translation>
    </message>
    <message>
        <source>the customer: e-mail address or number.</source>
        <translation>der Kunde: E-Mail-Adresse oder Nummer.</translation>
    </message>
    <message>
        <source>email, sms or whatsapp.</source>
        <translation>email, sms oder whatsapp.</translation>
    </message>
    <message>
        <source>the customer said yes.</source>
        <translation>der Kunde hat Ja gesagt.</translation>
    </message>
    <message>
        <source>the customer said no (opt-out).</source>
        <translation>der Kunde hat Nein gesagt (Widerspruch).</translation>
    </message>
    <message>
        <source>where the word came from (checkout, phone call, customer reply, ...).</source>
        <translation>woher die Aussage stammt (Bestellvorgang, Telefonanruf, Antwort des Kunden, ...).</translation>
    </message>
    <message>
        <source>who records it (default: the login name).</source>
        <translation>wer sie erfasst (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>consent: --db FILE and --customer are required.</source>
        <translation>consent: --db DATEI und --customer sind nötig.</translation>
    </message>
    <message>
        <source>consent: say --grant or --withdraw, not both.</source>
        <translation>consent: Geben Sie --grant oder --withdraw an, nicht beides.</translation>
    </message>
    <message>
        <source>consent: unknown channel %1.</source>
        <translation>consent: unbekannter Kanal %1.</translation>
    </message>
    <message>
        <source>consent: no customer %1.</source>
        <translation>consent: kein Kunde %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet are held back.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Nachricht wird zurückgehalten.</numerusform>
            <numerusform>%n noch nicht gesendete Nachrichten werden zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erases a person&apos;s data everywhere (GDPR): names, addresses, numbers and every text that can hold them, in orders, parcels, messages, contacts, returns, cases and the audit log; the figures stay as they were.
  --customer EMAIL   every customer record with this e-mail address; without --yes
                     only says what would be erased (exit code 3)
  --retention        every customer whose last order is older than the retention
                     period (parceldeskctl privacy), or --days N</source>
        <translation>Löscht die Daten einer Person überall (DSGVO): Namen, Adressen, Nummern und jeden Text, der sie enthalten kann, in Bestellungen, Paketen, Nachrichten, Kontakten, Retouren, Fällen und im Audit-Protokoll; die Zahlen bleiben, wie sie waren.
  --customer E-MAIL  jeder Kundendatensatz mit dieser E-Mail-Adresse; ohne --yes
                     wird nur gesagt, was gelöscht würde (Exit-Code 3)
  --retention        jeder Kunde, dessen letzte Bestellung älter als die
                     Aufbewahrungsfrist ist (parceldeskctl privacy), oder --days N</translation>
    </message>
    <message>
        <source>The person&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse der Person.</translation>
    </message>
    <message>
        <source>Why, for the audit log, without personal data (e.g. &quot;request by e-mail of 3 May&quot;).</source>
        <translation>Warum, für das Audit-Protokoll, ohne personenbezogene Daten (z. B. „Anfrage per E-Mail vom 3. Mai“).</translation>
    </message>
    <message>
        <source>Erase: this cannot be undone.</source>
        <translation>Löschen: Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase the customers whose last order is older than the period.</source>
        <translation>Die Kunden löschen, deren letzte Bestellung älter als die Frist ist.</translation>
    </message>
    <message>
        <source>--retention: the period in days (default: the setting).</source>
        <translation>--retention: die Frist in Tagen (Vorgabe: die Einstellung).</translation>
    </message>
    <message>
        <source>Who erases (default: the login name).</source>
        <translation>Wer löscht (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>purge: --db FILE is required.</source>
        <translation>purge: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>purge: say --customer EMAIL or --retention.</source>
        <translation>purge: Geben Sie --customer E-MAIL oder --retention an.</translation>
    </message>
    <message>
        <source>purge: --days goes with --retention.</source>
        <translation>purge: --days gehört zu --retention.</translation>
    </message>
    <message>
        <source>purge: --days must be a whole number of days, 1 or more, not &quot;%1&quot;.</source>
        <translation>purge: --days muss eine ganze Zahl von Tagen sein, 1 oder mehr, nicht „%1“.</translation>
    </message>
    <message>
        <source>purge --retention: no retention period is set. Set one with parceldeskctl privacy --retention-days N, or say --days N.</source>
        <translation>purge --retention: Es ist keine Aufbewahrungsfrist festgelegt. Legen Sie eine mit parceldeskctl privacy --retention-days N fest, oder geben Sie --days N an.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Lösche</translation>
    </message>
    <message>
        <source>Interrupted: erased the personal data of %1 of %2 customers; the others are untouched.</source>
        <translation>Unterbrochen: Die personenbezogenen Daten von %1 von %2 Kunden sind gelöscht; die übrigen sind unberührt.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n customer(s) whose last order is older than %1 days.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %n Kunden, dessen letzte Bestellung älter als %1 Tage ist, sind gelöscht.</numerusform>
            <numerusform>Die personenbezogenen Daten von %n Kunden, deren letzte Bestellung älter als %1 Tage ist, sind gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would erase the personal data of %1 (customer records %2): %3.</source>
        <translation>Würde die personenbezogenen Daten von %1 löschen (Kundendatensätze %2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) of theirs are still on their way: carrier scans that come later are stored as usual.</source>
        <translation>
            <numerusform>%n Paket der Person ist noch unterwegs: Spätere Scans des Versanddienstleisters werden wie üblich gespeichert.</numerusform>
            <numerusform>%n Pakete der Person sind noch unterwegs: Spätere Scans des Versanddienstleisters werden wie üblich gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to erase; this cannot be undone.</source>
        <translation>Es wurde nichts geändert. Zum Löschen erneut mit --yes ausführen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erased the personal data of customer records %1: %2.</source>
        <translation>Personenbezogene Daten der Kundendatensätze %1 gelöscht: %2.</translation>
    </message>
    <message>
        <source>Another program was reading the database: the old bytes are overwritten in the file at its next checkpoint.</source>
        <translation>Ein anderes Programm las gerade die Datenbank: Die alten Bytes werden beim nächsten Checkpoint in der Datei überschrieben.</translation>
    </message>
    <message>
        <source>Writes everything held about a person as JSON (GDPR access request): their customer records, consents, orders and parcels, messages, contacts, returns, delivery changes, vouchers and the audit entries about them.</source>
        <translation>Schreibt alles, was über eine Person gespeichert ist, als JSON (DSGVO-Auskunftsersuchen): ihre Kundendatensätze, Einwilligungen, Bestellungen und Pakete, Nachrichten, Kontakte, Retouren, Zustelländerungen, Gutscheine und die Audit-Einträge über sie.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Die zu schreibende Datei (Vorgabe: die Standardausgabe).</translation>
    </message>
    <message>
        <source>Who exports (default: the login name).</source>
        <translation>Wer exportiert (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>export-customer: give one e-mail address.</source>
        <translation>export-customer: Geben Sie eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>export-customer: --db FILE is required.</source>
        <translation>export-customer: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>export-customer: cannot write %1: %2</source>
        <translation>export-customer: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the personal data of customer records %1 to %2.</source>
        <translation>Personenbezogene Daten der Kundendatensätze %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Shows or sets the retention period: personal data of customers whose last order is older is erased by parceldeskctl purge --retention (0: off).</source>
        <translation>Zeigt oder setzt die Aufbewahrungsfrist: Personenbezogene Daten von Kunden, deren letzte Bestellung älter ist, löscht parceldeskctl purge --retention (0: aus).</translation>
    </message>
    <message>
        <source>Set the period in days (0: off).</source>
        <translation>Die Frist in Tagen setzen (0: aus).</translation>
    </message>
    <message>
        <source>Who changes it (default: the login name).</source>
        <translation>Wer sie ändert (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>privacy: --db FILE is required.</source>
        <translation>privacy: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>privacy: --retention-days must be a whole number of days (0: off), not &quot;%1&quot;.</source>
        <translation>privacy: --retention-days muss eine ganze Zahl von Tagen sein (0: aus), nicht „%1“.</translation>
    </message>
    <message>
        <source>Retention: off. Personal data is kept until it is erased by hand.</source>
        <translation>Aufbewahrungsfrist: aus. Personenbezogene Daten bleiben, bis sie von Hand gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n day(s). parceldeskctl purge --retention erases the personal data of customers whose last order is older.</source>
        <translation>
            <numerusform>Aufbewahrungsfrist: %n Tag. parceldeskctl purge --retention löscht die personenbezogenen Daten von Kunden, deren letzte Bestellung älter ist.</numerusform>
            <numerusform>Aufbewahrungsfrist: %n Tage. parceldeskctl purge --retention löscht die personenbezogenen Daten von Kunden, deren letzte Bestellung älter ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n customer(s).</source>
        <translation>
            <numerusform>Jetzt fällig: %n Kunde.</numerusform>
            <numerusform>Jetzt fällig: %n Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>settings: the shop&apos;s name, which signs the messages.</source>
        <translation>settings: der Name des Shops, mit dem die Nachrichten unterschrieben werden.</translation>
    </message>
    <message>
        <source>Shop name: %1</source>
        <translation>Name des Shops: %1</translation>
    </message>
    <message>
        <source>Held back by a guardrail (an opt-out, the cap) %1, waiting for the end of the customer&apos;s quiet hours %2.</source>
        <translation>Von einer Leitplanke zurückgehalten (Widerspruch, Grenze) %1, warten auf das Ende der Ruhezeiten des Kunden %2.</translation>
    </message>
    <message>
        <source>Backtests the returns inflow forecast: at the start of each of the last weeks it forecasts that week&apos;s returns per day from what was known then, and compares them with what arrived. Prints the mean absolute percentage error per day and per week.</source>
        <translation>Prüft die Vorhersage des Retourenzulaufs rückblickend: Zu Beginn jeder der letzten Wochen sagt sie die Retouren dieser Woche je Tag aus dem damals Bekannten voraus und vergleicht sie mit dem, was ankam. Gibt den mittleren absoluten prozentualen Fehler je Tag und je Woche aus.</translation>
    </message>
    <message>
        <source>How many weeks back (default 8).</source>
        <translation>Wie viele Wochen zurück (Vorgabe 8).</translation>
    </message>
    <message>
        <source>The last day of the backtest, YYYY-MM-DD (default: yesterday, UTC).</source>
        <translation>Der letzte Tag der Prüfung, JJJJ-MM-TT (Vorgabe: gestern, UTC).</translation>
    </message>
    <message>
        <source>Only the returns to one warehouse (its country, e.g. DE); default: all.</source>
        <translation>Nur die Retouren an ein Lager (sein Land, z. B. DE); Vorgabe: alle.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>eval-returns: --db FILE is required.</source>
        <translation>eval-returns: --db DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>eval-returns: --weeks must be from 1 to 52.</source>
        <translation>eval-returns: --weeks muss zwischen 1 und 52 liegen.</translation>
    </message>
    <message>
        <source>eval-returns: --until %1 is not a date (YYYY-MM-DD).</source>
        <translation>eval-returns: --until %1 ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Week of %1: forecast %2, arrived %3</source>
        <translation>Woche ab %1: vorhergesagt %2, angekommen %3</translation>
    </message>
    <message>
        <source>MAPE per day %1 %, per week %2 %</source>
        <translation>MAPE je Tag %1 %, je Woche %2 %</translation>
    </message>
    <message>
        <source>policy: a JSON file to store as the policy.</source>
        <translation>policy: eine JSON-Datei, die als Richtlinie gespeichert wird.</translation>
    </message>
    <message>
        <source>check: de or en (default: the customer&apos;s language).</source>
        <translation>check: de oder en (Vorgabe: die Sprache des Kunden).</translation>
    </message>
    <message>
        <source>who changes the policy (default: the login name).</source>
        <translation>wer die Richtlinie ändert (Vorgabe: der Anmeldename).</translation>
    </message>
    <message>
        <source>returns: --db FILE is required.</source>
        <translation>returns: --db DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3).</source>
        <translation>%1: kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>returns check: give the order number.</source>
        <translation>returns check: Geben Sie die Bestellnummer an.</translation>
    </message>
    <message>
        <source>returns check: no order %1.</source>
        <translation>returns check: keine Bestellung %1.</translation>
    </message>
    <message>
        <source>parcel	%1 %2 %3</source>
        <translation>Paket	%1 %2 %3</translation>
    </message>
    <message>
        <source>(whole order)</source>
        <translation>(ganze Bestellung)</translation>
    </message>
    <message>
        <source>No return has the RMA or tracking number %1.</source>
        <translation>Es gibt keine Rücksendung mit der RMA- oder Sendungsnummer %1.</translation>
    </message>
    <message>
        <source>--filter: &quot;%1&quot; is not a filter.</source>
        <translation>--filter: „%1“ ist kein Filter.</translation>
    </message>
    <message>
        <source>returns %1: say which.</source>
        <translation>returns %1: Geben Sie an, welche Rücksendung.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: write N:QTY:REASON[:CONDITION], the condition one of unopened, opened, used, damaged.</source>
        <translation>--line „%1“: N:QTY:REASON[:CONDITION] angeben; CONDITION ist unopened, opened, used oder damaged.</translation>
    </message>
    <message>
        <source>returns register: give --line for each item that comes back.</source>
        <translation>returns register: Geben Sie --line für jeden zurückkommenden Artikel an.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: write N:GRADE[:DISPOSITION[:REASON]] with N a line of the return (1 to %2).</source>
        <translation>--line „%1“: N:GRADE[:DISPOSITION[:REASON]] angeben; N ist eine Position der Rücksendung (1 bis %2).</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not an amount.</source>
        <translation>--amount: „%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>list: needs-action (default), review, label, on-their-way, to-inspect, to-settle, closed, refused or all.</source>
        <translation>list: needs-action (Standard), review, label, on-their-way, to-inspect, to-settle, closed, refused oder all.</translation>
    </message>
    <message>
        <source>list: part of an RMA, order or tracking number.</source>
        <translation>list: Teil einer RMA-, Bestell- oder Sendungsnummer.</translation>
    </message>
    <message>
        <source>list: at most this many (default 50).</source>
        <translation>list: höchstens so viele (Standard: 50).</translation>
    </message>
    <message>
        <source>register: N:QTY:REASON[:CONDITION]; grade: N:GRADE[:DISPOSITION[:REASON]]. Repeat for each line.</source>
        <translation>register: N:QTY:REASON[:CONDITION]; grade: N:GRADE[:DISPOSITION[:REASON]]. Für jede Position wiederholen.</translation>
    </message>
    <message>
        <source>register: the customer wants an exchange, not a refund.</source>
        <translation>register: Der Kunde möchte einen Umtausch, keine Erstattung.</translation>
    </message>
    <message>
        <source>register: the customer&apos;s note.</source>
        <translation>register: die Anmerkung des Kunden.</translation>
    </message>
    <message>
        <source>refuse: why.</source>
        <translation>refuse: die Begründung.</translation>
    </message>
    <message>
        <source>label: the carrier (dhl, ups, ...).</source>
        <translation>label: der Versanddienstleister (dhl, ups, ...).</translation>
    </message>
    <message>
        <source>label: the return parcel&apos;s tracking number.</source>
        <translation>label: die Sendungsnummer des Rücksendepakets.</translation>
    </message>
    <message>
        <source>label: write the printable label here.</source>
        <translation>label: das druckbare Etikett hierhin schreiben.</translation>
    </message>
    <message>
        <source>grade: whether the packaging can be used again (yes or no).</source>
        <translation>grade: ob die Verpackung wiederverwendbar ist (yes oder no).</translation>
    </message>
    <message>
        <source>settle: the amount refunded (default: the lines&apos; value).</source>
        <translation>settle: der erstattete Betrag (Standard: der Wert der Positionen).</translation>
    </message>
    <message>
        <source>returns: say one of %1.</source>
        <translation>returns: Geben Sie einen dieser Befehle an: %1.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n return(s) with %1 line(s): %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy; %6 with a label. Rows skipped: %7.</source>
        <translation>
            <numerusform>%n Rücksendung mit %1 Position(en) importiert: %2 angenommen, %3 in Prüfung, %4 behält der Kunde, %5 von der Richtlinie abgelehnt; %6 mit Etikett. Übersprungene Zeilen: %7.</numerusform>
            <numerusform>%n Rücksendungen mit %1 Position(en) importiert: %2 angenommen, %3 in Prüfung, %4 behält der Kunde, %5 von der Richtlinie abgelehnt; %6 mit Etikett. Übersprungene Zeilen: %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>import: import the returns without bad rows, report the others.</source>
        <translation>import: Rücksendungen ohne fehlerhafte Zeilen importieren, die anderen melden.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: line %2 is %3; it is not in the parcel.</source>
        <translation>--line „%1“: Position %2 ist %3; sie ist nicht im Paket.</translation>
    </message>
    <message>
        <source>--line &quot;%1&quot;: &quot;%2&quot; is not resell, refurbish, outlet, donate, recycle or landfill.</source>
        <translation>--line „%1“: „%2“ ist nicht resell, refurbish, outlet, donate, recycle oder landfill.</translation>
    </message>
    <message>
        <source>There is no database %1; give the file the console uses, or make a demo with parceldeskctl demo-seed.</source>
        <translation>Es gibt keine Datenbank %1; geben Sie die Datei an, die die Konsole verwendet, oder erstellen Sie eine Demo mit parceldeskctl demo-seed.</translation>
    </message>
    <message>
        <source>eval-returns: no returns went to a warehouse in %1; the warehouses are %2.</source>
        <translation>eval-returns: Keine Rücksendung ging an ein Lager in %1; die Lager sind %2.</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number of returns.</source>
        <translation>--limit: „%1“ ist keine Anzahl von Rücksendungen.</translation>
    </message>
    <message>
        <source>--reusable: say yes or no, not &quot;%1&quot;.</source>
        <translation>--reusable: Geben Sie yes oder no an, nicht „%1“.</translation>
    </message>
    <message>
        <source>The return policy, and returns from registration to refund.
  policy         print the policy as JSON, or replace it with --file
  check ORDER    what the policy says about returning an order now, in the
                 customer&apos;s language; exit code 3 when it is refused
  list           returns, newest first (--filter, --search, --limit)
  register ORDER register a return of --line N:QTY:REASON[:CONDITION] (N counts
                 the order&apos;s lines from 1); exit code 3 when the policy refuses it
  show RETURN    a return with its lines (RETURN: its RMA or tracking number)
  approve RETURN / refuse RETURN --reason TEXT   decide a return under review
  label RETURN   --carrier ID --tracking NUMBER; --pdf FILE writes the label
  receive RETURN the parcel is in at the warehouse
  grade RETURN   --line N:GRADE[:DISPOSITION[:REASON]] for each line that came
                 back (the disposition from the rules when left out)
                 [--reusable yes|no]
  settle RETURN  the refund paid [--amount 12.34] or the exchange sent
  warehouse [CC] [--address &quot;LINE, LINE, ...&quot;]   the warehouses&apos; addresses
                 for return labels, or set one
  import FILE    returns from CSV (README, &quot;Importing returns&quot;); nothing is
                 imported when a row is bad, unless --skip-bad; exit code 0
                 only when every row was imported</source>
        <translation>Die Rückgaberichtlinie und Rücksendungen von der Erfassung bis zur Erstattung.
  policy         Richtlinie als JSON ausgeben oder mit --file ersetzen
  check ORDER    was die Richtlinie jetzt zur Rücksendung einer Bestellung sagt, in
                 der Sprache des Kunden; Exit-Code 3, wenn sie abgelehnt wird
  list           Rücksendungen, neueste zuerst (--filter, --search, --limit)
  register ORDER Rücksendung mit --line N:QTY:REASON[:CONDITION] erfassen (N zählt
                 die Positionen der Bestellung ab 1); Exit-Code 3, wenn die Richtlinie sie ablehnt
  show RETURN    eine Rücksendung mit ihren Positionen (RETURN: RMA- oder Sendungsnummer)
  approve RETURN / refuse RETURN --reason TEXT   über eine Rücksendung in Prüfung entscheiden
  label RETURN   --carrier ID --tracking NUMBER; --pdf FILE schreibt das Etikett
  receive RETURN das Paket ist im Lager eingegangen
  grade RETURN   --line N:GRADE[:DISPOSITION[:REASON]] für jede zurückgekommene
                 Position (ohne Angabe die Verwertung laut Regeln)
                 [--reusable yes|no]
  settle RETURN  Erstattung gezahlt [--amount 12.34] oder Umtausch versandt
  warehouse [CC] [--address &quot;LINE, LINE, ...&quot;]   die Adressen der Lager für
                 Rücksendeetiketten, oder eine setzen
  import FILE    Rücksendungen aus CSV (README, „Importing returns“); bei einer
                 fehlerhaften Zeile wird nichts importiert, außer mit --skip-bad;
                 Exit-Code 0 nur, wenn jede Zeile importiert wurde</translation>
    </message>
    <message>
        <source>warehouse: its address as printed on labels, lines separated by commas (empty: remove it).</source>
        <translation>warehouse: seine Adresse, wie sie auf Etiketten steht, Zeilen durch Kommas getrennt (leer: entfernen).</translation>
    </message>
    <message>
        <source>policy, check, list, register, show, approve, refuse, label, receive, grade, settle, import or warehouse</source>
        <translation>policy, check, list, register, show, approve, refuse, label, receive, grade, settle, import oder warehouse</translation>
    </message>
    <message>
        <source>returns warehouse: say which, e.g. DE.</source>
        <translation>returns warehouse: Geben Sie an, welches, z. B. DE.</translation>
    </message>
    <message>
        <source>Writes a report over a period as CSV, an Excel workbook or a PDF, without a display (for scheduled runs). Exit code 0 when the file was written, 1 when it could not be, 2 for a mistake in the options.

Reports:
  operations  Volume, on-time rate, transit times by carrier and lane, first-attempt deliveries, exceptions, problem cases, contacts, returns, apologies and vouchers, a carrier scorecard, customer ratings and sustainability.</source>
        <translation>Schreibt einen Bericht über einen Zeitraum als CSV, Excel-Arbeitsmappe oder PDF, ohne Bildschirm (für geplante Läufe). Exit-Code 0, wenn die Datei geschrieben wurde, 1, wenn nicht, 2 bei einem Fehler in den Optionen.

Berichte:
  operations  Menge, Pünktlichkeit, Laufzeiten nach Versanddienstleister und Relation, Zustellung beim ersten Versuch, Ausnahmen, Problemfälle, Kontakte, Rücksendungen, Entschuldigungen und Gutscheine, ein Vergleich der Versanddienstleister, Kundenbewertungen und Nachhaltigkeit.</translation>
    </message>
    <message>
        <source>The report: operations.</source>
        <translation>Der Bericht: operations.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD (UTC).</source>
        <translation>Erster Tag des Zeitraums, JJJJ-MM-TT (UTC).</translation>
    </message>
    <message>
        <source>Last day of the period, YYYY-MM-DD (UTC), included.</source>
        <translation>Letzter Tag des Zeitraums, JJJJ-MM-TT (UTC), eingeschlossen.</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf (default: from the file name&apos;s extension).</source>
        <translation>csv, xlsx oder pdf (Standard: nach der Endung des Dateinamens).</translation>
    </message>
    <message>
        <source>The file to write; replaced if it exists.</source>
        <translation>Die zu schreibende Datei; eine vorhandene wird ersetzt.</translation>
    </message>
    <message>
        <source>Only these carriers (repeat the option or separate with commas), e.g. dhl,ups.</source>
        <translation>Nur diese Versanddienstleister (Option wiederholen oder mit Kommas trennen), z. B. dhl,ups.</translation>
    </message>
    <message>
        <source>Only parcels to this country (code), e.g. DE.</source>
        <translation>Nur Pakete in dieses Land (Code), z. B. DE.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en or de (default: the system&apos;s).</source>
        <translation>Die Sprache des Berichts: en oder de (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>CSV: start with a byte-order mark, so that Excel reads UTF-8.</source>
        <translation>CSV: mit einer Byte-Order-Markierung beginnen, damit Excel UTF-8 liest.</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>--%1 wird benötigt.</translation>
    </message>
    <message>
        <source>--report: &quot;%1&quot; is not a report; the reports are: %2.</source>
        <translation>--report: „%1“ ist kein Bericht; die Berichte sind: %2.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a day; write YYYY-MM-DD.</source>
        <translation>--from: „%1“ ist kein Tag; schreiben Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a day; write YYYY-MM-DD.</source>
        <translation>--to: „%1“ ist kein Tag; schreiben Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation>--to: %1 liegt vor --from %2.</translation>
    </message>
    <message>
        <source>--destination: &quot;%1&quot; is not a country code such as DE.</source>
        <translation>--destination: „%1“ ist kein Ländercode wie DE.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv, xlsx or pdf.</source>
        <translation>--format: „%1“ ist weder csv, xlsx noch pdf.</translation>
    </message>
    <message>
        <source>--format is needed: the file name %1 does not end in .csv, .xlsx or .pdf.</source>
        <translation>--format wird benötigt: Der Dateiname %1 endet nicht auf .csv, .xlsx oder .pdf.</translation>
    </message>
    <message>
        <source>--separator: &quot;%1&quot; is neither &apos;,&apos; nor &apos;;&apos;.</source>
        <translation>--separator: „%1“ ist weder &apos;,&apos; noch &apos;;&apos;.</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is neither en nor de.</source>
        <translation>--language: „%1“ ist weder en noch de.</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Bericht wird erstellt</translation>
    </message>
    <message>
        <source>Wrote the %1 for %2 to %3 (%4) in %5 s.</source>
        <translation>%1 für %2 nach %3 geschrieben (%4) in %5 s.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>import profile: say list, show NAME, delete NAME or save NAME.</source>
        <translation>import profile: Geben Sie list, show NAME, delete NAME oder save NAME an.</translation>
    </message>
    <message>
        <source>import profile %1: give the profile&apos;s name.</source>
        <translation>import profile %1: Geben Sie den Namen des Profils an.</translation>
    </message>
    <message>
        <source>Deleted the import profile %1.</source>
        <translation>Das Importprofil %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>--kind: say %1, not &quot;%2&quot;.</source>
        <translation>--kind: Geben Sie %1 an, nicht „%2“.</translation>
    </message>
    <message>
        <source>import profile save: give a --map field=Column for each field the file has.</source>
        <translation>import profile save: Geben Sie für jedes Feld der Datei ein --map Feld=Spalte an.</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not field=Column, e.g. order=Order No.</source>
        <translation>--map: „%1“ hat nicht die Form Feld=Spalte, z. B. order=Order No.</translation>
    </message>
    <message>
        <source>--decimal-separator: say . or , not &quot;%1&quot;.</source>
        <translation>--decimal-separator: Geben Sie . oder , an, nicht „%1“.</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>Saved the import profile %1 for %2.</source>
        <translation>Das Importprofil %1 für %2 wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 orders with %2 lines (%3 new customers), %4 shipments, %5 feedback</source>
        <translation>%1 Bestellungen mit %2 Positionen (%3 neue Kunden), %4 Sendungen, %5 Kundenbewertungen</translation>
    </message>
    <message>
        <source>%1 rows read; already there: %2; cancelled orders left out: %3; bad rows: %4; rows left out with them: %5.</source>
        <translation>%1 Zeilen gelesen; bereits vorhanden: %2; stornierte Bestellungen ausgelassen: %3; fehlerhafte Zeilen: %4; mit ihnen ausgelassene Zeilen: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are bad; --skip-bad imports the rest. %1</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile ist fehlerhaft; --skip-bad importiert den Rest. %1</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen sind fehlerhaft; --skip-bad importiert den Rest. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was written: would import %1. %2</source>
        <translation>Probelauf, nichts wurde geschrieben: Importiert würden %1. %2</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Importiert: %1. %2</translation>
    </message>
    <message>
        <source>Imports orders, shipments and customer feedback from CSV (Shopify&apos;s order export is recognised) or JSON lines (README, &quot;Importing orders, shipments and feedback&quot;).
  orders|shipments|feedback FILE   import a file; nothing is imported when a row is
                 bad, unless --skip-bad; exit code 0 only when every row was
                 imported (or was already there)
  profile list   the saved column mappings
  profile show NAME / profile delete NAME
  profile save NAME --kind KIND --map field=Column [--map ...]
                 [--date-format FORMAT] [--decimal-separator ,]</source>
        <translation>Importiert Bestellungen, Sendungen und Kundenbewertungen aus CSV (Shopifys Bestellexport wird erkannt) oder JSON-Zeilen (README, „Importing orders, shipments and feedback“).
  orders|shipments|feedback FILE   eine Datei importieren; bei einer fehlerhaften
                 Zeile wird nichts importiert, außer mit --skip-bad; Exit-Code 0
                 nur, wenn jede Zeile importiert wurde (oder bereits vorhanden war)
  profile list   die gespeicherten Spaltenzuordnungen
  profile show NAME / profile delete NAME
  profile save NAME --kind KIND --map Feld=Spalte [--map ...]
                 [--date-format FORMAT] [--decimal-separator ,]</translation>
    </message>
    <message>
        <source>The saved column mapping to read the file with (shopify: Shopify&apos;s order export; default: proposed from the header).</source>
        <translation>Die gespeicherte Spaltenzuordnung, mit der die Datei gelesen wird (shopify: Shopifys Bestellexport; Vorgabe: aus der Kopfzeile vorgeschlagen).</translation>
    </message>
    <message>
        <source>Import everything but the bad rows (and their orders&apos; other rows).</source>
        <translation>Alles außer den fehlerhaften Zeilen importieren (und den übrigen Zeilen ihrer Bestellungen).</translation>
    </message>
    <message>
        <source>Check and count everything, write nothing.</source>
        <translation>Alles prüfen und zählen, nichts schreiben.</translation>
    </message>
    <message>
        <source>csv or jsonl (default: jsonl for .jsonl and .ndjson files, else csv).</source>
        <translation>csv oder jsonl (Vorgabe: jsonl für .jsonl- und .ndjson-Dateien, sonst csv).</translation>
    </message>
    <message>
        <source>profile save: what the files hold: orders, shipments or feedback.</source>
        <translation>profile save: was die Dateien enthalten: orders, shipments oder feedback.</translation>
    </message>
    <message>
        <source>profile save: field=Column; repeat for each field, twice for a fallback column.</source>
        <translation>profile save: Feld=Spalte; für jedes Feld wiederholen, zweimal für eine Ersatzspalte.</translation>
    </message>
    <message>
        <source>profile save: how the file writes times, e.g. dd.MM.yyyy HH:mm (default: ISO 8601).</source>
        <translation>profile save: wie die Datei Zeitangaben schreibt, z. B. dd.MM.yyyy HH:mm (Vorgabe: ISO 8601).</translation>
    </message>
    <message>
        <source>profile save: . or , in amounts.</source>
        <translation>profile save: . oder , in Beträgen.</translation>
    </message>
    <message>
        <source>orders, shipments, feedback or profile</source>
        <translation>orders, shipments, feedback oder profile</translation>
    </message>
    <message>
        <source>import: say %1 or profile.</source>
        <translation>import: Geben Sie %1 oder profile an.</translation>
    </message>
    <message>
        <source>import: --db FILE is required.</source>
        <translation>import: --db DATEI ist nötig.</translation>
    </message>
    <message>
        <source>import %1: give exactly one FILE.</source>
        <translation>import %1: Geben Sie genau eine DATEI an.</translation>
    </message>
    <message>
        <source>--format: say csv or jsonl, not &quot;%1&quot;.</source>
        <translation>--format: Geben Sie csv oder jsonl an, nicht „%1“.</translation>
    </message>
    <message>
        <source>--profile: %1 maps %2, not %3.</source>
        <translation>--profile: %1 ist eine Zuordnung für %2, nicht für %3.</translation>
    </message>
    <message>
        <source>CSV: the field separator, &apos;,&apos; (default) or &apos;;&apos; (then numbers get a decimal comma, as spreadsheets expect where &apos;;&apos; separates fields).</source>
        <translation>CSV: das Feldtrennzeichen, &apos;,&apos; (Standard) oder &apos;;&apos; (dann mit Dezimalkomma, wie es Tabellenkalkulationen erwarten, wenn &apos;;&apos; die Felder trennt).</translation>
    </message>
    <message>
        <source>--carrier: &quot;%1&quot; is not a carrier ParcelDesk tracks; the carriers are: %2.</source>
        <translation>--carrier: „%1“ ist kein Versanddienstleister, den ParcelDesk verfolgt; die Versanddienstleister sind: %2.</translation>
    </message>
    <message>
        <source>The ParcelDesk database: a file, or a team&apos;s PostgreSQL database as postgresql://user@host:port/dbname (the password comes from the keychain or PGPASSFILE, never from the command line).</source>
        <translation>Die ParcelDesk-Datenbank: eine Datei oder die PostgreSQL-Datenbank eines Teams als postgresql://benutzer@host:port/dbname (das Passwort kommt aus dem Schlüsselbund oder aus PGPASSFILE, nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>demo-seed: no temporary folder for the demo file.</source>
        <translation>demo-seed: kein temporärer Ordner für die Demo-Datei.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies a ParcelDesk file into a team&apos;s PostgreSQL database, in one transaction: either everything arrives or nothing does. The database is migrated first; it must be empty unless --replace is given.</source>
        <translation>Kopiert eine ParcelDesk-Datei in die PostgreSQL-Datenbank eines Teams, in einer Transaktion: Entweder kommt alles an oder nichts. Die Datenbank wird zuerst migriert; sie muss leer sein, außer mit --replace.</translation>
    </message>
    <message>
        <source>The PostgreSQL database: postgresql://user@host:port/dbname.</source>
        <translation>Die PostgreSQL-Datenbank: postgresql://benutzer@host:port/dbname.</translation>
    </message>
    <message>
        <source>Empty the PostgreSQL database first (everything in it is lost).</source>
        <translation>Die PostgreSQL-Datenbank zuerst leeren (alles darin geht verloren).</translation>
    </message>
    <message>
        <source>copy: --db FILE and --to URL are required.</source>
        <translation>copy: --db DATEI und --to URL sind erforderlich.</translation>
    </message>
    <message>
        <source>copy: --db must be a ParcelDesk file, not a server.</source>
        <translation>copy: --db muss eine ParcelDesk-Datei sein, kein Server.</translation>
    </message>
    <message>
        <source>copy: --to must be a PostgreSQL database such as postgresql://user@host:5432/parceldesk, not &quot;%1&quot;.</source>
        <translation>copy: --to muss eine PostgreSQL-Datenbank sein, etwa postgresql://benutzer@host:5432/parceldesk, nicht „%1“.</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 in %5 s.</source>
        <translation>%1 Zeilen in %2 Tabellen von %3 nach %4 in %5 s kopiert.</translation>
    </message>
    <message>
        <source>Keeps the password of a team&apos;s PostgreSQL database in the system keychain, where the console and parceldeskctl find it. The password is read from standard input, never from the command line. A poller without a keychain uses PGPASSFILE instead.</source>
        <translation>Legt das Passwort der PostgreSQL-Datenbank eines Teams im Schlüsselbund des Systems ab, wo Konsole und parceldeskctl es finden. Das Passwort wird von der Standardeingabe gelesen, nie von der Befehlszeile. Ein Poller ohne Schlüsselbund nutzt stattdessen PGPASSFILE.</translation>
    </message>
    <message>
        <source>Remove the kept password instead.</source>
        <translation>Stattdessen das abgelegte Passwort entfernen.</translation>
    </message>
    <message>
        <source>password: --db postgresql://user@host:port/dbname is required.</source>
        <translation>password: --db postgresql://benutzer@host:port/dbname ist erforderlich.</translation>
    </message>
    <message>
        <source>Forgot the password for %1.</source>
        <translation>Das Passwort für %1 ist entfernt.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>password: no password given; nothing was kept.</source>
        <translation>password: kein Passwort angegeben; nichts wurde abgelegt.</translation>
    </message>
    <message>
        <source>Kept the password for %1 in the keychain.</source>
        <translation>Das Passwort für %1 liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Watches a team&apos;s database as a console does, without a window: prints what other consoles and pollers change as the news arrives, reads the Overview&apos;s figures again each time, and at the end how late the news was. Stops after --seconds or on Ctrl+C.</source>
        <translation>Beobachtet die Datenbank eines Teams wie eine Konsole, ohne Fenster: zeigt, was andere Konsolen und Poller ändern, sobald die Nachricht eintrifft, liest jedes Mal die Kennzahlen der Übersicht neu und am Ende, wie spät die Nachrichten kamen. Endet nach --seconds oder mit Strg+C.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until stopped).</source>
        <translation>Nach so vielen Sekunden enden (Vorgabe: bis zum Anhalten laufen).</translation>
    </message>
    <message>
        <source>Print one JSON object per change and one at the end, for scripts.</source>
        <translation>Ein JSON-Objekt je Änderung und eines am Ende ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>watch: --db postgresql://user@host:port/dbname is required: only a team&apos;s database has others writing to it.</source>
        <translation>watch: --db postgresql://benutzer@host:port/dbname ist erforderlich: Nur in die Datenbank eines Teams schreiben auch andere.</translation>
    </message>
    <message>
        <source>watch: --seconds must be a whole number, not &quot;%1&quot;.</source>
        <translation>watch: --seconds muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Connection to %1 lost (%2); reconnecting…</source>
        <translation>Verbindung zu %1 verloren (%2); verbinde neu …</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 yet (%2); trying again.</source>
        <translation>Kann %1 noch nicht zuhören (%2); versuche es weiter.</translation>
    </message>
    <message>
        <source>%1 notifications, %2 refreshes (%3 failed), news after p50 %4 ms, p95 %5 ms, at most %6 ms.</source>
        <translation>%1 Benachrichtigungen, %2 Aktualisierungen (%3 fehlgeschlagen), Nachrichten nach p50 %4 ms, p95 %5 ms, höchstens %6 ms.</translation>
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
  apologies   Proactive apologies: candidates, drafts, approval, guardrails
  returns     The return policy, and what it says about an order
  eval-returns
              Backtest the returns inflow forecast over the last weeks
  consent     A customer&apos;s consent to proactive messages, per channel
  templates   List, show, edit or reset the message templates, preview one with an
              order&apos;s data
  vouchers    Import voucher codes, list them, show or set the monthly budget
  import      Import orders (Shopify&apos;s export or any CSV), shipments and customer
              feedback from CSV or JSON lines; save column mappings as profiles
  purge       Erase a person&apos;s data everywhere (GDPR), or that of customers whose
              last order is older than the retention period
  export-customer
              Write everything held about a person as JSON (GDPR)
  privacy     Show or set the retention period for personal data
  export      Write a report over a period as CSV, XLSX or PDF (no display needed)
  copy        Copy a ParcelDesk file into a team&apos;s PostgreSQL database
  password    Keep a team database&apos;s password in the keychain
  team        Team roles on a PostgreSQL database: set up, add or remove a user,
              show the connected user&apos;s role
  watch       Follow what others change in a team&apos;s database, as a console does

Commands that use a database take --db FILE, or --db postgresql://user@host:port/dbname for a team&apos;s database. Run parceldeskctl &lt;command&gt; --help for its options.</source>
        <translation>Aufruf: parceldeskctl &lt;Befehl&gt; [Optionen]

Befehle:
  demo-seed   Eine Demo-Datenbank mit erzeugten Sendungen anlegen
  info        Schemaversion und Inhalt einer Datenbank zeigen
  parse       Die Sendungsauskunft eines Versanddienstleisters aus einer Datei
              lesen und als JSON-Zeilen ausgeben
  recognize   Sagen, zu welchen Versanddienstleistern eine Sendungsnummer
              gehören kann
  sandbox     Die Sandbox starten: simulierte APIs der Versanddienstleister auf
              Loopback
  carriers    Konten der Versanddienstleister und ihre Zugangsdaten auflisten,
              einrichten und testen
  poll        Die Versanddienstleister nach jeder fälligen Sendung fragen
              (--once oder --daemon)
  eval-eta    Die Vorhersage des Zustelldatums an echten Bestellungen messen
              (Olist)
  cases       Problemfälle nach den Regeln eröffnen oder eine Regel an
              vergangenen Tagen erproben
  contacts    Den Kontakt eines Kunden zu einem Paket erfassen, die Kontakte zu
              einem Paket auflisten
  delivery-options
              Auflisten, was der Versanddienstleister an der Zustellung eines
              Pakets ändern lässt, den Wunsch eines Kunden nach einer dieser
              Änderungen erfassen
  wismo       Die Bestellung eines Kunden wie der WISMO-Schalter finden, die
              Antwort ausgeben
  outbox      Die fälligen Nachrichten an Kunden senden, den Postausgang auflisten
  apologies   Proaktive Entschuldigungen: Kandidaten, Entwürfe, Freigabe,
              Leitplanken
  returns     Die Rückgaberichtlinie, und was sie zu einer Bestellung sagt
  eval-returns
              Die Vorhersage des Retourenzulaufs über die letzten Wochen rückblickend prüfen
  consent     Die Einwilligung eines Kunden in proaktive Nachrichten, je Kanal
  templates   Die Nachrichtenvorlagen auflisten, zeigen, bearbeiten oder
              zurücksetzen, eine mit den Daten einer Bestellung in der Vorschau
              zeigen
  vouchers    Gutscheincodes importieren und auflisten, das Monatsbudget zeigen
              oder festlegen
  import      Bestellungen (Shopifys Export oder beliebige CSV), Sendungen und
              Kundenbewertungen aus CSV oder JSON-Zeilen importieren;
              Spaltenzuordnungen als Profile speichern
  purge       Die Daten einer Person überall löschen (DSGVO), oder die der
              Kunden, deren letzte Bestellung älter als die Aufbewahrungsfrist ist
  export-customer
              Alles, was über eine Person gespeichert ist, als JSON schreiben
              (DSGVO)
  privacy     Die Aufbewahrungsfrist für personenbezogene Daten zeigen oder
              festlegen
  export      Einen Bericht über einen Zeitraum als CSV, XLSX oder PDF schreiben
              (ohne Bildschirm)
  copy        Eine ParcelDesk-Datei in die PostgreSQL-Datenbank eines Teams kopieren
  password    Das Passwort einer Team-Datenbank im Schlüsselbund ablegen
  team        Team-Rollen in einer PostgreSQL-Datenbank: einrichten, einen Benutzer
              hinzufügen oder entfernen, die Rolle des verbundenen Benutzers zeigen
  watch       Verfolgen, was andere in der Datenbank eines Teams ändern, wie eine
              Konsole

Befehle, die eine Datenbank nutzen, nehmen --db DATEI oder, für die Datenbank eines Teams, --db postgresql://benutzer@host:port/dbname. parceldeskctl &lt;Befehl&gt; --help zeigt ihre Optionen.</translation>
    </message>
    <message>
        <source>watch: reading the Overview failed: %1</source>
        <translation>watch: Das Lesen der Übersicht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1  %2 (news after %3 ms)</source>
        <translation>%1  %2 (Nachricht nach %3 ms)</translation>
    </message>
    <message>
        <source>The roles of a team&apos;s PostgreSQL database: agent (the WISMO desk), logistics (operations) and supervisor (everything). The console offers each person what their role may do, and the database refuses the rest.
  setup         make the group roles and grant them what they may do; run it as the
                database&apos;s owner after creating the database (an upgrade by its
                owner runs it again by itself; making the roles the first time
                needs CREATEROLE or a superuser)
  add-user      a login for a person in a role (an existing login changes role)
  remove-user   take a login out of the team and drop it
  whoami        the connected user&apos;s role and what it may do</source>
        <translation>Die Rollen der PostgreSQL-Datenbank eines Teams: Kundenservice (agent, der WISMO-Schalter), Logistik (logistics, der Betrieb) und Leitung (supervisor, alles). Die Konsole bietet jeder Person an, was ihre Rolle darf, und die Datenbank verweigert den Rest.
  setup         die Gruppenrollen anlegen und ihnen erteilen, was sie dürfen; als
                Eigentümer der Datenbank ausführen, nach dem Anlegen der Datenbank
                (eine Aktualisierung durch den Eigentümer führt es selbst erneut
                aus; das erste Anlegen der Rollen braucht CREATEROLE oder einen
                Superuser)
  add-user      ein Anmeldename für eine Person in einer Rolle (ein bestehender
                Anmeldename wechselt die Rolle)
  remove-user   einen Anmeldenamen aus dem Team nehmen und löschen
  whoami        die Rolle des verbundenen Benutzers und was sie darf</translation>
    </message>
    <message>
        <source>add-user, remove-user: the login.</source>
        <translation>add-user, remove-user: der Anmeldename.</translation>
    </message>
    <message>
        <source>add-user: agent, logistics or supervisor.</source>
        <translation>add-user: agent, logistics oder supervisor.</translation>
    </message>
    <message>
        <source>add-user: read the login&apos;s password from standard input (the server keeps only a hash of it). Without it the login has no password until one is set.</source>
        <translation>add-user: das Passwort des Anmeldenamens von der Standardeingabe lesen (der Server speichert nur einen Hash davon). Ohne diese Option hat der Anmeldename kein Passwort, bis eines gesetzt wird.</translation>
    </message>
    <message>
        <source>setup, add-user, remove-user or whoami</source>
        <translation>setup, add-user, remove-user oder whoami</translation>
    </message>
    <message>
        <source>team: say setup, add-user, remove-user or whoami.</source>
        <translation>team: Geben Sie setup, add-user, remove-user oder whoami an.</translation>
    </message>
    <message>
        <source>team %1: --db postgresql://user@host:port/dbname is required.</source>
        <translation>team %1: --db postgresql://benutzer@host:port/dbname ist erforderlich.</translation>
    </message>
    <message>
        <source>team %1: roles belong to a team&apos;s PostgreSQL database; give it as --db postgresql://user@host:port/dbname.</source>
        <translation>team %1: Rollen gehören zur PostgreSQL-Datenbank eines Teams; geben Sie sie als --db postgresql://benutzer@host:port/dbname an.</translation>
    </message>
    <message>
        <source>team %1: --login NAME is required.</source>
        <translation>team %1: --login NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>team add-user: --role must be agent, logistics or supervisor, not &quot;%1&quot;.</source>
        <translation>team add-user: --role muss agent, logistics oder supervisor sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>team %1: &quot;%2&quot; cannot be a login: use lower-case letters, digits and _, starting with a letter or _, at most 63 characters, not beginning with pg_.</source>
        <translation>team %1: „%2“ kann kein Anmeldename sein: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben oder _, höchstens 63 Zeichen, nicht mit pg_ am Anfang.</translation>
    </message>
    <message>
        <source>team add-user: no password given; nothing was changed.</source>
        <translation>team add-user: kein Passwort angegeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The team roles of %1 are set up: %2, %3 and %4.</source>
        <translation>Die Team-Rollen von %1 sind eingerichtet: %2, %3 und %4.</translation>
    </message>
    <message>
        <source>Added the login %1 as %2.</source>
        <translation>Anmeldename %1 mit der Rolle %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>The login %1 is now %2.</source>
        <translation>Der Anmeldename %1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Set the password for %1.</source>
        <translation>Das Passwort für %1 ist gesetzt.</translation>
    </message>
    <message>
        <source>%1 has no password yet: run this again with --password-stdin, or let the server&apos;s administrator set one (psql: \password %1).</source>
        <translation>%1 hat noch kein Passwort: Führen Sie den Befehl noch einmal mit --password-stdin aus, oder lassen Sie die Administration des Servers eines setzen (psql: \password %1).</translation>
    </message>
    <message>
        <source>Removed the login %1.</source>
        <translation>Anmeldename %1 entfernt.</translation>
    </message>
    <message>
        <source>%1 is out of the team, but the login stays: it owns objects or holds privileges elsewhere on the server.</source>
        <translation>%1 gehört nicht mehr zum Team, aber der Anmeldename bleibt: Ihm gehören Objekte oder er hat Rechte an anderer Stelle auf dem Server.</translation>
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
        <source>May:</source>
        <translation>Darf:</translation>
    </message>
    <message>
        <source>May not:</source>
        <translation>Darf nicht:</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CustomerPrivacy</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message numerus="yes">
        <source>%n customer record(s)</source>
        <translation>
            <numerusform>%n Kundendatensatz</numerusform>
            <numerusform>%n Kundendatensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s) naming them</source>
        <translation>
            <numerusform>%n Sendungsereignis, das die Person nennt</numerusform>
            <numerusform>%n Sendungsereignisse, die die Person nennen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n Retoure</numerusform>
            <numerusform>%n Retouren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem case(s)</source>
        <translation>
            <numerusform>%n Problemfall</numerusform>
            <numerusform>%n Problemfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery change(s)</source>
        <translation>
            <numerusform>%n Zustelländerung</numerusform>
            <numerusform>%n Zustelländerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n Audit-Eintrag</numerusform>
            <numerusform>%n Audit-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the customer&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden an.</translation>
    </message>
    <message>
        <source>Cannot look for %1: %2</source>
        <translation>Nach %1 kann nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>No customer has the e-mail address &quot;%1&quot;.</source>
        <translation>Kein Kunde hat die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>Cannot read customer %1: %2</source>
        <translation>Kunde %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>Say whose data to erase.</source>
        <translation>Geben Sie an, wessen Daten gelöscht werden sollen.</translation>
    </message>
    <message>
        <source>Cannot read what is held about the customer: %1</source>
        <translation>Was über den Kunden gespeichert ist, kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Some of these customers are not in the database.</source>
        <translation>Einige dieser Kunden sind nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>actor: who erases the data is needed.</source>
        <translation>actor: Wer die Daten löscht, muss angegeben werden.</translation>
    </message>
    <message>
        <source>Cannot erase the customer&apos;s data: %1</source>
        <translation>Die Daten des Kunden können nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The reason holds the customer&apos;s %1; say it without personal data (for example: &quot;request by e-mail of 3 May&quot;).</source>
        <translation>Der Grund enthält personenbezogene Daten des Kunden (%1); formulieren Sie ihn ohne personenbezogene Daten (zum Beispiel: „Anfrage per E-Mail vom 3. Mai“).</translation>
    </message>
    <message>
        <source>The customer&apos;s data is erased, but the file could not be rewritten yet (%1); old bytes stay in it until the next erasure or a VACUUM.</source>
        <translation>Die Daten des Kunden sind gelöscht, aber die Datei konnte noch nicht neu geschrieben werden (%1); alte Bytes bleiben darin bis zur nächsten Löschung oder einem VACUUM.</translation>
    </message>
    <message>
        <source>Say whose data to export.</source>
        <translation>Geben Sie an, wessen Daten exportiert werden sollen.</translation>
    </message>
    <message>
        <source>actor: who exports the data is needed.</source>
        <translation>actor: Wer die Daten exportiert, muss angegeben werden.</translation>
    </message>
    <message>
        <source>Cannot export the customer&apos;s data: %1</source>
        <translation>Die Daten des Kunden können nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the customers due for erasure: %1</source>
        <translation>Die zur Löschung fälligen Kunden können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>The retention period must be 1 to %1 days, not %2.</source>
        <translation>Die Aufbewahrungsfrist muss 1 bis %1 Tage betragen, nicht %2.</translation>
    </message>
    <message>
        <source>Cannot find the customers due for erasure: %1</source>
        <translation>Die zur Löschung fälligen Kunden können nicht gefunden werden: %1</translation>
    </message>
    <message>
        <source>Cannot erase old personal data: %1</source>
        <translation>Alte personenbezogene Daten können nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot erase old personal data after %n customer(s): %1</source>
        <translation>
            <numerusform>Nach %n Kunden können keine alten personenbezogenen Daten mehr gelöscht werden: %1</numerusform>
            <numerusform>Nach %n Kunden können keine alten personenbezogenen Daten mehr gelöscht werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased, but the file could not be rewritten yet (%1); old bytes stay in it until the next erasure or a VACUUM.</source>
        <translation>
            <numerusform>%n Kunde gelöscht, aber die Datei konnte noch nicht neu geschrieben werden (%1); alte Bytes bleiben darin bis zur nächsten Löschung oder einem VACUUM.</numerusform>
            <numerusform>%n Kunden gelöscht, aber die Datei konnte noch nicht neu geschrieben werden (%1); alte Bytes bleiben darin bis zur nächsten Löschung oder einem VACUUM.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Die Einstellung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The setting %1 holds &quot;%2&quot;, not a number of days.</source>
        <translation>Die Einstellung %1 enthält „%2“, keine Zahl von Tagen.</translation>
    </message>
    <message>
        <source>The retention period must be 0 (off) to %1 days, not %2.</source>
        <translation>Die Aufbewahrungsfrist muss 0 (aus) bis %1 Tage betragen, nicht %2.</translation>
    </message>
    <message>
        <source>Cannot save the retention period: %1</source>
        <translation>Die Aufbewahrungsfrist kann nicht gespeichert werden: %1</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>soon</source>
        <translation>in Kürze</translation>
    </message>
    <message>
        <source>You can send it back until %1. We will send you a return label.</source>
        <translation>Sie können den Artikel bis %1 zurücksenden. Wir schicken Ihnen ein Rücksendeetikett.</translation>
    </message>
    <message>
        <source>You can send it back until %1. We will check your return and send you a label within one working day.</source>
        <translation>Sie können den Artikel bis %1 zurücksenden. Wir prüfen Ihre Rücksendung und schicken Ihnen innerhalb eines Werktags ein Etikett.</translation>
    </message>
    <message>
        <source>Please keep the item: you will get your money back without sending it to us.</source>
        <translation>Bitte behalten Sie den Artikel: Sie erhalten Ihr Geld zurück, ohne ihn uns zu schicken.</translation>
    </message>
    <message>
        <source>Sorry, items of this kind cannot be returned for reasons of hygiene or safety.</source>
        <translation>Leider können Artikel dieser Art aus Gründen der Hygiene oder Sicherheit nicht zurückgegeben werden.</translation>
    </message>
    <message>
        <source>The order has not been delivered yet; a return is possible once it has arrived.</source>
        <translation>Die Bestellung ist noch nicht zugestellt; eine Rücksendung ist möglich, sobald sie angekommen ist.</translation>
    </message>
    <message>
        <source>Sorry, the time to return this item ended on %1.</source>
        <translation>Leider endete die Frist für die Rücksendung dieses Artikels am %1.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>return label: the sender</comment>
        <translation>Absender</translation>
    </message>
    <message>
        <source>To</source>
        <comment>return label: the receiver</comment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Order</source>
        <comment>return label: order number</comment>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>return label: the day it was made</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Rücksendeetikett</translation>
    </message>
    <message>
        <source>Show this code at the drop-off point — no printing needed</source>
        <translation>Zeigen Sie diesen Code an der Annahmestelle vor — kein Ausdruck nötig</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Return number</source>
        <translation>Rücksendenummer</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weiterer Artikel</numerusform>
            <numerusform>+ %n weitere Artikel</numerusform>
        </translation>
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
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host:port/database.</source>
        <translation>%1 ist keine PostgreSQL-Adresse: Schreiben Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Leave the password out of %1: ParcelDesk takes it from the keychain or from the password file (PGPASSFILE), never from the command line.</source>
        <translation>Lassen Sie das Passwort aus %1 weg: ParcelDesk nimmt es aus dem Schlüsselbund oder aus der Passwortdatei (PGPASSFILE), nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://user@host:port/database.</source>
        <translation>%1 nennt keine Datenbank: Schreiben Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>%1: the setting %2 is not one ParcelDesk passes to PostgreSQL.</source>
        <translation>%1: Die Einstellung %2 gibt ParcelDesk nicht an PostgreSQL weiter.</translation>
    </message>
    <message>
        <source>%1: the setting %2 has no usable value.</source>
        <translation>%1: Die Einstellung %2 hat keinen brauchbaren Wert.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2 (%3)</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2 (%3)</translation>
    </message>
    <message>
        <source>the schema lock</source>
        <translation>die Sperre des Schemas</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this ParcelDesk understands versions up to %3. Open it with a newer ParcelDesk; the database was left unchanged.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses ParcelDesk versteht Versionen bis %3. Öffnen Sie sie mit einem neueren ParcelDesk; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>listing its tables</source>
        <translation>das Auflisten ihrer Tabellen</translation>
    </message>
    <message>
        <source>%1 is not a ParcelDesk database: it holds tables (%2) but no ParcelDesk schema version. The database was left unchanged.</source>
        <translation>%1 ist keine ParcelDesk-Datenbank: Sie enthält Tabellen (%2), aber keine ParcelDesk-Schemaversion. Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation>Migration %1 (%2)</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>das Speichern der Schemaversion</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1 (%2). If the login is new, an administrator gives it a role: parceldeskctl team add-user.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden (%2). Ist der Anmeldename neu, muss ihm die Administration eine Rolle geben: parceldeskctl team add-user.</translation>
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
    <name>ParcelDesk::DispositionRuleRepository</name>
    <message>
        <source>Cannot read the disposition rules: %1</source>
        <translation>Die Verwertungsregeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the disposition rules: %1</source>
        <translation>Die Verwertungsregeln können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::DispositionRules</name>
    <message>
        <source>Rule %1, grade: &quot;%2&quot; is not A, B, C or D.</source>
        <translation>Regel %1, Klasse: „%2“ ist nicht A, B, C oder D.</translation>
    </message>
    <message>
        <source>Rule %1, disposition: say where the items go.</source>
        <translation>Regel %1, Verwertung: Geben Sie an, wohin die Artikel gehen.</translation>
    </message>
    <message>
        <source>Rule %1, disposition: landfill is never a rule&apos;s answer; a person decides it with a reason.</source>
        <translation>Regel %1, Verwertung: Entsorgung ist nie das Ergebnis einer Regel; darüber entscheidet eine Person mit Begründung.</translation>
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
    <name>ParcelDesk::FirstRunPanel</name>
    <message>
        <source>No parcels yet</source>
        <translation>Noch keine Pakete</translation>
    </message>
    <message>
        <source>ParcelDesk fills up in one of three ways: connect a carrier account and add tracking numbers, import the orders and shipments your shop exports as CSV, or look around a demo database of 20,000 generated parcels first.</source>
        <translation>ParcelDesk füllt sich auf einem von drei Wegen: ein Konto bei einem Versanddienstleister verbinden und Sendungsnummern hinzufügen, die Bestellungen und Sendungen importieren, die Ihr Shop als CSV exportiert, oder sich zuerst in einer Demo-Datenbank mit 20.000 erzeugten Paketen umsehen.</translation>
    </message>
    <message>
        <source>Connect a carrier…</source>
        <translation>Versanddienstleister verbinden…</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>Bestellungen importieren…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Creates a separate demo database with generated parcels and opens it with a simulated carrier; your own database stays as it is.</source>
        <translation>Legt eine eigene Demo-Datenbank mit erzeugten Paketen an und öffnet sie mit einem simulierten Versanddienstleister; Ihre eigene Datenbank bleibt, wie sie ist.</translation>
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
    <name>ParcelDesk::ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source>Import shipments</source>
        <translation>Sendungen importieren</translation>
    </message>
    <message>
        <source>Import customer feedback</source>
        <translation>Kundenbewertungen importieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Checks every row of the file; nothing is imported yet.</source>
        <translation>Prüft jede Zeile der Datei; noch wird nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the &amp;rest</source>
        <translation>&amp;Rest importieren</translation>
    </message>
    <message>
        <source>Imports every row but the bad ones (and the other rows of an order with a bad row).</source>
        <translation>Importiert alle Zeilen außer den fehlerhaften (und den übrigen Zeilen einer Bestellung mit einer fehlerhaften Zeile).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A CSV file, or JSON lines (.jsonl, .ndjson)</source>
        <translation>Eine CSV-Datei oder JSON-Zeilen (.jsonl, .ndjson)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>Gespeicherte Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Proposed from the file&apos;s header</source>
        <translation>Aus der Kopfzeile der Datei vorgeschlagen</translation>
    </message>
    <message>
        <source>Shopify order export (built in)</source>
        <translation>Shopify-Bestellexport (integriert)</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>Als Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>Saves these columns, the date format and the decimal separator under a name, for the next file of this layout.</source>
        <translation>Speichert diese Spalten, das Datumsformat und das Dezimaltrennzeichen unter einem Namen für die nächste Datei mit diesem Aufbau.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Needed: the import cannot go on without a column for it.</source>
        <translation>Erforderlich: Ohne eine Spalte dafür kann der Import nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <comment>a field that must have a column</comment>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>* needed</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Empty for ISO 8601 (2026-11-20, 2026-11-20T14:30:00Z, 2026-11-20 14:30:00 +0100); else a Qt date format such as dd.MM.yyyy HH:mm.</source>
        <translation>Leer für ISO 8601 (2026-11-20, 2026-11-20T14:30:00Z, 2026-11-20 14:30:00 +0100); sonst ein Qt-Datumsformat wie dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Datu&amp;msformat:</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Point: 12.50</source>
        <translation>Punkt: 12.50</translation>
    </message>
    <message>
        <source>Comma: 12,50</source>
        <translation>Komma: 12,50</translation>
    </message>
    <message>
        <source>Decimal se&amp;parator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>Problems of the mapping</source>
        <translation>Probleme der Zuordnung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all problems</source>
        <translation>&amp;Alle Probleme kopieren</translation>
    </message>
    <message>
        <source>Or select rows and press %1.</source>
        <translation>Oder wählen Sie Zeilen aus und drücken Sie %1.</translation>
    </message>
    <message>
        <source>Orders added:</source>
        <translation>Hinzugefügte Bestellungen:</translation>
    </message>
    <message>
        <source>Line items added:</source>
        <translation>Hinzugefügte Positionen:</translation>
    </message>
    <message>
        <source>Customers added:</source>
        <translation>Hinzugefügte Kunden:</translation>
    </message>
    <message>
        <source>Shipments added:</source>
        <translation>Hinzugefügte Sendungen:</translation>
    </message>
    <message>
        <source>Ratings added:</source>
        <translation>Hinzugefügte Bewertungen:</translation>
    </message>
    <message>
        <source>Already there:</source>
        <translation>Bereits vorhanden:</translation>
    </message>
    <message>
        <source>Cancelled orders left out:</source>
        <translation>Ausgelassene stornierte Bestellungen:</translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message>
        <source>CSV or JSON lines (*.csv *.txt *.jsonl *.ndjson);;All files (*)</source>
        <translation>CSV oder JSON-Zeilen (*.csv *.txt *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Shopify order export recognised: its columns are read with the built-in mapping.</source>
        <translation>Shopify-Bestellexport erkannt: Seine Spalten werden mit der integrierten Zuordnung gelesen.</translation>
    </message>
    <message>
        <source>This is Shopify&apos;s order export, which holds orders: import it with File → Import → Orders.</source>
        <translation>Dies ist der Bestellexport von Shopify, der Bestellungen enthält: Importieren Sie ihn mit Datei → Importieren → Bestellungen.</translation>
    </message>
    <message>
        <source>JSON lines; the keys of its first lines are its columns. Its first lines:</source>
        <translation>JSON-Zeilen; die Schlüssel der ersten Zeilen sind die Spalten. Die ersten Zeilen:</translation>
    </message>
    <message numerus="yes">
        <source>CSV with %n column(s), separated by “%1”. Its first rows:</source>
        <translation>
            <numerusform>CSV mit %n Spalte, getrennt durch „%1“. Die ersten Zeilen:</numerusform>
            <numerusform>CSV mit %n Spalten, getrennt durch „%1“. Die ersten Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei aus.</translation>
    </message>
    <message>
        <source>The file cannot be read, or it has no columns.</source>
        <translation>Die Datei kann nicht gelesen werden oder hat keine Spalten.</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <comment>a field read from one or more columns</comment>
        <translation>%1 aus „%2“</translation>
    </message>
    <message>
        <source>This file lacks columns the profile reads: %1.</source>
        <translation>Dieser Datei fehlen Spalten, die das Profil liest: %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (when empty: “%2”)</source>
        <comment>a field&apos;s description and its fallback columns</comment>
        <translation>%1 (wenn leer: „%2“)</translation>
    </message>
    <message>
        <source>ISO 8601: 2026-11-20, 2026-11-20T14:30:00Z or 2026-11-20 14:30:00 +0100</source>
        <translation>ISO 8601: 2026-11-20, 2026-11-20T14:30:00Z oder 2026-11-20 14:30:00 +0100</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>“%1” reads as %2.</source>
        <translation>„%1“ wird als %2 gelesen.</translation>
    </message>
    <message>
        <source>“%1” does not match this format.</source>
        <translation>„%1“ entspricht nicht diesem Format.</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Name des Profils:</translation>
    </message>
    <message>
        <source>There is a profile “%1” already. Replace it?</source>
        <translation>Es gibt bereits ein Profil „%1“. Möchten Sie es ersetzen?</translation>
    </message>
    <message>
        <source>Saved as profile “%1”.</source>
        <translation>Als Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved as profile “%1”, but the profiles cannot be listed: %2</source>
        <translation>Als Profil „%1“ gespeichert, aber die Profile können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Jede Zeile von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The file changed after it was checked and has bad rows now; nothing was imported.</source>
        <translation>Die Datei wurde nach der Prüfung geändert und enthält jetzt fehlerhafte Zeilen; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n Zeile geprüft.</numerusform>
            <numerusform>%n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>Die Datei enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Alle Zeilen können importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are bad; every problem is listed below.</source>
        <translation>
            <numerusform>%n Zeile ist fehlerhaft; alle Probleme sind unten aufgeführt.</numerusform>
            <numerusform>%n Zeilen sind fehlerhaft; alle Probleme sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) are left out with their order.</source>
        <translation>
            <numerusform>%n weitere Zeile wird mit ihrer Bestellung ausgelassen.</numerusform>
            <numerusform>%n weitere Zeilen werden mit ihrer Bestellung ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the rest imports the other %n row(s); Cancel imports nothing.</source>
        <translation>
            <numerusform>„Rest importieren“ importiert die übrige %n Zeile; „Abbrechen“ importiert nichts.</numerusform>
            <numerusform>„Rest importieren“ importiert die übrigen %n Zeilen; „Abbrechen“ importiert nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Keine Zeile kann importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cancelled in the shop are left out.</source>
        <translation>
            <numerusform>%n im Shop stornierte Bestellung wird ausgelassen.</numerusform>
            <numerusform>%n im Shop stornierte Bestellungen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 without its bad rows and the rows left out with them.</source>
        <translation>%1 ohne die fehlerhaften Zeilen und die mit ihnen ausgelassenen Zeilen importiert.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ImportMapping</name>
    <message>
        <source>Order number, e.g. #1001</source>
        <translation>Bestellnummer, z. B. #1001</translation>
    </message>
    <message>
        <source>When the order was placed</source>
        <translation>Wann die Bestellung aufgegeben wurde</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Telefonnummer des Kunden</translation>
    </message>
    <message>
        <source>Customer&apos;s number in the shop</source>
        <translation>Kundennummer im Shop</translation>
    </message>
    <message>
        <source>Customer&apos;s language, e.g. de</source>
        <translation>Sprache des Kunden, z. B. de</translation>
    </message>
    <message>
        <source>Currency, e.g. EUR</source>
        <translation>Währung, z. B. EUR</translation>
    </message>
    <message>
        <source>Order total (default: the sum of its lines)</source>
        <translation>Bestellsumme (Vorgabe: die Summe ihrer Positionen)</translation>
    </message>
    <message>
        <source>Product category, e.g. fashion</source>
        <translation>Warengruppe, z. B. fashion</translation>
    </message>
    <message>
        <source>Shipping street</source>
        <translation>Lieferadresse: Straße</translation>
    </message>
    <message>
        <source>Shipping postcode</source>
        <translation>Lieferadresse: Postleitzahl</translation>
    </message>
    <message>
        <source>Shipping city</source>
        <translation>Lieferadresse: Ort</translation>
    </message>
    <message>
        <source>Shipping country code, e.g. DE</source>
        <translation>Lieferadresse: Ländercode, z. B. DE</translation>
    </message>
    <message>
        <source>Line item: SKU</source>
        <translation>Position: SKU</translation>
    </message>
    <message>
        <source>Line item: product name</source>
        <translation>Position: Produktname</translation>
    </message>
    <message>
        <source>Line item: quantity (default 1)</source>
        <translation>Position: Menge (Vorgabe 1)</translation>
    </message>
    <message>
        <source>Line item: price of one</source>
        <translation>Position: Stückpreis</translation>
    </message>
    <message>
        <source>When the order was cancelled (cancelled orders are left out)</source>
        <translation>Wann die Bestellung storniert wurde (stornierte Bestellungen werden ausgelassen)</translation>
    </message>
    <message>
        <source>Order number (the order must exist)</source>
        <translation>Bestellnummer (die Bestellung muss vorhanden sein)</translation>
    </message>
    <message>
        <source>Carrier, e.g. dhl</source>
        <translation>Versanddienstleister, z. B. dhl</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>When it was shipped</source>
        <translation>Wann die Sendung versandt wurde</translation>
    </message>
    <message>
        <source>Carrier&apos;s service, e.g. Paket</source>
        <translation>Dienst des Versanddienstleisters, z. B. Paket</translation>
    </message>
    <message>
        <source>Country it leaves from, e.g. DE</source>
        <translation>Abgangsland, z. B. DE</translation>
    </message>
    <message>
        <source>Destination country, e.g. AT</source>
        <translation>Zielland, z. B. AT</translation>
    </message>
    <message>
        <source>Destination postcode</source>
        <translation>Postleitzahl des Ziels</translation>
    </message>
    <message>
        <source>Delivery date promised to the customer</source>
        <translation>Dem Kunden zugesagtes Zustelldatum</translation>
    </message>
    <message>
        <source>Rating from 1 to 5</source>
        <translation>Bewertung von 1 bis 5</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Kommentar des Kunden</translation>
    </message>
    <message>
        <source>When the customer gave it</source>
        <translation>Wann der Kunde sie abgegeben hat</translation>
    </message>
    <message>
        <source>%1: no column is chosen for this field, and it is needed.</source>
        <translation>%1: Für dieses Feld ist keine Spalte gewählt, es wird aber benötigt.</translation>
    </message>
    <message>
        <source>%1: not a field of %2; they are %3.</source>
        <translation>%1: kein Feld von %2; die Felder sind %3.</translation>
    </message>
    <message>
        <source>decimal_separator: &quot;%1&quot; is neither . nor ,.</source>
        <translation>decimal_separator: „%1“ ist weder . noch ,.</translation>
    </message>
    <message>
        <source>%1: the column must be a name or a list of names.</source>
        <translation>%1: Die Spalte muss ein Name oder eine Liste von Namen sein.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ImportProfileStore</name>
    <message>
        <source>The import profile %1 is damaged.</source>
        <translation>Das Importprofil %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The import profile %1 is damaged: %2</source>
        <translation>Das Importprofil %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>An import profile needs a name.</source>
        <translation>Ein Importprofil braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is the built-in mapping of Shopify&apos;s order export; choose another name.</source>
        <translation>%1 ist die mitgelieferte Zuordnung für Shopifys Bestellexport; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The import profile %1 cannot be saved:
%2</source>
        <translation>Das Importprofil %1 kann nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Cannot save the import profile %1: %2</source>
        <translation>Das Importprofil %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the import profile %1: %2</source>
        <translation>Das Importprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no import profile %1.</source>
        <translation>Es gibt kein Importprofil %1.</translation>
    </message>
    <message>
        <source>Cannot read the import profiles: %1</source>
        <translation>Die Importprofile können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot delete the import profile %1: %2</source>
        <translation>Das Importprofil %1 kann nicht gelöscht werden: %2</translation>
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
        <translation>Rücksendungen</translation>
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
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Orders…</source>
        <translation>&amp;Bestellungen…</translation>
    </message>
    <message>
        <source>&amp;Shipments…</source>
        <translation>&amp;Sendungen…</translation>
    </message>
    <message>
        <source>Customer &amp;feedback…</source>
        <translation>&amp;Kundenbewertungen…</translation>
    </message>
    <message>
        <source>ParcelDesk</source>
        <translation>ParcelDesk</translation>
    </message>
    <message>
        <source>The console could not start again on %1; start it yourself, it opens that database from now on.</source>
        <translation>Die Konsole konnte nicht neu mit %1 starten; starten Sie sie selbst, sie öffnet ab jetzt diese Datenbank.</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Database…</source>
        <translation>Mit einer &amp;Team-Datenbank verbinden …</translation>
    </message>
    <message>
        <source>Use a Database &amp;File…</source>
        <translation>Eine Datenbank&amp;datei verwenden …</translation>
    </message>
    <message>
        <source>Use a Database File</source>
        <translation>Eine Datenbankdatei verwenden</translation>
    </message>
    <message>
        <source>ParcelDesk databases (*.sqlite)</source>
        <translation>ParcelDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Your role (%1) leaves polling to the team&apos;s pollers.</source>
        <translation>Ihre Rolle (%1) überlässt das Abfragen den Pollern des Teams.</translation>
    </message>
    <message>
        <source>Team database: %1, as %2 (%3)</source>
        <translation>Team-Datenbank: %1, als %2 (%3)</translation>
    </message>
    <message>
        <source>Connection to %1 lost, reconnecting… (%2) What could not be saved meanwhile was not stored: save it again once the connection is back.</source>
        <translation>Verbindung zu %1 verloren, verbinde neu … (%2) Was in der Zeit nicht gespeichert werden konnte, wurde nicht übernommen: Speichern Sie es erneut, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Creating the demo database with %L1 parcels…</source>
        <translation>Die Demo-Datenbank mit %L1 Paketen wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>The demo could not be created: %1</source>
        <translation>Die Demo konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The console could not start on the demo; start it yourself with parceldesk --db %1 --sandbox.</source>
        <translation>Die Konsole konnte nicht mit der Demo starten; starten Sie sie selbst mit parceldesk --db %1 --sandbox.</translation>
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
    <message>
        <source>Cannot queue message %1 again: %2</source>
        <translation>Nachricht %1 kann nicht erneut eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Message %1 is not a dead letter (any more).</source>
        <translation>Nachricht %1 ist nicht (mehr) unzustellbar.</translation>
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
    <message>
        <source>whatsapp (%1, %2): &quot;%3&quot; is not a WhatsApp template name; use lower-case letters, digits and underscores.</source>
        <translation>whatsapp (%1, %2): „%3“ ist kein Name einer WhatsApp-Vorlage; verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MessagingHttp</name>
    <message>
        <source>libcurl could not start.</source>
        <translation>libcurl ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>There is no phone number to send to.</source>
        <translation>Es gibt keine Telefonnummer, an die gesendet werden kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; has no country code (+ or 00 in front); it is not sent to a guessed country.</source>
        <translation>Die Telefonnummer „%1“ hat keine Ländervorwahl (+ oder 00 vorn); an ein geratenes Land wird nicht gesendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an international phone number.</source>
        <translation>„%1“ ist keine internationale Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::OperationsReport</name>
    <message>
        <source>Cannot build the operations report: %1</source>
        <translation>Der Betriebsbericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Verspätungshinweis</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Apology with voucher</source>
        <translation>Entschuldigung mit Gutschein</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown country in a lane</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>(no parcel)</source>
        <translation>(ohne Paket)</translation>
    </message>
    <message>
        <source>Cannot build the operations report: the period is empty.</source>
        <translation>Der Betriebsbericht kann nicht erstellt werden: Der Zeitraum ist leer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Operations report</source>
        <translation>Betriebsbericht</translation>
    </message>
    <message>
        <source>Carriers: %1</source>
        <translation>Versanddienstleister: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Zielland: %1</translation>
    </message>
    <message>
        <source>Parcel volume by day</source>
        <translation>Paketvolumen pro Tag</translation>
    </message>
    <message>
        <source>Outbound parcels shipped and delivered on each day of the period.</source>
        <translation>Ausgehende Pakete, die an jedem Tag des Zeitraums versandt und zugestellt wurden.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Delivery performance by carrier</source>
        <translation>Zustellleistung nach Versanddienstleister</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Erster Versuch</translation>
    </message>
    <message>
        <source>Transit p50</source>
        <translation>Laufzeit p50</translation>
    </message>
    <message>
        <source>Transit p90</source>
        <translation>Laufzeit p90</translation>
    </message>
    <message>
        <source>Transit time by carrier and lane</source>
        <translation>Laufzeit nach Versanddienstleister und Relation</translation>
    </message>
    <message>
        <source>Days from shipping to delivery of the parcels delivered in the period, per carrier and lane (origin → destination country).</source>
        <translation>Tage vom Versand bis zur Zustellung der im Zeitraum zugestellten Pakete, je Versanddienstleister und Relation (Herkunfts- → Zielland).</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Carrier scorecard on shared lanes</source>
        <translation>Versanddienstleister im Vergleich auf gemeinsamen Relationen</translation>
    </message>
    <message numerus="yes">
        <source>Carriers compared on the same lanes, so that a carrier serving harder destinations is not judged against easier ones. A lane is listed when at least two carriers delivered %n parcels or more on it; the carriers are ranked by on-time rate, then transit time.</source>
        <translation>
            <numerusform>Versanddienstleister auf denselben Relationen verglichen, damit einer mit schwierigeren Zielen nicht an leichteren gemessen wird. Eine Relation erscheint, wenn mindestens zwei Versanddienstleister dort %n Paket oder mehr zugestellt haben; gereiht nach Pünktlichkeit, dann Laufzeit.</numerusform>
            <numerusform>Versanddienstleister auf denselben Relationen verglichen, damit einer mit schwierigeren Zielen nicht an leichteren gemessen wird. Eine Relation erscheint, wenn mindestens zwei Versanddienstleister dort %n Pakete oder mehr zugestellt haben; gereiht nach Pünktlichkeit, dann Laufzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Exceptions by kind</source>
        <translation>Ausnahmen nach Art</translation>
    </message>
    <message>
        <source>Parcels shipped in the period that had at least one scan of each kind, and their share of the parcels shipped. A parcel with two kinds counts in both rows.</source>
        <translation>Im Zeitraum versandte Pakete mit mindestens einem Scan der jeweiligen Art und ihr Anteil an den versandten Paketen. Ein Paket mit zwei Arten zählt in beiden Zeilen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Share of shipped</source>
        <translation>Anteil am Versand</translation>
    </message>
    <message>
        <source>Problem cases</source>
        <translation>Problemfälle</translation>
    </message>
    <message>
        <source>Cases opened in the period, cases resolved in it with the time from opening to resolution, and the cases still open at its end.</source>
        <translation>Im Zeitraum eröffnete Fälle, darin gelöste Fälle mit der Zeit von der Eröffnung bis zur Lösung und die an seinem Ende noch offenen Fälle.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Open at the end</source>
        <translation>Am Ende offen</translation>
    </message>
    <message>
        <source>Time to resolve p50</source>
        <translation>Lösungszeit p50</translation>
    </message>
    <message>
        <source>Time to resolve p90</source>
        <translation>Lösungszeit p90</translation>
    </message>
    <message>
        <source>Customer contacts (WISMO)</source>
        <translation>Kundenkontakte (WISMO)</translation>
    </message>
    <message>
        <source>Calls, e-mails and chats logged in the period about a parcel of each carrier, per 100 parcels the carrier shipped in it. Contacts about an order without a parcel have their own row.</source>
        <translation>Im Zeitraum erfasste Anrufe, E-Mails und Chats zu einem Paket des jeweiligen Versanddienstleisters, je 100 von ihm darin versandte Pakete. Kontakte zu einer Bestellung ohne Paket haben eine eigene Zeile.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contacts per 100 parcels</source>
        <translation>Kontakte je 100 Pakete</translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation>Kontakte nach Anlass</translation>
    </message>
    <message>
        <source>Why customers got in touch in the period.</source>
        <translation>Warum sich Kunden im Zeitraum gemeldet haben.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source> Returns are not per carrier or destination: these figures are for every parcel.</source>
        <translation> Rücksendungen werden nicht nach Versanddienstleister oder Zielland getrennt: Diese Zahlen gelten für alle Pakete.</translation>
    </message>
    <message>
        <source>Return rate by category</source>
        <translation>Rücksendequote nach Kategorie</translation>
    </message>
    <message>
        <source>Items returned (lines of returns registered in the period) against items delivered in it.</source>
        <translation>Zurückgesandte Artikel (Positionen der im Zeitraum angemeldeten Rücksendungen) im Verhältnis zu den darin zugestellten Artikeln.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Items delivered</source>
        <translation>Zugestellte Artikel</translation>
    </message>
    <message>
        <source>Items returned</source>
        <translation>Zurückgesandte Artikel</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Rücksendequote</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Rücksendegründe</translation>
    </message>
    <message>
        <source>Why items came back, by category: quantities of the lines of the returns registered in the period, and their share of the category&apos;s returned items.</source>
        <translation>Warum Artikel zurückkamen, nach Kategorie: Mengen der Positionen der im Zeitraum angemeldeten Rücksendungen und ihr Anteil an den zurückgesandten Artikeln der Kategorie.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Apologies and vouchers</source>
        <translation>Entschuldigungen und Gutscheine</translation>
    </message>
    <message>
        <source>Proactive messages sent in the period by what the rules chose, the customers they reached, and the vouchers they carried: their face value and what they cost.</source>
        <translation>Im Zeitraum gesendete proaktive Nachrichten nach der Entscheidung der Regeln, die erreichten Kunden und die beigelegten Gutscheine: ihr Nennwert und ihre Kosten.</translation>
    </message>
    <message>
        <source>Voucher value</source>
        <translation>Gutscheinwert</translation>
    </message>
    <message>
        <source>Voucher cost</source>
        <translation>Gutscheinkosten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Gutscheine</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customer rating by carrier</source>
        <translation>Kundenbewertung nach Versanddienstleister</translation>
    </message>
    <message>
        <source>No customer feedback was submitted in the period. Import it with File → Import → Customer feedback or parceldeskctl import feedback.</source>
        <translation>Im Zeitraum wurde keine Kundenbewertung abgegeben. Importieren Sie sie mit Datei → Importieren → Kundenbewertungen oder parceldeskctl import feedback.</translation>
    </message>
    <message>
        <source>Ratings (1 to 5) customers gave their order in the period, by the carrier of its parcel. CSAT is the share of ratings of 4 or 5.</source>
        <translation>Bewertungen (1 bis 5), die Kunden ihrer Bestellung im Zeitraum gaben, nach dem Versanddienstleister ihres Pakets. CSAT ist der Anteil der Bewertungen mit 4 oder 5.</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Durchschnittliche Bewertung</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Rated 1 or 2</source>
        <translation>Mit 1 oder 2 bewertet</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Nachhaltigkeit</translation>
    </message>
    <message>
        <source>Graded returned items that were resold, refurbished, donated or recycled instead of thrown away; returns that arrived in packaging fit to use again; deliveries that needed another trip; and deliveries to pickup points and lockers, which save trips to the door.</source>
        <translation>Geprüfte zurückgesandte Artikel, die wieder verkauft, aufbereitet, gespendet oder recycelt statt entsorgt wurden; Rücksendungen in wiederverwendbarer Verpackung; Zustellungen, die eine weitere Fahrt brauchten; und Zustellungen an Abholstellen und Packstationen, die Fahrten bis zur Haustür sparen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Returned items kept out of landfill</source>
        <translation>Zurückgesandte Artikel, die nicht auf der Deponie landeten</translation>
    </message>
    <message>
        <source>Returns in reusable packaging</source>
        <translation>Rücksendungen in wiederverwendbarer Verpackung</translation>
    </message>
    <message>
        <source>Deliveries that needed another attempt</source>
        <translation>Zustellungen mit weiterem Versuch</translation>
    </message>
    <message>
        <source>Extra trips for failed attempts</source>
        <translation>Zusätzliche Fahrten für gescheiterte Versuche</translation>
    </message>
    <message>
        <source>Delivered to a pickup point or locker</source>
        <translation>An Abholstelle oder Packstation zugestellt</translation>
    </message>
    <message>
        <source>Parcels shipped</source>
        <translation>Versandte Pakete</translation>
    </message>
    <message>
        <source>Parcels delivered</source>
        <translation>Zugestellte Pakete</translation>
    </message>
    <message>
        <source>Delivered at the first attempt</source>
        <translation>Beim ersten Versuch zugestellt</translation>
    </message>
    <message>
        <source>Problem cases opened</source>
        <translation>Eröffnete Problemfälle</translation>
    </message>
    <message>
        <source>Problem cases resolved</source>
        <translation>Gelöste Problemfälle</translation>
    </message>
    <message>
        <source>Proactive messages sent</source>
        <translation>Gesendete proaktive Nachrichten</translation>
    </message>
    <message>
        <source>Delivered to pickup points and lockers</source>
        <translation>An Abholstellen und Packstationen zugestellt</translation>
    </message>
    <message>
        <source>Volume shipped in the period; on-time rate, first-attempt rate and door-to-door transit time of the parcels delivered in it. On time counts the parcels that had a promise: a promised day holds all that day, a promised time until that time.</source>
        <translation>Im Zeitraum versandte Menge; Pünktlichkeit, Zustellung beim ersten Versuch und Laufzeit der darin zugestellten Pakete. Pünktlichkeit zählt die Pakete mit einer Zusage: Ein zugesagter Tag gilt den ganzen Tag, eine zugesagte Uhrzeit bis zu dieser Uhrzeit.</translation>
    </message>
    <message>
        <source>Transit time, p90</source>
        <translation>Laufzeit, p90</translation>
    </message>
    <message>
        <source>Parcels with an exception or a failed attempt</source>
        <translation>Pakete mit Störung oder gescheitertem Zustellversuch</translation>
    </message>
    <message>
        <source>Return rate of items</source>
        <translation>Rücksendequote der Artikel</translation>
    </message>
    <message>
        <source>CSAT, rated 4 or 5</source>
        <translation>CSAT, mit 4 oder 5 bewertet</translation>
    </message>
    <message>
        <source>Transit time, p50</source>
        <translation>Laufzeit, p50</translation>
    </message>
    <message>
        <source>Time to resolve, p50</source>
        <translation>Lösungszeit, p50</translation>
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
    <message>
        <source>wismo-by-carrier</source>
        <comment>file name of an export</comment>
        <translation>wismo-nach-versanddienstleister</translation>
    </message>
    <message>
        <source>parcel-volume</source>
        <comment>file name of an export</comment>
        <translation>paketvolumen</translation>
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
    <name>ParcelDesk::ProblemCaseText</name>
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
</context>
<context>
    <name>ParcelDesk::ProblemCasesPage</name>
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
    <message>
        <source>problem-cases</source>
        <comment>file name of an export</comment>
        <translation>problemfaelle</translation>
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
    <name>ParcelDesk::ReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReportFormat</name>
    <message>
        <source>%1 d</source>
        <comment>a duration in days, abbreviated</comment>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <comment>a column header with its unit</comment>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column header with its currency</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (days)</source>
        <comment>a column header with its unit</comment>
        <translation>%1 (Tage)</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReportPdf</name>
    <message>
        <source>%1 – %2</source>
        <comment>a report&apos;s period: its first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>None: every shipment counts</source>
        <translation>Keine: Jede Sendung zählt</translation>
    </message>
    <message>
        <source>Generated on %1 at %2</source>
        <comment>the report&apos;s making: day, time</comment>
        <translation>Erstellt am %1 um %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>Keine Daten für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Top %1 by %2</source>
        <comment>a bar chart of only the largest rows: how many, by which column</comment>
        <translation>Top %1 nach %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a table going on on the next page</comment>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The chart of “%1” names column %2, which the table does not have.</source>
        <translation>Das Diagramm von „%1“ nennt Spalte %2, die die Tabelle nicht hat.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReportXlsx</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Sheet</source>
        <comment>a worksheet without a title</comment>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Summary</source>
        <comment>the first sheet of a report workbook</comment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was es zeigt</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReportsPage</name>
    <message>
        <source>Top %1 by %2</source>
        <translation>Top %1 nach %2</translation>
    </message>
    <message>
        <source>Operations report</source>
        <translation>Betriebsbericht</translation>
    </message>
    <message>
        <source>Period</source>
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
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Dieser Monat bisher</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
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
        <source>Destination</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle Zielländer</translation>
    </message>
    <message>
        <source>&amp;Build report</source>
        <translation>Bericht e&amp;rstellen</translation>
    </message>
    <message>
        <source>Build the report for the period and filters (F5)</source>
        <translation>Den Bericht für Zeitraum und Filter erstellen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export report</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>PDF for reading and printing…</source>
        <translation>PDF zum Lesen und Drucken …</translation>
    </message>
    <message>
        <source>Excel workbook, a sheet per section…</source>
        <translation>Excel-Arbeitsmappe, ein Blatt je Abschnitt …</translation>
    </message>
    <message>
        <source>CSV, every section in one file…</source>
        <translation>CSV, alle Abschnitte in einer Datei …</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>Versand&amp;dienstleister:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Zi&amp;elland:</translation>
    </message>
    <message>
        <source>Choose a period and build the report.</source>
        <translation>Wählen Sie einen Zeitraum und erstellen Sie den Bericht.</translation>
    </message>
    <message>
        <source>Sections of the report</source>
        <translation>Abschnitte des Berichts</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Der Bericht wird erstellt …</translation>
    </message>
    <message>
        <source>The report was cancelled; the one shown before is kept.</source>
        <translation>Der Bericht wurde abgebrochen; der zuvor gezeigte bleibt stehen.</translation>
    </message>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>Der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 · built at %2</source>
        <translation>%1 · erstellt um %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no figure: nothing to count</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>In diesem Zeitraum gibt es nichts zu zählen.</translation>
    </message>
    <message>
        <source>Build the report before exporting it.</source>
        <translation>Erstellen Sie den Bericht, bevor Sie ihn exportieren.</translation>
    </message>
    <message>
        <source>Unknown format.</source>
        <translation>Unbekanntes Format.</translation>
    </message>
    <message>
        <source>operations-report</source>
        <comment>file name of an export</comment>
        <translation>betriebsbericht</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · The period or filters changed: build the report again (F5) to see and export it.</source>
        <translation>%1 · Zeitraum oder Filter wurden geändert: Erstellen Sie den Bericht neu (F5), um ihn zu sehen und zu exportieren.</translation>
    </message>
    <message>
        <source>%1 · Exported to %2.</source>
        <translation>%1 · Exportiert nach %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s name and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnImport</name>
    <message>
        <source>its first line names the columns: order and reason, and any of line, sku, quantity, condition, resolution, note, registered, carrier, tracking.</source>
        <translation>ihre erste Zeile nennt die Spalten: order und reason, dazu beliebige von line, sku, quantity, condition, resolution, note, registered, carrier, tracking.</translation>
    </message>
    <message>
        <source>%1:%2: the header has no column &quot;%3&quot;; it needs order and reason, separated by , or ;.</source>
        <translation>%1:%2: Die Kopfzeile hat keine Spalte „%3“; sie braucht order und reason, getrennt durch , oder ;.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is not one ParcelDesk knows; use %3.</source>
        <translation>%1: Die Spalte „%2“ kennt ParcelDesk nicht; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>%1: the quote is never closed.</source>
        <translation>%1: Das Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1: the line has %2 fields, the header %3; a text with a comma needs quotes.</source>
        <translation>%1: Die Zeile hat %2 Felder, die Kopfzeile %3; ein Text mit Komma braucht Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1: order: the order number is empty.</source>
        <translation>%1: order: Die Bestellnummer ist leer.</translation>
    </message>
    <message>
        <source>%1: order: there is no order %2.</source>
        <translation>%1: order: Es gibt keine Bestellung %2.</translation>
    </message>
    <message>
        <source>%1: line: order %2 has lines 1 to %3, not &quot;%4&quot;.</source>
        <translation>%1: line: Bestellung %2 hat die Positionen 1 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1: sku: order %2 has no line with the SKU %3.</source>
        <translation>%1: sku: Bestellung %2 hat keine Position mit der SKU %3.</translation>
    </message>
    <message>
        <source>%1: order %2 has %3 lines; say which with the column line or sku.</source>
        <translation>%1: Bestellung %2 hat %3 Positionen; geben Sie mit der Spalte line oder sku an, welche.</translation>
    </message>
    <message>
        <source>%1: quantity: &quot;%2&quot; is not a number of items (1 or more).</source>
        <translation>%1: quantity: „%2“ ist keine Stückzahl (1 oder mehr).</translation>
    </message>
    <message>
        <source>%1: reason: &quot;%2&quot; is not a return reason for %3; use one of %4.</source>
        <translation>%1: reason: „%2“ ist kein Rücksendegrund für %3; verwenden Sie einen von %4.</translation>
    </message>
    <message>
        <source>%1: condition: &quot;%2&quot; is not unopened, opened, used or damaged.</source>
        <translation>%1: condition: „%2“ ist nicht unopened, opened, used oder damaged.</translation>
    </message>
    <message>
        <source>%1: resolution: &quot;%2&quot; is not refund or exchange.</source>
        <translation>%1: resolution: „%2“ ist nicht refund oder exchange.</translation>
    </message>
    <message>
        <source>%1: registered: &quot;%2&quot; is not a past day like 2026-11-20 or a moment like 2026-11-20T14:30:00Z.</source>
        <translation>%1: registered: „%2“ ist kein vergangener Tag wie 2026-11-20 und kein Zeitpunkt wie 2026-11-20T14:30:00Z.</translation>
    </message>
    <message>
        <source>%1: carrier: &quot;%2&quot; is not a carrier ParcelDesk tracks; the tracking number needs one.</source>
        <translation>%1: carrier: „%2“ ist kein Versanddienstleister, den ParcelDesk verfolgt; die Sendungsnummer braucht einen.</translation>
    </message>
    <message>
        <source>%1: tracking: a carrier without the return parcel&apos;s tracking number.</source>
        <translation>%1: tracking: ein Versanddienstleister ohne die Sendungsnummer des Rücksendepakets.</translation>
    </message>
    <message>
        <source>%1: quantity: %2 of %3 asked for in the file, but only %4 can still be returned.</source>
        <translation>%1: quantity: %2 × %3 in der Datei verlangt, aber nur %4 können noch zurückgesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…und %n weiteres Problem.</numerusform>
            <numerusform>…und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message>
        <source>%1: there are no returns in the file, only its header.</source>
        <translation>%1: Die Datei enthält keine Rücksendungen, nur ihre Kopfzeile.</translation>
    </message>
    <message>
        <source>Cannot import the returns: %1</source>
        <translation>Die Rücksendungen können nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: skipped with its return: another row of order %3&apos;s return is bad.</source>
        <translation>%1:%2: mit ihrer Rücksendung übersprungen: eine andere Zeile der Rücksendung zu Bestellung %3 ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnLabel</name>
    <message>
        <source>The return label for %1 has no tracking number.</source>
        <translation>Das Rücksendeetikett für %1 hat keine Sendungsnummer.</translation>
    </message>
    <message>
        <source>The code for the return label %1 is too long for a QR code.</source>
        <translation>Der Code für das Rücksendeetikett %1 ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the return label %1: %2</source>
        <translation>Das Rücksendeetikett %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnLabelClient</name>
    <message>
        <source>No credentials are stored for %1: enter its API key in the carrier settings.</source>
        <translation>Für %1 sind keine Zugangsdaten gespeichert: Geben Sie den API-Schlüssel in den Versanddienstleister-Einstellungen ein.</translation>
    </message>
    <message>
        <source>%1 does not issue return labels through ParcelDesk; enter the tracking number of the label you made.</source>
        <translation>%1 stellt keine Rücksendeetiketten über ParcelDesk aus; geben Sie die Sendungsnummer des selbst erstellten Etiketts ein.</translation>
    </message>
    <message>
        <source>The %1 account is switched off; switch it on in the carrier settings to ask for a return label.</source>
        <translation>Das Konto für %1 ist deaktiviert; aktivieren Sie es in den Versanddienstleister-Einstellungen, um ein Rücksendeetikett anzufordern.</translation>
    </message>
    <message>
        <source>%1: no network access for the return label.</source>
        <translation>%1: kein Netzwerkzugriff für das Rücksendeetikett.</translation>
    </message>
    <message>
        <source>%1 did not answer the return label request within %2 s.</source>
        <translation>%1 hat auf die Anfrage nach dem Rücksendeetikett nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached for the return label: %2</source>
        <translation>%1 war für das Rücksendeetikett nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 refused the return label (HTTP %2): %3</source>
        <translation>%1 hat das Rücksendeetikett abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 answered the return label request (HTTP %2) without a shipment number.</source>
        <translation>%1 hat die Anfrage nach dem Rücksendeetikett (HTTP %2) ohne Sendungsnummer beantwortet.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnListQuery</name>
    <message>
        <source>Waiting for someone</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Label to make</source>
        <translation>Etikett ausstehend</translation>
    </message>
    <message>
        <source>On their way back</source>
        <translation>Auf dem Rückweg</translation>
    </message>
    <message>
        <source>Received, to inspect</source>
        <translation>Eingegangen, zu prüfen</translation>
    </message>
    <message>
        <source>Refund or exchange to settle</source>
        <translation>Erstattung oder Umtausch offen</translation>
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
        <source>All returns</source>
        <translation>Alle Rücksendungen</translation>
    </message>
    <message>
        <source>Cannot list the returns: %1</source>
        <translation>Die Rücksendungen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the returns: %1</source>
        <translation>Die Rücksendungen können nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnPolicyCheck</name>
    <message>
        <source>%1: %2 needs a name.</source>
        <translation>%1: %2 braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4.</source>
        <translation>%1: %2 muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false.</source>
        <translation>%1: %2 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1: categories[%2]: %3 is listed twice.</source>
        <translation>%1: categories[%2]: %3 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number of cents.</source>
        <translation>%1: %2 muss eine ganze Zahl von Cent sein.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnPolicyStore</name>
    <message>
        <source>Cannot read the return policy: %1</source>
        <translation>Die Rückgaberichtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The stored return policy is not a JSON object: %1</source>
        <translation>Die gespeicherte Rückgaberichtlinie ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Cannot save the return policy: %1</source>
        <translation>Die Rückgaberichtlinie kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the warehouses: %1</source>
        <translation>Die Lager können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>warehouse: &quot;%1&quot; is not a country code like DE.</source>
        <translation>warehouse: „%1“ ist kein Ländercode wie DE.</translation>
    </message>
    <message>
        <source>Cannot save the warehouse&apos;s address: %1</source>
        <translation>Die Adresse des Lagers kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnRegistration</name>
    <message>
        <source>Return %1 has no label yet.</source>
        <translation>Rücksendung %1 hat noch kein Etikett.</translation>
    </message>
    <message>
        <source>Cannot read the customer of return %1: %2</source>
        <translation>Der Kunde der Rücksendung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Returns department</source>
        <translation>Retourenabteilung</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Die ganze Bestellung</translation>
    </message>
    <message>
        <source>Cannot register the return: %1</source>
        <translation>Die Rücksendung kann nicht erfasst werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnRegistrationDialog</name>
    <message>
        <source>Return for order %1</source>
        <translation>Rücksendung für Bestellung %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · delivered %3 · goes back to the warehouse in %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · zugestellt: %3 · Rücksendung an das Lager in %4</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Die ganze Bestellung</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 each</source>
        <translation>%1 (%2) · je %3</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>keine Kategorie</translation>
    </message>
    <message>
        <source>%1 of %2 already on their way back</source>
        <translation>%1 von %2 bereits auf dem Rückweg</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstattung</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Umtausch</translation>
    </message>
    <message>
        <source>The customer wants:</source>
        <translation>Der Kunde möchte:</translation>
    </message>
    <message>
        <source>In the customer&apos;s words, if they said more</source>
        <translation>In den Worten des Kunden, falls er mehr angegeben hat</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s note:</source>
        <translation>&amp;Anmerkung des Kunden:</translation>
    </message>
    <message>
        <source>&amp;Register the return</source>
        <translation>&amp;Rücksendung erfassen</translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation> · bis %1</translation>
    </message>
    <message>
        <source> · worth %1 back, costs %2</source>
        <translation> · Wert der Rücksendung %1, Kosten %2</translation>
    </message>
    <message>
        <source>Tick the items that come back.</source>
        <translation>Kreuzen Sie die Artikel an, die zurückkommen.</translation>
    </message>
    <message>
        <source>Choose a reason for every item that comes back.</source>
        <translation>Wählen Sie für jeden zurückkommenden Artikel einen Grund.</translation>
    </message>
    <message>
        <source>The return is accepted; a label can be made once it is registered.</source>
        <translation>Die Rücksendung ist angenommen; nach der Erfassung kann ein Etikett erstellt werden.</translation>
    </message>
    <message>
        <source>The return waits for a supervisor&apos;s review (high value) before a label is made.</source>
        <translation>Die Rücksendung wartet auf die Prüfung durch einen Vorgesetzten (hoher Wert), bevor ein Etikett erstellt wird.</translation>
    </message>
    <message>
        <source>Nothing has to come back: the customer keeps it and is refunded.</source>
        <translation>Nichts muss zurückgeschickt werden: Der Kunde behält die Ware und erhält eine Erstattung.</translation>
    </message>
    <message>
        <source>The policy refuses this return. It is kept with the reason when you register it.</source>
        <translation>Die Richtlinie lehnt diese Rücksendung ab. Bei der Erfassung wird sie mit der Begründung gespeichert.</translation>
    </message>
    <message>
        <source>Tell the customer (%1): %2</source>
        <translation>Dem Kunden mitteilen (%1): %2</translation>
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
        <source>Unopened</source>
        <translation>Ungeöffnet</translation>
    </message>
    <message>
        <source>Opened, unused</source>
        <translation>Geöffnet, unbenutzt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebraucht</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Keep it, refund</source>
        <translation>Behalten, Erstattung</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Resell</source>
        <translation>Wiederverkauf</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Aufbereitung</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spende</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Recycling</translation>
    </message>
    <message>
        <source>Landfill</source>
        <translation>Entsorgung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <source>Refund open</source>
        <translation>Erstattung offen</translation>
    </message>
    <message>
        <source>Exchange open</source>
        <translation>Umtausch offen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Exchange sent</source>
        <translation>Umtausch versandt</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>Cannot look up the order: %1</source>
        <translation>Die Bestellung kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <source>Cannot read the order: %1</source>
        <translation>Die Bestellung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A return needs at least one item.</source>
        <translation>Eine Rücksendung braucht mindestens einen Artikel.</translation>
    </message>
    <message>
        <source>Item %1 is not a line of order %2.</source>
        <translation>Artikel %1 ist keine Position der Bestellung %2.</translation>
    </message>
    <message>
        <source>the order</source>
        <translation>die Bestellung</translation>
    </message>
    <message>
        <source>quantity: %1 for %2; give at least 1.</source>
        <translation>Menge: %1 für %2; geben Sie mindestens 1 an.</translation>
    </message>
    <message>
        <source>%1 of order %2 is already being returned.</source>
        <translation>%1 aus Bestellung %2 wird bereits zurückgesendet.</translation>
    </message>
    <message>
        <source>quantity: %1 of %2 asked, but only %3 can still be returned.</source>
        <translation>Menge: %1 von %2 angefordert, aber nur noch %3 können zurückgesendet werden.</translation>
    </message>
    <message>
        <source>Cannot read the return: %1</source>
        <translation>Die Rücksendung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Return %1 is no longer in the database.</source>
        <translation>Rücksendung %1 ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Cannot look up the return: %1</source>
        <translation>Die Rücksendung kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the return: %1</source>
        <translation>Die Rücksendung kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Return %1 is %2; that cannot be done now.</source>
        <translation>Rücksendung %1 hat den Status „%2“; das ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <source>Return %1 is not waiting for review.</source>
        <translation>Rücksendung %1 wartet nicht auf Prüfung.</translation>
    </message>
    <message>
        <source>reason: say why the return is refused.</source>
        <translation>Grund: Geben Sie an, warum die Rücksendung abgelehnt wird.</translation>
    </message>
    <message>
        <source>tracking number: give the return parcel&apos;s number.</source>
        <translation>Sendungsnummer: Geben Sie die Nummer des Rücksendepakets an.</translation>
    </message>
    <message>
        <source>Return %1 waits for review; approve it before a label is made.</source>
        <translation>Rücksendung %1 wartet auf Prüfung; genehmigen Sie sie, bevor ein Etikett erstellt wird.</translation>
    </message>
    <message>
        <source>Return %1 is %2: nothing comes back, so it needs no label.</source>
        <translation>Rücksendung %1 hat den Status „%2“: Es kommt nichts zurück, daher wird kein Etikett benötigt.</translation>
    </message>
    <message>
        <source>%1 is already the label of return %2.</source>
        <translation>%1 ist bereits das Etikett der Rücksendung %2.</translation>
    </message>
    <message>
        <source>Return %1 was already received on %2.</source>
        <translation>Rücksendung %1 ist bereits am %2 eingegangen.</translation>
    </message>
    <message>
        <source>Return %1 waits for review; approve it before it is received.</source>
        <translation>Rücksendung %1 wartet auf Prüfung; genehmigen Sie sie, bevor sie als eingegangen gebucht wird.</translation>
    </message>
    <message>
        <source>Return %1 has not been received yet.</source>
        <translation>Rücksendung %1 ist noch nicht eingegangen.</translation>
    </message>
    <message>
        <source>Line %1 is not part of return %2 that came back.</source>
        <translation>Position %1 gehört nicht zur zurückgekommenen Rücksendung %2.</translation>
    </message>
    <message>
        <source>grade: &quot;%1&quot; for %2; use A, B, C or D.</source>
        <translation>Klasse: „%1“ für %2; verwenden Sie A, B, C oder D.</translation>
    </message>
    <message>
        <source>disposition: say where %1 goes.</source>
        <translation>Verwertung: Geben Sie an, wohin %1 geht.</translation>
    </message>
    <message>
        <source>disposition: landfill for %1 needs a reason why nothing else applies.</source>
        <translation>Verwertung: Entsorgung für %1 erfordert eine Begründung, warum nichts anderes infrage kommt.</translation>
    </message>
    <message>
        <source>Grade every line: %1 has none.</source>
        <translation>Vergeben Sie für jede Position eine Klasse: %1 hat keine.</translation>
    </message>
    <message>
        <source>Return %1 is settled: %2.</source>
        <translation>Rücksendung %1 ist abgewickelt: %2.</translation>
    </message>
    <message>
        <source>refund: an amount cannot be negative.</source>
        <translation>Erstattung: Ein Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Return %1 is %2; it is settled once the items are inspected.</source>
        <translation>Rücksendung %1 hat den Status „%2“; sie wird abgewickelt, sobald die Artikel geprüft sind.</translation>
    </message>
    <message>
        <source>Return %1 is kept by the customer; it is refunded, not exchanged.</source>
        <translation>Bei Rücksendung %1 behält der Kunde die Ware; sie wird erstattet, nicht umgetauscht.</translation>
    </message>
    <message>
        <source>carrier: &quot;%1&quot; is not a carrier ParcelDesk tracks; use one of %2.</source>
        <translation>carrier: „%1“ ist kein Versanddienstleister, den ParcelDesk verfolgt; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>tracking number: %1 is not a tracking number of any carrier ParcelDesk knows; check it against the label.</source>
        <translation>Sendungsnummer: %1 ist keine Sendungsnummer eines Versanddienstleisters, den ParcelDesk kennt; prüfen Sie sie am Etikett.</translation>
    </message>
    <message>
        <source>tracking number: %1 is a %2 number, not %3.</source>
        <translation>Sendungsnummer: %1 ist eine Nummer von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>refund: %1 is more than the returned items are worth (%2); refund at most that.</source>
        <translation>Erstattung: %1 ist mehr, als die zurückgesandten Artikel wert sind (%2); erstatten Sie höchstens diesen Betrag.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnsDashboard</name>
    <message>
        <source>Returns dashboard</source>
        <translation>Rücksendungs-Dashboard</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>Letzte 13 Wochen</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Kennzahlen werden gelesen…</translation>
    </message>
    <message>
        <source>Inflow per day and the next two weeks</source>
        <translation>Eingang pro Tag und die nächsten zwei Wochen</translation>
    </message>
    <message>
        <source>Returns received</source>
        <translation>Eingegangene Rücksendungen</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Eingegangene Artikel</translation>
    </message>
    <message>
        <source>Forecast: on their way back</source>
        <translation>Prognose: auf dem Rückweg</translation>
    </message>
    <message>
        <source>Forecast: from recent deliveries</source>
        <translation>Prognose: aus jüngsten Zustellungen</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>Returns received per day and the forecast</source>
        <translation>Eingegangene Rücksendungen pro Tag und Prognose</translation>
    </message>
    <message>
        <source>Reasons by category</source>
        <translation>Gründe nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Return rate by category</source>
        <translation>Rücksendequote nach Kategorie</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesendet</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Items of the orders delivered in the period, and how many of them came back so far</source>
        <translation>Artikel der im Zeitraum zugestellten Bestellungen und wie viele davon bisher zurückkamen</translation>
    </message>
    <message>
        <source>Where graded items went</source>
        <translation>Verbleib der eingestuften Artikel</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Verwertung</translation>
    </message>
    <message>
        <source>Items graded in the period; shares of the items decided on</source>
        <translation>Im Zeitraum eingestufte Artikel; Anteile an den Artikeln, über die entschieden wurde</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>Die Kennzahlen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>all warehouses</source>
        <translation>alle Lager</translation>
    </message>
    <message>
        <source>warehouse %1</source>
        <translation>Lager %1</translation>
    </message>
    <message>
        <source>%1 to %2, %3.</source>
        <extracomment>The period&apos;s first and last day, and the warehouse</extracomment>
        <translation>%1 bis %2, %3.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>Items received: %1, in %n return(s)</source>
        <translation>
            <numerusform>Eingegangene Artikel: %1, in %n Rücksendung</numerusform>
            <numerusform>Eingegangene Artikel: %1, in %n Rücksendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Rücksendequote</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n item(s) delivered in the period came back so far</source>
        <translation>
            <numerusform>%1 von %n im Zeitraum zugestellten Artikel bisher zurückgekommen</numerusform>
            <numerusform>%1 von %n im Zeitraum zugestellten Artikeln bisher zurückgekommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept out of landfill</source>
        <translation>Vor der Deponie bewahrt</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n item(s) graded and decided on in the period; %1 resold</source>
        <translation>
            <numerusform>Von %n im Zeitraum eingestuften und entschiedenen Artikel; %1 wiederverkauft</numerusform>
            <numerusform>Von %n im Zeitraum eingestuften und entschiedenen Artikeln; %1 wiederverkauft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Drop-off to refund (median)</source>
        <translation>Abgabe bis Erstattung (Median)</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s): 90 % within %1 days, on average %2 days. Keep-it refunds (nothing sent back): %3</source>
        <translation>
            <numerusform>%n Erstattung: 90 % innerhalb von %1 Tagen, im Schnitt %2 Tage. Erstattungen ohne Rücksendung (nichts zurückgeschickt): %3</numerusform>
            <numerusform>%n Erstattungen: 90 % innerhalb von %1 Tagen, im Schnitt %2 Tage. Erstattungen ohne Rücksendung (nichts zurückgeschickt): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No refund after a drop-off in the period. Keep-it refunds (nothing sent back): %1</source>
        <translation>Keine Erstattung nach einer Abgabe im Zeitraum. Erstattungen ohne Rücksendung (nichts zurückgeschickt): %1</translation>
    </message>
    <message>
        <source>Reusable packaging</source>
        <translation>Wiederverwendbare Verpackung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n received return(s) whose packaging was checked</source>
        <translation>
            <numerusform>%1 von %n eingegangenen Rücksendung mit geprüfter Verpackung</numerusform>
            <numerusform>%1 von %n eingegangenen Rücksendungen mit geprüfter Verpackung</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>return-reasons</source>
        <comment>file name of an export</comment>
        <translation>ruecksendegruende</translation>
    </message>
    <message>
        <source>return-rates</source>
        <comment>file name of an export</comment>
        <translation>ruecksendequoten</translation>
    </message>
    <message>
        <source>return-dispositions</source>
        <comment>file name of an export</comment>
        <translation>verwertung-der-ruecksendungen</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnsDashboardQuery</name>
    <message>
        <source>Cannot read the returns: the range of days is empty.</source>
        <translation>Rücksendungen können nicht gelesen werden: Der Tagesbereich ist leer.</translation>
    </message>
    <message>
        <source>Cannot read the returns: %1</source>
        <translation>Rücksendungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnsForecast</name>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Die Zustellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the returns: %1</source>
        <translation>Die Retouren können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnsPage</name>
    <message>
        <source>The whole order</source>
        <translation>Gesamte Bestellung</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Inflow and figures</source>
        <translation>Eingang und Kennzahlen</translation>
    </message>
    <message>
        <source>Disposition rules</source>
        <translation>Verwertungsregeln</translation>
    </message>
    <message>
        <source>RMA, order or tracking number</source>
        <translation>RMA, Bestell- oder Sendungsnummer</translation>
    </message>
    <message>
        <source>&amp;New return…</source>
        <translation>&amp;Neue Rücksendung…</translation>
    </message>
    <message>
        <source>Register a return for an order (%1)</source>
        <translation>Rücksendung zu einer Bestellung erfassen (%1)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
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
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund or exchange</source>
        <translation>Erstattung oder Umtausch</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Etikett…</translation>
    </message>
    <message>
        <source>&amp;Print label…</source>
        <translation>Etikett &amp;drucken…</translation>
    </message>
    <message>
        <source>Scan the return parcel&apos;s tracking number or the RMA and press Enter. A parcel is received when it is scanned; then grade each line and save.</source>
        <translation>Sendungsnummer des Rücksendepakets oder die RMA scannen und Eingabetaste drücken. Ein Paket gilt mit dem Scannen als eingegangen; danach jede Position einstufen und speichern.</translation>
    </message>
    <message>
        <source>Scan or type, then Enter</source>
        <translation>Scannen oder eintippen, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Customer&apos;s reason</source>
        <translation>Grund des Kunden</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>Why (needed for landfill)</source>
        <translation>Begründung (für Deponie erforderlich)</translation>
    </message>
    <message>
        <source>The &amp;packaging can be used again</source>
        <translation>&amp;Verpackung ist wiederverwendbar</translation>
    </message>
    <message>
        <source>&amp;Save inspection</source>
        <translation>Prüfung &amp;speichern</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Where an inspected item goes: the first rule that matches its grade, category and reason (empty matches anything). Landfill is never a rule&apos;s answer: when no rule matches, the person inspecting decides, and landfill needs their reason.</source>
        <translation>Wohin ein geprüfter Artikel geht: die erste Regel, die zu Klasse, Kategorie und Grund passt (leer passt auf alles). Deponie ist nie das Ergebnis einer Regel: Passt keine Regel, entscheidet die prüfende Person, und für Deponie ist ihre Begründung erforderlich.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2; search to narrow them down.</source>
        <translation>Die neuesten %1 von %2 werden angezeigt; zum Eingrenzen suchen.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2</source>
        <translation>Die neuesten %1 von %2 werden angezeigt</translation>
    </message>
    <message>
        <source>Make it an e&amp;xchange</source>
        <translation>In &amp;Umtausch ändern</translation>
    </message>
    <message>
        <source>Refund &amp;paid</source>
        <translation>Erstattung &amp;ausgezahlt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a return to see its lines and what it waits for.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rücksendung auswählen, um ihre Positionen zu sehen und worauf sie wartet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Order %1 of %2, registered %3.</source>
        <translation>Bestellung %1 von %2, erfasst am %3.</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt; · Policy: %2 · %3</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; · Richtlinie: %2 · %3</translation>
    </message>
    <message>
        <source>Return parcel: %1 %2 (%3)</source>
        <translation>Rücksendepaket: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>noch nicht gescannt</translation>
    </message>
    <message>
        <source>Dropped off %1</source>
        <translation>Abgegeben: %1</translation>
    </message>
    <message>
        <source>At the warehouse&apos;s door %1</source>
        <translation>Beim Lager zugestellt: %1</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Eingegangen: %1</translation>
    </message>
    <message>
        <source>Refunded %1 on %2</source>
        <translation>%1 erstattet am %2</translation>
    </message>
    <message>
        <source>Settled %1</source>
        <translation>Abgewickelt: %1</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Customer&apos;s note: %1</source>
        <translation>Notiz des Kunden: %1</translation>
    </message>
    <message>
        <source>Make it a re&amp;fund</source>
        <translation>In &amp;Erstattung ändern</translation>
    </message>
    <message>
        <source>Refund &amp;paid…</source>
        <translation>Erstattung &amp;ausgezahlt…</translation>
    </message>
    <message>
        <source>E&amp;xchange sent</source>
        <translation>Umtausch &amp;versandt</translation>
    </message>
    <message>
        <source>New return</source>
        <translation>Neue Rücksendung</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Bestellnummer:</translation>
    </message>
    <message>
        <source>Return %1 registered: %2. Tell the customer: %3</source>
        <translation>Rücksendung %1 erfasst: %2. Dem Kunden mitteilen: %3</translation>
    </message>
    <message>
        <source>Return %1 approved; it can have its label.</source>
        <translation>Rücksendung %1 genehmigt; das Etikett kann jetzt erstellt werden.</translation>
    </message>
    <message>
        <source>Refuse the return</source>
        <translation>Rücksendung ablehnen</translation>
    </message>
    <message>
        <source>Why is return %1 refused? (kept with the return and in the audit log)</source>
        <translation>Warum wird Rücksendung %1 abgelehnt? (wird bei der Rücksendung und im Audit-Protokoll gespeichert)</translation>
    </message>
    <message>
        <source>Return %1 refused.</source>
        <translation>Rücksendung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Label for %1</source>
        <translation>Etikett für %1</translation>
    </message>
    <message>
        <source>The return label&apos;s tracking number</source>
        <translation>Sendungsnummer des Rücksendeetiketts</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Versanddienstleister:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Sendungs&amp;nummer:</translation>
    </message>
    <message>
        <source>Made the label in the carrier&apos;s portal? Type its number. The parcel is tracked like any other from now on.</source>
        <translation>Etikett im Portal des Versanddienstleisters erstellt? Dessen Nummer eingeben. Das Paket wird ab jetzt wie jedes andere verfolgt.</translation>
    </message>
    <message>
        <source>&amp;Save label</source>
        <translation>Etikett &amp;speichern</translation>
    </message>
    <message>
        <source>Save the return label</source>
        <translation>Rücksendeetikett speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Label saved as %1.</source>
        <translation>Etikett als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Return %1: the customer gets %2.</source>
        <translation>Rücksendung %1: Der Kunde erhält %2.</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>Erstattung ausgezahlt</translation>
    </message>
    <message>
        <source>Amount refunded for %1 (%2):</source>
        <translation>Erstatteter Betrag für %1 (%2):</translation>
    </message>
    <message>
        <source>Return %1 is settled and closed.</source>
        <translation>Rücksendung %1 ist abgewickelt und geschlossen.</translation>
    </message>
    <message>
        <source>No return has the RMA or tracking number %1.</source>
        <translation>Keine Rücksendung mit der RMA oder Sendungsnummer %1.</translation>
    </message>
    <message>
        <source>Already received; correct the inspection if needed.</source>
        <translation>Bereits eingegangen; Prüfung bei Bedarf korrigieren.</translation>
    </message>
    <message>
        <source>Received %1. Grade each line and save.</source>
        <translation>%1 eingegangen. Jede Position einstufen und speichern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · order %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Bestellung %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>Klasse…</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — wie neu</translation>
    </message>
    <message>
        <source>B — light signs of use</source>
        <translation>B — leichte Gebrauchsspuren</translation>
    </message>
    <message>
        <source>C — worn or faulty</source>
        <translation>C — abgenutzt oder fehlerhaft</translation>
    </message>
    <message>
        <source>D — broken</source>
        <translation>D — defekt</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <source>No rule says where this goes: choose, and give a reason for landfill.</source>
        <translation>Keine Regel legt fest, wohin dieser Artikel geht: auswählen und für Deponie einen Grund angeben.</translation>
    </message>
    <message>
        <source>Inspection of %1 saved. Scan the next parcel.</source>
        <translation>Prüfung von %1 gespeichert. Nächstes Paket scannen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n rule(s).</source>
        <translation>
            <numerusform>%n Regel gespeichert.</numerusform>
            <numerusform>%n Regeln gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Returns from a CSV file: order, reason and, if you have them, line, sku, quantity, condition, resolution, note, registered, carrier, tracking</source>
        <translation>Rücksendungen aus einer CSV-Datei: order, reason und, falls vorhanden, line, sku, quantity, condition, resolution, note, registered, carrier, tracking</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>Rücksendungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing in %1 can be imported:
%2</source>
        <translation>Nichts aus %1 kann importiert werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported. Import the other %2 return(s) and skip them?</source>
        <translation>
            <numerusform>%n Zeile aus %1 kann nicht importiert werden. Die übrigen %2 Rücksendung(en) importieren und sie überspringen?</numerusform>
            <numerusform>%n Zeilen aus %1 können nicht importiert werden. Die übrigen %2 Rücksendung(en) importieren und sie überspringen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the rest</source>
        <translation>Den Rest importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Importing returns…</source>
        <translation>Rücksendungen werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n return(s) from %1: %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy, %6 with a label; %7 row(s) skipped.</source>
        <translation>
            <numerusform>%n Rücksendung aus %1 importiert: %2 angenommen, %3 in Prüfung, %4 behält der Kunde, %5 von der Richtlinie abgelehnt, %6 mit Etikett; %7 Zeile(n) übersprungen.</numerusform>
            <numerusform>%n Rücksendungen aus %1 importiert: %2 angenommen, %3 in Prüfung, %4 behält der Kunde, %5 von der Richtlinie abgelehnt, %6 mit Etikett; %7 Zeile(n) übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Rückgaberichtlinie</translation>
    </message>
    <message>
        <source>How long after delivery each product category may come back (a window ending on a weekend or public holiday of the customer&apos;s country ends on the next business day), what cannot come back, from which value a supervisor reviews a return, and what a returned item is still worth: when the label and handling cost more, the customer keeps it and is refunded. &quot;Other&quot; is for every category not listed.</source>
        <translation>Wie lange nach der Zustellung jede Warengruppe zurückgesendet werden darf (eine Frist, die an einem Wochenende oder Feiertag im Land des Kunden endet, endet am nächsten Werktag), was nicht zurückkommen kann, ab welchem Wert eine Teamleitung die Rücksendung prüft und was ein zurückgesandter Artikel noch wert ist: Kosten Etikett und Bearbeitung mehr, behält der Kunde den Artikel und bekommt sein Geld zurück. „Sonstige“ gilt für jede nicht aufgeführte Warengruppe.</translation>
    </message>
    <message>
        <source>Days to return</source>
        <translation>Tage für die Rücksendung</translation>
    </message>
    <message>
        <source>Can come back</source>
        <translation>Rücksendung möglich</translation>
    </message>
    <message>
        <source>Review above</source>
        <translation>Prüfung ab</translation>
    </message>
    <message>
        <source>Worth back (% of price)</source>
        <translation>Restwert (% des Preises)</translation>
    </message>
    <message>
        <source>A window ending on a weekend or public holiday ends on the next business day</source>
        <translation>Eine Frist, die an einem Wochenende oder Feiertag endet, endet am nächsten Werktag</translation>
    </message>
    <message>
        <source>Return &amp;label costs the shop:</source>
        <translation>Rücksende&amp;etikett kostet den Shop:</translation>
    </message>
    <message>
        <source>&amp;Handling one item costs:</source>
        <translation>&amp;Bearbeitung eines Artikels kostet:</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>Warengruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>Warengruppe &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Row %1: give the category its name as the orders use it, e.g. fashion.</source>
        <translation>Zeile %1: Geben Sie der Warengruppe ihren Namen, wie ihn die Bestellungen verwenden, z. B. fashion.</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Zeile %1: %2 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>Saved. New returns are judged by it; returns already registered keep what they were told.</source>
        <translation>Gespeichert. Neue Rücksendungen werden danach beurteilt; bereits erfasste behalten, was ihnen gesagt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n wartet auf Prüfung</numerusform>
            <numerusform>%n warten auf Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) to make</source>
        <translation>
            <numerusform>%n Etikett zu erstellen</numerusform>
            <numerusform>%n Etiketten zu erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on their way back</source>
        <translation>
            <numerusform>%n auf dem Rückweg</numerusform>
            <numerusform>%n auf dem Rückweg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to inspect</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) or exchange(s) to settle</source>
        <translation>
            <numerusform>%n Erstattung oder Umtausch offen</numerusform>
            <numerusform>%n Erstattungen oder Umtausche offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Label saved for %1: print it, or save it for the customer, with Print label…</source>
        <translation>Etikett für %1 gespeichert: Drucken Sie es oder speichern Sie es für den Kunden mit „Etikett drucken…“</translation>
    </message>
    <message>
        <source>%1 is %2; there is nothing to receive or inspect.</source>
        <translation>%1 ist %2; es gibt nichts anzunehmen oder zu prüfen.</translation>
    </message>
    <message>
        <source>Warehouses: where returns go, as printed on the label (lines separated by commas).</source>
        <translation>Lager: wohin Rücksendungen gehen, wie es auf dem Etikett steht (Zeilen durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>returns</source>
        <comment>file name of an export</comment>
        <translation>ruecksendungen</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::RoutingSender</name>
    <message>
        <source>No sender is set up for %1 messages.</source>
        <translation>Für %1-Nachrichten ist kein Versand eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is on but not used; missing: %2.</source>
        <translation>%1 ist eingeschaltet, wird aber nicht genutzt; es fehlt: %2.</translation>
    </message>
    <message>
        <source>No channel is switched on: set one up with parceldeskctl outbox configure or in the console.</source>
        <translation>Kein Kanal ist eingeschaltet: Richten Sie einen mit parceldeskctl outbox configure oder in der Konsole ein.</translation>
    </message>
    <message>
        <source>No channel can send. %1</source>
        <translation>Kein Kanal kann senden. %1</translation>
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
    <name>ParcelDesk::SaveBeforeClose</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1
What you entered is still here; press %2 to try again.</source>
        <translation>Nicht gespeichert: %1
Ihre Eingaben sind noch da; mit %2 erneut versuchen.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ServerPasswords</name>
    <message>
        <source>The keychain is switched off (PARCELDESK_CREDENTIALS=file): put the password for %1 in the password file PGPASSFILE names instead.</source>
        <translation>Der Schlüsselbund ist abgeschaltet (PARCELDESK_CREDENTIALS=file): Legen Sie das Passwort für %1 stattdessen in der Passwortdatei ab, die PGPASSFILE nennt.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; the password for %2 was not kept.</source>
        <translation>Der Schlüsselbund hat nicht binnen %1 s geantwortet; das Passwort für %2 wurde nicht abgelegt.</translation>
    </message>
    <message>
        <source>The keychain did not keep the password for %1: %2</source>
        <translation>Der Schlüsselbund hat das Passwort für %1 nicht abgelegt: %2</translation>
    </message>
    <message>
        <source>The keychain did not forget the password for %1: %2</source>
        <translation>Der Schlüsselbund hat das Passwort für %1 nicht entfernt: %2</translation>
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
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Personenbezogene Daten aufbewahren für</translation>
    </message>
    <message>
        <source>forever (off)</source>
        <extracomment>The retention period is 0: personal data is kept until someone erases it</extracomment>
        <translation>unbegrenzt (aus)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>After the number of days in a spin box: &quot;730 days&quot;</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>Personenbezogene Daten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>Erase old personal data &amp;now…</source>
        <translation>Alte personenbezogene Daten &amp;jetzt löschen …</translation>
    </message>
    <message>
        <source>Customers whose last order is older lose their name, addresses, numbers and every note and message text; orders, parcels and figures stay. parceldeskctl purge --retention does the same from a nightly job.</source>
        <translation>Kunden, deren letzte Bestellung älter ist, verlieren Namen, Adressen, Nummern und jede Notiz und jeden Nachrichtentext; Bestellungen, Pakete und Zahlen bleiben. parceldeskctl purge --retention tut dasselbe in einem nächtlichen Job.</translation>
    </message>
    <message>
        <source>Counting the customers whose last order is older…</source>
        <translation>Kunden, deren letzte Bestellung älter ist, werden gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>No customer&apos;s last order is older than %n day(s).</source>
        <translation>
            <numerusform>Bei keinem Kunden ist die letzte Bestellung älter als %n Tag.</numerusform>
            <numerusform>Bei keinem Kunden ist die letzte Bestellung älter als %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase old personal data</source>
        <translation>Alte personenbezogene Daten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n customer(s) whose last order is older than %1 days? Their orders, parcels and the figures stay. This cannot be undone.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %n Kunden löschen, dessen letzte Bestellung älter als %1 Tage ist? Bestellungen, Pakete und Zahlen bleiben. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die personenbezogenen Daten von %n Kunden löschen, deren letzte Bestellung älter als %1 Tage ist? Bestellungen, Pakete und Zahlen bleiben. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing old personal data…</source>
        <translation>Alte personenbezogene Daten werden gelöscht …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping after the customers being erased now…</source>
        <translation>Wird nach den gerade gelöschten Kunden angehalten …</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 customers erased; the others are untouched.</source>
        <translation>Angehalten: %1 von %2 Kunden gelöscht; die übrigen sind unberührt.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n customer(s) is erased.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %n Kunden sind gelöscht.</numerusform>
            <numerusform>Die personenbezogenen Daten von %n Kunden sind gelöscht.</numerusform>
        </translation>
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
    <message>
        <source>shipments</source>
        <comment>file name of an export</comment>
        <translation>sendungen</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShopImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its first line names the columns.</source>
        <translation>ihre erste Zeile nennt die Spalten.</translation>
    </message>
    <message>
        <source>%1:%2: the header has no column &quot;%3&quot;; the mapping reads %4 from it.</source>
        <translation>%1:%2: Die Kopfzeile hat keine Spalte „%3“; die Zuordnung liest %4 daraus.</translation>
    </message>
    <message>
        <source>the quote is never closed.</source>
        <translation>das Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>the line has %1 fields, the header %2; a text with a comma or semicolon needs quotes.</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2; ein Text mit Komma oder Semikolon braucht Anführungszeichen.</translation>
    </message>
    <message>
        <source>not a JSON object: %1 at character %2.</source>
        <translation>kein JSON-Objekt: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: must be text or a number.</source>
        <translation>%1: muss Text oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>Cannot import: the database is not SQLite.</source>
        <translation>Import nicht möglich: Die Datenbank ist nicht SQLite.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>a moment like 2026-11-20T14:30:00Z or 2026-11-20 14:30:00 +0100</source>
        <translation>ein Zeitpunkt wie 2026-11-20T14:30:00Z oder 2026-11-20 14:30:00 +0100</translation>
    </message>
    <message>
        <source>a date in the format %1</source>
        <translation>ein Datum im Format %1</translation>
    </message>
    <message>
        <source>the value is missing.</source>
        <translation>der Wert fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>„%1“ passt nicht: erwartet wird %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code such as DE.</source>
        <translation>„%1“ ist kein Ländercode aus zwei Buchstaben wie DE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like %2.</source>
        <translation>„%1“ ist kein Betrag wie %2.</translation>
    </message>
    <message>
        <source>the order number is missing.</source>
        <translation>die Bestellnummer fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as de or en.</source>
        <translation>„%1“ ist kein Sprachcode wie de oder en.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code such as EUR.</source>
        <translation>„%1“ ist kein Währungscode aus drei Buchstaben wie EUR.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of items (1 or more).</source>
        <translation>„%1“ ist keine Stückzahl (1 oder mehr).</translation>
    </message>
    <message>
        <source>a price without an item: name its SKU or product.</source>
        <translation>ein Preis ohne Artikel: Geben Sie die SKU oder das Produkt an.</translation>
    </message>
    <message>
        <source>there is no order %1, neither in the database nor earlier in this import.</source>
        <translation>es gibt keine Bestellung %1, weder in der Datenbank noch weiter vorn in diesem Import.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier ParcelDesk tracks; use one of %2.</source>
        <translation>„%1“ ist kein Versanddienstleister, den ParcelDesk verfolgt; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 tracking number (its format or check digit is wrong).</source>
        <translation>„%1“ ist keine Sendungsnummer von %2 (Format oder Prüfziffer stimmt nicht).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating from 1 to 5.</source>
        <translation>„%1“ ist keine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>order %1 already began at line %2; an order&apos;s rows must follow each other.</source>
        <translation>Bestellung %1 begann bereits in Zeile %2; die Zeilen einer Bestellung müssen aufeinander folgen.</translation>
    </message>
    <message>
        <source>left out with its order: another row of the order is bad.</source>
        <translation>mit ihrer Bestellung ausgelassen: eine andere Zeile der Bestellung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>%1: cannot import: %2</source>
        <translation>%1: Import nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: cannot import: order %2 is gone.</source>
        <translation>%1: Import nicht möglich: Bestellung %2 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1: the mapping is for %2, not %3.</source>
        <translation>%1: Die Zuordnung ist für %2, nicht für %3.</translation>
    </message>
    <message>
        <source>%1: no column for %2; name the columns so (README, &quot;Importing orders, shipments and feedback&quot;) or choose a profile.</source>
        <translation>%1: keine Spalte für %2; benennen Sie die Spalten entsprechend (README, „Importing orders, shipments and feedback“) oder wählen Sie ein Profil.</translation>
    </message>
    <message>
        <source>%1: the mapping cannot be used:
%2</source>
        <translation>%1: Die Zuordnung kann nicht verwendet werden:
%2</translation>
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
    <name>ParcelDesk::StoreCopy</name>
    <message>
        <source>A copy goes from a ParcelDesk file to a PostgreSQL database.</source>
        <translation>Kopiert wird von einer ParcelDesk-Datei in eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and %3 version %4: open both with this ParcelDesk first, which brings them to the same version.</source>
        <translation>%1 hat die Schemaversion %2 und %3 die Version %4: Öffnen Sie zuerst beide mit diesem ParcelDesk, das sie auf denselben Stand bringt.</translation>
    </message>
    <message>
        <source>Cannot open %1 or %2.</source>
        <translation>%1 oder %2 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Die Tabellen von %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot empty %1: %2</source>
        <translation>%1 lässt sich nicht leeren: %2</translation>
    </message>
    <message>
        <source>%1 already holds shipments, orders or customers; copy into an empty database, or replace what it holds.</source>
        <translation>%1 enthält schon Sendungen, Bestellungen oder Kunden; kopieren Sie in eine leere Datenbank oder ersetzen Sie ihren Inhalt.</translation>
    </message>
    <message>
        <source>Cannot prepare %1 for the copy: %2</source>
        <translation>%1 lässt sich nicht für das Kopieren vorbereiten: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left as it was.</source>
        <translation>Das Kopieren wurde abgebrochen; %1 blieb, wie es war.</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3</source>
        <translation>%1 lässt sich aus %2 nicht lesen: %3</translation>
    </message>
    <message>
        <source>Cannot copy into %1: %2</source>
        <translation>In %1 lässt sich nicht kopieren: %2</translation>
    </message>
    <message>
        <source>Cannot copy the table %1: %2</source>
        <translation>Die Tabelle %1 lässt sich nicht kopieren: %2</translation>
    </message>
    <message>
        <source>Cannot rebuild after the copy (%1): %2</source>
        <translation>Nach dem Kopieren lässt sich %1 nicht neu aufbauen: %2</translation>
    </message>
    <message>
        <source>Cannot finish the copy into %1: %2</source>
        <translation>Das Kopieren nach %1 lässt sich nicht abschließen: %2</translation>
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
    <name>ParcelDesk::TableExport</name>
    <message>
        <source>Reading the rows to export…</source>
        <translation>Die zu exportierenden Zeilen werden gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Reading the rows to export… %L1 so far</source>
        <translation>Die zu exportierenden Zeilen werden gelesen … bisher %L1</translation>
    </message>
    <message>
        <source>Not every row could be read: %1</source>
        <translation>Nicht alle Zeilen konnten gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: the table is empty.</source>
        <translation>%1 kann nicht geschrieben werden: Die Tabelle ist leer.</translation>
    </message>
    <message>
        <source>%1 was not written. %2</source>
        <translation>%1 wurde nicht geschrieben. %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the rows and columns shown as CSV or an Excel workbook (%1)</source>
        <translation>Die angezeigten Zeilen und Spalten als CSV oder Excel-Arbeitsmappe speichern (%1)</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::TeamRoles</name>
    <message>
        <source>Log a customer&apos;s contact</source>
        <translation>Den Kontakt eines Kunden erfassen</translation>
    </message>
    <message>
        <source>Send a customer an update</source>
        <translation>Einem Kunden eine Statusnachricht senden</translation>
    </message>
    <message>
        <source>Record a delivery change request</source>
        <translation>Einen Änderungswunsch zur Zustellung erfassen</translation>
    </message>
    <message>
        <source>Record a consent to messages</source>
        <translation>Eine Einwilligung in Nachrichten erfassen</translation>
    </message>
    <message>
        <source>Register a return</source>
        <translation>Eine Retoure erfassen</translation>
    </message>
    <message>
        <source>Add a note to a problem case</source>
        <translation>Einem Problemfall eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Die Daten einer Person exportieren</translation>
    </message>
    <message>
        <source>Import orders, shipments, feedback and returns</source>
        <translation>Bestellungen, Sendungen, Kundenbewertungen und Retouren importieren</translation>
    </message>
    <message>
        <source>Poll the carriers</source>
        <translation>Die Versanddienstleister abfragen</translation>
    </message>
    <message>
        <source>Edit carrier accounts</source>
        <translation>Konten der Versanddienstleister bearbeiten</translation>
    </message>
    <message>
        <source>Run the problem-case rules</source>
        <translation>Die Problemfall-Regeln ausführen</translation>
    </message>
    <message>
        <source>Edit the problem-case rules</source>
        <translation>Die Problemfall-Regeln bearbeiten</translation>
    </message>
    <message>
        <source>Assign, hold and resolve problem cases</source>
        <translation>Problemfälle zuweisen, zurückstellen und lösen</translation>
    </message>
    <message>
        <source>Review, label, receive, inspect and settle returns</source>
        <translation>Retouren sichten, etikettieren, entgegennehmen, prüfen und abwickeln</translation>
    </message>
    <message>
        <source>Edit the disposition rules</source>
        <translation>Die Verwertungsregeln bearbeiten</translation>
    </message>
    <message>
        <source>Send the outbox</source>
        <translation>Den Postausgang senden</translation>
    </message>
    <message>
        <source>Edit the settings and message channels</source>
        <translation>Die Einstellungen und Nachrichtenkanäle bearbeiten</translation>
    </message>
    <message>
        <source>Edit the return policy</source>
        <translation>Die Rückgaberichtlinie bearbeiten</translation>
    </message>
    <message>
        <source>Edit the apology rules and guardrails</source>
        <translation>Die Regeln und Leitplanken für Entschuldigungen bearbeiten</translation>
    </message>
    <message>
        <source>Write, approve and reject apologies</source>
        <translation>Entschuldigungen schreiben, freigeben und ablehnen</translation>
    </message>
    <message>
        <source>Edit the message templates</source>
        <translation>Die Nachrichtenvorlagen bearbeiten</translation>
    </message>
    <message>
        <source>Import voucher codes and set the budget</source>
        <translation>Gutscheincodes importieren und das Budget festlegen</translation>
    </message>
    <message>
        <source>Erase personal data and set the retention period</source>
        <translation>Personenbezogene Daten löschen und die Aufbewahrungsfrist festlegen</translation>
    </message>
    <message>
        <source>Set up the team roles and add or remove users</source>
        <translation>Die Team-Rollen einrichten und Benutzer hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>keine Team-Rolle</translation>
    </message>
    <message>
        <source>agent</source>
        <extracomment>A team role: customer service at the WISMO desk</extracomment>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>logistics</source>
        <extracomment>A team role: operations (imports, polling, problem cases, returns)</extracomment>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>The database&apos;s owner, who may do everything</extracomment>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Cannot read your role in %1: %2</source>
        <translation>Ihre Rolle in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Team roles belong to a team&apos;s PostgreSQL database; the file %1 has one user and no roles.</source>
        <translation>Team-Rollen gehören zur PostgreSQL-Datenbank eines Teams; die Datei %1 hat einen Benutzer und keine Rollen.</translation>
    </message>
    <message>
        <source>Cannot set up the team roles in %1: %2</source>
        <translation>Die Team-Rollen in %1 können nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Only the owner of the database %1 (or a superuser) can set up the team roles, and %2 is neither.</source>
        <translation>Nur der Eigentümer der Datenbank %1 (oder ein Superuser) kann die Team-Rollen einrichten, und %2 ist keins von beiden.</translation>
    </message>
    <message>
        <source>Making the group roles, and making one a member of another, needs the CREATEROLE attribute: run parceldeskctl team setup once as a superuser or as a user with CREATEROLE (ALTER ROLE %1 CREATEROLE). Once they exist, the database&apos;s owner can run it alone.</source>
        <translation>Das Anlegen der Gruppenrollen und das Aufnehmen einer Rolle in eine andere braucht das Attribut CREATEROLE: Führen Sie parceldeskctl team setup einmal als Superuser oder als Benutzer mit CREATEROLE aus (ALTER ROLE %1 CREATEROLE). Sobald die Rollen existieren, kann der Eigentümer der Datenbank den Befehl allein ausführen.</translation>
    </message>
    <message>
        <source>Cannot set up the team roles in %1: %2 (%3)</source>
        <translation>Die Team-Rollen in %1 können nicht eingerichtet werden: %2 (%3)</translation>
    </message>
    <message>
        <source>The role %1 does not exist yet, and %2 may not create roles. %3</source>
        <translation>Die Rolle %1 existiert noch nicht, und %2 darf keine Rollen anlegen. %3</translation>
    </message>
    <message>
        <source>Cannot create the role %1: %2. %3</source>
        <translation>Die Rolle %1 kann nicht angelegt werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot make %1 a member of %2: %3. %4</source>
        <translation>%1 kann nicht Mitglied von %2 werden: %3. %4</translation>
    </message>
    <message>
        <source>The audit log of %1 has no db_user column yet: open the database with this ParcelDesk first, which upgrades it, then set up the team roles.</source>
        <translation>Das Protokoll von %1 hat noch keine Spalte db_user: Öffnen Sie die Datenbank zuerst mit diesem ParcelDesk, das sie aktualisiert, und richten Sie dann die Team-Rollen ein.</translation>
    </message>
    <message>
        <source>Cannot set up the team roles in %1: it has no table %2. Open it with this ParcelDesk first, which upgrades it.</source>
        <translation>Die Team-Rollen in %1 können nicht eingerichtet werden: Die Tabelle %2 fehlt. Öffnen Sie die Datenbank zuerst mit diesem ParcelDesk, das sie aktualisiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use lower-case letters, digits and _, starting with a letter or _, at most 63 characters, not beginning with pg_ and not the name of a team group.</source>
        <translation>„%1“ kann kein Anmeldename sein: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben oder _, höchstens 63 Zeichen, nicht mit pg_ am Anfang und nicht der Name einer Team-Gruppe.</translation>
    </message>
    <message>
        <source>A login joins the team as agent, logistics or supervisor.</source>
        <translation>Ein Anmeldename tritt dem Team als agent (Kundenservice), logistics (Logistik) oder supervisor (Leitung) bei.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>%1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot add %1: %2 may not create or change roles. That needs the CREATEROLE attribute (ALTER ROLE %3 CREATEROLE, by a superuser) or a superuser.</source>
        <translation>%1 kann nicht hinzugefügt werden: %2 darf keine Rollen anlegen oder ändern. Dazu braucht es das Attribut CREATEROLE (ALTER ROLE %3 CREATEROLE, durch einen Superuser) oder einen Superuser.</translation>
    </message>
    <message>
        <source>Cannot add %1: the role %2 does not exist; run parceldeskctl team setup first.</source>
        <translation>%1 kann nicht hinzugefügt werden: Die Rolle %2 existiert nicht; führen Sie zuerst parceldeskctl team setup aus.</translation>
    </message>
    <message>
        <source>%1 is a superuser and may do everything; a team role would change nothing.</source>
        <translation>%1 ist ein Superuser und darf alles; eine Team-Rolle würde nichts ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login of the team.</source>
        <translation>„%1“ ist kein Anmeldename des Teams.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 is the user connected; another administrator removes it.</source>
        <translation>%1 ist der verbundene Benutzer; entfernen muss ihn ein anderer Administrator.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2 may not drop roles. That needs the CREATEROLE attribute (ALTER ROLE %3 CREATEROLE, by a superuser) or a superuser.</source>
        <translation>%1 kann nicht entfernt werden: %2 darf keine Rollen löschen. Dazu braucht es das Attribut CREATEROLE (ALTER ROLE %3 CREATEROLE, durch einen Superuser) oder einen Superuser.</translation>
    </message>
    <message>
        <source>%1 is not a member of the team; nothing was changed.</source>
        <translation>%1 gehört nicht zum Team; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A file has no logins and no passwords.</source>
        <translation>Eine Datei hat keine Anmeldenamen und keine Passwörter.</translation>
    </message>
    <message>
        <source>The password for %1 is empty.</source>
        <translation>Das Passwort für %1 ist leer.</translation>
    </message>
    <message>
        <source>Cannot set the password for %1: no connection to %2.</source>
        <translation>Das Passwort für %1 kann nicht gesetzt werden: keine Verbindung zu %2.</translation>
    </message>
    <message>
        <source>Cannot set the password for %1: %2</source>
        <translation>Das Passwort für %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the password for %1: the server&apos;s password hash has an unexpected form.</source>
        <translation>Das Passwort für %1 kann nicht gesetzt werden: Der Passwort-Hash des Servers hat eine unerwartete Form.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::TemplateEditor</name>
    <message>
        <source>Delay notice</source>
        <translation>Verspätungshinweis</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <source>Apology with voucher</source>
        <translation>Entschuldigung mit Gutschein</translation>
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
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>the name of the template the provider approved</source>
        <translation>der Name der vom Anbieter genehmigten Vorlage</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>S&amp;MS:</source>
        <translation>S&amp;MS:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp template:</source>
        <translation>&amp;WhatsApp-Vorlage:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>SMS:</source>
        <translation>SMS:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this template (Ctrl+S); new messages use it from now on.</source>
        <translation>Diese Vorlage speichern (Strg+S); neue Nachrichten verwenden sie ab jetzt.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the edits not saved yet.</source>
        <translation>Die noch nicht gespeicherten Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>Reset to &amp;built-in</source>
        <translation>Auf mitgelieferte Vorlage &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the shop&apos;s version and use the template that comes with ParcelDesk.</source>
        <translation>Die Fassung des Shops verwerfen und die mit ParcelDesk mitgelieferte Vorlage verwenden.</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Ungespeicherte Vorlage</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; (%2) has edits that are not saved.</source>
        <translation>Die Vorlage „%1“ (%2) hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before showing another template?</source>
        <translation>Sollen sie gespeichert werden, bevor eine andere Vorlage gezeigt wird?</translation>
    </message>
    <message>
        <source>They have mistakes and cannot be saved as they are.</source>
        <translation>Sie enthalten Fehler und können so nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot; (%2).</source>
        <translation>Vorlage „%1“ (%2) gespeichert.</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Die Vorlagen werden gelesen …</translation>
    </message>
    <message>
        <source>Edited by %1 on %2</source>
        <translation>Bearbeitet von %1 am %2</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Mitgelieferte Vorlage</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>No preview while the template has mistakes.</source>
        <translation>Keine Vorschau, solange die Vorlage Fehler enthält.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>No SMS text.</source>
        <translation>Kein SMS-Text.</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s), %2 characters; Unicode: %3 characters each</source>
        <extracomment>%2: characters of the filled-in SMS; %3: characters a segment takes in Unicode</extracomment>
        <translation>
            <numerusform>%n SMS-Teil, %2 Zeichen; Unicode: je %3 Zeichen</numerusform>
            <numerusform>%n SMS-Teile, %2 Zeichen; Unicode: je %3 Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s), %2 characters; GSM alphabet: %3 characters each</source>
        <extracomment>%2: characters of the filled-in SMS; %3: characters a segment takes in GSM 03.38</extracomment>
        <translation>
            <numerusform>%n SMS-Teil, %2 Zeichen; GSM-Alphabet: je %3 Zeichen</numerusform>
            <numerusform>%n SMS-Teile, %2 Zeichen; GSM-Alphabet: je %3 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The edits not saved were discarded.</source>
        <translation>Die nicht gespeicherten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Reset to built-in</source>
        <translation>Auf mitgelieferte Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Use the built-in template for &quot;%1&quot; (%2) again? The shop&apos;s version is removed.</source>
        <translation>Wieder die mitgelieferte Vorlage für „%1“ (%2) verwenden? Die Fassung des Shops wird entfernt.</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is the built-in template again.</source>
        <translation>„%1“ (%2) ist wieder die mitgelieferte Vorlage.</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::TemplateRepository</name>
    <message>
        <source>kind: there is no template &quot;%1&quot;; use one of %2.</source>
        <translation>kind: Es gibt keine Vorlage „%1“; möglich sind %2.</translation>
    </message>
    <message>
        <source>language: there is no template %1 in &quot;%2&quot;; use one of %3.</source>
        <translation>language: Es gibt keine Vorlage %1 in „%2“; möglich sind %3.</translation>
    </message>
    <message>
        <source>Cannot read the template %1 (%2): %3</source>
        <translation>Die Vorlage %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>Die Vorlagen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the template: %1</source>
        <translation>Die Vorlage kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot reset the template: %1</source>
        <translation>Die Vorlage kann nicht zurückgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::TwilioSender</name>
    <message>
        <source>Twilio answered HTTP %1 without a message SID: %2</source>
        <translation>Twilio hat mit HTTP %1 ohne Nachrichten-SID geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 (Twilio: %2)</source>
        <translation>%1 (Twilio: %2)</translation>
    </message>
    <message>
        <source>Twilio %1: %2 (HTTP %3)</source>
        <translation>Twilio %1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Twilio HTTP %1: %2</source>
        <translation>Twilio HTTP %1: %2</translation>
    </message>
    <message>
        <source>Twilio is not set up: the Account SID, the auth token and a sender (From or a Messaging Service SID) are needed.</source>
        <translation>Twilio ist nicht eingerichtet: Account SID, Auth Token und ein Absender (From oder eine Messaging Service SID) sind nötig.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>Twilio did not answer within %1 s: %2</source>
        <translation>Twilio hat nicht innerhalb von %1 s geantwortet: %2</translation>
    </message>
    <message>
        <source>Twilio at %1: %2</source>
        <translation>Twilio unter %1: %2</translation>
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
    <name>ParcelDesk::VoucherPanel</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>dead letter</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Voucher budget this month</source>
        <translation>Gutscheinbudget in diesem Monat</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>Monats&amp;budget:</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>&amp;Import codes…</source>
        <translation>Codes &amp;importieren …</translation>
    </message>
    <message>
        <source>A CSV file with the columns code, value and cost; currency and expires may follow.</source>
        <translation>Eine CSV-Datei mit den Spalten code, value und cost; currency und expires dürfen folgen.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message>
        <source>Free codes</source>
        <translation>Freie Codes</translation>
    </message>
    <message>
        <source>Given codes</source>
        <translation>Vergebene Codes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Vergeben am</translation>
    </message>
    <message>
        <source>Latest codes:</source>
        <translation>Neueste Codes:</translation>
    </message>
    <message>
        <source>Spent %1 · committed %2 · remaining %3 of %4</source>
        <translation>Ausgegeben %1 · verplant %2 · übrig %3 von %4</translation>
    </message>
    <message>
        <source>Spent: codes in messages sent this month. Committed: codes in messages waiting for approval or to be sent. Figures are what the codes cost the shop.</source>
        <translation>Ausgegeben: Codes in Nachrichten, die in diesem Monat gesendet wurden. Verplant: Codes in Nachrichten, die auf Freigabe oder Versand warten. Die Beträge sind das, was die Codes den Shop kosten.</translation>
    </message>
    <message>
        <source>The budget is used up: auto-approval stopped. Messages with a voucher wait for a person to approve them.</source>
        <translation>Das Budget ist aufgebraucht: Die automatische Freigabe ist angehalten. Nachrichten mit Gutschein warten darauf, dass ein Mensch sie freigibt.</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Import voucher codes</source>
        <translation>Gutscheincodes importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n code(s) from %1.</source>
        <translation>
            <numerusform>%n Code aus %1 importiert.</numerusform>
            <numerusform>%n Codes aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the budget…</source>
        <translation>Das Budget wird festgelegt …</translation>
    </message>
    <message>
        <source>The monthly budget is set.</source>
        <translation>Das Monatsbudget ist festgelegt.</translation>
    </message>
    <message>
        <source>voucher-codes</source>
        <comment>file name of an export</comment>
        <translation>gutscheincodes</translation>
    </message>
    <message>
        <source>Voucher codes</source>
        <translation>Gutscheincodes</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::VoucherRepository</name>
    <message>
        <source>%1:%2: the header has no column &quot;%3&quot;; it needs code, value and cost (currency and expires may follow), separated by , or ;.</source>
        <translation>%1:%2: Der Kopfzeile fehlt die Spalte „%3“; sie braucht code, value und cost (currency und expires dürfen folgen), getrennt durch , oder ;.</translation>
    </message>
    <message>
        <source>Cannot import the codes: %1</source>
        <translation>Die Codes können nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2: the quote is never closed.</source>
        <translation>%1: %2: Das Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1: the line has %2 fields, the header %3; an amount with a comma needs quotes, or use ; between the fields.</source>
        <translation>%1: Die Zeile hat %2 Felder, die Kopfzeile %3; ein Betrag mit Komma braucht Anführungszeichen, oder verwenden Sie ; zwischen den Feldern.</translation>
    </message>
    <message>
        <source>%1: code: the code is empty.</source>
        <translation>%1: code: Der Code ist leer.</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; is not an amount; write it like 5, 5.00 or 5,00.</source>
        <translation>%1: %2: „%3“ ist kein Betrag; schreiben Sie ihn etwa als 5, 5.00 oder 5,00.</translation>
    </message>
    <message>
        <source>%1: value: a voucher is worth more than nothing.</source>
        <translation>%1: value: Ein Gutschein ist mehr als nichts wert.</translation>
    </message>
    <message>
        <source>%1: cost: %2 is more than the value %3; are cost and value swapped?</source>
        <translation>%1: cost: %2 ist mehr als der Wert %3; sind cost und value vertauscht?</translation>
    </message>
    <message>
        <source>%1: currency: &quot;%2&quot; is not a currency code like EUR.</source>
        <translation>%1: currency: „%2“ ist kein Währungscode wie EUR.</translation>
    </message>
    <message>
        <source>%1: expires: &quot;%2&quot; is not a date like 2026-12-31.</source>
        <translation>%1: expires: „%2“ ist kein Datum wie 2026-12-31.</translation>
    </message>
    <message>
        <source>%1: code: %2 is on line %3 already.</source>
        <translation>%1: code: %2 steht bereits in Zeile %3.</translation>
    </message>
    <message>
        <source>%1: code: %2 is in the pool already (imported from %3).</source>
        <translation>%1: code: %2 ist bereits im Vorrat (importiert aus %3).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>Aus %1 wurde nichts importiert:</translation>
    </message>
    <message>
        <source>%1: there are no codes in the file, only its header.</source>
        <translation>%1: Die Datei enthält keine Codes, nur ihre Kopfzeile.</translation>
    </message>
    <message>
        <source>%1:%2: cannot import the code %3: %4</source>
        <translation>%1:%2: Der Code %3 kann nicht importiert werden: %4</translation>
    </message>
    <message>
        <source>Cannot read the voucher budget: %1</source>
        <translation>Das Gutscheinbudget kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>budget: %1 is less than nothing.</source>
        <translation>budget: %1 ist weniger als nichts.</translation>
    </message>
    <message>
        <source>Cannot set the voucher budget: %1</source>
        <translation>Das Gutscheinbudget kann nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>A voucher for message %1 must be worth something.</source>
        <translation>Ein Gutschein für Nachricht %1 muss etwas wert sein.</translation>
    </message>
    <message>
        <source>A voucher is given for a problem case; message %1 names none.</source>
        <translation>Ein Gutschein wird für einen Problemfall vergeben; Nachricht %1 nennt keinen.</translation>
    </message>
    <message>
        <source>Cannot give message %1 a voucher: %2</source>
        <translation>Nachricht %1 kann kein Gutschein zugeteilt werden: %2</translation>
    </message>
    <message>
        <source>Message %1 is not in the database.</source>
        <translation>Nachricht %1 ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>Message %1 has the voucher %2 already; a message carries one code.</source>
        <translation>Nachricht %1 hat bereits den Gutschein %2; eine Nachricht trägt nur einen Code.</translation>
    </message>
    <message>
        <source>Message %1 is %2; a voucher goes only into a message not sent yet.</source>
        <translation>Nachricht %1 ist %2; ein Gutschein kommt nur in eine noch nicht gesendete Nachricht.</translation>
    </message>
    <message>
        <source>Case %1 has the voucher %2 already (message %3); a case gets one code.</source>
        <translation>Fall %1 hat bereits den Gutschein %2 (Nachricht %3); ein Fall bekommt nur einen Code.</translation>
    </message>
    <message numerus="yes">
        <source>No voucher code worth %1 is left that is valid for another %n day(s); import more codes.</source>
        <translation>
            <numerusform>Es ist kein Gutscheincode im Wert von %1 mehr übrig, der noch %n Tag gültig ist; importieren Sie weitere Codes.</numerusform>
            <numerusform>Es ist kein Gutscheincode im Wert von %1 mehr übrig, der noch %n Tage gültig ist; importieren Sie weitere Codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The voucher %1 was given to another message meanwhile.</source>
        <translation>Der Gutschein %1 wurde inzwischen einer anderen Nachricht zugeteilt.</translation>
    </message>
    <message>
        <source>Cannot record the voucher %1 for case %2: %3</source>
        <translation>Der Gutschein %1 für Fall %2 kann nicht erfasst werden: %3</translation>
    </message>
    <message>
        <source>Cannot put the voucher of message %1 back: %2</source>
        <translation>Der Gutschein von Nachricht %1 kann nicht zurückgelegt werden: %2</translation>
    </message>
    <message>
        <source>Message %1 is %2: it left, or may have; its voucher %3 stays used.</source>
        <translation>Nachricht %1 ist %2: Sie ist (vielleicht) hinausgegangen; ihr Gutschein %3 bleibt verbraucht.</translation>
    </message>
    <message>
        <source>Cannot read the voucher of message %1: %2</source>
        <translation>Der Gutschein von Nachricht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the voucher codes: %1</source>
        <translation>Die Gutscheincodes können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its first line names the columns code, value and cost (currency and expires may follow).</source>
        <translation>ihre erste Zeile nennt die Spalten code, value und cost (currency und expires können folgen).</translation>
    </message>
</context>
<context>
    <name>ParcelDesk::WhatsAppSender</name>
    <message>
        <source>The WhatsApp message has no payload: it needs {&quot;template&quot;: name, &quot;language&quot;: code, &quot;parameters&quot;: [...]}.</source>
        <translation>Die WhatsApp-Nachricht hat keine Nutzdaten: Sie braucht {&quot;template&quot;: Name, &quot;language&quot;: Code, &quot;parameters&quot;: [...]}.</translation>
    </message>
    <message>
        <source>The WhatsApp payload is not JSON (%1 at character %2).</source>
        <translation>Die WhatsApp-Nutzdaten sind kein JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The WhatsApp payload is not a JSON object.</source>
        <translation>Die WhatsApp-Nutzdaten sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The WhatsApp payload names no template (&quot;template&quot;: name).</source>
        <translation>Die WhatsApp-Nutzdaten nennen keine Vorlage (&quot;template&quot;: Name).</translation>
    </message>
    <message>
        <source>The WhatsApp payload&apos;s &quot;language&quot; is not text.</source>
        <translation>„language“ in den WhatsApp-Nutzdaten ist kein Text.</translation>
    </message>
    <message>
        <source>The WhatsApp payload has no language for template &quot;%1&quot; (&quot;language&quot;: code).</source>
        <translation>Die WhatsApp-Nutzdaten haben keine Sprache für die Vorlage „%1“ (&quot;language&quot;: Code).</translation>
    </message>
    <message>
        <source>The WhatsApp payload&apos;s &quot;parameters&quot; is not a list of texts.</source>
        <translation>„parameters“ in den WhatsApp-Nutzdaten ist keine Liste von Texten.</translation>
    </message>
    <message>
        <source>Parameter %1 of the WhatsApp payload is not text.</source>
        <translation>Parameter %1 der WhatsApp-Nutzdaten ist kein Text.</translation>
    </message>
    <message>
        <source>Parameter %1 of the WhatsApp payload is empty; WhatsApp refuses empty parameters.</source>
        <translation>Parameter %1 der WhatsApp-Nutzdaten ist leer; WhatsApp lehnt leere Parameter ab.</translation>
    </message>
    <message>
        <source>WhatsApp answered HTTP %1 without a message ID: %2</source>
        <translation>WhatsApp hat mit HTTP %1 ohne Nachrichten-ID geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 (WhatsApp)</source>
        <translation>%1 (WhatsApp)</translation>
    </message>
    <message>
        <source>%1 (WhatsApp: %2)</source>
        <translation>%1 (WhatsApp: %2)</translation>
    </message>
    <message>
        <source>WhatsApp %1: %2 (HTTP %3)</source>
        <translation>WhatsApp %1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>WhatsApp HTTP %1: %2</source>
        <translation>WhatsApp HTTP %1: %2</translation>
    </message>
    <message>
        <source>WhatsApp is not set up: the phone number ID and the access token are needed.</source>
        <translation>WhatsApp ist nicht eingerichtet: Telefonnummern-ID und Zugriffstoken sind nötig.</translation>
    </message>
    <message>
        <source>WhatsApp did not answer within %1 s: %2</source>
        <translation>WhatsApp hat nicht innerhalb von %1 s geantwortet: %2</translation>
    </message>
    <message>
        <source>WhatsApp at %1: %2</source>
        <translation>WhatsApp unter %1: %2</translation>
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
        <source>A delivery change is asked for a parcel; none is chosen.</source>
        <translation>Eine Zustelländerung gilt einem Paket; keines ist gewählt.</translation>
    </message>
    <message>
        <source>Delivery change recorded (request %1): %2.</source>
        <translation>Zustelländerung erfasst (Wunsch %1): %2.</translation>
    </message>
    <message>
        <source>Return %1: %2; the contact is logged. Tell the customer: %3</source>
        <translation>Rücksendung %1: %2; der Kontakt ist protokolliert. Dem Kunden mitteilen: %3</translation>
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
    <message>
        <source>Personal data erased (customer %1)</source>
        <translation>Personenbezogene Daten gelöscht (Kunde %1)</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Personenbezogene Daten</translation>
    </message>
    <message>
        <source>GDPR: export everything held about this customer, or erase it</source>
        <translation>DSGVO: alles exportieren, was über diesen Kunden gespeichert ist, oder es löschen</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>Personenbezogene Daten e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>Personenbezogene Daten &amp;löschen …</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Another customer came on show while the dialog was open; nothing was done.</source>
        <translation>Während der Dialog offen war, wurde ein anderer Kunde angezeigt; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Exporting the personal data…</source>
        <translation>Die personenbezogenen Daten werden exportiert …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n customer record(s) is written to %1.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %n Kundendatensatz wurden nach %1 geschrieben.</numerusform>
            <numerusform>Die personenbezogenen Daten von %n Kundendatensätzen wurden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what is held about the customer…</source>
        <translation>Was über den Kunden gespeichert ist, wird gelesen …</translation>
    </message>
    <message>
        <source>Another customer came on show meanwhile; nothing was done.</source>
        <translation>Inzwischen wurde ein anderer Kunde angezeigt; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase the personal data of %1?</source>
        <translation>Die personenbezogenen Daten von %1 löschen?</translation>
    </message>
    <message>
        <source>Their name, e-mail address, phone number and address, every note and message text about them, and their consents are erased everywhere: %1.</source>
        <translation>Name, E-Mail-Adresse, Telefonnummer und Adresse, jede Notiz und jeder Nachrichtentext über die Person sowie ihre Einwilligungen werden überall gelöscht: %1.</translation>
    </message>
    <message>
        <source>Orders, parcels and every figure stay, under no name.</source>
        <translation>Bestellungen, Pakete und alle Zahlen bleiben, ohne Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer records have this e-mail address; they are all this person and all are erased.</source>
        <translation>
            <numerusform>%n Kundendatensatz hat diese E-Mail-Adresse; er gehört zu dieser Person und wird gelöscht.</numerusform>
            <numerusform>%n Kundendatensätze haben diese E-Mail-Adresse; sie gehören alle zu dieser Person und werden alle gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) are still on their way: carrier scans that come later are stored as usual.</source>
        <translation>
            <numerusform>%n Paket ist noch unterwegs: Spätere Scans des Versanddienstleisters werden wie üblich gespeichert.</numerusform>
            <numerusform>%n Pakete sind noch unterwegs: Spätere Scans des Versanddienstleisters werden wie üblich gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>e.g. request by e-mail of 3 May (no personal data)</source>
        <translation>z. B. Anfrage per E-Mail vom 3. Mai (keine personenbezogenen Daten)</translation>
    </message>
    <message>
        <source>&amp;Reason for the audit log:</source>
        <translation>&amp;Grund für das Audit-Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Erasing the personal data…</source>
        <translation>Die personenbezogenen Daten werden gelöscht …</translation>
    </message>
    <message>
        <source>Personal data erased: %1.</source>
        <translation>Personenbezogene Daten gelöscht: %1.</translation>
    </message>
    <message>
        <source>&amp;Consent to messages…</source>
        <translation>&amp;Einwilligung zu Nachrichten …</translation>
    </message>
    <message>
        <source>What the customer says about proactive messages, per channel: a &quot;no&quot; holds back at once what has not been sent</source>
        <translation>Was der Kunde zu proaktiven Nachrichten sagt, je Kanal: Ein „Nein“ hält sofort zurück, was noch nicht gesendet wurde</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>Rücksendung einleiten</translation>
    </message>
    <message>
        <source>The note is back in its field; log it again.</source>
        <translation>Die Notiz steht wieder im Feld; bitte erneut erfassen.</translation>
    </message>
    <message>
        <source>The note was: %1</source>
        <translation>Die Notiz lautete: %1</translation>
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

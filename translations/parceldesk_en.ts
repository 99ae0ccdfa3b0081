<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ParcelDesk::ApologiesPage</name>
    <message numerus="yes">
        <source>%n customer(s) to tell.</source>
        <translation>
            <numerusform>%n customer to tell.</numerusform>
            <numerusform>%n customers to tell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 by %3, %n parcel(s) of %4.</source>
        <translation>
            <numerusform>%1 to %2 by %3, %n parcel of %4.</numerusform>
            <numerusform>%1 to %2 by %3, %n parcels of %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) had been told meanwhile.</source>
        <translation>
            <numerusform>%n customer had been told meanwhile.</numerusform>
            <numerusform>%n customers had been told meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ClaimWindows</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ConsentDialog</name>
    <message numerus="yes">
        <source>%n message(s) not sent yet are held back.</source>
        <translation>
            <numerusform>%n message not sent yet is held back.</numerusform>
            <numerusform>%n messages not sent yet are held back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CtlCommands</name>
    <message numerus="yes">
        <source>SMS (%n segment(s)%1): %2</source>
        <translation>
            <numerusform>SMS (%n segment%1): %2</numerusform>
            <numerusform>SMS (%n segments%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n code(s) from %1.</source>
        <translation>
            <numerusform>Imported %n code from %1.</numerusform>
            <numerusform>Imported %n codes from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them expire within a week or have expired; they are never given.</source>
        <translation>
            <numerusform>%n of them expires within a week or has expired; it is never given.</numerusform>
            <numerusform>%n of them expire within a week or have expired; they are never given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free code(s) expire within a week or have expired; they are never given.</source>
        <translation>
            <numerusform>%n free code expires within a week or has expired; it is never given.</numerusform>
            <numerusform>%n free codes expire within a week or have expired; they are never given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to tell.</source>
        <translation>
            <numerusform>%n customer to tell.</numerusform>
            <numerusform>%n customers to tell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent yet are held back.</source>
        <translation>
            <numerusform>%n message not sent yet is held back.</numerusform>
            <numerusform>%n messages not sent yet are held back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n customer(s) whose last order is older than %1 days.</source>
        <translation>
            <numerusform>Erased the personal data of %n customer whose last order is older than %1 days.</numerusform>
            <numerusform>Erased the personal data of %n customers whose last order is older than %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) of theirs are still on their way: carrier scans that come later are stored as usual.</source>
        <translation>
            <numerusform>%n parcel of theirs is still on its way: carrier scans that come later are stored as usual.</numerusform>
            <numerusform>%n parcels of theirs are still on their way: carrier scans that come later are stored as usual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n day(s). parceldeskctl purge --retention erases the personal data of customers whose last order is older.</source>
        <translation>
            <numerusform>Retention: %n day. parceldeskctl purge --retention erases the personal data of customers whose last order is older.</numerusform>
            <numerusform>Retention: %n days. parceldeskctl purge --retention erases the personal data of customers whose last order is older.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n customer(s).</source>
        <translation>
            <numerusform>Due now: %n customer.</numerusform>
            <numerusform>Due now: %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n return(s) with %1 line(s): %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy; %6 with a label. Rows skipped: %7.</source>
        <translation>
            <numerusform>Imported %n return with %1 line(s): %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy; %6 with a label. Rows skipped: %7.</numerusform>
            <numerusform>Imported %n returns with %1 line(s): %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy; %6 with a label. Rows skipped: %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are bad; --skip-bad imports the rest. %1</source>
        <translation>
            <numerusform>Nothing was imported: %n row is bad; --skip-bad imports the rest. %1</numerusform>
            <numerusform>Nothing was imported: %n rows are bad; --skip-bad imports the rest. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CustomerPrivacy</name>
    <message numerus="yes">
        <source>%n customer record(s)</source>
        <translation>
            <numerusform>%n customer record</numerusform>
            <numerusform>%n customer records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking event(s) naming them</source>
        <translation>
            <numerusform>%n tracking event naming them</numerusform>
            <numerusform>%n tracking events naming them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem case(s)</source>
        <translation>
            <numerusform>%n problem case</numerusform>
            <numerusform>%n problem cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery change(s)</source>
        <translation>
            <numerusform>%n delivery change</numerusform>
            <numerusform>%n delivery changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot erase old personal data after %n customer(s): %1</source>
        <translation>
            <numerusform>Cannot erase old personal data after %n customer: %1</numerusform>
            <numerusform>Cannot erase old personal data after %n customers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) erased, but the file could not be rewritten yet (%1); old bytes stay in it until the next erasure or a VACUUM.</source>
        <translation>
            <numerusform>%n customer erased, but the file could not be rewritten yet (%1); old bytes stay in it until the next erasure or a VACUUM.</numerusform>
            <numerusform>%n customers erased, but the file could not be rewritten yet (%1); old bytes stay in it until the next erasure or a VACUUM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::CustomerText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::DemoDataGenerator</name>
    <message numerus="yes">
        <source>%1 already holds %Ln shipment(s); pass --replace to overwrite it.</source>
        <translation>
            <numerusform>%1 already holds %Ln shipment; pass --replace to overwrite it.</numerusform>
            <numerusform>%1 already holds %Ln shipments; pass --replace to overwrite it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ImportDialog</name>
    <message numerus="yes">
        <source>CSV with %n column(s), separated by “%1”. Its first rows:</source>
        <translation>
            <numerusform>CSV with %n column, separated by “%1”. Its first rows:</numerusform>
            <numerusform>CSV with %n columns, separated by “%1”. Its first rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n row checked.</numerusform>
            <numerusform>%n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are bad; every problem is listed below.</source>
        <translation>
            <numerusform>%n row is bad; every problem is listed below.</numerusform>
            <numerusform>%n rows are bad; every problem is listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) are left out with their order.</source>
        <translation>
            <numerusform>%n more row is left out with its order.</numerusform>
            <numerusform>%n more rows are left out with their order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the rest imports the other %n row(s); Cancel imports nothing.</source>
        <translation>
            <numerusform>Import the rest imports the other %n row; Cancel imports nothing.</numerusform>
            <numerusform>Import the rest imports the other %n rows; Cancel imports nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) cancelled in the shop are left out.</source>
        <translation>
            <numerusform>%n order cancelled in the shop is left out.</numerusform>
            <numerusform>%n orders cancelled in the shop are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MainWindow</name>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln shipment</numerusform>
            <numerusform>%Ln shipments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polling %n carrier(s)</source>
        <translation>
            <numerusform>Polling %n carrier</numerusform>
            <numerusform>Polling %n carriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n carrier(s)</source>
        <translation>
            <numerusform>Watching %n carrier</numerusform>
            <numerusform>Watching %n carriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n throttled</source>
        <translation>
            <numerusform>%n throttled</numerusform>
            <numerusform>%n throttled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last run %1: %Ln parcel(s), %2 new events</source>
        <translation>
            <numerusform>last run %1: %Ln parcel, %2 new events</numerusform>
            <numerusform>last run %1: %Ln parcels, %2 new events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::OperationsReport</name>
    <message numerus="yes">
        <source>Carriers compared on the same lanes, so that a carrier serving harder destinations is not judged against easier ones. A lane is listed when at least two carriers delivered %n parcels or more on it; the carriers are ranked by on-time rate, then transit time.</source>
        <translation>
            <numerusform>Carriers compared on the same lanes, so that a carrier serving harder destinations is not judged against easier ones. A lane is listed when at least two carriers delivered %n parcel or more on it; the carriers are ranked by on-time rate, then transit time.</numerusform>
            <numerusform>Carriers compared on the same lanes, so that a carrier serving harder destinations is not judged against easier ones. A lane is listed when at least two carriers delivered %n parcels or more on it; the carriers are ranked by on-time rate, then transit time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::Outbox</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::OverviewPage</name>
    <message numerus="yes">
        <source>%n parcel(s) asked about</source>
        <translation>
            <numerusform>%n parcel asked about</numerusform>
            <numerusform>%n parcels asked about</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n parcel(s)</source>
        <translation>
            <numerusform>in %n parcel</numerusform>
            <numerusform>in %n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) about the %1 parcels shipped in the range</source>
        <translation>
            <numerusform>%n contact about the %1 parcels shipped in the range</numerusform>
            <numerusform>%n contacts about the %1 parcels shipped in the range</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) came after a message from us about the order</source>
        <translation>
            <numerusform>%1 of %n contact came after a message from us about the order</numerusform>
            <numerusform>%1 of %n contacts came after a message from us about the order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contact(s) were not the first about their order</source>
        <translation>
            <numerusform>%1 of %n contact was not the first about its order</numerusform>
            <numerusform>%1 of %n contacts were not the first about their order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemCasesPage</name>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemRules</name>
    <message numerus="yes">
        <source>Label created %1; no carrier scan for %n business day(s).</source>
        <translation>
            <numerusform>Label created %1; no carrier scan for %n business day.</numerusform>
            <numerusform>Label created %1; no carrier scan for %n business days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No scan since %1 (%n business day(s)).</source>
        <translation>
            <numerusform>No scan since %1 (%n business day).</numerusform>
            <numerusform>No scan since %1 (%n business days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery attempt(s).</source>
        <translation>
            <numerusform>%n failed delivery attempt.</numerusform>
            <numerusform>%n failed delivery attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No scan for %n day(s), since %1.</source>
        <translation>
            <numerusform>No scan for %n day, since %1.</numerusform>
            <numerusform>No scan for %n days, since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1 by the carrier&apos;s word; the customer said on %2 that it never arrived (%n contact(s)).</source>
        <translation>
            <numerusform>Delivered %1 by the carrier&apos;s word; the customer said on %2 that it never arrived (%n contact).</numerusform>
            <numerusform>Delivered %1 by the carrier&apos;s word; the customer said on %2 that it never arrived (%n contacts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ProblemRulesDialog</name>
    <message numerus="yes">
        <source>Against the last 30 days this rule would have opened %n case(s) (%1 shipments checked).</source>
        <translation>
            <numerusform>Against the last 30 days this rule would have opened %n case (%1 shipments checked).</numerusform>
            <numerusform>Against the last 30 days this rule would have opened %n cases (%1 shipments checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnImport</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnsDashboard</name>
    <message numerus="yes">
        <source>Items received: %1, in %n return(s)</source>
        <translation>
            <numerusform>Items received: %1, in %n return</numerusform>
            <numerusform>Items received: %1, in %n returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n item(s) delivered in the period came back so far</source>
        <translation>
            <numerusform>%1 of the %n item delivered in the period came back so far</numerusform>
            <numerusform>%1 of the %n items delivered in the period came back so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n item(s) graded and decided on in the period; %1 resold</source>
        <translation>
            <numerusform>Of the %n item graded and decided on in the period; %1 resold</numerusform>
            <numerusform>Of the %n items graded and decided on in the period; %1 resold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s): 90 % within %1 days, on average %2 days. Keep-it refunds (nothing sent back): %3</source>
        <translation>
            <numerusform>%n refund: 90 % within %1 days, on average %2 days. Keep-it refunds (nothing sent back): %3</numerusform>
            <numerusform>%n refunds: 90 % within %1 days, on average %2 days. Keep-it refunds (nothing sent back): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n received return(s) whose packaging was checked</source>
        <translation>
            <numerusform>%1 of the %n received return whose packaging was checked</numerusform>
            <numerusform>%1 of the %n received returns whose packaging was checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ReturnsPage</name>
    <message numerus="yes">
        <source>Saved %n rule(s).</source>
        <translation>
            <numerusform>Saved %n rule.</numerusform>
            <numerusform>Saved %n rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be imported. Import the other %2 return(s) and skip them?</source>
        <translation>
            <numerusform>%n row of %1 cannot be imported. Import the other %2 return(s) and skip it?</numerusform>
            <numerusform>%n rows of %1 cannot be imported. Import the other %2 return(s) and skip them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n return(s) from %1: %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy, %6 with a label; %7 row(s) skipped.</source>
        <translation>
            <numerusform>Imported %n return from %1: %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy, %6 with a label; %7 row(s) skipped.</numerusform>
            <numerusform>Imported %n returns from %1: %2 accepted, %3 waiting for review, %4 kept by the customer, %5 refused by the policy, %6 with a label; %7 row(s) skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n waiting for review</numerusform>
            <numerusform>%n waiting for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) to make</source>
        <translation>
            <numerusform>%n label to make</numerusform>
            <numerusform>%n labels to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on their way back</source>
        <translation>
            <numerusform>%n on its way back</numerusform>
            <numerusform>%n on their way back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to inspect</source>
        <translation>
            <numerusform>%n to inspect</numerusform>
            <numerusform>%n to inspect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) or exchange(s) to settle</source>
        <translation>
            <numerusform>%n refund or exchange to settle</numerusform>
            <numerusform>%n refunds or exchanges to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::SettingsPage</name>
    <message numerus="yes">
        <source>No customer&apos;s last order is older than %n day(s).</source>
        <translation>
            <numerusform>No customer&apos;s last order is older than %n day.</numerusform>
            <numerusform>No customer&apos;s last order is older than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n customer(s) whose last order is older than %1 days? Their orders, parcels and the figures stay. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %n customer whose last order is older than %1 days? Their orders, parcels and the figures stay. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %n customers whose last order is older than %1 days? Their orders, parcels and the figures stay. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n customer(s) is erased.</source>
        <translation>
            <numerusform>The personal data of %n customer is erased.</numerusform>
            <numerusform>The personal data of %n customers is erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::ShipmentsPage</name>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation>
            <numerusform>%Ln shipment</numerusform>
            <numerusform>%Ln shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::TemplateEditor</name>
    <message numerus="yes">
        <source>%n SMS segment(s), %2 characters; Unicode: %3 characters each</source>
        <extracomment>%2: characters of the filled-in SMS; %3: characters a segment takes in Unicode</extracomment>
        <translation>
            <numerusform>%n SMS segment, %2 characters; Unicode: %3 characters each</numerusform>
            <numerusform>%n SMS segments, %2 characters; Unicode: %3 characters each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS segment(s), %2 characters; GSM alphabet: %3 characters each</source>
        <extracomment>%2: characters of the filled-in SMS; %3: characters a segment takes in GSM 03.38</extracomment>
        <translation>
            <numerusform>%n SMS segment, %2 characters; GSM alphabet: %3 characters each</numerusform>
            <numerusform>%n SMS segments, %2 characters; GSM alphabet: %3 characters each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::VoucherPanel</name>
    <message numerus="yes">
        <source>Imported %n code(s) from %1.</source>
        <translation>
            <numerusform>Imported %n code from %1.</numerusform>
            <numerusform>Imported %n codes from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::VoucherRepository</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No voucher code worth %1 is left that is valid for another %n day(s); import more codes.</source>
        <translation>
            <numerusform>No voucher code worth %1 is left that is valid for another %n day; import more codes.</numerusform>
            <numerusform>No voucher code worth %1 is left that is valid for another %n days; import more codes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::WismoPage</name>
    <message numerus="yes">
        <source>%1 · %n parcels</source>
        <translation>
            <numerusform>%1 · %n parcel</numerusform>
            <numerusform>%1 · %n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n</source>
        <translation>
            <numerusform>the first</numerusform>
            <numerusform>the first %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer has asked %n time(s) before.</source>
        <translation>
            <numerusform>The customer has asked once before.</numerusform>
            <numerusform>The customer has asked %n times before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n customer record(s) is written to %1.</source>
        <translation>
            <numerusform>The personal data of %n customer record is written to %1.</numerusform>
            <numerusform>The personal data of %n customer records is written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer records have this e-mail address; they are all this person and all are erased.</source>
        <translation>
            <numerusform>%n customer record has this e-mail address; it is this person and is erased.</numerusform>
            <numerusform>%n customer records have this e-mail address; they are all this person and all are erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) are still on their way: carrier scans that come later are stored as usual.</source>
        <translation>
            <numerusform>%n parcel is still on its way: carrier scans that come later are stored as usual.</numerusform>
            <numerusform>%n parcels are still on their way: carrier scans that come later are stored as usual.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ParcelDesk::CtlCommands</name>
    <message numerus="yes">
        <source>SMS (%n segment(s)%1): %2</source>
        <translation>
            <numerusform>SMS (%n segment%1): %2</numerusform>
            <numerusform>SMS (%n segments%1): %2</numerusform>
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
</context>
</TS>

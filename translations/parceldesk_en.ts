<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>

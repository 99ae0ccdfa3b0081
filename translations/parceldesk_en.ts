<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ParcelDesk::DemoDataGenerator</name>
    <message numerus="yes">
        <source>%1 already holds %Ln shipment(s); pass --replace to overwrite it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParcelDesk::MainWindow</name>
    <message numerus="yes">
        <source>%Ln shipment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>

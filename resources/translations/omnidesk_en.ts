<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n unit(s); last changed {when}</source>
        <translation>
            <numerusform>%n unit; last changed {when}</numerusform>
            <numerusform>%n units; last changed {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n character(s) long.</source>
        <translation>
            <numerusform>A note can be at most %n character long.</numerusform>
            <numerusform>A note can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number}: part handed over; %n unit(s) still waiting.</source>
        <translation>
            <numerusform>Order {number}: part handed over; %n unit still waiting.</numerusform>
            <numerusform>Order {number}: part handed over; %n units still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handing over %n unit(s).</source>
        <translation>
            <numerusform>Handing over %n unit.</numerusform>
            <numerusform>Handing over %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) cancelled.</source>
        <translation>
            <numerusform>%n unit cancelled.</numerusform>
            <numerusform>%n units cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still waiting for pickup.</source>
        <translation>
            <numerusform>%n unit still waiting for pickup.</numerusform>
            <numerusform>%n units still waiting for pickup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting here</source>
        <translation>
            <numerusform>%n order waiting here</numerusform>
            <numerusform>%n orders waiting here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return {number} of order {order} recorded: %n unit(s) taken back.</source>
        <translation>
            <numerusform>Return {number} of order {order} recorded: %n unit taken back.</numerusform>
            <numerusform>Return {number} of order {order} recorded: %n units taken back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart from the {channel}, {when} · %n item(s)</source>
        <translation>
            <numerusform>Cart from the {channel}, {when} · %n item</numerusform>
            <numerusform>Cart from the {channel}, {when} · %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found.</source>
        <translation>
            <numerusform>%Ln customer found.</numerusform>
            <numerusform>%Ln customers found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown of {total}; scroll for more.</source>
        <translation>
            <numerusform>%Ln customer shown of {total}; scroll for more.</numerusform>
            <numerusform>%Ln customers shown of {total}; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%Ln customer shown; scroll for more.</numerusform>
            <numerusform>%Ln customers shown; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN has at least %n digit(s).</source>
        <translation>
            <numerusform>A PIN has at least %n digit.</numerusform>
            <numerusform>A PIN has at least %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n item(s)</source>
        <translation>
            <numerusform>Sale of %n item</numerusform>
            <numerusform>Sale of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order of %n item(s)</source>
        <translation>
            <numerusform>Order of %n item</numerusform>
            <numerusform>Order of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return of %n item(s)</source>
        <translation>
            <numerusform>Return of %n item</numerusform>
            <numerusform>Return of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to a cart</source>
        <translation>
            <numerusform>%n item added to a cart</numerusform>
            <numerusform>%n items added to a cart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart line changed to %n item(s)</source>
        <translation>
            <numerusform>Cart line changed to %n item</numerusform>
            <numerusform>Cart line changed to %n items</numerusform>
        </translation>
    </message>
</context>
</TS>

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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bought %n item(s) at {store} for {total} (sale {number}).</source>
        <translation>
            <numerusform>Bought %n item at {store} for {total} (sale {number}).</numerusform>
            <numerusform>Bought %n items at {store} for {total} (sale {number}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} placed for pickup at {store}: %n item(s), {total}.</source>
        <translation>
            <numerusform>Order {number} placed for pickup at {store}: %n item, {total}.</numerusform>
            <numerusform>Order {number} placed for pickup at {store}: %n items, {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} placed to ship to {city}: %n item(s), {total}.</source>
        <translation>
            <numerusform>Order {number} placed to ship to {city}: %n item, {total}.</numerusform>
            <numerusform>Order {number} placed to ship to {city}: %n items, {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} placed: %n item(s), {total}.</source>
        <translation>
            <numerusform>Order {number} placed: %n item, {total}.</numerusform>
            <numerusform>Order {number} placed: %n items, {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} partly picked up at {store}: %n item(s); the other {cancelled} cancelled, refunded {refund}.</source>
        <translation>
            <numerusform>Order {number} partly picked up at {store}: %n item; the other {cancelled} cancelled, refunded {refund}.</numerusform>
            <numerusform>Order {number} partly picked up at {store}: %n items; the other {cancelled} cancelled, refunded {refund}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} partly picked up at {store}: %n item(s); the other {cancelled} cancelled.</source>
        <translation>
            <numerusform>Order {number} partly picked up at {store}: %n item; the other {cancelled} cancelled.</numerusform>
            <numerusform>Order {number} partly picked up at {store}: %n items; the other {cancelled} cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} partly picked up at {store}: %n item(s), {waiting} still waiting.</source>
        <translation>
            <numerusform>Order {number} partly picked up at {store}: %n item, {waiting} still waiting.</numerusform>
            <numerusform>Order {number} partly picked up at {store}: %n items, {waiting} still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order {number} picked up at {store}: the remaining %n item(s).</source>
        <translation>
            <numerusform>Order {number} picked up at {store}: the remaining %n item.</numerusform>
            <numerusform>Order {number} picked up at {store}: the remaining %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) of order {number} not collected by {until} expired. Refunded {refund}.</source>
        <translation>
            <numerusform>The %n item of order {number} not collected by {until} expired. Refunded {refund}.</numerusform>
            <numerusform>The %n items of order {number} not collected by {until} expired. Refunded {refund}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) of order {number} not collected by {until} expired.</source>
        <translation>
            <numerusform>The %n item of order {number} not collected by {until} expired.</numerusform>
            <numerusform>The %n items of order {number} not collected by {until} expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n unit(s) of order {number} at {store} ({return_number}): refund {refunds}.</source>
        <translation>
            <numerusform>Returned %n unit of order {number} at {store} ({return_number}): refund {refunds}.</numerusform>
            <numerusform>Returned %n units of order {number} at {store} ({return_number}): refund {refunds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n unit(s) of order {number} by post ({return_number}): refund {refunds}.</source>
        <translation>
            <numerusform>Returned %n unit of order {number} by post ({return_number}): refund {refunds}.</numerusform>
            <numerusform>Returned %n units of order {number} by post ({return_number}): refund {refunds}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offer for application {number}: {amount} over %n month(s), APR {apr} %.</source>
        <translation>
            <numerusform>Offer for application {number}: {amount} over %n month, APR {apr} %.</numerusform>
            <numerusform>Offer for application {number}: {amount} over %n months, APR {apr} %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stroke(s)</source>
        <translation>
            <numerusform>%n stroke</numerusform>
            <numerusform>%n strokes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>

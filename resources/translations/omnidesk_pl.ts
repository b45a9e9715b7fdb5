<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>--place goes with the demo only: omnidesk demo --place CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data has no place {code!r}; the places are: {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnidesk could not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cart in any channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this cart at the till (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;reet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale or partita IVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP, 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address; it looks like anna.nowak@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Italian phone number; it looks like +39 02 1234 5678 or +39 347 123 4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Polish phone number: it has 9 digits, like +48 601 234 567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a valid codice fiscale (16 characters) nor a valid partita IVA (11 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIP is not valid: a NIP has 10 digits and the last one must match the check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Italian postal code has 5 digits, like 20121.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Polish postal code looks like 00-950.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Every channel will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the timeline (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected order at the pickup desk to prepare or hand it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take goods of the selected order back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · Ctrl+T note · Ctrl+Enter add note · Ctrl+O open cart · Ctrl+Shift+S new sale · Ctrl+1…4 timeline, orders, returns, applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({when}, {where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by name, phone, e-mail or loyalty card (F2), or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new sale for this customer (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this customer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s); last changed {when}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the timeline yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n character(s) long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: an embedded central API with demo data runs at {url}. This device&apos;s token and sign-ins are kept in memory only, not in the OS keyring, and are gone when the window closes. Signed in as {login}; every demo login (listed in the terminal) has PIN {pin}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnidesk demo: the central API runs at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opens at {place}, signed in as {login} ({name}, {role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every demo login has PIN {pin}; lock the window (Ctrl+L) to sign in as another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the demo advisor in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the demo field rep in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the demo pricing person in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the demo cashier in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the central API with demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnidesk keeps this device&apos;s token in the operating system&apos;s keyring, and none is available here.

{detail}

To try Omnidesk without one, run `omnidesk demo`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure: this device&apos;s token and sign-in secrets are kept by {backend}, which does not protect them. Anyone who can read this computer&apos;s files can take them and act as this device. Allowed only because OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1 is set; not for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the new total…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} · due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figures}. Nothing changed yet: change a quantity, add a product (F4) or choose how the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: pay and save · Alt+Y: the rest by card · Esc: back to the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is not on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product… (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay at pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay now at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: quantities (0 removes the line) · F4: add a product · Alt+P: payment · Enter: save · Esc: back to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({sku}) · new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({sku}) · ordered {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} · {unit} each · line total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for photo ID or the order confirmation; the name must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missing… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} · {channel} · placed {placed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · collected at {store}, not here: nothing to do at this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · held until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · not in the pickup queue any more: shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loyalty card {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} · {payment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order {number}: part handed over; %n unit(s) still waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order {number} handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to give: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {waiting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps waiting for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is cancelled and refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;rest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: hand over · Tab: units per line · Alt+R: the rest · Esc: back to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handing over %n unit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due now: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refund now: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still waiting for pickup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the hand-over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is not prepared yet. Mark it ready and hand it over now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: complete · Alt+Y: the rest by card · Esc: back to the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{units} × {name} ({sku})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the goods handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order pickup {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an order number or an order&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order {number} on this till: check the number. An order placed a moment ago arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is not waiting for pickup here; shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the line with missing units first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, or scan the QR code of the order confirmation (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F find · ↓ into the queue · Enter open · Ctrl+R mark ready · Ctrl+M mark missing · Ctrl+E change order · Ctrl+Shift+P pick list · F12 hand over · Esc back to the queue · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No orders to prepare. New orders for this store appear as they come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders ready for pickup. Mark an order ready (Ctrl+R) once it is prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders waiting here. New orders for this store appear as they come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer on this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PICK LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing units: mark them on the till before “ready”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is ready for pickup; the customer is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units of {name} ({sku}) are missing? {quantity} ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take them off the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} of {quantity} × {name} taken off order {number} as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay on pickup: {amount} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid: {amount} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded {amount} to the original payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due at pickup {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} changed: new total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; refunded {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; change to give {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {amount} due at pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — {name} ({currency}, {where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not responsible for any price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product and a price list, and type the new price (e.g. 1299.00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {currency} set in {code}. Every till and the web shop charge it from its start, after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product by name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1299.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new price reaches every till and the web shop with the next sync. Only the price lists you are responsible for are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a manager: only a manager can approve this. Ask a manager to enter their login and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is late and needs a manager&apos;s approval, which this till cannot take; ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print return receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Return {number} of order {order} recorded: %n unit(s) taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} back to the online payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} back to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay out {amount} in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} as store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnable units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or scan the order&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s orders that can take a return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the order by its number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or by the customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order of this customer can take a return here. Find it by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this customer&apos;s orders on this till can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer to see their orders that can take a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer brings it back (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another order (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm return (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} · {channel} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {days}-day return window closed on {date}; a manager must approve this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many units come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} to the original payment ({paid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} in cash from this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable (back to stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged (not for sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to return of this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {count} can come back (F2 or double-click to change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F order number · F12 confirm the return · Esc another order · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an order number (like O-0123456789) nor an order&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not on this till and the look-up needs a connection; try again when the till is online, or find the order through the customer if they shop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That order is not on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has not reached the customer yet; it can be cancelled, not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything bought on order {number} has been returned already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many units of which line come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was paid in {order} and this till pays out {till}: refund to the original payment or as store credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the customer brings the goods back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late return approved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL REFUNDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this receipt for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} −{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a product or press F4 to find one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cart from the {channel}, {when} · %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up this sale and the products scanned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cart is already {status}; start a new sale (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cart is in {cart} but this till sells in {till}; it cannot be paid here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty: scan a product first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s open carts from every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started in channel: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {number} completed: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code “{code}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a product first, then change its quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find product (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3 scan · F4 find product · ↑/↓ choose line · F6 quantity · Del remove line · F12 pay · Ctrl+N new sale · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (F6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of the selected line (F6); Enter applies, 0 removes the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promotion {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a barcode, or type a code or SKU and press Enter (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here · {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, e-mail or loyalty card (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Check the spelling, or create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers on this device yet. Create one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown of {total}; scroll for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown; scroll for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person does not work at this device&apos;s store or territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled; ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and you have not signed in on this device before. Sign in once while it is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and your sign-in on this device has expired (it lasts a while after each online sign-in). Sign in once while it is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can lift a sign-in lock-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrolment code was used already; ask a manager for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrolment code has expired; ask a manager for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That enrolment code is not valid; check it or ask a manager for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was revoked by a manager; enrol it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check the address, or give the server&apos;s CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s server address, {url}, is plain http:// to another machine: its token and staff PINs would cross the network in clear, so it is not used. Enrol this device again with the server&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key of the local database {path}, so it cannot be opened. Nothing was changed or deleted: its unsent changes are still in it. Ask support before enrolling this device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). It was not saved; try again, and tell your manager if it happens again (the details are in {path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type it like 120.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card terminal&apos;s reference for the card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid by card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal reference is too long (64 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card pays more than the total of {total}; only cash can be over-paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due: {due}. Take more, or add a card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: complete · Alt+Y: the rest by card · Esc: back to the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the card terminal&apos;s slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest b&amp;y card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search · ↓ to the list · Enter adds · Esc back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (ref. {reference})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for shopping with us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved as {path}; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A PIN has at least %n digit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is too easy to guess: not one digit repeated, nor a run like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs for this login on this device. Try again after {time}, or sign in while the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins on this device. Try again after {time}, or ask a manager to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs for this login. Try again after {time}, or ask a manager to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes from this computer. Wait a while, then try again with a new code from a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is too short: choose a new PIN of at least {n} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new PIN must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not allowed: use at least {n} digits, not one digit repeated nor a run like 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy checking sign-ins; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this device&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the local data to this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering the local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these goods were already returned elsewhere (another store, or by post) while this till was offline, so no refund was recorded for this return. If some units can still be returned, correct the quantity (Fix); otherwise discard it. If you refunded the customer for goods refunded elsewhere too, ask a manager to settle it with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return window had closed. A manager can approve the late return: open Returns, find the order and take the return again with a manager&apos;s approval, then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can approve a late return. Ask a manager to take the return again in Returns with their own sign-in, then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was cancelled online while this till was offline, and any prepayment went back to the customer. If the customer left with the goods, sell them the goods as a new sale (or ask for them back) and refund any money taken at this hand-over; then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order expired uncollected before the hand-over reached the central system, and any prepayment went back to the customer. If the goods left with the customer, sell them as a new sale; then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order had already been handed over (look at the customer&apos;s timeline for where and when). If the customer got the goods twice, ask a manager; if not, discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was handed over, cancelled or expired elsewhere before this change reached the central system, and any money taken or refunded with the change was not recorded. Look at the order in the customer&apos;s 360: settle any payment with the customer, then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are set centrally, by the pricing staff of each country&apos;s office: the price was not changed anywhere. Tell them about the price to change, then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order changed elsewhere meanwhile (collected, cancelled or expired). Look at it in the customer&apos;s 360, then discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central system could not confirm who made this change on this device, so it was not applied anywhere. If it is still needed, retry it: the retry is signed as the person signed in now, who takes it on. Otherwise discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof of who made this change did not match, so it was not applied anywhere. If it is still needed, retry it signed in as yourself; otherwise discard it, and tell a manager if nobody here made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in this change was made under had ended (a PIN change, or the account was closed) before it reached the central system, so it was not applied. If it is still right, retry it signed in as yourself; otherwise discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was made after the person&apos;s sign-in on this device had expired (too long without an online sign-in), so it was not applied. Sign in while online and retry it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept on this device and will be sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #{seq} was done again as #{new}; it will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #{seq} was corrected and done again as #{new}; it will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change #{seq} was discarded; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change #{seq}, “{what}”?

The server refused it: {reason}

Discarding means it is never sent: what it did stays undone, on this device and everywhere else, and nobody is told. This cannot be undone. Your name, the time and your note are kept in the history of decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale of a cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sale of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order from a cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Units marked missing on an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order changed at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint from customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back request from customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line removed from a cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application document recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application review started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Return of %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to a cart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cart line changed to %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Price set to {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjusted by {delta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this change can be corrected here; retry it or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total shown to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (not shown on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again as #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected and sent as #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you decide so (kept in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send waiting changes and fetch news (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the change again as it was (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the change and send it again (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the change for good (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made here is kept until the server has answered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused, with its reason. What they did has been undone on this device: retry, correct or discard each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this device to Omnidesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager for a one-time enrolment code for this store or territory (omnidesk-server enrol-code --store CODE), then enter it with the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file of CAs to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://omnidesk.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s https:// address: over plain http:// this device&apos;s token and staff PINs would cross the network in clear (plain http:// is only for a server on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this device a name managers will recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). What you saved before is safe. The details were written to {path}; tell your manager if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnidesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnidesk — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this device (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · signed in offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login}, your PIN is too short. Choose a new PIN of at least {n} digits: you will sign in with it from now on, on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ: type the same new PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cashier.waw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager can unlock it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is unlocked: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN must be changed before you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync: {done} of {total} rows, {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is locked out after too many wrong PINs. A manager of this store can unlock it with their own login and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the manager&apos;s login and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager has revoked this device and had its data erased. The local database, its unsent changes and the saved sign-ins are gone from this computer. To use it again, enrol it with a new code from a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be told yet that the data is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager has revoked this device and ordered its data erased, but not everything could be erased: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
    <context>
        <name />
        <message>
            <source>--place goes with the demo only: omnidesk demo --place CODE</source>
            <translation>--place si usa solo con la demo: omnidesk demo --place CODICE</translation>
        </message>
        <message>
            <source>the demo data has no place {code!r}; the places are: {places}</source>
            <translation>nei dati demo non esiste la sede {code!r}; le sedi sono: {places}</translation>
        </message>
        <message>
            <source>Omnidesk could not start: {reason}</source>
            <translation>Impossibile avviare Omnidesk: {reason}</translation>
        </message>
        <message>
            <source>Open carts</source>
            <translation>Carrelli aperti</translation>
        </message>
        <message>
            <source>No open cart in any channel.</source>
            <translation>Nessun carrello aperto in alcun canale.</translation>
        </message>
        <message>
            <source>&amp;Open cart</source>
            <translation>&amp;Apri carrello</translation>
        </message>
        <message>
            <source>Continue this cart at the till (Ctrl+O)</source>
            <translation>Continua questo carrello in cassa (Ctrl+O)</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Modifica cliente</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nuovo cliente</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Polonia</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italia</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Cognome</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefono</translation>
        </message>
        <message>
            <source>&amp;Tax number</source>
            <translation>Codice &amp;fiscale</translation>
        </message>
        <message>
            <source>Loyalty &amp;card</source>
            <translation>Carta fe&amp;deltà</translation>
        </message>
        <message>
            <source>St&amp;reet</source>
            <translation>&amp;Via</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>C&amp;ittà</translation>
        </message>
        <message>
            <source>P&amp;ostal code</source>
            <translation>C&amp;AP</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>&amp;Paese</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Consensi</translation>
        </message>
        <message>
            <source>Codice fiscale or partita IVA</source>
            <translation>Codice fiscale o partita IVA</translation>
        </message>
        <message>
            <source>NIP, 10 digits</source>
            <translation>NIP, 10 cifre</translation>
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation>Inserisci il nome.</translation>
        </message>
        <message>
            <source>Enter the last name.</source>
            <translation>Inserisci il cognome.</translation>
        </message>
        <message>
            <source>This is not an e-mail address; it looks like anna.nowak@example.com.</source>
            <translation>Non è un indirizzo e-mail; un indirizzo valido è ad esempio anna.nowak@example.com.</translation>
        </message>
        <message>
            <source>This is not an Italian phone number; it looks like +39 02 1234 5678 or +39 347 123 4567.</source>
            <translation>Non è un numero di telefono italiano; ad esempio: +39 02 1234 5678 o +39 347 123 4567.</translation>
        </message>
        <message>
            <source>This is not a Polish phone number: it has 9 digits, like +48 601 234 567.</source>
            <translation>Non è un numero di telefono polacco: ha 9 cifre, ad esempio +48 601 234 567.</translation>
        </message>
        <message>
            <source>This is neither a valid codice fiscale (16 characters) nor a valid partita IVA (11 digits).</source>
            <translation>Non è né un codice fiscale valido (16 caratteri) né una partita IVA valida (11 cifre).</translation>
        </message>
        <message>
            <source>This NIP is not valid: a NIP has 10 digits and the last one must match the check digit.</source>
            <translation>Questo NIP non è valido: un NIP ha 10 cifre e l'ultima deve corrispondere alla cifra di controllo.</translation>
        </message>
        <message>
            <source>An Italian postal code has 5 digits, like 20121.</source>
            <translation>Il CAP italiano ha 5 cifre, ad esempio 20121.</translation>
        </message>
        <message>
            <source>A Polish postal code looks like 00-950.</source>
            <translation>Il codice postale polacco ha il formato 00-950.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red; nothing was saved.</source>
            <translation>Correggi i campi evidenziati in rosso; non è stato salvato nulla.</translation>
        </message>
        <message>
            <source>What happened? Every channel will see this.</source>
            <translation>Cosa è successo? Sarà visibile in tutti i canali.</translation>
        </message>
        <message>
            <source>&amp;Add note</source>
            <translation>Aggiungi n&amp;ota</translation>
        </message>
        <message>
            <source>Add to the timeline (Ctrl+Enter)</source>
            <translation>Aggiungi alla cronologia (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>Conse&amp;gna…</translation>
        </message>
        <message>
            <source>Open the selected order at the pickup desk to prepare or hand it over</source>
            <translation>Apri l'ordine selezionato al banco ritiri per prepararlo o consegnarlo</translation>
        </message>
        <message>
            <source>&amp;Return…</source>
            <translation>&amp;Reso…</translation>
        </message>
        <message>
            <source>Take goods of the selected order back</source>
            <translation>Registra il reso di articoli dell'ordine selezionato</translation>
        </message>
        <message>
            <source>New &amp;customer</source>
            <translation>Nuovo &amp;cliente</translation>
        </message>
        <message>
            <source>Create a customer (Ctrl+N)</source>
            <translation>Crea un nuovo cliente (Ctrl+N)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <source>F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · Ctrl+T note · Ctrl+Enter add note · Ctrl+O open cart · Ctrl+Shift+S new sale · Ctrl+1…4 timeline, orders, returns, applications</source>
            <translation>F2 cerca · ↓ risultati · Enter apri · Ctrl+N nuovo cliente · Ctrl+E modifica · Ctrl+T nota · Ctrl+Enter aggiungi nota · Ctrl+O apri carrello · Ctrl+Shift+S nuova vendita · Ctrl+1…4 cronologia, ordini, resi, pratiche</translation>
        </message>
        <message>
            <source>F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · Ctrl+T note · Ctrl+Enter add note · Ctrl+1…4 timeline, orders, returns, applications</source>
            <translation>F2 cerca · ↓ risultati · Enter apri · Ctrl+N nuovo cliente · Ctrl+E modifica · Ctrl+T nota · Ctrl+Enter aggiungi nota · Ctrl+1…4 cronologia, ordini, resi, pratiche</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Loyalty card</source>
            <translation>Carta fedeltà</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Indirizzo</translation>
        </message>
        <message>
            <source>Served by</source>
            <translation>Seguito da</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Cliente dal</translation>
        </message>
        <message>
            <source>Customer {number}</source>
            <translation>Cliente n. {number}</translation>
        </message>
        <message>
            <source>None given</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>({when}, {where})</source>
            <translation>({when}, {where})</translation>
        </message>
        <message>
            <source>Find a customer by name, phone, e-mail or loyalty card (F2), or create one (Ctrl+N).</source>
            <translation>Cerca un cliente per nome, telefono, e-mail o carta fedeltà (F2), oppure creane uno nuovo (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;New sale</source>
            <translation>&amp;Nuova vendita</translation>
        </message>
        <message>
            <source>Start a new sale for this customer (Ctrl+Shift+S)</source>
            <translation>Avvia una nuova vendita per questo cliente (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>New a&amp;pplication…</source>
            <translation>Nuova &amp;pratica…</translation>
        </message>
        <message>
            <source>Start a loan or instalment order application for this customer (Ctrl+Shift+A)</source>
            <translation>Avvia una pratica di prestito o acquisto a rate per questo cliente (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>Edit this customer (Ctrl+E)</source>
            <translation>Modifica i dati di questo cliente (Ctrl+E)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Orders ({n})</source>
            <translation>Ordini ({n})</translation>
        </message>
        <message>
            <source>Returns ({n})</source>
            <translation>Resi ({n})</translation>
        </message>
        <message>
            <source>Applications ({n})</source>
            <translation>Pratiche ({n})</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>prezzo mancante</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s); last changed {when}</source>
            <translation>
                <numerusform>%n pezzo; ultima modifica {when}</numerusform>
                <numerusform>%n pezzi; ultima modifica {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Started in</source>
            <translation>Creato in</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Righe</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Effettuato</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>&amp;Invia</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approva</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>&amp;Rifiuta…</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>Nuova &amp;versione</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>Ri&amp;tira…</translation>
        </message>
        <message>
            <source>Change &amp;offer…</source>
            <translation>Modifica &amp;offerta…</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Interessi</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Capitale</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Debito residuo</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canale</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documenti</translation>
        </message>
        <message>
            <source>Check &amp;identity…</source>
            <translation>Verifica i&amp;dentità…</translation>
        </message>
        <message>
            <source>&amp;Consents…</source>
            <translation>&amp;Consensi…</translation>
        </message>
        <message>
            <source>Si&amp;gn…</source>
            <translation>&amp;Firma…</translation>
        </message>
        <message>
            <source>Identity and consents</source>
            <translation>Identità e consensi</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Applicant &amp;details…</source>
            <translation>Dati del ric&amp;hiedente…</translation>
        </message>
        <message>
            <source>{number} · {status} · version {version}</source>
            <translation>{number} · {status} · versione {version}</translation>
        </message>
        <message>
            <source>Started: {channel}</source>
            <translation>Avviata: {channel}</translation>
        </message>
        <message>
            <source>No product</source>
            <translation>Nessun prodotto</translation>
        </message>
        <message>
            <source>No offer yet: choose the amount and term.</source>
            <translation>Nessuna offerta: scegli importo e durata.</translation>
        </message>
        <message>
            <source>Applicant details: none given yet.</source>
            <translation>Dati del richiedente: non ancora indicati.</translation>
        </message>
        <message>
            <source>Identity document: not checked yet.</source>
            <translation>Documento d'identità: non ancora verificato.</translation>
        </message>
        <message>
            <source>{type} {number} ({country}), valid until {expiry}; checked by {who}, {when}, {channel}</source>
            <translation>{type} {number} ({country}), valido fino al {expiry}; verificato da {who}, {when}, {channel}</translation>
        </message>
        <message>
            <source>✓ {consent}: {when}, {where} ({channel})</source>
            <translation>✓ {consent}: {when}, {where} ({channel})</translation>
        </message>
        <message>
            <source>✗ {consent}: not given yet</source>
            <translation>✗ {consent}: non ancora prestato</translation>
        </message>
        <message>
            <source>{when} · {channel} · {what}</source>
            <translation>{when} · {channel} · {what}</translation>
        </message>
        <message>
            <source>{text} ({staff})</source>
            <translation>{text} ({staff})</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>Spedizione</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pagamento</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Rimborso</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importo</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Durata</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mese</numerusform>
                <numerusform>%n mesi</numerusform>
            </translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Tasso di interesse</translation>
        </message>
        <message>
            <source>{rate} % a year</source>
            <translation>{rate} % annuo</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>TAEG</translation>
        </message>
        <message>
            <source>{rate} %</source>
            <translation>{rate} %</translation>
        </message>
        <message>
            <source>Monthly instalment</source>
            <translation>Rata mensile</translation>
        </message>
        <message>
            <source>Last instalment</source>
            <translation>Ultima rata</translation>
        </message>
        <message>
            <source>Arrangement fee</source>
            <translation>Spese di istruttoria</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Costo totale del credito</translation>
        </message>
        <message>
            <source>Total to repay</source>
            <translation>Importo totale dovuto</translation>
        </message>
        <message>
            <source>Change offer</source>
            <translation>Modifica offerta</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mesi</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Pratica</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Avviata</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aggiornata</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Prossimo passo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Ultima modifica</translation>
        </message>
        <message>
            <source>Reached the customer</source>
            <translation>Cliente contattato</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Nessuna risposta</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>Messaggio in segreteria</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Numero errato</translation>
        </message>
        <message>
            <source>Record a call</source>
            <translation>Registra una chiamata</translation>
        </message>
        <message>
            <source>&amp;Record call</source>
            <translation>&amp;Registra chiamata</translation>
        </message>
        <message>
            <source>What was said? Every channel will see this.</source>
            <translation>Di cosa si è parlato? Sarà visibile in tutti i canali.</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Esito:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>{outcome}: {note}</source>
            <translation>{outcome}: {note}</translation>
        </message>
        <message>
            <source>Book a callback</source>
            <translation>Fissa una richiamata</translation>
        </message>
        <message>
            <source>&amp;Book callback</source>
            <translation>&amp;Fissa richiamata</translation>
        </message>
        <message>
            <source>What is the callback about?</source>
            <translation>Per quale motivo richiamare?</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quando:</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Book a branch appointment</source>
            <translation>Fissa un appuntamento in filiale</translation>
        </message>
        <message>
            <source>&amp;Book appointment</source>
            <translation>&amp;Fissa appuntamento</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>What is the visit for?</source>
            <translation>Qual è il motivo della visita?</translation>
        </message>
        <message>
            <source>B&amp;ranch:</source>
            <translation>Fi&amp;liale:</translation>
        </message>
        <message>
            <source>{name} ({city})</source>
            <translation>{name} ({city})</translation>
        </message>
        <message>
            <source>There is no branch in this customer's country.</source>
            <translation>Nel paese di questo cliente non c'è nessuna filiale.</translation>
        </message>
        <message>
            <source>Nothing on the timeline yet</source>
            <translation>La cronologia è ancora vuota</translation>
        </message>
        <message numerus="yes">
            <source>A note can be at most %n character(s) long.</source>
            <translation>
                <numerusform>Una nota può contenere al massimo %n carattere.</numerusform>
                <numerusform>Una nota può contenere al massimo %n caratteri.</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Chi</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Tutti i canali</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>Cana&amp;le:</translation>
        </message>
        <message>
            <source>Demo at {url}: token and sign-ins in memory only, gone when the window closes. Signed in as {login}; every demo login (in the terminal) has PIN {pin}.</source>
            <translation>Demo su {url}: token e accessi solo in memoria, spariscono alla chiusura della finestra. Accesso come {login}; ogni login demo (nel terminale) ha il PIN {pin}.</translation>
        </message>
        <message>
            <source>Omnidesk demo: the central API runs at {url}</source>
            <translation>Omnidesk demo: l'API centrale è attiva su {url}</translation>
        </message>
        <message>
            <source>The window opens at {place}, signed in as {login} ({name}, {role}).</source>
            <translation>La finestra si apre su {place}, con accesso come {login} ({name}, {role}).</translation>
        </message>
        <message>
            <source>Every demo login has PIN {pin}; lock the window (Ctrl+L) to sign in as another.</source>
            <translation>Ogni login demo ha il PIN {pin}; blocca la finestra (Ctrl+L) per accedere come un altro utente.</translation>
        </message>
        <message>
            <source>Signing the demo advisor in…</source>
            <translation>Accesso del consulente demo…</translation>
        </message>
        <message>
            <source>Signing the demo field rep in…</source>
            <translation>Accesso dell'agente di commercio demo…</translation>
        </message>
        <message>
            <source>Signing the demo pricing person in…</source>
            <translation>Accesso dell'addetto all'ufficio prezzi demo…</translation>
        </message>
        <message>
            <source>Signing the demo cashier in…</source>
            <translation>Accesso del cassiere demo…</translation>
        </message>
        <message>
            <source>Starting the central API with demo data…</source>
            <translation>Avvio dell'API centrale con i dati demo…</translation>
        </message>
        <message>
            <source>Enrolling this device…</source>
            <translation>Registrazione del dispositivo…</translation>
        </message>
        <message>
            <source>The demo could not start: {reason}</source>
            <translation>Impossibile avviare la demo: {reason}</translation>
        </message>
        <message>
            <source>No secure keyring</source>
            <translation>Nessun portachiavi sicuro</translation>
        </message>
        <message>
            <source>Omnidesk keeps this device's token in the operating system's keyring, and none is available here.

{detail}

To try Omnidesk without one, run `omnidesk demo`.</source>
            <translation>Omnidesk conserva il token di questo dispositivo nel portachiavi del sistema operativo, ma qui non ce n'è nessuno disponibile.

{detail}

Per provare Omnidesk senza portachiavi, esegui `omnidesk demo`.</translation>
        </message>
        <message>
            <source>Not secure: this device's token and sign-in secrets are kept by {backend}, which does not protect them. Anyone who can read this computer's files can take them and act as this device. Allowed only because OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1 is set; not for production.</source>
            <translation>Non sicuro: il token di questo dispositivo e le credenziali di accesso sono conservati da {backend}, che non li protegge. Chiunque possa leggere i file di questo computer può prenderli e agire come questo dispositivo. Consentito solo perché è impostato OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1; non adatto alla produzione.</translation>
        </message>
        <message>
            <source>Keyring not secure</source>
            <translation>Portachiavi non sicuro</translation>
        </message>
        <message>
            <source>Working out the new total…</source>
            <translation>Calcolo del nuovo totale…</translation>
        </message>
        <message>
            <source>Working out the total</source>
            <translation>Calcolo del totale</translation>
        </message>
        <message>
            <source>Total {total} · due {due}</source>
            <translation>Totale {total} · da pagare {due}</translation>
        </message>
        <message>
            <source>{figures}. Nothing changed yet: change a quantity, add a product (F4) or choose how the customer pays.</source>
            <translation>{figures}. Nessuna modifica per ora: cambia una quantità, aggiungi un prodotto (F4) o scegli come paga il cliente.</translation>
        </message>
        <message>
            <source>Pay and save the change</source>
            <translation>Paga e salva le modifiche</translation>
        </message>
        <message>
            <source>Back to the change</source>
            <translation>Torna alle modifiche</translation>
        </message>
        <message>
            <source>Recording the change…</source>
            <translation>Registrazione delle modifiche…</translation>
        </message>
        <message>
            <source>Enter: pay and save · Alt+Y: the rest by card · Esc: back to the change</source>
            <translation>Enter: paga e salva · Alt+Y: il rimanente con carta · Esc: torna alle modifiche</translation>
        </message>
        <message>
            <source>This product is not on this till.</source>
            <translation>Questo prodotto non è presente in questa cassa.</translation>
        </message>
        <message>
            <source>Change order {number}</source>
            <translation>Modifica ordine {number}</translation>
        </message>
        <message>
            <source>Add product… (F4)</source>
            <translation>Aggiungi prodotto… (F4)</translation>
        </message>
        <message>
            <source>Pay at pickup</source>
            <translation>Pagamento al ritiro</translation>
        </message>
        <message>
            <source>Pay now at the till</source>
            <translation>Pagamento ora in cassa</translation>
        </message>
        <message>
            <source>&amp;Payment:</source>
            <translation>&amp;Pagamento:</translation>
        </message>
        <message>
            <source>Tab: quantities (0 removes the line) · F4: add a product · Alt+P: payment · Enter: save · Esc: back to the order</source>
            <translation>Tab: quantità (0 elimina la riga) · F4: aggiungi prodotto · Alt+P: pagamento · Enter: salva · Esc: torna all'ordine</translation>
        </message>
        <message>
            <source>Back to the order</source>
            <translation>Torna all'ordine</translation>
        </message>
        <message>
            <source>Save the change</source>
            <translation>Salva le modifiche</translation>
        </message>
        <message>
            <source>{name} ({sku}) · new</source>
            <translation>{name} ({sku}) · nuovo</translation>
        </message>
        <message>
            <source>{name} ({sku}) · ordered {quantity}</source>
            <translation>{name} ({sku}) · ordinati: {quantity}</translation>
        </message>
        <message>
            <source>{line} · {unit} each · line total {total}</source>
            <translation>{line} · {unit} cad. · totale riga {total}</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Prodotto</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordinati</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Consegnati</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>In attesa</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Totale riga</translation>
        </message>
        <message>
            <source>Ask for photo ID or the order confirmation; the name must match.</source>
            <translation>Chiedi un documento d'identità con foto o la conferma d'ordine; il nome deve corrispondere.</translation>
        </message>
        <message>
            <source>Back to the queue (Esc)</source>
            <translation>Torna alla coda (Esc)</translation>
        </message>
        <message>
            <source>Mark missing… (Ctrl+M)</source>
            <translation>Segna mancanti… (Ctrl+M)</translation>
        </message>
        <message>
            <source>Change order… (Ctrl+E)</source>
            <translation>Modifica ordine… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pick list (Ctrl+Shift+P)</source>
            <translation>Lista di prelievo (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Mark ready (Ctrl+R)</source>
            <translation>Segna come pronto (Ctrl+R)</translation>
        </message>
        <message>
            <source>Hand over (F12)</source>
            <translation>Consegna (F12)</translation>
        </message>
        <message>
            <source>Order {number} · {channel} · placed {placed}</source>
            <translation>Ordine {number} · {channel} · effettuato il {placed}</translation>
        </message>
        <message>
            <source>{status} · collected at {store}, not here: nothing to do at this store.</source>
            <translation>{status} · ritiro presso {store}, non qui: nessuna azione in questo negozio.</translation>
        </message>
        <message>
            <source>{status} · held until {date}</source>
            <translation>{status} · in giacenza fino al {date}</translation>
        </message>
        <message>
            <source>{status} · to prepare</source>
            <translation>{status} · da preparare</translation>
        </message>
        <message>
            <source>{status} · not in the pickup queue any more: shown read-only.</source>
            <translation>{status} · non è più nella coda dei ritiri: solo in lettura.</translation>
        </message>
        <message>
            <source>No customer on this order.</source>
            <translation>Nessun cliente associato a questo ordine.</translation>
        </message>
        <message>
            <source>Customer: {name} ({number})</source>
            <translation>Cliente: {name} ({number})</translation>
        </message>
        <message>
            <source>phone {phone}</source>
            <translation>tel. {phone}</translation>
        </message>
        <message>
            <source>e-mail {email}</source>
            <translation>e-mail {email}</translation>
        </message>
        <message>
            <source>loyalty card {card}</source>
            <translation>carta fedeltà {card}</translation>
        </message>
        <message>
            <source>Total {total} · {state}</source>
            <translation>Totale {total} · {state}</translation>
        </message>
        <message>
            <source>Total {total} · {payment}</source>
            <translation>Totale {total} · {payment}</translation>
        </message>
        <message>
            <source>Print receipt (Ctrl+P)</source>
            <translation>Stampa scontrino (Ctrl+P)</translation>
        </message>
        <message numerus="yes">
            <source>Order {number}: part handed over; %n unit(s) still waiting.</source>
            <translation>
                <numerusform>Ordine {number}: consegnato in parte; %n pezzo ancora in attesa.</numerusform>
                <numerusform>Ordine {number}: consegnato in parte; %n pezzi ancora in attesa.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} handed over.</source>
            <translation>Ordine {number} consegnato.</translation>
        </message>
        <message>
            <source>Change to give: {amount}</source>
            <translation>Resto da dare: {amount}</translation>
        </message>
        <message>
            <source>Hand over order {number}</source>
            <translation>Consegna ordine {number}</translation>
        </message>
        <message>
            <source> of {waiting}</source>
            <translation> di {waiting}</translation>
        </message>
        <message>
            <source>keeps waiting for pickup</source>
            <translation>restano in attesa di ritiro</translation>
        </message>
        <message>
            <source>is cancelled and refunded</source>
            <translation>vengono annullati e rimborsati</translation>
        </message>
        <message>
            <source>The &amp;rest:</source>
            <translation>&amp;Rimanenti:</translation>
        </message>
        <message>
            <source>Enter: hand over · Tab: units per line · Alt+R: the rest · Esc: back to the order</source>
            <translation>Enter: consegna · Tab: pezzi per riga · Alt+R: rimanenti · Esc: torna all'ordine</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Consegna</translation>
        </message>
        <message numerus="yes">
            <source>Handing over %n unit(s).</source>
            <translation>
                <numerusform>Consegna di %n pezzo.</numerusform>
                <numerusform>Consegna di %n pezzi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Due now: {amount}.</source>
            <translation>Da pagare ora: {amount}.</translation>
        </message>
        <message>
            <source>Nothing to pay now.</source>
            <translation>Nulla da pagare ora.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) cancelled.</source>
            <translation>
                <numerusform>%n pezzo annullato.</numerusform>
                <numerusform>%n pezzi annullati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refund now: {amount}.</source>
            <translation>Rimborso ora: {amount}.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) still waiting for pickup.</source>
            <translation>
                <numerusform>%n pezzo ancora in attesa di ritiro.</numerusform>
                <numerusform>%n pezzi ancora in attesa di ritiro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recording the hand-over…</source>
            <translation>Registrazione della consegna…</translation>
        </message>
        <message>
            <source>Order {number} is not prepared yet. Mark it ready and hand it over now?</source>
            <translation>L'ordine {number} non è ancora pronto. Segnarlo come pronto e consegnarlo ora?</translation>
        </message>
        <message>
            <source>Complete hand-over</source>
            <translation>Completa la consegna</translation>
        </message>
        <message>
            <source>Enter: complete · Alt+Y: the rest by card · Esc: back to the order</source>
            <translation>Enter: completa · Alt+Y: importo restante con carta · Esc: torna all'ordine</translation>
        </message>
        <message>
            <source>{units} × {name} ({sku})</source>
            <translation>{units} × {name} ({sku})</translation>
        </message>
        <message>
            <source>Value of the goods handed over</source>
            <translation>Valore della merce consegnata</translation>
        </message>
        <message>
            <source>Still waiting for pickup</source>
            <translation>Ancora in attesa di ritiro</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <source>Paid now</source>
            <translation>Pagato ora</translation>
        </message>
        <message>
            <source>Nothing to pay</source>
            <translation>Niente da pagare</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Rimborsato</translation>
        </message>
        <message>
            <source>Handed over by {name}</source>
            <translation>Consegnato da {name}</translation>
        </message>
        <message>
            <source>Pickup receipt {number}</source>
            <translation>Ricevuta di consegna {number}</translation>
        </message>
        <message>
            <source>Order pickup {number}</source>
            <translation>Ritiro ordine {number}</translation>
        </message>
        <message>
            <source>This order is not on this till.</source>
            <translation>Questo ordine non è presente in questa cassa.</translation>
        </message>
        <message>
            <source>“{text}” is not an order number or an order's QR code.</source>
            <translation>«{text}» non è un numero d'ordine né il codice QR di un ordine.</translation>
        </message>
        <message>
            <source>No order {number} on this till: check the number. An order placed a moment ago arrives with the next sync.</source>
            <translation>Nessun ordine {number} in questa cassa: controlla il numero. Un ordine appena effettuato arriva con la prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Order {number} is not waiting for pickup here; shown read-only.</source>
            <translation>L'ordine {number} non è in attesa di ritiro qui; visualizzato in sola lettura.</translation>
        </message>
        <message>
            <source>Choose the line with missing units first.</source>
            <translation>Prima scegli la riga con i pezzi mancanti.</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Ritiro in negozio</translation>
        </message>
        <message>
            <source>Order number, or scan the QR code of the order confirmation (Ctrl+F)</source>
            <translation>Numero d'ordine, o scansiona il codice QR della conferma d'ordine (Ctrl+F)</translation>
        </message>
        <message>
            <source>All waiting</source>
            <translation>Tutti in attesa</translation>
        </message>
        <message>
            <source>To prepare</source>
            <translation>Da preparare</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Pronto per il ritiro</translation>
        </message>
        <message>
            <source>Ctrl+F find · ↓ into the queue · Enter open · Ctrl+R mark ready · Ctrl+M mark missing · Ctrl+E change order · Ctrl+Shift+P pick list · F12 hand over · Esc back to the queue · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
            <translation>Ctrl+F cerca · ↓ alla coda · Enter apri · Ctrl+R segna pronto · Ctrl+M segna mancanti · Ctrl+E modifica ordine · Ctrl+Shift+P lista di prelievo · F12 consegna · Esc torna alla coda · Ctrl+P stampa ricevuta · Ctrl+S salva ricevuta PDF</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) waiting here</source>
            <translation>
                <numerusform>%n ordine in attesa qui</numerusform>
                <numerusform>%n ordini in attesa qui</numerusform>
            </translation>
        </message>
        <message>
            <source>No orders to prepare. New orders for this store appear as they come in.</source>
            <translation>Nessun ordine da preparare. I nuovi ordini per questo negozio compaiono man mano che arrivano.</translation>
        </message>
        <message>
            <source>No orders ready for pickup. Mark an order ready (Ctrl+R) once it is prepared.</source>
            <translation>Nessun ordine pronto per il ritiro. Quando un ordine è preparato, segnalo come pronto (Ctrl+R).</translation>
        </message>
        <message>
            <source>No orders waiting here. New orders for this store appear as they come in.</source>
            <translation>Nessun ordine in attesa qui. I nuovi ordini per questo negozio compaiono man mano che arrivano.</translation>
        </message>
        <message>
            <source>No customer on this order</source>
            <translation>Ordine senza cliente</translation>
        </message>
        <message>
            <source>PICK LIST</source>
            <translation>LISTA DI PRELIEVO</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Ordine {number}</translation>
        </message>
        <message>
            <source>Held until {date}</source>
            <translation>Da ritirare entro il {date}</translation>
        </message>
        <message>
            <source>Missing units: mark them on the till before “ready”.</source>
            <translation>Pezzi mancanti: segnarli in cassa prima di «pronto».</translation>
        </message>
        <message>
            <source>Pick list {number}</source>
            <translation>Lista di prelievo {number}</translation>
        </message>
        <message>
            <source>Order {number} is ready for pickup; the customer is told.</source>
            <translation>L'ordine {number} è pronto per il ritiro; il cliente è stato avvisato.</translation>
        </message>
        <message>
            <source>Missing units</source>
            <translation>Pezzi mancanti</translation>
        </message>
        <message>
            <source>How many units of {name} ({sku}) are missing? {quantity} ordered.</source>
            <translation>Quanti pezzi di {name} ({sku}) mancano? Ordinati: {quantity}.</translation>
        </message>
        <message>
            <source>Take them off the order</source>
            <translation>Rimuovi dall'ordine</translation>
        </message>
        <message>
            <source>{missing} of {quantity} × {name} taken off order {number} as missing.</source>
            <translation>Rimossi dall'ordine {number} perché mancanti: {missing} di {quantity} × {name}.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Attesa</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Pezzi</translation>
        </message>
        <message>
            <source>Held until</source>
            <translation>Ritiro entro</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} gg</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagato</translation>
        </message>
        <message>
            <source>Pay on pickup: {amount} due</source>
            <translation>Pagamento al ritiro: {amount} da pagare</translation>
        </message>
        <message>
            <source>Not paid: {amount} due</source>
            <translation>Non pagato: {amount} da pagare</translation>
        </message>
        <message>
            <source>New total {total}</source>
            <translation>Nuovo totale {total}</translation>
        </message>
        <message>
            <source>refunded {amount} to the original payment</source>
            <translation>rimborso di {amount} sul pagamento originale</translation>
        </message>
        <message>
            <source>due now {amount}</source>
            <translation>da pagare ora {amount}</translation>
        </message>
        <message>
            <source>due at pickup {amount}</source>
            <translation>da pagare al ritiro {amount}</translation>
        </message>
        <message>
            <source>Order {number} changed: new total {total}</source>
            <translation>Ordine {number} modificato: nuovo totale {total}</translation>
        </message>
        <message>
            <source>; refunded {amount}</source>
            <translation>; rimborsati {amount}</translation>
        </message>
        <message>
            <source>; change to give {amount}</source>
            <translation>; resto da dare {amount}</translation>
        </message>
        <message>
            <source>; {amount} due at pickup</source>
            <translation>; {amount} da pagare al ritiro</translation>
        </message>
        <message>
            <source>{code} — {name} ({currency}, {where})</source>
            <translation>{code} — {name} ({currency}, {where})</translation>
        </message>
        <message>
            <source>whole company</source>
            <translation>tutta l'azienda</translation>
        </message>
        <message>
            <source>You are not responsible for any price list.</source>
            <translation>Non sei responsabile di nessun listino.</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>nessun prezzo</translation>
        </message>
        <message>
            <source>Choose a product and a price list, and type the new price (e.g. 1299.00).</source>
            <translation>Scegli un prodotto e un listino, poi digita il nuovo prezzo (es. 1299,00).</translation>
        </message>
        <message>
            <source>{amount} set in {code}. Every till and the web shop charge it from its start, after the next sync.</source>
            <translation>{amount} impostato in {code}. Ogni cassa e il negozio online lo applicano dalla sua decorrenza, dopo la prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Find a product by name, SKU or barcode</source>
            <translation>Cerca un prodotto per nome, SKU o codice a barre</translation>
        </message>
        <message>
            <source>e.g. 1299.00</source>
            <translation>es. 1299,00</translation>
        </message>
        <message>
            <source>&amp;Set price</source>
            <translation>&amp;Imposta prezzo</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Prezzi</translation>
        </message>
        <message>
            <source>Price &amp;list</source>
            <translation>&amp;Listino</translation>
        </message>
        <message>
            <source>Price now</source>
            <translation>Prezzo attuale</translation>
        </message>
        <message>
            <source>New &amp;price</source>
            <translation>Nuovo &amp;prezzo</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Dal</translation>
        </message>
        <message>
            <source>A new price reaches every till and the web shop with the next sync. Only the price lists you are responsible for are listed.</source>
            <translation>Il nuovo prezzo arriva a tutte le casse e al negozio online con la prossima sincronizzazione. Sono elencati solo i listini di cui sei responsabile.</translation>
        </message>
        <message>
            <source>{name} is not a manager: only a manager can approve this. Ask a manager to enter their login and PIN.</source>
            <translation>{name} non è un responsabile: solo un responsabile può autorizzare. Chiedi a un responsabile di inserire il proprio login e PIN.</translation>
        </message>
        <message>
            <source>This return is late and needs a manager's approval, which this till cannot take; ask a manager.</source>
            <translation>Questo reso è fuori termine e richiede l'autorizzazione del responsabile, che questa cassa non può registrare; rivolgiti a un responsabile.</translation>
        </message>
        <message>
            <source>Print return receipt (Ctrl+P)</source>
            <translation>Stampa ricevuta di reso (Ctrl+P)</translation>
        </message>
        <message numerus="yes">
            <source>Return {number} of order {order} recorded: %n unit(s) taken back.</source>
            <translation>
                <numerusform>Reso {number} dell'ordine {order} registrato: %n pezzo restituito.</numerusform>
                <numerusform>Reso {number} dell'ordine {order} registrato: %n pezzi restituiti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to refund.</source>
            <translation>Niente da rimborsare.</translation>
        </message>
        <message>
            <source>Refund {amount} back to the online payment</source>
            <translation>Rimborsa {amount} sul pagamento online</translation>
        </message>
        <message>
            <source>Refund {amount} back to the card</source>
            <translation>Rimborsa {amount} sulla carta</translation>
        </message>
        <message>
            <source>Pay out {amount} in cash</source>
            <translation>Rimborsa {amount} in contanti</translation>
        </message>
        <message>
            <source>Refund {amount} as store credit</source>
            <translation>Rimborsa {amount} con buono negozio</translation>
        </message>
        <message>
            <source>Refund {amount} ({method})</source>
            <translation>Rimborsa {amount} ({method})</translation>
        </message>
        <message>
            <source>Returnable units</source>
            <translation>Pezzi restituibili</translation>
        </message>
        <message>
            <source>Order number or scan the order's QR code</source>
            <translation>Numero d'ordine o scansiona il codice QR dell'ordine</translation>
        </message>
        <message>
            <source>Find order</source>
            <translation>Cerca ordine</translation>
        </message>
        <message>
            <source>The customer's orders that can take a return:</source>
            <translation>Ordini del cliente per cui è possibile un reso:</translation>
        </message>
        <message>
            <source>Find the order by its number:</source>
            <translation>Cerca l'ordine per numero:</translation>
        </message>
        <message>
            <source>…or by the customer:</source>
            <translation>…o per cliente:</translation>
        </message>
        <message>
            <source>No order of this customer can take a return here. Find it by its number.</source>
            <translation>Nessun ordine di questo cliente può essere reso qui. Cercalo per numero.</translation>
        </message>
        <message>
            <source>Nothing of this customer's orders on this till can be returned.</source>
            <translation>Niente degli ordini di questo cliente in questa cassa può essere reso.</translation>
        </message>
        <message>
            <source>Choose a customer to see their orders that can take a return.</source>
            <translation>Scegli un cliente per vedere i suoi ordini per cui è possibile un reso.</translation>
        </message>
        <message>
            <source>Why the customer brings it back (required)</source>
            <translation>Perché il cliente lo restituisce (obbligatorio)</translation>
        </message>
        <message>
            <source>Original payment</source>
            <translation>Pagamento originale</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Contanti</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Buono negozio</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Refund to:</source>
            <translation>Rimborso su:</translation>
        </message>
        <message>
            <source>Another order (Esc)</source>
            <translation>Altro ordine (Esc)</translation>
        </message>
        <message>
            <source>Confirm return (F12)</source>
            <translation>Conferma reso (F12)</translation>
        </message>
        <message>
            <source>Order {number} · {channel} · {status}</source>
            <translation>Ordine {number} · {channel} · {status}</translation>
        </message>
        <message>
            <source>The {days}-day return window closed on {date}; a manager must approve this return.</source>
            <translation>Il termine di reso di {days} giorni è scaduto il {date}; questo reso richiede l'autorizzazione del responsabile.</translation>
        </message>
        <message>
            <source>Choose how many units come back.</source>
            <translation>Scegli quanti pezzi vengono resi.</translation>
        </message>
        <message>
            <source>unpaid</source>
            <translation>non pagato</translation>
        </message>
        <message>
            <source>Refund {amount} to the original payment ({paid})</source>
            <translation>Rimborsa {amount} sul pagamento originale ({paid})</translation>
        </message>
        <message>
            <source>Refund {amount} in cash from this till</source>
            <translation>Rimborsa {amount} in contanti da questa cassa</translation>
        </message>
        <message>
            <source>Sellable (back to stock)</source>
            <translation>Vendibile (torna in giacenza)</translation>
        </message>
        <message>
            <source>Damaged (not for sale)</source>
            <translation>Danneggiato (non vendibile)</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Acquistati</translation>
        </message>
        <message>
            <source>Returned before</source>
            <translation>Già resi</translation>
        </message>
        <message>
            <source>Returnable</source>
            <translation>Restituibili</translation>
        </message>
        <message>
            <source>Return now</source>
            <translation>Reso ora</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condizione</translation>
        </message>
        <message>
            <source>Nothing is left to return of this line.</source>
            <translation>In questa riga non resta niente da rendere.</translation>
        </message>
        <message>
            <source>Up to {count} can come back (F2 or double-click to change).</source>
            <translation>Si possono rendere fino a {count} (F2 o doppio clic per modificare).</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>Autorizzazione del responsabile</translation>
        </message>
        <message>
            <source>Manager's login:</source>
            <translation>Login del responsabile:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Autorizza</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Resi</translation>
        </message>
        <message>
            <source>Ctrl+F order number · F12 confirm the return · Esc another order · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
            <translation>Ctrl+F numero ordine · F12 conferma il reso · Esc altro ordine · Ctrl+P stampa ricevuta · Ctrl+S salva ricevuta PDF</translation>
        </message>
        <message>
            <source>“{text}” is not an order number (like O-0123456789) nor an order's QR code.</source>
            <translation>«{text}» non è un numero d'ordine (come O-0123456789) né il codice QR di un ordine.</translation>
        </message>
        <message>
            <source>This order is not on this till and the look-up needs a connection; try again when the till is online, or find the order through the customer if they shop here.</source>
            <translation>Questo ordine non è presente in questa cassa e la ricerca richiede una connessione; riprova quando la cassa è online, oppure trova l'ordine tramite il cliente, se acquista in questo negozio.</translation>
        </message>
        <message>
            <source>That order is not on this till.</source>
            <translation>Quell'ordine non è presente in questa cassa.</translation>
        </message>
        <message>
            <source>Order {number} has not reached the customer yet; it can be cancelled, not returned.</source>
            <translation>L'ordine {number} non è ancora arrivato al cliente; si può annullare, non rendere.</translation>
        </message>
        <message>
            <source>Everything bought on order {number} has been returned already.</source>
            <translation>Tutto quanto acquistato con l'ordine {number} è già stato reso.</translation>
        </message>
        <message>
            <source>Choose how many units of which line come back.</source>
            <translation>Scegli quali righe e quanti pezzi vengono resi.</translation>
        </message>
        <message>
            <source>This order was paid in {order} and this till pays out {till}: refund to the original payment or as store credit.</source>
            <translation>Questo ordine è stato pagato in {order} e questa cassa rimborsa in {till}: rimborsa sul pagamento originale o con buono negozio.</translation>
        </message>
        <message>
            <source>Write why the customer brings the goods back.</source>
            <translation>Scrivi perché il cliente restituisce la merce.</translation>
        </message>
        <message>
            <source>of order {number}</source>
            <translation>dell'ordine {number}</translation>
        </message>
        <message>
            <source>Taken back by {name}</source>
            <translation>Reso accettato da {name}</translation>
        </message>
        <message>
            <source>Late return approved by {name}</source>
            <translation>Reso fuori termine autorizzato da {name}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <source>Return {number}</source>
            <translation>Reso {number}</translation>
        </message>
        <message>
            <source>Refund: {method}</source>
            <translation>Rimborso: {method}</translation>
        </message>
        <message>
            <source>TOTAL REFUNDED</source>
            <translation>TOTALE RIMBORSATO</translation>
        </message>
        <message>
            <source>Return receipt {number}</source>
            <translation>Ricevuta di reso {number}</translation>
        </message>
        <message>
            <source>Keep this receipt for the refund.</source>
            <translation>Conservi questa ricevuta per il rimborso.</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qtà</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prezzo unit.</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promozione</translation>
        </message>
        <message>
            <source>{name} −{amount}</source>
            <translation>{name} −{amount}</translation>
        </message>
        <message>
            <source>Scan a product or press F4 to find one.</source>
            <translation>Scansiona un prodotto o premi F4 per cercarlo.</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Giacenza</translation>
        </message>
        <message>
            <source>Before promotions</source>
            <translation>Prima delle promozioni</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promozioni</translation>
        </message>
        <message>
            <source>Stock of {product}</source>
            <translation>Giacenza di {product}</translation>
        </message>
        <message>
            <source>New cart</source>
            <translation>Nuovo carrello</translation>
        </message>
        <message numerus="yes">
            <source>Cart from the {channel}, {when} · %n item(s)</source>
            <translation>
                <numerusform>Carrello ({channel}), {when} · %n pezzo</numerusform>
                <numerusform>Carrello ({channel}), {when} · %n pezzi</numerusform>
            </translation>
        </message>
        <message>
            <source>web shop</source>
            <translation>negozio online</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefono</translation>
        </message>
        <message>
            <source>store</source>
            <translation>negozio</translation>
        </message>
        <message>
            <source>branch</source>
            <translation>filiale</translation>
        </message>
        <message>
            <source>field visit</source>
            <translation>visita commerciale</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nuova vendita</translation>
        </message>
        <message>
            <source>Give up this sale and the products scanned?</source>
            <translation>Abbandonare questa vendita e i prodotti scansionati?</translation>
        </message>
        <message>
            <source>This cart is already {status}; start a new sale (Ctrl+N).</source>
            <translation>Questo carrello è già {status}; inizia una nuova vendita (Ctrl+N).</translation>
        </message>
        <message>
            <source>This cart is in {cart} but this till sells in {till}; it cannot be paid here.</source>
            <translation>Questo carrello è in {cart}, ma questa cassa vende in {till}: non si può pagare qui.</translation>
        </message>
        <message>
            <source>checked out</source>
            <translation>pagato</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abbandonato</translation>
        </message>
        <message>
            <source>The cart is empty: scan a product first.</source>
            <translation>Il carrello è vuoto: scansiona prima un prodotto.</translation>
        </message>
        <message>
            <source>The customer's open carts from every channel</source>
            <translation>I carrelli aperti del cliente da tutti i canali</translation>
        </message>
        <message>
            <source>Walk-in customer</source>
            <translation>Cliente occasionale</translation>
        </message>
        <message>
            <source>started in channel: {channel}</source>
            <translation>iniziato nel canale: {channel}</translation>
        </message>
        <message>
            <source>Sale {number} completed: {total}</source>
            <translation>Vendita {number} completata: {total}</translation>
        </message>
        <message>
            <source>No product has the code “{code}”.</source>
            <translation>Nessun prodotto con il codice «{code}».</translation>
        </message>
        <message>
            <source>Scan a product first, then change its quantity.</source>
            <translation>Scansiona prima un prodotto, poi cambiane la quantità.</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Vendita</translation>
        </message>
        <message>
            <source>Find product (F4)</source>
            <translation>Cerca prodotto (F4)</translation>
        </message>
        <message>
            <source>F3 scan · F4 find product · ↑/↓ choose line · F6 quantity · Del remove line · F12 pay · Ctrl+N new sale · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
            <translation>F3 scansiona · F4 cerca prodotto · ↑/↓ scegli riga · F6 quantità · Del rimuovi riga · F12 pagamento · Ctrl+N nuova vendita · Ctrl+P stampa scontrino · Ctrl+S salva scontrino PDF</translation>
        </message>
        <message>
            <source>Quantity (F6):</source>
            <translation>Quantità (F6):</translation>
        </message>
        <message>
            <source>Remove line (Del)</source>
            <translation>Rimuovi riga (Del)</translation>
        </message>
        <message>
            <source>New sale (Ctrl+N)</source>
            <translation>Nuova vendita (Ctrl+N)</translation>
        </message>
        <message>
            <source>Pay (F12)</source>
            <translation>Pagamento (F12)</translation>
        </message>
        <message>
            <source>Quantity of the selected line (F6); Enter applies, 0 removes the line</source>
            <translation>Quantità della riga selezionata (F6); Enter conferma, 0 rimuove la riga</translation>
        </message>
        <message>
            <source>promotion {code}</source>
            <translation>promozione {code}</translation>
        </message>
        <message>
            <source>You saved</source>
            <translation>Risparmio</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>TOTALE</translation>
        </message>
        <message>
            <source>of which VAT</source>
            <translation>di cui IVA</translation>
        </message>
        <message>
            <source>Sale {number}</source>
            <translation>Vendita {number}</translation>
        </message>
        <message>
            <source>Served by {name}</source>
            <translation>Operatore: {name}</translation>
        </message>
        <message>
            <source>Receipt {number}</source>
            <translation>Scontrino {number}</translation>
        </message>
        <message>
            <source>Scan a barcode, or type a code or SKU and press Enter (F3)</source>
            <translation>Scansiona un codice a barre o digita un codice o SKU e premi Enter (F3)</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Negozio</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>Disponibili</translation>
        </message>
        <message>
            <source>Here · {code}</source>
            <translation>Qui · {code}</translation>
        </message>
        <message>
            <source>{code} · {name}</source>
            <translation>{code} · {name}</translation>
        </message>
        <message>
            <source>Name, phone, e-mail or loyalty card (F2)</source>
            <translation>Nome, telefono, e-mail o carta fedeltà (F2)</translation>
        </message>
        <message>
            <source>No customer matches “{text}”. Check the spelling, or create one (Ctrl+N).</source>
            <translation>Nessun cliente corrisponde a «{text}». Controlla l'ortografia o creane uno nuovo (Ctrl+N).</translation>
        </message>
        <message>
            <source>No customer matches “{text}”. Check the spelling.</source>
            <translation>Nessun cliente corrisponde a «{text}». Controlla l'ortografia.</translation>
        </message>
        <message>
            <source>No customers on this device yet. Create one (Ctrl+N).</source>
            <translation>Ancora nessun cliente su questo dispositivo. Creane uno (Ctrl+N).</translation>
        </message>
        <message>
            <source>No customers on this device yet.</source>
            <translation>Ancora nessun cliente su questo dispositivo.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Ricerca…</translation>
        </message>
        <message>
            <source>No customer matches “{text}”.</source>
            <translation>Nessun cliente corrisponde a «{text}».</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) found.</source>
            <translation>
                <numerusform>Trovato %Ln cliente.</numerusform>
                <numerusform>Trovati %Ln clienti.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) shown of {total}; scroll for more.</source>
            <translation>
                <numerusform>%Ln cliente mostrato su {total}; scorri per vederne altri.</numerusform>
                <numerusform>%Ln clienti mostrati su {total}; scorri per vederne altri.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) shown; scroll for more.</source>
            <translation>
                <numerusform>%Ln cliente mostrato; scorri per vederne altri.</numerusform>
                <numerusform>%Ln clienti mostrati; scorri per vederne altri.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Città</translation>
        </message>
        <message>
            <source>Number / card</source>
            <translation>Numero / carta</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <source>Wrong login or PIN.</source>
            <translation>Nome utente o PIN errati.</translation>
        </message>
        <message>
            <source>This person does not work at this device's store or territory.</source>
            <translation>Questa persona non lavora nel negozio o nella zona di questo dispositivo.</translation>
        </message>
        <message>
            <source>This account is disabled; ask a manager.</source>
            <translation>Questo account è disattivato; rivolgiti a un responsabile.</translation>
        </message>
        <message>
            <source>The server cannot be reached and you have not signed in on this device before. Sign in once while it is online.</source>
            <translation>Il server non è raggiungibile e non hai mai effettuato l'accesso su questo dispositivo. Accedi una volta mentre il server è raggiungibile.</translation>
        </message>
        <message>
            <source>The server cannot be reached and your sign-in on this device has expired (it lasts a while after each online sign-in). Sign in once while it is online.</source>
            <translation>Il server non è raggiungibile e il tuo accesso su questo dispositivo è scaduto (resta valido per un po' dopo ogni accesso online). Accedi una volta mentre il server è raggiungibile.</translation>
        </message>
        <message>
            <source>This device is not enrolled yet.</source>
            <translation>Questo dispositivo non è ancora registrato.</translation>
        </message>
        <message>
            <source>Only a manager can lift a sign-in lock-out.</source>
            <translation>Solo un responsabile può rimuovere il blocco degli accessi.</translation>
        </message>
        <message>
            <source>Enter your login and PIN.</source>
            <translation>Inserisci nome utente e PIN.</translation>
        </message>
        <message>
            <source>That enrolment code was used already; ask a manager for a new one.</source>
            <translation>Questo codice di registrazione è già stato usato; chiedine uno nuovo a un responsabile.</translation>
        </message>
        <message>
            <source>That enrolment code has expired; ask a manager for a new one.</source>
            <translation>Questo codice di registrazione è scaduto; chiedine uno nuovo a un responsabile.</translation>
        </message>
        <message>
            <source>That enrolment code is not valid; check it or ask a manager for a new one.</source>
            <translation>Questo codice di registrazione non è valido; controllalo o chiedine uno nuovo a un responsabile.</translation>
        </message>
        <message>
            <source>This device was revoked by a manager; enrol it again with a new code.</source>
            <translation>Un responsabile ha revocato questo dispositivo; registralo di nuovo con un nuovo codice.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and the network.</source>
            <translation>Il server non è raggiungibile. Controlla l'indirizzo e la rete.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted. Check the address, or give the server's CA bundle.</source>
            <translation>Il certificato del server non è attendibile. Controlla l'indirizzo o indica il bundle CA del server.</translation>
        </message>
        <message>
            <source>This device's server address, {url}, is plain http:// to another machine: its token and staff PINs would cross the network in clear, so it is not used. Enrol this device again with the server's https:// address.</source>
            <translation>L'indirizzo del server di questo dispositivo, {url}, è un semplice http:// verso un altro computer: il token del dispositivo e i PIN del personale viaggerebbero in chiaro sulla rete, quindi non viene usato. Registra di nuovo questo dispositivo con l'indirizzo https:// del server.</translation>
        </message>
        <message>
            <source>This computer's keyring does not hold the key of the local database {path}, so it cannot be opened. Nothing was changed or deleted: its unsent changes are still in it. Ask support before enrolling this device again.</source>
            <translation>Il portachiavi di questo computer non contiene la chiave del database locale {path}, quindi non si può aprire. Non è stato modificato né eliminato nulla: le modifiche non inviate sono ancora lì. Contatta l'assistenza prima di registrare di nuovo questo dispositivo.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). It was not saved; try again, and tell your manager if it happens again (the details are in {path}).</source>
            <translation>Qualcosa è andato storto ({kind}). Non è stato salvato nulla; riprova e, se succede di nuovo, avvisa il responsabile (i dettagli sono in {path}).</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>Signature audit page</source>
            <translation>Verbale di firma</translation>
        </message>
        <message numerus="yes">
            <source>%n stroke(s)</source>
            <translation>
                <numerusform>%n tratto</numerusform>
                <numerusform>%n tratti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n punti</numerusform>
            </translation>
        </message>
        <message>
            <source>{strokes}, {points}, drawn in {seconds} s</source>
            <translation>{strokes}, {points}, tracciata in {seconds} s</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Contratto</translation>
        </message>
        <message>
            <source>SHA-256 of the document signed</source>
            <translation>SHA-256 del documento firmato</translation>
        </message>
        <message>
            <source>SHA-256 of the signature strokes</source>
            <translation>SHA-256 dei tratti della firma</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Firmato da</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Testimone</translation>
        </message>
        <message>
            <source>Signed at (UTC)</source>
            <translation>Data firma (UTC)</translation>
        </message>
        <message>
            <source>Signed at (local time)</source>
            <translation>Data firma (ora locale)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>Device identifier</source>
            <translation>Identificativo dispositivo</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Filiale</translation>
        </message>
        <message>
            <source>Identity document checked</source>
            <translation>Documento d'identità verificato</translation>
        </message>
        <message>
            <source>Consent to sign electronically given at</source>
            <translation>Data del consenso alla firma elettronica</translation>
        </message>
        <message>
            <source>The SHA-256 above identifies the agreement the customer read on screen before signing; any change to that document gives another value.</source>
            <translation>L'hash SHA-256 qui sopra identifica il contratto che il cliente ha letto sullo schermo prima di firmare; qualsiasi modifica a quel documento produce un valore diverso.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Chiamata</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Reclamo</translation>
        </message>
        <message>
            <source>Call back</source>
            <translation>Richiamata</translation>
        </message>
        <message>
            <source>Order placed</source>
            <translation>Ordine effettuato</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>Ritirato</translation>
        </message>
        <message>
            <source>Partly picked up</source>
            <translation>Ritirato in parte</translation>
        </message>
        <message>
            <source>Order expired</source>
            <translation>Ordine scaduto</translation>
        </message>
        <message>
            <source>Order changed</source>
            <translation>Ordine modificato</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message>
            <source>Order cancelled</source>
            <translation>Ordine annullato</translation>
        </message>
        <message>
            <source>Application started</source>
            <translation>Pratica avviata</translation>
        </message>
        <message>
            <source>Application submitted</source>
            <translation>Pratica inviata</translation>
        </message>
        <message>
            <source>Application in review</source>
            <translation>Pratica in valutazione</translation>
        </message>
        <message>
            <source>Application approved</source>
            <translation>Pratica approvata</translation>
        </message>
        <message>
            <source>Application rejected</source>
            <translation>Pratica rifiutata</translation>
        </message>
        <message>
            <source>Application signed</source>
            <translation>Pratica firmata</translation>
        </message>
        <message>
            <source>Application withdrawn</source>
            <translation>Pratica ritirata</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offerta</translation>
        </message>
        <message>
            <source>Document received</source>
            <translation>Documento ricevuto</translation>
        </message>
        <message>
            <source>Document checked</source>
            <translation>Documento verificato</translation>
        </message>
        <message>
            <source>Identity checked</source>
            <translation>Identità verificata</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Nuova versione</translation>
        </message>
        <message>
            <source>Callback booked</source>
            <translation>Richiamata fissata</translation>
        </message>
        <message>
            <source>Appointment booked</source>
            <translation>Appuntamento fissato</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completato</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Scaduto</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Bozza</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Inviata</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In valutazione</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Tutte le aperte</translation>
        </message>
        <message>
            <source>Started online</source>
            <translation>Avviate online</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Per telefono</translation>
        </message>
        <message>
            <source>Started here</source>
            <translation>Avviate qui</translation>
        </message>
        <message>
            <source>Waiting for documents</source>
            <translation>In attesa di documenti</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>In stallo</translation>
        </message>
        <message>
            <source>Ready to sign</source>
            <translation>Pronta per la firma</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>In attesa di approvazione</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approvata</translation>
        </message>
        <message>
            <source>No open applications here.</source>
            <translation>Nessuna pratica aperta.</translation>
        </message>
        <message>
            <source>No open application was started online.</source>
            <translation>Nessuna pratica aperta avviata online.</translation>
        </message>
        <message>
            <source>No open application was started by phone.</source>
            <translation>Nessuna pratica aperta avviata per telefono.</translation>
        </message>
        <message>
            <source>No open application was started here.</source>
            <translation>Nessuna pratica aperta avviata qui.</translation>
        </message>
        <message>
            <source>No application is waiting for documents.</source>
            <translation>Nessuna pratica in attesa di documenti.</translation>
        </message>
        <message>
            <source>No application is stalled.</source>
            <translation>Nessuna pratica ferma.</translation>
        </message>
        <message>
            <source>No application is ready to sign.</source>
            <translation>Nessuna pratica pronta per la firma.</translation>
        </message>
        <message>
            <source>No application is waiting for approval.</source>
            <translation>Nessuna pratica in attesa di approvazione.</translation>
        </message>
        <message>
            <source>No application approved yet.</source>
            <translation>Ancora nessuna pratica approvata.</translation>
        </message>
        <message>
            <source>Application number, QR code, customer name, phone or number</source>
            <translation>N. pratica, codice QR, nome del cliente, telefono o codice cliente</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nuova…</translation>
        </message>
        <message>
            <source>A new application: choose the customer (Ctrl+Shift+A)</source>
            <translation>Nuova pratica: scegli il cliente (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>No application matches this search.</source>
            <translation>Nessuna pratica corrisponde alla ricerca.</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n pratica</numerusform>
                <numerusform>%n pratiche</numerusform>
            </translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rifiutata</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmata</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ritirata</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Non pagato</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Pagato in parte</translation>
        </message>
        <message>
            <source>Partly refunded</source>
            <translation>Rimborsato in parte</translation>
        </message>
        <message>
            <source>Take away</source>
            <translation>Ritiro immediato</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Finanziamento</translation>
        </message>
        <message>
            <source>Marketing by e-mail</source>
            <translation>Marketing via e-mail</translation>
        </message>
        <message>
            <source>Marketing by SMS</source>
            <translation>Marketing via SMS</translation>
        </message>
        <message>
            <source>Profiling</source>
            <translation>Profilazione</translation>
        </message>
        <message>
            <source>Consent to check the credit register</source>
            <translation>Consenso alla consultazione delle banche dati creditizie</translation>
        </message>
        <message>
            <source>Consent to process personal data for this credit</source>
            <translation>Consenso al trattamento dei dati personali per questo finanziamento</translation>
        </message>
        <message>
            <source>Consent to sign electronically</source>
            <translation>Consenso alla firma elettronica</translation>
        </message>
        <message>
            <source>Consent to receive offers</source>
            <translation>Consenso a ricevere offerte</translation>
        </message>
        <message>
            <source>Identity card</source>
            <translation>Carta d'identità</translation>
        </message>
        <message>
            <source>Income statement</source>
            <translation>Documento di reddito</translation>
        </message>
        <message>
            <source>Tax code card</source>
            <translation>Tessera del codice fiscale</translation>
        </message>
        <message>
            <source>Signed agreement</source>
            <translation>Contratto firmato</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Mancante</translation>
        </message>
        <message>
            <source>Received, to check</source>
            <translation>Ricevuto, da verificare</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificato</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passaporto</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Permesso di soggiorno</translation>
        </message>
        <message>
            <source>Being completed</source>
            <translation>In completamento</translation>
        </message>
        <message>
            <source>Cash loan</source>
            <translation>Prestito in contanti</translation>
        </message>
        <message>
            <source>Instalment purchase</source>
            <translation>Acquisto a rate</translation>
        </message>
        <message>
            <source>Personal loan</source>
            <translation>Prestito personale</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Privato</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>“{text}” is not an amount to take; type it like {example}.</source>
            <translation>«{text}» non è un importo valido; scrivilo così: {example}.</translation>
        </message>
        <message>
            <source>Enter the card terminal's reference for the card payment.</source>
            <translation>Inserisci il riferimento del POS per il pagamento con carta.</translation>
        </message>
        <message>
            <source>Enter the amount paid by card.</source>
            <translation>Inserisci l'importo pagato con carta.</translation>
        </message>
        <message>
            <source>The terminal reference is too long (64 characters at most).</source>
            <translation>Il riferimento del POS è troppo lungo (massimo 64 caratteri).</translation>
        </message>
        <message>
            <source>The card pays more than the total of {total}; only cash can be over-paid.</source>
            <translation>La carta paga più del totale di {total}; si può pagare in eccesso solo in contanti.</translation>
        </message>
        <message>
            <source>Still due: {due}. Take more, or add a card payment.</source>
            <translation>Ancora da pagare: {due}. Incassa di più o aggiungi un pagamento con carta.</translation>
        </message>
        <message>
            <source>Complete sale</source>
            <translation>Concludi vendita</translation>
        </message>
        <message>
            <source>Back to the sale</source>
            <translation>Torna alla vendita</translation>
        </message>
        <message>
            <source>Recording the sale…</source>
            <translation>Registrazione della vendita…</translation>
        </message>
        <message>
            <source>Enter: complete · Alt+Y: the rest by card · Esc: back to the sale</source>
            <translation>Enter: concludi · Alt+S: saldo con carta · Esc: torna alla vendita</translation>
        </message>
        <message>
            <source>To pay: {total}</source>
            <translation>Da pagare: {total}</translation>
        </message>
        <message>
            <source>e.g. 200</source>
            <translation>es. 200</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0,00</translation>
        </message>
        <message>
            <source>from the card terminal's slip</source>
            <translation>dallo scontrino del POS</translation>
        </message>
        <message>
            <source>&amp;Cash received:</source>
            <translation>&amp;Contanti ricevuti:</translation>
        </message>
        <message>
            <source>Card &amp;amount:</source>
            <translation>&amp;Importo carta:</translation>
        </message>
        <message>
            <source>Terminal &amp;reference:</source>
            <translation>&amp;Riferimento POS:</translation>
        </message>
        <message>
            <source>The rest b&amp;y card</source>
            <translation>&amp;Saldo con carta</translation>
        </message>
        <message>
            <source>Still due: {amount}</source>
            <translation>Ancora da pagare: {amount}</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Resto: {amount}</translation>
        </message>
        <message>
            <source>On hand here</source>
            <translation>Disponibili qui</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Prezzo</translation>
        </message>
        <message>
            <source>Find a product</source>
            <translation>Cerca un prodotto</translation>
        </message>
        <message>
            <source>Name or SKU</source>
            <translation>Nome o SKU</translation>
        </message>
        <message>
            <source>Type to search · ↓ to the list · Enter adds · Esc back</source>
            <translation>Digita per cercare · ↓ alla lista · Enter aggiunge · Esc torna indietro</translation>
        </message>
        <message>
            <source>No product matches.</source>
            <translation>Nessun prodotto corrispondente.</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>Trovati: {count}</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Paid online</source>
            <translation>Pagato online</translation>
        </message>
        <message>
            <source>{label} (ref. {reference})</source>
            <translation>{label} (rif. {reference})</translation>
        </message>
        <message>
            <source>Customer: {name}</source>
            <translation>Cliente: {name}</translation>
        </message>
        <message>
            <source>Thank you for shopping with us.</source>
            <translation>Grazie per aver acquistato da noi.</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Contanti ricevuti</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Resto</translation>
        </message>
        <message>
            <source>Save PDF (Ctrl+S)</source>
            <translation>Salva PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Receipt roll width</source>
            <translation>Larghezza rotolo scontrino</translation>
        </message>
        <message>
            <source>{width} mm roll</source>
            <translation>Rotolo da {width} mm</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Salva scontrino</translation>
        </message>
        <message>
            <source>Signing application {number}</source>
            <translation>Firma della pratica {number}</translation>
        </message>
        <message>
            <source>The customer's copy was sent to the printer.</source>
            <translation>La copia del cliente è stata inviata alla stampante.</translation>
        </message>
        <message>
            <source>Save the customer's copy</source>
            <translation>Salva la copia del cliente</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documenti PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The customer's copy was saved to {path}.</source>
            <translation>La copia del cliente è stata salvata in {path}.</translation>
        </message>
        <message>
            <source>The receipt could not be saved as {path}; choose another folder.</source>
            <translation>Impossibile salvare lo scontrino come {path}; scegli un'altra cartella.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only.</source>
            <translation>Il PIN può contenere solo cifre.</translation>
        </message>
        <message numerus="yes">
            <source>A PIN has at least %n digit(s).</source>
            <translation>
                <numerusform>Il PIN deve avere almeno %n cifra.</numerusform>
                <numerusform>Il PIN deve avere almeno %n cifre.</numerusform>
            </translation>
        </message>
        <message>
            <source>That PIN is too long.</source>
            <translation>Questo PIN è troppo lungo.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess: not one digit repeated, nor a run like 123456.</source>
            <translation>Questo PIN è troppo facile da indovinare: niente cifre tutte uguali né sequenze come 123456.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for this login on this device. Try again after {time}, or sign in while the server can be reached.</source>
            <translation>Troppi PIN errati per questo utente su questo dispositivo. Riprova dopo le {time} o accedi quando il server è raggiungibile.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins on this device. Try again after {time}, or ask a manager to unlock it.</source>
            <translation>Troppi accessi non riusciti su questo dispositivo. Riprova dopo le {time} o chiedi a un responsabile di sbloccarlo.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for this login. Try again after {time}, or ask a manager to unlock it.</source>
            <translation>Troppi PIN errati per questo utente. Riprova dopo le {time} o chiedi a un responsabile di sbloccarlo.</translation>
        </message>
        <message>
            <source>Too many wrong enrolment codes from this computer. Wait a while, then try again with a new code from a manager.</source>
            <translation>Troppi codici di registrazione errati da questo computer. Attendi un po', poi riprova con un nuovo codice fornito da un responsabile.</translation>
        </message>
        <message>
            <source>Your PIN is too short: choose a new PIN of at least {n} digits.</source>
            <translation>Il tuo PIN è troppo corto: scegli un nuovo PIN di almeno {n} cifre.</translation>
        </message>
        <message>
            <source>The new PIN must differ from the old one.</source>
            <translation>Il nuovo PIN deve essere diverso da quello vecchio.</translation>
        </message>
        <message>
            <source>That PIN is not allowed: use at least {n} digits, not one digit repeated nor a run like 123456.</source>
            <translation>Questo PIN non è consentito: usa almeno {n} cifre, non tutte uguali né in sequenza come 123456.</translation>
        </message>
        <message>
            <source>The server is busy checking sign-ins; try again in a moment.</source>
            <translation>Il server è occupato a verificare gli accessi; riprova tra un momento.</translation>
        </message>
        <message>
            <source>Reading this device's keys…</source>
            <translation>Lettura delle chiavi del dispositivo…</translation>
        </message>
        <message>
            <source>Checking the local data…</source>
            <translation>Controllo dei dati locali…</translation>
        </message>
        <message>
            <source>Updating the local data to this version…</source>
            <translation>Aggiornamento dei dati locali a questa versione…</translation>
        </message>
        <message>
            <source>Recovering the local data…</source>
            <translation>Ripristino dei dati locali…</translation>
        </message>
        <message>
            <source>Some of these goods were already returned elsewhere (another store, or by post) while this till was offline, so no refund was recorded for this return. If some units can still be returned, correct the quantity (Fix); otherwise discard it. If you refunded the customer for goods refunded elsewhere too, ask a manager to settle it with the customer.</source>
            <translation>Alcuni di questi articoli erano già stati resi altrove (in un altro negozio o per posta) mentre questa cassa era offline, quindi per questo reso non è stato registrato alcun rimborso. Se alcuni pezzi si possono ancora rendere, correggi la quantità (pulsante Correggi); altrimenti scarta la modifica. Se hai rimborsato il cliente per articoli già rimborsati altrove, chiedi a un responsabile di sistemare la cosa con il cliente.</translation>
        </message>
        <message>
            <source>The return window had closed. A manager can approve the late return: open Returns, find the order and take the return again with a manager's approval, then discard this change.</source>
            <translation>Il periodo per il reso era scaduto. Un responsabile può autorizzare il reso tardivo: apri la sezione Resi, trova l'ordine e registra di nuovo il reso con l'autorizzazione del responsabile, poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>Only a manager can approve a late return. Ask a manager to take the return again in Returns with their own sign-in, then discard this change.</source>
            <translation>Solo un responsabile può autorizzare un reso tardivo. Chiedi a un responsabile di registrare di nuovo il reso nella sezione Resi con il proprio accesso, poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>The order was cancelled online while this till was offline, and any prepayment went back to the customer. If the customer left with the goods, sell them the goods as a new sale (or ask for them back) and refund any money taken at this hand-over; then discard this change.</source>
            <translation>L'ordine è stato annullato online mentre questa cassa era offline e l'eventuale acconto è stato restituito al cliente. Se il cliente è uscito con la merce, registrala come nuova vendita (o chiedine la restituzione) e rimborsa quanto incassato a questa consegna; poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>The order expired uncollected before the hand-over reached the central system, and any prepayment went back to the customer. If the goods left with the customer, sell them as a new sale; then discard this change.</source>
            <translation>L'ordine è scaduto senza essere ritirato prima che la consegna arrivasse al sistema centrale e l'eventuale acconto è stato restituito al cliente. Se il cliente ha portato via la merce, registrala come nuova vendita; poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>The order had already been handed over (look at the customer's timeline for where and when). If the customer got the goods twice, ask a manager; if not, discard this change.</source>
            <translation>L'ordine era già stato consegnato (dove e quando: vedi la cronologia del cliente). Se il cliente ha ricevuto la merce due volte, rivolgiti a un responsabile; altrimenti scarta questa modifica.</translation>
        </message>
        <message>
            <source>The order was handed over, cancelled or expired elsewhere before this change reached the central system, and any money taken or refunded with the change was not recorded. Look at the order in the customer's 360: settle any payment with the customer, then discard this change.</source>
            <translation>L'ordine è stato consegnato, annullato o è scaduto altrove prima che questa modifica arrivasse al sistema centrale, e gli importi incassati o rimborsati con la modifica non sono stati registrati. Controlla l'ordine nella scheda cliente 360: regola l'eventuale pagamento con il cliente, poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>Prices are set centrally, by the pricing staff of each country's office: the price was not changed anywhere. Tell them about the price to change, then discard this change.</source>
            <translation>I prezzi sono stabiliti centralmente dall'ufficio prezzi di ciascun paese: il prezzo non è stato modificato da nessuna parte. Segnala loro il prezzo da cambiare, poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>The order changed elsewhere meanwhile (collected, cancelled or expired). Look at it in the customer's 360, then discard this change.</source>
            <translation>Nel frattempo l'ordine è cambiato altrove (ritirato, annullato o scaduto). Controllalo nella scheda cliente 360, poi scarta questa modifica.</translation>
        </message>
        <message>
            <source>The central system could not confirm who made this change on this device, so it was not applied anywhere. If it is still needed, retry it: the retry is signed as the person signed in now, who takes it on. Otherwise discard it.</source>
            <translation>Il sistema centrale non ha potuto confermare chi ha fatto questa modifica su questo dispositivo, quindi non è stata applicata da nessuna parte. Se serve ancora, riprovala: il nuovo invio viene firmato dalla persona che ha effettuato l'accesso ora, che se ne assume la responsabilità. Altrimenti scartala.</translation>
        </message>
        <message>
            <source>The proof of who made this change did not match, so it was not applied anywhere. If it is still needed, retry it signed in as yourself; otherwise discard it, and tell a manager if nobody here made it.</source>
            <translation>La prova di chi ha fatto questa modifica non corrispondeva, quindi non è stata applicata da nessuna parte. Se serve ancora, riprovala dopo aver effettuato l'accesso con il tuo account; altrimenti scartala e avvisa un responsabile se nessuno qui l'ha fatta.</translation>
        </message>
        <message>
            <source>The sign-in this change was made under had ended (a PIN change, or the account was closed) before it reached the central system, so it was not applied. If it is still right, retry it signed in as yourself; otherwise discard it.</source>
            <translation>L'accesso con cui è stata fatta questa modifica era terminato (cambio del PIN o account chiuso) prima che arrivasse al sistema centrale, quindi non è stata applicata. Se è ancora corretta, riprovala dopo aver effettuato l'accesso con il tuo account; altrimenti scartala.</translation>
        </message>
        <message>
            <source>This change was made after the person's sign-in on this device had expired (too long without an online sign-in), so it was not applied. Sign in while online and retry it, or discard it.</source>
            <translation>Questa modifica è stata fatta dopo la scadenza dell'accesso della persona su questo dispositivo (troppo tempo senza un accesso online), quindi non è stata applicata. Accedi quando sei online e riprovala, oppure scartala.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizzazione…</translation>
        </message>
        <message>
            <source>Sync finished.</source>
            <translation>Sincronizzazione completata.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your changes are kept on this device and will be sent when it is back.</source>
            <translation>Impossibile raggiungere il server. Le modifiche restano su questo dispositivo e verranno inviate quando tornerà disponibile.</translation>
        </message>
        <message>
            <source>Change #{seq} was done again as #{new}; it will be sent with the next sync.</source>
            <translation>La modifica #{seq} è stata ripetuta come #{new}; verrà inviata alla prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Change #{seq} was corrected and done again as #{new}; it will be sent with the next sync.</source>
            <translation>La modifica #{seq} è stata corretta e ripetuta come #{new}; verrà inviata alla prossima sincronizzazione.</translation>
        </message>
        <message>
            <source>Change #{seq} was discarded; it will not be sent.</source>
            <translation>La modifica #{seq} è stata scartata; non verrà inviata.</translation>
        </message>
        <message>
            <source>Discard change #{seq}, “{what}”?

The server refused it: {reason}

Discarding means it is never sent: what it did stays undone, on this device and everywhere else, and nobody is told. This cannot be undone. Your name, the time and your note are kept in the history of decisions.</source>
            <translation>Scartare la modifica #{seq}, «{what}»?

Il server l'ha rifiutata: {reason}

Scartarla significa che non verrà mai inviata: ciò che ha fatto resta annullato, su questo dispositivo e ovunque, e nessuno viene avvisato. L'operazione non può essere annullata. Il tuo nome, l'ora e la tua nota restano nello storico delle decisioni.</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>nessun motivo indicato</translation>
        </message>
        <message>
            <source>Discard this change?</source>
            <translation>Scartare questa modifica?</translation>
        </message>
        <message>
            <source>Sale of a cart</source>
            <translation>Vendita di un carrello</translation>
        </message>
        <message numerus="yes">
            <source>Sale of %n item(s)</source>
            <translation>
                <numerusform>Vendita di %n pezzo</numerusform>
                <numerusform>Vendita di %n pezzi</numerusform>
            </translation>
        </message>
        <message>
            <source>Order from a cart</source>
            <translation>Ordine da un carrello</translation>
        </message>
        <message numerus="yes">
            <source>Order of %n item(s)</source>
            <translation>
                <numerusform>Ordine di %n pezzo</numerusform>
                <numerusform>Ordine di %n pezzi</numerusform>
            </translation>
        </message>
        <message>
            <source>Units marked missing on an order</source>
            <translation>Pezzi segnalati come mancanti in un ordine</translation>
        </message>
        <message>
            <source>Order changed at the till</source>
            <translation>Ordine modificato in cassa</translation>
        </message>
        <message>
            <source>Note on customer</source>
            <translation>Nota sul cliente</translation>
        </message>
        <message>
            <source>Call with customer</source>
            <translation>Chiamata con il cliente</translation>
        </message>
        <message>
            <source>Visit to customer</source>
            <translation>Visita al cliente</translation>
        </message>
        <message>
            <source>Complaint from customer</source>
            <translation>Reclamo del cliente</translation>
        </message>
        <message>
            <source>Call-back request from customer</source>
            <translation>Richiesta di richiamata del cliente</translation>
        </message>
        <message>
            <source>New customer {name}</source>
            <translation>Nuovo cliente {name}</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Lingua cambiata</translation>
        </message>
        <message>
            <source>Line removed from a cart</source>
            <translation>Riga rimossa da un carrello</translation>
        </message>
        <message>
            <source>Cart abandoned</source>
            <translation>Carrello abbandonato</translation>
        </message>
        <message>
            <source>Customer details changed</source>
            <translation>Dati del cliente modificati</translation>
        </message>
        <message>
            <source>Order ready for pickup</source>
            <translation>Ordine pronto per il ritiro</translation>
        </message>
        <message>
            <source>Order handed over</source>
            <translation>Ordine consegnato</translation>
        </message>
        <message>
            <source>Order shipped</source>
            <translation>Ordine spedito</translation>
        </message>
        <message>
            <source>Application updated</source>
            <translation>Pratica aggiornata</translation>
        </message>
        <message>
            <source>Application offer chosen</source>
            <translation>Offerta della pratica scelta</translation>
        </message>
        <message>
            <source>Document attached to an application</source>
            <translation>Documento allegato a una pratica</translation>
        </message>
        <message>
            <source>Application document checked</source>
            <translation>Documento della pratica verificato</translation>
        </message>
        <message>
            <source>Applicant's identity checked</source>
            <translation>Identità del richiedente verificata</translation>
        </message>
        <message>
            <source>Applicant's consent recorded</source>
            <translation>Consenso del richiedente registrato</translation>
        </message>
        <message>
            <source>Application reopened as a new version</source>
            <translation>Pratica riaperta come nuova versione</translation>
        </message>
        <message>
            <source>Application review started</source>
            <translation>Istruttoria della pratica avviata</translation>
        </message>
        <message>
            <source>Application declined</source>
            <translation>Pratica respinta</translation>
        </message>
        <message numerus="yes">
            <source>Return of %n item(s)</source>
            <translation>
                <numerusform>Reso di %n pezzo</numerusform>
                <numerusform>Reso di %n pezzi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added to a cart</source>
            <translation>
                <numerusform>%n pezzo aggiunto a un carrello</numerusform>
                <numerusform>%n pezzi aggiunti a un carrello</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cart line changed to %n item(s)</source>
            <translation>
                <numerusform>Riga del carrello portata a %n pezzo</numerusform>
                <numerusform>Riga del carrello portata a %n pezzi</numerusform>
            </translation>
        </message>
        <message>
            <source>Price set to {amount}</source>
            <translation>Prezzo impostato a {amount}</translation>
        </message>
        <message>
            <source>Stock adjusted by {delta}</source>
            <translation>Giacenza rettificata di {delta}</translation>
        </message>
        <message>
            <source>{what} — {customer}</source>
            <translation>{what} — {customer}</translation>
        </message>
        <message>
            <source>Correct and send again</source>
            <translation>Correggi e invia di nuovo</translation>
        </message>
        <message>
            <source>Refused because: {reason}</source>
            <translation>Motivo del rifiuto: {reason}</translation>
        </message>
        <message>
            <source>&amp;Send corrected</source>
            <translation>&amp;Invia corretta</translation>
        </message>
        <message>
            <source>Nothing in this change can be corrected here; retry it or discard it.</source>
            <translation>In questa modifica non c'è nulla da correggere qui: riprovala o scartala.</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>Total shown to the customer</source>
            <translation>Totale mostrato al cliente</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Testo</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodo</translation>
        </message>
        <message>
            <source>Refund method</source>
            <translation>Metodo di rimborso</translation>
        </message>
        <message>
            <source>Change in stock</source>
            <translation>Variazione della giacenza</translation>
        </message>
        <message>
            <source>Approved by a manager</source>
            <translation>Autorizzato dal responsabile</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Riferimento</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Cognome</translation>
        </message>
        <message>
            <source>National ID number</source>
            <translation>Codice fiscale</translation>
        </message>
        <message>
            <source>Monthly net income</source>
            <translation>Reddito netto mensile</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Tipo di impiego</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Datore di lavoro</translation>
        </message>
        <message>
            <source>Purpose of the loan</source>
            <translation>Finalità del prestito</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Permanent contract</source>
            <translation>Contratto a tempo indeterminato</translation>
        </message>
        <message>
            <source>Fixed-term contract</source>
            <translation>Contratto a tempo determinato</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <translation>Lavoratore autonomo</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Pensionato</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>Applicant details</source>
            <translation>Dati del richiedente</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>Term (months)</source>
            <translation>Durata (mesi)</translation>
        </message>
        <message>
            <source>Delivery store</source>
            <translation>Negozio di consegna</translation>
        </message>
        <message>
            <source>an offer</source>
            <translation>offerta</translation>
        </message>
        <message>
            <source>a new offer (the last one expired)</source>
            <translation>nuova offerta (la precedente è scaduta)</translation>
        </message>
        <message>
            <source>{document} ({state})</source>
            <translation>{document} ({state})</translation>
        </message>
        <message>
            <source>the identity document checked</source>
            <translation>verifica del documento d'identità</translation>
        </message>
        <message>
            <source>{stage} · stalled</source>
            <translation>{stage} · ferma</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Invia</translation>
        </message>
        <message>
            <source>Before signing: {missing}.</source>
            <translation>Da completare prima della firma: {missing}.</translation>
        </message>
        <message>
            <source>Everything is there: the customer can sign (Sign…).</source>
            <translation>È tutto pronto: il cliente può firmare (Firma…).</translation>
        </message>
        <message>
            <source>Signed: submit it for a decision.</source>
            <translation>Firmata: inviala per la decisione.</translation>
        </message>
        <message>
            <source>Waiting for a decision by someone other than the person who signed and submitted it.</source>
            <translation>In attesa della decisione di una persona diversa da chi l'ha firmata e inviata.</translation>
        </message>
        <message>
            <source>Approved.</source>
            <translation>Approvata.</translation>
        </message>
        <message>
            <source>Rejected: {reason}</source>
            <translation>Rifiutata: {reason}</translation>
        </message>
        <message>
            <source>Rejected.</source>
            <translation>Rifiutata.</translation>
        </message>
        <message>
            <source>Withdrawn.</source>
            <translation>Ritirata.</translation>
        </message>
        <message>
            <source>{what}: {note}</source>
            <translation>{what}: {note}</translation>
        </message>
        <message>
            <source>{what} (version {version})</source>
            <translation>{what} (versione {version})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Riga {n}</translation>
        </message>
        <message>
            <source>Payment {n}</source>
            <translation>Pagamento {n}</translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Rifiutata dal server</translation>
        </message>
        <message>
            <source>Waiting (not shown on this device)</source>
            <translation>In attesa (non visibile su questo dispositivo)</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>In attesa di invio</translation>
        </message>
        <message>
            <source>Sent again as #{seq}</source>
            <translation>Inviata di nuovo come #{seq}</translation>
        </message>
        <message>
            <source>Corrected and sent as #{seq}</source>
            <translation>Corretta e inviata come #{seq}</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translation>Scartata</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Chi</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Server's reason</source>
            <translation>Motivo del server</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>a change made on this device, waiting or refused</comment>
            <translation>Modifica</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>Nulla da verificare.</translation>
        </message>
        <message>
            <source>Every change has been sent.</source>
            <translation>Tutte le modifiche sono state inviate.</translation>
        </message>
        <message>
            <source>No decisions yet.</source>
            <translation>Ancora nessuna decisione.</translation>
        </message>
        <message>
            <source>Why you decide so (kept in the log)</source>
            <translation>Motivo della decisione (resta nel registro)</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizza ora</translation>
        </message>
        <message>
            <source>Send waiting changes and fetch news (F5)</source>
            <translation>Invia le modifiche in attesa e scarica gli aggiornamenti (F5)</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Riprova</translation>
        </message>
        <message>
            <source>Do the change again as it was (Ctrl+R)</source>
            <translation>Ripeti la modifica così com'era (Ctrl+R)</translation>
        </message>
        <message>
            <source>&amp;Fix…</source>
            <translation>&amp;Correggi…</translation>
        </message>
        <message>
            <source>Correct the change and send it again (Ctrl+E)</source>
            <translation>Correggi la modifica e inviala di nuovo (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>Scar&amp;ta…</translation>
        </message>
        <message>
            <source>Drop the change for good (Delete)</source>
            <translation>Scarta definitivamente la modifica (Delete)</translation>
        </message>
        <message>
            <source>Every change made here is kept until the server has answered it.</source>
            <translation>Ogni modifica fatta qui viene conservata finché il server non risponde.</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>&amp;Needs attention</source>
            <translation>Da &amp;verificare</translation>
        </message>
        <message>
            <source>Changes the server refused, with its reason. What they did has been undone on this device: retry, correct or discard each one.</source>
            <translation>Modifiche rifiutate dal server, con il motivo. I loro effetti sono stati annullati su questo dispositivo: riprova, correggi o scarta ciascuna.</translation>
        </message>
        <message>
            <source>&amp;Waiting to be sent</source>
            <translation>In &amp;attesa di invio</translation>
        </message>
        <message>
            <source>&amp;History of decisions</source>
            <translation>St&amp;orico decisioni</translation>
        </message>
        <message>
            <source>Sync centre</source>
            <translation>Sincronizzazione</translation>
        </message>
        <message>
            <source>Connect this device to Omnidesk</source>
            <translation>Collega questo dispositivo a Omnidesk</translation>
        </message>
        <message>
            <source>Ask a manager for a one-time enrolment code for this store or territory (omnidesk-server enrol-code --store CODE), then enter it with the server's address.</source>
            <translation>Chiedi a un responsabile un codice di registrazione monouso per questo negozio o zona (omnidesk-server enrol-code --store CODE), poi inseriscilo insieme all'indirizzo del server.</translation>
        </message>
        <message>
            <source>optional: a PEM file of CAs to trust</source>
            <translation>facoltativo: un file PEM con le CA attendibili</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Sfoglia…</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Indirizzo del server</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Codice di registrazione</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>Nome dispositivo</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>Bundle CA</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connetti</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt);;All files (*)</source>
            <translation>File PEM (*.pem *.crt);;Tutti i file (*)</translation>
        </message>
        <message>
            <source>Enter the server's address, e.g. https://omnidesk.example.com</source>
            <translation>Inserisci l'indirizzo del server, ad es. https://omnidesk.example.com</translation>
        </message>
        <message>
            <source>Use the server's https:// address: over plain http:// this device's token and staff PINs would cross the network in clear (plain http:// is only for a server on this machine).</source>
            <translation>Usa l'indirizzo https:// del server: con il semplice http:// il token di questo dispositivo e i PIN del personale viaggerebbero in chiaro sulla rete (http:// va usato solo per un server su questo computer).</translation>
        </message>
        <message>
            <source>Enter the enrolment code.</source>
            <translation>Inserisci il codice di registrazione.</translation>
        </message>
        <message>
            <source>Give this device a name managers will recognise.</source>
            <translation>Dai a questo dispositivo un nome che i responsabili possano riconoscere.</translation>
        </message>
        <message>
            <source>The CA bundle file does not exist.</source>
            <translation>Il file del bundle CA non esiste.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connessione…</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({kind}). What you saved before is safe. The details were written to {path}; tell your manager if it happens again.</source>
            <translation>Si è verificato un errore imprevisto ({kind}). Quanto salvato prima è al sicuro. I dettagli sono stati scritti in {path}; se succede di nuovo, avvisa il tuo responsabile.</translation>
        </message>
        <message>
            <source>Omnidesk</source>
            <translation>Omnidesk</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Cassiere</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Consulente</translation>
        </message>
        <message>
            <source>Field rep</source>
            <translation>Agente di commercio</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Ufficio prezzi</translation>
        </message>
        <message>
            <source>Omnidesk — {place}</source>
            <translation>Omnidesk — {place}</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Blocca</translation>
        </message>
        <message>
            <source>Lock this device (Ctrl+L)</source>
            <translation>Blocca questo dispositivo (Ctrl+L)</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Esci</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source> · signed in offline</source>
            <translation> · accesso offline</translation>
        </message>
        <message>
            <source>Locked. Sign in to continue.</source>
            <translation>Bloccato. Accedi per continuare.</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Disconnessione effettuata.</translation>
        </message>
        <message>
            <source>Choose a new PIN</source>
            <translation>Scegli un nuovo PIN</translation>
        </message>
        <message>
            <source>{login}, your PIN is too short. Choose a new PIN of at least {n} digits: you will sign in with it from now on, on every device.</source>
            <translation>{login}, il tuo PIN è troppo corto. Scegli un nuovo PIN di almeno {n} cifre: da ora in poi lo userai per accedere su ogni dispositivo.</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Nuovo PIN:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>Ripeti il nuovo PIN:</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>Cambia PIN</translation>
        </message>
        <message>
            <source>The two entries differ: type the same new PIN twice.</source>
            <translation>I due valori non coincidono: digita due volte lo stesso nuovo PIN.</translation>
        </message>
        <message>
            <source>Changing your PIN…</source>
            <translation>Modifica del PIN…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Accedi</translation>
        </message>
        <message>
            <source>e.g. cashier.waw</source>
            <translation>es. cashier.waw</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Utente</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>A manager can unlock it…</source>
            <translation>Un responsabile può sbloccarlo…</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Accesso in corso…</translation>
        </message>
        <message>
            <source>{login} is unlocked: sign in again.</source>
            <translation>L'utente {login} è stato sbloccato: accedi di nuovo.</translation>
        </message>
        <message>
            <source>Your PIN must be changed before you can sign in.</source>
            <translation>Devi cambiare il PIN prima di poter accedere.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Avvio…</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>last sync {when}</source>
            <translation>ultima sincronizzazione {when}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>mai sincronizzato</translation>
        </message>
        <message>
            <source>{n} waiting to be sent</source>
            <translation>{n} in attesa di invio</translation>
        </message>
        <message>
            <source>all changes sent</source>
            <translation>tutte le modifiche inviate</translation>
        </message>
        <message>
            <source>{n} need attention</source>
            <translation>{n} da verificare</translation>
        </message>
        <message>
            <source>about {s} s left</source>
            <translation>circa {s} s rimanenti</translation>
        </message>
        <message>
            <source>estimating time left</source>
            <translation>stima del tempo rimanente</translation>
        </message>
        <message>
            <source>First sync: {done} of {total} rows, {left}</source>
            <translation>Prima sincronizzazione: {done} di {total} righe, {left}</translation>
        </message>
        <message>
            <source>Unlock sign-in</source>
            <translation>Sblocca accesso</translation>
        </message>
        <message>
            <source>{login} is locked out after too many wrong PINs. A manager of this store can unlock it with their own login and PIN.</source>
            <translation>L'utente {login} è bloccato dopo troppi PIN errati. Un responsabile di questo negozio può sbloccarlo con il proprio utente e PIN.</translation>
        </message>
        <message>
            <source>Manager's PIN:</source>
            <translation>PIN del responsabile:</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Sblocca</translation>
        </message>
        <message>
            <source>Enter the manager's login and PIN.</source>
            <translation>Inserisci utente e PIN del responsabile.</translation>
        </message>
        <message>
            <source>A manager has revoked this device and had its data erased. The local database, its unsent changes and the saved sign-ins are gone from this computer. To use it again, enrol it with a new code from a manager.</source>
            <translation>Un responsabile ha revocato questo dispositivo e ne ha fatto cancellare i dati. Il database locale, le modifiche non inviate e gli accessi salvati sono stati rimossi da questo computer. Per usarlo di nuovo, registralo con un nuovo codice fornito da un responsabile.</translation>
        </message>
        <message>
            <source>The server could not be told yet that the data is erased.</source>
            <translation>Non è stato ancora possibile comunicare al server che i dati sono stati cancellati.</translation>
        </message>
        <message>
            <source>A manager has revoked this device and ordered its data erased, but not everything could be erased: {reason}</source>
            <translation>Un responsabile ha revocato questo dispositivo e ne ha ordinato la cancellazione dei dati, ma non è stato possibile cancellare tutto: {reason}</translation>
        </message>
        <message>
            <source>“{text}” is not an amount; type it like {example} or {plain}.</source>
            <translation>«{text}» non è un importo; scrivilo così: {example} o {plain}.</translation>
        </message>
        <message>
            <source>“{text}” can be read two ways; type it like {example} or {plain}, with “{point}” before the cents.</source>
            <translation>«{text}» si può leggere in due modi; scrivilo così: {example} o {plain}, con «{point}» prima dei centesimi.</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimals; type it like {example}.</source>
            <translation>«{text}» ha più di due decimali; scrivilo così: {example}.</translation>
        </message>
        <message>
            <source>The language of your screens, on every device you sign in at</source>
            <translation>La lingua delle tue schermate, su ogni dispositivo in cui accedi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>Receipt preview</source>
            <translation>Anteprima scontrino</translation>
        </message>
        <message>
            <source>This device may not see or change that record: it belongs to another store or territory.</source>
            <translation>Questo dispositivo non può vedere né modificare questo record: appartiene a un altro negozio o a un'altra zona.</translation>
        </message>
        <message>
            <source>The staff member who did this does not work at this device's store or territory.</source>
            <translation>Il collaboratore che ha eseguito l'operazione non lavora nel negozio o nella zona di questo dispositivo.</translation>
        </message>
        <message>
            <source>The staff member who did this is not known on this device; sync and sign in again.</source>
            <translation>Il collaboratore che ha eseguito l'operazione non è noto su questo dispositivo; sincronizza e accedi di nuovo.</translation>
        </message>
        <message>
            <source>{name}'s account is disabled; ask a manager.</source>
            <translation>L'account di {name} è disattivato; rivolgiti a un responsabile.</translation>
        </message>
        <message>
            <source>This change does not carry proof of the person who made it; they must sign in on this device while it is online and make it again.</source>
            <translation>Questa modifica non contiene la prova di chi l'ha fatta; la persona deve accedere su questo dispositivo mentre è online e rifare la modifica.</translation>
        </message>
        <message>
            <source>The proof of who made this change does not match: it was not made by a person signed in on this device, or it was altered on the way.</source>
            <translation>La prova di chi ha fatto questa modifica non corrisponde: non è stata fatta da una persona che ha effettuato l'accesso su questo dispositivo, oppure è stata alterata durante l'invio.</translation>
        </message>
        <message>
            <source>The sign-in this change was made under is no longer valid ({reason}); the person must sign in again while online and make it again.</source>
            <translation>L'accesso con cui è stata fatta questa modifica non è più valido ({reason}); la persona deve accedere di nuovo mentre è online e rifare la modifica.</translation>
        </message>
        <message>
            <source>This change was made after the person's sign-in on this device had expired (too long without an online sign-in), or reached the server too long after; they must sign in while online and make it again.</source>
            <translation>Questa modifica è stata fatta dopo la scadenza dell'accesso della persona su questo dispositivo (troppo tempo senza un accesso online), oppure è arrivata al server troppo tardi; la persona deve accedere online e rifare la modifica.</translation>
        </message>
        <message>
            <source>A {role} may not do {command}.</source>
            <translation>Il ruolo «{role}» non consente l'operazione {command}.</translation>
        </message>
        <message>
            <source>{command} cannot be done from the web channel.</source>
            <translation>L'operazione {command} non può essere eseguita dal canale web.</translation>
        </message>
        <message>
            <source>Only staff choose their own language.</source>
            <translation>Solo il personale sceglie la propria lingua.</translation>
        </message>
        <message>
            <source>The web channel attaches a file by uploading it (POST /v1/web/applications/&lt;id&gt;/files), not with the command {command}.</source>
            <translation>Dal canale web un file si allega caricandolo (POST /v1/web/applications/&lt;id&gt;/files), non con l'operazione {command}.</translation>
        </message>
        <message>
            <source>Only staff can verify or clear a document.</source>
            <translation>Solo il personale può verificare un documento o annullarne la verifica.</translation>
        </message>
        <message>
            <source>Prices are set centrally, by pricing staff of the right office: you may not change the price list {price_list}.</source>
            <translation>I prezzi sono stabiliti centralmente dall'ufficio prezzi competente: non puoi modificare il listino {price_list}.</translation>
        </message>
        <message>
            <source>Only a manager may put a customer in a price segment.</source>
            <translation>Solo un responsabile può assegnare un cliente a un segmento di prezzo.</translation>
        </message>
        <message>
            <source>Only a manager can accept a return after the return window.</source>
            <translation>Solo un responsabile può accettare un reso dopo il termine di reso.</translation>
        </message>
        <message>
            <source>Mutation number {seq} arrived after number {high}.</source>
            <translation>La modifica n. {seq} è arrivata dopo la n. {high}.</translation>
        </message>
        <message>
            <source>This change conflicts with data already on this device (a duplicate id or number).</source>
            <translation>Questa modifica è in conflitto con dati già presenti su questo dispositivo (ID o numero duplicato).</translation>
        </message>
        <message>
            <source>This change conflicts with data already on the server (a duplicate id or number).</source>
            <translation>Questa modifica è in conflitto con dati già presenti sul server (ID o numero duplicato).</translation>
        </message>
        <message>
            <source>This change holds a value the server cannot store (a number too large or text it cannot keep).</source>
            <translation>Questa modifica contiene un valore che il server non può salvare (un numero troppo grande o un testo che non può memorizzare).</translation>
        </message>
        <message>
            <source>The server could not apply this change because of an internal fault; it has been logged. Contact support if it recurs.</source>
            <translation>Il server non ha potuto applicare questa modifica per un errore interno, che è stato registrato. Se si ripete, contatta l'assistenza.</translation>
        </message>
        <message>
            <source>There is no command called {command}.</source>
            <translation>L'operazione {command} non esiste.</translation>
        </message>
        <message>
            <source>Invalid arguments for {command}: {problems}.</source>
            <translation>Parametri non validi per l'operazione {command}: {problems}.</translation>
        </message>
        <message>
            <source>{label} is listed twice: list each line once.</source>
            <translation>{label} compare due volte: indica ogni riga una sola volta.</translation>
        </message>
        <message>
            <source>Give either a cart or lines, not both.</source>
            <translation>Indica un carrello oppure delle righe, non entrambi.</translation>
        </message>
        <message>
            <source>Every line needs its own line id.</source>
            <translation>Ogni riga deve avere un proprio ID.</translation>
        </message>
        <message>
            <source>A stock adjustment must change the count.</source>
            <translation>Una rettifica di giacenza deve modificare la quantità.</translation>
        </message>
        <message>
            <source>The {what} {id} does not exist.</source>
            <translation>Elemento inesistente: {what} {id}.</translation>
        </message>
        <message>
            <source>There is no such {what}.</source>
            <translation>Elemento inesistente: {what}.</translation>
        </message>
        <message>
            <source>Line {line} is not part of this order.</source>
            <translation>La riga {line} non fa parte di questo ordine.</translation>
        </message>
        <message>
            <source>That line is not part of order {number}.</source>
            <translation>Questa riga non fa parte dell'ordine {number}.</translation>
        </message>
        <message>
            <source>There is no change #{seq} on this device.</source>
            <translation>Su questo dispositivo non c'è la modifica #{seq}.</translation>
        </message>
        <message>
            <source>Line {line} is already on this order.</source>
            <translation>La riga {line} è già in questo ordine.</translation>
        </message>
        <message>
            <source>This application has already been started.</source>
            <translation>Questa pratica è già stata avviata.</translation>
        </message>
        <message>
            <source>A different cart already has this id.</source>
            <translation>Un altro carrello ha già questo ID.</translation>
        </message>
        <message>
            <source>This payment has already been recorded.</source>
            <translation>Questo pagamento è già stato registrato.</translation>
        </message>
        <message>
            <source>This customer has already been created.</source>
            <translation>Questo cliente è già stato creato.</translation>
        </message>
        <message>
            <source>This change has already been recorded.</source>
            <translation>Questa modifica è già stata registrata.</translation>
        </message>
        <message>
            <source>This order line has already been recorded.</source>
            <translation>Questa riga d'ordine è già stata registrata.</translation>
        </message>
        <message>
            <source>This order has already been recorded.</source>
            <translation>Questo ordine è già stato registrato.</translation>
        </message>
        <message>
            <source>This return has already been recorded.</source>
            <translation>Questo reso è già stato registrato.</translation>
        </message>
        <message>
            <source>Another device already used this mutation id.</source>
            <translation>Un altro dispositivo ha già usato questo ID di modifica.</translation>
        </message>
        <message>
            <source>This idempotency key was already used for another request.</source>
            <translation>Questa chiave di idempotenza è già stata usata per un'altra richiesta.</translation>
        </message>
        <message>
            <source>Change #{seq} does not need attention any more; it was already dealt with.</source>
            <translation>La modifica n. {seq} non richiede più attenzione: è già stata gestita.</translation>
        </message>
        <message>
            <source>Keep the note under {max} characters.</source>
            <translation>La nota deve restare sotto i {max} caratteri.</translation>
        </message>
        <message>
            <source>A callback cannot be booked for a time that has passed.</source>
            <translation>Non si può fissare una richiamata per un orario già passato.</translation>
        </message>
        <message>
            <source>An appointment cannot be booked for a time that has passed.</source>
            <translation>Non si può fissare un appuntamento per un orario già passato.</translation>
        </message>
        <message>
            <source>This cart was already {state}; start a new cart.</source>
            <translation>Questo carrello è già {state}; apri un nuovo carrello.</translation>
        </message>
        <message>
            <source>Say which currency the cart is priced in.</source>
            <translation>Indica la valuta in cui è prezzato il carrello.</translation>
        </message>
        <message>
            <source>Say which currency the order is in.</source>
            <translation>Indica la valuta dell'ordine.</translation>
        </message>
        <message>
            <source>The quantity must be a whole number from {min} to {max}, not {quantity}.</source>
            <translation>La quantità deve essere un numero intero da {min} a {max}, non {quantity}.</translation>
        </message>
        <message>
            <source>The quantity of {what} must be a whole number from 1 to {max}, not {quantity}.</source>
            <translation>La quantità di {what} deve essere un numero intero da 1 a {max}, non {quantity}.</translation>
        </message>
        <message>
            <source>At most {max} units of {label} fit on one line.</source>
            <translation>In una riga stanno al massimo {max} pz. di {label}.</translation>
        </message>
        <message>
            <source>Return at least one unit of {label}, as a whole number (not {quantity}).</source>
            <translation>Rendi almeno un pezzo di {label}, indicando un numero intero (non {quantity}).</translation>
        </message>
        <message>
            <source>Hand over at least one unit of {label}, as a whole number (not {quantity}).</source>
            <translation>Consegna almeno un pezzo di {label}, indicando un numero intero (non {quantity}).</translation>
        </message>
        <message>
            <source>The cart already holds {held} of this product; adding {quantity} would exceed the limit of {max} per line.</source>
            <translation>Il carrello contiene già {held} pz. di questo prodotto; aggiungendone {quantity} si supererebbe il limite di {max} per riga.</translation>
        </message>
        <message>
            <source>The cart already has a line {line} for another product.</source>
            <translation>Il carrello ha già una riga {line} per un altro prodotto.</translation>
        </message>
        <message>
            <source>That line is no longer in the cart (it may have been removed on another device); add the product again.</source>
            <translation>Questa riga non è più nel carrello (forse è stata tolta su un altro dispositivo); aggiungi di nuovo il prodotto.</translation>
        </message>
        <message>
            <source>Product {product} is not in the catalogue.</source>
            <translation>Il prodotto {product} non è in catalogo.</translation>
        </message>
        <message>
            <source>{name} ({sku}) is no longer sold.</source>
            <translation>{name} ({sku}) non è più in vendita.</translation>
        </message>
        <message>
            <source>{name} ({sku}) has no {currency} price valid at {at} UTC, so it cannot be sold.</source>
            <translation>{name} ({sku}) non ha un prezzo in {currency} valido al {at} UTC, quindi non si può vendere.</translation>
        </message>
        <message>
            <source>{name} ({sku}) cannot be sold: there is no {country} VAT rate for its tax class {tax_class}.</source>
            <translation>{name} ({sku}) non si può vendere: manca l'aliquota IVA ({country}) per la sua classe fiscale {tax_class}.</translation>
        </message>
        <message>
            <source>The price data is inconsistent ({error}); ask a manager to correct the price lists.</source>
            <translation>I dati dei prezzi non sono coerenti ({error}); chiedi a un responsabile di correggere i listini.</translation>
        </message>
        <message>
            <source>There is nothing to price: add at least one product.</source>
            <translation>Non c'è nulla da prezzare: aggiungi almeno un prodotto.</translation>
        </message>
        <message>
            <source>The cart is empty: add at least one product.</source>
            <translation>Il carrello è vuoto: aggiungi almeno un prodotto.</translation>
        </message>
        <message>
            <source>This cart belongs to another customer.</source>
            <translation>Questo carrello appartiene a un altro cliente.</translation>
        </message>
        <message>
            <source>This cart is in {cart_currency} but the sale is in {currency}.</source>
            <translation>Questo carrello è in {cart_currency}, ma la vendita è in {currency}.</translation>
        </message>
        <message>
            <source>The total shown was {expected} but the price is {total}; check the prices and confirm the new total with the customer.</source>
            <translation>Il totale mostrato era {expected}, ma il prezzo è {total}; controlla i prezzi e conferma il nuovo totale con il cliente.</translation>
        </message>
        <message>
            <source>A sale is made in a store.</source>
            <translation>Una vendita si fa solo in negozio.</translation>
        </message>
        <message>
            <source>Orders are shipped from a store.</source>
            <translation>Gli ordini vengono spediti da un negozio.</translation>
        </message>
        <message>
            <source>A price must end after it starts.</source>
            <translation>Un prezzo deve terminare dopo il suo inizio.</translation>
        </message>
        <message>
            <source>There is no price segment called {segment}.</source>
            <translation>Non esiste un segmento di prezzo chiamato {segment}.</translation>
        </message>
        <message>
            <source>A manager may only adjust their own store's stock.</source>
            <translation>Un responsabile può rettificare solo la giacenza del proprio negozio.</translation>
        </message>
        <message>
            <source>An order needs a customer: find or create them first.</source>
            <translation>Un ordine richiede un cliente: prima cercalo o crealo.</translation>
        </message>
        <message>
            <source>Choose the store to pick up from.</source>
            <translation>Scegli il negozio di ritiro.</translation>
        </message>
        <message>
            <source>{store} is an office and sells nothing: choose a shop or branch to pick up from.</source>
            <translation>{store} è un ufficio e non vende nulla: scegli un negozio o una filiale per il ritiro.</translation>
        </message>
        <message>
            <source>Give the address to ship to.</source>
            <translation>Indica l'indirizzo di spedizione.</translation>
        </message>
        <message>
            <source>A pay-on-pickup order is paid when it is collected.</source>
            <translation>Un ordine con pagamento al ritiro si paga al momento del ritiro.</translation>
        </message>
        <message>
            <source>This order must be paid now.</source>
            <translation>Questo ordine va pagato subito.</translation>
        </message>
        <message>
            <source>Pay on pickup is only possible for orders picked up in a store; this order must be paid now.</source>
            <translation>Il pagamento al ritiro è possibile solo per gli ordini con ritiro in negozio; questo ordine va pagato subito.</translation>
        </message>
        <message>
            <source>Orders from the web channel can only be paid online.</source>
            <translation>Gli ordini dal canale web si possono pagare solo online.</translation>
        </message>
        <message>
            <source>Cash can only be taken in a store.</source>
            <translation>I contanti si possono incassare solo in negozio.</translation>
        </message>
        <message>
            <source>An online payment needs the payment provider's reference.</source>
            <translation>Un pagamento online richiede il riferimento del gestore dei pagamenti.</translation>
        </message>
        <message>
            <source>A payment must be a positive amount with at most two decimals, not {amount}.</source>
            <translation>Un pagamento deve essere un importo positivo con al massimo due decimali, non {amount}.</translation>
        </message>
        <message>
            <source>The payments ({paid}) fall short of the total ({total}) by {short}.</source>
            <translation>I pagamenti ({paid}) non coprono il totale ({total}): mancano {short}.</translation>
        </message>
        <message>
            <source>This order is paid in advance: {due} more is due now (new total {total}, {held} already paid).</source>
            <translation>Questo ordine si paga in anticipo: ora sono dovuti altri {due} (nuovo totale {total}, già pagati {held}).</translation>
        </message>
        <message>
            <source>This order is paid in advance: {due} more is due now (new total {total}, {held} already paid, {offered} offered).</source>
            <translation>Questo ordine si paga in anticipo: ora sono dovuti altri {due} (nuovo totale {total}, già pagati {held}, offerti {offered}).</translation>
        </message>
        <message>
            <source>The payments exceed the {due} due by {change}; only cash can be over-paid.</source>
            <translation>I pagamenti superano i {due} da pagare di {change}; solo in contanti si può pagare di più.</translation>
        </message>
        <message>
            <source>The {total} this order is now worth is already paid: take no payment.</source>
            <translation>I {total} che l'ordine vale ora sono già pagati: non incassare nulla.</translation>
        </message>
        <message>
            <source>{paid} was already paid, which covers the goods handed over: take no payment.</source>
            <translation>Sono già stati pagati {paid}, che coprono la merce consegnata: non incassare nulla.</translation>
        </message>
        <message>
            <source>Only {left} paid for this order is left to refund; refund in cash or store credit.</source>
            <translation>Dei pagamenti di questo ordine restano da rimborsare solo {left}; rimborsa in contanti o con un buono negozio.</translation>
        </message>
        <message>
            <source>Collect the {due} still due (total {total}) before handing this order over.</source>
            <translation>Incassa i {due} ancora da pagare (totale {total}) prima di consegnare l'ordine.</translation>
        </message>
        <message>
            <source>Collect the {due} still due (total {total}) before handing these goods over.</source>
            <translation>Incassa i {due} ancora da pagare (totale {total}) prima di consegnare questa merce.</translation>
        </message>
        <message>
            <source>This order is not fully paid: {paid} of {total} received, {due} still due.</source>
            <translation>Questo ordine non è pagato per intero: ricevuti {paid} su {total}, restano da pagare {due}.</translation>
        </message>
        <message>
            <source>This order is not fully paid: {paid} of {total} received.</source>
            <translation>Questo ordine non è pagato per intero: ricevuti {paid} su {total}.</translation>
        </message>
        <message>
            <source>{kind} that is {status} cannot {target}.</source>
            <translation>{kind} nello stato «{status}» non può {target}.</translation>
        </message>
        <message>
            <source>{kind} that is {status} cannot {target}. To take goods back, record a return.</source>
            <translation>{kind} nello stato «{status}» non può {target}. Per riprendere la merce, registra un reso.</translation>
        </message>
        <message>
            <source>An order that is {status} cannot be handed over.</source>
            <translation>Un ordine nello stato «{status}» non può essere consegnato.</translation>
        </message>
        <message>
            <source>This order was already picked up, so it cannot {target}.</source>
            <translation>Questo ordine è già stato ritirato, quindi non può {target}.</translation>
        </message>
        <message>
            <source>This order was cancelled, so it cannot {target}.</source>
            <translation>Questo ordine è stato annullato, quindi non può {target}.</translation>
        </message>
        <message>
            <source>This order expired uncollected, so it cannot {target}.</source>
            <translation>Questo ordine è scaduto senza essere ritirato, quindi non può {target}.</translation>
        </message>
        <message>
            <source>This order is not collected in a store.</source>
            <translation>Questo ordine non prevede il ritiro in negozio.</translation>
        </message>
        <message>
            <source>{kind} is not collected in a store, so it cannot be handed over.</source>
            <translation>{kind} non prevede il ritiro in negozio, quindi non si può consegnare.</translation>
        </message>
        <message>
            <source>This order is not shipped; it is collected in a store.</source>
            <translation>Questo ordine non viene spedito: si ritira in negozio.</translation>
        </message>
        <message>
            <source>This order is not prepared yet: mark it ready for pickup before handing it over.</source>
            <translation>Questo ordine non è ancora pronto: segnalo come pronto per il ritiro prima di consegnarlo.</translation>
        </message>
        <message>
            <source>This order is collected at {store}; only that store can prepare and hand it over.</source>
            <translation>Questo ordine si ritira presso {store}; solo quel negozio può prepararlo e consegnarlo.</translation>
        </message>
        <message>
            <source>Part of order {number} was paid in a store, so it can only be cancelled there, where the money is given back.</source>
            <translation>Una parte dell'ordine {number} è stata pagata in negozio, quindi si può annullare solo lì, dove viene restituito il denaro.</translation>
        </message>
        <message>
            <source>Part of order {number} was already handed over, so it cannot be cancelled: hand over the rest, or cancel the rest at the hand-over (the goods handed over can then be returned).</source>
            <translation>Una parte dell'ordine {number} è già stata consegnata, quindi non si può annullare: consegna il resto, oppure annulla il resto alla consegna (la merce consegnata potrà poi essere resa).</translation>
        </message>
        <message>
            <source>Choose at least one unit to hand over.</source>
            <translation>Scegli almeno un pezzo da consegnare.</translation>
        </message>
        <message>
            <source>Nothing was handed over: to give the customer nothing, cancel the order.</source>
            <translation>Non è stato consegnato nulla: se il cliente non deve ricevere nulla, annulla l'ordine.</translation>
        </message>
        <message>
            <source>Everything ordered of {label} ({ordered}) was already handed over.</source>
            <translation>Tutta la quantità ordinata di {label} ({ordered}) è già stata consegnata.</translation>
        </message>
        <message>
            <source>Only {ordered} of {label} ordered, so {asked} cannot be handed over.</source>
            <translation>Di {label} sono stati ordinati solo {ordered} pz., quindi non se ne possono consegnare {asked}.</translation>
        </message>
        <message>
            <source>Only {waiting} of the {ordered} of {label} ordered still to hand over: {handed_over} already handed over.</source>
            <translation>Dei {ordered} pz. ordinati di {label} ne restano da consegnare solo {waiting}: {handed_over} già consegnati.</translation>
        </message>
        <message>
            <source>Order {number} is not collected in a store, so it cannot be changed at the till.</source>
            <translation>L'ordine {number} non prevede il ritiro in negozio, quindi non si può modificare in cassa.</translation>
        </message>
        <message>
            <source>Order {number} was {state}, so it can no longer be changed.</source>
            <translation>L'ordine {number} è {state}, quindi non si può più modificare.</translation>
        </message>
        <message>
            <source>Part of order {number} was already handed over, so it can no longer be changed: hand over the rest, or cancel the rest at the hand-over.</source>
            <translation>Una parte dell'ordine {number} è già stata consegnata, quindi non si può più modificare: consegna il resto, oppure annulla il resto alla consegna.</translation>
        </message>
        <message>
            <source>Missing items can only reduce an order: {label} has quantity {ordered}, not {quantity}.</source>
            <translation>Gli articoli mancanti possono solo ridurre un ordine: la quantità di {label} è {ordered}, non {quantity}.</translation>
        </message>
        <message>
            <source>Missing items can only reduce an order: add products as a change the customer asked for.</source>
            <translation>Gli articoli mancanti possono solo ridurre un ordine: aggiungi i prodotti come modifica richiesta dal cliente.</translation>
        </message>
        <message>
            <source>Missing items can only reduce an order: change how it is paid as a change the customer asked for.</source>
            <translation>Gli articoli mancanti possono solo ridurre un ordine: cambia il metodo di pagamento come modifica richiesta dal cliente.</translation>
        </message>
        <message>
            <source>A change cannot remove every line of an order: cancel the order instead.</source>
            <translation>Una modifica non può togliere tutte le righe di un ordine: annulla invece l'ordine.</translation>
        </message>
        <message>
            <source>Order {number} is already like this: nothing to change.</source>
            <translation>L'ordine {number} è già così: non c'è nulla da modificare.</translation>
        </message>
        <message>
            <source>Nothing is left to return of {label}: everything bought ({bought}) was already returned.</source>
            <translation>Di {label} non resta nulla da rendere: tutta la quantità acquistata ({bought}) è già stata resa.</translation>
        </message>
        <message>
            <source>Only {bought} of {label} bought, so {asked} cannot be returned.</source>
            <translation>Di {label} sono stati acquistati solo {bought} pz., quindi non se ne possono rendere {asked}.</translation>
        </message>
        <message>
            <source>Only {returnable} of the {bought} of {label} bought can still be returned: {returned} already returned.</source>
            <translation>Dei {bought} pz. acquistati di {label} se ne possono ancora rendere solo {returnable}: {returned} già resi.</translation>
        </message>
        <message>
            <source>The {days}-day return window for this sale closed on {closed_on}; a manager can approve a late return.</source>
            <translation>Il termine di {days} giorni per il reso di questa vendita è scaduto il {closed_on}; un responsabile può autorizzare un reso tardivo.</translation>
        </message>
        <message>
            <source>Order {number} has not reached the customer yet; cancel it instead of a return.</source>
            <translation>L'ordine {number} non è ancora arrivato al cliente; annullalo invece di registrare un reso.</translation>
        </message>
        <message>
            <source>A cash refund can only be paid in a store.</source>
            <translation>Un rimborso in contanti si può pagare solo in negozio.</translation>
        </message>
        <message>
            <source>Loyalty card {card} already belongs to customer {customer}.</source>
            <translation>La carta fedeltà {card} appartiene già al cliente {customer}.</translation>
        </message>
        <message>
            <source>The e-mail {email} already belongs to customer {customer}.</source>
            <translation>L'e-mail {email} appartiene già al cliente {customer}.</translation>
        </message>
        <message>
            <source>A customer needs a first and a last name.</source>
            <translation>Un cliente deve avere nome e cognome.</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address.</source>
            <translation>{value} non è un indirizzo e-mail.</translation>
        </message>
        <message>
            <source>{value} is not a phone number; use the form {example}.</source>
            <translation>{value} non è un numero di telefono; usa il formato {example}.</translation>
        </message>
        <message>
            <source>{value} is not a valid NIP (10 digits with a check digit).</source>
            <translation>{value} non è un NIP valido (10 cifre con cifra di controllo).</translation>
        </message>
        <message>
            <source>{value} is neither a valid codice fiscale (16 characters) nor a valid partita IVA (11 digits).</source>
            <translation>{value} non è né un codice fiscale valido (16 caratteri) né una partita IVA valida (11 cifre).</translation>
        </message>
        <message>
            <source>Tax numbers from {country} cannot be checked.</source>
            <translation>Non è possibile verificare i codici fiscali del paese {country}.</translation>
        </message>
        <message>
            <source>{value} is not a postal code in {country} (for example {example}).</source>
            <translation>{value} non è un codice postale del paese {country} (ad esempio {example}).</translation>
        </message>
        <message>
            <source>An application that is {app_status} cannot {app_target}.</source>
            <translation>Una pratica nello stato «{app_status}» non può {app_target}.</translation>
        </message>
        <message>
            <source>A {kind} application has no step {step}.</source>
            <translation>Una pratica di tipo {kind} non ha il passaggio {step}.</translation>
        </message>
        <message>
            <source>A {kind} application has no field {field}.</source>
            <translation>Una pratica di tipo {kind} non ha il campo {field}.</translation>
        </message>
        <message>
            <source>{field} must be a number written as text or a whole number.</source>
            <translation>{field}: deve essere un numero scritto come testo o un numero intero.</translation>
        </message>
        <message>
            <source>{field} must be a number, not {value}.</source>
            <translation>{field}: deve essere un numero, non {value}.</translation>
        </message>
        <message>
            <source>{field} must be a positive number, not {value}.</source>
            <translation>{field}: deve essere un numero positivo, non {value}.</translation>
        </message>
        <message>
            <source>{field} is far too large: {value}.</source>
            <translation>{field}: valore decisamente troppo grande: {value}.</translation>
        </message>
        <message>
            <source>An application is handled at a branch of the customer's country.</source>
            <translation>La pratica è gestita da una filiale del paese del cliente.</translation>
        </message>
        <message>
            <source>{field} must be a whole number, not {value}.</source>
            <translation>Il campo {field} deve essere un numero intero, non {value}.</translation>
        </message>
        <message>
            <source>{field} may have at most two decimal places, not {value}.</source>
            <translation>Il campo {field} può avere al massimo due decimali, non {value}.</translation>
        </message>
        <message>
            <source>{field} must be text.</source>
            <translation>Il campo {field} deve contenere del testo.</translation>
        </message>
        <message>
            <source>Fill in these fields before submitting: {fields}.</source>
            <translation>Prima dell'invio compila questi campi: {fields}.</translation>
        </message>
        <message>
            <source>This application is already signed.</source>
            <translation>Questa pratica è già firmata.</translation>
        </message>
        <message>
            <source>Only an approved application can be signed; this one is {app_status}.</source>
            <translation>Si può firmare solo una pratica approvata; questa è {app_status}.</translation>
        </message>
        <message>
            <source>Verify these documents before signing: {documents}.</source>
            <translation>Prima della firma verifica questi documenti: {documents}.</translation>
        </message>
        <message>
            <source>Still to sign: {signers}.</source>
            <translation>Mancano ancora le firme di: {signers}.</translation>
        </message>
        <message>
            <source>This application can no longer be changed online; ask the branch.</source>
            <translation>Questa pratica non può più essere modificata online; rivolgiti alla filiale.</translation>
        </message>
        <message>
            <source>This application can no longer be changed.</source>
            <translation>Questa pratica non può più essere modificata.</translation>
        </message>
        <message>
            <source>A {kind} application needs no document {document}.</source>
            <translation>Una pratica di tipo «{kind}» non richiede il documento {document}.</translation>
        </message>
        <message>
            <source>This application is {app_status}.</source>
            <translation>Questa pratica è {app_status}.</translation>
        </message>
        <message>
            <source>A typed signature is the signer's full name (at most 120 characters).</source>
            <translation>La firma digitata è il nome e cognome completo del firmatario (al massimo 120 caratteri).</translation>
        </message>
        <message>
            <source>A drawn signature must be a PNG image (base64, at most 200 kB).</source>
            <translation>La firma tracciata a mano deve essere un'immagine PNG (base64, al massimo 200 kB).</translation>
        </message>
        <message>
            <source>A {kind} application has no signer {signer}.</source>
            <translation>Una pratica di tipo «{kind}» non prevede il firmatario {signer}.</translation>
        </message>
        <message>
            <source>There is no consent {consent}.</source>
            <translation>Consenso sconosciuto: {consent}.</translation>
        </message>
        <message>
            <source>A signed agreement is not checked.</source>
            <translation>Il contratto firmato non va verificato.</translation>
        </message>
        <message>
            <source>This file is already attached.</source>
            <translation>Questo file è già allegato.</translation>
        </message>
        <message>
            <source>Say why the application is rejected.</source>
            <translation>Indica il motivo del rifiuto della pratica.</translation>
        </message>
        <message>
            <source>Unknown identity document.</source>
            <translation>Tipo di documento d'identità sconosciuto.</translation>
        </message>
        <message>
            <source>The document number has 5 to 20 letters and digits.</source>
            <translation>Il numero del documento ha da 5 a 20 lettere e cifre.</translation>
        </message>
        <message>
            <source>This is not a valid Polish identity card number (3 letters, 6 digits).</source>
            <translation>Non è un numero valido di carta d'identità polacca (3 lettere, 6 cifre).</translation>
        </message>
        <message>
            <source>The issuing country is a two-letter code.</source>
            <translation>Il paese di rilascio va indicato con un codice di due lettere.</translation>
        </message>
        <message>
            <source>This document expired on {expiry}.</source>
            <translation>Questo documento è scaduto il {expiry}.</translation>
        </message>
        <message>
            <source>The agreement is signed and cannot be changed; ask the branch.</source>
            <translation>Il contratto è firmato e non può essere modificato; rivolgersi alla filiale.</translation>
        </message>
        <message>
            <source>The agreement is signed and cannot be changed; start a new version to sign again.</source>
            <translation>Il contratto è firmato e non può essere modificato; per firmare di nuovo crea una nuova versione.</translation>
        </message>
        <message>
            <source>Not everything is ready for signing yet: {missing}.</source>
            <translation>Non è ancora tutto pronto per la firma: {missing}.</translation>
        </message>
        <message>
            <source>Someone other than the advisor who signed and submitted it must decide on this application.</source>
            <translation>Su questa pratica deve decidere una persona diversa dal consulente che l'ha firmata e inviata.</translation>
        </message>
        <message>
            <source>The application changed after the customer signed it (a document was added or changed, e.g. on the web): start a new version and have it signed again.</source>
            <translation>La pratica è cambiata dopo la firma del cliente (è stato aggiunto o modificato un documento, ad es. sul web): crea una nuova versione e falla firmare di nuovo.</translation>
        </message>
        <message>
            <source>The file is too large ({size_mb} MB); at most {limit_mb} MB can be attached.</source>
            <translation>Il file è troppo grande ({size_mb} MB); si possono allegare al massimo {limit_mb} MB.</translation>
        </message>
        <message>
            <source>{filename} is not a PDF, JPEG or PNG file.</source>
            <translation>{filename} non è un file PDF, JPEG o PNG.</translation>
        </message>
        <message>
            <source>The amount {value} {currency} is outside this product's limits ({min}–{max} {currency}).</source>
            <translation>L'importo di {value} {currency} è fuori dai limiti di questo prodotto ({min}–{max} {currency}).</translation>
        </message>
        <message>
            <source>A term of {value} months is outside this product's limits ({min}–{max}).</source>
            <translation>Una durata di {value} mesi è fuori dai limiti di questo prodotto ({min}–{max}).</translation>
        </message>
        <message>
            <source>The offer expired at {valid_until}; make a new offer.</source>
            <translation>L'offerta è scaduta il {valid_until}; prepara una nuova offerta.</translation>
        </message>
        <message>
            <source>The customer has not signed yet.</source>
            <translation>Il cliente non ha ancora firmato.</translation>
        </message>
        <message>
            <source>This is too small to be a signature: ask the customer to sign across the pad.</source>
            <translation>È troppo piccola per essere una firma: chiedi al cliente di firmare su tutta l'area.</translation>
        </message>
        <message>
            <source>The signature could not be read; sign again.</source>
            <translation>Impossibile leggere la firma; firma di nuovo.</translation>
        </message>
        <message>
            <source>The signature is too long; clear it and sign again.</source>
            <translation>La firma è troppo lunga; cancellala e firma di nuovo.</translation>
        </message>
        <message>
            <source>The server holds {received} bytes of this file; send from there.</source>
            <translation>Il server ha già {received} byte di questo file; invia il resto da quel punto.</translation>
        </message>
        <message>
            <source>The file has {size} bytes; these go past its end.</source>
            <translation>Il file ha {size} byte; questi dati vanno oltre la sua fine.</translation>
        </message>
        <message>
            <source>placed and not yet prepared</source>
            <translation>effettuato e non ancora preparato</translation>
        </message>
        <message>
            <source>ready for pickup</source>
            <translation>pronto per il ritiro</translation>
        </message>
        <message>
            <source>already picked up</source>
            <translation>già ritirato</translation>
        </message>
        <message>
            <source>already shipped</source>
            <translation>già spedito</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completato</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annullato</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>scaduto</translation>
        </message>
        <message>
            <source>go back to placed</source>
            <translation>tornare allo stato «effettuato»</translation>
        </message>
        <message>
            <source>be marked ready for pickup</source>
            <translation>essere segnato come pronto per il ritiro</translation>
        </message>
        <message>
            <source>be handed over</source>
            <translation>essere consegnato</translation>
        </message>
        <message>
            <source>be shipped</source>
            <translation>essere spedito</translation>
        </message>
        <message>
            <source>be completed</source>
            <translation>essere completato</translation>
        </message>
        <message>
            <source>be cancelled</source>
            <translation>essere annullato</translation>
        </message>
        <message>
            <source>expire</source>
            <translation>scadere</translation>
        </message>
        <message>
            <source>A take-away sale</source>
            <translation>Un ordine con ritiro immediato</translation>
        </message>
        <message>
            <source>A pickup order</source>
            <translation>Un ordine con ritiro in negozio</translation>
        </message>
        <message>
            <source>A shipping order</source>
            <translation>Un ordine con spedizione</translation>
        </message>
        <message>
            <source>expired uncollected</source>
            <translation>scaduto senza ritiro</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>spedito</translation>
        </message>
        <message>
            <source>still a draft</source>
            <translation>ancora una bozza</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>inviata</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>in valutazione</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approvata</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rifiutata</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firmata</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>ritirata</translation>
        </message>
        <message>
            <source>go back to draft</source>
            <translation>tornare in bozza</translation>
        </message>
        <message>
            <source>be submitted</source>
            <translation>essere inviata</translation>
        </message>
        <message>
            <source>be taken into review</source>
            <translation>passare in valutazione</translation>
        </message>
        <message>
            <source>be approved</source>
            <translation>essere approvata</translation>
        </message>
        <message>
            <source>be rejected</source>
            <translation>essere rifiutata</translation>
        </message>
        <message>
            <source>be signed</source>
            <translation>essere firmata</translation>
        </message>
        <message>
            <source>be withdrawn</source>
            <translation>essere ritirata</translation>
        </message>
        <message>
            <source>loan</source>
            <translation>finanziamento</translation>
        </message>
        <message>
            <source>order</source>
            <translation>ordine</translation>
        </message>
        <message>
            <source>the person changed their PIN</source>
            <translation>la persona ha cambiato il PIN</translation>
        </message>
        <message>
            <source>this device was revoked</source>
            <translation>questo dispositivo è stato revocato</translation>
        </message>
        <message>
            <source>the person's account was closed</source>
            <translation>l'account della persona è stato chiuso</translation>
        </message>
        <message>
            <source>it was ended</source>
            <translation>la sessione è stata chiusa</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>cassiere</translation>
        </message>
        <message>
            <source>advisor</source>
            <translation>consulente</translation>
        </message>
        <message>
            <source>field rep</source>
            <translation>agente di commercio</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>responsabile</translation>
        </message>
        <message>
            <source>pricing</source>
            <translation>ufficio prezzi</translation>
        </message>
        <message>
            <source>application</source>
            <translation>pratica</translation>
        </message>
        <message>
            <source>cart</source>
            <translation>carrello</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>price list</source>
            <translation>listino prezzi</translation>
        </message>
        <message>
            <source>product</source>
            <translation>prodotto</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>dipendente</translation>
        </message>
        <message>
            <source>{amount} in cash</source>
            <translation>{amount} in contanti</translation>
        </message>
        <message>
            <source>{amount} to the card</source>
            <translation>{amount} sulla carta</translation>
        </message>
        <message>
            <source>{amount} as store credit</source>
            <translation>{amount} in buono negozio</translation>
        </message>
        <message>
            <source>{amount} to the online payment</source>
            <translation>{amount} sul pagamento online</translation>
        </message>
        <message>
            <source>{amount} to {method}</source>
            <translation>{amount} ({method})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>{product} removed</source>
            <translation>rimosso {product}</translation>
        </message>
        <message>
            <source>{product} {from} → {to}</source>
            <translation>{product} {from} → {to}</translation>
        </message>
        <message>
            <source>added {quantity} × {product}</source>
            <translation>aggiunto {quantity} × {product}</translation>
        </message>
        <message>
            <source>drawn signature</source>
            <translation>firma a mano</translation>
        </message>
        <message>
            <source>typed signature</source>
            <translation>firma digitata</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n articolo</numerusform>
                <numerusform>%n articoli</numerusform>
            </translation>
        </message>
        <message>
            <source>Customer {name} created.</source>
            <translation>Creata la scheda cliente {name}.</translation>
        </message>
        <message numerus="yes">
            <source>Bought %n item(s) at {store} for {total} (sale {number}).</source>
            <translation>
                <numerusform>Acquistato %n articolo presso {store} per {total} (vendita {number}).</numerusform>
                <numerusform>Acquistati %n articoli presso {store} per {total} (vendita {number}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} placed for pickup at {store}: %n item(s), {total}.</source>
            <translation>
                <numerusform>Ordine {number} effettuato con ritiro presso {store}: %n articolo, {total}.</numerusform>
                <numerusform>Ordine {number} effettuato con ritiro presso {store}: %n articoli, {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} placed to ship to {city}: %n item(s), {total}.</source>
            <translation>
                <numerusform>Ordine {number} effettuato con spedizione a {city}: %n articolo, {total}.</numerusform>
                <numerusform>Ordine {number} effettuato con spedizione a {city}: %n articoli, {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} placed: %n item(s), {total}.</source>
            <translation>
                <numerusform>Ordine {number} effettuato: %n articolo, {total}.</numerusform>
                <numerusform>Ordine {number} effettuato: %n articoli, {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} is ready for pickup at {store} until {until}.</source>
            <translation>Ordine {number} pronto per il ritiro presso {store} fino al {until}.</translation>
        </message>
        <message numerus="yes">
            <source>Order {number} partly picked up at {store}: %n item(s); the other {cancelled} cancelled, refunded {refund}.</source>
            <translation>
                <numerusform>Ordine {number} ritirato in parte presso {store}: %n articolo; annullata la parte restante ({cancelled}), rimborso di {refund}.</numerusform>
                <numerusform>Ordine {number} ritirato in parte presso {store}: %n articoli; annullata la parte restante ({cancelled}), rimborso di {refund}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} partly picked up at {store}: %n item(s); the other {cancelled} cancelled.</source>
            <translation>
                <numerusform>Ordine {number} ritirato in parte presso {store}: %n articolo; annullata la parte restante ({cancelled}).</numerusform>
                <numerusform>Ordine {number} ritirato in parte presso {store}: %n articoli; annullata la parte restante ({cancelled}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} partly picked up at {store}: %n item(s), {waiting} still waiting.</source>
            <translation>
                <numerusform>Ordine {number} ritirato in parte presso {store}: %n articolo, ancora in attesa: {waiting}.</numerusform>
                <numerusform>Ordine {number} ritirato in parte presso {store}: %n articoli, ancora in attesa: {waiting}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} picked up at {store}: the remaining %n item(s).</source>
            <translation>
                <numerusform>Ordine {number} ritirato presso {store}: %n articolo restante.</numerusform>
                <numerusform>Ordine {number} ritirato presso {store}: %n articoli restanti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} picked up at {store}.</source>
            <translation>Ordine {number} ritirato presso {store}.</translation>
        </message>
        <message>
            <source>Order {number} shipped from {store}. Tracking: {tracking}.</source>
            <translation>Ordine {number} spedito da {store}. Tracking: {tracking}.</translation>
        </message>
        <message>
            <source>Order {number} shipped from {store}.</source>
            <translation>Ordine {number} spedito da {store}.</translation>
        </message>
        <message>
            <source>Order {number} cancelled: {reason} Refunded {refund}.</source>
            <translation>Ordine {number} annullato: {reason} Rimborso di {refund}.</translation>
        </message>
        <message>
            <source>Order {number} cancelled: {reason}</source>
            <translation>Ordine {number} annullato: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>The %n item(s) of order {number} not collected by {until} expired. Refunded {refund}.</source>
            <translation>
                <numerusform>%n articolo dell'ordine {number} non ritirato entro il {until} è scaduto. Rimborso di {refund}.</numerusform>
                <numerusform>%n articoli dell'ordine {number} non ritirati entro il {until} sono scaduti. Rimborso di {refund}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n item(s) of order {number} not collected by {until} expired.</source>
            <translation>
                <numerusform>%n articolo dell'ordine {number} non ritirato entro il {until} è scaduto.</numerusform>
                <numerusform>%n articoli dell'ordine {number} non ritirati entro il {until} sono scaduti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} was not collected by {until} and has expired. Refunded {refund}.</source>
            <translation>L'ordine {number} non è stato ritirato entro il {until} ed è scaduto. Rimborso di {refund}.</translation>
        </message>
        <message>
            <source>Order {number} was not collected by {until} and has expired.</source>
            <translation>L'ordine {number} non è stato ritirato entro il {until} ed è scaduto.</translation>
        </message>
        <message>
            <source>now paid at pickup</source>
            <translation>ora pagamento al ritiro</translation>
        </message>
        <message>
            <source>now paid in advance</source>
            <translation>ora pagamento anticipato</translation>
        </message>
        <message>
            <source>{collected} paid now</source>
            <translation>{collected} pagati ora</translation>
        </message>
        <message>
            <source>Order {number}: items were missing when {store} prepared it: {lines}.</source>
            <translation>Ordine {number}: durante la preparazione presso {store} mancavano articoli: {lines}.</translation>
        </message>
        <message>
            <source>Order {number} changed at {store}: {lines}.</source>
            <translation>Ordine {number} modificato presso {store}: {lines}.</translation>
        </message>
        <message>
            <source>New total {total}.</source>
            <translation>Nuovo totale: {total}.</translation>
        </message>
        <message>
            <source>Refunded {refunds}.</source>
            <translation>Rimborso: {refunds}.</translation>
        </message>
        <message>
            <source>{due} due at pickup.</source>
            <translation>Da pagare al ritiro: {due}.</translation>
        </message>
        <message numerus="yes">
            <source>Returned %n unit(s) of order {number} at {store} ({return_number}): refund {refunds}.</source>
            <translation>
                <numerusform>Reso di %n pezzo dell'ordine {number} presso {store} ({return_number}); rimborso: {refunds}.</numerusform>
                <numerusform>Reso di %n pezzi dell'ordine {number} presso {store} ({return_number}); rimborso: {refunds}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Returned %n unit(s) of order {number} by post ({return_number}): refund {refunds}.</source>
            <translation>
                <numerusform>Reso di %n pezzo dell'ordine {number} per posta ({return_number}); rimborso: {refunds}.</numerusform>
                <numerusform>Reso di %n pezzi dell'ordine {number} per posta ({return_number}); rimborso: {refunds}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order application {number} started.</source>
            <translation>Avviata la pratica d'ordine {number}.</translation>
        </message>
        <message>
            <source>Loan application {number} started.</source>
            <translation>Avviata la pratica di finanziamento {number}.</translation>
        </message>
        <message>
            <source>Application {number} submitted.</source>
            <translation>Pratica {number} inviata.</translation>
        </message>
        <message>
            <source>Application {number} taken into review.</source>
            <translation>Pratica {number} presa in valutazione.</translation>
        </message>
        <message>
            <source>Application {number} approved. {note}</source>
            <translation>Pratica {number} approvata. {note}</translation>
        </message>
        <message>
            <source>Application {number} approved.</source>
            <translation>Pratica {number} approvata.</translation>
        </message>
        <message>
            <source>Application {number} rejected. {note}</source>
            <translation>Pratica {number} respinta. {note}</translation>
        </message>
        <message>
            <source>Application {number} rejected.</source>
            <translation>Pratica {number} respinta.</translation>
        </message>
        <message>
            <source>Application {number} signed ({method}, {channel}).</source>
            <translation>Pratica {number} firmata ({method}, {channel}).</translation>
        </message>
        <message>
            <source>Application {number} withdrawn.</source>
            <translation>Pratica {number} ritirata.</translation>
        </message>
        <message numerus="yes">
            <source>Offer for application {number}: {amount} over %n month(s), APR {apr} %.</source>
            <translation>
                <numerusform>Offerta per la pratica {number}: {amount} in %n mese, TAEG {apr}%.</numerusform>
                <numerusform>Offerta per la pratica {number}: {amount} in %n mesi, TAEG {apr}%.</numerusform>
            </translation>
        </message>
        <message>
            <source>{document} received for application {number}: {filename}.</source>
            <translation>Pratica {number}: ricevuto il documento «{document}» ({filename}).</translation>
        </message>
        <message>
            <source>{document} of application {number} verified ({filename}).</source>
            <translation>Pratica {number}: documento «{document}» verificato ({filename}).</translation>
        </message>
        <message>
            <source>{document} of application {number} rejected ({filename}): {reason}</source>
            <translation>Pratica {number}: documento «{document}» rifiutato ({filename}): {reason}</translation>
        </message>
        <message>
            <source>Identity checked for application {number}: {identity_type} {masked}.</source>
            <translation>Pratica {number}: identità verificata – {identity_type} {masked}.</translation>
        </message>
        <message>
            <source>{consent} given for application {number}.</source>
            <translation>{consent}: concesso (pratica {number}).</translation>
        </message>
        <message>
            <source>{consent} withdrawn for application {number}.</source>
            <translation>{consent}: revocato (pratica {number}).</translation>
        </message>
        <message>
            <source>Application {number} reopened as version {version}, to be signed again.</source>
            <translation>Pratica {number} riaperta come versione {version}, da firmare di nuovo.</translation>
        </message>
        <message>
            <source>Callback booked for {due_at}: {note}</source>
            <translation>Richiamata fissata per {due_at}: {note}</translation>
        </message>
        <message>
            <source>Callback booked for {due_at}.</source>
            <translation>Richiamata fissata per {due_at}.</translation>
        </message>
        <message>
            <source>Appointment booked at {branch} for {at}: {note}</source>
            <translation>Appuntamento fissato presso {branch} per {at}: {note}</translation>
        </message>
        <message>
            <source>Appointment booked at {branch} for {at}.</source>
            <translation>Appuntamento fissato presso {branch} per {at}.</translation>
        </message>
        <message>
            <source>This file is no longer on this device.</source>
            <translation>Questo file non è più su questo dispositivo.</translation>
        </message>
        <message>
            <source>The lender may ask the credit registers about the customer's debts and repayments to decide on this credit.</source>
            <translation>Il finanziatore può consultare i sistemi di informazioni creditizie sui debiti e sui rimborsi del cliente per decidere su questo finanziamento.</translation>
        </message>
        <message>
            <source>The lender may keep and use the customer's personal data to assess, grant and manage this credit.</source>
            <translation>Il finanziatore può conservare e trattare i dati personali del cliente per valutare, concedere e gestire questo finanziamento.</translation>
        </message>
        <message>
            <source>The customer agrees to receive offers; they may withdraw it at any time.</source>
            <translation>Il cliente acconsente a ricevere offerte; può revocare il consenso in qualsiasi momento.</translation>
        </message>
        <message>
            <source>Not given yet.</source>
            <translation>Non ancora prestato.</translation>
        </message>
        <message>
            <source>Given {when} ({channel}, {place}).</source>
            <translation>Prestato il {when} ({channel}, {place}).</translation>
        </message>
        <message>
            <source>Given {when} ({channel}).</source>
            <translation>Prestato il {when} ({channel}).</translation>
        </message>
        <message>
            <source>Withdrawn {when} ({channel}).</source>
            <translation>Revocato il {when} ({channel}).</translation>
        </message>
        <message>
            <source>Consents for {number}</source>
            <translation>Consensi per la pratica {number}</translation>
        </message>
        <message>
            <source>{consent} (required)</source>
            <translation>{consent} (obbligatorio)</translation>
        </message>
        <message>
            <source>No application {number} on this device.</source>
            <translation>Su questo dispositivo non c'è la pratica {number}.</translation>
        </message>
        <message>
            <source>You signed or submitted this application: someone else must decide on it.</source>
            <translation>Hai firmato o inviato questa pratica: deve decidere un altro collega.</translation>
        </message>
        <message>
            <source>The application changed after the customer signed it (for example a document uploaded on the web reached the server first), so it cannot be approved as signed. Start a new version (New version) and have it signed again.</source>
            <translation>La pratica è cambiata dopo la firma del cliente (ad esempio un documento caricato dal web è arrivato prima al server), quindi non può essere approvata come firmata. Crea una nuova versione (Nuova versione) e falla firmare di nuovo.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Ritira</translation>
        </message>
        <message>
            <source>Withdraw application {number}? It cannot be reopened.</source>
            <translation>Ritirare la pratica {number}? Non potrà essere riaperta.</translation>
        </message>
        <message>
            <source>rejected: {reason}</source>
            <translation>rifiutato: {reason}</translation>
        </message>
        <message>
            <source>on its way</source>
            <translation>in arrivo</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Visualizza</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verifica</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Rifiuta…</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Allega…</translation>
        </message>
        <message>
            <source>Attach a PDF, JPEG or PNG, or drop files on this row</source>
            <translation>Allega un PDF, JPEG o PNG, oppure trascina i file su questa riga</translation>
        </message>
        <message>
            <source>No file attached yet.</source>
            <translation>Nessun file allegato.</translation>
        </message>
        <message>
            <source>Attach to {document}</source>
            <translation>Allega a: {document}</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Scansioni e foto (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tutti i file (*)</translation>
        </message>
        <message>
            <source>Reject {filename}</source>
            <translation>Rifiuta {filename}</translation>
        </message>
        <message>
            <source>Why is this document rejected? The customer is told.</source>
            <translation>Perché il documento viene rifiutato? Il motivo sarà comunicato al cliente.</translation>
        </message>
        <message>
            <source>Say why the document is rejected.</source>
            <translation>Indica il motivo del rifiuto del documento.</translation>
        </message>
        <message>
            <source>Opening the file…</source>
            <translation>Apertura del file…</translation>
        </message>
        <message>
            <source>{type} {number}, {country}, valid until {expiry}</source>
            <translation>{type} {number}, {country}, valido fino al {expiry}</translation>
        </message>
        <message>
            <source>Identity checked for {number}</source>
            <translation>Verifica dell'identità per la pratica {number}</translation>
        </message>
        <message>
            <source>As printed on the document</source>
            <translation>Come riportato sul documento</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Issuing country</source>
            <translation>Paese di rilascio</translation>
        </message>
        <message>
            <source>No identity document recorded yet.</source>
            <translation>Nessun documento d'identità registrato.</translation>
        </message>
        <message>
            <source>Recorded: {identity}</source>
            <translation>Registrato: {identity}</translation>
        </message>
        <message>
            <source>Choose an application in the queue, or type or scan its number.</source>
            <translation>Scegli una pratica dalla coda, oppure digita o scansiona il suo numero.</translation>
        </message>
        <message>
            <source>F10 search · type a number, a name or scan a QR code · ↑/↓ choose · Enter open · Ctrl+1…4 offer, documents, identity, history</source>
            <translation>F10 cerca · digita un numero, un nome o scansiona un codice QR · ↑/↓ scegli · Enter apri · Ctrl+1…4 offerta, documenti, identità, cronologia</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Pratiche</translation>
        </message>
        <message>
            <source>Reject {number}</source>
            <translation>Rifiuta la pratica {number}</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rifiuta</translation>
        </message>
        <message>
            <source>Why is the application rejected? The customer is told.</source>
            <translation>Perché la pratica viene rifiutata? Il motivo sarà comunicato al cliente.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <source>Writing the agreement…</source>
            <translation>Preparazione del contratto…</translation>
        </message>
        <message>
            <source>Let the customer read the agreement, in their language, before signing.</source>
            <translation>Prima della firma, fai leggere al cliente il contratto nella sua lingua.</translation>
        </message>
        <message>
            <source>The customer consents to sign electronically</source>
            <translation>Il cliente acconsente alla firma elettronica</translation>
        </message>
        <message>
            <source>Next: sign</source>
            <translation>Avanti: firma</translation>
        </message>
        <message>
            <source>The customer signs in the box with the mouse, a pen or a finger.</source>
            <translation>Il cliente firma nel riquadro con il mouse, una penna o un dito.</translation>
        </message>
        <message>
            <source>Back to the agreement</source>
            <translation>Torna al contratto</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Cancella</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Salva come PDF…</translation>
        </message>
        <message>
            <source>Signed. The signed agreement {filename} is kept and will be sent.</source>
            <translation>Firmato. Il contratto firmato {filename} è stato conservato e verrà inviato.</translation>
        </message>
        <message>
            <source>SHA-256 of the agreement read and signed: {sha}</source>
            <translation>SHA-256 del contratto letto e firmato: {sha}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>Record ca&amp;ll</source>
            <translation>Registra chiama&amp;ta</translation>
        </message>
        <message>
            <source>Record a call with this customer</source>
            <translation>Registra una chiamata con questo cliente</translation>
        </message>
        <message>
            <source>Call &amp;back…</source>
            <translation>Ric&amp;hiama…</translation>
        </message>
        <message>
            <source>Book a callback for this customer</source>
            <translation>Fissa una richiamata per questo cliente</translation>
        </message>
        <message>
            <source>Appoint&amp;ment…</source>
            <translation>A&amp;ppuntamento…</translation>
        </message>
        <message>
            <source>Book this customer a visit to a branch</source>
            <translation>Fissa al cliente un appuntamento in filiale</translation>
        </message>
        <message>
            <source>Repayment schedule</source>
            <translation>Piano di ammortamento</translation>
        </message>
        <message>
            <source>Consents given</source>
            <translation>Consensi prestati</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>Firma del cliente</translation>
        </message>
        <message>
            <source>The parties</source>
            <translation>Le parti</translation>
        </message>
        <message>
            <source>Lender</source>
            <translation>Finanziatore</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Numero identificativo</translation>
        </message>
        <message>
            <source>The credit</source>
            <translation>Il credito</translation>
        </message>
        <message>
            <source>Consent to a credit check with credit bureaus</source>
            <translation>Consenso alla consultazione dei sistemi di informazioni creditizie</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data for this credit</source>
            <translation>Consenso al trattamento dei dati personali per questo finanziamento</translation>
        </message>
        <message>
            <source>Consent to sign this agreement electronically</source>
            <translation>Consenso alla firma elettronica del presente contratto</translation>
        </message>
        <message>
            <source>The customer may withdraw from this agreement within 14 days of signing it without giving a reason, and may repay the credit early at any time. The figures above are those of the offer shown to the customer; the annual percentage rate of charge includes every cost of the credit known at signing.</source>
            <translation>Il cliente può recedere dal contratto entro 14 giorni dalla firma senza indicarne il motivo e può rimborsare anticipatamente il finanziamento in qualsiasi momento. I dati riportati sopra sono quelli dell'offerta presentata al cliente; il TAEG comprende tutti i costi del finanziamento noti al momento della firma.</translation>
        </message>
        <message>
            <source>Total amount of credit</source>
            <translation>Importo totale del credito</translation>
        </message>
        <message>
            <source>Nominal interest rate (a year)</source>
            <translation>Tasso annuo nominale (TAN)</translation>
        </message>
        <message>
            <source>Annual percentage rate of charge</source>
            <translation>Tasso annuo effettivo globale</translation>
        </message>
        <message>
            <source>Total cost of credit</source>
            <translation>Costo totale del credito</translation>
        </message>
        <message>
            <source>Total amount to repay</source>
            <translation>Importo totale dovuto</translation>
        </message>
        <message>
            <source>Offer valid until</source>
            <translation>Offerta valida fino al</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>Rata</translation>
        </message>
        <message>
            <source>Balance left</source>
            <translation>Debito residuo</translation>
        </message>
        <message>
            <source>given on {day}</source>
            <translation>prestato il {day}</translation>
        </message>
        <message>
            <source>Consumer credit agreement no. {number}, version {version}</source>
            <translation>Contratto di credito ai consumatori n. {number}, versione {version}</translation>
        </message>
        <message>
            <source>This file is still on its way to this device: it is shown once it has arrived.</source>
            <translation>Questo file sta ancora arrivando su questo dispositivo: sarà mostrato appena arrivato.</translation>
        </message>
        <message>
            <source>This file cannot be shown: it is damaged, or it is not a PDF, JPEG or PNG.</source>
            <translation>Impossibile mostrare questo file: è danneggiato oppure non è un PDF, JPEG o PNG.</translation>
        </message>
        <message>
            <source>Document viewer</source>
            <translation>Visualizzatore documenti</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+minus)</source>
            <translation>Riduci (Ctrl+minus)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+plus)</source>
            <translation>Ingrandisci (Ctrl+plus)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Adatta larghezza</translation>
        </message>
        <message>
            <source>Fit the page to the width (Ctrl+0)</source>
            <translation>Adatta la pagina alla larghezza (Ctrl+0)</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Pagina {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagine</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is signed yet: please sign on the pad.</source>
            <translation>Non c'è ancora nessuna firma: firmi nell'area, per favore.</translation>
        </message>
        <message>
            <source>The signature is too small: please sign across the pad.</source>
            <translation>La firma è troppo piccola: firmi usando tutta l'area, per favore.</translation>
        </message>
        <message>
            <source>The signature is too long: please clear the pad and sign again.</source>
            <translation>La firma è troppo lunga: cancelli l'area e firmi di nuovo, per favore.</translation>
        </message>
        <message>
            <source>The signature could not be read: please clear the pad and sign again.</source>
            <translation>Impossibile leggere la firma: cancelli l'area e firmi di nuovo, per favore.</translation>
        </message>
        <message>
            <source>Signature pad</source>
            <translation>Area della firma</translation>
        </message>
        <message>
            <source>Sign here with the mouse, a pen or a finger; Delete clears the pad.</source>
            <translation>Firmi qui con il mouse, una penna o un dito; il tasto Delete cancella l'area.</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Firmi qui</translation>
        </message>
        <message>
            <source>The application changed while the customer was reading it: show the agreement again.</source>
            <translation>La pratica è cambiata mentre il cliente leggeva il contratto: mostra di nuovo il contratto.</translation>
        </message>
        <message>
            <source>Instalment order</source>
            <translation>Acquisto a rate</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nuova pratica</translation>
        </message>
        <message>
            <source>{name} ({number})</source>
            <translation>{name} ({number})</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>C&amp;rea</translation>
        </message>
        <message>
            <source>From {low} to {high}, {shortest} to {longest} months.</source>
            <translation>Da {low} a {high}, da {shortest} a {longest} mesi.</translation>
        </message>
        <message>
            <source>No credit product is offered in this customer's country.</source>
            <translation>Nel paese di questo cliente non è offerto alcun prodotto di credito.</translation>
        </message>
        <message>
            <source>New application: who applies?</source>
            <translation>Nuova pratica: chi la richiede?</translation>
        </message>
        <message>
            <source>This customer is not on this device.</source>
            <translation>Questo cliente non è su questo dispositivo.</translation>
        </message>
    </context>
</TS>

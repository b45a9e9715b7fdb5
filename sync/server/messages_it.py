"""Refusals in Italian, for the web channel (`sync.server.messages`).

Keyed as the desktop's catalogue (`code` or `code.case`); placeholders are the
refusal's parameters. Terms follow resources/translations/GLOSSARY.md.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "out_of_scope": "Questo dispositivo non può vedere né modificare questo dato: appartiene a "
    "un altro negozio o a un'altra zona.",
    "unknown_actor": "Il collaboratore che ha eseguito l'operazione non lavora nel negozio o "
    "nella zona di questo dispositivo.",
    "unknown_actor.device": "Il collaboratore che ha eseguito l'operazione non è noto su "
    "questo dispositivo; sincronizza e accedi di nuovo.",
    "inactive_actor": "L'account di {name} è disattivato; rivolgiti al responsabile.",
    "proof_missing": "Questa modifica non riporta la prova di chi l'ha fatta; la persona deve "
    "accedere su questo dispositivo mentre è online e rifarla.",
    "proof_invalid": "La prova di chi ha fatto questa modifica non corrisponde: non l'ha "
    "fatta una persona che ha effettuato l'accesso su questo dispositivo, oppure è stata "
    "alterata durante l'invio.",
    "session_ended": "L'accesso con cui è stata fatta questa modifica non è più valido "
    "({reason}); la persona deve accedere di nuovo online e rifarla.",
    "session_expired": "Questa modifica è stata fatta dopo la scadenza dell'accesso su questo "
    "dispositivo (troppo tempo senza un accesso online), oppure è arrivata al server troppo "
    "tardi; la persona deve accedere online e rifarla.",
    "forbidden_role": "Il ruolo «{role}» non consente l'operazione {command}.",
    "forbidden_channel.language": "Solo i collaboratori scelgono la propria lingua.",
    "forbidden_channel.upload": "Dal canale web un file si allega caricandolo (POST "
    "/v1/web/applications/<id>/files), non con l'operazione {command}.",
    "forbidden_channel": "L'operazione {command} non può essere eseguita dal canale web.",
    "staff_only": "Solo un collaboratore può verificare o annullare un documento.",
    "not_pricing_authority": "I prezzi sono stabiliti a livello centrale dall'ufficio prezzi "
    "competente: non puoi modificare il listino {price_list}.",
    "segment_needs_manager": "Solo un responsabile può assegnare un cliente a un segmento di "
    "prezzo.",
    "override_needs_manager": "Solo un responsabile può accettare un reso fuori dai termini.",
    "out_of_order": "La modifica numero {seq} è arrivata dopo la numero {high}.",
    "conflict": "Questa modifica è in conflitto con dati già presenti su questo dispositivo "
    "(identificativo o numero duplicato).",
    "conflict.server": "Questa modifica è in conflitto con dati già presenti nel sistema "
    "centrale (identificativo o numero duplicato).",
    "invalid_value": "Questa modifica contiene un valore che il server non può salvare (un "
    "numero troppo grande o un testo non memorizzabile).",
    "internal_error": "Il server non ha potuto applicare questa modifica per un errore "
    "interno, che è stato registrato. Se si ripete, contatta l'assistenza.",
    "unknown_command": "Non esiste un'operazione chiamata {command}.",
    "invalid_arguments.schema": "Dati non validi per {command}: {problems}.",
    "invalid_arguments.listed_twice": "{label} compare due volte: indica ogni riga una sola volta.",
    "invalid_arguments.cart_or_lines": "Indica un carrello oppure delle righe, non entrambi.",
    "invalid_arguments.line_ids": "Ogni riga deve avere un proprio identificativo.",
    "invalid_arguments.stock_delta": "Una rettifica di giacenza deve cambiare la quantità.",
    "not_found": "{what} {id} non esiste.",
    "not_found.web": "{what} non esiste.",
    "not_found.line": "La riga {line} non fa parte di questo ordine.",
    "not_found.order_line": "Questa riga non fa parte dell'ordine {number}.",
    "not_found.change": "Su questo dispositivo non c'è la modifica n. {seq}.",
    "duplicate_id.line": "La riga {line} è già in questo ordine.",
    "duplicate_id.application": "Questa pratica è già stata avviata.",
    "duplicate_id.cart": "Un altro carrello ha già questo identificativo.",
    "duplicate_id.payment": "Questo pagamento è già stato registrato.",
    "duplicate_id.customer": "Questo cliente è già stato creato.",
    "duplicate_id.change": "Questa modifica è già stata registrata.",
    "duplicate_id.order_line": "Questa riga d'ordine è già stata registrata.",
    "duplicate_id.order": "Questo ordine è già stato registrato.",
    "duplicate_id.return": "Questo reso è già stato registrato.",
    "duplicate_id.mutation_device": "Un altro dispositivo ha già usato l'identificativo di "
    "questa modifica.",
    "duplicate_id.idempotency_key": "Questa chiave di idempotenza è già stata usata per "
    "un'altra richiesta.",
    "already_resolved": "La modifica n. {seq} non richiede più attenzione: è già stata gestita.",
    "note_too_long": "La nota deve avere meno di {max} caratteri.",
    "booking_in_past.callback": "Non si può fissare una richiamata in un orario già passato.",
    "booking_in_past.appointment": "Non si può fissare un appuntamento in un orario già passato.",
    "cart_closed": "Questo carrello è già {state}; apri un nuovo carrello.",
    "currency_required.cart": "Indica la valuta in cui è prezzato il carrello.",
    "currency_required.order": "Indica la valuta dell'ordine.",
    "invalid_quantity.cart": "La quantità deve essere un numero intero da {min} a {max}, non "
    "{quantity}.",
    "invalid_quantity.price": "La quantità di {what} deve essere un numero intero da 1 a "
    "{max}, non {quantity}.",
    "invalid_quantity.line_limit": "In una riga stanno al massimo {max} pezzi di {label}.",
    "invalid_quantity.return": "Rendi almeno un pezzo di {label}, con un numero intero (non "
    "{quantity}).",
    "invalid_quantity.hand_over": "Consegna almeno un pezzo di {label}, con un numero intero "
    "(non {quantity}).",
    "quantity_too_large": "Il carrello contiene già {held} pezzi di questo prodotto; "
    "aggiungendone {quantity} si supererebbe il limite di {max} per riga.",
    "duplicate_line": "Il carrello ha già una riga {line} per un altro prodotto.",
    "unknown_line": "Questa riga non è più nel carrello (forse è stata tolta su un altro "
    "dispositivo); aggiungi di nuovo il prodotto.",
    "unknown_product": "Il prodotto {product} non è in catalogo.",
    "product_unavailable": "{name} ({sku}) non è più in vendita.",
    "no_price": "{name} ({sku}) non ha un prezzo in {currency} valido il {at} UTC, quindi "
    "non può essere venduto.",
    "no_tax_rate": "{name} ({sku}) non può essere venduto: manca un'aliquota IVA ({country}) "
    "per la sua classe fiscale {tax_class}.",
    "bad_price_data": "I dati dei prezzi non sono coerenti ({error}); chiedi a un "
    "responsabile di correggere i listini.",
    "empty_cart.price": "Non c'è nulla da prezzare: aggiungi almeno un prodotto.",
    "empty_cart.cart": "Il carrello è vuoto: aggiungi almeno un prodotto.",
    "customer_mismatch": "Questo carrello appartiene a un altro cliente.",
    "currency_mismatch": "Questo carrello è in {cart_currency}, ma la vendita è in {currency}.",
    "price_mismatch": "Il totale mostrato era {expected}, ma il prezzo è {total}; controlla i "
    "prezzi e conferma il nuovo totale con il cliente.",
    "store_required.sale": "Una vendita si fa in negozio.",
    "store_required.ship": "Gli ordini vengono spediti da un negozio.",
    "invalid_period": "Un prezzo deve terminare dopo il suo inizio.",
    "unknown_segment": "Non esiste un segmento di prezzo chiamato {segment}.",
    "wrong_store.stock": "Un responsabile può rettificare solo la giacenza del proprio negozio.",
    "customer_required": "Un ordine richiede un cliente: cercalo o crealo prima.",
    "pickup_store_required": "Scegli il negozio di ritiro.",
    "not_a_pickup_store": "{store} è un ufficio e non vende nulla: scegli un negozio o una "
    "filiale per il ritiro.",
    "ship_address_required": "Indica l'indirizzo di spedizione.",
    "payments_not_expected": "Un ordine con pagamento al ritiro si paga al momento del ritiro.",
    "payment_required": "Questo ordine va pagato subito.",
    "invalid_payment_mode": "Il pagamento al ritiro è possibile solo per gli ordini con "
    "ritiro in negozio; questo ordine va pagato subito.",
    "invalid_payment_method.web": "Gli ordini dal canale web si possono pagare solo online.",
    "invalid_payment_method.cash": "I contanti si possono incassare solo in negozio.",
    "missing_reference": "Un pagamento online richiede il riferimento del gestore dei pagamenti.",
    "invalid_payment": "Un pagamento deve essere un importo positivo con al massimo due "
    "decimali, non {amount}.",
    "payment_short": "I pagamenti ({paid}) non coprono il totale ({total}): mancano {short}.",
    "payment_short.advance": "Questo ordine si paga in anticipo: ora sono dovuti altri {due} "
    "(nuovo totale {total}, già pagati {held}).",
    "payment_short.advance_offered": "Questo ordine si paga in anticipo: ora sono dovuti "
    "altri {due} (nuovo totale {total}, già pagati {held}, offerti {offered}).",
    "overpaid": "I pagamenti superano i {due} dovuti di {change}; solo i contanti possono "
    "superare l'importo (con resto).",
    "already_paid.order_total": "I {total} che l'ordine vale ora sono già pagati: non "
    "incassare nulla.",
    "already_paid.handed_over": "Sono già stati pagati {paid}, che coprono la merce "
    "consegnata: non incassare nulla.",
    "refund_exceeds_payments": "Dei pagamenti di questo ordine restano da rimborsare solo "
    "{left}; rimborsa in contanti o con un buono negozio.",
    "not_paid.collect": "Incassa i {due} ancora da pagare (totale {total}) prima di "
    "consegnare l'ordine.",
    "not_paid.collect_goods": "Incassa i {due} ancora da pagare (totale {total}) prima di "
    "consegnare questa merce.",
    "not_paid.short": "Questo ordine non è pagato per intero: ricevuti {paid} su {total}, "
    "restano da pagare {due}.",
    "not_paid.ship": "Questo ordine non è pagato per intero: ricevuti {paid} su {total}.",
    "invalid_transition.order": "{kind} nello stato «{status}» non può {target}.",
    "invalid_transition.order_return": "{kind} nello stato «{status}» non può {target}. Per "
    "riprendere la merce, registra un reso.",
    "invalid_transition.hand_over": "Un ordine nello stato «{status}» non può essere consegnato.",
    "already_picked_up": "Questo ordine è già stato ritirato, quindi non può {target}.",
    "order_cancelled": "Questo ordine è stato annullato, quindi non può {target}.",
    "order_expired": "Questo ordine è scaduto senza essere ritirato, quindi non può {target}.",
    "not_pickup": "Questo ordine non prevede il ritiro in negozio.",
    "not_pickup.hand_over": "{kind}: non prevede il ritiro in negozio, quindi non può essere "
    "consegnato.",
    "not_ship": "Questo ordine non viene spedito: si ritira in negozio.",
    "not_ready": "Questo ordine non è ancora pronto: segnalo come pronto per il ritiro prima "
    "di consegnarlo.",
    "wrong_store.pickup": "Questo ordine si ritira presso {store}; solo quel negozio può "
    "prepararlo e consegnarlo.",
    "cancel_in_store": "Una parte dell'ordine {number} è stata pagata in negozio, quindi può "
    "essere annullato solo lì, dove viene restituito il denaro.",
    "partly_handed_over": "Una parte dell'ordine {number} è già stata consegnata, quindi non "
    "può essere annullato: consegna il resto, oppure annulla il resto alla consegna (la "
    "merce consegnata potrà poi essere resa).",
    "nothing_to_hand_over.choose": "Scegli almeno un pezzo da consegnare.",
    "nothing_to_hand_over.cancel": "Non è stato consegnato nulla: se il cliente non deve "
    "ricevere nulla, annulla l'ordine.",
    "over_hand_over.all_handed_over": "Tutto ciò che è stato ordinato di {label} "
    "({ordered}) è già stato consegnato.",
    "over_hand_over.ordered": "Di {label} ne sono stati ordinati solo {ordered}, quindi non "
    "se ne possono consegnare {asked}.",
    "over_hand_over.partly": "Dei {ordered} pezzi ordinati di {label} ne restano da "
    "consegnare solo {waiting}: {handed_over} già consegnati.",
    "not_changeable.not_pickup": "L'ordine {number} non prevede il ritiro in negozio, "
    "quindi non può essere modificato in cassa.",
    "not_changeable.closed": "L'ordine {number} è {state}, quindi non può più essere modificato.",
    "not_changeable.handed_over": "Una parte dell'ordine {number} è già stata consegnata, "
    "quindi non può più essere modificato: consegna il resto, oppure annulla il resto alla "
    "consegna.",
    "missing_only_reduces.more": "Gli articoli mancanti possono solo ridurre un ordine: "
    "{label} ha quantità {ordered}, non {quantity}.",
    "missing_only_reduces.add": "Gli articoli mancanti possono solo ridurre un ordine: "
    "aggiungi i prodotti come modifica richiesta dal cliente.",
    "missing_only_reduces.payment": "Gli articoli mancanti possono solo ridurre un ordine: "
    "cambia il modo di pagamento come modifica richiesta dal cliente.",
    "order_empty": "Una modifica non può togliere tutte le righe di un ordine: annulla l'ordine.",
    "nothing_to_change": "L'ordine {number} è già così: non c'è nulla da modificare.",
    "over_return.none_left": "Di {label} non resta nulla da rendere: tutto ciò che è stato "
    "acquistato ({bought}) è già stato reso.",
    "over_return.bought": "Di {label} ne sono stati acquistati solo {bought}, quindi non se "
    "ne possono rendere {asked}.",
    "over_return.partly": "Dei {bought} pezzi acquistati di {label} se ne possono ancora "
    "rendere solo {returnable}: {returned} già resi.",
    "return_window_expired": "Il termine di {days} giorni per il reso di questa vendita è "
    "scaduto il {closed_on}; un responsabile può autorizzare un reso tardivo.",
    "not_returnable": "L'ordine {number} non è ancora arrivato al cliente; annullalo invece "
    "di registrare un reso.",
    "cash_needs_store": "Un rimborso in contanti si può pagare solo in negozio.",
    "duplicate_customer.card": "La carta fedeltà {card} appartiene già al cliente {customer}.",
    "duplicate_customer.email": "L'e-mail {email} appartiene già al cliente {customer}.",
    "invalid_first_name": "Un cliente deve avere nome e cognome.",
    "invalid_last_name": "Un cliente deve avere nome e cognome.",
    "invalid_email": "{value} non è un indirizzo e-mail.",
    "invalid_phone": "{value} non è un numero di telefono; usa il formato {example}.",
    "invalid_tax_id.nip": "{value} non è un NIP valido (10 cifre con cifra di controllo).",
    "invalid_tax_id.it": "{value} non è né un codice fiscale valido (16 caratteri) né una "
    "partita IVA valida (11 cifre).",
    "invalid_tax_id.country": "I codici fiscali del paese {country} non possono essere verificati.",
    "invalid_postal_code": "{value} non è un codice postale del paese {country} (ad esempio "
    "{example}).",
    "invalid_transition.application": "Una pratica nello stato «{app_status}» non può "
    "{app_target}.",
    "unknown_step": "Una pratica di tipo {kind} non ha il passaggio {step}.",
    "unknown_field": "Una pratica di tipo {kind} non ha il campo {field}.",
    "invalid_field.number_type": "{field}: deve essere un numero scritto come testo o un "
    "numero intero.",
    "invalid_field.number": "{field}: deve essere un numero, non {value}.",
    "invalid_field.positive": "{field}: deve essere un numero positivo, non {value}.",
    "invalid_field.too_large": "{field}: valore decisamente troppo grande: {value}.",
    "invalid_branch": "La pratica è gestita da una filiale del paese del cliente.",
    "invalid_field.whole": "{field}: deve essere un numero intero, non {value}.",
    "invalid_field.decimals": "{field}: al massimo due decimali, non {value}.",
    "invalid_field.text": "{field}: deve essere un testo.",
    "missing_fields": "Compila questi campi prima di inviare: {fields}.",
    "not_approved.signed": "Questa pratica è già firmata.",
    "not_approved.status": "Si può firmare solo una pratica approvata; questa è nello stato "
    "«{app_status}».",
    "documents_not_verified": "Verifica questi documenti prima della firma: {documents}.",
    "missing_signature": "Devono ancora firmare: {signers}.",
    "application_locked.online": "Questa pratica non può più essere modificata online; "
    "rivolgiti alla filiale.",
    "application_locked.staff": "Questa pratica non può più essere modificata.",
    "unknown_document": "Una pratica di tipo {kind} non richiede il documento {document}.",
    "application_closed": "Questa pratica è nello stato «{app_status}».",
    "invalid_signature.typed": "Una firma digitata è il nome completo del firmatario (al "
    "massimo 120 caratteri).",
    "invalid_signature.drawn": "Una firma disegnata deve essere un'immagine PNG (base64, al "
    "massimo 200 kB).",
    "unknown_signer": "Una pratica di tipo {kind} non ha il firmatario {signer}.",
    # Pratiche di credito: offerte, file, identità, firma, doppio controllo.
    "application_signed": "Questa pratica è già firmata.",
    "application_signed.online": "Il contratto è firmato e non può essere modificato; rivolgiti "
    "alla filiale.",
    "application_signed.staff": "Il contratto è firmato e non può essere modificato; avvia una "
    "nuova versione da firmare di nuovo.",
    "duplicate_id.file": "Questo file è già allegato.",
    "file_too_large": "Il file è troppo grande ({size_mb} MB); si possono allegare al massimo "
    "{limit_mb} MB.",
    "file_type": "{filename} non è un file PDF, JPEG o PNG.",
    "four_eyes": "Su questa pratica deve decidere una persona diversa dal consulente che l'ha "
    "firmata e inviata.",
    "invalid_identity.type": "Documento d'identità sconosciuto.",
    "invalid_identity.number": "Il numero del documento ha da 5 a 20 lettere e cifre.",
    "invalid_identity.pl_id_card": "Questo non è un numero valido di carta d'identità polacca (3 "
    "lettere, 6 cifre).",
    "invalid_identity.country": "Il paese di rilascio è un codice di due lettere.",
    "invalid_identity.expired": "Questo documento è scaduto il {expiry}.",
    "invalid_signature.empty": "Il cliente non ha ancora firmato.",
    "invalid_signature.malformed": "Non è stato possibile leggere la firma; firma di nuovo.",
    "invalid_signature.too_long": "La firma è troppo lunga; cancella il riquadro e firma di nuovo.",
    "invalid_signature.too_small": "È troppo piccola per essere una firma: chiedi al cliente di "
    "firmare su tutta la larghezza del riquadro.",
    "not_ready_to_sign": "Non è ancora tutto pronto per la firma: {missing}.",
    "offer_expired": "L'offerta è scaduta il {valid_until}; prepara una nuova offerta.",
    "offer_out_of_limits.amount": "L'importo {value} {currency} è fuori dai limiti di questo "
    "prodotto ({min}–{max} {currency}).",
    "offer_out_of_limits.term_months": "Una durata di {value} mesi è fuori dai limiti di questo "
    "prodotto ({min}–{max}).",
    "reason_required.document": "Indica perché il documento è respinto.",
    "reason_required.reject": "Indica perché la pratica è respinta.",
    "signed_content_changed": "La pratica è cambiata dopo la firma del cliente (un documento è "
    "stato aggiunto o modificato, ad es. online): avvia una nuova versione e falla firmare di "
    "nuovo.",
    "unknown_consent": "Non esiste il consenso {consent}.",
    "not_checkable": "Un contratto firmato non si verifica.",
    "upload_offset": "Il server ha {received} byte di questo file; invia da lì.",
    "upload_too_long": "Il file ha {size} byte; questi dati vanno oltre la sua fine.",
}

WORDS: dict[tuple[str, str], str] = {
    ("status", "placed"): "inserito e non ancora preparato",
    ("status", "ready_for_pickup"): "pronto per il ritiro",
    ("status", "picked_up"): "già ritirato",
    ("status", "shipped"): "già spedito",
    ("status", "completed"): "completato",
    ("status", "cancelled"): "annullato",
    ("status", "expired"): "scaduto",
    ("target", "placed"): "tornare allo stato inserito",
    ("target", "ready_for_pickup"): "essere segnato come pronto per il ritiro",
    ("target", "picked_up"): "essere consegnato",
    ("target", "shipped"): "essere spedito",
    ("target", "completed"): "essere completato",
    ("target", "cancelled"): "essere annullato",
    ("target", "expired"): "scadere",
    ("kind", "take_away"): "Una vendita da asporto",
    ("kind", "pickup"): "Un ordine con ritiro in negozio",
    ("kind", "ship"): "Un ordine con spedizione",
    ("state", "picked_up"): "già ritirato",
    ("state", "cancelled"): "annullato",
    ("state", "expired"): "scaduto senza ritiro",
    ("state", "completed"): "completato",
    ("state", "shipped"): "spedito",
    ("state", "checked_out"): "chiuso",
    ("state", "abandoned"): "abbandonato",
    ("app_status", "draft"): "bozza",
    ("app_status", "submitted"): "inviata",
    ("app_status", "in_review"): "in valutazione",
    ("app_status", "approved"): "approvata",
    ("app_status", "rejected"): "respinta",
    ("app_status", "signed"): "firmata",
    ("app_status", "withdrawn"): "ritirata",
    ("app_target", "draft"): "tornare in bozza",
    ("app_target", "submitted"): "essere inviata",
    ("app_target", "in_review"): "essere presa in valutazione",
    ("app_target", "approved"): "essere approvata",
    ("app_target", "rejected"): "essere respinta",
    ("app_target", "signed"): "essere firmata",
    ("app_target", "withdrawn"): "essere ritirata",
    ("kind", "loan"): "finanziamento",
    ("kind", "order"): "ordine",
    ("reason", "pin_changed"): "la persona ha cambiato il PIN",
    ("reason", "device_revoked"): "questo dispositivo è stato revocato",
    ("reason", "staff_left"): "l'account della persona è stato chiuso",
    ("reason", "ended"): "è stato chiuso",
    ("role", "cashier"): "cassiere",
    ("role", "advisor"): "consulente",
    ("role", "field_rep"): "agente di commercio",
    ("role", "manager"): "responsabile",
    ("role", "pricing"): "ufficio prezzi",
    ("what", "application"): "La pratica",
    ("what", "branch"): "La filiale",
    ("what", "cart"): "Il carrello",
    ("what", "customer"): "Il cliente",
    ("what", "order"): "L'ordine",
    ("what", "price list"): "Il listino",
    ("what", "product"): "Il prodotto",
    ("what", "staff member"): "Il collaboratore",
    ("what", "store"): "Il negozio",
}

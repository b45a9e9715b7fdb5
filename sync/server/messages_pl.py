"""Refusals in Polish, for the web channel (`sync.server.messages`).

Keyed as the desktop's catalogue (`code` or `code.case`); placeholders are the
refusal's parameters. Terms follow resources/translations/GLOSSARY.md.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "out_of_scope": "To urządzenie nie może widzieć ani zmieniać tego rekordu: należy on do "
    "innego sklepu lub regionu.",
    "unknown_actor": "Pracownik, który to zrobił, nie pracuje w sklepie ani regionie tego "
    "urządzenia.",
    "unknown_actor.device": "Pracownik, który to zrobił, nie jest znany na tym urządzeniu; "
    "zsynchronizuj je i zaloguj się ponownie.",
    "inactive_actor": "Konto użytkownika {name} jest wyłączone; zwróć się do kierownika.",
    "proof_missing": "Ta zmiana nie zawiera potwierdzenia, kto ją wprowadził; ta osoba musi "
    "zalogować się na tym urządzeniu, gdy jest ono online, i wprowadzić zmianę ponownie.",
    "proof_invalid": "Potwierdzenie autora tej zmiany się nie zgadza: nie wprowadziła jej "
    "osoba zalogowana na tym urządzeniu albo zmiana została zmodyfikowana po drodze.",
    "session_ended": "Logowanie, w ramach którego wprowadzono tę zmianę, jest już nieważne "
    "({reason}); ta osoba musi zalogować się ponownie online i wprowadzić zmianę jeszcze raz.",
    "session_expired": "Zmianę wprowadzono po wygaśnięciu logowania na tym urządzeniu (zbyt "
    "długo bez logowania online) albo dotarła do serwera zbyt późno; ta osoba musi "
    "zalogować się online i wprowadzić zmianę ponownie.",
    "forbidden_role": "Rola „{role}” nie pozwala wykonać operacji {command}.",
    "forbidden_channel.language": "Tylko pracownicy wybierają własny język.",
    "forbidden_channel.upload": "Przez internet plik dołącza się, przesyłając go (POST "
    "/v1/web/applications/<id>/files), a nie operacją {command}.",
    "forbidden_channel": "Operacji {command} nie można wykonać przez internet.",
    "staff_only": "Tylko pracownik może zweryfikować lub usunąć dokument.",
    "not_pricing_authority": "Ceny ustala centralnie dział cen właściwego biura: nie możesz "
    "zmienić cennika {price_list}.",
    "segment_needs_manager": "Tylko kierownik może przypisać klienta do segmentu cenowego.",
    "override_needs_manager": "Tylko kierownik może przyjąć zwrot po terminie zwrotu.",
    "out_of_order": "Zmiana numer {seq} dotarła po zmianie numer {high}.",
    "conflict": "Ta zmiana koliduje z danymi, które są już na tym urządzeniu (powtórzony "
    "identyfikator lub numer).",
    "conflict.server": "Ta zmiana koliduje z danymi, które są już w systemie centralnym "
    "(powtórzony identyfikator lub numer).",
    "invalid_value": "Ta zmiana zawiera wartość, której serwer nie może zapisać (zbyt dużą "
    "liczbę lub tekst, którego nie da się przechować).",
    "internal_error": "Serwer nie mógł zastosować tej zmiany z powodu błędu wewnętrznego; "
    "błąd został zapisany. Jeśli się powtórzy, skontaktuj się z pomocą techniczną.",
    "unknown_command": "Nie ma operacji o nazwie {command}.",
    "invalid_arguments.schema": "Nieprawidłowe dane dla operacji {command}: {problems}.",
    "invalid_arguments.listed_twice": "{label} występuje dwa razy: podaj każdą pozycję raz.",
    "invalid_arguments.cart_or_lines": "Podaj koszyk albo pozycje, nie jedno i drugie.",
    "invalid_arguments.line_ids": "Każda pozycja musi mieć własny identyfikator.",
    "invalid_arguments.stock_delta": "Korekta stanu magazynowego musi zmieniać ilość.",
    "not_found": "{what} {id} nie istnieje.",
    "not_found.web": "{what} nie istnieje.",
    "not_found.line": "Pozycja {line} nie należy do tego zamówienia.",
    "not_found.order_line": "Ta pozycja nie należy do zamówienia {number}.",
    "not_found.change": "Na tym urządzeniu nie ma zmiany nr {seq}.",
    "duplicate_id.line": "Pozycja {line} jest już w tym zamówieniu.",
    "duplicate_id.application": "Ten wniosek został już rozpoczęty.",
    "duplicate_id.cart": "Inny koszyk ma już ten identyfikator.",
    "duplicate_id.payment": "Ta płatność została już zarejestrowana.",
    "duplicate_id.customer": "Ten klient został już utworzony.",
    "duplicate_id.change": "Ta zmiana została już zarejestrowana.",
    "duplicate_id.order_line": "Ta pozycja zamówienia została już zarejestrowana.",
    "duplicate_id.order": "To zamówienie zostało już zarejestrowane.",
    "duplicate_id.return": "Ten zwrot został już zarejestrowany.",
    "duplicate_id.mutation_device": "Inne urządzenie użyło już identyfikatora tej zmiany.",
    "duplicate_id.idempotency_key": "Ten klucz idempotencji został już użyty w innym żądaniu.",
    "already_resolved": "Zmiana nr {seq} nie wymaga już uwagi; została już załatwiona.",
    "note_too_long": "Notatka może mieć najwyżej {max} znaków.",
    "booking_in_past.callback": "Nie można umówić oddzwonienia na czas, który już minął.",
    "booking_in_past.appointment": "Nie można umówić wizyty na czas, który już minął.",
    "cart_closed": "Ten koszyk jest już {state}; utwórz nowy koszyk.",
    "currency_required.cart": "Podaj walutę, w której wyceniany jest koszyk.",
    "currency_required.order": "Podaj walutę zamówienia.",
    "invalid_quantity.cart": "Ilość musi być liczbą całkowitą od {min} do {max}, a nie {quantity}.",
    "invalid_quantity.price": "Ilość dla {what} musi być liczbą całkowitą od 1 do {max}, a "
    "nie {quantity}.",
    "invalid_quantity.line_limit": "W jednej pozycji mieści się najwyżej {max} szt. "
    "produktu {label}.",
    "invalid_quantity.return": "Zwróć co najmniej 1 szt. produktu {label}, podając liczbę "
    "całkowitą (nie {quantity}).",
    "invalid_quantity.hand_over": "Wydaj co najmniej 1 szt. produktu {label}, podając "
    "liczbę całkowitą (nie {quantity}).",
    "quantity_too_large": "Koszyk zawiera już {held} szt. tego produktu; dodanie {quantity} "
    "przekroczyłoby limit {max} szt. na pozycję.",
    "duplicate_line": "Koszyk ma już pozycję {line} z innym produktem.",
    "unknown_line": "Tej pozycji nie ma już w koszyku (mogła zostać usunięta na innym "
    "urządzeniu); dodaj produkt ponownie.",
    "unknown_product": "Produktu {product} nie ma w katalogu.",
    "product_unavailable": "{name} ({sku}) nie jest już w sprzedaży.",
    "no_price": "{name} ({sku}) nie ma ceny w {currency} ważnej {at} UTC, więc nie można go "
    "sprzedać.",
    "no_tax_rate": "Nie można sprzedać {name} ({sku}): brak stawki VAT ({country}) dla jego "
    "klasy podatkowej {tax_class}.",
    "bad_price_data": "Dane cenowe są niespójne ({error}); poproś kierownika o poprawienie "
    "cenników.",
    "empty_cart.price": "Nie ma czego wycenić: dodaj co najmniej jeden produkt.",
    "empty_cart.cart": "Koszyk jest pusty: dodaj co najmniej jeden produkt.",
    "customer_mismatch": "Ten koszyk należy do innego klienta.",
    "currency_mismatch": "Ten koszyk jest w {cart_currency}, a sprzedaż w {currency}.",
    "price_mismatch": "Wyświetlona suma wynosiła {expected}, a cena to {total}; sprawdź ceny "
    "i potwierdź nową sumę z klientem.",
    "store_required.sale": "Sprzedaż odbywa się w sklepie.",
    "store_required.ship": "Zamówienia są wysyłane ze sklepu.",
    "invalid_period": "Cena musi kończyć się później, niż się zaczyna.",
    "unknown_segment": "Nie ma segmentu cenowego {segment}.",
    "wrong_store.stock": "Kierownik może korygować stan magazynowy tylko własnego sklepu.",
    "customer_required": "Zamówienie wymaga klienta: najpierw go wyszukaj lub utwórz.",
    "pickup_store_required": "Wybierz sklep, w którym nastąpi odbiór.",
    "not_a_pickup_store": "{store} to biuro, które niczego nie sprzedaje: wybierz sklep lub "
    "oddział do odbioru.",
    "ship_address_required": "Podaj adres wysyłki.",
    "payments_not_expected": "Zamówienie płatne przy odbiorze opłaca się przy odbiorze.",
    "payment_required": "To zamówienie trzeba opłacić teraz.",
    "invalid_payment_mode": "Płatność przy odbiorze jest możliwa tylko przy odbiorze "
    "osobistym w sklepie; to zamówienie trzeba opłacić teraz.",
    "invalid_payment_method.web": "Zamówienia przez internet można opłacić tylko online.",
    "invalid_payment_method.cash": "Gotówkę można przyjąć tylko w sklepie.",
    "missing_reference": "Płatność online wymaga numeru referencyjnego operatora płatności.",
    "invalid_payment": "Płatność musi być kwotą dodatnią z najwyżej dwoma miejscami po "
    "przecinku, a nie {amount}.",
    "payment_short": "Płatności ({paid}) są niższe od sumy ({total}) o {short}.",
    "payment_short.advance": "To zamówienie jest płatne z góry: teraz trzeba dopłacić {due} "
    "(nowa suma {total}, zapłacono już {held}).",
    "payment_short.advance_offered": "To zamówienie jest płatne z góry: teraz trzeba "
    "dopłacić {due} (nowa suma {total}, zapłacono już {held}, wpłacono {offered}).",
    "overpaid": "Płatności przekraczają należne {due} o {change}; nadpłata jest możliwa "
    "tylko gotówką.",
    "already_paid.order_total": "Kwota {total}, na którą opiewa teraz zamówienie, jest już "
    "zapłacona: nie pobieraj płatności.",
    "already_paid.handed_over": "Zapłacono już {paid}, co pokrywa wydany towar: nie "
    "pobieraj płatności.",
    "refund_exceeds_payments": "Z płatności za to zamówienie do zwrotu pozostało tylko "
    "{left}; zwróć resztę gotówką lub bonem sklepowym.",
    "not_paid.collect": "Przed wydaniem zamówienia pobierz pozostałe {due} (razem {total}).",
    "not_paid.collect_goods": "Przed wydaniem tego towaru pobierz pozostałe {due} (razem {total}).",
    "not_paid.short": "To zamówienie nie jest w pełni opłacone: otrzymano {paid} z {total}, "
    "do zapłaty pozostaje {due}.",
    "not_paid.ship": "To zamówienie nie jest w pełni opłacone: otrzymano {paid} z {total}.",
    "invalid_transition.order": "{kind} w stanie „{status}” nie może {target}.",
    "invalid_transition.order_return": "{kind} w stanie „{status}” nie może {target}. Aby "
    "przyjąć towar z powrotem, zarejestruj zwrot.",
    "invalid_transition.hand_over": "Zamówienia w stanie „{status}” nie można wydać.",
    "already_picked_up": "To zamówienie zostało już odebrane, więc nie może {target}.",
    "order_cancelled": "To zamówienie zostało anulowane, więc nie może {target}.",
    "order_expired": "To zamówienie przeterminowało się bez odbioru, więc nie może {target}.",
    "not_pickup": "To zamówienie nie jest odbierane w sklepie.",
    "not_pickup.hand_over": "{kind} nie jest odbierana w sklepie, więc nie można jej wydać.",
    "not_ship": "To zamówienie nie jest wysyłane; odbiera się je w sklepie.",
    "not_ready": "To zamówienie nie jest jeszcze przygotowane: przed wydaniem oznacz je jako "
    "gotowe do odbioru.",
    "wrong_store.pickup": "To zamówienie jest odbierane w: {store}; tylko ten sklep może je "
    "przygotować i wydać.",
    "cancel_in_store": "Część zamówienia {number} opłacono w sklepie, więc można je anulować "
    "tylko tam, gdzie zostaną zwrócone pieniądze.",
    "partly_handed_over": "Część zamówienia {number} została już wydana, więc nie można go "
    "anulować: wydaj resztę albo anuluj resztę przy wydaniu (wydany towar można potem "
    "zwrócić).",
    "nothing_to_hand_over.choose": "Wybierz co najmniej jedną sztukę do wydania.",
    "nothing_to_hand_over.cancel": "Nic nie zostało wydane: jeśli klient nie ma nic "
    "otrzymać, anuluj zamówienie.",
    "over_hand_over.all_handed_over": "Wszystko, co zamówiono z {label} ({ordered}), "
    "zostało już wydane.",
    "over_hand_over.ordered": "Zamówiono tylko {ordered} szt. {label}, więc nie można wydać "
    "{asked}.",
    "over_hand_over.partly": "Z {ordered} szt. {label} do wydania pozostało tylko {waiting}: "
    "{handed_over} już wydano.",
    "not_changeable.not_pickup": "Zamówienie {number} nie jest odbierane w sklepie, więc "
    "nie można go zmienić przy kasie.",
    "not_changeable.closed": "Zamówienie {number} jest {state}, więc nie można go już zmienić.",
    "not_changeable.handed_over": "Część zamówienia {number} została już wydana, więc nie "
    "można go już zmienić: wydaj resztę albo anuluj resztę przy wydaniu.",
    "missing_only_reduces.more": "Braki mogą tylko zmniejszyć zamówienie: {label} ma ilość "
    "{ordered}, a nie {quantity}.",
    "missing_only_reduces.add": "Braki mogą tylko zmniejszyć zamówienie: dodaj produkty "
    "jako zmianę na życzenie klienta.",
    "missing_only_reduces.payment": "Braki mogą tylko zmniejszyć zamówienie: zmień sposób "
    "płatności jako zmianę na życzenie klienta.",
    "order_empty": "Zmiana nie może usunąć wszystkich pozycji zamówienia: zamiast tego "
    "anuluj zamówienie.",
    "nothing_to_change": "Zamówienie {number} już tak wygląda: nie ma czego zmieniać.",
    "over_return.none_left": "Z {label} nie zostało nic do zwrotu: wszystko, co kupiono "
    "({bought}), zostało już zwrócone.",
    "over_return.bought": "Kupiono tylko {bought} szt. {label}, więc nie można zwrócić {asked}.",
    "over_return.partly": "Z {bought} szt. {label} można jeszcze zwrócić tylko {returnable}: "
    "{returned} już zwrócono.",
    "return_window_expired": "Termin zwrotu dla tej sprzedaży ({days} dni) minął {closed_on}; "
    "zwrot po terminie może zatwierdzić kierownik.",
    "not_returnable": "Zamówienie {number} nie dotarło jeszcze do klienta; zamiast zwrotu "
    "anuluj je.",
    "cash_needs_store": "Zwrot pieniędzy w gotówce jest możliwy tylko w sklepie.",
    "duplicate_customer.card": "Karta lojalnościowa {card} należy już do klienta {customer}.",
    "duplicate_customer.email": "Adres e-mail {email} należy już do klienta {customer}.",
    "invalid_first_name": "Klient musi mieć imię i nazwisko.",
    "invalid_last_name": "Klient musi mieć imię i nazwisko.",
    "invalid_email": "{value} nie jest adresem e-mail.",
    "invalid_phone": "{value} nie jest numerem telefonu; użyj formatu {example}.",
    "invalid_tax_id.nip": "{value} nie jest prawidłowym NIP-em (10 cyfr z cyfrą kontrolną).",
    "invalid_tax_id.it": "{value} nie jest ani prawidłowym codice fiscale (16 znaków), ani "
    "prawidłowym numerem partita IVA (11 cyfr).",
    "invalid_tax_id.country": "Nie można sprawdzić numerów podatkowych z kraju {country}.",
    "invalid_postal_code": "{value} nie jest kodem pocztowym w kraju {country} (na przykład "
    "{example}).",
    "invalid_transition.application": "Wniosek w stanie „{app_status}” nie może {app_target}.",
    "unknown_step": "Wniosek typu {kind} nie ma kroku {step}.",
    "unknown_field": "Wniosek typu {kind} nie ma pola {field}.",
    "invalid_field.number_type": "{field}: podaj liczbę zapisaną jako tekst lub liczbę całkowitą.",
    "invalid_field.number": "{field}: wymagana liczba, a nie {value}.",
    "invalid_field.positive": "{field}: wymagana liczba dodatnia, a nie {value}.",
    "invalid_field.too_large": "{field}: wartość zdecydowanie za duża: {value}.",
    "invalid_branch": "Wniosek prowadzi oddział w kraju klienta.",
    "invalid_field.whole": "{field}: wymagana liczba całkowita, a nie {value}.",
    "invalid_field.decimals": "{field}: najwyżej dwa miejsca po przecinku, a nie {value}.",
    "invalid_field.text": "{field}: wymagany tekst.",
    "missing_fields": "Przed złożeniem wniosku wypełnij pola: {fields}.",
    "not_approved.signed": "Ten wniosek jest już podpisany.",
    "not_approved.status": "Podpisać można tylko zatwierdzony wniosek; ten jest w stanie "
    "„{app_status}”.",
    "documents_not_verified": "Przed podpisaniem zweryfikuj dokumenty: {documents}.",
    "missing_signature": "Do podpisu: {signers}.",
    "application_locked.online": "Tego wniosku nie można już zmienić online; zwróć się do "
    "oddziału.",
    "application_locked.staff": "Tego wniosku nie można już zmienić.",
    "unknown_document": "Wniosek typu {kind} nie wymaga dokumentu {document}.",
    "application_closed": "Ten wniosek jest w stanie „{app_status}”.",
    "invalid_signature.typed": "Podpis wpisany to imię i nazwisko podpisującego (najwyżej "
    "120 znaków).",
    "invalid_signature.drawn": "Podpis odręczny musi być obrazem PNG (base64, najwyżej 200 kB).",
    "unknown_signer": "Wniosek typu {kind} nie ma podpisującego {signer}.",
    # Wnioski kredytowe: oferty, pliki, tożsamość, podpis, zasada czterech oczu.
    "application_signed": "Ten wniosek jest już podpisany.",
    "application_signed.online": "Umowa jest podpisana i nie można jej zmienić; zwróć się do "
    "oddziału.",
    "application_signed.staff": "Umowa jest podpisana i nie można jej zmienić; rozpocznij nową "
    "wersję do ponownego podpisu.",
    "duplicate_id.file": "Ten plik jest już dołączony.",
    "file_too_large": "Plik jest za duży ({size_mb} MB); można dołączyć najwyżej {limit_mb} MB.",
    "file_type": "{filename} nie jest plikiem PDF, JPEG ani PNG.",
    "four_eyes": "O tym wniosku musi zdecydować ktoś inny niż doradca, który go podpisał i złożył.",
    "invalid_identity.type": "Nieznany dokument tożsamości.",
    "invalid_identity.number": "Numer dokumentu ma od 5 do 20 liter i cyfr.",
    "invalid_identity.pl_id_card": "To nie jest prawidłowy numer polskiego dowodu osobistego (3 "
    "litery, 6 cyfr).",
    "invalid_identity.country": "Kraj wydania to dwuliterowy kod.",
    "invalid_identity.expired": "Ten dokument utracił ważność {expiry}.",
    "invalid_signature.empty": "Klient jeszcze się nie podpisał.",
    "invalid_signature.malformed": "Nie udało się odczytać podpisu; podpisz ponownie.",
    "invalid_signature.too_long": "Podpis jest zbyt długi; wyczyść pole i podpisz ponownie.",
    "invalid_signature.too_small": "To jest za małe, by było podpisem: poproś klienta o podpis na "
    "całej szerokości pola.",
    "not_ready_to_sign": "Nie wszystko jest jeszcze gotowe do podpisu: {missing}.",
    "offer_expired": "Oferta wygasła {valid_until}; przygotuj nową ofertę.",
    "offer_out_of_limits.amount": "Kwota {value} {currency} wykracza poza limity tego produktu "
    "({min}–{max} {currency}).",
    "offer_out_of_limits.term_months": "Okres {value} mies. wykracza poza limity tego produktu "
    "({min}–{max}).",
    "reason_required.document": "Podaj, dlaczego dokument został odrzucony.",
    "reason_required.reject": "Podaj, dlaczego wniosek został odrzucony.",
    "signed_content_changed": "Wniosek zmienił się po podpisaniu go przez klienta (dodano lub "
    "zmieniono dokument, np. przez internet): rozpocznij nową wersję i daj ją do ponownego "
    "podpisu.",
    "unknown_consent": "Nie ma zgody {consent}.",
    "not_checkable": "Podpisanej umowy się nie weryfikuje.",
    "upload_offset": "Serwer ma {received} B tego pliku; wyślij od tego miejsca.",
    "upload_too_long": "Plik ma {size} B; te dane wykraczają poza jego koniec.",
}

WORDS: dict[tuple[str, str], str] = {
    ("status", "placed"): "złożone, jeszcze nieprzygotowane",
    ("status", "ready_for_pickup"): "gotowe do odbioru",
    ("status", "picked_up"): "odebrane",
    ("status", "shipped"): "wysłane",
    ("status", "completed"): "zrealizowane",
    ("status", "cancelled"): "anulowane",
    ("status", "expired"): "przeterminowane",
    ("target", "placed"): "wrócić do stanu złożonego",
    ("target", "ready_for_pickup"): "zostać oznaczone jako gotowe do odbioru",
    ("target", "picked_up"): "zostać wydane",
    ("target", "shipped"): "zostać wysłane",
    ("target", "completed"): "zostać zrealizowane",
    ("target", "cancelled"): "zostać anulowane",
    ("target", "expired"): "się przeterminować",
    ("kind", "take_away"): "Sprzedaż na miejscu",
    ("kind", "pickup"): "Zamówienie z odbiorem osobistym",
    ("kind", "ship"): "Zamówienie z wysyłką",
    ("state", "picked_up"): "już odebrane",
    ("state", "cancelled"): "anulowane",
    ("state", "expired"): "przeterminowane",
    ("state", "completed"): "zrealizowane",
    ("state", "shipped"): "wysłane",
    ("state", "checked_out"): "zamknięty",
    ("state", "abandoned"): "porzucony",
    ("app_status", "draft"): "szkic",
    ("app_status", "submitted"): "złożony",
    ("app_status", "in_review"): "w ocenie",
    ("app_status", "approved"): "zatwierdzony",
    ("app_status", "rejected"): "odrzucony",
    ("app_status", "signed"): "podpisany",
    ("app_status", "withdrawn"): "wycofany",
    ("app_target", "draft"): "wrócić do szkicu",
    ("app_target", "submitted"): "zostać złożony",
    ("app_target", "in_review"): "zostać przekazany do oceny",
    ("app_target", "approved"): "zostać zatwierdzony",
    ("app_target", "rejected"): "zostać odrzucony",
    ("app_target", "signed"): "zostać podpisany",
    ("app_target", "withdrawn"): "zostać wycofany",
    ("kind", "loan"): "kredyt",
    ("kind", "order"): "zamówienie",
    ("reason", "pin_changed"): "ta osoba zmieniła PIN",
    ("reason", "device_revoked"): "to urządzenie zostało wyrejestrowane",
    ("reason", "staff_left"): "konto tej osoby zostało zamknięte",
    ("reason", "ended"): "zostało zakończone",
    ("role", "cashier"): "kasjer",
    ("role", "advisor"): "doradca",
    ("role", "field_rep"): "przedstawiciel handlowy",
    ("role", "manager"): "kierownik",
    ("role", "pricing"): "dział cen",
    ("what", "application"): "Wniosek",
    ("what", "branch"): "Oddział",
    ("what", "cart"): "Koszyk",
    ("what", "customer"): "Klient",
    ("what", "order"): "Zamówienie",
    ("what", "price list"): "Cennik",
    ("what", "product"): "Produkt",
    ("what", "staff member"): "Pracownik",
    ("what", "store"): "Sklep",
}

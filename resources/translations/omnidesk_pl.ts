<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name />
        <message>
            <source>--place goes with the demo only: omnidesk demo --place CODE</source>
            <translation>Opcji --place można użyć tylko w trybie demo: omnidesk demo --place KOD</translation>
        </message>
        <message>
            <source>the demo data has no place {code!r}; the places are: {places}</source>
            <translation>w danych demo nie ma miejsca {code!r}; dostępne miejsca: {places}</translation>
        </message>
        <message>
            <source>Omnidesk could not start: {reason}</source>
            <translation>Nie udało się uruchomić Omnidesk: {reason}</translation>
        </message>
        <message>
            <source>Open carts</source>
            <translation>Otwarte koszyki</translation>
        </message>
        <message>
            <source>No open cart in any channel.</source>
            <translation>Brak otwartych koszyków w żadnym kanale.</translation>
        </message>
        <message>
            <source>&amp;Open cart</source>
            <translation>&amp;Otwórz koszyk</translation>
        </message>
        <message>
            <source>Continue this cart at the till (Ctrl+O)</source>
            <translation>Kontynuuj ten koszyk przy kasie (Ctrl+O)</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Edytuj klienta</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nowy klient</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Polska</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Włochy</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Imię</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Nazwisko</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>&amp;Tax number</source>
            <translation>Nr po&amp;datkowy</translation>
        </message>
        <message>
            <source>Loyalty &amp;card</source>
            <translation>Karta &amp;lojalnościowa</translation>
        </message>
        <message>
            <source>St&amp;reet</source>
            <translation>&amp;Ulica</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>&amp;Miasto</translation>
        </message>
        <message>
            <source>P&amp;ostal code</source>
            <translation>Kod &amp;pocztowy</translation>
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation>Kra&amp;j</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Zgody</translation>
        </message>
        <message>
            <source>Codice fiscale or partita IVA</source>
            <translation>Codice fiscale lub partita IVA</translation>
        </message>
        <message>
            <source>NIP, 10 digits</source>
            <translation>NIP, 10 cyfr</translation>
        </message>
        <message>
            <source>Enter the first name.</source>
            <translation>Wpisz imię.</translation>
        </message>
        <message>
            <source>Enter the last name.</source>
            <translation>Wpisz nazwisko.</translation>
        </message>
        <message>
            <source>This is not an e-mail address; it looks like anna.nowak@example.com.</source>
            <translation>To nie jest adres e-mail; poprawny wygląda np. tak: anna.nowak@example.com.</translation>
        </message>
        <message>
            <source>This is not an Italian phone number; it looks like +39 02 1234 5678 or +39 347 123 4567.</source>
            <translation>To nie jest włoski numer telefonu; poprawny wygląda np. tak: +39 02 1234 5678 lub +39 347 123 4567.</translation>
        </message>
        <message>
            <source>This is not a Polish phone number: it has 9 digits, like +48 601 234 567.</source>
            <translation>To nie jest polski numer telefonu: ma on 9 cyfr, np. +48 601 234 567.</translation>
        </message>
        <message>
            <source>This is neither a valid codice fiscale (16 characters) nor a valid partita IVA (11 digits).</source>
            <translation>To nie jest ani prawidłowy codice fiscale (16 znaków), ani prawidłowa partita IVA (11 cyfr).</translation>
        </message>
        <message>
            <source>This NIP is not valid: a NIP has 10 digits and the last one must match the check digit.</source>
            <translation>Ten NIP jest nieprawidłowy: NIP ma 10 cyfr, a ostatnia musi zgadzać się z cyfrą kontrolną.</translation>
        </message>
        <message>
            <source>An Italian postal code has 5 digits, like 20121.</source>
            <translation>Włoski kod pocztowy ma 5 cyfr, np. 20121.</translation>
        </message>
        <message>
            <source>A Polish postal code looks like 00-950.</source>
            <translation>Polski kod pocztowy ma postać 00-950.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red; nothing was saved.</source>
            <translation>Popraw pola zaznaczone na czerwono; nic nie zostało zapisane.</translation>
        </message>
        <message>
            <source>What happened? Every channel will see this.</source>
            <translation>Co się wydarzyło? Zobaczą to wszystkie kanały.</translation>
        </message>
        <message>
            <source>&amp;Add note</source>
            <translation>&amp;Dodaj notatkę</translation>
        </message>
        <message>
            <source>Add to the timeline (Ctrl+Enter)</source>
            <translation>Dodaj do historii kontaktów (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>&amp;Wydaj…</translation>
        </message>
        <message>
            <source>Open the selected order at the pickup desk to prepare or hand it over</source>
            <translation>Otwórz wybrane zamówienie w punkcie odbioru osobistego, aby je przygotować lub wydać</translation>
        </message>
        <message>
            <source>&amp;Return…</source>
            <translation>&amp;Zwrot…</translation>
        </message>
        <message>
            <source>Take goods of the selected order back</source>
            <translation>Przyjmij zwrot towaru z wybranego zamówienia</translation>
        </message>
        <message>
            <source>New &amp;customer</source>
            <translation>Nowy &amp;klient</translation>
        </message>
        <message>
            <source>Create a customer (Ctrl+N)</source>
            <translation>Załóż nowego klienta (Ctrl+N)</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Klienci</translation>
        </message>
        <message>
            <source>F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · Ctrl+T note · Ctrl+Enter add note · Ctrl+O open cart · Ctrl+Shift+S new sale · Ctrl+1…4 timeline, orders, returns, applications</source>
            <translation>F2 szukaj · ↓ wyniki · Enter otwórz · Ctrl+N nowy klient · Ctrl+E edytuj · Ctrl+T notatka · Ctrl+Enter dodaj notatkę · Ctrl+O otwórz koszyk · Ctrl+Shift+S nowa sprzedaż · Ctrl+1…4 historia kontaktów, zamówienia, zwroty, wnioski</translation>
        </message>
        <message>
            <source>F2 search · ↓ results · Enter open · Ctrl+N new customer · Ctrl+E edit · Ctrl+T note · Ctrl+Enter add note · Ctrl+1…4 timeline, orders, returns, applications</source>
            <translation>F2 szukaj · ↓ wyniki · Enter otwórz · Ctrl+N nowy klient · Ctrl+E edytuj · Ctrl+T notatka · Ctrl+Enter dodaj notatkę · Ctrl+1…4 historia kontaktów, zamówienia, zwroty, wnioski</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Loyalty card</source>
            <translation>Karta lojalnościowa</translation>
        </message>
        <message>
            <source>Tax number</source>
            <translation>Nr podatkowy</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Served by</source>
            <translation>Obsługiwany przez</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Klient od</translation>
        </message>
        <message>
            <source>Customer {number}</source>
            <translation>Klient nr {number}</translation>
        </message>
        <message>
            <source>None given</source>
            <translation>Nie udzielono</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>({when}, {where})</source>
            <translation>({when}, {where})</translation>
        </message>
        <message>
            <source>Find a customer by name, phone, e-mail or loyalty card (F2), or create one (Ctrl+N).</source>
            <translation>Znajdź klienta po nazwisku, telefonie, e-mailu lub karcie lojalnościowej (F2) albo załóż nowego (Ctrl+N).</translation>
        </message>
        <message>
            <source>&amp;New sale</source>
            <translation>&amp;Nowa sprzedaż</translation>
        </message>
        <message>
            <source>Start a new sale for this customer (Ctrl+Shift+S)</source>
            <translation>Rozpocznij nową sprzedaż dla tego klienta (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>New a&amp;pplication…</source>
            <translation>Nowy wnio&amp;sek…</translation>
        </message>
        <message>
            <source>Start a loan or instalment order application for this customer (Ctrl+Shift+A)</source>
            <translation>Rozpocznij wniosek o kredyt lub zakup na raty dla tego klienta (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edytuj</translation>
        </message>
        <message>
            <source>Edit this customer (Ctrl+E)</source>
            <translation>Edytuj dane tego klienta (Ctrl+E)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Historia kontaktów</translation>
        </message>
        <message>
            <source>Orders ({n})</source>
            <translation>Zamówienia ({n})</translation>
        </message>
        <message>
            <source>Returns ({n})</source>
            <translation>Zwroty ({n})</translation>
        </message>
        <message>
            <source>Applications ({n})</source>
            <translation>Wnioski ({n})</translation>
        </message>
        <message>
            <source>not priced</source>
            <translation>brak ceny</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s); last changed {when}</source>
            <translation>
                <numerusform>%n sztuka; ostatnia zmiana {when}</numerusform>
                <numerusform>%n sztuki; ostatnia zmiana {when}</numerusform>
                <numerusform>%n sztuk; ostatnia zmiana {when}</numerusform>
            </translation>
        </message>
        <message>
            <source>Started in</source>
            <translation>Utworzony w</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Pozycje</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>Złożone</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>&amp;Złóż</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>Z&amp;atwierdź</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>&amp;Odrzuć…</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>Nowa &amp;wersja</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>Wy&amp;cofaj…</translation>
        </message>
        <message>
            <source>Change &amp;offer…</source>
            <translation>Zmień o&amp;fertę…</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Odsetki</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Kapitał</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanał</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumenty</translation>
        </message>
        <message>
            <source>Check &amp;identity…</source>
            <translation>Sprawdź &amp;tożsamość…</translation>
        </message>
        <message>
            <source>&amp;Consents…</source>
            <translation>Z&amp;gody…</translation>
        </message>
        <message>
            <source>Si&amp;gn…</source>
            <translation>&amp;Podpisz…</translation>
        </message>
        <message>
            <source>Identity and consents</source>
            <translation>Tożsamość i zgody</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Applicant &amp;details…</source>
            <translation>&amp;Dane wnioskodawcy…</translation>
        </message>
        <message>
            <source>{number} · {status} · version {version}</source>
            <translation>{number} · {status} · wersja {version}</translation>
        </message>
        <message>
            <source>Started: {channel}</source>
            <translation>Rozpoczęto: {channel}</translation>
        </message>
        <message>
            <source>No product</source>
            <translation>Brak produktu</translation>
        </message>
        <message>
            <source>No offer yet: choose the amount and term.</source>
            <translation>Brak oferty: wybierz kwotę i okres kredytowania.</translation>
        </message>
        <message>
            <source>Applicant details: none given yet.</source>
            <translation>Dane wnioskodawcy: jeszcze nie podano.</translation>
        </message>
        <message>
            <source>Identity document: not checked yet.</source>
            <translation>Dokument tożsamości: jeszcze niesprawdzony.</translation>
        </message>
        <message>
            <source>{type} {number} ({country}), valid until {expiry}; checked by {who}, {when}, {channel}</source>
            <translation>{type} {number} ({country}), ważny do {expiry}; sprawdzony przez {who}, {when}, {channel}</translation>
        </message>
        <message>
            <source>✓ {consent}: {when}, {where} ({channel})</source>
            <translation>✓ {consent}: {when}, {where} ({channel})</translation>
        </message>
        <message>
            <source>✗ {consent}: not given yet</source>
            <translation>✗ {consent}: jeszcze nie udzielono</translation>
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
            <translation>Dostawa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Płatność</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Zwrot</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Zwrot pieniędzy</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Kwota</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Okres kredytowania</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n miesiąc</numerusform>
                <numerusform>%n miesiące</numerusform>
                <numerusform>%n miesięcy</numerusform>
            </translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Oprocentowanie</translation>
        </message>
        <message>
            <source>{rate} % a year</source>
            <translation>{rate} % w skali roku</translation>
        </message>
        <message>
            <source>APR</source>
            <translation>RRSO</translation>
        </message>
        <message>
            <source>{rate} %</source>
            <translation>{rate} %</translation>
        </message>
        <message>
            <source>Monthly instalment</source>
            <translation>Rata miesięczna</translation>
        </message>
        <message>
            <source>Last instalment</source>
            <translation>Ostatnia rata</translation>
        </message>
        <message>
            <source>Arrangement fee</source>
            <translation>Prowizja</translation>
        </message>
        <message>
            <source>Total cost</source>
            <translation>Całkowity koszt kredytu</translation>
        </message>
        <message>
            <source>Total to repay</source>
            <translation>Całkowita kwota do zapłaty</translation>
        </message>
        <message>
            <source>Change offer</source>
            <translation>Zmień ofertę</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mies.</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Wniosek</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Rozpoczęto</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualizacja</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Następny krok</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Ostatnia zmiana</translation>
        </message>
        <message>
            <source>Reached the customer</source>
            <translation>Klient odebrał</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Nikt nie odebrał</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>Zostawiono wiadomość głosową</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Błędny numer</translation>
        </message>
        <message>
            <source>Record a call</source>
            <translation>Zapisz rozmowę</translation>
        </message>
        <message>
            <source>&amp;Record call</source>
            <translation>&amp;Zapisz rozmowę</translation>
        </message>
        <message>
            <source>What was said? Every channel will see this.</source>
            <translation>O czym rozmawiano? Zobaczą to wszystkie kanały.</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Wynik:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notatka:</translation>
        </message>
        <message>
            <source>{outcome}: {note}</source>
            <translation>{outcome}: {note}</translation>
        </message>
        <message>
            <source>Book a callback</source>
            <translation>Umów oddzwonienie</translation>
        </message>
        <message>
            <source>&amp;Book callback</source>
            <translation>&amp;Umów oddzwonienie</translation>
        </message>
        <message>
            <source>What is the callback about?</source>
            <translation>W jakiej sprawie oddzwonić?</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Kiedy:</translation>
        </message>
        <message>
            <source>&amp;About:</source>
            <translation>&amp;Temat:</translation>
        </message>
        <message>
            <source>Book a branch appointment</source>
            <translation>Umów wizytę w oddziale</translation>
        </message>
        <message>
            <source>&amp;Book appointment</source>
            <translation>&amp;Umów wizytę</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>What is the visit for?</source>
            <translation>W jakim celu wizyta?</translation>
        </message>
        <message>
            <source>B&amp;ranch:</source>
            <translation>&amp;Oddział:</translation>
        </message>
        <message>
            <source>{name} ({city})</source>
            <translation>{name} ({city})</translation>
        </message>
        <message>
            <source>There is no branch in this customer's country.</source>
            <translation>W kraju tego klienta nie ma żadnego oddziału.</translation>
        </message>
        <message>
            <source>Nothing on the timeline yet</source>
            <translation>Historia kontaktów jest jeszcze pusta</translation>
        </message>
        <message numerus="yes">
            <source>A note can be at most %n character(s) long.</source>
            <translation>
                <numerusform>Notatka może mieć najwyżej %n znak.</numerusform>
                <numerusform>Notatka może mieć najwyżej %n znaki.</numerusform>
                <numerusform>Notatka może mieć najwyżej %n znaków.</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Wszystkie kanały</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>K&amp;anał:</translation>
        </message>
        <message>
            <source>Demo at {url}: token and sign-ins in memory only, gone when the window closes. Signed in as {login}; every demo login (in the terminal) has PIN {pin}.</source>
            <translation>Demo pod {url}: token i logowania tylko w pamięci, znikną po zamknięciu okna. Zalogowano jako {login}; każdy login demo (w terminalu) ma PIN {pin}.</translation>
        </message>
        <message>
            <source>Omnidesk demo: the central API runs at {url}</source>
            <translation>Omnidesk demo: centralne API działa pod adresem {url}</translation>
        </message>
        <message>
            <source>The window opens at {place}, signed in as {login} ({name}, {role}).</source>
            <translation>Okno otwiera się w miejscu {place}, zalogowano jako {login} ({name}, {role}).</translation>
        </message>
        <message>
            <source>Every demo login has PIN {pin}; lock the window (Ctrl+L) to sign in as another.</source>
            <translation>Każdy login demo ma PIN {pin}; zablokuj okno (Ctrl+L), aby zalogować się jako inny użytkownik.</translation>
        </message>
        <message>
            <source>Signing the demo advisor in…</source>
            <translation>Logowanie doradcy demo…</translation>
        </message>
        <message>
            <source>Signing the demo field rep in…</source>
            <translation>Logowanie przedstawiciela handlowego demo…</translation>
        </message>
        <message>
            <source>Signing the demo pricing person in…</source>
            <translation>Logowanie pracownika działu cen demo…</translation>
        </message>
        <message>
            <source>Signing the demo cashier in…</source>
            <translation>Logowanie kasjera demo…</translation>
        </message>
        <message>
            <source>Starting the central API with demo data…</source>
            <translation>Uruchamianie centralnego API z danymi demo…</translation>
        </message>
        <message>
            <source>Enrolling this device…</source>
            <translation>Rejestrowanie tego urządzenia…</translation>
        </message>
        <message>
            <source>The demo could not start: {reason}</source>
            <translation>Nie udało się uruchomić wersji demo: {reason}</translation>
        </message>
        <message>
            <source>No secure keyring</source>
            <translation>Brak bezpiecznego magazynu kluczy</translation>
        </message>
        <message>
            <source>Omnidesk keeps this device's token in the operating system's keyring, and none is available here.

{detail}

To try Omnidesk without one, run `omnidesk demo`.</source>
            <translation>Omnidesk przechowuje token tego urządzenia w magazynie kluczy systemu operacyjnego, a tutaj żaden nie jest dostępny.

{detail}

Aby wypróbować Omnidesk bez niego, uruchom `omnidesk demo`.</translation>
        </message>
        <message>
            <source>Not secure: this device's token and sign-in secrets are kept by {backend}, which does not protect them. Anyone who can read this computer's files can take them and act as this device. Allowed only because OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1 is set; not for production.</source>
            <translation>Niezabezpieczone: token tego urządzenia i poufne dane logowania przechowuje {backend}, który ich nie chroni. Każdy, kto może odczytać pliki na tym komputerze, może je przejąć i podszyć się pod to urządzenie. Dozwolone tylko dlatego, że ustawiono OMNIDESK_ALLOW_PLAINTEXT_KEYRING=1; nie do użytku produkcyjnego.</translation>
        </message>
        <message>
            <source>Keyring not secure</source>
            <translation>Niezabezpieczony magazyn kluczy</translation>
        </message>
        <message>
            <source>Working out the new total…</source>
            <translation>Obliczanie nowej sumy…</translation>
        </message>
        <message>
            <source>Working out the total</source>
            <translation>Obliczanie sumy</translation>
        </message>
        <message>
            <source>Total {total} · due {due}</source>
            <translation>Razem {total} · do zapłaty {due}</translation>
        </message>
        <message>
            <source>{figures}. Nothing changed yet: change a quantity, add a product (F4) or choose how the customer pays.</source>
            <translation>{figures}. Jeszcze nic nie zmieniono: zmień ilość, dodaj produkt (F4) lub wybierz sposób płatności.</translation>
        </message>
        <message>
            <source>Pay and save the change</source>
            <translation>Zapłać i zapisz zmiany</translation>
        </message>
        <message>
            <source>Back to the change</source>
            <translation>Wróć do zmian</translation>
        </message>
        <message>
            <source>Recording the change…</source>
            <translation>Zapisywanie zmian…</translation>
        </message>
        <message>
            <source>Enter: pay and save · Alt+Y: the rest by card · Esc: back to the change</source>
            <translation>Enter: zapłać i zapisz · Alt+Y: pozostała kwota kartą · Esc: wróć do zmian</translation>
        </message>
        <message>
            <source>This product is not on this till.</source>
            <translation>Tego produktu nie ma w tej kasie.</translation>
        </message>
        <message>
            <source>Change order {number}</source>
            <translation>Zmiana zamówienia {number}</translation>
        </message>
        <message>
            <source>Add product… (F4)</source>
            <translation>Dodaj produkt… (F4)</translation>
        </message>
        <message>
            <source>Pay at pickup</source>
            <translation>Płatność przy odbiorze</translation>
        </message>
        <message>
            <source>Pay now at the till</source>
            <translation>Płatność teraz przy kasie</translation>
        </message>
        <message>
            <source>&amp;Payment:</source>
            <translation>&amp;Płatność:</translation>
        </message>
        <message>
            <source>Tab: quantities (0 removes the line) · F4: add a product · Alt+P: payment · Enter: save · Esc: back to the order</source>
            <translation>Tab: ilości (0 usuwa pozycję) · F4: dodaj produkt · Alt+P: płatność · Enter: zapisz · Esc: wróć do zamówienia</translation>
        </message>
        <message>
            <source>Back to the order</source>
            <translation>Wróć do zamówienia</translation>
        </message>
        <message>
            <source>Save the change</source>
            <translation>Zapisz zmiany</translation>
        </message>
        <message>
            <source>{name} ({sku}) · new</source>
            <translation>{name} ({sku}) · nowy</translation>
        </message>
        <message>
            <source>{name} ({sku}) · ordered {quantity}</source>
            <translation>{name} ({sku}) · zamówiono: {quantity}</translation>
        </message>
        <message>
            <source>{line} · {unit} each · line total {total}</source>
            <translation>{line} · {unit}/szt. · wartość {total}</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Zamówiono</translation>
        </message>
        <message>
            <source>Handed over</source>
            <translation>Wydano</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Oczekuje</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Ask for photo ID or the order confirmation; the name must match.</source>
            <translation>Poproś o dokument tożsamości ze zdjęciem lub potwierdzenie zamówienia; imię i nazwisko muszą się zgadzać.</translation>
        </message>
        <message>
            <source>Back to the queue (Esc)</source>
            <translation>Wróć do kolejki (Esc)</translation>
        </message>
        <message>
            <source>Mark missing… (Ctrl+M)</source>
            <translation>Oznacz braki… (Ctrl+M)</translation>
        </message>
        <message>
            <source>Change order… (Ctrl+E)</source>
            <translation>Zmień zamówienie… (Ctrl+E)</translation>
        </message>
        <message>
            <source>Pick list (Ctrl+Shift+P)</source>
            <translation>Lista kompletacji (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Mark ready (Ctrl+R)</source>
            <translation>Oznacz jako gotowe (Ctrl+R)</translation>
        </message>
        <message>
            <source>Hand over (F12)</source>
            <translation>Wydaj (F12)</translation>
        </message>
        <message>
            <source>Order {number} · {channel} · placed {placed}</source>
            <translation>Zamówienie {number} · {channel} · złożone {placed}</translation>
        </message>
        <message>
            <source>{status} · collected at {store}, not here: nothing to do at this store.</source>
            <translation>{status} · odbiór: {store}, nie tutaj; w tym sklepie nie ma nic do zrobienia.</translation>
        </message>
        <message>
            <source>{status} · held until {date}</source>
            <translation>{status} · termin odbioru: {date}</translation>
        </message>
        <message>
            <source>{status} · to prepare</source>
            <translation>{status} · do przygotowania</translation>
        </message>
        <message>
            <source>{status} · not in the pickup queue any more: shown read-only.</source>
            <translation>{status} · już poza kolejką odbiorów: tylko do odczytu.</translation>
        </message>
        <message>
            <source>No customer on this order.</source>
            <translation>To zamówienie nie ma przypisanego klienta.</translation>
        </message>
        <message>
            <source>Customer: {name} ({number})</source>
            <translation>Klient: {name} ({number})</translation>
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
            <translation>karta lojalnościowa {card}</translation>
        </message>
        <message>
            <source>Total {total} · {state}</source>
            <translation>Razem {total} · {state}</translation>
        </message>
        <message>
            <source>Total {total} · {payment}</source>
            <translation>Razem {total} · {payment}</translation>
        </message>
        <message>
            <source>Print receipt (Ctrl+P)</source>
            <translation>Drukuj paragon (Ctrl+P)</translation>
        </message>
        <message numerus="yes">
            <source>Order {number}: part handed over; %n unit(s) still waiting.</source>
            <translation>
                <numerusform>Zamówienie {number}: wydano część; nadal czeka %n sztuka.</numerusform>
                <numerusform>Zamówienie {number}: wydano część; nadal czekają %n sztuki.</numerusform>
                <numerusform>Zamówienie {number}: wydano część; nadal czeka %n sztuk.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} handed over.</source>
            <translation>Zamówienie {number} wydane.</translation>
        </message>
        <message>
            <source>Change to give: {amount}</source>
            <translation>Reszta do wydania: {amount}</translation>
        </message>
        <message>
            <source>Hand over order {number}</source>
            <translation>Wydaj zamówienie {number}</translation>
        </message>
        <message>
            <source> of {waiting}</source>
            <translation> z {waiting}</translation>
        </message>
        <message>
            <source>keeps waiting for pickup</source>
            <translation>czekają dalej na odbiór</translation>
        </message>
        <message>
            <source>is cancelled and refunded</source>
            <translation>anulowane ze zwrotem pieniędzy</translation>
        </message>
        <message>
            <source>The &amp;rest:</source>
            <translation>&amp;Pozostałe:</translation>
        </message>
        <message>
            <source>Enter: hand over · Tab: units per line · Alt+R: the rest · Esc: back to the order</source>
            <translation>Enter: wydaj · Tab: sztuki w pozycjach · Alt+P: pozostałe · Esc: powrót do zamówienia</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Wydaj</translation>
        </message>
        <message numerus="yes">
            <source>Handing over %n unit(s).</source>
            <translation>
                <numerusform>Wydajesz %n sztukę.</numerusform>
                <numerusform>Wydajesz %n sztuki.</numerusform>
                <numerusform>Wydajesz %n sztuk.</numerusform>
            </translation>
        </message>
        <message>
            <source>Due now: {amount}.</source>
            <translation>Do zapłaty teraz: {amount}.</translation>
        </message>
        <message>
            <source>Nothing to pay now.</source>
            <translation>Teraz nie ma nic do zapłaty.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) cancelled.</source>
            <translation>
                <numerusform>Anulowano %n sztukę.</numerusform>
                <numerusform>Anulowano %n sztuki.</numerusform>
                <numerusform>Anulowano %n sztuk.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refund now: {amount}.</source>
            <translation>Zwrot pieniędzy teraz: {amount}.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) still waiting for pickup.</source>
            <translation>
                <numerusform>%n sztuka nadal czeka na odbiór.</numerusform>
                <numerusform>%n sztuki nadal czekają na odbiór.</numerusform>
                <numerusform>%n sztuk nadal czeka na odbiór.</numerusform>
            </translation>
        </message>
        <message>
            <source>Recording the hand-over…</source>
            <translation>Zapisywanie wydania…</translation>
        </message>
        <message>
            <source>Order {number} is not prepared yet. Mark it ready and hand it over now?</source>
            <translation>Zamówienie {number} nie jest jeszcze skompletowane. Oznaczyć je jako gotowe i wydać teraz?</translation>
        </message>
        <message>
            <source>Complete hand-over</source>
            <translation>Zakończ wydanie</translation>
        </message>
        <message>
            <source>Enter: complete · Alt+Y: the rest by card · Esc: back to the order</source>
            <translation>Enter: zakończ · Alt+Y: pozostała kwota kartą · Esc: powrót do zamówienia</translation>
        </message>
        <message>
            <source>{units} × {name} ({sku})</source>
            <translation>{units} × {name} ({sku})</translation>
        </message>
        <message>
            <source>Value of the goods handed over</source>
            <translation>Wartość wydanego towaru</translation>
        </message>
        <message>
            <source>Still waiting for pickup</source>
            <translation>Nadal czeka na odbiór</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowane</translation>
        </message>
        <message>
            <source>Paid now</source>
            <translation>Zapłacono teraz</translation>
        </message>
        <message>
            <source>Nothing to pay</source>
            <translation>Brak kwoty do zapłaty</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Zwrócone</translation>
        </message>
        <message>
            <source>Handed over by {name}</source>
            <translation>Wydał(a): {name}</translation>
        </message>
        <message>
            <source>Pickup receipt {number}</source>
            <translation>Potwierdzenie wydania {number}</translation>
        </message>
        <message>
            <source>Order pickup {number}</source>
            <translation>Odbiór zamówienia {number}</translation>
        </message>
        <message>
            <source>This order is not on this till.</source>
            <translation>Tego zamówienia nie ma w tej kasie.</translation>
        </message>
        <message>
            <source>“{text}” is not an order number or an order's QR code.</source>
            <translation>„{text}” to nie jest numer zamówienia ani kod QR zamówienia.</translation>
        </message>
        <message>
            <source>No order {number} on this till: check the number. An order placed a moment ago arrives with the next sync.</source>
            <translation>W tej kasie nie ma zamówienia {number}: sprawdź numer. Zamówienie złożone przed chwilą pojawi się po następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Order {number} is not waiting for pickup here; shown read-only.</source>
            <translation>Zamówienie {number} nie czeka na odbiór w tym sklepie; tylko do odczytu.</translation>
        </message>
        <message>
            <source>Choose the line with missing units first.</source>
            <translation>Najpierw wybierz pozycję z brakującymi sztukami.</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Odbiór osobisty</translation>
        </message>
        <message>
            <source>Order number, or scan the QR code of the order confirmation (Ctrl+F)</source>
            <translation>Numer zamówienia lub zeskanuj kod QR z potwierdzenia zamówienia (Ctrl+F)</translation>
        </message>
        <message>
            <source>All waiting</source>
            <translation>Wszystkie oczekujące</translation>
        </message>
        <message>
            <source>To prepare</source>
            <translation>Do skompletowania</translation>
        </message>
        <message>
            <source>Ready for pickup</source>
            <translation>Gotowe do odbioru</translation>
        </message>
        <message>
            <source>Ctrl+F find · ↓ into the queue · Enter open · Ctrl+R mark ready · Ctrl+M mark missing · Ctrl+E change order · Ctrl+Shift+P pick list · F12 hand over · Esc back to the queue · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
            <translation>Ctrl+F szukaj · ↓ do kolejki · Enter otwórz · Ctrl+R oznacz jako gotowe · Ctrl+M oznacz braki · Ctrl+E zmień zamówienie · Ctrl+Shift+P lista kompletacji · F12 wydaj · Esc powrót do kolejki · Ctrl+P drukuj potwierdzenie · Ctrl+S zapisz potwierdzenie w PDF</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) waiting here</source>
            <translation>
                <numerusform>%n zamówienie czeka tutaj</numerusform>
                <numerusform>%n zamówienia czekają tutaj</numerusform>
                <numerusform>%n zamówień czeka tutaj</numerusform>
            </translation>
        </message>
        <message>
            <source>No orders to prepare. New orders for this store appear as they come in.</source>
            <translation>Brak zamówień do skompletowania. Nowe zamówienia dla tego sklepu pojawią się tu na bieżąco.</translation>
        </message>
        <message>
            <source>No orders ready for pickup. Mark an order ready (Ctrl+R) once it is prepared.</source>
            <translation>Brak zamówień gotowych do odbioru. Po skompletowaniu oznacz zamówienie jako gotowe (Ctrl+R).</translation>
        </message>
        <message>
            <source>No orders waiting here. New orders for this store appear as they come in.</source>
            <translation>Nic tu nie czeka. Nowe zamówienia dla tego sklepu pojawią się tu na bieżąco.</translation>
        </message>
        <message>
            <source>No customer on this order</source>
            <translation>Zamówienie bez klienta</translation>
        </message>
        <message>
            <source>PICK LIST</source>
            <translation>LISTA KOMPLETACJI</translation>
        </message>
        <message>
            <source>Order {number}</source>
            <translation>Zamówienie {number}</translation>
        </message>
        <message>
            <source>Held until {date}</source>
            <translation>Termin odbioru: {date}</translation>
        </message>
        <message>
            <source>Missing units: mark them on the till before “ready”.</source>
            <translation>Braki oznacz w kasie, zanim oznaczysz zamówienie jako „gotowe”.</translation>
        </message>
        <message>
            <source>Pick list {number}</source>
            <translation>Lista kompletacji {number}</translation>
        </message>
        <message>
            <source>Order {number} is ready for pickup; the customer is told.</source>
            <translation>Zamówienie {number} jest gotowe do odbioru; klient otrzymał powiadomienie.</translation>
        </message>
        <message>
            <source>Missing units</source>
            <translation>Brakujące sztuki</translation>
        </message>
        <message>
            <source>How many units of {name} ({sku}) are missing? {quantity} ordered.</source>
            <translation>Ilu sztuk {name} ({sku}) brakuje? Zamówiono: {quantity}.</translation>
        </message>
        <message>
            <source>Take them off the order</source>
            <translation>Usuń z zamówienia</translation>
        </message>
        <message>
            <source>{missing} of {quantity} × {name} taken off order {number} as missing.</source>
            <translation>Usunięto z zamówienia {number} braki: {missing} z {quantity} × {name}.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Oczekuje</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Held until</source>
            <translation>Termin odbioru</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} godz.</translation>
        </message>
        <message>
            <source>{n} d</source>
            <translation>{n} dn.</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Opłacone</translation>
        </message>
        <message>
            <source>Pay on pickup: {amount} due</source>
            <translation>Płatność przy odbiorze: {amount} do zapłaty</translation>
        </message>
        <message>
            <source>Not paid: {amount} due</source>
            <translation>Nieopłacone: {amount} do zapłaty</translation>
        </message>
        <message>
            <source>New total {total}</source>
            <translation>Nowa kwota razem {total}</translation>
        </message>
        <message>
            <source>refunded {amount} to the original payment</source>
            <translation>zwrot {amount} na pierwotną formę płatności</translation>
        </message>
        <message>
            <source>due now {amount}</source>
            <translation>do zapłaty teraz {amount}</translation>
        </message>
        <message>
            <source>due at pickup {amount}</source>
            <translation>do zapłaty przy odbiorze {amount}</translation>
        </message>
        <message>
            <source>Order {number} changed: new total {total}</source>
            <translation>Zamówienie {number} zmienione: nowa kwota razem {total}</translation>
        </message>
        <message>
            <source>; refunded {amount}</source>
            <translation>; zwrócono {amount}</translation>
        </message>
        <message>
            <source>; change to give {amount}</source>
            <translation>; reszta do wydania {amount}</translation>
        </message>
        <message>
            <source>; {amount} due at pickup</source>
            <translation>; {amount} do zapłaty przy odbiorze</translation>
        </message>
        <message>
            <source>{code} — {name} ({currency}, {where})</source>
            <translation>{code} — {name} ({currency}, {where})</translation>
        </message>
        <message>
            <source>whole company</source>
            <translation>cała firma</translation>
        </message>
        <message>
            <source>You are not responsible for any price list.</source>
            <translation>Nie odpowiadasz za żaden cennik.</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>brak ceny</translation>
        </message>
        <message>
            <source>Choose a product and a price list, and type the new price (e.g. 1299.00).</source>
            <translation>Wybierz produkt i cennik, a potem wpisz nową cenę (np. 1299,00).</translation>
        </message>
        <message>
            <source>{amount} set in {code}. Every till and the web shop charge it from its start, after the next sync.</source>
            <translation>Ustawiono {amount} w {code}. Każda kasa i sklep internetowy naliczą tę cenę od jej początku, po następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Find a product by name, SKU or barcode</source>
            <translation>Szukaj produktu po nazwie, SKU lub kodzie kreskowym</translation>
        </message>
        <message>
            <source>e.g. 1299.00</source>
            <translation>np. 1299,00</translation>
        </message>
        <message>
            <source>&amp;Set price</source>
            <translation>&amp;Ustaw cenę</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Ceny</translation>
        </message>
        <message>
            <source>Price &amp;list</source>
            <translation>&amp;Cennik</translation>
        </message>
        <message>
            <source>Price now</source>
            <translation>Obecna cena</translation>
        </message>
        <message>
            <source>New &amp;price</source>
            <translation>&amp;Nowa cena</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>A new price reaches every till and the web shop with the next sync. Only the price lists you are responsible for are listed.</source>
            <translation>Nowa cena trafi do wszystkich kas i sklepu internetowego z następną synchronizacją. Widoczne są tylko cenniki, za które odpowiadasz.</translation>
        </message>
        <message>
            <source>{name} is not a manager: only a manager can approve this. Ask a manager to enter their login and PIN.</source>
            <translation>{name} nie jest kierownikiem: zgodę może wyrazić tylko kierownik. Poproś kierownika o wpisanie loginu i PIN-u.</translation>
        </message>
        <message>
            <source>This return is late and needs a manager's approval, which this till cannot take; ask a manager.</source>
            <translation>Ten zwrot jest po terminie i wymaga zgody kierownika, której nie można wyrazić w tej kasie; poproś kierownika.</translation>
        </message>
        <message>
            <source>Print return receipt (Ctrl+P)</source>
            <translation>Drukuj potwierdzenie zwrotu (Ctrl+P)</translation>
        </message>
        <message numerus="yes">
            <source>Return {number} of order {order} recorded: %n unit(s) taken back.</source>
            <translation>
                <numerusform>Zapisano zwrot {number} do zamówienia {order}: przyjęto %n sztukę.</numerusform>
                <numerusform>Zapisano zwrot {number} do zamówienia {order}: przyjęto %n sztuki.</numerusform>
                <numerusform>Zapisano zwrot {number} do zamówienia {order}: przyjęto %n sztuk.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to refund.</source>
            <translation>Brak kwoty do zwrotu.</translation>
        </message>
        <message>
            <source>Refund {amount} back to the online payment</source>
            <translation>Zwróć {amount} na płatność internetową</translation>
        </message>
        <message>
            <source>Refund {amount} back to the card</source>
            <translation>Zwróć {amount} na kartę</translation>
        </message>
        <message>
            <source>Pay out {amount} in cash</source>
            <translation>Wypłać {amount} gotówką</translation>
        </message>
        <message>
            <source>Refund {amount} as store credit</source>
            <translation>Zwróć {amount} bonem sklepowym</translation>
        </message>
        <message>
            <source>Refund {amount} ({method})</source>
            <translation>Zwróć {amount} ({method})</translation>
        </message>
        <message>
            <source>Returnable units</source>
            <translation>Do zwrotu (szt.)</translation>
        </message>
        <message>
            <source>Order number or scan the order's QR code</source>
            <translation>Numer zamówienia lub zeskanuj kod QR zamówienia</translation>
        </message>
        <message>
            <source>Find order</source>
            <translation>Znajdź zamówienie</translation>
        </message>
        <message>
            <source>The customer's orders that can take a return:</source>
            <translation>Zamówienia klienta, które można zwrócić:</translation>
        </message>
        <message>
            <source>Find the order by its number:</source>
            <translation>Znajdź zamówienie po numerze:</translation>
        </message>
        <message>
            <source>…or by the customer:</source>
            <translation>…lub po kliencie:</translation>
        </message>
        <message>
            <source>No order of this customer can take a return here. Find it by its number.</source>
            <translation>Żadnego zamówienia tego klienta nie można tu zwrócić. Wyszukaj zamówienie po numerze.</translation>
        </message>
        <message>
            <source>Nothing of this customer's orders on this till can be returned.</source>
            <translation>Z zamówień tego klienta w tej kasie nic nie można zwrócić.</translation>
        </message>
        <message>
            <source>Choose a customer to see their orders that can take a return.</source>
            <translation>Wybierz klienta, aby zobaczyć jego zamówienia, które można zwrócić.</translation>
        </message>
        <message>
            <source>Why the customer brings it back (required)</source>
            <translation>Dlaczego klient zwraca towar (wymagane)</translation>
        </message>
        <message>
            <source>Original payment</source>
            <translation>Pierwotna forma płatności</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Gotówka</translation>
        </message>
        <message>
            <source>Store credit</source>
            <translation>Bon sklepowy</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Powód:</translation>
        </message>
        <message>
            <source>Refund to:</source>
            <translation>Zwrot na:</translation>
        </message>
        <message>
            <source>Another order (Esc)</source>
            <translation>Inne zamówienie (Esc)</translation>
        </message>
        <message>
            <source>Confirm return (F12)</source>
            <translation>Zatwierdź zwrot (F12)</translation>
        </message>
        <message>
            <source>Order {number} · {channel} · {status}</source>
            <translation>Zamówienie {number} · {channel} · {status}</translation>
        </message>
        <message>
            <source>The {days}-day return window closed on {date}; a manager must approve this return.</source>
            <translation>Termin zwrotu ({days} dni) minął {date}; ten zwrot wymaga zgody kierownika.</translation>
        </message>
        <message>
            <source>Choose how many units come back.</source>
            <translation>Wybierz, ile sztuk jest zwracanych.</translation>
        </message>
        <message>
            <source>unpaid</source>
            <translation>nieopłacone</translation>
        </message>
        <message>
            <source>Refund {amount} to the original payment ({paid})</source>
            <translation>Zwróć {amount} na pierwotną formę płatności ({paid})</translation>
        </message>
        <message>
            <source>Refund {amount} in cash from this till</source>
            <translation>Wypłać {amount} gotówką z tej kasy</translation>
        </message>
        <message>
            <source>Sellable (back to stock)</source>
            <translation>Pełnowartościowy (wraca na stan)</translation>
        </message>
        <message>
            <source>Damaged (not for sale)</source>
            <translation>Uszkodzony (nie do sprzedaży)</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Kupiono</translation>
        </message>
        <message>
            <source>Returned before</source>
            <translation>Zwrócono wcześniej</translation>
        </message>
        <message>
            <source>Returnable</source>
            <translation>Do zwrotu</translation>
        </message>
        <message>
            <source>Return now</source>
            <translation>Zwrot teraz</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Nothing is left to return of this line.</source>
            <translation>W tej pozycji nie zostało nic do zwrotu.</translation>
        </message>
        <message>
            <source>Up to {count} can come back (F2 or double-click to change).</source>
            <translation>Można zwrócić maksymalnie {count} (F2 lub dwuklik, aby zmienić).</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>Zgoda kierownika</translation>
        </message>
        <message>
            <source>Manager's login:</source>
            <translation>Login kierownika:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Zatwierdź</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Zwroty</translation>
        </message>
        <message>
            <source>Ctrl+F order number · F12 confirm the return · Esc another order · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
            <translation>Ctrl+F numer zamówienia · F12 zatwierdź zwrot · Esc inne zamówienie · Ctrl+P drukuj potwierdzenie · Ctrl+S zapisz potwierdzenie w PDF</translation>
        </message>
        <message>
            <source>“{text}” is not an order number (like O-0123456789) nor an order's QR code.</source>
            <translation>„{text}” to nie jest numer zamówienia (np. O-0123456789) ani kod QR zamówienia.</translation>
        </message>
        <message>
            <source>This order is not on this till and the look-up needs a connection; try again when the till is online, or find the order through the customer if they shop here.</source>
            <translation>Tego zamówienia nie ma w tej kasie, a wyszukanie wymaga połączenia; spróbuj ponownie, gdy kasa będzie online, lub znajdź zamówienie przez klienta, jeśli robi zakupy w tym sklepie.</translation>
        </message>
        <message>
            <source>That order is not on this till.</source>
            <translation>Tego zamówienia nie ma w tej kasie.</translation>
        </message>
        <message>
            <source>Order {number} has not reached the customer yet; it can be cancelled, not returned.</source>
            <translation>Zamówienie {number} nie dotarło jeszcze do klienta; można je anulować, ale nie zwrócić.</translation>
        </message>
        <message>
            <source>Everything bought on order {number} has been returned already.</source>
            <translation>Wszystko z zamówienia {number} zostało już zwrócone.</translation>
        </message>
        <message>
            <source>Choose how many units of which line come back.</source>
            <translation>Wybierz pozycje i liczbę zwracanych sztuk.</translation>
        </message>
        <message>
            <source>This order was paid in {order} and this till pays out {till}: refund to the original payment or as store credit.</source>
            <translation>To zamówienie opłacono w {order}, a ta kasa wypłaca w {till}: zwróć pieniądze na pierwotną formę płatności lub bonem sklepowym.</translation>
        </message>
        <message>
            <source>Write why the customer brings the goods back.</source>
            <translation>Wpisz, dlaczego klient zwraca towar.</translation>
        </message>
        <message>
            <source>of order {number}</source>
            <translation>do zamówienia {number}</translation>
        </message>
        <message>
            <source>Taken back by {name}</source>
            <translation>Zwrot przyjął(ęła): {name}</translation>
        </message>
        <message>
            <source>Late return approved by {name}</source>
            <translation>Zwrot po terminie zatwierdził(a): {name}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Powód: {reason}</translation>
        </message>
        <message>
            <source>Return {number}</source>
            <translation>Zwrot {number}</translation>
        </message>
        <message>
            <source>Refund: {method}</source>
            <translation>Zwrot pieniędzy: {method}</translation>
        </message>
        <message>
            <source>TOTAL REFUNDED</source>
            <translation>RAZEM ZWRÓCONO</translation>
        </message>
        <message>
            <source>Return receipt {number}</source>
            <translation>Potwierdzenie zwrotu {number}</translation>
        </message>
        <message>
            <source>Keep this receipt for the refund.</source>
            <translation>Prosimy zachować to potwierdzenie do zwrotu pieniędzy.</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Cena jedn.</translation>
        </message>
        <message>
            <source>Promotion</source>
            <translation>Promocja</translation>
        </message>
        <message>
            <source>{name} −{amount}</source>
            <translation>{name} −{amount}</translation>
        </message>
        <message>
            <source>Scan a product or press F4 to find one.</source>
            <translation>Zeskanuj produkt lub naciśnij F4, aby go wyszukać.</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stan magazynowy</translation>
        </message>
        <message>
            <source>Before promotions</source>
            <translation>Przed promocjami</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promocje</translation>
        </message>
        <message>
            <source>Stock of {product}</source>
            <translation>Stan magazynowy: {product}</translation>
        </message>
        <message>
            <source>New cart</source>
            <translation>Nowy koszyk</translation>
        </message>
        <message numerus="yes">
            <source>Cart from the {channel}, {when} · %n item(s)</source>
            <translation>
                <numerusform>Koszyk ({channel}), {when} · %n sztuka</numerusform>
                <numerusform>Koszyk ({channel}), {when} · %n sztuki</numerusform>
                <numerusform>Koszyk ({channel}), {when} · %n sztuk</numerusform>
            </translation>
        </message>
        <message>
            <source>web shop</source>
            <translation>sklep internetowy</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>store</source>
            <translation>sklep</translation>
        </message>
        <message>
            <source>branch</source>
            <translation>oddział</translation>
        </message>
        <message>
            <source>field visit</source>
            <translation>wizyta w terenie</translation>
        </message>
        <message>
            <source>New sale</source>
            <translation>Nowa sprzedaż</translation>
        </message>
        <message>
            <source>Give up this sale and the products scanned?</source>
            <translation>Porzucić tę sprzedaż i zeskanowane produkty?</translation>
        </message>
        <message>
            <source>This cart is already {status}; start a new sale (Ctrl+N).</source>
            <translation>Ten koszyk jest już {status}; rozpocznij nową sprzedaż (Ctrl+N).</translation>
        </message>
        <message>
            <source>This cart is in {cart} but this till sells in {till}; it cannot be paid here.</source>
            <translation>Ten koszyk jest w walucie {cart}, a ta kasa sprzedaje w {till}; nie można go tu opłacić.</translation>
        </message>
        <message>
            <source>checked out</source>
            <translation>opłacony</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>porzucony</translation>
        </message>
        <message>
            <source>The cart is empty: scan a product first.</source>
            <translation>Koszyk jest pusty: najpierw zeskanuj produkt.</translation>
        </message>
        <message>
            <source>The customer's open carts from every channel</source>
            <translation>Otwarte koszyki klienta ze wszystkich kanałów</translation>
        </message>
        <message>
            <source>Walk-in customer</source>
            <translation>Klient anonimowy</translation>
        </message>
        <message>
            <source>started in channel: {channel}</source>
            <translation>rozpoczęty w kanale: {channel}</translation>
        </message>
        <message>
            <source>Sale {number} completed: {total}</source>
            <translation>Sprzedaż {number} zakończona: {total}</translation>
        </message>
        <message>
            <source>No product has the code “{code}”.</source>
            <translation>Brak produktu o kodzie „{code}”.</translation>
        </message>
        <message>
            <source>Scan a product first, then change its quantity.</source>
            <translation>Najpierw zeskanuj produkt, potem zmień jego ilość.</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Sprzedaż</translation>
        </message>
        <message>
            <source>Find product (F4)</source>
            <translation>Szukaj produktu (F4)</translation>
        </message>
        <message>
            <source>F3 scan · F4 find product · ↑/↓ choose line · F6 quantity · Del remove line · F12 pay · Ctrl+N new sale · Ctrl+P print receipt · Ctrl+S save receipt PDF</source>
            <translation>F3 skanuj · F4 szukaj produktu · ↑/↓ wybierz pozycję · F6 ilość · Del usuń pozycję · F12 płatność · Ctrl+N nowa sprzedaż · Ctrl+P drukuj paragon · Ctrl+S zapisz paragon PDF</translation>
        </message>
        <message>
            <source>Quantity (F6):</source>
            <translation>Ilość (F6):</translation>
        </message>
        <message>
            <source>Remove line (Del)</source>
            <translation>Usuń pozycję (Del)</translation>
        </message>
        <message>
            <source>New sale (Ctrl+N)</source>
            <translation>Nowa sprzedaż (Ctrl+N)</translation>
        </message>
        <message>
            <source>Pay (F12)</source>
            <translation>Płatność (F12)</translation>
        </message>
        <message>
            <source>Quantity of the selected line (F6); Enter applies, 0 removes the line</source>
            <translation>Ilość w zaznaczonej pozycji (F6); Enter zatwierdza, 0 usuwa pozycję</translation>
        </message>
        <message>
            <source>promotion {code}</source>
            <translation>promocja {code}</translation>
        </message>
        <message>
            <source>You saved</source>
            <translation>Oszczędzasz</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>RAZEM</translation>
        </message>
        <message>
            <source>of which VAT</source>
            <translation>w tym VAT</translation>
        </message>
        <message>
            <source>Sale {number}</source>
            <translation>Sprzedaż {number}</translation>
        </message>
        <message>
            <source>Served by {name}</source>
            <translation>Kasjer: {name}</translation>
        </message>
        <message>
            <source>Receipt {number}</source>
            <translation>Paragon {number}</translation>
        </message>
        <message>
            <source>Scan a barcode, or type a code or SKU and press Enter (F3)</source>
            <translation>Zeskanuj kod kreskowy albo wpisz kod lub SKU i naciśnij Enter (F3)</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Sklep</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>Na stanie</translation>
        </message>
        <message>
            <source>Here · {code}</source>
            <translation>Tutaj · {code}</translation>
        </message>
        <message>
            <source>{code} · {name}</source>
            <translation>{code} · {name}</translation>
        </message>
        <message>
            <source>Name, phone, e-mail or loyalty card (F2)</source>
            <translation>Nazwisko, telefon, e-mail lub karta lojalnościowa (F2)</translation>
        </message>
        <message>
            <source>No customer matches “{text}”. Check the spelling, or create one (Ctrl+N).</source>
            <translation>Brak klienta pasującego do „{text}”. Sprawdź pisownię albo utwórz nowego (Ctrl+N).</translation>
        </message>
        <message>
            <source>No customer matches “{text}”. Check the spelling.</source>
            <translation>Brak klienta pasującego do „{text}”. Sprawdź pisownię.</translation>
        </message>
        <message>
            <source>No customers on this device yet. Create one (Ctrl+N).</source>
            <translation>Na tym urządzeniu nie ma jeszcze klientów. Utwórz nowego (Ctrl+N).</translation>
        </message>
        <message>
            <source>No customers on this device yet.</source>
            <translation>Na tym urządzeniu nie ma jeszcze klientów.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Wyszukiwanie…</translation>
        </message>
        <message>
            <source>No customer matches “{text}”.</source>
            <translation>Brak klienta pasującego do „{text}”.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) found.</source>
            <translation>
                <numerusform>Znaleziono %Ln klienta.</numerusform>
                <numerusform>Znaleziono %Ln klientów.</numerusform>
                <numerusform>Znaleziono %Ln klientów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) shown of {total}; scroll for more.</source>
            <translation>
                <numerusform>Pokazano %Ln klienta z {total}; przewiń, aby zobaczyć więcej.</numerusform>
                <numerusform>Pokazano %Ln klientów z {total}; przewiń, aby zobaczyć więcej.</numerusform>
                <numerusform>Pokazano %Ln klientów z {total}; przewiń, aby zobaczyć więcej.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) shown; scroll for more.</source>
            <translation>
                <numerusform>Pokazano %Ln klienta; przewiń, aby zobaczyć więcej.</numerusform>
                <numerusform>Pokazano %Ln klientów; przewiń, aby zobaczyć więcej.</numerusform>
                <numerusform>Pokazano %Ln klientów; przewiń, aby zobaczyć więcej.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Number / card</source>
            <translation>Numer / karta</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Wrong login or PIN.</source>
            <translation>Błędny login lub PIN.</translation>
        </message>
        <message>
            <source>This person does not work at this device's store or territory.</source>
            <translation>Ta osoba nie pracuje w sklepie ani w regionie tego urządzenia.</translation>
        </message>
        <message>
            <source>This account is disabled; ask a manager.</source>
            <translation>To konto jest wyłączone; zwróć się do kierownika.</translation>
        </message>
        <message>
            <source>The server cannot be reached and you have not signed in on this device before. Sign in once while it is online.</source>
            <translation>Brak połączenia z serwerem, a to konto nie było jeszcze logowane na tym urządzeniu. Zaloguj się raz, gdy serwer będzie dostępny.</translation>
        </message>
        <message>
            <source>The server cannot be reached and your sign-in on this device has expired (it lasts a while after each online sign-in). Sign in once while it is online.</source>
            <translation>Brak połączenia z serwerem, a Twoje logowanie na tym urządzeniu wygasło (jest ważne przez pewien czas po każdym logowaniu online). Zaloguj się raz, gdy serwer będzie dostępny.</translation>
        </message>
        <message>
            <source>This device is not enrolled yet.</source>
            <translation>To urządzenie nie jest jeszcze zarejestrowane.</translation>
        </message>
        <message>
            <source>Only a manager can lift a sign-in lock-out.</source>
            <translation>Tylko kierownik może zdjąć blokadę logowania.</translation>
        </message>
        <message>
            <source>Enter your login and PIN.</source>
            <translation>Podaj login i PIN.</translation>
        </message>
        <message>
            <source>That enrolment code was used already; ask a manager for a new one.</source>
            <translation>Ten kod rejestracyjny został już użyty; poproś kierownika o nowy.</translation>
        </message>
        <message>
            <source>That enrolment code has expired; ask a manager for a new one.</source>
            <translation>Ten kod rejestracyjny wygasł; poproś kierownika o nowy.</translation>
        </message>
        <message>
            <source>That enrolment code is not valid; check it or ask a manager for a new one.</source>
            <translation>Ten kod rejestracyjny jest nieprawidłowy; sprawdź go lub poproś kierownika o nowy.</translation>
        </message>
        <message>
            <source>This device was revoked by a manager; enrol it again with a new code.</source>
            <translation>Kierownik unieważnił rejestrację tego urządzenia; zarejestruj je ponownie nowym kodem.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and the network.</source>
            <translation>Brak połączenia z serwerem. Sprawdź adres i sieć.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted. Check the address, or give the server's CA bundle.</source>
            <translation>Certyfikat serwera nie jest zaufany. Sprawdź adres albo wskaż pakiet certyfikatów CA serwera.</translation>
        </message>
        <message>
            <source>This device's server address, {url}, is plain http:// to another machine: its token and staff PINs would cross the network in clear, so it is not used. Enrol this device again with the server's https:// address.</source>
            <translation>Adres serwera tego urządzenia, {url}, to zwykłe http:// do innego komputera: token urządzenia i PIN-y pracowników szłyby przez sieć otwartym tekstem, dlatego nie jest używany. Zarejestruj to urządzenie ponownie z adresem https:// serwera.</translation>
        </message>
        <message>
            <source>This computer's keyring does not hold the key of the local database {path}, so it cannot be opened. Nothing was changed or deleted: its unsent changes are still in it. Ask support before enrolling this device again.</source>
            <translation>Magazyn kluczy tego komputera nie zawiera klucza lokalnej bazy danych {path}, więc nie można jej otworzyć. Niczego nie zmieniono ani nie usunięto: niewysłane zmiany nadal w niej są. Skontaktuj się z pomocą techniczną, zanim ponownie zarejestrujesz to urządzenie.</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). It was not saved; try again, and tell your manager if it happens again (the details are in {path}).</source>
            <translation>Coś poszło nie tak ({kind}). Nic nie zapisano; spróbuj ponownie, a jeśli to się powtórzy, zgłoś to kierownikowi (szczegóły są w {path}).</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Internet</translation>
        </message>
        <message>
            <source>Signature audit page</source>
            <translation>Protokół podpisu</translation>
        </message>
        <message numerus="yes">
            <source>%n stroke(s)</source>
            <translation>
                <numerusform>%n pociągnięcie</numerusform>
                <numerusform>%n pociągnięcia</numerusform>
                <numerusform>%n pociągnięć</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punkt</numerusform>
                <numerusform>%n punkty</numerusform>
                <numerusform>%n punktów</numerusform>
            </translation>
        </message>
        <message>
            <source>{strokes}, {points}, drawn in {seconds} s</source>
            <translation>{strokes}, {points}, czas składania: {seconds} s</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Umowa</translation>
        </message>
        <message>
            <source>SHA-256 of the document signed</source>
            <translation>SHA-256 podpisanego dokumentu</translation>
        </message>
        <message>
            <source>SHA-256 of the signature strokes</source>
            <translation>SHA-256 pociągnięć podpisu</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Podpis</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Osoba podpisująca</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Świadek</translation>
        </message>
        <message>
            <source>Signed at (UTC)</source>
            <translation>Data podpisania (UTC)</translation>
        </message>
        <message>
            <source>Signed at (local time)</source>
            <translation>Data podpisania (czas lokalny)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Urządzenie</translation>
        </message>
        <message>
            <source>Device identifier</source>
            <translation>Identyfikator urządzenia</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Oddział</translation>
        </message>
        <message>
            <source>Identity document checked</source>
            <translation>Sprawdzony dokument tożsamości</translation>
        </message>
        <message>
            <source>Consent to sign electronically given at</source>
            <translation>Data zgody na podpis elektroniczny</translation>
        </message>
        <message>
            <source>The SHA-256 above identifies the agreement the customer read on screen before signing; any change to that document gives another value.</source>
            <translation>Powyższy skrót SHA-256 identyfikuje umowę, którą klient przeczytał na ekranie przed podpisaniem; każda zmiana tego dokumentu daje inną wartość.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Teren</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Rozmowa</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Reklamacja</translation>
        </message>
        <message>
            <source>Call back</source>
            <translation>Oddzwonienie</translation>
        </message>
        <message>
            <source>Order placed</source>
            <translation>Zamówienie złożone</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>Odebrane</translation>
        </message>
        <message>
            <source>Partly picked up</source>
            <translation>Odebrane częściowo</translation>
        </message>
        <message>
            <source>Order expired</source>
            <translation>Zamówienie przeterminowane</translation>
        </message>
        <message>
            <source>Order changed</source>
            <translation>Zamówienie zmienione</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Wysłane</translation>
        </message>
        <message>
            <source>Order cancelled</source>
            <translation>Zamówienie anulowane</translation>
        </message>
        <message>
            <source>Application started</source>
            <translation>Wniosek rozpoczęty</translation>
        </message>
        <message>
            <source>Application submitted</source>
            <translation>Wniosek złożony</translation>
        </message>
        <message>
            <source>Application in review</source>
            <translation>Wniosek w weryfikacji</translation>
        </message>
        <message>
            <source>Application approved</source>
            <translation>Wniosek zatwierdzony</translation>
        </message>
        <message>
            <source>Application rejected</source>
            <translation>Wniosek odrzucony</translation>
        </message>
        <message>
            <source>Application signed</source>
            <translation>Wniosek podpisany</translation>
        </message>
        <message>
            <source>Application withdrawn</source>
            <translation>Wniosek wycofany</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Document received</source>
            <translation>Dokument otrzymany</translation>
        </message>
        <message>
            <source>Document checked</source>
            <translation>Dokument sprawdzony</translation>
        </message>
        <message>
            <source>Identity checked</source>
            <translation>Tożsamość sprawdzona</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Nowa wersja</translation>
        </message>
        <message>
            <source>Callback booked</source>
            <translation>Oddzwonienie umówione</translation>
        </message>
        <message>
            <source>Appointment booked</source>
            <translation>Wizyta umówiona</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Zrealizowane</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Przeterminowane</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Wersja robocza</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Złożony</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>W weryfikacji</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Wszystkie otwarte</translation>
        </message>
        <message>
            <source>Started online</source>
            <translation>Rozpoczęte online</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Telefonicznie</translation>
        </message>
        <message>
            <source>Started here</source>
            <translation>Rozpoczęte tutaj</translation>
        </message>
        <message>
            <source>Waiting for documents</source>
            <translation>Czeka na dokumenty</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Bez postępów</translation>
        </message>
        <message>
            <source>Ready to sign</source>
            <translation>Gotowy do podpisu</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Czeka na zatwierdzenie</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Zatwierdzony</translation>
        </message>
        <message>
            <source>No open applications here.</source>
            <translation>Brak otwartych wniosków.</translation>
        </message>
        <message>
            <source>No open application was started online.</source>
            <translation>Brak otwartych wniosków rozpoczętych przez internet.</translation>
        </message>
        <message>
            <source>No open application was started by phone.</source>
            <translation>Brak otwartych wniosków rozpoczętych telefonicznie.</translation>
        </message>
        <message>
            <source>No open application was started here.</source>
            <translation>Brak otwartych wniosków rozpoczętych tutaj.</translation>
        </message>
        <message>
            <source>No application is waiting for documents.</source>
            <translation>Brak wniosków oczekujących na dokumenty.</translation>
        </message>
        <message>
            <source>No application is stalled.</source>
            <translation>Brak wniosków w zastoju.</translation>
        </message>
        <message>
            <source>No application is ready to sign.</source>
            <translation>Brak wniosków gotowych do podpisu.</translation>
        </message>
        <message>
            <source>No application is waiting for approval.</source>
            <translation>Brak wniosków oczekujących na zatwierdzenie.</translation>
        </message>
        <message>
            <source>No application approved yet.</source>
            <translation>Nie zatwierdzono jeszcze żadnego wniosku.</translation>
        </message>
        <message>
            <source>Application number, QR code, customer name, phone or number</source>
            <translation>Nr wniosku, kod QR, imię i nazwisko klienta, telefon lub nr klienta</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Nowy…</translation>
        </message>
        <message>
            <source>A new application: choose the customer (Ctrl+Shift+A)</source>
            <translation>Nowy wniosek: wybierz klienta (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>No application matches this search.</source>
            <translation>Żaden wniosek nie pasuje do wyszukiwania.</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n wniosek</numerusform>
                <numerusform>%n wnioski</numerusform>
                <numerusform>%n wniosków</numerusform>
            </translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucony</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Podpisany</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofany</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Nieopłacone</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Częściowo opłacone</translation>
        </message>
        <message>
            <source>Partly refunded</source>
            <translation>Częściowo zwrócone</translation>
        </message>
        <message>
            <source>Take away</source>
            <translation>Od ręki</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Kredyt</translation>
        </message>
        <message>
            <source>Marketing by e-mail</source>
            <translation>Marketing e-mailowy</translation>
        </message>
        <message>
            <source>Marketing by SMS</source>
            <translation>Marketing SMS</translation>
        </message>
        <message>
            <source>Profiling</source>
            <translation>Profilowanie</translation>
        </message>
        <message>
            <source>Consent to check the credit register</source>
            <translation>Zgoda na sprawdzenie w bazach kredytowych</translation>
        </message>
        <message>
            <source>Consent to process personal data for this credit</source>
            <translation>Zgoda na przetwarzanie danych osobowych na potrzeby tego kredytu</translation>
        </message>
        <message>
            <source>Consent to sign electronically</source>
            <translation>Zgoda na podpis elektroniczny</translation>
        </message>
        <message>
            <source>Consent to receive offers</source>
            <translation>Zgoda na otrzymywanie ofert</translation>
        </message>
        <message>
            <source>Identity card</source>
            <translation>Dowód osobisty</translation>
        </message>
        <message>
            <source>Income statement</source>
            <translation>Zaświadczenie o dochodach</translation>
        </message>
        <message>
            <source>Tax code card</source>
            <translation>Karta z kodem podatkowym</translation>
        </message>
        <message>
            <source>Signed agreement</source>
            <translation>Podpisana umowa</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Brak</translation>
        </message>
        <message>
            <source>Received, to check</source>
            <translation>Otrzymany, do sprawdzenia</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Zweryfikowany</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Paszport</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Karta pobytu</translation>
        </message>
        <message>
            <source>Being completed</source>
            <translation>W trakcie uzupełniania</translation>
        </message>
        <message>
            <source>Cash loan</source>
            <translation>Kredyt gotówkowy</translation>
        </message>
        <message>
            <source>Instalment purchase</source>
            <translation>Zakup na raty</translation>
        </message>
        <message>
            <source>Personal loan</source>
            <translation>Kredyt osobisty</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Detaliczny</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Firmowy</translation>
        </message>
        <message>
            <source>“{text}” is not an amount to take; type it like {example}.</source>
            <translation>„{text}” to nie jest kwota do przyjęcia; wpisz ją tak: {example}.</translation>
        </message>
        <message>
            <source>Enter the card terminal's reference for the card payment.</source>
            <translation>Podaj numer referencyjny płatności kartą z terminala płatniczego.</translation>
        </message>
        <message>
            <source>Enter the amount paid by card.</source>
            <translation>Podaj kwotę zapłaconą kartą.</translation>
        </message>
        <message>
            <source>The terminal reference is too long (64 characters at most).</source>
            <translation>Numer referencyjny z terminala jest za długi (maks. 64 znaki).</translation>
        </message>
        <message>
            <source>The card pays more than the total of {total}; only cash can be over-paid.</source>
            <translation>Kwota kartą przekracza łączną kwotę {total}; nadpłacić można tylko gotówką.</translation>
        </message>
        <message>
            <source>Still due: {due}. Take more, or add a card payment.</source>
            <translation>Pozostało do zapłaty: {due}. Przyjmij więcej albo dodaj płatność kartą.</translation>
        </message>
        <message>
            <source>Complete sale</source>
            <translation>Zakończ sprzedaż</translation>
        </message>
        <message>
            <source>Back to the sale</source>
            <translation>Wróć do sprzedaży</translation>
        </message>
        <message>
            <source>Recording the sale…</source>
            <translation>Rejestrowanie sprzedaży…</translation>
        </message>
        <message>
            <source>Enter: complete · Alt+Y: the rest by card · Esc: back to the sale</source>
            <translation>Enter: zakończ · Alt+P: dopłać kartą · Esc: powrót do sprzedaży</translation>
        </message>
        <message>
            <source>To pay: {total}</source>
            <translation>Do zapłaty: {total}</translation>
        </message>
        <message>
            <source>e.g. 200</source>
            <translation>np. 200</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0,00</translation>
        </message>
        <message>
            <source>from the card terminal's slip</source>
            <translation>z wydruku terminala płatniczego</translation>
        </message>
        <message>
            <source>&amp;Cash received:</source>
            <translation>Otrzymana &amp;gotówka:</translation>
        </message>
        <message>
            <source>Card &amp;amount:</source>
            <translation>&amp;Kwota kartą:</translation>
        </message>
        <message>
            <source>Terminal &amp;reference:</source>
            <translation>Nr ref. &amp;terminala:</translation>
        </message>
        <message>
            <source>The rest b&amp;y card</source>
            <translation>Do&amp;płać kartą</translation>
        </message>
        <message>
            <source>Still due: {amount}</source>
            <translation>Pozostało do zapłaty: {amount}</translation>
        </message>
        <message>
            <source>Change: {amount}</source>
            <translation>Reszta: {amount}</translation>
        </message>
        <message>
            <source>On hand here</source>
            <translation>Na stanie tutaj</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Cena</translation>
        </message>
        <message>
            <source>Find a product</source>
            <translation>Znajdź produkt</translation>
        </message>
        <message>
            <source>Name or SKU</source>
            <translation>Nazwa lub SKU</translation>
        </message>
        <message>
            <source>Type to search · ↓ to the list · Enter adds · Esc back</source>
            <translation>Pisz, aby wyszukać · ↓ do listy · Enter dodaje · Esc wraca</translation>
        </message>
        <message>
            <source>No product matches.</source>
            <translation>Brak pasujących produktów.</translation>
        </message>
        <message>
            <source>{count} found</source>
            <translation>Znaleziono: {count}</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Karta</translation>
        </message>
        <message>
            <source>Paid online</source>
            <translation>Zapłacono online</translation>
        </message>
        <message>
            <source>{label} (ref. {reference})</source>
            <translation>{label} (nr ref. {reference})</translation>
        </message>
        <message>
            <source>Customer: {name}</source>
            <translation>Klient: {name}</translation>
        </message>
        <message>
            <source>Thank you for shopping with us.</source>
            <translation>Dziękujemy za zakupy.</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Otrzymana gotówka</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Reszta</translation>
        </message>
        <message>
            <source>Save PDF (Ctrl+S)</source>
            <translation>Zapisz PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Receipt roll width</source>
            <translation>Szerokość rolki paragonu</translation>
        </message>
        <message>
            <source>{width} mm roll</source>
            <translation>Rolka {width} mm</translation>
        </message>
        <message>
            <source>Save receipt</source>
            <translation>Zapisz paragon</translation>
        </message>
        <message>
            <source>Signing application {number}</source>
            <translation>Podpisywanie wniosku {number}</translation>
        </message>
        <message>
            <source>The customer's copy was sent to the printer.</source>
            <translation>Egzemplarz klienta wysłano do drukarki.</translation>
        </message>
        <message>
            <source>Save the customer's copy</source>
            <translation>Zapisz egzemplarz klienta</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumenty PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The customer's copy was saved to {path}.</source>
            <translation>Egzemplarz klienta zapisano w {path}.</translation>
        </message>
        <message>
            <source>The receipt could not be saved as {path}; choose another folder.</source>
            <translation>Nie udało się zapisać paragonu jako {path}; wybierz inny folder.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only.</source>
            <translation>PIN może zawierać tylko cyfry.</translation>
        </message>
        <message numerus="yes">
            <source>A PIN has at least %n digit(s).</source>
            <translation>
                <numerusform>PIN musi mieć co najmniej %n cyfrę.</numerusform>
                <numerusform>PIN musi mieć co najmniej %n cyfry.</numerusform>
                <numerusform>PIN musi mieć co najmniej %n cyfr.</numerusform>
            </translation>
        </message>
        <message>
            <source>That PIN is too long.</source>
            <translation>Ten PIN jest za długi.</translation>
        </message>
        <message>
            <source>That PIN is too easy to guess: not one digit repeated, nor a run like 123456.</source>
            <translation>Ten PIN jest zbyt łatwy do odgadnięcia: nie może to być jedna powtórzona cyfra ani ciąg typu 123456.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for this login on this device. Try again after {time}, or sign in while the server can be reached.</source>
            <translation>Za dużo błędnych PIN-ów dla tego loginu na tym urządzeniu. Spróbuj ponownie po {time} albo zaloguj się, gdy serwer będzie dostępny.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins on this device. Try again after {time}, or ask a manager to unlock it.</source>
            <translation>Za dużo nieudanych logowań na tym urządzeniu. Spróbuj ponownie po {time} albo poproś kierownika o odblokowanie.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for this login. Try again after {time}, or ask a manager to unlock it.</source>
            <translation>Za dużo błędnych PIN-ów dla tego loginu. Spróbuj ponownie po {time} albo poproś kierownika o odblokowanie.</translation>
        </message>
        <message>
            <source>Too many wrong enrolment codes from this computer. Wait a while, then try again with a new code from a manager.</source>
            <translation>Za dużo błędnych kodów rejestracyjnych z tego komputera. Odczekaj chwilę, a potem spróbuj ponownie z nowym kodem od kierownika.</translation>
        </message>
        <message>
            <source>Your PIN is too short: choose a new PIN of at least {n} digits.</source>
            <translation>Twój PIN jest za krótki: wybierz nowy PIN (minimalna liczba cyfr: {n}).</translation>
        </message>
        <message>
            <source>The new PIN must differ from the old one.</source>
            <translation>Nowy PIN musi się różnić od starego.</translation>
        </message>
        <message>
            <source>That PIN is not allowed: use at least {n} digits, not one digit repeated nor a run like 123456.</source>
            <translation>Ten PIN jest niedozwolony: minimalna liczba cyfr to {n}; nie może to być jedna powtórzona cyfra ani ciąg typu 123456.</translation>
        </message>
        <message>
            <source>The server is busy checking sign-ins; try again in a moment.</source>
            <translation>Serwer jest zajęty sprawdzaniem logowań; spróbuj ponownie za chwilę.</translation>
        </message>
        <message>
            <source>Reading this device's keys…</source>
            <translation>Odczytywanie kluczy tego urządzenia…</translation>
        </message>
        <message>
            <source>Checking the local data…</source>
            <translation>Sprawdzanie danych lokalnych…</translation>
        </message>
        <message>
            <source>Updating the local data to this version…</source>
            <translation>Aktualizowanie danych lokalnych do tej wersji…</translation>
        </message>
        <message>
            <source>Recovering the local data…</source>
            <translation>Odzyskiwanie danych lokalnych…</translation>
        </message>
        <message>
            <source>Some of these goods were already returned elsewhere (another store, or by post) while this till was offline, so no refund was recorded for this return. If some units can still be returned, correct the quantity (Fix); otherwise discard it. If you refunded the customer for goods refunded elsewhere too, ask a manager to settle it with the customer.</source>
            <translation>Część tych towarów została już zwrócona gdzie indziej (w innym sklepie lub pocztą), gdy ta kasa była offline, więc dla tego zwrotu nie zapisano zwrotu pieniędzy. Jeśli część sztuk można jeszcze zwrócić, popraw ilość (przycisk Popraw); w przeciwnym razie odrzuć tę zmianę. Jeśli oddano klientowi pieniądze za towary, za które zwrot wypłacono też gdzie indziej, poproś kierownika o rozliczenie tego z klientem.</translation>
        </message>
        <message>
            <source>The return window had closed. A manager can approve the late return: open Returns, find the order and take the return again with a manager's approval, then discard this change.</source>
            <translation>Termin na zwrot już minął. Kierownik może zatwierdzić zwrot po terminie: otwórz zakładkę Zwroty, znajdź zamówienie i przyjmij zwrot ponownie ze zgodą kierownika, a potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>Only a manager can approve a late return. Ask a manager to take the return again in Returns with their own sign-in, then discard this change.</source>
            <translation>Tylko kierownik może zatwierdzić zwrot po terminie. Poproś kierownika, aby przyjął zwrot ponownie w zakładce Zwroty, logując się na swoje konto, a potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>The order was cancelled online while this till was offline, and any prepayment went back to the customer. If the customer left with the goods, sell them the goods as a new sale (or ask for them back) and refund any money taken at this hand-over; then discard this change.</source>
            <translation>Zamówienie zostało anulowane online, gdy ta kasa była offline, a ewentualna przedpłata wróciła do klienta. Jeśli klient wyszedł z towarem, zarejestruj go jako nową sprzedaż (albo poproś o oddanie towaru) i zwróć pieniądze pobrane przy tym wydaniu; potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>The order expired uncollected before the hand-over reached the central system, and any prepayment went back to the customer. If the goods left with the customer, sell them as a new sale; then discard this change.</source>
            <translation>Zamówienie przeterminowało się nieodebrane, zanim wydanie dotarło do systemu centralnego, a ewentualna przedpłata wróciła do klienta. Jeśli klient zabrał towar, zarejestruj go jako nową sprzedaż; potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>The order had already been handed over (look at the customer's timeline for where and when). If the customer got the goods twice, ask a manager; if not, discard this change.</source>
            <translation>Zamówienie zostało już wydane (gdzie i kiedy – sprawdź w historii kontaktów klienta). Jeśli klient otrzymał towar dwukrotnie, zwróć się do kierownika; jeśli nie, odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>The order was handed over, cancelled or expired elsewhere before this change reached the central system, and any money taken or refunded with the change was not recorded. Look at the order in the customer's 360: settle any payment with the customer, then discard this change.</source>
            <translation>Zamówienie zostało wydane, anulowane lub przeterminowało się gdzie indziej, zanim ta zmiana dotarła do systemu centralnego, a pieniądze pobrane lub zwrócone w ramach tej zmiany nie zostały zarejestrowane. Sprawdź zamówienie w karcie klienta 360: rozlicz płatność z klientem, a potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>Prices are set centrally, by the pricing staff of each country's office: the price was not changed anywhere. Tell them about the price to change, then discard this change.</source>
            <translation>Ceny ustala centralnie dział cen w biurze każdego kraju: cena nie została nigdzie zmieniona. Przekaż im, jaką cenę trzeba zmienić, a potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>The order changed elsewhere meanwhile (collected, cancelled or expired). Look at it in the customer's 360, then discard this change.</source>
            <translation>Zamówienie zmieniło się w międzyczasie gdzie indziej (zostało odebrane, anulowane lub przeterminowane). Sprawdź je w karcie klienta 360, a potem odrzuć tę zmianę.</translation>
        </message>
        <message>
            <source>The central system could not confirm who made this change on this device, so it was not applied anywhere. If it is still needed, retry it: the retry is signed as the person signed in now, who takes it on. Otherwise discard it.</source>
            <translation>System centralny nie mógł potwierdzić, kto wprowadził tę zmianę na tym urządzeniu, więc nie została nigdzie zastosowana. Jeśli jest nadal potrzebna, ponów ją: ponowienie zostanie podpisane przez osobę zalogowaną teraz, która bierze za nie odpowiedzialność. W przeciwnym razie ją odrzuć.</translation>
        </message>
        <message>
            <source>The proof of who made this change did not match, so it was not applied anywhere. If it is still needed, retry it signed in as yourself; otherwise discard it, and tell a manager if nobody here made it.</source>
            <translation>Potwierdzenie, kto wprowadził tę zmianę, się nie zgadzało, więc nie została nigdzie zastosowana. Jeśli jest nadal potrzebna, ponów ją, będąc zalogowanym na własne konto; w przeciwnym razie ją odrzuć i powiadom kierownika, jeśli nikt tutaj jej nie wprowadził.</translation>
        </message>
        <message>
            <source>The sign-in this change was made under had ended (a PIN change, or the account was closed) before it reached the central system, so it was not applied. If it is still right, retry it signed in as yourself; otherwise discard it.</source>
            <translation>Logowanie, w ramach którego wprowadzono tę zmianę, wygasło (zmiana PIN-u lub zamknięcie konta), zanim zmiana dotarła do systemu centralnego, więc nie została zastosowana. Jeśli jest nadal poprawna, ponów ją, będąc zalogowanym na własne konto; w przeciwnym razie ją odrzuć.</translation>
        </message>
        <message>
            <source>This change was made after the person's sign-in on this device had expired (too long without an online sign-in), so it was not applied. Sign in while online and retry it, or discard it.</source>
            <translation>Tę zmianę wprowadzono po wygaśnięciu logowania tej osoby na tym urządzeniu (zbyt długo bez logowania online), więc nie została zastosowana. Zaloguj się, gdy urządzenie będzie online, i ponów ją albo ją odrzuć.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronizacja…</translation>
        </message>
        <message>
            <source>Sync finished.</source>
            <translation>Synchronizacja zakończona.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Your changes are kept on this device and will be sent when it is back.</source>
            <translation>Nie można połączyć się z serwerem. Twoje zmiany są zachowane na tym urządzeniu i zostaną wysłane, gdy połączenie wróci.</translation>
        </message>
        <message>
            <source>Change #{seq} was done again as #{new}; it will be sent with the next sync.</source>
            <translation>Zmianę #{seq} ponowiono jako #{new}; zostanie wysłana przy następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Change #{seq} was corrected and done again as #{new}; it will be sent with the next sync.</source>
            <translation>Zmianę #{seq} poprawiono i ponowiono jako #{new}; zostanie wysłana przy następnej synchronizacji.</translation>
        </message>
        <message>
            <source>Change #{seq} was discarded; it will not be sent.</source>
            <translation>Zmianę #{seq} odrzucono; nie zostanie wysłana.</translation>
        </message>
        <message>
            <source>Discard change #{seq}, “{what}”?

The server refused it: {reason}

Discarding means it is never sent: what it did stays undone, on this device and everywhere else, and nobody is told. This cannot be undone. Your name, the time and your note are kept in the history of decisions.</source>
            <translation>Odrzucić zmianę #{seq}, „{what}”?

Serwer jej nie przyjął: {reason}

Odrzucenie oznacza, że zmiana nigdy nie zostanie wysłana: to, co zrobiła, pozostaje cofnięte na tym urządzeniu i wszędzie indziej, a nikt nie zostanie o tym powiadomiony. Tej operacji nie można cofnąć. Twoje imię i nazwisko, czas i notatka zostaną zapisane w historii decyzji.</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>nie podano powodu</translation>
        </message>
        <message>
            <source>Discard this change?</source>
            <translation>Odrzucić tę zmianę?</translation>
        </message>
        <message>
            <source>Sale of a cart</source>
            <translation>Sprzedaż koszyka</translation>
        </message>
        <message numerus="yes">
            <source>Sale of %n item(s)</source>
            <translation>
                <numerusform>Sprzedaż: %n sztuka</numerusform>
                <numerusform>Sprzedaż: %n sztuki</numerusform>
                <numerusform>Sprzedaż: %n sztuk</numerusform>
            </translation>
        </message>
        <message>
            <source>Order from a cart</source>
            <translation>Zamówienie z koszyka</translation>
        </message>
        <message numerus="yes">
            <source>Order of %n item(s)</source>
            <translation>
                <numerusform>Zamówienie: %n sztuka</numerusform>
                <numerusform>Zamówienie: %n sztuki</numerusform>
                <numerusform>Zamówienie: %n sztuk</numerusform>
            </translation>
        </message>
        <message>
            <source>Units marked missing on an order</source>
            <translation>Sztuki oznaczone jako brakujące w zamówieniu</translation>
        </message>
        <message>
            <source>Order changed at the till</source>
            <translation>Zamówienie zmienione w kasie</translation>
        </message>
        <message>
            <source>Note on customer</source>
            <translation>Notatka o kliencie</translation>
        </message>
        <message>
            <source>Call with customer</source>
            <translation>Rozmowa z klientem</translation>
        </message>
        <message>
            <source>Visit to customer</source>
            <translation>Wizyta u klienta</translation>
        </message>
        <message>
            <source>Complaint from customer</source>
            <translation>Reklamacja klienta</translation>
        </message>
        <message>
            <source>Call-back request from customer</source>
            <translation>Prośba klienta o oddzwonienie</translation>
        </message>
        <message>
            <source>New customer {name}</source>
            <translation>Nowy klient {name}</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Zmiana języka</translation>
        </message>
        <message>
            <source>Line removed from a cart</source>
            <translation>Pozycja usunięta z koszyka</translation>
        </message>
        <message>
            <source>Cart abandoned</source>
            <translation>Koszyk porzucony</translation>
        </message>
        <message>
            <source>Customer details changed</source>
            <translation>Dane klienta zmienione</translation>
        </message>
        <message>
            <source>Order ready for pickup</source>
            <translation>Zamówienie gotowe do odbioru</translation>
        </message>
        <message>
            <source>Order handed over</source>
            <translation>Zamówienie wydane</translation>
        </message>
        <message>
            <source>Order shipped</source>
            <translation>Zamówienie wysłane</translation>
        </message>
        <message>
            <source>Application updated</source>
            <translation>Wniosek zaktualizowany</translation>
        </message>
        <message>
            <source>Application offer chosen</source>
            <translation>Oferta do wniosku wybrana</translation>
        </message>
        <message>
            <source>Document attached to an application</source>
            <translation>Dokument dołączony do wniosku</translation>
        </message>
        <message>
            <source>Application document checked</source>
            <translation>Dokument wniosku sprawdzony</translation>
        </message>
        <message>
            <source>Applicant's identity checked</source>
            <translation>Tożsamość wnioskodawcy sprawdzona</translation>
        </message>
        <message>
            <source>Applicant's consent recorded</source>
            <translation>Zgoda wnioskodawcy zapisana</translation>
        </message>
        <message>
            <source>Application reopened as a new version</source>
            <translation>Wniosek otwarty ponownie jako nowa wersja</translation>
        </message>
        <message>
            <source>Application review started</source>
            <translation>Weryfikacja wniosku rozpoczęta</translation>
        </message>
        <message>
            <source>Application declined</source>
            <translation>Wniosek odrzucony</translation>
        </message>
        <message numerus="yes">
            <source>Return of %n item(s)</source>
            <translation>
                <numerusform>Zwrot: %n sztuka</numerusform>
                <numerusform>Zwrot: %n sztuki</numerusform>
                <numerusform>Zwrot: %n sztuk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) added to a cart</source>
            <translation>
                <numerusform>%n sztuka dodana do koszyka</numerusform>
                <numerusform>%n sztuki dodane do koszyka</numerusform>
                <numerusform>%n sztuk dodanych do koszyka</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cart line changed to %n item(s)</source>
            <translation>
                <numerusform>Pozycja koszyka zmieniona na %n sztukę</numerusform>
                <numerusform>Pozycja koszyka zmieniona na %n sztuki</numerusform>
                <numerusform>Pozycja koszyka zmieniona na %n sztuk</numerusform>
            </translation>
        </message>
        <message>
            <source>Price set to {amount}</source>
            <translation>Cena ustawiona na {amount}</translation>
        </message>
        <message>
            <source>Stock adjusted by {delta}</source>
            <translation>Stan magazynowy skorygowany o {delta}</translation>
        </message>
        <message>
            <source>{what} — {customer}</source>
            <translation>{what} — {customer}</translation>
        </message>
        <message>
            <source>Correct and send again</source>
            <translation>Popraw i wyślij ponownie</translation>
        </message>
        <message>
            <source>Refused because: {reason}</source>
            <translation>Powód odrzucenia: {reason}</translation>
        </message>
        <message>
            <source>&amp;Send corrected</source>
            <translation>&amp;Wyślij poprawioną</translation>
        </message>
        <message>
            <source>Nothing in this change can be corrected here; retry it or discard it.</source>
            <translation>W tej zmianie nie ma tu nic do poprawienia; ponów ją lub odrzuć.</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Total shown to the customer</source>
            <translation>Suma pokazana klientowi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metoda</translation>
        </message>
        <message>
            <source>Refund method</source>
            <translation>Forma zwrotu pieniędzy</translation>
        </message>
        <message>
            <source>Change in stock</source>
            <translation>Zmiana stanu magazynowego</translation>
        </message>
        <message>
            <source>Approved by a manager</source>
            <translation>Zatwierdzone przez kierownika</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Numer referencyjny</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <source>National ID number</source>
            <translation>PESEL</translation>
        </message>
        <message>
            <source>Monthly net income</source>
            <translation>Miesięczny dochód netto</translation>
        </message>
        <message>
            <source>Employment type</source>
            <translation>Forma zatrudnienia</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Pracodawca</translation>
        </message>
        <message>
            <source>Purpose of the loan</source>
            <translation>Cel kredytu</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Permanent contract</source>
            <translation>Umowa na czas nieokreślony</translation>
        </message>
        <message>
            <source>Fixed-term contract</source>
            <translation>Umowa na czas określony</translation>
        </message>
        <message>
            <source>Self-employed</source>
            <translation>Działalność gospodarcza</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Emeryt / rencista</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <source>Applicant details</source>
            <translation>Dane wnioskodawcy</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>Term (months)</source>
            <translation>Okres (mies.)</translation>
        </message>
        <message>
            <source>Delivery store</source>
            <translation>Sklep dostawy</translation>
        </message>
        <message>
            <source>an offer</source>
            <translation>oferta</translation>
        </message>
        <message>
            <source>a new offer (the last one expired)</source>
            <translation>nowa oferta (poprzednia wygasła)</translation>
        </message>
        <message>
            <source>{document} ({state})</source>
            <translation>{document} ({state})</translation>
        </message>
        <message>
            <source>the identity document checked</source>
            <translation>sprawdzenie dokumentu tożsamości</translation>
        </message>
        <message>
            <source>{stage} · stalled</source>
            <translation>{stage} · zastój</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Złóż wniosek</translation>
        </message>
        <message>
            <source>Before signing: {missing}.</source>
            <translation>Przed podpisaniem wymagane: {missing}.</translation>
        </message>
        <message>
            <source>Everything is there: the customer can sign (Sign…).</source>
            <translation>Wszystko gotowe: klient może podpisać (Podpisz…).</translation>
        </message>
        <message>
            <source>Signed: submit it for a decision.</source>
            <translation>Podpisano: złóż wniosek do decyzji.</translation>
        </message>
        <message>
            <source>Waiting for a decision by someone other than the person who signed and submitted it.</source>
            <translation>Czeka na decyzję innej osoby niż ta, która podpisała i złożyła wniosek.</translation>
        </message>
        <message>
            <source>Approved.</source>
            <translation>Zatwierdzony.</translation>
        </message>
        <message>
            <source>Rejected: {reason}</source>
            <translation>Odrzucony: {reason}</translation>
        </message>
        <message>
            <source>Rejected.</source>
            <translation>Odrzucony.</translation>
        </message>
        <message>
            <source>Withdrawn.</source>
            <translation>Wycofany.</translation>
        </message>
        <message>
            <source>{what}: {note}</source>
            <translation>{what}: {note}</translation>
        </message>
        <message>
            <source>{what} (version {version})</source>
            <translation>{what} (wersja {version})</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Waluta</translation>
        </message>
        <message>
            <source>Line {n}</source>
            <translation>Pozycja {n}</translation>
        </message>
        <message>
            <source>Payment {n}</source>
            <translation>Płatność {n}</translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Odrzucona przez serwer</translation>
        </message>
        <message>
            <source>Waiting (not shown on this device)</source>
            <translation>Oczekuje (niewidoczna na tym urządzeniu)</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Czeka na wysłanie</translation>
        </message>
        <message>
            <source>Sent again as #{seq}</source>
            <translation>Wysłana ponownie jako #{seq}</translation>
        </message>
        <message>
            <source>Corrected and sent as #{seq}</source>
            <translation>Poprawiona i wysłana jako #{seq}</translation>
        </message>
        <message>
            <source>Discarded</source>
            <translation>Odrzucona</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Server's reason</source>
            <translation>Powód podany przez serwer</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decyzja</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>a change made on this device, waiting or refused</comment>
            <translation>Zmiana</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Nothing needs attention.</source>
            <translation>Nic nie wymaga uwagi.</translation>
        </message>
        <message>
            <source>Every change has been sent.</source>
            <translation>Wszystkie zmiany zostały wysłane.</translation>
        </message>
        <message>
            <source>No decisions yet.</source>
            <translation>Brak decyzji.</translation>
        </message>
        <message>
            <source>Why you decide so (kept in the log)</source>
            <translation>Uzasadnienie decyzji (zapisywane w historii)</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchronizuj teraz</translation>
        </message>
        <message>
            <source>Send waiting changes and fetch news (F5)</source>
            <translation>Wyślij oczekujące zmiany i pobierz nowe dane (F5)</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>Do the change again as it was (Ctrl+R)</source>
            <translation>Ponów zmianę bez poprawek (Ctrl+R)</translation>
        </message>
        <message>
            <source>&amp;Fix…</source>
            <translation>Pop&amp;raw…</translation>
        </message>
        <message>
            <source>Correct the change and send it again (Ctrl+E)</source>
            <translation>Popraw zmianę i wyślij ją ponownie (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Odrzuć…</translation>
        </message>
        <message>
            <source>Drop the change for good (Delete)</source>
            <translation>Odrzuć zmianę na stałe (Delete)</translation>
        </message>
        <message>
            <source>Every change made here is kept until the server has answered it.</source>
            <translation>Każda zmiana wprowadzona tutaj jest przechowywana, dopóki serwer na nią nie odpowie.</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Notatka:</translation>
        </message>
        <message>
            <source>&amp;Needs attention</source>
            <translation>&amp;Wymagają uwagi</translation>
        </message>
        <message>
            <source>Changes the server refused, with its reason. What they did has been undone on this device: retry, correct or discard each one.</source>
            <translation>Zmiany odrzucone przez serwer wraz z powodem. Ich skutki zostały cofnięte na tym urządzeniu: ponów, popraw lub odrzuć każdą z nich.</translation>
        </message>
        <message>
            <source>&amp;Waiting to be sent</source>
            <translation>&amp;Czekają na wysłanie</translation>
        </message>
        <message>
            <source>&amp;History of decisions</source>
            <translation>&amp;Historia decyzji</translation>
        </message>
        <message>
            <source>Sync centre</source>
            <translation>Synchronizacja</translation>
        </message>
        <message>
            <source>Connect this device to Omnidesk</source>
            <translation>Połącz to urządzenie z Omnidesk</translation>
        </message>
        <message>
            <source>Ask a manager for a one-time enrolment code for this store or territory (omnidesk-server enrol-code --store CODE), then enter it with the server's address.</source>
            <translation>Poproś kierownika o jednorazowy kod rejestracyjny dla tego sklepu lub regionu (omnidesk-server enrol-code --store CODE), a następnie wpisz go razem z adresem serwera.</translation>
        </message>
        <message>
            <source>optional: a PEM file of CAs to trust</source>
            <translation>opcjonalnie: plik PEM z zaufanymi urzędami CA</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Przeglądaj…</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adres serwera</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kod rejestracyjny</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation>Nazwa urządzenia</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>Pakiet CA</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Połącz</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt);;All files (*)</source>
            <translation>Pliki PEM (*.pem *.crt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Enter the server's address, e.g. https://omnidesk.example.com</source>
            <translation>Podaj adres serwera, np. https://omnidesk.example.com</translation>
        </message>
        <message>
            <source>Use the server's https:// address: over plain http:// this device's token and staff PINs would cross the network in clear (plain http:// is only for a server on this machine).</source>
            <translation>Użyj adresu serwera https://: przez zwykłe http:// token tego urządzenia i PIN-y pracowników byłyby przesyłane przez sieć otwartym tekstem (zwykłe http:// jest tylko dla serwera na tym komputerze).</translation>
        </message>
        <message>
            <source>Enter the enrolment code.</source>
            <translation>Wpisz kod rejestracyjny.</translation>
        </message>
        <message>
            <source>Give this device a name managers will recognise.</source>
            <translation>Nadaj temu urządzeniu nazwę, którą rozpoznają kierownicy.</translation>
        </message>
        <message>
            <source>The CA bundle file does not exist.</source>
            <translation>Plik pakietu CA nie istnieje.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({kind}). What you saved before is safe. The details were written to {path}; tell your manager if it happens again.</source>
            <translation>Wystąpił nieoczekiwany błąd ({kind}). To, co zapisano wcześniej, jest bezpieczne. Szczegóły zapisano w {path}; jeśli to się powtórzy, powiadom kierownika.</translation>
        </message>
        <message>
            <source>Omnidesk</source>
            <translation>Omnidesk</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Kasjer</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Doradca</translation>
        </message>
        <message>
            <source>Field rep</source>
            <translation>Przedstawiciel handlowy</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Kierownik</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Dział cen</translation>
        </message>
        <message>
            <source>Omnidesk — {place}</source>
            <translation>Omnidesk — {place}</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Zablokuj</translation>
        </message>
        <message>
            <source>Lock this device (Ctrl+L)</source>
            <translation>Zablokuj to urządzenie (Ctrl+L)</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Wyloguj</translation>
        </message>
        <message>
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
        <message>
            <source> · signed in offline</source>
            <translation> · zalogowano offline</translation>
        </message>
        <message>
            <source>Locked. Sign in to continue.</source>
            <translation>Zablokowano. Zaloguj się, aby kontynuować.</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Wylogowano.</translation>
        </message>
        <message>
            <source>Choose a new PIN</source>
            <translation>Wybierz nowy PIN</translation>
        </message>
        <message>
            <source>{login}, your PIN is too short. Choose a new PIN of at least {n} digits: you will sign in with it from now on, on every device.</source>
            <translation>{login}, Twój PIN jest za krótki. Wybierz nowy PIN (minimalna liczba cyfr: {n}): od teraz będziesz się nim logować na każdym urządzeniu.</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>Nowy PIN:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>Powtórz nowy PIN:</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>Zmień PIN</translation>
        </message>
        <message>
            <source>The two entries differ: type the same new PIN twice.</source>
            <translation>Wpisy się różnią: wpisz dwa razy ten sam nowy PIN.</translation>
        </message>
        <message>
            <source>Changing your PIN…</source>
            <translation>Zmiana PIN-u…</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Zaloguj się</translation>
        </message>
        <message>
            <source>e.g. cashier.waw</source>
            <translation>np. cashier.waw</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>A manager can unlock it…</source>
            <translation>Kierownik może odblokować konto…</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Logowanie…</translation>
        </message>
        <message>
            <source>{login} is unlocked: sign in again.</source>
            <translation>Konto {login} zostało odblokowane: zaloguj się ponownie.</translation>
        </message>
        <message>
            <source>Your PIN must be changed before you can sign in.</source>
            <translation>Musisz zmienić PIN, zanim się zalogujesz.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Uruchamianie…</translation>
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
            <translation>ostatnia synchronizacja {when}</translation>
        </message>
        <message>
            <source>never synced</source>
            <translation>brak synchronizacji</translation>
        </message>
        <message>
            <source>{n} waiting to be sent</source>
            <translation>do wysłania: {n}</translation>
        </message>
        <message>
            <source>all changes sent</source>
            <translation>wszystkie zmiany wysłane</translation>
        </message>
        <message>
            <source>{n} need attention</source>
            <translation>wymaga uwagi: {n}</translation>
        </message>
        <message>
            <source>about {s} s left</source>
            <translation>pozostało ok. {s} s</translation>
        </message>
        <message>
            <source>estimating time left</source>
            <translation>szacowanie pozostałego czasu</translation>
        </message>
        <message>
            <source>First sync: {done} of {total} rows, {left}</source>
            <translation>Pierwsza synchronizacja: {done} z {total} wierszy, {left}</translation>
        </message>
        <message>
            <source>Unlock sign-in</source>
            <translation>Odblokuj logowanie</translation>
        </message>
        <message>
            <source>{login} is locked out after too many wrong PINs. A manager of this store can unlock it with their own login and PIN.</source>
            <translation>Konto {login} zostało zablokowane po zbyt wielu błędnych PIN-ach. Kierownik tego sklepu może je odblokować, podając własny login i PIN.</translation>
        </message>
        <message>
            <source>Manager's PIN:</source>
            <translation>PIN kierownika:</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Odblokuj</translation>
        </message>
        <message>
            <source>Enter the manager's login and PIN.</source>
            <translation>Wpisz login i PIN kierownika.</translation>
        </message>
        <message>
            <source>A manager has revoked this device and had its data erased. The local database, its unsent changes and the saved sign-ins are gone from this computer. To use it again, enrol it with a new code from a manager.</source>
            <translation>Kierownik odebrał temu urządzeniu dostęp i zlecił usunięcie jego danych. Lokalna baza danych, niewysłane zmiany i zapisane logowania zostały usunięte z tego komputera. Aby znów z niego korzystać, zarejestruj je nowym kodem od kierownika.</translation>
        </message>
        <message>
            <source>The server could not be told yet that the data is erased.</source>
            <translation>Nie udało się jeszcze powiadomić serwera o usunięciu danych.</translation>
        </message>
        <message>
            <source>A manager has revoked this device and ordered its data erased, but not everything could be erased: {reason}</source>
            <translation>Kierownik odebrał temu urządzeniu dostęp i zlecił usunięcie jego danych, ale nie wszystko udało się usunąć: {reason}</translation>
        </message>
        <message>
            <source>“{text}” is not an amount; type it like {example} or {plain}.</source>
            <translation>„{text}” to nie jest kwota; wpisz ją tak: {example} albo {plain}.</translation>
        </message>
        <message>
            <source>“{text}” can be read two ways; type it like {example} or {plain}, with “{point}” before the cents.</source>
            <translation>„{text}” można odczytać na dwa sposoby; wpisz kwotę tak: {example} albo {plain}, z „{point}” przed groszami.</translation>
        </message>
        <message>
            <source>“{text}” has more than two decimals; type it like {example}.</source>
            <translation>„{text}” ma więcej niż dwa miejsca po przecinku; wpisz kwotę tak: {example}.</translation>
        </message>
        <message>
            <source>The language of your screens, on every device you sign in at</source>
            <translation>Język Twoich ekranów na każdym urządzeniu, na którym się logujesz</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Receipt preview</source>
            <translation>Podgląd paragonu</translation>
        </message>
        <message>
            <source>This device may not see or change that record: it belongs to another store or territory.</source>
            <translation>To urządzenie nie może widzieć ani zmieniać tego rekordu: należy on do innego sklepu lub regionu.</translation>
        </message>
        <message>
            <source>The staff member who did this does not work at this device's store or territory.</source>
            <translation>Pracownik, który to zrobił, nie pracuje w sklepie ani regionie tego urządzenia.</translation>
        </message>
        <message>
            <source>The staff member who did this is not known on this device; sync and sign in again.</source>
            <translation>Pracownik, który to zrobił, nie jest znany na tym urządzeniu; zsynchronizuj je i zaloguj się ponownie.</translation>
        </message>
        <message>
            <source>{name}'s account is disabled; ask a manager.</source>
            <translation>Konto użytkownika {name} jest wyłączone; zwróć się do kierownika.</translation>
        </message>
        <message>
            <source>This change does not carry proof of the person who made it; they must sign in on this device while it is online and make it again.</source>
            <translation>Ta zmiana nie zawiera potwierdzenia, kto ją wprowadził; ta osoba musi zalogować się na tym urządzeniu, gdy jest ono online, i wprowadzić zmianę ponownie.</translation>
        </message>
        <message>
            <source>The proof of who made this change does not match: it was not made by a person signed in on this device, or it was altered on the way.</source>
            <translation>Potwierdzenie autora tej zmiany się nie zgadza: zmiany nie wprowadziła osoba zalogowana na tym urządzeniu albo zmieniono ją po drodze.</translation>
        </message>
        <message>
            <source>The sign-in this change was made under is no longer valid ({reason}); the person must sign in again while online and make it again.</source>
            <translation>Logowanie, w ramach którego wprowadzono tę zmianę, jest już nieważne ({reason}); ta osoba musi ponownie zalogować się online i wprowadzić zmianę jeszcze raz.</translation>
        </message>
        <message>
            <source>This change was made after the person's sign-in on this device had expired (too long without an online sign-in), or reached the server too long after; they must sign in while online and make it again.</source>
            <translation>Tę zmianę wprowadzono po wygaśnięciu logowania tej osoby na tym urządzeniu (zbyt długo bez logowania online) albo dotarła ona na serwer zbyt późno; ta osoba musi zalogować się online i wprowadzić zmianę ponownie.</translation>
        </message>
        <message>
            <source>A {role} may not do {command}.</source>
            <translation>Rola „{role}” nie pozwala na operację {command}.</translation>
        </message>
        <message>
            <source>{command} cannot be done from the web channel.</source>
            <translation>Operacji {command} nie można wykonać w kanale internetowym.</translation>
        </message>
        <message>
            <source>Only staff choose their own language.</source>
            <translation>Tylko pracownicy wybierają własny język.</translation>
        </message>
        <message>
            <source>The web channel attaches a file by uploading it (POST /v1/web/applications/&lt;id&gt;/files), not with the command {command}.</source>
            <translation>Przez internet plik dołącza się, przesyłając go (POST /v1/web/applications/&lt;id&gt;/files), a nie operacją {command}.</translation>
        </message>
        <message>
            <source>Only staff can verify or clear a document.</source>
            <translation>Tylko pracownicy mogą zweryfikować dokument lub cofnąć jego weryfikację.</translation>
        </message>
        <message>
            <source>Prices are set centrally, by pricing staff of the right office: you may not change the price list {price_list}.</source>
            <translation>Ceny ustala centralnie dział cen właściwego biura: nie możesz zmienić cennika {price_list}.</translation>
        </message>
        <message>
            <source>Only a manager may put a customer in a price segment.</source>
            <translation>Tylko kierownik może przypisać klienta do segmentu cenowego.</translation>
        </message>
        <message>
            <source>Only a manager can accept a return after the return window.</source>
            <translation>Tylko kierownik może przyjąć zwrot po terminie zwrotu.</translation>
        </message>
        <message>
            <source>Mutation number {seq} arrived after number {high}.</source>
            <translation>Zmiana nr {seq} dotarła po zmianie nr {high}.</translation>
        </message>
        <message>
            <source>This change conflicts with data already on this device (a duplicate id or number).</source>
            <translation>Ta zmiana koliduje z danymi, które są już na tym urządzeniu (powtórzony identyfikator lub numer).</translation>
        </message>
        <message>
            <source>This change conflicts with data already on the server (a duplicate id or number).</source>
            <translation>Ta zmiana koliduje z danymi, które są już na serwerze (powtórzony identyfikator lub numer).</translation>
        </message>
        <message>
            <source>This change holds a value the server cannot store (a number too large or text it cannot keep).</source>
            <translation>Ta zmiana zawiera wartość, której serwer nie może zapisać (zbyt dużą liczbę lub tekst, którego nie da się przechować).</translation>
        </message>
        <message>
            <source>The server could not apply this change because of an internal fault; it has been logged. Contact support if it recurs.</source>
            <translation>Serwer nie mógł zastosować tej zmiany z powodu błędu wewnętrznego; błąd został zarejestrowany. Jeśli to się powtórzy, skontaktuj się z pomocą techniczną.</translation>
        </message>
        <message>
            <source>There is no command called {command}.</source>
            <translation>Nie ma operacji {command}.</translation>
        </message>
        <message>
            <source>Invalid arguments for {command}: {problems}.</source>
            <translation>Nieprawidłowe parametry operacji {command}: {problems}.</translation>
        </message>
        <message>
            <source>{label} is listed twice: list each line once.</source>
            <translation>{label} występuje dwa razy: każdą pozycję podaj tylko raz.</translation>
        </message>
        <message>
            <source>Give either a cart or lines, not both.</source>
            <translation>Podaj koszyk albo pozycje, nie jedno i drugie.</translation>
        </message>
        <message>
            <source>Every line needs its own line id.</source>
            <translation>Każda pozycja musi mieć własny identyfikator.</translation>
        </message>
        <message>
            <source>A stock adjustment must change the count.</source>
            <translation>Korekta stanu magazynowego musi zmieniać ilość.</translation>
        </message>
        <message>
            <source>The {what} {id} does not exist.</source>
            <translation>Nie znaleziono: {what} {id}.</translation>
        </message>
        <message>
            <source>There is no such {what}.</source>
            <translation>Nie znaleziono: {what}.</translation>
        </message>
        <message>
            <source>Line {line} is not part of this order.</source>
            <translation>Pozycja {line} nie należy do tego zamówienia.</translation>
        </message>
        <message>
            <source>That line is not part of order {number}.</source>
            <translation>Ta pozycja nie należy do zamówienia {number}.</translation>
        </message>
        <message>
            <source>There is no change #{seq} on this device.</source>
            <translation>Na tym urządzeniu nie ma zmiany #{seq}.</translation>
        </message>
        <message>
            <source>Line {line} is already on this order.</source>
            <translation>Pozycja {line} jest już w tym zamówieniu.</translation>
        </message>
        <message>
            <source>This application has already been started.</source>
            <translation>Ten wniosek został już rozpoczęty.</translation>
        </message>
        <message>
            <source>A different cart already has this id.</source>
            <translation>Inny koszyk ma już ten identyfikator.</translation>
        </message>
        <message>
            <source>This payment has already been recorded.</source>
            <translation>Ta płatność została już zarejestrowana.</translation>
        </message>
        <message>
            <source>This customer has already been created.</source>
            <translation>Ten klient został już utworzony.</translation>
        </message>
        <message>
            <source>This change has already been recorded.</source>
            <translation>Ta zmiana została już zarejestrowana.</translation>
        </message>
        <message>
            <source>This order line has already been recorded.</source>
            <translation>Ta pozycja zamówienia została już zarejestrowana.</translation>
        </message>
        <message>
            <source>This order has already been recorded.</source>
            <translation>To zamówienie zostało już zarejestrowane.</translation>
        </message>
        <message>
            <source>This return has already been recorded.</source>
            <translation>Ten zwrot został już zarejestrowany.</translation>
        </message>
        <message>
            <source>Another device already used this mutation id.</source>
            <translation>Inne urządzenie użyło już tego identyfikatora zmiany.</translation>
        </message>
        <message>
            <source>This idempotency key was already used for another request.</source>
            <translation>Ten klucz idempotencji został już użyty w innym żądaniu.</translation>
        </message>
        <message>
            <source>Change #{seq} does not need attention any more; it was already dealt with.</source>
            <translation>Zmiana nr {seq} nie wymaga już uwagi; ktoś już się nią zajął.</translation>
        </message>
        <message>
            <source>Keep the note under {max} characters.</source>
            <translation>Notatka może mieć najwyżej {max} znaków.</translation>
        </message>
        <message>
            <source>A callback cannot be booked for a time that has passed.</source>
            <translation>Nie można umówić oddzwonienia na godzinę, która już minęła.</translation>
        </message>
        <message>
            <source>An appointment cannot be booked for a time that has passed.</source>
            <translation>Nie można umówić wizyty na godzinę, która już minęła.</translation>
        </message>
        <message>
            <source>This cart was already {state}; start a new cart.</source>
            <translation>Ten koszyk jest już {state}; utwórz nowy koszyk.</translation>
        </message>
        <message>
            <source>Say which currency the cart is priced in.</source>
            <translation>Podaj walutę, w której wyceniany jest koszyk.</translation>
        </message>
        <message>
            <source>Say which currency the order is in.</source>
            <translation>Podaj walutę zamówienia.</translation>
        </message>
        <message>
            <source>The quantity must be a whole number from {min} to {max}, not {quantity}.</source>
            <translation>Ilość musi być liczbą całkowitą od {min} do {max}, a nie {quantity}.</translation>
        </message>
        <message>
            <source>The quantity of {what} must be a whole number from 1 to {max}, not {quantity}.</source>
            <translation>Ilość dla {what} musi być liczbą całkowitą od 1 do {max}, a nie {quantity}.</translation>
        </message>
        <message>
            <source>At most {max} units of {label} fit on one line.</source>
            <translation>W jednej pozycji mieści się najwyżej {max} szt. produktu {label}.</translation>
        </message>
        <message>
            <source>Return at least one unit of {label}, as a whole number (not {quantity}).</source>
            <translation>Zwróć co najmniej 1 szt. produktu {label}, podając liczbę całkowitą (nie {quantity}).</translation>
        </message>
        <message>
            <source>Hand over at least one unit of {label}, as a whole number (not {quantity}).</source>
            <translation>Wydaj co najmniej 1 szt. produktu {label}, podając liczbę całkowitą (nie {quantity}).</translation>
        </message>
        <message>
            <source>The cart already holds {held} of this product; adding {quantity} would exceed the limit of {max} per line.</source>
            <translation>Koszyk zawiera już {held} szt. tego produktu; dodanie {quantity} szt. przekroczyłoby limit {max} szt. na pozycję.</translation>
        </message>
        <message>
            <source>The cart already has a line {line} for another product.</source>
            <translation>Koszyk ma już pozycję {line} z innym produktem.</translation>
        </message>
        <message>
            <source>That line is no longer in the cart (it may have been removed on another device); add the product again.</source>
            <translation>Tej pozycji nie ma już w koszyku (mogła zostać usunięta na innym urządzeniu); dodaj produkt ponownie.</translation>
        </message>
        <message>
            <source>Product {product} is not in the catalogue.</source>
            <translation>Produktu {product} nie ma w katalogu.</translation>
        </message>
        <message>
            <source>{name} ({sku}) is no longer sold.</source>
            <translation>{name} ({sku}) nie jest już w sprzedaży.</translation>
        </message>
        <message>
            <source>{name} ({sku}) has no {currency} price valid at {at} UTC, so it cannot be sold.</source>
            <translation>Produkt {name} ({sku}) nie ma ceny w {currency} ważnej na {at} UTC, więc nie można go sprzedać.</translation>
        </message>
        <message>
            <source>{name} ({sku}) cannot be sold: there is no {country} VAT rate for its tax class {tax_class}.</source>
            <translation>Nie można sprzedać produktu {name} ({sku}): brak stawki VAT ({country}) dla jego klasy podatkowej {tax_class}.</translation>
        </message>
        <message>
            <source>The price data is inconsistent ({error}); ask a manager to correct the price lists.</source>
            <translation>Dane cenowe są niespójne ({error}); poproś kierownika o poprawienie cenników.</translation>
        </message>
        <message>
            <source>There is nothing to price: add at least one product.</source>
            <translation>Nie ma czego wycenić: dodaj co najmniej jeden produkt.</translation>
        </message>
        <message>
            <source>The cart is empty: add at least one product.</source>
            <translation>Koszyk jest pusty: dodaj co najmniej jeden produkt.</translation>
        </message>
        <message>
            <source>This cart belongs to another customer.</source>
            <translation>Ten koszyk należy do innego klienta.</translation>
        </message>
        <message>
            <source>This cart is in {cart_currency} but the sale is in {currency}.</source>
            <translation>Ten koszyk jest w {cart_currency}, a sprzedaż w {currency}.</translation>
        </message>
        <message>
            <source>The total shown was {expected} but the price is {total}; check the prices and confirm the new total with the customer.</source>
            <translation>Wyświetlona suma wynosiła {expected}, a cena to {total}; sprawdź ceny i potwierdź nową sumę z klientem.</translation>
        </message>
        <message>
            <source>A sale is made in a store.</source>
            <translation>Sprzedaż jest możliwa tylko w sklepie.</translation>
        </message>
        <message>
            <source>Orders are shipped from a store.</source>
            <translation>Zamówienia są wysyłane ze sklepu.</translation>
        </message>
        <message>
            <source>A price must end after it starts.</source>
            <translation>Cena musi kończyć się później, niż się zaczyna.</translation>
        </message>
        <message>
            <source>There is no price segment called {segment}.</source>
            <translation>Nie ma segmentu cenowego {segment}.</translation>
        </message>
        <message>
            <source>A manager may only adjust their own store's stock.</source>
            <translation>Kierownik może korygować stan magazynowy tylko własnego sklepu.</translation>
        </message>
        <message>
            <source>An order needs a customer: find or create them first.</source>
            <translation>Zamówienie wymaga klienta: najpierw go wyszukaj lub utwórz.</translation>
        </message>
        <message>
            <source>Choose the store to pick up from.</source>
            <translation>Wybierz sklep, w którym nastąpi odbiór.</translation>
        </message>
        <message>
            <source>{store} is an office and sells nothing: choose a shop or branch to pick up from.</source>
            <translation>{store} to biuro, które niczego nie sprzedaje: wybierz sklep lub oddział do odbioru.</translation>
        </message>
        <message>
            <source>Give the address to ship to.</source>
            <translation>Podaj adres wysyłki.</translation>
        </message>
        <message>
            <source>A pay-on-pickup order is paid when it is collected.</source>
            <translation>Zamówienie płatne przy odbiorze opłaca się dopiero przy odbiorze.</translation>
        </message>
        <message>
            <source>This order must be paid now.</source>
            <translation>To zamówienie trzeba opłacić teraz.</translation>
        </message>
        <message>
            <source>Pay on pickup is only possible for orders picked up in a store; this order must be paid now.</source>
            <translation>Płatność przy odbiorze jest możliwa tylko przy odbiorze osobistym w sklepie; to zamówienie trzeba opłacić teraz.</translation>
        </message>
        <message>
            <source>Orders from the web channel can only be paid online.</source>
            <translation>Zamówienia przez internet można opłacić tylko online.</translation>
        </message>
        <message>
            <source>Cash can only be taken in a store.</source>
            <translation>Gotówkę można przyjąć tylko w sklepie.</translation>
        </message>
        <message>
            <source>An online payment needs the payment provider's reference.</source>
            <translation>Płatność online wymaga numeru referencyjnego operatora płatności.</translation>
        </message>
        <message>
            <source>A payment must be a positive amount with at most two decimals, not {amount}.</source>
            <translation>Płatność musi być kwotą dodatnią z najwyżej dwoma miejscami po przecinku, a nie {amount}.</translation>
        </message>
        <message>
            <source>The payments ({paid}) fall short of the total ({total}) by {short}.</source>
            <translation>Płatności ({paid}) są niższe od sumy ({total}) o {short}.</translation>
        </message>
        <message>
            <source>This order is paid in advance: {due} more is due now (new total {total}, {held} already paid).</source>
            <translation>To zamówienie jest płatne z góry: teraz trzeba dopłacić {due} (nowa suma {total}, zapłacono już {held}).</translation>
        </message>
        <message>
            <source>This order is paid in advance: {due} more is due now (new total {total}, {held} already paid, {offered} offered).</source>
            <translation>To zamówienie jest płatne z góry: teraz trzeba dopłacić {due} (nowa suma {total}, zapłacono już {held}, wpłacono {offered}).</translation>
        </message>
        <message>
            <source>The payments exceed the {due} due by {change}; only cash can be over-paid.</source>
            <translation>Płatności przekraczają kwotę do zapłaty {due} o {change}; nadpłata jest możliwa tylko gotówką.</translation>
        </message>
        <message>
            <source>The {total} this order is now worth is already paid: take no payment.</source>
            <translation>Kwota {total}, na którą opiewa teraz zamówienie, jest już zapłacona: nie pobieraj płatności.</translation>
        </message>
        <message>
            <source>{paid} was already paid, which covers the goods handed over: take no payment.</source>
            <translation>Zapłacono już {paid}, co pokrywa wydany towar: nie pobieraj płatności.</translation>
        </message>
        <message>
            <source>Only {left} paid for this order is left to refund; refund in cash or store credit.</source>
            <translation>Z płatności za to zamówienie do zwrotu pozostało tylko {left}; zwróć pieniądze gotówką lub bonem sklepowym.</translation>
        </message>
        <message>
            <source>Collect the {due} still due (total {total}) before handing this order over.</source>
            <translation>Przed wydaniem zamówienia pobierz pozostałą kwotę {due} (razem {total}).</translation>
        </message>
        <message>
            <source>Collect the {due} still due (total {total}) before handing these goods over.</source>
            <translation>Przed wydaniem tego towaru pobierz pozostałą kwotę {due} (razem {total}).</translation>
        </message>
        <message>
            <source>This order is not fully paid: {paid} of {total} received, {due} still due.</source>
            <translation>To zamówienie nie jest w pełni opłacone: otrzymano {paid} z {total}, do zapłaty pozostaje {due}.</translation>
        </message>
        <message>
            <source>This order is not fully paid: {paid} of {total} received.</source>
            <translation>To zamówienie nie jest w pełni opłacone: otrzymano {paid} z {total}.</translation>
        </message>
        <message>
            <source>{kind} that is {status} cannot {target}.</source>
            <translation>{kind} w stanie „{status}” nie może {target}.</translation>
        </message>
        <message>
            <source>{kind} that is {status} cannot {target}. To take goods back, record a return.</source>
            <translation>{kind} w stanie „{status}” nie może {target}. Aby przyjąć towar z powrotem, zarejestruj zwrot.</translation>
        </message>
        <message>
            <source>An order that is {status} cannot be handed over.</source>
            <translation>Zamówienia w stanie „{status}” nie można wydać.</translation>
        </message>
        <message>
            <source>This order was already picked up, so it cannot {target}.</source>
            <translation>To zamówienie zostało już odebrane, więc nie może {target}.</translation>
        </message>
        <message>
            <source>This order was cancelled, so it cannot {target}.</source>
            <translation>To zamówienie zostało anulowane, więc nie może {target}.</translation>
        </message>
        <message>
            <source>This order expired uncollected, so it cannot {target}.</source>
            <translation>To zamówienie przeterminowało się bez odbioru, więc nie może {target}.</translation>
        </message>
        <message>
            <source>This order is not collected in a store.</source>
            <translation>To zamówienie nie jest odbierane w sklepie.</translation>
        </message>
        <message>
            <source>{kind} is not collected in a store, so it cannot be handed over.</source>
            <translation>{kind} nie przewiduje odbioru w sklepie, więc wydanie nie jest możliwe.</translation>
        </message>
        <message>
            <source>This order is not shipped; it is collected in a store.</source>
            <translation>To zamówienie nie jest wysyłane; odbiera się je w sklepie.</translation>
        </message>
        <message>
            <source>This order is not prepared yet: mark it ready for pickup before handing it over.</source>
            <translation>To zamówienie nie jest jeszcze przygotowane: przed wydaniem oznacz je jako gotowe do odbioru.</translation>
        </message>
        <message>
            <source>This order is collected at {store}; only that store can prepare and hand it over.</source>
            <translation>Miejsce odbioru tego zamówienia: {store}; tylko ten sklep może je przygotować i wydać.</translation>
        </message>
        <message>
            <source>Part of order {number} was paid in a store, so it can only be cancelled there, where the money is given back.</source>
            <translation>Część zamówienia {number} opłacono w sklepie, więc można je anulować tylko tam, gdzie zostaną zwrócone pieniądze.</translation>
        </message>
        <message>
            <source>Part of order {number} was already handed over, so it cannot be cancelled: hand over the rest, or cancel the rest at the hand-over (the goods handed over can then be returned).</source>
            <translation>Część zamówienia {number} została już wydana, więc nie można go anulować: wydaj resztę albo anuluj resztę przy wydaniu (wydany towar można potem zwrócić).</translation>
        </message>
        <message>
            <source>Choose at least one unit to hand over.</source>
            <translation>Wybierz co najmniej jedną sztukę do wydania.</translation>
        </message>
        <message>
            <source>Nothing was handed over: to give the customer nothing, cancel the order.</source>
            <translation>Nic nie zostało wydane: jeśli klient nie ma nic otrzymać, anuluj zamówienie.</translation>
        </message>
        <message>
            <source>Everything ordered of {label} ({ordered}) was already handed over.</source>
            <translation>Cała zamówiona ilość produktu {label} ({ordered}) została już wydana.</translation>
        </message>
        <message>
            <source>Only {ordered} of {label} ordered, so {asked} cannot be handed over.</source>
            <translation>Zamówiono tylko {ordered} szt. produktu {label}, więc nie można wydać {asked} szt.</translation>
        </message>
        <message>
            <source>Only {waiting} of the {ordered} of {label} ordered still to hand over: {handed_over} already handed over.</source>
            <translation>Z {ordered} zamówionych szt. produktu {label} do wydania pozostało tylko {waiting}: {handed_over} już wydano.</translation>
        </message>
        <message>
            <source>Order {number} is not collected in a store, so it cannot be changed at the till.</source>
            <translation>Zamówienie {number} nie jest odbierane w sklepie, więc nie można go zmienić przy kasie.</translation>
        </message>
        <message>
            <source>Order {number} was {state}, so it can no longer be changed.</source>
            <translation>Zamówienie {number} jest {state}, więc nie można go już zmienić.</translation>
        </message>
        <message>
            <source>Part of order {number} was already handed over, so it can no longer be changed: hand over the rest, or cancel the rest at the hand-over.</source>
            <translation>Część zamówienia {number} została już wydana, więc nie można go już zmienić: wydaj resztę albo anuluj resztę przy wydaniu.</translation>
        </message>
        <message>
            <source>Missing items can only reduce an order: {label} has quantity {ordered}, not {quantity}.</source>
            <translation>Braki mogą tylko zmniejszyć zamówienie: zamówiona ilość produktu {label} to {ordered}, a nie {quantity}.</translation>
        </message>
        <message>
            <source>Missing items can only reduce an order: add products as a change the customer asked for.</source>
            <translation>Braki mogą tylko zmniejszyć zamówienie: dodaj produkty jako zmianę na życzenie klienta.</translation>
        </message>
        <message>
            <source>Missing items can only reduce an order: change how it is paid as a change the customer asked for.</source>
            <translation>Braki mogą tylko zmniejszyć zamówienie: zmień sposób płatności jako zmianę na życzenie klienta.</translation>
        </message>
        <message>
            <source>A change cannot remove every line of an order: cancel the order instead.</source>
            <translation>Zmiana nie może usunąć wszystkich pozycji zamówienia: zamiast tego anuluj zamówienie.</translation>
        </message>
        <message>
            <source>Order {number} is already like this: nothing to change.</source>
            <translation>Zamówienie {number} już tak wygląda: nie ma czego zmieniać.</translation>
        </message>
        <message>
            <source>Nothing is left to return of {label}: everything bought ({bought}) was already returned.</source>
            <translation>Z produktu {label} nie zostało nic do zwrotu: cała kupiona ilość ({bought}) została już zwrócona.</translation>
        </message>
        <message>
            <source>Only {bought} of {label} bought, so {asked} cannot be returned.</source>
            <translation>Kupiono tylko {bought} szt. produktu {label}, więc nie można zwrócić {asked} szt.</translation>
        </message>
        <message>
            <source>Only {returnable} of the {bought} of {label} bought can still be returned: {returned} already returned.</source>
            <translation>Z {bought} kupionych szt. produktu {label} można jeszcze zwrócić tylko {returnable}: {returned} już zwrócono.</translation>
        </message>
        <message>
            <source>The {days}-day return window for this sale closed on {closed_on}; a manager can approve a late return.</source>
            <translation>Termin zwrotu dla tej sprzedaży ({days} dni) minął {closed_on}; zwrot po terminie może zatwierdzić kierownik.</translation>
        </message>
        <message>
            <source>Order {number} has not reached the customer yet; cancel it instead of a return.</source>
            <translation>Zamówienie {number} nie dotarło jeszcze do klienta; zamiast zwrotu anuluj je.</translation>
        </message>
        <message>
            <source>A cash refund can only be paid in a store.</source>
            <translation>Zwrot pieniędzy w gotówce jest możliwy tylko w sklepie.</translation>
        </message>
        <message>
            <source>Loyalty card {card} already belongs to customer {customer}.</source>
            <translation>Karta lojalnościowa {card} należy już do klienta {customer}.</translation>
        </message>
        <message>
            <source>The e-mail {email} already belongs to customer {customer}.</source>
            <translation>Adres e-mail {email} należy już do klienta {customer}.</translation>
        </message>
        <message>
            <source>A customer needs a first and a last name.</source>
            <translation>Klient musi mieć imię i nazwisko.</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address.</source>
            <translation>{value} nie jest adresem e-mail.</translation>
        </message>
        <message>
            <source>{value} is not a phone number; use the form {example}.</source>
            <translation>{value} nie jest numerem telefonu; użyj formatu {example}.</translation>
        </message>
        <message>
            <source>{value} is not a valid NIP (10 digits with a check digit).</source>
            <translation>{value} nie jest prawidłowym numerem NIP (10 cyfr z cyfrą kontrolną).</translation>
        </message>
        <message>
            <source>{value} is neither a valid codice fiscale (16 characters) nor a valid partita IVA (11 digits).</source>
            <translation>{value} nie jest ani prawidłowym codice fiscale (16 znaków), ani prawidłowym numerem partita IVA (11 cyfr).</translation>
        </message>
        <message>
            <source>Tax numbers from {country} cannot be checked.</source>
            <translation>Nie można sprawdzić numerów podatkowych z kraju {country}.</translation>
        </message>
        <message>
            <source>{value} is not a postal code in {country} (for example {example}).</source>
            <translation>{value} nie jest kodem pocztowym w kraju {country} (na przykład {example}).</translation>
        </message>
        <message>
            <source>An application that is {app_status} cannot {app_target}.</source>
            <translation>Wniosek w stanie „{app_status}” nie może {app_target}.</translation>
        </message>
        <message>
            <source>A {kind} application has no step {step}.</source>
            <translation>Wniosek typu {kind} nie ma kroku {step}.</translation>
        </message>
        <message>
            <source>A {kind} application has no field {field}.</source>
            <translation>Wniosek typu {kind} nie ma pola {field}.</translation>
        </message>
        <message>
            <source>{field} must be a number written as text or a whole number.</source>
            <translation>{field}: podaj liczbę zapisaną jako tekst lub liczbę całkowitą.</translation>
        </message>
        <message>
            <source>{field} must be a number, not {value}.</source>
            <translation>{field}: wymagana liczba, a nie {value}.</translation>
        </message>
        <message>
            <source>{field} must be a positive number, not {value}.</source>
            <translation>{field}: wymagana liczba dodatnia, a nie {value}.</translation>
        </message>
        <message>
            <source>{field} is far too large: {value}.</source>
            <translation>{field}: wartość zdecydowanie za duża: {value}.</translation>
        </message>
        <message>
            <source>An application is handled at a branch of the customer's country.</source>
            <translation>Wniosek prowadzi oddział w kraju klienta.</translation>
        </message>
        <message>
            <source>{field} must be a whole number, not {value}.</source>
            <translation>Pole {field} musi być liczbą całkowitą (podano: {value}).</translation>
        </message>
        <message>
            <source>{field} may have at most two decimal places, not {value}.</source>
            <translation>Pole {field} może mieć najwyżej dwa miejsca po przecinku (podano: {value}).</translation>
        </message>
        <message>
            <source>{field} must be text.</source>
            <translation>Pole {field} musi zawierać tekst.</translation>
        </message>
        <message>
            <source>Fill in these fields before submitting: {fields}.</source>
            <translation>Przed złożeniem wniosku wypełnij pola: {fields}.</translation>
        </message>
        <message>
            <source>This application is already signed.</source>
            <translation>Ten wniosek jest już podpisany.</translation>
        </message>
        <message>
            <source>Only an approved application can be signed; this one is {app_status}.</source>
            <translation>Podpisać można tylko zatwierdzony wniosek; ten jest {app_status}.</translation>
        </message>
        <message>
            <source>Verify these documents before signing: {documents}.</source>
            <translation>Przed podpisaniem zweryfikuj dokumenty: {documents}.</translation>
        </message>
        <message>
            <source>Still to sign: {signers}.</source>
            <translation>Jeszcze muszą podpisać: {signers}.</translation>
        </message>
        <message>
            <source>This application can no longer be changed online; ask the branch.</source>
            <translation>Tego wniosku nie można już zmienić online; zwróć się do oddziału.</translation>
        </message>
        <message>
            <source>This application can no longer be changed.</source>
            <translation>Tego wniosku nie można już zmienić.</translation>
        </message>
        <message>
            <source>A {kind} application needs no document {document}.</source>
            <translation>Wniosek typu „{kind}” nie wymaga dokumentu {document}.</translation>
        </message>
        <message>
            <source>This application is {app_status}.</source>
            <translation>Ten wniosek jest {app_status}.</translation>
        </message>
        <message>
            <source>A typed signature is the signer's full name (at most 120 characters).</source>
            <translation>Podpis wpisywany to pełne imię i nazwisko osoby podpisującej (maks. 120 znaków).</translation>
        </message>
        <message>
            <source>A drawn signature must be a PNG image (base64, at most 200 kB).</source>
            <translation>Podpis odręczny musi być obrazem PNG (base64, maks. 200 kB).</translation>
        </message>
        <message>
            <source>A {kind} application has no signer {signer}.</source>
            <translation>Wniosek typu „{kind}” nie przewiduje podpisującego {signer}.</translation>
        </message>
        <message>
            <source>There is no consent {consent}.</source>
            <translation>Nieznana zgoda: {consent}.</translation>
        </message>
        <message>
            <source>A signed agreement is not checked.</source>
            <translation>Podpisanej umowy się nie weryfikuje.</translation>
        </message>
        <message>
            <source>This file is already attached.</source>
            <translation>Ten plik jest już załączony.</translation>
        </message>
        <message>
            <source>Say why the application is rejected.</source>
            <translation>Podaj powód odrzucenia wniosku.</translation>
        </message>
        <message>
            <source>Unknown identity document.</source>
            <translation>Nieznany rodzaj dokumentu tożsamości.</translation>
        </message>
        <message>
            <source>The document number has 5 to 20 letters and digits.</source>
            <translation>Numer dokumentu ma od 5 do 20 liter i cyfr.</translation>
        </message>
        <message>
            <source>This is not a valid Polish identity card number (3 letters, 6 digits).</source>
            <translation>To nie jest prawidłowy numer polskiego dowodu osobistego (3 litery, 6 cyfr).</translation>
        </message>
        <message>
            <source>The issuing country is a two-letter code.</source>
            <translation>Kraj wydania podaj jako kod dwuliterowy.</translation>
        </message>
        <message>
            <source>This document expired on {expiry}.</source>
            <translation>Ten dokument stracił ważność {expiry}.</translation>
        </message>
        <message>
            <source>The agreement is signed and cannot be changed; ask the branch.</source>
            <translation>Umowa jest podpisana i nie można jej zmienić; prosimy o kontakt z oddziałem.</translation>
        </message>
        <message>
            <source>The agreement is signed and cannot be changed; start a new version to sign again.</source>
            <translation>Umowa jest podpisana i nie można jej zmienić; aby podpisać ponownie, utwórz nową wersję.</translation>
        </message>
        <message>
            <source>Not everything is ready for signing yet: {missing}.</source>
            <translation>Nie wszystko jest jeszcze gotowe do podpisu: {missing}.</translation>
        </message>
        <message>
            <source>Someone other than the advisor who signed and submitted it must decide on this application.</source>
            <translation>O tym wniosku musi zdecydować ktoś inny niż doradca, który go podpisał i złożył.</translation>
        </message>
        <message>
            <source>The application changed after the customer signed it (a document was added or changed, e.g. on the web): start a new version and have it signed again.</source>
            <translation>Wniosek zmienił się po podpisaniu go przez klienta (dodano lub zmieniono dokument, np. przez internet): utwórz nową wersję i poproś o ponowny podpis.</translation>
        </message>
        <message>
            <source>The file is too large ({size_mb} MB); at most {limit_mb} MB can be attached.</source>
            <translation>Plik jest za duży ({size_mb} MB); można załączyć maksymalnie {limit_mb} MB.</translation>
        </message>
        <message>
            <source>{filename} is not a PDF, JPEG or PNG file.</source>
            <translation>{filename} nie jest plikiem PDF, JPEG ani PNG.</translation>
        </message>
        <message>
            <source>The amount {value} {currency} is outside this product's limits ({min}–{max} {currency}).</source>
            <translation>Kwota {value} {currency} jest poza limitami tego produktu ({min}–{max} {currency}).</translation>
        </message>
        <message>
            <source>A term of {value} months is outside this product's limits ({min}–{max}).</source>
            <translation>Okres kredytowania {value} mies. jest poza limitami tego produktu ({min}–{max}).</translation>
        </message>
        <message>
            <source>The offer expired at {valid_until}; make a new offer.</source>
            <translation>Oferta wygasła {valid_until}; przygotuj nową ofertę.</translation>
        </message>
        <message>
            <source>The customer has not signed yet.</source>
            <translation>Klient jeszcze nie podpisał.</translation>
        </message>
        <message>
            <source>This is too small to be a signature: ask the customer to sign across the pad.</source>
            <translation>To za mało na podpis: poproś klienta, by podpisał się na całej szerokości pola.</translation>
        </message>
        <message>
            <source>The signature could not be read; sign again.</source>
            <translation>Nie udało się odczytać podpisu; podpisz ponownie.</translation>
        </message>
        <message>
            <source>The signature is too long; clear it and sign again.</source>
            <translation>Podpis jest za długi; wyczyść go i podpisz ponownie.</translation>
        </message>
        <message>
            <source>The server holds {received} bytes of this file; send from there.</source>
            <translation>Serwer ma już {received} B tego pliku; wyślij resztę od tego miejsca.</translation>
        </message>
        <message>
            <source>The file has {size} bytes; these go past its end.</source>
            <translation>Plik ma {size} B; te dane wykraczają poza jego koniec.</translation>
        </message>
        <message>
            <source>placed and not yet prepared</source>
            <translation>złożone i jeszcze nieprzygotowane</translation>
        </message>
        <message>
            <source>ready for pickup</source>
            <translation>gotowe do odbioru</translation>
        </message>
        <message>
            <source>already picked up</source>
            <translation>już odebrane</translation>
        </message>
        <message>
            <source>already shipped</source>
            <translation>już wysłane</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>zrealizowane</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowane</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>przeterminowane</translation>
        </message>
        <message>
            <source>go back to placed</source>
            <translation>wrócić do stanu „złożone”</translation>
        </message>
        <message>
            <source>be marked ready for pickup</source>
            <translation>zostać oznaczone jako gotowe do odbioru</translation>
        </message>
        <message>
            <source>be handed over</source>
            <translation>zostać wydane</translation>
        </message>
        <message>
            <source>be shipped</source>
            <translation>zostać wysłane</translation>
        </message>
        <message>
            <source>be completed</source>
            <translation>zostać zrealizowane</translation>
        </message>
        <message>
            <source>be cancelled</source>
            <translation>zostać anulowane</translation>
        </message>
        <message>
            <source>expire</source>
            <translation>zostać oznaczone jako przeterminowane</translation>
        </message>
        <message>
            <source>A take-away sale</source>
            <translation>Zamówienie od ręki</translation>
        </message>
        <message>
            <source>A pickup order</source>
            <translation>Zamówienie z odbiorem osobistym</translation>
        </message>
        <message>
            <source>A shipping order</source>
            <translation>Zamówienie z dostawą</translation>
        </message>
        <message>
            <source>expired uncollected</source>
            <translation>przeterminowane (nieodebrane)</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>wysłane</translation>
        </message>
        <message>
            <source>still a draft</source>
            <translation>jeszcze wersją roboczą</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>złożony</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>w weryfikacji</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>zatwierdzony</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>odrzucony</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>podpisany</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>wycofany</translation>
        </message>
        <message>
            <source>go back to draft</source>
            <translation>wrócić do wersji roboczej</translation>
        </message>
        <message>
            <source>be submitted</source>
            <translation>zostać złożony</translation>
        </message>
        <message>
            <source>be taken into review</source>
            <translation>zostać przekazany do weryfikacji</translation>
        </message>
        <message>
            <source>be approved</source>
            <translation>zostać zatwierdzony</translation>
        </message>
        <message>
            <source>be rejected</source>
            <translation>zostać odrzucony</translation>
        </message>
        <message>
            <source>be signed</source>
            <translation>zostać podpisany</translation>
        </message>
        <message>
            <source>be withdrawn</source>
            <translation>zostać wycofany</translation>
        </message>
        <message>
            <source>loan</source>
            <translation>kredyt</translation>
        </message>
        <message>
            <source>order</source>
            <translation>zamówienie</translation>
        </message>
        <message>
            <source>the person changed their PIN</source>
            <translation>ta osoba zmieniła PIN</translation>
        </message>
        <message>
            <source>this device was revoked</source>
            <translation>temu urządzeniu odebrano dostęp</translation>
        </message>
        <message>
            <source>the person's account was closed</source>
            <translation>konto tej osoby zostało zamknięte</translation>
        </message>
        <message>
            <source>it was ended</source>
            <translation>sesję zakończono</translation>
        </message>
        <message>
            <source>cashier</source>
            <translation>kasjer</translation>
        </message>
        <message>
            <source>advisor</source>
            <translation>doradca</translation>
        </message>
        <message>
            <source>field rep</source>
            <translation>przedstawiciel handlowy</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>kierownik</translation>
        </message>
        <message>
            <source>pricing</source>
            <translation>dział cen</translation>
        </message>
        <message>
            <source>application</source>
            <translation>wniosek</translation>
        </message>
        <message>
            <source>cart</source>
            <translation>koszyk</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>klient</translation>
        </message>
        <message>
            <source>price list</source>
            <translation>cennik</translation>
        </message>
        <message>
            <source>product</source>
            <translation>produkt</translation>
        </message>
        <message>
            <source>staff member</source>
            <translation>pracownik</translation>
        </message>
        <message>
            <source>{amount} in cash</source>
            <translation>{amount} gotówką</translation>
        </message>
        <message>
            <source>{amount} to the card</source>
            <translation>{amount} na kartę</translation>
        </message>
        <message>
            <source>{amount} as store credit</source>
            <translation>{amount} na bon sklepowy</translation>
        </message>
        <message>
            <source>{amount} to the online payment</source>
            <translation>{amount} do płatności online</translation>
        </message>
        <message>
            <source>{amount} to {method}</source>
            <translation>{amount} ({method})</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>{product} removed</source>
            <translation>usunięto {product}</translation>
        </message>
        <message>
            <source>{product} {from} → {to}</source>
            <translation>{product} {from} → {to}</translation>
        </message>
        <message>
            <source>added {quantity} × {product}</source>
            <translation>dodano {quantity} × {product}</translation>
        </message>
        <message>
            <source>drawn signature</source>
            <translation>podpis odręczny</translation>
        </message>
        <message>
            <source>typed signature</source>
            <translation>podpis wpisany</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n produkt</numerusform>
                <numerusform>%n produkty</numerusform>
                <numerusform>%n produktów</numerusform>
            </translation>
        </message>
        <message>
            <source>Customer {name} created.</source>
            <translation>Utworzono klienta {name}.</translation>
        </message>
        <message numerus="yes">
            <source>Bought %n item(s) at {store} for {total} (sale {number}).</source>
            <translation>
                <numerusform>Zakup: %n produkt w sklepie {store} za {total} (sprzedaż {number}).</numerusform>
                <numerusform>Zakup: %n produkty w sklepie {store} za {total} (sprzedaż {number}).</numerusform>
                <numerusform>Zakup: %n produktów w sklepie {store} za {total} (sprzedaż {number}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} placed for pickup at {store}: %n item(s), {total}.</source>
            <translation>
                <numerusform>Złożono zamówienie {number} z odbiorem w sklepie {store}: %n produkt, {total}.</numerusform>
                <numerusform>Złożono zamówienie {number} z odbiorem w sklepie {store}: %n produkty, {total}.</numerusform>
                <numerusform>Złożono zamówienie {number} z odbiorem w sklepie {store}: %n produktów, {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} placed to ship to {city}: %n item(s), {total}.</source>
            <translation>
                <numerusform>Złożono zamówienie {number} z wysyłką ({city}): %n produkt, {total}.</numerusform>
                <numerusform>Złożono zamówienie {number} z wysyłką ({city}): %n produkty, {total}.</numerusform>
                <numerusform>Złożono zamówienie {number} z wysyłką ({city}): %n produktów, {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} placed: %n item(s), {total}.</source>
            <translation>
                <numerusform>Złożono zamówienie {number}: %n produkt, {total}.</numerusform>
                <numerusform>Złożono zamówienie {number}: %n produkty, {total}.</numerusform>
                <numerusform>Złożono zamówienie {number}: %n produktów, {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} is ready for pickup at {store} until {until}.</source>
            <translation>Zamówienie {number} jest gotowe do odbioru w sklepie {store} do {until}.</translation>
        </message>
        <message numerus="yes">
            <source>Order {number} partly picked up at {store}: %n item(s); the other {cancelled} cancelled, refunded {refund}.</source>
            <translation>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produkt; pozostałe anulowano ({cancelled}), zwrócono {refund}.</numerusform>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produkty; pozostałe anulowano ({cancelled}), zwrócono {refund}.</numerusform>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produktów; pozostałe anulowano ({cancelled}), zwrócono {refund}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} partly picked up at {store}: %n item(s); the other {cancelled} cancelled.</source>
            <translation>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produkt; pozostałe anulowano ({cancelled}).</numerusform>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produkty; pozostałe anulowano ({cancelled}).</numerusform>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produktów; pozostałe anulowano ({cancelled}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} partly picked up at {store}: %n item(s), {waiting} still waiting.</source>
            <translation>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produkt, do odbioru pozostaje: {waiting}.</numerusform>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produkty, do odbioru pozostaje: {waiting}.</numerusform>
                <numerusform>Zamówienie {number} odebrano częściowo w sklepie {store}: %n produktów, do odbioru pozostaje: {waiting}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Order {number} picked up at {store}: the remaining %n item(s).</source>
            <translation>
                <numerusform>Zamówienie {number} odebrano w sklepie {store}: pozostały %n produkt.</numerusform>
                <numerusform>Zamówienie {number} odebrano w sklepie {store}: pozostałe %n produkty.</numerusform>
                <numerusform>Zamówienie {number} odebrano w sklepie {store}: pozostałych %n produktów.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} picked up at {store}.</source>
            <translation>Zamówienie {number} odebrano w sklepie {store}.</translation>
        </message>
        <message>
            <source>Order {number} shipped from {store}. Tracking: {tracking}.</source>
            <translation>Zamówienie {number} wysłano ze sklepu {store}. Numer przesyłki: {tracking}.</translation>
        </message>
        <message>
            <source>Order {number} shipped from {store}.</source>
            <translation>Zamówienie {number} wysłano ze sklepu {store}.</translation>
        </message>
        <message>
            <source>Order {number} cancelled: {reason} Refunded {refund}.</source>
            <translation>Zamówienie {number} anulowano: {reason} Zwrócono {refund}.</translation>
        </message>
        <message>
            <source>Order {number} cancelled: {reason}</source>
            <translation>Zamówienie {number} anulowano: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>The %n item(s) of order {number} not collected by {until} expired. Refunded {refund}.</source>
            <translation>
                <numerusform>%n produkt z zamówienia {number}, nieodebrany do {until}, jest przeterminowany. Zwrócono {refund}.</numerusform>
                <numerusform>%n produkty z zamówienia {number}, nieodebrane do {until}, są przeterminowane. Zwrócono {refund}.</numerusform>
                <numerusform>%n produktów z zamówienia {number}, nieodebranych do {until}, jest przeterminowanych. Zwrócono {refund}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n item(s) of order {number} not collected by {until} expired.</source>
            <translation>
                <numerusform>%n produkt z zamówienia {number}, nieodebrany do {until}, jest przeterminowany.</numerusform>
                <numerusform>%n produkty z zamówienia {number}, nieodebrane do {until}, są przeterminowane.</numerusform>
                <numerusform>%n produktów z zamówienia {number}, nieodebranych do {until}, jest przeterminowanych.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order {number} was not collected by {until} and has expired. Refunded {refund}.</source>
            <translation>Zamówienie {number} nie zostało odebrane do {until} i jest przeterminowane. Zwrócono {refund}.</translation>
        </message>
        <message>
            <source>Order {number} was not collected by {until} and has expired.</source>
            <translation>Zamówienie {number} nie zostało odebrane do {until} i jest przeterminowane.</translation>
        </message>
        <message>
            <source>now paid at pickup</source>
            <translation>teraz płatne przy odbiorze</translation>
        </message>
        <message>
            <source>now paid in advance</source>
            <translation>teraz płatne z góry</translation>
        </message>
        <message>
            <source>{collected} paid now</source>
            <translation>wpłacono teraz {collected}</translation>
        </message>
        <message>
            <source>Order {number}: items were missing when {store} prepared it: {lines}.</source>
            <translation>Zamówienie {number}: przy kompletacji w sklepie {store} zabrakło produktów: {lines}.</translation>
        </message>
        <message>
            <source>Order {number} changed at {store}: {lines}.</source>
            <translation>Zamówienie {number} zmieniono w sklepie {store}: {lines}.</translation>
        </message>
        <message>
            <source>New total {total}.</source>
            <translation>Nowa kwota: {total}.</translation>
        </message>
        <message>
            <source>Refunded {refunds}.</source>
            <translation>Zwrot pieniędzy: {refunds}.</translation>
        </message>
        <message>
            <source>{due} due at pickup.</source>
            <translation>Do zapłaty przy odbiorze: {due}.</translation>
        </message>
        <message numerus="yes">
            <source>Returned %n unit(s) of order {number} at {store} ({return_number}): refund {refunds}.</source>
            <translation>
                <numerusform>Zwrócono %n sztukę z zamówienia {number} w sklepie {store} ({return_number}); zwrot pieniędzy: {refunds}.</numerusform>
                <numerusform>Zwrócono %n sztuki z zamówienia {number} w sklepie {store} ({return_number}); zwrot pieniędzy: {refunds}.</numerusform>
                <numerusform>Zwrócono %n sztuk z zamówienia {number} w sklepie {store} ({return_number}); zwrot pieniędzy: {refunds}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Returned %n unit(s) of order {number} by post ({return_number}): refund {refunds}.</source>
            <translation>
                <numerusform>Zwrócono %n sztukę z zamówienia {number} pocztą ({return_number}); zwrot pieniędzy: {refunds}.</numerusform>
                <numerusform>Zwrócono %n sztuki z zamówienia {number} pocztą ({return_number}); zwrot pieniędzy: {refunds}.</numerusform>
                <numerusform>Zwrócono %n sztuk z zamówienia {number} pocztą ({return_number}); zwrot pieniędzy: {refunds}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Order application {number} started.</source>
            <translation>Założono wniosek o zamówienie {number}.</translation>
        </message>
        <message>
            <source>Loan application {number} started.</source>
            <translation>Założono wniosek kredytowy {number}.</translation>
        </message>
        <message>
            <source>Application {number} submitted.</source>
            <translation>Złożono wniosek {number}.</translation>
        </message>
        <message>
            <source>Application {number} taken into review.</source>
            <translation>Wniosek {number} przyjęto do rozpatrzenia.</translation>
        </message>
        <message>
            <source>Application {number} approved. {note}</source>
            <translation>Zaakceptowano wniosek {number}. {note}</translation>
        </message>
        <message>
            <source>Application {number} approved.</source>
            <translation>Zaakceptowano wniosek {number}.</translation>
        </message>
        <message>
            <source>Application {number} rejected. {note}</source>
            <translation>Odrzucono wniosek {number}. {note}</translation>
        </message>
        <message>
            <source>Application {number} rejected.</source>
            <translation>Odrzucono wniosek {number}.</translation>
        </message>
        <message>
            <source>Application {number} signed ({method}, {channel}).</source>
            <translation>Podpisano wniosek {number} ({method}, {channel}).</translation>
        </message>
        <message>
            <source>Application {number} withdrawn.</source>
            <translation>Wycofano wniosek {number}.</translation>
        </message>
        <message numerus="yes">
            <source>Offer for application {number}: {amount} over %n month(s), APR {apr} %.</source>
            <translation>
                <numerusform>Oferta do wniosku {number}: {amount} na %n miesiąc, RRSO {apr} %.</numerusform>
                <numerusform>Oferta do wniosku {number}: {amount} na %n miesiące, RRSO {apr} %.</numerusform>
                <numerusform>Oferta do wniosku {number}: {amount} na %n miesięcy, RRSO {apr} %.</numerusform>
            </translation>
        </message>
        <message>
            <source>{document} received for application {number}: {filename}.</source>
            <translation>Wniosek {number}: wpłynął dokument „{document}” ({filename}).</translation>
        </message>
        <message>
            <source>{document} of application {number} verified ({filename}).</source>
            <translation>Wniosek {number}: zweryfikowano dokument „{document}” ({filename}).</translation>
        </message>
        <message>
            <source>{document} of application {number} rejected ({filename}): {reason}</source>
            <translation>Wniosek {number}: odrzucono dokument „{document}” ({filename}): {reason}</translation>
        </message>
        <message>
            <source>Identity checked for application {number}: {identity_type} {masked}.</source>
            <translation>Wniosek {number}: sprawdzono tożsamość – {identity_type} {masked}.</translation>
        </message>
        <message>
            <source>{consent} given for application {number}.</source>
            <translation>{consent}: udzielona (wniosek {number}).</translation>
        </message>
        <message>
            <source>{consent} withdrawn for application {number}.</source>
            <translation>{consent}: wycofana (wniosek {number}).</translation>
        </message>
        <message>
            <source>Application {number} reopened as version {version}, to be signed again.</source>
            <translation>Wniosek {number} otwarto ponownie jako wersję {version}; wymaga ponownego podpisu.</translation>
        </message>
        <message>
            <source>Callback booked for {due_at}: {note}</source>
            <translation>Umówiono oddzwonienie na {due_at}: {note}</translation>
        </message>
        <message>
            <source>Callback booked for {due_at}.</source>
            <translation>Umówiono oddzwonienie na {due_at}.</translation>
        </message>
        <message>
            <source>Appointment booked at {branch} for {at}: {note}</source>
            <translation>Umówiono wizytę w oddziale {branch} na {at}: {note}</translation>
        </message>
        <message>
            <source>Appointment booked at {branch} for {at}.</source>
            <translation>Umówiono wizytę w oddziale {branch} na {at}.</translation>
        </message>
        <message>
            <source>This file is no longer on this device.</source>
            <translation>Tego pliku nie ma już na tym urządzeniu.</translation>
        </message>
        <message>
            <source>The lender may ask the credit registers about the customer's debts and repayments to decide on this credit.</source>
            <translation>Kredytodawca może sprawdzić w biurach informacji kredytowej zadłużenie i historię spłat klienta, aby podjąć decyzję o tym kredycie.</translation>
        </message>
        <message>
            <source>The lender may keep and use the customer's personal data to assess, grant and manage this credit.</source>
            <translation>Kredytodawca może przechowywać i przetwarzać dane osobowe klienta w celu oceny, udzielenia i obsługi tego kredytu.</translation>
        </message>
        <message>
            <source>The customer agrees to receive offers; they may withdraw it at any time.</source>
            <translation>Klient zgadza się na otrzymywanie ofert; zgodę może wycofać w każdej chwili.</translation>
        </message>
        <message>
            <source>Not given yet.</source>
            <translation>Jeszcze nie udzielono.</translation>
        </message>
        <message>
            <source>Given {when} ({channel}, {place}).</source>
            <translation>Udzielona {when} ({channel}, {place}).</translation>
        </message>
        <message>
            <source>Given {when} ({channel}).</source>
            <translation>Udzielona {when} ({channel}).</translation>
        </message>
        <message>
            <source>Withdrawn {when} ({channel}).</source>
            <translation>Wycofana {when} ({channel}).</translation>
        </message>
        <message>
            <source>Consents for {number}</source>
            <translation>Zgody do wniosku {number}</translation>
        </message>
        <message>
            <source>{consent} (required)</source>
            <translation>{consent} (wymagana)</translation>
        </message>
        <message>
            <source>No application {number} on this device.</source>
            <translation>Na tym urządzeniu nie ma wniosku {number}.</translation>
        </message>
        <message>
            <source>You signed or submitted this application: someone else must decide on it.</source>
            <translation>Wniosek został podpisany lub złożony przez Ciebie – decyzję musi podjąć inny pracownik.</translation>
        </message>
        <message>
            <source>The application changed after the customer signed it (for example a document uploaded on the web reached the server first), so it cannot be approved as signed. Start a new version (New version) and have it signed again.</source>
            <translation>Wniosek zmienił się po podpisaniu go przez klienta (np. dokument przesłany przez internet dotarł wcześniej do serwera), więc nie można go zatwierdzić jako podpisanego. Utwórz nową wersję (Nowa wersja) i ponownie daj ją klientowi do podpisu.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Wycofaj</translation>
        </message>
        <message>
            <source>Withdraw application {number}? It cannot be reopened.</source>
            <translation>Wycofać wniosek {number}? Nie będzie można go ponownie otworzyć.</translation>
        </message>
        <message>
            <source>rejected: {reason}</source>
            <translation>odrzucony: {reason}</translation>
        </message>
        <message>
            <source>on its way</source>
            <translation>w drodze</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Zweryfikuj</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation>Odrzuć…</translation>
        </message>
        <message>
            <source>Attach…</source>
            <translation>Dołącz…</translation>
        </message>
        <message>
            <source>Attach a PDF, JPEG or PNG, or drop files on this row</source>
            <translation>Dołącz plik PDF, JPEG lub PNG albo przeciągnij pliki na ten wiersz</translation>
        </message>
        <message>
            <source>No file attached yet.</source>
            <translation>Nie dołączono jeszcze pliku.</translation>
        </message>
        <message>
            <source>Attach to {document}</source>
            <translation>Dołącz do: {document}</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Skany i zdjęcia (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Reject {filename}</source>
            <translation>Odrzuć {filename}</translation>
        </message>
        <message>
            <source>Why is this document rejected? The customer is told.</source>
            <translation>Dlaczego dokument jest odrzucany? Klient otrzyma tę informację.</translation>
        </message>
        <message>
            <source>Say why the document is rejected.</source>
            <translation>Podaj powód odrzucenia dokumentu.</translation>
        </message>
        <message>
            <source>Opening the file…</source>
            <translation>Otwieranie pliku…</translation>
        </message>
        <message>
            <source>{type} {number}, {country}, valid until {expiry}</source>
            <translation>{type} {number}, {country}, ważny do {expiry}</translation>
        </message>
        <message>
            <source>Identity checked for {number}</source>
            <translation>Weryfikacja tożsamości – wniosek {number}</translation>
        </message>
        <message>
            <source>As printed on the document</source>
            <translation>Tak jak w dokumencie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numer</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Data ważności</translation>
        </message>
        <message>
            <source>Issuing country</source>
            <translation>Kraj wydania</translation>
        </message>
        <message>
            <source>No identity document recorded yet.</source>
            <translation>Nie zapisano jeszcze dokumentu tożsamości.</translation>
        </message>
        <message>
            <source>Recorded: {identity}</source>
            <translation>Zapisano: {identity}</translation>
        </message>
        <message>
            <source>Choose an application in the queue, or type or scan its number.</source>
            <translation>Wybierz wniosek z kolejki albo wpisz lub zeskanuj jego numer.</translation>
        </message>
        <message>
            <source>F10 search · type a number, a name or scan a QR code · ↑/↓ choose · Enter open · Ctrl+1…4 offer, documents, identity, history</source>
            <translation>F10 szukaj · wpisz numer, nazwisko lub zeskanuj kod QR · ↑/↓ wybierz · Enter otwórz · Ctrl+1…4 oferta, dokumenty, tożsamość, historia</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Wnioski</translation>
        </message>
        <message>
            <source>Reject {number}</source>
            <translation>Odrzuć wniosek {number}</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Odrzuć</translation>
        </message>
        <message>
            <source>Why is the application rejected? The customer is told.</source>
            <translation>Dlaczego wniosek zostaje odrzucony? Powód zostanie przekazany klientowi.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Writing the agreement…</source>
            <translation>Tworzenie umowy…</translation>
        </message>
        <message>
            <source>Let the customer read the agreement, in their language, before signing.</source>
            <translation>Przed podpisaniem daj klientowi przeczytać umowę w jego języku.</translation>
        </message>
        <message>
            <source>The customer consents to sign electronically</source>
            <translation>Klient zgadza się na podpis elektroniczny</translation>
        </message>
        <message>
            <source>Next: sign</source>
            <translation>Dalej: podpis</translation>
        </message>
        <message>
            <source>The customer signs in the box with the mouse, a pen or a finger.</source>
            <translation>Klient podpisuje się w polu myszą, rysikiem lub palcem.</translation>
        </message>
        <message>
            <source>Back to the agreement</source>
            <translation>Wróć do umowy</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Podpisz</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drukuj…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Zapisz jako PDF…</translation>
        </message>
        <message>
            <source>Signed. The signed agreement {filename} is kept and will be sent.</source>
            <translation>Podpisano. Podpisana umowa {filename} została zachowana i zostanie wysłana.</translation>
        </message>
        <message>
            <source>SHA-256 of the agreement read and signed: {sha}</source>
            <translation>SHA-256 przeczytanej i podpisanej umowy: {sha}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <source>Record ca&amp;ll</source>
            <translation>Zapisz &amp;rozmowę</translation>
        </message>
        <message>
            <source>Record a call with this customer</source>
            <translation>Zapisz rozmowę z tym klientem</translation>
        </message>
        <message>
            <source>Call &amp;back…</source>
            <translation>Oddzwon&amp;ienie…</translation>
        </message>
        <message>
            <source>Book a callback for this customer</source>
            <translation>Umów oddzwonienie do tego klienta</translation>
        </message>
        <message>
            <source>Appoint&amp;ment…</source>
            <translation>&amp;Umów wizytę…</translation>
        </message>
        <message>
            <source>Book this customer a visit to a branch</source>
            <translation>Umów klientowi wizytę w oddziale</translation>
        </message>
        <message>
            <source>Repayment schedule</source>
            <translation>Harmonogram spłat</translation>
        </message>
        <message>
            <source>Consents given</source>
            <translation>Udzielone zgody</translation>
        </message>
        <message>
            <source>Customer signature</source>
            <translation>Podpis klienta</translation>
        </message>
        <message>
            <source>The parties</source>
            <translation>Strony umowy</translation>
        </message>
        <message>
            <source>Lender</source>
            <translation>Kredytodawca</translation>
        </message>
        <message>
            <source>Identity number</source>
            <translation>Numer identyfikacyjny</translation>
        </message>
        <message>
            <source>The credit</source>
            <translation>Kredyt</translation>
        </message>
        <message>
            <source>Consent to a credit check with credit bureaus</source>
            <translation>Zgoda na weryfikację w biurach informacji kredytowej</translation>
        </message>
        <message>
            <source>Consent to the processing of personal data for this credit</source>
            <translation>Zgoda na przetwarzanie danych osobowych na potrzeby tego kredytu</translation>
        </message>
        <message>
            <source>Consent to sign this agreement electronically</source>
            <translation>Zgoda na podpisanie tej umowy w formie elektronicznej</translation>
        </message>
        <message>
            <source>The customer may withdraw from this agreement within 14 days of signing it without giving a reason, and may repay the credit early at any time. The figures above are those of the offer shown to the customer; the annual percentage rate of charge includes every cost of the credit known at signing.</source>
            <translation>Klient może odstąpić od umowy w terminie 14 dni od jej podpisania bez podania przyczyny, a także w każdej chwili spłacić kredyt przed terminem. Powyższe dane pochodzą z oferty przedstawionej klientowi; rzeczywista roczna stopa oprocentowania (RRSO) obejmuje wszystkie koszty kredytu znane w chwili podpisania umowy.</translation>
        </message>
        <message>
            <source>Total amount of credit</source>
            <translation>Całkowita kwota kredytu</translation>
        </message>
        <message>
            <source>Nominal interest rate (a year)</source>
            <translation>Oprocentowanie nominalne (w skali roku)</translation>
        </message>
        <message>
            <source>Annual percentage rate of charge</source>
            <translation>Rzeczywista roczna stopa oprocentowania</translation>
        </message>
        <message>
            <source>Total cost of credit</source>
            <translation>Całkowity koszt kredytu</translation>
        </message>
        <message>
            <source>Total amount to repay</source>
            <translation>Całkowita kwota do zapłaty</translation>
        </message>
        <message>
            <source>Offer valid until</source>
            <translation>Oferta ważna do</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Termin płatności</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>Rata</translation>
        </message>
        <message>
            <source>Balance left</source>
            <translation>Pozostało do spłaty</translation>
        </message>
        <message>
            <source>given on {day}</source>
            <translation>udzielona {day}</translation>
        </message>
        <message>
            <source>Consumer credit agreement no. {number}, version {version}</source>
            <translation>Umowa o kredyt konsumencki nr {number}, wersja {version}</translation>
        </message>
        <message>
            <source>This file is still on its way to this device: it is shown once it has arrived.</source>
            <translation>Ten plik jest jeszcze przesyłany na to urządzenie: zostanie wyświetlony, gdy dotrze.</translation>
        </message>
        <message>
            <source>This file cannot be shown: it is damaged, or it is not a PDF, JPEG or PNG.</source>
            <translation>Nie można wyświetlić tego pliku: jest uszkodzony albo nie jest plikiem PDF, JPEG ani PNG.</translation>
        </message>
        <message>
            <source>Document viewer</source>
            <translation>Przeglądarka dokumentów</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+minus)</source>
            <translation>Pomniejsz (Ctrl+minus)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+plus)</source>
            <translation>Powiększ (Ctrl+plus)</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Dopasuj szerokość</translation>
        </message>
        <message>
            <source>Fit the page to the width (Ctrl+0)</source>
            <translation>Dopasuj stronę do szerokości (Ctrl+0)</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Strona {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n strona</numerusform>
                <numerusform>%n strony</numerusform>
                <numerusform>%n stron</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing is signed yet: please sign on the pad.</source>
            <translation>Nie ma jeszcze podpisu: proszę podpisać się w polu.</translation>
        </message>
        <message>
            <source>The signature is too small: please sign across the pad.</source>
            <translation>Podpis jest za mały: proszę podpisać się na całej szerokości pola.</translation>
        </message>
        <message>
            <source>The signature is too long: please clear the pad and sign again.</source>
            <translation>Podpis jest za długi: proszę wyczyścić pole i podpisać się ponownie.</translation>
        </message>
        <message>
            <source>The signature could not be read: please clear the pad and sign again.</source>
            <translation>Nie udało się odczytać podpisu: proszę wyczyścić pole i podpisać się ponownie.</translation>
        </message>
        <message>
            <source>Signature pad</source>
            <translation>Pole podpisu</translation>
        </message>
        <message>
            <source>Sign here with the mouse, a pen or a finger; Delete clears the pad.</source>
            <translation>Proszę podpisać się tutaj myszą, rysikiem lub palcem; klawisz Delete czyści pole.</translation>
        </message>
        <message>
            <source>Sign here</source>
            <translation>Proszę się tu podpisać</translation>
        </message>
        <message>
            <source>The application changed while the customer was reading it: show the agreement again.</source>
            <translation>Wniosek zmienił się, gdy klient czytał umowę: pokaż umowę ponownie.</translation>
        </message>
        <message>
            <source>Instalment order</source>
            <translation>Zakup na raty</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>Nowy wniosek</translation>
        </message>
        <message>
            <source>{name} ({number})</source>
            <translation>{name} ({number})</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>&amp;Utwórz</translation>
        </message>
        <message>
            <source>From {low} to {high}, {shortest} to {longest} months.</source>
            <translation>Od {low} do {high}, od {shortest} do {longest} mies.</translation>
        </message>
        <message>
            <source>No credit product is offered in this customer's country.</source>
            <translation>W kraju tego klienta nie oferujemy żadnego produktu kredytowego.</translation>
        </message>
        <message>
            <source>New application: who applies?</source>
            <translation>Nowy wniosek: kto składa?</translation>
        </message>
        <message>
            <source>This customer is not on this device.</source>
            <translation>Tego klienta nie ma na tym urządzeniu.</translation>
        </message>
    </context>
</TS>

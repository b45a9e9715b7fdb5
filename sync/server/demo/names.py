"""Polish and Italian names, streets and towns for the demo data set."""

from __future__ import annotations

from dataclasses import dataclass

from sync.server.demo.common import Draw

PL_FEMALE = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
    "Magdalena", "Joanna", "Zofia", "Aleksandra", "Monika", "Natalia", "Julia", "Żaneta",
    "Beata", "Dorota", "Justyna", "Weronika", "Jadwiga", "Halina", "Grażyna", "Iwona",
    "Elżbieta", "Łucja", "Wiktoria", "Urszula", "Bożena", "Marta",
)
PL_MALE = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub",
    "Adam", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew",
    "Jerzy", "Maciej", "Rafał", "Jędrzej", "Bartłomiej", "Szymon", "Kacper", "Stanisław",
    "Józef", "Przemysław", "Sławomir", "Radosław", "Bogdan",
)
# Masculine forms; -ski/-cki/-dzki take -ska/-cka/-dzka for women, the rest do not change.
PL_SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski",
    "Michalski", "Nowicki", "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłoński", "Król",
    "Majewski", "Olszewski", "Jaworski", "Wróbel", "Malinowski", "Pawlak", "Witkowski",
    "Walczak", "Stępień", "Górski", "Rutkowski", "Michalak", "Sikora", "Ostrowski", "Baran",
    "Duda", "Szewczyk", "Tomaszewski", "Pietrzak", "Marciniak", "Wróblewski", "Zalewski",
    "Jakubowski", "Jasiński", "Zawadzki", "Sadowski", "Bąk", "Chmielewski", "Włodarczyk",
    "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Kubiak", "Maciejewski",
    "Szczepański", "Kucharski", "Wilk", "Kalinowski", "Lis", "Mazurek", "Wysocki", "Adamski",
    "Kaźmierczak", "Wasilewski", "Sobczak", "Czerwiński", "Andrzejewski", "Cieślak",
    "Głowacki", "Zakrzewski", "Kołodziej", "Sikorski", "Krajewski", "Gajewski", "Szymczak",
    "Szulc", "Baranowski", "Laskowski", "Brzeziński", "Makowski", "Ziółkowski", "Przybylski",
)
IT_FEMALE = (
    "Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessia", "Elisa",
    "Federica", "Silvia", "Sofia", "Aurora", "Giorgia", "Beatrice", "Ludovica", "Elena",
    "Anna", "Paola", "Roberta", "Maria Grazia", "Noemi", "Lucrezia", "Ilaria", "Greta",
    "Carlotta", "Rebecca", "Bianca", "Caterina", "Letizia", "Benedetta",
)
IT_MALE = (
    "Marco", "Alessandro", "Andrea", "Luca", "Matteo", "Francesco", "Lorenzo", "Davide",
    "Simone", "Federico", "Riccardo", "Giuseppe", "Giovanni", "Antonio", "Stefano",
    "Niccolò", "Nicolò", "Tommaso", "Gabriele", "Leonardo", "Mattia", "Pietro", "Fabrizio",
    "Salvatore", "Emanuele", "Gianluca", "Raffaele", "Vincenzo", "Massimo", "Ettore",
)
IT_SURNAMES = (
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
    "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
    "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
    "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
    "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi",
    "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso",
    "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna",
    "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza",
    "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone",
    "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore",
    "De Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati", "Piras", "Vitali",
    "Battaglia", "Sartori", "Neri", "Costantini", "Milani", "Pagano", "Ruggiero",
    "Sorrentino", "D'Amico", "Orlando", "Negri", "Zanetti",
)


def feminine(surname: str) -> str:
    """The Polish feminine form of a surname: Kowalski -> Kowalska, Nowak -> Nowak."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname


def is_female(first_name: str) -> bool:
    return first_name in PL_FEMALE or first_name in IT_FEMALE


PL_SURNAMES_FEMININE = tuple(feminine(name) for name in PL_SURNAMES)


def person(country: str, draw: Draw) -> tuple[str, str]:
    """A (first name, last name) typical of `country`."""
    if country == "PL":
        if draw.random() < 0.5:
            return draw.pick(PL_FEMALE), draw.pick(PL_SURNAMES_FEMININE)
        return draw.pick(PL_MALE), draw.pick(PL_SURNAMES)
    first = draw.pick(IT_FEMALE if draw.random() < 0.5 else IT_MALE)
    return first, draw.pick(IT_SURNAMES)


@dataclass(frozen=True)
class Town:
    """A town customers live in: streets, and how its postal codes look."""

    name: str
    country: str
    streets: tuple[str, ...]
    postal_prefixes: tuple[str, ...]  # PL "02-" style, IT "201" style

    def postal_code(self, draw: Draw) -> str:
        prefix = draw.pick(self.postal_prefixes)
        width = (6 if self.country == "PL" else 5) - len(prefix)  # "02-677", "20121"
        return f"{prefix}{draw.between(1, 10**width - 1):0{width}d}"

    def street(self, draw: Draw) -> str:
        street, number = draw.pick(self.streets), draw.between(1, 180)
        if self.country == "PL" and draw.random() < 0.6:
            return f"{street} {number}/{draw.between(1, 60)}"  # a flat: "ul. Długa 12/4"
        return f"{street} {number}"


TOWNS: dict[str, Town] = {t.name: t for t in (
    Town("Warszawa", "PL", ("ul. Marszałkowska", "ul. Puławska", "al. Jerozolimskie",
                            "ul. Grójecka", "ul. Targowa", "ul. Belwederska", "ul. Wolska",
                            "ul. Żelazna", "ul. Słowackiego", "al. Solidarności"),
         ("00-", "01-", "02-", "03-", "04-")),
    Town("Kraków", "PL", ("ul. Floriańska", "ul. Długa", "ul. Karmelicka", "al. Pokoju",
                          "ul. Wielicka", "ul. Kalwaryjska", "os. Centrum C"), ("30-", "31-")),
    Town("Gdańsk", "PL", ("ul. Grunwaldzka", "ul. Kartuska", "ul. Długa", "ul. Słowackiego",
                          "ul. Kołobrzeska"), ("80-",)),
    Town("Gdynia", "PL", ("ul. Świętojańska", "ul. Starowiejska", "ul. Morska",
                          "ul. Władysława IV"), ("81-",)),
    Town("Sopot", "PL", ("ul. Bohaterów Monte Cassino", "al. Niepodległości"), ("81-7",)),
    Town("Słupsk", "PL", ("ul. Wojska Polskiego", "ul. Kołłątaja"), ("76-2",)),
    Town("Elbląg", "PL", ("ul. Hetmańska", "ul. Grunwaldzka"), ("82-3",)),
    Town("Wejherowo", "PL", ("ul. Sobieskiego", "ul. Wałowa"), ("84-2",)),
    Town("Milano", "IT", ("Via Torino", "Corso Buenos Aires", "Via Dante", "Viale Monza",
                          "Via Padova", "Corso di Porta Romana", "Via Washington",
                          "Viale Certosa"), ("201",)),
    Town("Roma", "IT", ("Via del Corso", "Via Nazionale", "Via Tuscolana", "Viale Marconi",
                        "Via Appia Nuova", "Via Cola di Rienzo", "Via Prenestina"), ("001",)),
    Town("Torino", "IT", ("Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II",
                          "Via Nizza", "Corso Francia"), ("101",)),
    Town("Bergamo", "IT", ("Via XX Settembre", "Via Borgo Palazzo"), ("241",)),
    Town("Brescia", "IT", ("Corso Zanardelli", "Via Milano"), ("251",)),
    Town("Como", "IT", ("Via Milano", "Viale Varese"), ("221",)),
    Town("Monza", "IT", ("Via Italia", "Corso Milano"), ("209",)),
    Town("Novara", "IT", ("Corso Cavour", "Corso Torino"), ("281",)),
)}

# The towns a field territory's customers live in.
TERRITORY_TOWNS = {
    "PL-FIELD-N": ("Gdynia", "Sopot", "Słupsk", "Elbląg", "Wejherowo"),
    "IT-FIELD-NORD": ("Bergamo", "Brescia", "Como", "Monza", "Novara"),
}

EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

"""Whole headers of metadata sheets in the other official EU languages (Latin letters, and Greek and Cyrillic).

Portuguese, Dutch, Greek and Bulgarian sheets are read for every column the product reads; the other languages
(Czech, Slovak, Slovenian, Croatian, Romanian, Hungarian, Swedish, Danish, Finnish, Estonian, Latvian, Lithuanian)
for the columns a contribution cannot do without: the file, who sent it (name), the organisation, the country, the
region and the kind, and (in Czech, Slovak, Hungarian, Swedish, Danish, Finnish, Estonian and Lithuanian) the date
it came, its language and title, and the contributor's role where a word says it for sure. Headers are written with
their letters; ``metadata_headers.fold`` makes "Organização" and "Organizacao" one header.

A word two languages give two meanings is left out rather than guessed: Czech and Slovak "kraj" is a region but
Polish "kraj" a country (kept as the country, as before); "stát" (Czech, Romanian "stat") would also read an
abbreviated "Stat." (status) column as the country; Italian "parola" (word) is Romanian for password. Each header
here is matched whole, so a word that only helps name a field in one language never decides another language's
column.
"""

from __future__ import annotations

__all__ = ["DATE_WORDS", "HEADERS_BY_LANGUAGE", "RECEIVED_WORDS"]

HEADERS_BY_LANGUAGE: dict[str, dict[str, tuple[str, ...]]] = {
    "Portuguese": {
        "file": ("ficheiro", "arquivo", "nome do ficheiro", "nome de ficheiro", "nome do arquivo", "nome de arquivo",
                 "ficheiros", "arquivos", "anexo", "nome do documento", "documento anexo"),
        "title": ("título do documento", "título do contributo", "assunto"),
        "kind": ("tipo de contributo", "tipo de contribuição", "natureza", "natureza do contributo",
                 "tipo de documento", "categoria do documento"),
        "contributor": ("nome completo", "nome e apelido", "nome e sobrenome", "autora", "contribuidor",
                        "contribuidora", "remetente", "perito", "perita", "nome do autor", "enviado por",
                        "submetido por", "apresentado por"),
        "organisation": ("organização", "instituição", "entidade", "nome da organização", "nome da entidade",
                         "nome da instituição", "organismo"),
        "country": ("país de origem", "país região", "país ou região", "estado membro"),
        "region": ("região", "grupo de países"),
        "role": ("função", "papel", "cargo", "tipo de entidade", "tipo de organização", "categoria de entidade"),
        "date": ("data de receção", "data de recepção", "data de recebimento", "data de envio", "data de submissão",
                 "data do documento", "data de entrada", "recebido em", "enviado em"),
        "language": ("língua", "língua do documento", "idioma do documento"),
        "password": ("senha", "palavra passe"),
    },
    "Dutch": {
        "file": ("bestand", "bestandsnaam", "naam bestand", "naam van het bestand", "bestanden", "bijlage",
                 "documentnaam", "naam document", "naam van het document"),
        "title": ("onderwerp", "titel van het document", "titel document"),
        "kind": ("soort", "soort bijdrage", "soort document", "soort inbreng", "type bijdrage", "type document",
                 "documenttype", "categorie", "aard van de bijdrage"),
        "contributor": ("naam", "volledige naam", "voor en achternaam", "naam indiener", "indiener", "inzender",
                        "afzender", "auteurs", "deskundige", "spreker", "ingediend door", "verzonden door"),
        "organisation": ("organisatie", "instelling", "instantie", "naam organisatie", "organisatienaam",
                         "naam van de organisatie", "naam instelling"),
        "country": ("land van herkomst", "land van oorsprong", "land regio", "lidstaat", "landnaam", "naam land"),
        "region": ("landengroep",),
        "role": ("rol", "functie", "type organisatie", "soort organisatie", "belanghebbende"),
        "date": ("ontvangstdatum", "datum ontvangst", "datum van ontvangst", "datum indiening", "ingediend op",
                 "ontvangen op", "verzonden op", "datum document"),
        "language": ("taal", "taal van het document"),
        "password": ("wachtwoord",),
    },
    "Czech": {
        "file": ("soubor", "název souboru", "příloha"),
        "title": ("název", "název dokumentu"),
        "language": ("jazyk", "jazyk dokumentu"),
        "role": ("funkce", "role"),
        "contributor": ("jméno", "jméno a příjmení", "příjmení", "odesílatel"),
        "organisation": ("organizace", "instituce", "název organizace"),
        "country": ("země", "země původu"),
        "region": ("oblast", "skupina zemí"),
        "kind": ("druh", "typ příspěvku", "druh dokumentu", "druh příspěvku"),
        # "přijato" or "doručeno" alone may be a column saying whether a contribution was accepted or delivered:
        # read as the date only when no other column heads it (RECEIVED_WORDS below)
        "date": ("datum přijetí", "datum doručení", "datum podání", "přijato dne", "doručeno dne"),
    },
    "Slovak": {
        "file": ("súbor", "názov súboru", "príloha"),
        "title": ("názov", "názov dokumentu"),
        "language": ("jazyk", "jazyk dokumentu"),
        "role": ("funkcia", "rola"),
        "contributor": ("meno", "meno a priezvisko", "priezvisko", "odosielateľ"),
        "organisation": ("organizácia", "inštitúcia", "názov organizácie"),
        "country": ("krajina",),
        "region": ("oblasť", "skupina krajín"),
        "kind": ("typ príspevku", "druh príspevku"),
        "date": ("dátum prijatia", "dátum doručenia", "prijaté dňa", "doručené dňa"),
    },
    "Slovenian": {
        "file": ("datoteka", "ime datoteke", "priloga"),
        "contributor": ("ime", "ime in priimek", "priimek", "avtor", "avtorica", "pošiljatelj"),
        "organisation": ("organizacija", "ustanova", "institucija"),
        "country": ("država", "dežela"),
        "region": ("regija",),
        "kind": ("vrsta", "vrsta prispevka", "vrsta dokumenta", "kategorija"),
    },
    "Croatian": {
        "file": ("naziv datoteke", "prilog"),
        "contributor": ("ime i prezime", "prezime", "autorica"),
        "organisation": ("naziv organizacije",),
        "country": ("zemlja",),
        "kind": ("vrsta doprinosa", "tip dokumenta"),
    },
    "Romanian": {
        "file": ("fișier", "nume fișier", "numele fișierului", "anexă"),
        "contributor": ("nume", "nume și prenume", "numele", "expeditor"),
        "organisation": ("organizație", "organizația", "instituție", "instituția"),
        "country": ("țară", "țara"),
        "region": ("regiune", "regiunea"),
        # "Tip document" is a kind, never a second file column
        "kind": ("tip", "tipul", "tipul documentului", "tipul contribuției", "categorie", "tip document",
                 "tip de document", "tipul de document", "tip contribuție", "tip de contribuție"),
    },
    "Hungarian": {
        "file": ("fájl", "fájlnév", "fájl neve", "állomány", "melléklet", "dokumentum"),
        "contributor": ("név", "szerző", "beküldő", "feladó"),
        "organisation": ("szervezet", "intézmény", "szervezet neve"),
        "country": ("ország",),
        "region": ("térség",),
        "kind": ("típus", "fajta", "dokumentum típusa", "kategória"),
        # the arrival, its time, "dated"; "beérkezett" (arrived) may be a yes-or-no column: the date only when no
        # other column is (RECEIVED_WORDS)
        "date": ("dátum", "beérkezés", "beérkezés ideje", "érkezés", "érkezés ideje", "beküldés ideje", "kelt"),
    },
    "Swedish": {
        "file": ("fil", "filnamn", "bilaga"),
        "contributor": ("namn", "författare", "avsändare"),
        "organisation": ("myndighet", "organisationens namn"),
        "kind": ("typ av bidrag", "slag", "kategori"),
        "title": ("rubrik", "dokumentets titel"),
        "country": ("ursprungsland",),
        "region": ("ländergrupp", "landsgrupp"),
        # "Inkommen" or "Mottagen" alone may say whether it came: the date only when no other column is (RECEIVED_WORDS)
        "date": ("inkom den", "inkommen den", "inkommet den", "ankomstdatum", "inlämningsdatum", "mottagen den",
                 "mottagningsdatum", "datum för inlämning"),
        "language": ("språk", "dokumentets språk"),
        "role": ("roll",),
    },
    "Danish": {
        "file": ("filnavn", "bilag"),
        "contributor": ("navn", "forfatter", "afsender", "indsender"),
        "organisation": ("myndighed",),
        "kind": ("type af bidrag", "dokumenttype"),
        "title": ("overskrift", "dokumentets titel"),
        "country": ("oprindelsesland",),
        "region": ("landegruppe",),
        "date": ("dato", "modtaget den", "modtagelsesdato", "dato for modtagelse", "indsendt den", "indsendelsesdato"),
        "language": ("sprog",),
    },
    "Finnish": {
        "file": ("tiedosto", "tiedostonimi", "tiedoston nimi", "asiakirja", "liite"),
        "contributor": ("nimi", "tekijä", "kirjoittaja", "lähettäjä", "asiantuntija"),
        "organisation": ("organisaatio", "järjestö", "laitos"),
        "country": ("maa",),
        "region": ("alue", "maaryhmä"),
        "kind": ("tyyppi", "laji", "asiakirjatyyppi"),
        "title": ("otsikko", "asiakirjan nimi"),
        # "Saapunut" (arrived) and "Vastaanotettu" (received) head the day a contribution came, as "Submitted" does
        "date": ("päivämäärä", "pvm", "saapumispäivä", "saapumispäivämäärä", "vastaanottopäivä", "lähetyspäivä",
                 "saapunut", "saapuneet", "saapunut pvm", "vastaanotettu", "lähetetty"),
        "language": ("kieli", "asiakirjan kieli"),
        "role": ("rooli", "tehtävä"),
    },
    "Estonian": {
        "file": ("fail", "failinimi", "faili nimi", "manus"),
        "contributor": ("saatja", "nimi", "ees ja perekonnanimi", "esitaja", "koostaja"),
        "organisation": ("organisatsioon", "asutus"),
        "country": ("riik",),
        "region": ("piirkond", "regioon", "riigirühm"),
        "kind": ("tüüp", "liik", "dokumendi liik", "kategooria"),
        "title": ("pealkiri", "dokumendi pealkiri"),
        # "Saabunud", "Laekunud" (arrived) and "Esitatud" (submitted), as "Submitted" is read
        "date": ("kuupäev", "saabumise kuupäev", "laekumise kuupäev", "esitamise kuupäev", "saabunud", "laekunud",
                 "esitatud", "saadetud"),
        "language": ("keel", "dokumendi keel"),
        "role": ("roll", "ametikoht"),
    },
    "Latvian": {
        "file": ("fails", "faila nosaukums", "datne", "datnes nosaukums", "pielikums"),
        "contributor": ("vārds", "vārds uzvārds", "uzvārds", "autors", "sūtītājs", "eksperts"),
        "organisation": ("organizācija", "iestāde"),
        "country": ("valsts",),
        "region": ("reģions",),
        "kind": ("veids", "tips", "dokumenta veids"),
    },
    "Lithuanian": {
        "file": ("failas", "failo pavadinimas", "rinkmena", "priedas"),
        "contributor": ("vardas", "vardas pavardė", "pavardė", "autorius", "siuntėjas", "ekspertas"),
        "organisation": ("institucija", "įstaiga"),
        "country": ("šalis", "valstybė"),
        "region": ("regionas", "šalių grupė"),
        "kind": ("tipas", "rūšis", "dokumento tipas", "dokumento rūšis", "indėlio rūšis"),
        "title": ("pavadinimas", "dokumento pavadinimas"),
        "date": ("gavimo data", "pateikimo data"),
        "language": ("kalba", "dokumento kalba"),
        "role": ("pareigos", "vaidmuo"),
    },
    # Greek and Bulgarian, in their own letters (fold() drops the Greek accents as it drops the Latin ones)
    "Greek": {
        "file": ("αρχείο", "όνομα αρχείου", "συνημμένο"),
        "title": ("τίτλος", "θέμα", "τίτλος εγγράφου"),
        "kind": ("είδος", "τύπος", "κατηγορία", "είδος συνεισφοράς", "τύπος εγγράφου", "είδος εγγράφου"),
        "contributor": ("όνομα", "ονοματεπώνυμο", "συντάκτης", "συγγραφέας", "αποστολέας", "εμπειρογνώμονας"),
        "organisation": ("οργανισμός", "φορέας", "ίδρυμα", "οργάνωση"),
        "country": ("χώρα", "κράτος", "χώρα προέλευσης"),
        "region": ("περιοχή", "ομάδα χωρών"),
        "date": ("ημερομηνία", "ημερομηνία παραλαβής", "ημερομηνία υποβολής", "ημ νία"),
        "language": ("γλώσσα",),
        "role": ("ρόλος", "ιδιότητα"),
    },
    "Bulgarian": {
        "file": ("файл", "име на файла", "прикачен файл"),
        "title": ("заглавие", "заглавие на документа"),
        "kind": ("вид", "тип", "вид на документа", "вид на приноса", "категория"),
        "contributor": ("име", "автор", "име и фамилия", "подател", "експерт"),
        "organisation": ("организация", "институция"),
        "country": ("държава", "страна"),
        "region": ("регион",),
        "date": ("дата", "дата на получаване", "получено на", "дата на подаване"),
        "language": ("език",),
        "role": ("роля", "длъжност"),
    },
}  # fmt: skip

# A bare word for "received", "arrived" or "submitted" heading a column, as "Saapunut" and "Saabunud" do: the date
# a contribution came, in the languages above and the agency's other languages. Alone such a word may also head a
# yes-or-no column (did it arrive?), so it heads the date only when no other column of the sheet does
# (``metadata_sheet``), and a value without a digit in it is no date (``metadata_values``).
RECEIVED_WORDS: tuple[str, ...] = (
    "reçu", "reçue", "recibido", "recibida", "ricevuto", "pervenuto", "recebido", "recebida", "otrzymano",
    "wpłynęło", "eingereicht", "přijato", "doručeno", "prijaté", "doručené", "prejeto", "zaprimljeno", "primljeno",
    "primit", "primită", "beérkezett", "érkezett", "inkommen", "inkommet", "mottagen", "mottaget", "modtaget",
    "indsendt", "gauta", "pateikta", "saņemts", "iesniegts", "παραλήφθηκε", "ελήφθη", "получено", "постъпило",
)  # fmt: skip
# the plain word for "date" in the languages whose sheets were read for fewer columns
DATE_WORDS: dict[str, tuple[str, ...]] = {
    "Slovenian": ("datum prejema", "datum oddaje"),
    "Croatian": ("datum zaprimanja", "datum primitka"),
    "Romanian": ("data primirii", "data înregistrării", "data depunerii"),
    "Latvian": ("datums", "saņemšanas datums", "iesniegšanas datums"),
    "Finnish": ("päiväys",),
}
for _language, _words in DATE_WORDS.items():
    HEADERS_BY_LANGUAGE[_language]["date"] = (*HEADERS_BY_LANGUAGE[_language].get("date", ()), *_words)

from parts.common import E

E("fi", "erasure", False, "school on behalf of several pupils: remove from yearbook web version",
  "Vaasan Normaalikoulu, rehtori <rehtori.norssi@example.fi>", "Oppilaiden kuvat vuosikirjan verkkoversiossa",
  """Hyvä vastaanottaja,

seuraavien oppilaiden huoltajat ovat ilmoittaneet koululle, etteivät he halua lastensa kuvia
julkisesti verkkoon. Kuvat ovat kuitenkin näkyvissä teidän ylläpitämässänne vuosikirjan
verkkoversiossa (vuosikirja 2025–2026):

6A: Aada Lindfors, Eemil Kuusisto, Matilda Hirvonen
6B: Onni Salminen, Iida Räsänen
9C: Vilja Tuominen, Ilmari Granholm

Pyydämme poistamaan näiden oppilaiden kuvat ja nimet verkkoversiosta sekä teidän
järjestelmistänne siltä osin kuin niitä ei tarvita painettua vuosikirjaa varten.

Ystävällisin terveisin
Matti Haapala
rehtori, Vaasan Normaalikoulu""")

E("fi", "access", False, "what is stored in Slotti booking and how long",
  "Johanna Laine <johanna.laine@example.fi>", "Ajanvaraustiedot",
  """Hei,

varasin teiltä syksyllä useamman ajan Slotti-ajanvarauksen kautta. Haluaisin tietää, mitä tietoja
minusta siellä on tallessa (nimi, puhelin, viestit, peruutukset?), kenellä on niihin pääsy ja
kuinka kauan niitä säilytetään. Voitteko lähettää minulle kopion?

Johanna Laine""")

E("fi", "erasure", False, "16-year-old writes in own name, wants own photos deleted",
  "Emma Salo <emma.salo2010@example.fi>", "mun kuvat",
  """moi
oon 16 ja te otitte meidän koulussa kuvat syksyllä. mä en halua et mun kuvia on teillä tallessa
ollenkaan, voitteko poistaa ne kaikki, myös sen ryhmäkuvan jos se on mahdollista?? en oo tilannu niitä.
emma salo 9b, Onkilahden koulu""")

E("fi", "marketing_opt_out", False, "formal suoramarkkinointikielto, short",
  "Raimo Hietanen <raimo.hietanen@example.fi>", "Suoramarkkinointikielto",
  """Asetan suoramarkkinointikiellon kaikkiin kanaviin (posti, sähköposti, tekstiviesti, puhelin).

Raimo Hietanen
Keskuskatu 12 A 4, 65100 Vaasa""")

E("fi", "rectification", False, "invoice address missing staircase letter",
  "Minna Kallio <minna.kallio@example.fi>", "Osoite laskussa",
  """Hei, laskussa ja teidän asiakastiedoissa osoitteestani puuttuu rappu ja asunnon numero, siksi
posti palautti laskun. Oikea osoite on Rauhankatu 7 C 22, 65100 Vaasa. Voisitteko korjata sen ja
lähettää laskun uudelleen? Minna""")

E("fi", "objection", False, "employee objects to own staff photo as Zoomi's reference on its web site",
  "Petri Salmi <petri.salmi@example.fi>", "Kuvani referenssinä",
  """Hei,

kuvasitte työpaikkani henkilökuvat viime keväänä. Nyt huomasin, että minun kuvani on teidän
omilla nettisivuillanne esimerkkinä "yrityskuvauksista". En ole antanut siihen lupaa, ja vastustan
sitä. Työnantajani saa käyttää kuvaa omilla sivuillaan, mutta te ette mainoksena.

Petri Salmi""")

E("fi", "erasure+marketing_opt_out", False, "angry: delete data and stop the spam",
  "Hannu Lampinen <hannu.lampinen@example.fi>", "spämmi",
  """Tää on jo naurettavaa. Joka viikko tulee sähköpostia. Poistakaa mun tiedot teidän
rekisteristä ja lopettakaa se spämmääminen heti. En oo asioinu teillä vuosiin.

-H. Lampinen""")

E("fi", "", False, "accountant of customer company asks invoice copies (near-miss 'kopio')",
  "Tilitoimisto Pohjanmaan Luku <kirjanpito@pohjanmaanluku.example.fi>", "Kopiot laskuista",
  """Hei,

hoidamme asiakkaamme Rakennus Kyntäjä Oy:n kirjanpidon. Pyydämme kopiot teidän heille
lähettämistänne laskuista ajalta 1.1.–30.6.2026, koska osa on hävinnyt. PDF sähköpostitse
riittää.

Ystävällisin terveisin
Merja Kangas
Tilitoimisto Pohjanmaan Luku""")

E("fi", "", True, "Slotti booking notification without auto headers",
  "Slotti <ilmoitukset@slotti.example.com>", "Uusi varaus: Perhekuvaus 12.12.2026 klo 10.00",
  """Uusi varaus on tehty.

Palvelu: Perhekuvaus (60 min)
Aika: la 12.12.2026 klo 10.00–11.00
Toimipiste: Zoomi Kuvakaupat, Vasaratie 2 A
Asiakas: T. Niskanen
Lisätiedot: "2 aikuista, 3 lasta, koira"

Hallinnoi varauksia: https://slotti.example.com/admin""")

E("fi", "", False, "estate letter about a deceased customer's invoice",
  "Asianajotoimisto Rinne & Koski <perunkirjoitus@rinnekoski.example.fi>", "Kuolinpesä / Aune Lahtinen",
  """Hyvä vastaanottaja,

ilmoitamme, että asiakkaanne Aune Lahtinen (Kaarlelankatu 40, Vaasa) on kuollut 2.10.2026.
Toimimme kuolinpesän pesänselvittäjänä. Pyydämme, että hänen nimissään oleva avoin lasku
2026-4120 (34,00 €) lähetetään jatkossa alla olevaan osoitteeseen, jotta se voidaan maksaa
pesän varoista.

Kuolinpesä / Aune Lahtinen
c/o Asianajotoimisto Rinne & Koski, Hovioikeudenpuistikko 9, 65100 Vaasa""")

E("fi", "access+complaint", False, "access with conditional DPA threat",
  "Sirpa Hyvönen <sirpa.hyvonen@example.fi>", "Pyyntö saada omat tiedot",
  """Hei,

pyydän kopiota kaikista henkilötiedoista, joita yrityksellänne on minusta ja alaikäisestä
pojastani Aaro Hyvösestä (päiväkotikuvat 2023–2026). Jos en saa tietoja lain mukaisessa
kuukauden ajassa, vien asian tietosuojavaltuutetulle.

Sirpa Hyvönen""")

E("fi", "", False, "thanks after opt-out confirmation; quoted reply contains opt-out words",
  "Eila Saarela <eila.saarela@example.fi>", "Re: Markkinointikielto kirjattu",
  """Kiitos nopeasta vastauksesta, hyvä näin!

Eila

Lähetetty iPhonesta

> Hei Eila,
> olemme kirjanneet suoramarkkinointikiellon. Et saa meiltä enää uutiskirjeitä
> tai tekstiviestimainoksia. Jos haluat myöhemmin myös tietojesi poistamista,
> vastaa tähän viestiin.
> Ystävällisin terveisin, Zoomi Kuvakaupat""")

E("sv", "erasure", False, "father in Swedish, school's Finnish notice quoted below",
  "Fredrik Ek <fredrik.ek@example.fi>", "Sv: Koulukuvaus / Skolfotografering",
  """Hej,

vi har inte beställt några bilder i år och vill inte att ni sparar bilderna på vår dotter Alma Ek
(klass 2, Gerby skola). Radera dem, tack.

Fredrik Ek

> Hyvät huoltajat,
> koulukuvaus järjestetään 22.9. Kuvaaja Zoomi Kuvakaupat toimittaa tilauskoodit
> kotiin. Tilaamattomia kuvia säilytetään kuvaajan järjestelmässä.
> Terveisin, Gerbyn koulu""")

E("sv", "access", False, "where did you get my address",
  "Barbro Lillqvist <barbro.lillqvist@example.fi>", "Ert brev",
  """Hej,

jag fick ett brev från er med erbjudande om "barnbarnsfotografering". Jag har aldrig varit kund
hos er. Varifrån har ni fått min adress och vad mer har ni registrerat om mig?

Barbro Lillqvist, Petalax""")

E("sv", "marketing_opt_out", False, "no more SMS offers",
  "Thomas Snickars <thomas.snickars@example.fi>", "SMS",
  """Jag vill inte ha fler erbjudanden per sms från er. Numret är 0457 331 2200. Tack. /T.S.""")

E("sv", "rectification", False, "surname change after divorce",
  "Carina Björkqvist <carina.bjorkqvist@example.fi>", "Namnbyte",
  """Hej!

Jag har tagit tillbaka mitt flicknamn efter skilsmässan, så jag heter numera Carina Björkqvist
(tidigare Carina Sjöholm). Kan ni ändra namnet i mina kunduppgifter och på barnens
skolfotobeställningar där jag står som vårdnadshavare?

Vänliga hälsningar
Carina""")

E("sv", "portability", False, "download all my data electronically to take elsewhere",
  "Marcus Rönn <marcus.ronn@example.fi>", "Mina data",
  """Hej, finns det något sätt att ladda ner alla mina uppgifter hos er – konto, beställningar,
adressbok för kortutskick och mina egna bilder – i elektronisk form så att jag kan ta med dem
till en annan tjänst? Adressboken har över 80 adresser så jag vill inte skriva in allt igen.

Marcus""")

E("sv", "objection", False, "objects to handing photo to club website",
  "Linnea Forsman <linnea.forsman@example.fi>", "Min bild på klubbens hemsida",
  """Hej,

jag ser att ni har lämnat ut porträttbilden från ridklubbens fotografering till klubbens
hemsida. Jag motsätter mig att min bild lämnas ut och används på det sättet – den var bara
tänkt för mig själv.

Linnea Forsman""")

E("sv", "", False, "invoice paid twice, asks refund",
  "Göran Lindell <goran.lindell@example.fi>", "Dubbelbetalning",
  """Hej, jag råkade betala faktura 2026-4833 två gånger (27,80 €). Kan ni återbetala det ena
beloppet till FI12 3456 7800 0012 34? /Göran Lindell""")

E("sv", "", True, "password changed notice from another service, no auto headers",
  "Fotobanken <konto@fotobanken.example.se>", "Ditt lösenord har ändrats",
  """Hej,

lösenordet för ditt konto hos Fotobanken ändrades 17.11.2026 kl. 08:51.

Om det var du behöver du inte göra något. Om du inte har ändrat lösenordet, återställ det
omedelbart via https://fotobanken.example.se/aterstall och kontakta vår kundtjänst.

Fotobanken""")

E("sv", "", True, "association newsletter with bulk headers",
  "Österbottens Fotoklubb <info@fotoklubben.example.fi>", "Medlemsbrev november",
  """Hej medlemmar!

Novembermötet hålls 24.11 kl. 18 i Academill. Tema: porträttljus med små medel.
Årsavgiften för 2027 är 25 euro.

Vill du inte längre få medlemsbrevet? Avregistrera dig här: https://fotoklubben.example.fi/avreg""",
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<https://fotoklubben.example.fi/avreg>"})

E("sv", "erasure+restriction", False, "erase all but accounting data; keep that but use for nothing else",
  "Kristina Holmberg <kristina.holmberg@example.fi>", "Radering",
  """Hej,

jag vill att ni raderar alla uppgifter om mig. Jag förstår att ni kanske måste spara fakturorna
för bokföringen, men i så fall ska de bara ligga där – de får inte användas till något annat,
inte till marknadsföring, statistik eller något annat.

Kristina Holmberg""")

E("en", "access", False, "guardian: can I see data about my daughter",
  "Sophie Laurent <sophie.laurent@example.com>", "My daughter's data",
  """Hello,

my daughter Chloé Laurent (age 7) was photographed at Gerby daycare this autumn. Can I see what
data you store about her – the photos, her name, anything the daycare sent you? I'm her mother and
I received the order code at this address.

Sophie Laurent""")

E("en", "erasure", False, "right to be forgotten, formal",
  "Ciaran Byrne <ciaran.byrne@example.com>", "Right to be forgotten",
  """Dear Sir/Madam,

I hereby exercise my right to be forgotten. Please erase all personal data relating to me,
Ciaran Byrne, from your customer register, web shop and booking system, and confirm in writing
once this has been done, stating which data (if any) you are legally required to retain.

Yours faithfully,
Ciaran Byrne""")

E("en", "marketing_opt_out", False, "thread reply 'take me off your list' with quoted newsletter footer",
  "Megan Ross <megan.ross@example.com>", "Re: Zoomi News: Winter family sessions",
  """take me off your list please

On Tue, 10 Nov 2026 at 09:00, Zoomi Kuvakaupat <uutiset@example.fi> wrote:
> Winter family sessions are here! Book now in Slotti.
> ...
> You received this email because you are a Zoomi customer.
> Unsubscribe | Update your details""")

E("en", "", False, "reschedule appointment reply to booking confirmation",
  "Ahmed Hassan <ahmed.hassan@example.com>", "Re: Booking confirmed: Passport photo 20.11. 14:30",
  """Hi, can I move this to Monday morning instead? Something came up at work. Thanks, Ahmed

> Your booking is confirmed: Passport photo, Fri 20.11.2026 14:30, Vasaratie 2 A.""")

E("en", "", True, "utility-style 'your invoice is available' without auto headers",
  "Lumen Energy <billing@lumenenergy.example.com>", "Your invoice for November is available",
  """Dear customer,

your electricity invoice for November 2026 is now available in our online service.

Amount: 412.36 EUR
Due date: 18.12.2026

Log in to view it: https://lumenenergy.example.com/invoices

This message was sent automatically. Please do not reply.""")

E("en", "access+rectification+erasure", False, "three requests: what's held, fix address, delete old photos",
  "Rebecca Stone <rebecca.stone@example.com>", "Several things",
  """Hi,

three things, if I may:
1) what personal data do you currently hold about me?
2) my address is wrong – it should be Koulukatu 18 B 5, 65100 Vaasa, not Koulukatu 81;
3) please delete the photos from my 2019 and 2020 sessions, I don't need them stored anymore.

Thanks,
Rebecca""")

E("en", "marketing_opt_out+complaint", False, "sales calls at work; says GDPR violation, will go to authority",
  "Kevin Moore <kevin.moore@example.com>", "Sales calls",
  """Your sales people have now called my work phone four times about staff photo packages. I never
gave you this number. Stop calling me and stop any marketing to me. This is a GDPR violation and
I'll take it to the supervisory authority if it happens again.

Kevin Moore""")

E("en", "", True, "out-of-office with auto header",
  "Julia Svensson <julia.svensson@example.com>", "Out of Office: Re: Your photo order",
  """Thank you for your email. I am out of the office until Monday 30 November with limited access to
email. For urgent matters please contact office@example.com.

Julia""",
  hdrs={"Auto-Submitted": "auto-replied"})

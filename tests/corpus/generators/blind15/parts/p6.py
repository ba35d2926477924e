from parts.common import E

# ---------------- Finnish (13) ----------------
E("fi", "erasure", False, "kind only in subject, body is just contact details",
  "Marketta Leppänen <marketta.leppanen@example.fi>", "Poistopyyntö – kaikki tietoni",
  """Marketta Leppänen
Koulukatu 5 C 12, 65100 Vaasa
puh. 040 555 1212""")

E("fi", "access", False, "teen (16) writing in own name, spoken",
  "Iida Hyvärinen <iida.hyvarinen@example.fi>", "mun kuvat",
  """Moi! Oon 16 ja mut on kuvattu teilla koulussa joka vuosi ekaluokasta asti. Haluisin
naha mita kaikkii kuvia ja tietoja teil on musta tallessa, ihan itelle, ei vanhemmille.

Iida, 9C""")

E("fi", "marketing_opt_out", False, "reply above quoted newsletter footer",
  "Tapani Ruotsalainen <tapani.ruotsalainen@example.fi>", "Re: Zoomin uutiskirje 12/2026",
  """En ole pyytänyt tätä uutiskirjettä. Älkää lähettäkö enää.

T. Ruotsalainen

> Zoomin uutiskirje 12/2026
> Joulun parhaat kuvalahjat – katso valikoima!
> Et halua enää uutiskirjettä? Peruuta tilaus: example.fi/peru""")

E("fi", "", False, "debt collection letter why, payment dispute near miss",
  "Irmeli Koistinen <irmeli.koistinen@example.fi>", "Perintäkirje",
  """Hei,

sain perintäkirjeen laskusta 69871. Lasku on mielestäni maksettu 15.10. Voitteko
tarkistaa maksun ja perua perinnän, liitteenä kuitti?

Irmeli Koistinen""")

E("fi", "rectification", False, "no umlauts, wrong child name spelling, guardian",
  "Mervi Jaaskelainen <mervi.jaaskelainen@example.fi>", "nimi vaarin",
  """hei, teidan jarjestelmassa tyton nimi on Ella-Maria vaikka oikea on Ella-Mari.
korjatkaa se ettei kevaan kuviin tule taas vaara nimi. kiitos
mervi""")

E("fi", "erasure+restriction", False, "delete marketing data but keep invoices frozen during dispute",
  "Juhani Peltonen <juhani.peltonen@example.fi>", "Tietojen poisto ja laskuriita",
  """Hei,

pyydän poistamaan tietoni markkinointirekisteristä ja verkkokauppatilini. Laskuihin
liittyvät tiedot ymmärrän, että joudutte säilyttämään, mutta niiden osalta pyydän, että
käsittely rajoitetaan pelkkään säilyttämiseen, koska laskusta 70990 on riita kesken.

Juhani Peltonen""")

E("fi", "", True, "newsletter of a software vendor offering GDPR course, no headers",
  "Tietosuojakoulutus Oy <uutiskirje@example.com>", "Webinaari: rekisteröidyn oikeudet käytännössä",
  """Hei!

Tervetuloa maksuttomaan webinaariin 14.1.2027 klo 9–10: Rekisteröidyn oikeudet käytännössä –
tarkastuspyynnöt, poistopyynnöt ja määräajat.

Ilmoittaudu: https://example.com/webinaari
Peruuta uutiskirjeen tilaus: https://example.com/peru""")

E("fi", "access", False, "reply above quoted our mail about Slotti, asks booking data",
  "Niko Hakkarainen <niko.hakkarainen@example.fi>", "Re: Ajanvarauksesi on peruttu",
  """Miksi varaus peruttiin? Ja haluaisin tietää mitä tietoja minusta on Slotti-järjestelmässä
ja teidän laskutuksessa.

Niko

> Hei,
> ajanvarauksesi 3.12. klo 15.00 on peruttu.
> Zoomi Kuvakaupat / Slotti""")

E("fi", "objection+marketing_opt_out", False, "objects to call logs analytics; opt-out line at end",
  "Kirsi Eskola <kirsi.eskola@example.fi>", "Puhelutallenteet",
  """Hei,

en halua että puheluitani ja niiden tietoja analysoidaan asiakaspalvelun kehittämiseksi,
vastustan sitä. Minulla on kuulovamma ja puheluni ovat hyvin henkilökohtaisia.

Ps. eikä mitään mainoksia enää.

Kirsi Eskola""")

E("fi", "", False, "complaint about photographer behaviour, no GDPR",
  "Jarmo Kivelä <jarmo.kivela@example.fi>", "Palaute kuvauspäivästä",
  """Hei,

kuvaaja oli koulun kuvauspäivänä todella kiireinen ja tiuski lapsille. Meidän poika tuli
kotiin itkien. Toivoisin, että asiaan puututaan.

Jarmo Kivelä""")

E("fi", "erasure", False, "representative (edunvalvontavaltuutus) for mother, conditional voisiko poistaa",
  "Sirpa Huhtala <sirpa.huhtala@example.fi>", "Äidin tiedot",
  """Hei,

äitini (84) on muistisairas ja asuu hoivakodissa, ja minulla on hänen vahvistettu
edunvalvontavaltuutuksensa. Hänelle tulee teiltä edelleen postia ja tarjouksia, joita hän
ei ymmärrä. Voisiko hänen tietonsa poistaa teidän asiakasrekisteristänne kokonaan?

Sirpa Huhtala""")

E("fi", "", False, "school asks for photo day schedule, mentions tietosuoja",
  "Palosaaren koulu <kanslia.palosaari@example.fi>", "Kuvauspäivän aikataulu",
  """Hei,

lähetättekö kevään kuvauspäivän aikataulun ja luokkalistapohjan? Tietosuojan vuoksi
toimitamme luokkalistat vain salatulla sähköpostilla, kuten viime vuonna.

Terveisin kanslia""")

E("fi", "portability+erasure+access", False, "three kinds, spoken, file then delete, what shared",
  "Joni Kärkkäinen <joni.karkkainen@example.fi>", "kaikki mun datat",
  """Moi, haluun kaikki mun datat ulos teilta koneluettavassa muodossa, et voin vieda ne
toiseen paikkaan. Ja kertokaa samalla kenelle ootte niita antanu. Kun oon saanu tiedoston
niin poistakaa kaikki.

Joni""")

# ---------------- Swedish (9) ----------------
E("sv", "erasure", False, "subject only, Finland-Swedish",
  "Bengt Häggblom <bengt.haggblom@example.fi>", "Radera mina uppgifter",
  """Bengt Häggblom
Vasavägen 3, Vörå
tel 050 444 3322""")

E("sv", "access", False, "reply above quoted company booking mail",
  "Jenny Snellman <jenny.snellman@example.fi>", "SV: Din tid är bokad",
  """Hej, en sak till: vilka uppgifter om mig sparar ni i bokningssystemet och hur länge?
Jenny

Från: Zoomi Kuvakaupat
Ämne: Din tid är bokad
Din tid för passfoto 11.12 kl 9.30 är bokad. Välkommen!""")

E("sv", "", False, "student thesis Swedish about GDPR",
  "Emma Vikström <emma.vikstrom@example.fi>", "Intervju för examensarbete",
  """Hej!

Jag studerar vid Novia i Vasa och skriver mitt examensarbete om hur fotoföretag hanterar
rätten till radering och registerutdrag. Skulle någon hos er kunna ställa upp på en kort
intervju i januari?

Med vänliga hälsningar
Emma Vikström""")

E("sv", "marketing_opt_out", False, "sms stopp, very short",
  "Rolf Ek <rolf.ek@example.fi>", "sms",
  """Skicka int fler sms-erbjudanden till mitt nummer. /Rolf""")

E("sv", "rectification", False, "wrong language preference recorded, wants Swedish",
  "Siv Nordling <siv.nordling@example.fi>", "Språk",
  """Hej,

ni har registrerat mig som finskspråkig och alla brev kommer på finska. Mitt språk är
svenska, var snäll och ändra det i kundregistret.

Siv Nordling""")

E("sv", "restriction", False, "Art 18 begränsning, formal",
  "Andreas Blomqvist <andreas.blomqvist@example.fi>", "Begäran om begränsning av behandling",
  """Hej,

jag bestrider riktigheten i de uppgifter ni har om mig (fel personnummer kopplat till en
faktura). Jag begär att behandlingen av mina uppgifter begränsas under den tid det tar för
er att kontrollera uppgifterna.

Andreas Blomqvist""")

E("sv", "", True, "webshop order confirmation, no headers",
  "Kontorsvaror Direkt <order@example.se>", "Orderbekräftelse 55120",
  """Tack för din beställning!

Order: 55120
Kopieringspapper A4, 5 x 500 ark   32,50 €
Leverans: 2–4 arbetsdagar

Kontorsvaror Direkt""")

E("sv", "erasure+complaint", False, "angry, Instagram photo of child, conditional dataombudsman threat",
  "Marika Kass <marika.kass@example.fi>", "Bilden på min dotter",
  """Ni har lagt ut min dotters bild på Instagram utan lov! Ta bort den genast och radera alla
bilder ni har på henne. Om den inte är borta i dag kontaktar jag dataombudsmannen.

Marika Kass""")

E("sv", "", False, "public records request Swedish allmän handling",
  "Journalist Pia Holm <pia.holm@example.fi>", "Begäran om allmän handling",
  """Hej,

jag begär att få ta del av avtalet mellan Korsholms kommun och Zoomi Kuvakaupat om
skolfotografering enligt offentlighetslagen. Om ni inte är rätt mottagare, vänligen
vidarebefordra.

Pia Holm, Vasabladet""")

# ---------------- English (8) ----------------
E("en", "erasure", False, "Finnish writer, no legal words, old account",
  "Satu Korpela <satu.korpela@example.fi>", "old account",
  """Hi, I had account in your web shop years ago. I dont use it, pls remove it and all my
info what you have. Thanks, Satu""")

E("en", "access", False, "reply above quoted own earlier SAR, reminder",
  "George Palmer <george.palmer@example.com>", "Re: Access request",
  """Hello, it's now been five weeks and I haven't had a reply to the request below.
Please respond.

George

On 28 Oct 2026, George Palmer wrote:
> Please send me a copy of all the personal data you hold about me, including
> who you have shared it with.""")

E("en", "", False, "question on data portability for school, no request",
  "Liam Murphy <liam.murphy@example.com>", "How does data portability work?",
  """Hi,

I'm the chair of our parents' association. Some parents asked whether they could get their
kids' photos transferred to another photographer under GDPR. How does that work with you?
Nobody is asking for it yet, we just want to inform the parents.

Liam Murphy""")

E("en", "marketing_opt_out+rectification", False, "subject carries opt-out, body fixes address",
  "Nora Bakker <nora.bakker@example.com>", "Unsubscribe me + new address",
  """Hi,

my address has changed: Pitkäkatu 18 B 9, 65100 Vaasa. Please update it for the
invoice of the school photos.

Nora""")

E("en", "", True, "auto-reply from company with List-Unsubscribe",
  "Camera Rental Europe <noreply@example.com>", "Black Friday is back: 40% off rentals",
  """Black Friday deals on lenses, lights and backdrops. Book before 30 November.

You are receiving this email because you are a registered customer.
Unsubscribe: https://example.com/unsubscribe""",
  hdrs={"List-Unsubscribe": "<https://example.com/unsubscribe?u=zoomi>", "Precedence": "bulk"})

E("en", "erasure", False, "heavy typos, data subject, passport photos",
  "Brian Doyle <brian.doyle@example.com>", "delet my data",
  """hi pleas delet my data from your sistem i dont want to be in your custumer register
anymore , my name is brian doyle i was in vaasa for work 2024 and got pasport photos

thx""")

E("en", "complaint", False, "formal notice that GDPR is breached, complaint filed",
  "Sophie Laurent <sophie.laurent@example.com>", "Notification of complaint",
  """Dear Sir or Madam,

I hereby inform you that I have lodged a complaint with the Office of the Data Protection
Ombudsman concerning the disclosure of my passport photograph to a third party by your
staff on 4 November 2026. In my view this constitutes a breach of the GDPR.

Sophie Laurent""")

E("en", "", False, "customer asks about invoice due date extension",
  "Omar Farouk <omar.farouk@example.com>", "Invoice due date",
  """Hello,

can I pay invoice 71203 two weeks later? I get my salary on 20th. Thank you.

Omar""")

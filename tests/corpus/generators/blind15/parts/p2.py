from parts.common import E

# ---------------- Finnish (13) ----------------
E("fi", "marketing_opt_out", False, "change of mind: cancel deletion, only stop marketing",
  "Outi Rantanen <outi.rantanen@example.fi>", "Re: Poistopyyntö",
  """Hei viela,

unohtakaa se eilinen poistopyynto, mietin asiaa ja en halua etta lasten vanhat kuvat
katoaa, voi olla etta tilaan niita viela. Riittaa kun lopetatte markkinointiviestit mulle,
seka sahkopostit etta tekstarit.

Outi

> Hei, pyydan poistamaan kaikki tietoni ja lasteni kuvat rekisteristanne.
> Outi Rantanen""")

E("fi", "access+complaint", False, "reminder of unanswered access request, conditional DPO threat",
  "Petri Laaksonen <petri.laaksonen@example.fi>", "MUISTUTUS: tietopyyntö 3.10.",
  """Hei,

lähetin teille 3.10. henkilötietopyynnön, jossa pyysin kopiota kaikista minusta
tallennetuista tiedoista. Vastausta ei ole kuulunut, vaikka kuukauden määräaika on jo
mennyt. Jos en saa tietoja viikon sisällä, teen asiasta kantelun tietosuojavaltuutetun
toimistoon.

Petri Laaksonen""")

E("fi", "erasure", False, "reply above quoted company mail, deletion request in reply",
  "Merja Hakala <merja.hakala@example.fi>", "Re: Kuvauspäivä Pilvilinnan päiväkodissa 14.11.",
  """Meidan Onnin kuvat saa poistaa teidan jarjestelmasta, emme tilaa niita. Ei tarvi
sailyttaa mitaan hanesta.

Merja Hakala

---- Alkuperäinen viesti ----
Lähettäjä: Zoomi Kuvakaupat <asiakaspalvelu@example.fi>
Aihe: Kuvauspäivä Pilvilinnan päiväkodissa 14.11.

Hyvä huoltaja,
lapsenne kuvat ovat nyt katsottavissa verkkokaupassamme koodilla PL-20931.
Kuvat ovat tilattavissa 31.12. asti.
Ystävällisin terveisin, Zoomi Kuvakaupat""")

E("fi", "", False, "praise for handled request",
  "Raimo Kallio <raimo.kallio@example.fi>", "Kiitos",
  """Hei,

halusin vain kiittää nopeasta vastauksesta tietopyyntööni. Sain tiedot selkeästi ja
ymmärrettävästi, ja markkinointikielto on nyt voimassa. Harvoin näin hyvää palvelua.

Raimo Kallio""")

E("fi", "rectification", False, "mentions erasure right but only wants fix, spoken",
  "Jaana Hirvonen <jaana.hirvonen@example.fi>", "mun nimi väärin",
  """Moi!

Tiedan et voisin pyytaa teita poistamaan kaiken, mut en ma sita halua. Haluun vaan et mun
sukunimi korjataan, se on nykyaan Hirvonen eika Lepisto, menin naimisiin kesalla.
Kaikissa teidan laskuissa ja viesteissa lukee viela vanha nimi.

Jaana""")

E("fi", "", False, "public records request style to municipality-like, wrong recipient",
  "Toni Laine <toni.laine@example.fi>", "Tietopyyntö: kuvaussopimukset kouluille",
  """Hyvä vastaanottaja,

pyydän julkisuuslain nojalla nähtäväksi Vaasan kaupungin ja Zoomi Kuvakaupat Oy:n välisen
koulukuvaussopimuksen vuosilta 2024–2026 sekä hintaliitteet. Olen toimittaja ja teen
juttua koulukuvien hinnoista.

Toni Laine
Pohjalainen-lehti""")

E("fi", "erasure+access", False, "no umlauts, copy first then delete",
  "Sami Niemi <sami.niemi@example.fi>", "tietosuojapyynto",
  """moi

haluisin ensin nahda mita tietoja teilla on musta ja sen jalkeen poistakaa kaikki.
oon kayny passikuvissa ainakin kaks kertaa ja tilannu jotain verkkokaupasta.

sami niemi
p 044 987 6543""")

E("fi", "", True, "shop order confirmation, no headers",
  "Verkkokauppa Tuotekulma <tilaukset@example.com>", "Tilausvahvistus #448812",
  """Kiitos tilauksestasi!

Tilausnumero: 448812
Tuote: Tulostinmuste Canon PG-545 x 4   59,60 €
Toimitus: Posti, noutopiste Vaasa Citymarket

Saat ilmoituksen, kun tilaus on lähetetty.
Tuotekulma Oy""")

E("fi", "objection", False, "objects to photos being used for business development/AI",
  "Hanna Peltola <hanna.peltola@example.fi>", "Kuvien käyttö kehitystyöhön",
  """Hei,

luin tietosuojaselosteestanne, että käytätte tietoja myös liiketoiminnan kehittämiseen.
Jos tämä tarkoittaa, että meidän perheen kuvia käytetään esimerkiksi kuvankäsittelyohjelmien
kouluttamiseen tai testaamiseen, niin en hyväksy sitä. Vastustan tietojemme käyttöä tähän
tarkoitukseen, koska kuvissa on pieniä lapsia.

Hanna Peltola""")

E("fi", "complaint", False, "already complained to DPO, informs",
  "Ville Koskinen <ville.koskinen@example.fi>", "Tiedoksi",
  """Tiedoksi, että olen tänään tehnyt ilmoituksen tietosuojavaltuutetulle siitä, että
lähetitte passikuvani väärälle henkilölle sähköpostilla. Asian diaarinumero tulee
myöhemmin.

Ville Koskinen""")

E("fi", "marketing_opt_out", False, "subject only asks (markkinointikielto), body empty-ish",
  "Eila Huttunen <eila.huttunen@example.fi>", "Markkinointikielto",
  """Eila Huttunen
Kauhavantie 8
62200 Kauhava""")

E("fi", "", False, "invoice question, wrong amount",
  "Jukka Vainio <jukka.vainio@example.fi>", "Lasku 71554",
  """Hei,

laskussa 71554 on summa 89 €, mutta tilasin vain perus koulukuvapaketin hintaan 39 €.
Voitteko tarkistaa ja lahettaa korjatun laskun?

Jukka Vainio""")

E("fi", "restriction", False, "keep photos but don't use, pending dispute",
  "Satu Mattila <satu.mattila@example.fi>", "Riita-asia",
  """Hyvä Zoomi,

olen eronnut ja lasten isän kanssa on huoltajuuskiista kesken. Pyydän, että lasten
koulukuvia ja tietoja ei luovuteta kenellekään eikä käytetä mihinkään ennen kuin
käräjäoikeus on ratkaissut asian, mutta niitä ei myöskään saa poistaa, koska tarvitsen
niitä ehkä todisteena. Eli säilyttäkää, mutta älkää käsitelkö.

Satu Mattila
huoltaja""")

# ---------------- Swedish (9) ----------------
E("sv", "access", False, "Swedish formal registerutdrag",
  "Gunilla Åkerlund <gunilla.akerlund@example.se>", "Begäran om registerutdrag",
  """Hej,

Med stöd av artikel 15 i dataskyddsförordningen begär jag ett registerutdrag över de
personuppgifter ni behandlar om mig, inklusive ändamål, mottagare och lagringstid.

Vänliga hälsningar
Gunilla Åkerlund
Umeå""")

E("sv", "erasure", False, "Finnish loanword, short Ostrobothnian",
  "Roger Storbacka <roger.storbacka@example.fi>", "kuvorna",
  """Hej, vi vill int att ni sparar kuvorna på våra pojkar från dagiset. Ta bort dom och
våra uppgifter.
Roger""")

E("sv", "marketing_opt_out+rectification", False, "opt-out plus easy-to-miss fix address",
  "Lena Kullas <lena.kullas@example.fi>", "Nyhetsbrev",
  """Hej!

Vill inte längre få ert nyhetsbrev, avregistrera mig tack.

Och rätta min adress, jag bor nu på Storalånggatan 40 i Vasa.

Lena""")

E("sv", "", False, "asks how long passport photos are kept",
  "Börje Nygård <borje.nygard@example.fi>", "Passfoto",
  """Hej,

hur länge sparar ni passfotona efter att de skickats till polisen? Undrar bara, jag har
inget emot det.

Börje""")

E("sv", "complaint", False, "complaint to dataombudsman, GDPR breach claim",
  "Elin Westerlund <elin.westerlund@example.fi>", "Anmälan",
  """Till Zoomi Kuvakaupat

Ni skickade mitt barns skolfoto och namn till en annan familj. Detta bryter mot GDPR och jag
har lämnat in ett klagomål till dataombudsmannen idag.

Elin Westerlund""")

E("sv", "access", False, "reply above quoted own earlier mail, reminder",
  "Tom Rönnqvist <tom.ronnqvist@example.fi>", "Re: Mina uppgifter",
  """Hej igen, har inte hört något. Kan ni svara?

Tom

> Hej, jag vill veta vilka uppgifter ni har om mig och vem ni har gett dem till.
> Mvh Tom Rönnqvist""")

E("sv", "", True, "list server digest, no headers",
  "Foto-Österbotten lista <lista@example.fi>", "[foto-ob] Sammandrag, nr 112",
  """Dagens ämnen:
1. Studioblixt säljes (Peter A.)
2. Kurs i porträttljus 15.1 (Fotoklubben)
3. Re: GDPR och föreningsfoton (Kim L.)

----------------------------------------------------------------------
Du får detta för att du prenumererar på foto-ob. Avsluta: https://example.fi/lista""")

E("sv", "objection+restriction", False, "objects to debt collection and asks to pause",
  "Anders Holm <anders.holm@example.fi>", "Inkasso",
  """Hej,

jag har reklamerat fakturan för personalfotona (fel antal bilder) men ni har ändå skickat
mina uppgifter till OK-perintä. Jag motsätter mig att mina uppgifter behandlas för indrivning
och begär att ni begränsar behandlingen tills reklamationen är utredd.

Anders Holm
Närpes""")

E("sv", "portability", False, "wants files in exportable format, no legal words",
  "Malin Forsman <malin.forsman@example.fi>", "Mina uppgifter i fil",
  """Hej

Kan ni skicka alla uppgifter jag själv lämnat till er (adresser, barnens namn, beställningar)
i en fil som går att öppna i Excel? Jag flyttar över till en annan fotograf.

Malin""")

# ---------------- English (8) ----------------
E("en", "erasure", False, "Swede writing English, odd word order",
  "Johan Berglund <johan.berglund@example.se>", "Delete please",
  """Hello

I want that you delete me from your customer system, all informations. I was customer
only one time 2021 for photo of my daugther in the school in Vasa.

Regards Johan""")

E("en", "access", False, "what do you have on me",
  "Sarah Mitchell <sarah.mitchell@example.com>", "Quick question",
  """Hi, what do you have on me? I keep getting letters from you and I'd like to see
everything you've got, where you got it and who you share it with.

Sarah""")

E("en", "", False, "photographer job applicant mentions GDPR",
  "Lucas Moreau <lucas.moreau@example.com>", "Application: school photographer",
  """Hello,

I'm applying for the seasonal school photographer position. I have 6 years of experience
in portrait work and I'm familiar with GDPR practices for photographing minors (consent,
secure storage, deletion routines). My portfolio: https://example.com/lucas

I consent to you keeping my application for 6 months.

Best regards,
Lucas Moreau""")

E("en", "marketing_opt_out+objection", False, "opt out plus object to analytics profiling",
  "Priya Nair <priya.nair@example.com>", "Stop tracking and emailing",
  """Hello,

Please stop sending me marketing emails. I also object to you using Google Analytics data
about my visits to build any kind of profile of me, please stop that processing.

Thanks,
Priya Nair""")

E("en", "", True, "bounce with auto header",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<h.virtanen@example.com>: host mx.example.com said: 550 5.1.1 User unknown

--- Original message ---
Subject: Vastaus tietopyyntöönne""",
  hdrs={"Auto-Submitted": "auto-replied"})

E("en", "rectification", False, "Polish writer, wrong birth year",
  "Katarzyna Nowak <katarzyna.nowak@example.com>", "wrong data",
  """Good day,

on my account in your webshop the birth date is wrong, 1989 not 1998. Also my name
is written Katarzina, correct is Katarzyna. Can you fix it pls.

Kasia""")

E("en", "erasure+complaint", False, "angry, says GDPR breach, deletion",
  "Tom Fletcher <tom.fletcher@example.com>", "You are breaking GDPR",
  """I never gave you consent to keep my phone number and you keep texting me offers. This
is a breach of GDPR, plain and simple. Delete my number and everything else you have on
me. I am also reporting you to the Finnish data protection ombudsman.

Tom Fletcher""")

E("en", "", False, "school DPO asking about DPA",
  "Helena Saari <helena.saari@example.fi>", "Data processing agreement for school photography",
  """Dear Zoomi Kuvakaupat,

I am the data protection officer for the Vaasa region schools. Before the spring
photography round we need to review your data processing agreement (Art. 28) and your
retention periods for pupil photos. Could you send the current DPA template and a
description of your technical and organisational measures?

Kind regards,
Helena Saari
Data Protection Officer""")

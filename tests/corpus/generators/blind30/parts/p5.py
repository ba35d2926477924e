from parts.common import E

E("fi", "access", False, "formal template access request listing Art 15 items",
  "Niko Kettunen <niko.kettunen@example.fi>", "Tarkastuspyyntö (EU 2016/679, 15 art.)",
  """Zoomi Kuvakaupat Oy
Tietosuoja

Tarkastuspyyntö

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla:
1. vahvistuksen siitä, käsitelläänkö minua koskevia henkilötietoja;
2. jäljennöksen käsiteltävistä henkilötiedoista;
3. tiedot käsittelyn tarkoituksista ja tietoryhmistä;
4. vastaanottajat, joille tietoja on luovutettu tai luovutetaan, nimeltä;
5. tietojen säilytysajan tai sen määrittämisperusteet;
6. tiedon siitä, mistä tiedot on kerätty, jos niitä ei ole kerätty minulta;
7. tiedon automaattisesta päätöksenteosta ja profiloinnista;
8. tiedon oikeudesta tehdä valitus valvontaviranomaiselle.

Pyydän toimittamaan tiedot sähköisesti tähän osoitteeseen.

Niko Kettunen
s. 14.2.1984
""")

E("fi", "erasure+marketing_opt_out", False, "delete my account and send nothing any more",
  "Outi Lehtonen <outi.lehtonen@example.fi>", "Tilin poisto",
  """Moi,

poistakaa mun tili teidän verkkokaupasta ja älkää lähettäkö enää mitään, ei sähköposteja eikä tekstareita. Kuopus pääsi koulusta keväällä niin ei tarvita enää.

Outi
""")

E("fi", "", False, "reply to a newsletter with a product question; quoted footer has unsubscribe wording",
  "Merja Autio <merja.autio@example.fi>", "Re: Joulukortit nyt -30 %",
  """Hei, koskeeko tämä alennus myös niitä isompia kortteja (A5), vai vain perus 10x15? Ja ehtiikö ne jos tilaa vasta 10.12.?

Merja

> Tee joulukortit lasten koulukuvista – nyt -30 % kaikista korttipohjista!
> Tilaa: kauppa.example.fi/joulukortit
>
> Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa
> Et halua enää uutiskirjettämme? Peruuta tilaus tästä. Tietosuojaseloste: zoomi.example.fi/tietosuoja
""")

E("fi", "restriction", False, "non-custodial father listed as contact; contests accuracy, don't send him anything until sorted (could also be read as rectification)",
  "Johanna Niemelä <johanna.niemela@example.fi>", "Lasten yhteystiedot – ei saa lähettää isälle",
  """Hei,

sain tietää että lasteni (Venla ja Onni Niemelä, Ristinummen koulu) tiedoissa teillä on yhteyshenkilönä ja kuvien tilaajana heidän isänsä. Hänellä ei ole huoltajuutta eikä tapaamisoikeutta, ja lapsilla on turvakielto. Tiedot eivät pidä paikkaansa.

Älkää lähettäkö hänelle mitään kuvia, kirjautumiskoodeja tai muita lasten tietoja ennen kuin olette selvittäneet asian. Voin toimittaa käräjäoikeuden päätöksen tarvittaessa, mieluiten niin että soitatte minulle ensin: 040 909 1122.

Johanna Niemelä
""")

E("fi", "", True, "daily booking summary from Slotti, no auto header",
  "Slotti <noreply@slotti.example.fi>", "Päivän varaukset to 12.11.2026 – Zoomi Vaasa",
  """Päivän varaukset, Zoomi Vaasa

09.00  Passikuva           Lindström, A.
09.15  Passikuva           Hyvönen, K.
10.00  Perhekuvaus 60 min   Rantala, H.
11.30  Henkilöstökuvaus     Vaasan Sähkö Oy (8 hlöä)
13.00  Passikuva           (peruttu)
14.30  Ylioppilaskuvaus     Björk, E.

Varauksia yhteensä: 5 (1 peruttu)
Tämä koonti lähetetään automaattisesti joka arkipäivä klo 6.00.
""")

E("fi", "rectification+complaint", False, "name wrong for three years, conditional DPA threat",
  "Jyrki Räsänen <jyrki.rasanen@example.fi>", "Nimi edelleen väärin",
  """Hei,

kolmatta vuotta peräkkäin laskussa ja kuvapussissa lukee "Jyrki Räisänen". Olen pyytänyt korjausta kahdesti, viimeksi toukokuussa. Korjatkaa nimeni nyt oikeaksi: Räsänen, ilman i:tä.

Jos tämä ei nyt korjaannu, teen ilmoituksen tietosuojavaltuutetulle, koska ilmeisesti muu ei auta.

Jyrki Räsänen
""")

E("fi", "", False, "student asks for a thesis interview about GDPR practices",
  "Iida Karvonen <iida.karvonen@opiskelija.example.fi>", "Haastattelupyyntö opinnäytetyöhön",
  """Hei,

opiskelen tradenomiksi VAMKissa ja teen opinnäytetyötä siitä, miten pienet ja keskisuuret yritykset käsittelevät asiakkaiden tietosuojapyyntöjä (esim. tarkastus- ja poistopyynnöt). Olisiko teiltä joku, joka ehtisi 30–45 minuutin haastatteluun marraskuun aikana? Haastattelu on luottamuksellinen eikä yrityksen nimeä mainita työssä.

Ystävällisin terveisin
Iida Karvonen
""")

E("fi", "portability", False, "15-year-old: download all my data to my own cloud",
  "Veeti Salminen <veeti.salminen@example.fi>", "mun tiedot",
  """moi

haluisin ladata kaikki mun tiedot teidän palvelusta (tili on mun oma, tein sen ku tilasin rippikuvat) semmoses muodos et saan ne siirrettyy mun omaan pilveen ja toiseen palveluun. onks semmone mahdollista? oon 15.

veeti
""")

E("fi", "erasure", False, "left employer: delete my staff photo from your archive",
  "Mervi Kujala <mervi.kujala@example.fi>", "Henkilökuvan poisto",
  """Hei,

teitte henkilöstökuvauksen edelliselle työnantajalleni (Pohjanmaan Rakennus Oy) 2024. Olen lopettanut siellä ja he ovat jo poistaneet kuvani nettisivuiltaan. Pyydän että poistatte kuvani myös teidän arkistosta ja järjestelmästä.

Mervi Kujala
""")

E("fi", "", False, "kindergarten staff asks for a copy of an invoice",
  "Päiväkoti Pikkumyyrä / Eija Hirvonen <eija.hirvonen@paivakoti.example.fi>", "Laskukopio",
  """Hei,

tarvitsisimme kopion laskusta, joka koski kevään ryhmäkuvia (toukokuu 2026, 4 ryhmää). Alkuperäinen on hukkunut johonkin ja talouspalvelut kyselee. Voitteko lähettää PDF:nä tähän osoitteeseen?

Eija Hirvonen
varajohtaja
""")

E("fi", "access", False, "one-liner: where did you get my email address",
  "Harri Kokko <harri.kokko@example.fi>", "mistä",
  """Mistä ihmeestä olette saaneet mun sähköpostiosoitteen? En oo ikinä ollu teidän asiakas.
""")

E("fi", "marketing_opt_out", False, "formal newsletter cancellation",
  "Anneli Wallin <anneli.wallin@example.fi>", "Uutiskirje",
  """Hyvä vastaanottaja,

peruutan uutiskirjeenne tilauksen. Pyydän, ettei minulle lähetetä jatkossa markkinointiviestejä.

Ystävällisin terveisin
Anneli Wallin
""")

E("fi", "", False, "'ok kiitos' reply to our opt-out confirmation",
  "Pasi Tuominen <pasi.tuominen@example.fi>", "Re: Markkinointikielto kirjattu",
  """ok kiitos

> Hei Pasi,
> olemme kirjanneet suoramarkkinointikieltosi. Et saa meiltä enää markkinointiviestejä.
> Zoomi Kuvakaupat Oy
""")

E("fi", "erasure+objection", False, "kindergarten group photo on website banner: take it off, objects to marketing use",
  "Timo Harju <timo.harju@example.fi>", "Päiväkotikuva etusivulla",
  """Hei,

teidän etusivun isossa bannerissa on kuva Päiväkoti Touhulan Oravat-ryhmästä, jossa meidän poika istuu ihan edessä. Kukaan ei ole kysynyt meiltä lupaa.

Ottakaa kuva pois sivuilta. Lisäksi vastustan sitä, että lapsemme kuvia käytetään teidän markkinoinnissa missään muodossa.

Timo Harju
""")

E("fi", "access+objection", False, "who have you disclosed my data to; forbids further disclosure",
  "Marketta Salo <marketta.salo@example.fi>", "Tietojen luovutus",
  """Hei,

sain puhelun joltain kuvakirjayritykseltä joka tiesi nimeni ja että lapseni on kuvattu teillä. Kenelle olette luovuttaneet tietojani? Haluan listan.

Vastustan tietojeni luovuttamista kenellekään kolmannelle osapuolelle markkinointia tai muuta varten.

Marketta Salo
""")

E("sv", "restriction", False, "son has protected identity: do not disclose, but do not delete (disputed: objection?)",
  "Annette Holmberg <annette.holmberg@example.fi>", "Spärrmarkering – min son",
  """Hej,

Min son Linus Holmberg (Sundom skola, klass 5) har skyddad identitet (spärrmarkering). Skolan skulle ha meddelat er, men jag vill vara säker.

Lämna inte ut hans namn, bilder eller andra uppgifter till någon, inte heller på klassfotots namnlista eller i gemensamma gallerier, tills vi har kommit överens om hur det ska skötas. Radera dock inte bilderna, vi vill gärna beställa själva.

Annette Holmberg
""")

E("sv", "access+erasure", False, "what have you stored about me, then delete everything",
  "Maja Engström <maja.engstrom@example.fi>", "Mina uppgifter",
  """Hej! Vad har ni sparat om mig? Skicka en kopia, och radera sedan allt.

/Maja
""")

E("sv", "", False, "client company asks to book staff photos",
  "Lena Öhman <lena.ohman@foretag.example.fi>", "Personalfotografering i december",
  """Hej,

Vi skulle behöva porträtt av hela personalen (ca 25 personer) till vår nya webbplats. Har ni möjlighet att komma till oss i Jakobstad någon gång 7–11 december? Vi har ett mötesrum som kan användas som studio. Skicka gärna en offert.

Lena Öhman
HR, Nykarleby Trä Ab
""")

E("sv", "", True, "shop dispatch notice, no auto header",
  "Zoomi webbutik <order@example.fi>", "Din beställning ZK-118455 har skickats",
  """Hej Jenny,

Din beställning ZK-118455 (fotobok A4, 40 sidor) har skickats.

Spårningsnummer: JJFI64123400098765
Leveranssätt: Posti, paket till utlämningsställe

Du får ett meddelande från Posti när paketet kan hämtas.
Tack för att du handlar hos oss!
""")

E("sv", "complaint", False, "says class photos with full names breach GDPR, will report",
  "Fredrik Wiklund <fredrik.wiklund@example.fi>", "Klassfoton med fullständiga namn",
  """Hej,

Ni skickade ut klassfotot för Smedsby skola 3B till alla föräldrar med alla barns för- och efternamn tryckta under bilden, också som öppen länk. Det bryter mot GDPR. Jag kommer att anmäla det till dataombudsmannen.

Fredrik Wiklund
""")

E("sv", "marketing_opt_out", False, "'Inga fler mejl' reply quoting newsletter",
  "Gun Lindén <gun.linden@example.fi>", "Sv: Black Week på Zoomi!",
  """Inga fler mejl, tack.

Gun

-----Ursprungligt meddelande-----
Från: Zoomi Kuvakaupat
Ämne: Black Week på Zoomi!
> -40 % på alla fotoböcker hela veckan. Avsluta prenumerationen här.
""")

E("sv", "portability+erasure", False, "move data to another provider, then delete the account",
  "Joakim Sjöholm <joakim.sjoholm@example.fi>", "Flytt av uppgifter och avslut",
  """Hej,

Jag vill flytta mina uppgifter (konto, beställningar, mina uppladdade bilder) till en annan leverantör. Skicka dem i ett maskinläsbart format. När jag har bekräftat att jag fått allt, radera kontot och mina uppgifter hos er.

Joakim Sjöholm
""")

E("sv", "", False, "question about legality: may the school give you my child's name",
  "Susanne Kull <susanne.kull@example.fi>", "Fråga om klasslistor",
  """Hej,

Får skolan ge er mitt barns namn och klass utan att fråga mig först? Jag undrar bara hur det fungerar, vi har inget emot fotograferingen som sådan.

Susanne Kull
""")

E("sv", "rectification", False, "billing address is the ex-husband's, correct it",
  "Marika Lönnqvist <marika.lonnqvist@example.fi>", "Fel adress",
  """Hej,

Uppgifterna om mig stämmer inte: ni har min exmans adress (Västervik 14, Korsholm) som min fakturaadress. Jag bor på Kungsgatan 9 B 4, 65100 Vasa. Ändra det i ert register så att mina fakturor och barnens koder inte hamnar hos honom.

Marika Lönnqvist
""")

E("en", "erasure", False, "14-year-old at international school: delete photos of me",
  "Ava Thompson <ava.thompson2012@example.com>", "photos of me",
  """hi

can you please delete the photos of me from this year's school photos (Vaasa International School, grade 8). I really don't like them and I don't want them saved anywhere. my mum says it's ok that I ask.

ava
""")

E("en", "", False, "business client needs a receipt with VAT for accounting",
  "Kevin Lund <kevin.lund@company.example.com>", "Receipt with VAT breakdown",
  """Hi,

We paid for the staff portraits (invoice 20877) by card. Our accountant needs a receipt showing the VAT breakdown and our business ID 3098765-2. Could you send one?

Thanks,
Kevin Lund
Office Manager
""")

E("en", "access+rectification+erasure", False, "three things: what you hold, fix email, delete old photos of children",
  "Sarah Mitchell <sarah.mitchell@example.com>", "A few data requests",
  """Hello,

Three things, if I may:

1. Please tell me what personal data you hold about me and my two children (Noah and Lily Mitchell).
2. The email on my account is still my old work address (s.mitchell@oldjob.example.com). Please change it to this one.
3. Please delete the photos of the children from 2019–2021. We have our prints and don't need them stored. This year's photos can stay until we've ordered.

Many thanks,
Sarah Mitchell
""")

E("en", "marketing_opt_out+complaint", False, "unsubscribed three times, calls it a GDPR violation, will go to DPA",
  "Paul Jensen <paul.jensen@example.com>", "Unsubscribed THREE times",
  """I have clicked your unsubscribe link three times since August and I am still getting your promotional emails. Remove me from your mailing list now. This is a GDPR violation and if I get one more I will report you to the data protection authority.

Paul Jensen
""")

E("en", "objection", False, "US grandparent: do not sell my personal information (CCPA style)",
  "Barbara Hughes <barbara.hughes@example.com>", "Do Not Sell My Personal Information",
  """Hello,

I ordered prints of my grandchildren's school photos from your website while visiting Finland this summer. I am a California resident. Please opt me out of the sale or sharing of my personal information.

Thank you,
Barbara Hughes
""")

E("en", "", False, "thanks after receiving the access reply",
  "James Carter <james.carter@example.com>", "Re: Your access request",
  """Thank you, received the file. All looks correct. Have a good day!

James

> Dear James Carter,
> please find attached a copy of the personal data we hold about you, as requested.
> Zoomi Kuvakaupat Oy, Data protection
""")

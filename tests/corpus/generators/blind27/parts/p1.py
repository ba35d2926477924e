from parts.common import E

E("fi", "erasure", False, "parent from phone, child changed school, delete photos",
  "Tiina Rautio <tiina.rautio@example.fi>", "eetun kuvat",
  """Hei
Eetu vaihto koulua (Onkilahden koulu -> Kotka) ja en halua et hänen kuvia on enää teidän järjestelmässä, voitteko poistaa ne kaikki. Myös ne eskarikuvat jos on vielä.

Tiina Rautio

Lähetetty iPhonesta""")

E("fi", "", False, "near-miss: photo order not arrived, pickup code missing",
  "Jussi Kangas <jussi.kangas77@example.fi>", "Kuvat ei ole tulleet",
  """Moi,

kuvauspäivä oli Vanhan Vaasan koululla jo 3 viikkoa sitten mutta meille ei ole tullut mitään lappua jossa olis se tunnuskoodi millä pääsee tilaamaan. Luokka 4B. Naapurin lapset on jo saaneet. Voitteko tarkistaa?

t. Jussi""")

E("fi", "access+erasure", False, "story: got ad without ordering, where did you get my address, then delete everything",
  "Merja Honkanen <merjah@example.fi>", "mainos",
  """Päivää. Mulle tuli teiltä sähköpostiin joku syystarjous koulukuvista vaikka mulla ei oo edes lapsia koulussa eikä oo koskaan tilattu teiltä mitään. Mistä te ootte saaneet mun sähköpostin? Ja mitä muuta teillä on musta, nimi, osoite, puhelin?? Haluun tietää. Ja sit kun oon saanut vastauksen niin kaikki pois teidän koneilta.

Merja Honkanen""")

E("fi", "marketing_opt_out", False, "angry caps reply to newsletter, quoted footer contains unsubscribe text",
  "Pertti Laaksonen <pertti.laaksonen@example.fi>", "Re: Joulukortit nyt -20 % 📸",
  """ÄLKÄÄ LÄHETTÄKÖ ENÄÄ NOITA TARJOUKSIA

> Zoomi Kuvakaupat <uutiset@example.fi> kirjoitti 3.11.2026 klo 8.00:
>
> Hei Pertti!
> Tee tämän vuoden joulukorteista omannäköiset – kaikki korttipohjat nyt -20 %
> koodilla JOULU26. Tarjous voimassa 30.11. asti.
>
> Tilaa verkkokaupasta: https://kauppa.example.fi
>
> Et halua enää uutiskirjettämme? Peruuta tilaus tästä.
> Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa""")

E("fi", "", True, "machine: booking confirmation from booking system, no auto header",
  "Slotti ajanvaraus <varaukset@example.com>", "Varausvahvistus: Passikuva, Zoomi Vaasa 14.10.2026 klo 10:30",
  """Hei Anneli Koskinen,

varauksesi on vahvistettu.

Palvelu:      Passikuva (sis. kuvakuitti)
Toimipiste:   Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa
Aika:         ke 14.10.2026 klo 10:30–10:45
Varausnumero: SL-448120

Ota mukaan henkilöllisyystodistus. Jos kuvataan alle 12-vuotias, huoltajan on oltava paikalla.

Voit perua tai siirtää varauksen maksutta viimeistään 24 h ennen varattua aikaa:
https://slotti.example.com/v/SL-448120

Tähän viestiin ei voi vastata.
Slotti – ajanvaraus yrityksille""")

E("fi", "rectification", False, "guardian: child's name misspelled in school photo ordering, mixed with order",
  "Sanna Ylikoski <sanna.ylikoski@example.fi>", "Väärä nimi koulukuvissa",
  """Hei!

Tytön nimi on kirjoitettu verkkokaupassa väärin, siellä lukee "Elen Ylikoski" mutta oikea on Ellen (kaksi l:ää). Korjatkaa se teidän tietoihin ettei se tule myöskään luokkakuvan nimilistaan väärin. Koulu on Merenluodon koulu, 2A.

Ja sitten tilaan samalla 2 kpl 13x18 yksilökuvasta, maksan verkkokaupassa kun nimi on korjattu.

Kiitos,
Sanna Ylikoski
040 778 2231""")

E("fi", "restriction", False, "don't delete order history, consumer dispute pending about quality",
  "Kari Väisänen <kari.vaisanen@example.fi>", "Tilaus 51877 – älkää poistako",
  """Hei,

olen laittanut vireille asian kuluttajariitalautakunnassa teidän hääkuvatilauksesta (tilaus 51877), kuvat olivat epätarkkoja ja puolet puuttui. Kävin kaupassa ja myyjä sanoi että vanhat tilaukset poistetaan automaattisesti jossain vaiheessa.

Pyydän että mitään tähän tilaukseen liittyviä tietoja, kuvia tai viestejä ei poisteta ennen kuin asia on lautakunnassa ratkaistu. Tarvitsen ne todisteeksi.

Kari Väisänen
Palosaarentie 14 B 9, Vaasa""")

E("fi", "marketing_opt_out+complaint", False, "third request to stop marketing, says will notify the Ombudsman",
  "Heli Mattila <heli.mattila@example.fi>", "Taas mainos",
  """Olen kesän aikana kaksi kertaa pyytänyt että lopetatte mainosten lähettämisen minulle, sekä sähköpostiin että tekstiviestinä. Tänään tuli taas tekstari "Syksyn perhekuvaukset nyt -15 %".

Lopettakaa se nyt. Teen tästä huomenna ilmoituksen tietosuojavaltuutetulle, koska te ette selvästi välitä.

Heli Mattila
050 331 9087""")

E("fi", "", False, "change of mind: takes back yesterday's deletion request",
  "Riikka Nurmi <riikka.nurmi@example.fi>", "Re: poistopyyntö",
  """Hei, unohtakaa se mun eilinen viesti, älkää poistako mitään! Mies ehti jo tilata lasten kuvat mummolle joululahjaksi ja ne pitää saada. Sori sekoilu.

Riikka

> ti 6.10. klo 21.47 Riikka Nurmi <riikka.nurmi@example.fi> kirjoitti:
> Poistakaa meidän lasten (Aino ja Oiva Nurmi) kuvat ja tiedot, ei tilata tänä vuonna.""")

E("fi", "objection", False, "paid invoice went to debt collection, objects to passing data to collector",
  "Antero Salo <antero.salo@example.fi>", "Perintä",
  """Hyvä Zoomi,

sain OK-perinnältä kirjeen 36,90 euron laskusta (koulukuvat, lasku 2026-0932). Maksoin sen 28.8. ja minulla on kuitti tästä. Ilmeisesti maksu ei ole kohdistunut, koska viitenumero puuttui.

En hyväksy, että tietojani on luovutettu perintätoimistolle tästä asiasta ja vastustan sitä, että niitä käsitellään siellä enää. Pyydän että perutte toimeksiannon.

Kuitti liitteenä.

Antero Salo""")

E("fi", "portability", False, "wants photos and order data in a form to move to another service",
  "Ville Heikkilä <ville.heikkila@example.fi>", "tietojen siirto",
  """Moi

Voisinko saada kaikki mun tiedot teidän verkkokaupasta (tilaukset, osoitteet, ostetut digikuvat) sellaisessa muodossa että voin siirtää ne toiseen palveluun? Esim. zip jossa kuvat ja csv tai json tilauksista. Siirryn käyttämään toista kuvapalvelua.

Ville""")

E("fi", "", False, "near-miss: kindergarten director asks about photo day schedule and class list",
  "Päiväkoti Satulinna / Johanna Lehto <johanna.lehto@example.fi>", "Kuvauspäivä ja lapsilistat",
  """Hei!

Meidän kuvauspäivä on sovittu 22.10. Voisitteko vahvistaa kellonajat ryhmille (Nallet, Pöllöt, Ketut), ja missä muodossa haluatte lapsilistat? Viime vuonna lähetimme Excelin mutta siinä oli ongelmia ääkkösten kanssa.

Lisäksi kolmen lapsen huoltajat eivät ole antaneet kuvauslupaa, merkitsemme heidät listaan erikseen.

Ystävällisin terveisin
Johanna Lehto
päiväkodinjohtaja, Päiväkoti Satulinna""")

E("fi", "access", False, "elderly person, formal and long, wants to know what is stored",
  "Aino Karppinen <aino.karppinen@example.fi>", "Tiedustelu",
  """Hyvä vastaanottaja.

Olen 78-vuotias leski Vaasasta. Kävin teillä noin kaksi vuotta sitten ottamassa passikuvan, kun lähdin tyttäreni luo Ruotsiin. Nyt olen saanut teiltä postissa kaksi kirjettä, joissa on mainoksia, ja naapurin rouva sanoi että yrityksillä on nykyään paljon tietoja ihmisistä koneillaan.

Haluaisin tietää, mitä tietoja minusta on teillä tallennettu ja onko se passikuva vielä teillä. Vastauksen voi lähettää tähän sähköpostiin, jota tyttärenpoikani auttaa minua lukemaan.

Kunnioittavasti
Aino Karppinen
Hietasaarenkatu 3 A 12
65100 Vaasa""")

E("fi", "", True, "machine: parcel pickup notice, no auto header",
  "Pakettipiste <ilmoitukset@example.fi>", "Lähetyksesi on noudettavissa – JJFI65432100041872",
  """Lähetyksesi on saapunut noutopisteeseen.

Lähettäjä: Zoomi Kuvakaupat Oy
Lähetystunnus: JJFI65432100041872
Noutopiste: K-Market Gerby, Gerbyntie 18, Vaasa
Noudettava viimeistään: 29.10.2026

Ota mukaan henkilöllisyystodistus tai näytä tämä viesti sovelluksessa. Noutokoodi: 4471

Jos et nouda lähetystä määräpäivään mennessä, se palautetaan lähettäjälle.

Tämä on automaattinen viesti, älä vastaa siihen.""")

E("fi", "erasure+objection", False, "child's photo in web ad without permission: take it down and don't use it anywhere",
  "Jarkko Peltonen <jarkko.peltonen@example.fi>", "Tyttären kuva nettisivuilla",
  """Hei

Huomasin että teidän etusivulla on koulukuvamainoksessa meidän Emman kuva (se jossa on sininen tausta ja punainen villapaita). Me ei olla antanut mitään lupaa käyttää sitä mainoksessa. Ottakaa kuva pois sivuilta ja sitä ei saa käyttää missään muissakaan mainoksissa, esitteissä tms.

Odotan kuittausta.

Jarkko Peltonen
Lähetetty Android-puhelimesta""")

E("fi", "", False, "near-miss: general question about how long passport photos are kept",
  "Olli Rinne <olli.rinne@example.fi>", "kysymys passikuvista",
  """Hei, kysyisin ihan yleisesti kauanko te säilytätte passikuvia sen jälkeen kun ne on lähetetty poliisille? Mietin otanko kuvan teiltä vai kilpailijalta. Kiitos.""")

E("fi", "erasure+marketing_opt_out", False, "remove me from all lists and from the whole register",
  "Tuula Räsänen <tuula.rasanen@example.fi>", "poistakaa",
  """poistakaa minut kaikilta postituslistoilta ja koko asiakasrekisteristä. lapset on jo aikuisia eikä tarvita koulukuvia.

Tuula Räsänen""")

E("fi", "access", False, "reminder of unanswered request for a copy of data",
  "Markus Lindqvist <markus.lindqvist@example.fi>", "MUISTUTUS: pyyntö kopio tiedoista",
  """Hei,

lähetin teille 3.9. pyynnön saada kopio kaikista minua koskevista tiedoista (viesti alla). En ole saanut vastausta enkä edes kuittausta. Pyydän vastaamaan.

Markus Lindqvist

----- Alkuperäinen viesti -----
Lähettäjä: Markus Lindqvist
Päivämäärä: 3.9.2026
Aihe: pyyntö kopio tiedoista

Pyydän kopiota kaikista minua koskevista henkilötiedoista, joita Zoomi Kuvakaupat Oy käsittelee, mukaan lukien tilaushistoria ja valokuvat.""")

E("sv", "erasure", False, "Swedish parent, daycare photos, moving to Sweden",
  "Johanna Sjöberg <johanna.sjoberg@example.se>", "Bilder på Elias",
  """Hej!

Vi flyttar till Umeå nu i november. Jag vill att ni raderar alla bilder på vår son Elias Sjöberg från daghemmet Solrosen (fotograferingen i våras och förra hösten) och hans uppgifter. Vi kommer inte beställa mer.

Tack på förhand
Johanna Sjöberg

Skickat från min iPhone""")

E("sv", "", False, "near-miss: where is the school photo order",
  "Mikael Holm <mikael.holm@example.fi>", "beställning",
  """Hej, vi beställde skolfoton för två veckor sen (order 60218) men har inte fått något. Betalningen har gått igenom. Var är beställningen?

/Mikael Holm""")

E("sv", "access+rectification", False, "what data do you have on me, address probably old, here is the new one",
  "Gunilla Backman <gunilla.backman@example.fi>", "mina uppgifter",
  """Hej,

jag skulle vilja veta vilka uppgifter ni har om mig i ert kundregister. Jag misstänker också att ni har min gamla adress, post från er kommer fortfarande till Smedsby fast jag flyttade för ett år sedan. Nya adressen är Strandgatan 21 B 7, 65100 Vasa. Ändra den, tack.

Vänliga hälsningar
Gunilla Backman""")

E("sv", "marketing_opt_out", False, "one-word 'Nej tack' reply to marketing mail",
  "Stig Lundqvist <stig.lundqvist@example.fi>", "Sv: Höstens familjefotografering – boka nu!",
  """Nej tack.

Från: Zoomi Kuvakaupat <uutiset@example.fi>
Skickat: måndag 5 oktober 2026 09:00
Till: stig.lundqvist@example.fi
Ämne: Höstens familjefotografering – boka nu!

Hej Stig!
Boka en familjefotografering i vår studio i Vasa före 31.10 så får du en gratis förstoring 30x40.
Avsluta prenumerationen""")

E("sv", "", True, "machine: invoice mail from invoicing system, no auto header",
  "Zoomi Kuvakaupat Oy – fakturering <laskutus@example.fi>", "Faktura 2026-1043 från Zoomi Kuvakaupat Oy",
  """Bästa kund,

bifogat finns faktura 2026-1043.

Fakturanummer:   2026-1043
Fakturadatum:    12.10.2026
Förfallodag:     26.10.2026
Att betala:      54,80 EUR
Referensnummer:  10431 22873
Kontonummer:     FI21 1234 5600 0007 85

Fakturan innehåller: Skolfoto, paket M (Gerby skola, klass 3)

Vid frågor om fakturan kontakta laskutus@example.fi. Detta meddelande har skickats automatiskt.

Zoomi Kuvakaupat Oy | FO-nummer 0855332-0 | Vasaratie 2 A, 65350 Vasa""")

E("sv", "access+complaint", False, "six weeks without answer to access request, will report to Ombudsman unless answer within a week",
  "Anders Wikström <anders.wikstrom@example.fi>", "Registerutdrag – andra påminnelsen",
  """Hej,

jag begärde ett registerutdrag av er för sex veckor sedan och påminde för tre veckor sedan. Inget svar alls.

Jag vill fortfarande ha ut alla uppgifter ni har om mig. Får jag inget svar inom en vecka anmäler jag er till Dataombudsmannen.

Anders Wikström
Korsholm""")

E("en", "access", False, "expat parent: school gave child's data without asking, what do you have",
  "Priya Natarajan <priya.natarajan@example.com>", "My daughter's information",
  """Hello,

My daughter Anika (grade 3, Vaasa International School) came home with a paper that already had her full name, class and a login code for your photo shop. We were never asked if the school could give her details to a photographer.

Could you please tell me exactly what information you have about her and where it came from?

Thanks,
Priya Natarajan""")

E("en", "", False, "near-miss: job application as photographer",
  "Lucas Ferreira <lucas.ferreira@example.com>", "Application – school photographer (seasonal)",
  """Dear Zoomi team,

I saw your ad for seasonal school photographers for the autumn. I have four years of experience in portrait and event photography in Porto and moved to Vaasa in spring. My portfolio is at lucasferreira.example.com.

I speak English and Portuguese and I am learning Finnish. I have my own equipment (Canon R6, two strobes).

Best regards,
Lucas Ferreira
+358 44 901 2234""")

E("en", "marketing_opt_out+erasure+objection", False, "unsubscribe, delete account, stop analytics tracking",
  "Daniel Okafor <daniel.okafor@example.com>", "account",
  """Hi,

Please unsubscribe me from everything and delete my account on your online shop. I ordered passport photos once in 2024, that's it.

Also, stop tracking me with Google Analytics when I visit your site – I don't want my browsing used for your statistics.

Daniel""")

E("en", "", True, "machine: out-of-office from school secretary, with auto header",
  "Vaasa International School – Office <office@example.test>", "Automatic reply: Photo day schedule 2026",
  """Thank you for your message. I am out of the office until Monday 19 October with limited access to email.

For urgent matters please contact the school office on +358 6 123 4000.

Kind regards,
Helena Björk
School Secretary""", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("en", "restriction", False, "lost parcel insurance claim, keep order records, don't delete",
  "Emily Carter <emily.carter@example.com>", "Order 73310 - please keep records",
  """Hi,

My order 73310 (canvas prints) never arrived and I'm making a claim with my home insurance. Please don't delete my order records, the shipping info or our emails until the claim is closed – the insurer wants to see them. You can of course keep processing the refund.

Thanks,
Emily Carter""")

E("en", "rectification", False, "married, surname change",
  "Hanna Virtanen-Lee <hanna.lee@example.com>", "Name change",
  """Hi! I got married in the summer and my surname is now Virtanen-Lee (before: Virtanen). Could you update it on my customer account? Same email as before. Order number from last year was 48812 if you need it.

Cheers, Hanna""")

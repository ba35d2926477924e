from parts.common import E

E("sv", "marketing_opt_out", False, "'Nej tack' on top of a newsletter",
  "Birgitta Häggblom <birgitta.haggblom@example.fi>",
  "SV: Julkort med egna bilder - beställ före 10.12!",
  """Nej tack.

Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Skickat: tisdag 26 november 10:02
Till: birgitta.haggblom@example.fi
Ämne: Julkort med egna bilder - beställ före 10.12!

Gör årets julkort med dina egna bilder! Beställ senast 10.12 så hinner korten fram till jul.
Vill du inte längre få våra nyhetsbrev? Avregistrera dig här.""")

E("fi", "access+portability", False, "copy of data plus machine-readable export to move photos",
  "Juho Karjalainen <juho.karjalainen@example.fi>",
  "Tiedot ja kuvat siirtoa varten",
  """Moi,

mulla on teidän verkkokaupassa tili jossa on kuvia ja kuvakirjoja monen vuoden ajalta. Haluaisin

1) kopion kaikista tiedoista mitä teillä on minusta tallessa, ja
2) ne kuvat jotka oon ite ladannu + tilaushistorian koneluettavassa muodossa (esim. zip + csv), koska siirrän ne toiseen palveluun.

Tiliä ei tarvi vielä poistaa.

Juho K.""")

E("en", "", False, "expired download link for digital school photos",
  "Rachel Kim <rachel.kim@example.com>",
  "Download link expired",
  """Hi there,

I bought the digital files of my daughter's school photos (order 51802) but the download link in the email says it has expired. I only opened it today, sorry! Could you send a new link?

Thanks a lot,
Rachel""")

E("fi", "", True, "debt collection agency system notice, no header",
  "OK-perintä järjestelmäviesti <noreply@example.test>",
  "Toimeksianto vastaanotettu 2024-00871",
  """Toimeksiantonne on vastaanotettu.

Toimeksiantaja: Zoomi Kuvakaupat Oy
Velallinen: Lehtimäki Jarmo
Viite: 2024-00871
Pääoma: 89,00 EUR
Tila: Maksumuistutus lähetetty

Tämä viesti on lähetetty automaattisesti. Älä vastaa tähän viestiin.""")

E("sv", "access", False, "two-word request with typo",
  "Kim Forsman <kim.forsman@example.fi>",
  "registreutdrag",
  """registreutdrag tack. kim forsman, kund sen 2018

/K""")

E("fi", "objection", False, "objects to handing data to debt collector over disputed invoice",
  "Jarmo Lehtimäki <jarmo.lehtimaki@example.fi>",
  "Perintä laskusta 2024-00871",
  """Hei

sain perintäkirjeen laskusta joka koskee poikani tanssikoulun ryhmäkuvia. En tilannut niitä, seura tilasi ja sanoi että ne sisältyy kausimaksuun. Olen kertonut tämän teille puhelimessa jo kaksi kertaa.

Vastustan sitä että mun tietoja annetaan perintätoimistolle tämän laskun takia. Hoitakaa asia seuran kanssa.

Jarmo Lehtimäki
Laihia""")

E("en", "rectification", False, "moved, invoice went to old address, update address",
  "Tom Andersson <tom.andersson@example.com>",
  "Address change",
  """Hello,

your invoice for the family portrait session went to my old address in Vaasa and I only got it because the new tenants forwarded it. I moved to Seinäjoki in August. New address:

Tom Andersson
Koulukatu 14 B 7
60100 Seinäjoki

Please update it in your customer records. I'll pay the invoice this week.

Tom""")

E("fi", "erasure", False, "elderly customer wants out of register, formal caps style",
  "Aune Kallio <aune.kallio@example.fi>",
  "POISTO",
  """Hyvät Zoomi Kuvakaupat

Pyydän Että Poistatte Minut Teidän Asiakasrekisteristä. En Ole Käynyt Kuvassa Teillä Sitten Vuoden 2012 Kun Otettiin Ajokorttikuva. Tyttärenpoika Sanoi Että Tällä Sähköpostilla Sen Voi Pyytää.

Kunnioittavasti
Aune Kallio
Mustasaari""")

E("sv", "", False, "ok tack reply to acknowledgement",
  "Henrik Ström <henrik.strom@example.fi>",
  "Re: Vi har mottagit din begäran",
  """Ok tack!

> Hej Henrik,
> vi har mottagit din begäran om radering den 3.4 och svarar senast den 3.5.
> Med vänlig hälsning, Zoomi Kuvakaupat""")

E("fi", "marketing_opt_out+erasure", False, "reply to newsletter: off list and delete account",
  "Niina Rautio <niina.rautio@example.fi>",
  "Vs: Ystävänpäivän kuvakirjat nyt -30 %",
  """pois listalta. ja poistakaa samalla koko verkkokauppatili, en käytä sitä enää

Lähetetty Outlook Mobilesta
________________________________
Lähettäjä: Zoomi Kuvakaupat <uutiskirje@example.fi>
Lähetetty: maanantai 5. helmikuuta 9.00
Aihe: Ystävänpäivän kuvakirjat nyt -30 %

Tee rakkaallesi kuvakirja! Koodilla YSTAVA30 -30 % kaikista kuvakirjoista.""")

E("en", "erasure+complaint", False, "daughter's photo in shop window ad, take it down, GDPR violation and will report",
  "Melissa Grant <melissa.grant@example.com>",
  "My daughter's photo in your shop window",
  """Hello,

I walked past your shop on Hovioikeudenpuistikko yesterday and there is a huge print of my 6-year-old daughter in the window advertising "kindergarten photos". Nobody asked us for permission. I signed the photo-day form only for the photos to be taken and sold to us.

Take it down today, and remove it from anywhere else you might have used it. Publishing a child's photo for advertising without consent is a GDPR violation and I will report it to the Data Protection Ombudsman.

Melissa Grant""")

E("fi", "", False, "school sends list of pupils who must not be photographed (partner mail)",
  "Tuula Ekman <tuula.ekman@example.fi>",
  "Kuvauskiellot 5.-6.9. Kalliolan koulu",
  """Hei,

tässä vielä ennen kuvauspäivää tiedoksi: seuraavia oppilaita ei saa kuvata yksilökuviin eikä ryhmäkuviin huoltajien ilmoituksen mukaan:

- 2A: kaksi oppilasta (nimet luokanopettajalla)
- 5B: yksi oppilas
- 6A: yksi oppilas (saa olla ryhmäkuvassa takarivissä kasvot ei näkyvissä -> ei kuitenkaan)

Luokanopettajat ilmoittavat kuvaajalle paikan päällä. Kuvausjärjestys kuten sovittu.

Tuula Ekman
rehtori, Kalliolan koulu""")

E("sv", "rectification", False, "child's name misspelled on school photo order",
  "Camilla Sundqvist <camilla.sundqvist@example.fi>",
  "Namnet fel på skolfotot",
  """Hej,

på beställningssidan för skolfotona står min dotters namn som "Ebba Lotta Sundkvist". Det ska vara Ebba-Lotta Sundqvist, med bindestreck och q. Skulle vara tråkigt om det blir fel på klasskortet också. Kan ni rätta det i era uppgifter?

Hälsningar
Camilla (mamma till Ebba-Lotta, 3C Gerby skola)""")

E("fi", "access+marketing_opt_out", False, "where did you get my email, and stop mailing",
  "Ville Koskinen <ville.koskinen@example.fi>",
  "???",
  """mistä ootte saaneet mun sähköpostin? en oo ikinä tilannu teiltä mitään. kertokaa mistä ja mitä muuta teillä on musta, ja lopettakaa ne mainosviestit.""")

E("en", "", True, "newsletter tool unsubscribe confirmation with list headers",
  "Zoomi Kuvakaupat via Newsletter <bounce-7731@lists.example.com>",
  "You have been unsubscribed",
  """You have been unsubscribed from: Zoomi Kuvakaupat - Newsletter (EN)

Email: a.mcgregor@example.com
Date: 12 March 2024 14:22 UTC

If this was a mistake, you can resubscribe at any time.

This message was sent automatically by the mailing list service.""",
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe-7731@lists.example.com>"})

E("fi", "rectification+restriction", False, "wrong birth date & address on record, stop billing until fixed",
  "Pertti Salo <pertti.salo@example.fi>",
  "Virheelliset tiedot, laskutus",
  """Hei,

teidän laskussa ja perintätoimiston muistutuksessa on minun syntymäaikani väärin (oikea on 14.7.1961, ei 17.4.1961) ja osoitteena vanha osoite Palosaarella. Tämän takia perintä on ilmeisesti mennyt ensin väärälle ihmiselle.

Korjatkaa tiedot. Ja ennen kuin ne on korjattu ja asia selvitetty, älkää käyttäkö minun tietojani laskutukseen tai perintään mitenkään.

Pertti Salo
Vaasa""")

E("sv", "erasure", False, "delete my passport photo from your system",
  "Ida Lönnqvist <ida.lonnqvist@example.fi>",
  "Passfoto",
  """Hej,
jag tog passfoto hos er förra veckan och passet är redan beställt. Kan ni radera mitt foto ur ert system nu? Polisen har ju fått bilden redan så ni behöver väl inte ha kvar den.

Ida Lönnqvist""")

E("fi", "", False, "thanks + price question for photo package",
  "Leila Anttila <leila.anttila@example.fi>",
  "Kiitos + kysymys",
  """Hei!

Kiitos tosi kivasta kuvauksesta lauantaina, Niklas-vauva oli ihan yllättävän yhteistyökykyinen :) Kysyisin vielä, paljonko maksaa jos haluaa kaikki kuvat digitaalisina ja yhden taulun 50x70? Hinnastossa oli vain paketit A ja B.

Leila""")

E("en", "portability", False, "Article 20 request, transfer directly to another provider",
  "Jonathan Pires <j.pires@example.com>",
  "Data portability request (Art. 20 GDPR)",
  """Dear Zoomi Kuvakaupat,

under Article 20 GDPR I request that you provide the personal data I have provided to you (account details, uploaded images, saved photo-book projects and order history) in a structured, commonly used and machine-readable format.

If technically feasible, please transmit the data directly to my new provider; I will send their contact details once you confirm the format you can deliver.

Account e-mail: j.pires@example.com

Kind regards,
Jonathan Pires""")

E("fi", "marketing_opt_out", False, "stop marketing SMS, colloquial",
  "Tiina Mäenpää <tiina.maenpaa@example.fi>",
  "tekstarit",
  """en haluu enää niitä teiän tekstareita tarjouksista. numero 040 998 1122. kiitos""")

E("sv", "objection+marketing_opt_out", False, "no profiling for ads, objects to purchase analysis",
  "Fredrik Ek <fredrik.ek@example.se>",
  "Profilering",
  """Hej,

jag fick ett mejl från er med "Vi tror att du gillar..." baserat på mina tidigare köp. Jag vill inte bli profilerad för reklam och jag vill inte få sådana utskick alls.

Dessutom motsätter jag mig att ni över huvud taget analyserar mina köp och mitt beteende i webbutiken för statistik eller "affärsutveckling".

Fredrik Ek
Stockholm""")

E("fi", "access+complaint", False, "reminder of unanswered access request, will complain to DPO",
  "Marko Haapala <marko.haapala@example.fi>",
  "Re: Tarkastuspyyntö",
  """Lähetin alla olevan tarkastuspyynnön 3.2. enkä ole saanut mitään vastausta, en edes kuittausta. Kuukausi on mennyt.

Jos en saa tietoja viikon sisällä, teen kantelun tietosuojavaltuutetulle.

Marko Haapala

> Lähettäjä: Marko Haapala
> Päivämäärä: 3.2.
> Aihe: Tarkastuspyyntö
>
> Hei, pyydän kopion kaikista minua koskevista henkilötiedoista (GDPR 15 art.).
> Marko Haapala, Vaasa""")

E("en", "", False, "job application for photographer assistant",
  "Aleksi Nieminen <aleksi.nieminen@example.com>",
  "Application - photographer assistant (summer)",
  """Hello,

I saw your ad for a summer photographer assistant for the school photo season. I'm a second-year media student at Novia, fluent in Finnish, Swedish and English, and I've assisted at two wedding shoots. My portfolio and CV are attached.

I'm available from 1 June to mid-August.

Best regards,
Aleksi Nieminen
+358 40 555 0101""")

E("fi", "", True, "booking system cancellation notice, no header",
  "Slotti <no-reply@example.test>",
  "Varaus peruttu: Passikuva 15 min, to 14.3. klo 10:30",
  """Varaus on peruttu.

Palvelu: Passikuva 15 min
Aika: to 14.3. klo 10:30
Toimipiste: Zoomi Kuvakaupat, Vaasa
Asiakas: Rasmus Vainio
Peruttu: asiakkaan toimesta

Tämä viesti on lähetetty automaattisesti Slotti-ajanvarausjärjestelmästä.""")

E("sv", "", False, "daycare director asks about schedule and no-photo kids",
  "Marina Holm <marina.holm@example.fi>",
  "Fotografering på Daghemmet Havsörnen",
  """Hej,

vi har nu fått alla blanketter tillbaka. Fyra barn ska inte fotograferas alls och två endast i gruppbild, listan får fotografen av mig på plats.

Kan ni börja redan kl 8.30 på Lärkan-gruppen? De går ut kl 10. Syskonbilder efter lunch går bra.

Hälsningar
Marina Holm
föreståndare, Daghemmet Havsörnen""")

E("fi", "erasure", False, "guardian confirms custody with order code, restates deletion",
  "Kari Lahtinen <kari.lahtinen@example.fi>",
  "Re: Pyyntönne / huoltajuuden vahvistus",
  """Kyllä olen Onni Lahtisen huoltaja, tilauskoodi oli K7-2231. Eli poistakaa ne pojan kuvat, hän ei edes halunnut kuvaan.

Kari

> Hei Kari,
> kiitos viestistäsi. Voisitko vielä vahvistaa, että olet lapsen huoltaja,
> esimerkiksi kertomalla kuvauskoodin tai tilausnumeron?
> Ystävällisin terveisin, Zoomi Kuvakaupat""")

E("en", "access", False, "lawyer's letter, access with full Art. 15 list",
  "Att. Helena Rosqvist <helena.rosqvist@example.fi>",
  "Request under Article 15 GDPR on behalf of our client Mr Sami Heino",
  """Dear Sir or Madam,

we act for Mr Sami Heino (born 1984, Vaasa), whose power of attorney is attached.

On behalf of our client we request access to all personal data concerning him that Zoomi Kuvakaupat Oy processes, together with:
(a) the purposes of the processing;
(b) the categories of personal data concerned;
(c) the recipients to whom the data have been or will be disclosed, including OK-perintä Oy;
(d) the envisaged retention period or the criteria used to determine it;
(e) the source of any data not collected from our client;
(f) information on any automated decision-making, including profiling;
(g) information on his rights to rectification, erasure, restriction and objection and the right to lodge a complaint with a supervisory authority.

Please provide a copy of the data in electronic form to this address within the time limit of Article 12(3).

Yours faithfully,
Helena Rosqvist
Attorney-at-law
Asianajotoimisto Rosqvist & Co (example)""")

E("sv", "marketing_opt_out", False, "slang 'kicka bort mig' from newsletter",
  "Oliver Granström <oliver.granstrom@example.fi>",
  "nyhetsbrev",
  """kicka bort mig från ert nyhetsbrev tack, har ingen aning om hur jag hamnade där

oliver""")

E("fi", "", False, "cancel duplicate web-shop order",
  "Merja Ylinen <merja.ylinen@example.fi>",
  "peruttakaa tilaus 52011",
  """Hei, tilasin vahingossa saman kalenterin kahteen kertaan (tilaukset 52010 ja 52011). Perukaa tuo jälkimmäinen 52011, kiitos!

Merja Ylinen""")

E("sv", "rectification", False, "change e-mail on record and drop old one",
  "Stefan Wikström <stefan.wikstrom@example.fi>",
  "Ny e-postadress",
  """Hej,

min gamla jobbadress stefan.wikstrom@example.test slutar fungera i slutet av månaden. Byt till den här adressen (stefan.wikstrom@example.fi) på mitt kundkonto och se till att den gamla inte används längre.

Stefan Wikström""")

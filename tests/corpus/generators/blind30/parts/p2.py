from parts.common import E

E("fi", "marketing_opt_out", False, "teenager: stop the ad text messages",
  "Emilia Saari <emppu.saari07@example.fi>", "tekstarit",
  """moi voisitteks lopettaa ne mainos tekstarit mun numeroon, tulee joka viikko jotain "vanhemmat, tilatkaa nyt kuvat" juttua vaikka mä oon se joka kuvattiin 😅 mun numero on 045 678 1234

t emilia
""")

E("fi", "erasure", False, "16-year-old, own name: delete my retake photos",
  "Oskari Laine <oskari.laine@example.fi>", "mun kuvat",
  """Hei

Mut kuvattiin koulussa (Vaasan lyseo, 1. vuosikurssi) ja sit vielä uusintakuvauksessa kun eka kuva oli tosi huono. Haluun et ne molemmat kuvat poistetaan teidän järjestelmästä. Mä en halua et niitä myydään kenellekään, en myöskään vanhemmille. Oon 16 jos sillä on väliä.

Oskari Laine
""")

E("fi", "", True, "calendar invitation for a photo day, no auto header",
  "Outlook-kalenteri <kalenteri@varisk.example.fi>", "Kutsu: Kuvauspäivä Variskan koulu @ ti 6.10.2026 8.00 - 14.00",
  """Kiia Hämäläinen on kutsunut sinut tapahtumaan.

Kuvauspäivä Variskan koulu
Milloin: tiistai 6. lokakuuta 2026 8.00–14.00 (UTC+02:00) Helsinki
Missä: Variskan koulu, liikuntasali
Kalenteri: tietosuoja@example.fi
Osallistujat: Kiia Hämäläinen (järjestäjä), kuvaajat@example.fi, tietosuoja@example.fi

Hyväksy | Alustava | Hylkää | Ehdota uutta aikaa

Kutsu lähetetty Microsoft Outlookista.
""")

E("fi", "access+marketing_opt_out", False, "elderly widow, long letter, where did you get my address, and no more ads",
  "Aili Rautio <aili.rautio@example.fi>", "kysymys",
  """Hyvä Zoomi

Minä olen 82-vuotias leskirouva Laihialta ja tyttärentytär laittoi tämän sähköpostin minulle kun en itse osaa näitä kovin hyvin. Viime viikolla tuli postissa teiltä mainos jossa luki minun nimi ja osoite ja että "isovanhemmille kuvapaketti joululahjaksi". Minulla on kyllä neljä lastenlasta ja kaksi lastenlastenlasta mutta en minä ole teiltä mitään ikinä tilannut, ainakaan en muista. Mieheni Eino kyllä kävi teillä aikoinaan passikuvassa mutta hän kuoli 2019.

Nyt kysyisin että mistä te olette saaneet minun tietoni ja mitä muuta teillä on minusta tallessa. Tyttäreni sanoi että niitä on oikeus kysyä.

Eikä tarvitse enää lähettää niitä mainoksia, kyllä minä osaan itse kysyä jos tarvitsen jotain.

Terveisin
Aili Rautio
Laihia
""")

E("fi", "complaint+erasure", False, "client's employee: staff photos given to employer, says GDPR breach, reports to DPA",
  "Sami Kallio <sami.kallio@example.fi>", "Henkilökuvat ilman suostumusta",
  """Hei,

Työnantajani (Vaasan Energiapalvelut) tilasi teiltä henkilöstökuvauksen syyskuussa. Minulle sanottiin että kuvat ovat vain sisäiseen käyttöön. Nyt kuvani on julkisella verkkosivulla ja lisäksi ilmeisesti teidän "referenssit"-sivulla. Kukaan ei ole kysynyt minulta mitään.

Tämä on mielestäni GDPR-rikkomus ja teen asiasta ilmoituksen tietosuojavaltuutetulle. Vaadin että poistatte kuvani teidän järjestelmistä ja referenssisivulta. Työnantajan kanssa selvitän asian erikseen.

Sami Kallio
""")

E("fi", "", False, "client HR: order staff photos for new hires",
  "HR Jenni Mattila <jenni.mattila@yritys.example.fi>", "Uusien työntekijöiden henkilökuvat",
  """Hei,

meillä on aloittanut syksyn aikana 14 uutta työntekijää, joille tarvittaisiin henkilökuvat intraan ja Teams-profiiliin samalla tyylillä kuin keväällä (harmaa tausta, rajaus rintakuvana). Sopisiko kuvaus meidän tiloissa esim. 12.11. aamupäivällä? Lista nimistä tulee erikseen turvapostilla.

Laskutus samaan viitteeseen kuin aiemmin (kustannuspaikka 4410).

Terveisin
Jenni Mattila
HR-asiantuntija
""")

E("fi", "", True, "IT helpdesk ticket system update, mentions erasure in ticket title, no auto header",
  "Tukipalvelu <tuki@itkumppani.example.fi>", "[Tiketti #4821] Tila muuttunut: Ratkaistu",
  """Hei,

tukipyyntösi on merkitty ratkaistuksi.

Tiketti:   #4821
Otsikko:   Asiakasrekisterin poisto-oikeudet käyttäjälle tietosuoja@
Tila:      Ratkaistu
Käsittelijä: Ville / IT-kumppani

Viimeisin kommentti:
"Käyttäjälle on lisätty oikeudet poistaa asiakaskortteja ja anonymisoida tilaushistoria Business Centralissa. Testattu yhdellä testiasiakkaalla."

Jos asia ei ole ratkennut, vastaa tähän viestiin 7 päivän kuluessa, niin tiketti avataan uudelleen.
Tämä viesti on lähetetty automaattisesti tikettijärjestelmästä.
""")

E("fi", "rectification", False, "got married: change surname and email",
  "Johanna Pitkänen <johanna.pitkanen@example.fi>", "Nimenmuutos",
  """Hei,

menin kesällä naimisiin ja sukunimeni on nyt Pitkänen (aiemmin Korhonen). Voisitteko vaihtaa nimen teidän asiakastietoihin ja samalla sähköpostin tähän uuteen osoitteeseen, vanha johanna.korhonen@example.fi lakkaa toimimasta vuodenvaihteessa. Lasten sukunimi on edelleen Korhonen, niihin ei muutoksia.

Kiitos!
Johanna Pitkänen
""")

E("fi", "marketing_opt_out", False, "formal 'suoramarkkinointikielto', elderly man, also phone sales",
  "Erkki Hakala <erkki.hakala@example.fi>", "Suoramarkkinointikielto",
  """Zoomi Kuvakaupat Oy
Vasaratie 2 A
65350 Vaasa

SUORAMARKKINOINTIKIELTO

Ilmoitan, että kiellän kaiken minuun kohdistuvan suoramarkkinoinnin: sähköpostit, tekstiviestit, kirjeet ja puhelinmyynnin. Teiltä soitettiin viime torstaina myyntipuhelu kello 19.40, mitä pidän sopimattomana.

Erkki Hakala
Vöyri
""")

E("fi", "", False, "near-miss: passport photo receipt code doesn't work at the police",
  "Niina Ojala <niina.ojala@example.fi>", "Kuvakuitin koodi ei toimi",
  """Hei, kävin eilen passikuvassa teillä ja sain kuvakuitin. Poliisin sähköisessä asioinnissa koodi ei kelpaa, tulee ilmoitus "valokuvaa ei löydy". Onko kuva varmasti lähetetty? Passi pitäisi saada ennen kuun loppua kun lähdetään matkalle.

Niina Ojala
p. 044 321 0987
""")

E("fi", "objection", False, "objects to analytics tracking on the web shop",
  "Antti Järvinen <antti.jarvinen@example.fi>", "Google Analytics",
  """Hei,

Huomasin selaimen lisäosasta että verkkokauppanne lähettää tietoja Google Analyticsiin myös kun olen kirjautuneena. Vastustan tietojeni käsittelyä analytiikkatarkoituksiin. Asiakkaana olen ihan tyytyväinen, mutta en halua että ostokäyttäytymistäni seurataan.

Antti Järvinen
""")

E("fi", "access+restriction", False, "suspects identity misuse: which orders in my name, freeze until resolved",
  "Minna Hautala <minna.hautala@example.fi>", "En ole tehnyt tätä tilausta",
  """Hei,

Sain teiltä maksumuistutuksen (lasku 77120, 64,50 €) tilauksesta jota en ole tehnyt. Minulla ei ole edes kouluikäisiä lapsia. Epäilen että joku on käyttänyt nimeäni ja osoitettani.

Haluan tietää mitä tilauksia minun nimissäni on tehty, milloin, mistä sähköpostiosoitteesta ja mihin osoitteeseen ne on toimitettu.

Siihen asti kun asia on selvitetty, älkää käsitelkö tietojani mihinkään muuhun älkääkä luovuttako niitä perintätoimistolle. Olen tehnyt rikosilmoituksen poliisille.

Minna Hautala
Pitkäkatu 12 A 3, Vaasa
""")

E("fi", "", False, "reply to our acknowledgement: only gives the order number asked (erasure case); disputed",
  "Harri Leppänen <harri.leppanen@example.fi>", "Re: Pyyntönne vastaanotettu (tapaus 2026-118)",
  """Tilausnumero on 51022.

Harri

> Hei,
> olemme vastaanottaneet pyyntösi tietojesi poistamisesta. Jotta voimme varmistaa
> henkilöllisyytesi, kerrothan jonkin aiemman tilauksesi numeron.
> Pyyntösi määräaika on 23.11.
>
> Zoomi Kuvakaupat Oy / tietosuoja
""")

E("fi", "access", False, "daycare director forwards a parent's request to us",
  "Päiväkodinjohtaja Satu Aalto <satu.aalto@paivakoti.example.fi>", "VL: Tietopyyntö koskien lapsen kuvia",
  """Hei,

välitän teille alla olevan vanhemman viestin, koska kuvaus ja kuvien myynti on teidän hoitamaa eikä meillä päiväkodissa ole näitä tietoja. Voisitteko vastata hänelle suoraan?

Satu Aalto
päiväkodinjohtaja, Päiväkoti Metsätähti

---------- Välitetty viesti ----------
Lähettäjä: Tuomas Raitanen <tuomas.raitanen@example.fi>
Aihe: Tietopyyntö koskien lapsen kuvia

Hei, haluaisin tietää mitä tietoja poikani Leevin (s. 2021) kuvauksesta on tallennettu, kuka kuvat on ottanut ja kenelle niitä on annettu. Hoidatteko te tämän vai kuvaamo?

Tuomas Raitanen
""")

E("fi", "", False, "near-miss: wants a digital copy of passport photo for driving licence",
  "Pekka Sundqvist <pekka.sundqvist@example.fi>", "passikuva ajokorttiin",
  """Moi, kävin passikuvassa teillä elokuussa. Voisinko saada saman kuvan uudestaan ajokorttia varten vai pitääkö tulla uudestaan kuvaan? Ja paljonko maksaa? Mulla on vielä se vanha kuitti.

Pekka
""")

E("sv", "erasure", False, "short: delete my account",
  "Jonas Hägg <jonas.hagg@example.se>", "Radera konto",
  """Hej, radera mitt konto i er webbutik och allt som hör till det. Tack.

Jonas Hägg
""")

E("sv", "access+portability", False, "register extract plus transfer provided data directly to another provider",
  "Linnea Forsman <linnea.forsman@example.fi>", "Begäran om registerutdrag och överföring",
  """Hej,

Jag begär ett registerutdrag över alla personuppgifter ni behandlar om mig och mina två barn (Elsa och Oliver Forsman).

Dessutom vill jag att de uppgifter jag själv har lämnat till er (kontaktuppgifter, beställningar, de bilder jag laddat upp till fotoboken) överförs direkt till Fotoklubben Ab, som vi har bytt till. Deras kontaktperson är Henrik, henrik@fotoklubben.example.fi.

Med vänliga hälsningar
Linnea Forsman
""")

E("sv", "", False, "near-miss: wrong amount on invoice",
  "Stefan Granlund <stefan.granlund@example.fi>", "Fel på fakturan",
  """Hej,

På fakturan 20417 står det 3 st porträttpaket, men vi beställde bara ett (för Wilma i klass 3). Summan borde alltså vara 29 € och inte 87 €. Kan ni skicka en rättad faktura?

Stefan
""")

E("sv", "", True, "bounce for a newsletter, no auto header",
  "Postmaster <postmaster@example.se>", "Olevererbart: Höstens erbjudanden från Zoomi",
  """Leverans till följande mottagare misslyckades:

     bertil.stromberg@example.se

Fjärrservern returnerade: 550 5.1.1 Mottagaren finns inte / User unknown

Diagnostisk information för administratörer:
Genererande server: mx1.example.se
Ursprungligt meddelande-ID: <nl-2026-10-aa81@example.fi>
""")

E("sv", "marketing_opt_out", False, "'Nej tack' one-liner reply to marketing",
  "Birgitta Ek <birgitta.ek@example.fi>", "Sv: Sista chansen – skolfoton till halva priset!",
  """Nej tack.

> Sista chansen! Beställ höstens skolfoton till halva priset fram till söndag.
> Avregistrera dig här om du inte vill ha fler erbjudanden.
""")

E("sv", "erasure+complaint", False, "reminder of an unanswered erasure request, conditional DPA threat",
  "Helena Rönnqvist <helena.ronnqvist@example.fi>", "Sv: Radera bilderna på min son",
  """Hej igen,

Jag skrev till er för tre veckor sedan (se nedan) och har inte fått något svar. Om jag inte hör av er senast fredag kommer jag att kontakta dataombudsmannen.

Helena Rönnqvist

Från: Helena Rönnqvist
Ämne: Radera bilderna på min son

> Hej,
> jag vill att ni raderar alla bilder på min son Elias Rönnqvist (dagis Solstrålen, fotograferad i maj).
> Vi köpte inga bilder och vill inte att de sparas.
""")

E("sv", "rectification", False, "wrong phone number in register, SMS go to someone else",
  "Kaj Westerlund <kaj.westerlund@example.fi>", "Fel telefonnummer",
  """Hallå,

Ni har fel telefonnummer till mig, en sms-avisering om avhämtning gick till någon främmande person som ringde mig och undrade. Rätt nummer är 050 432 1098. Rätta det i registret så det inte händer igen.

Kaj
""")

E("sv", "", False, "near-miss: cancel a booking",
  "Emma Sjöberg <emma.sjoberg@example.fi>", "Avboka tid",
  """Hej! Jag behöver avboka min tid för familjefotografering på lördag kl 11, dottern är sjuk. Kan vi boka en ny tid om två veckor istället?

Emma Sjöberg
""")

E("sv", "objection", False, "objects to profiling in web shop recommendations",
  "Ronja Lindqvist <ronja.lindqvist@example.se>", "Personliga rekommendationer",
  """Hej,

Varje gång jag loggar in i er webbutik får jag "rekommendationer baserade på dina tidigare köp" och mejl om "produkter du kanske gillar". Jag motsätter mig att ni använder mina köp för den typen av profilering. Det räcker att ni levererar det jag beställer.

Ronja Lindqvist
""")

E("en", "access+erasure", False, "lawyer on behalf of client: access (with Art 15 list) then erasure",
  "Attorney Marcus Fält <marcus.falt@lawfirm.example.com>", "Data subject request on behalf of Ms Rebecca Long",
  """Dear Sir/Madam,

We act for Ms Rebecca Long, born 12 March 1988, residing in Stockholm, Sweden. A power of attorney is attached.

On behalf of our client we request, pursuant to Article 15 GDPR, confirmation whether you process her personal data and, where that is the case, a copy of the data together with the information listed in Article 15(1), including the purposes, the recipients to whom the data have been disclosed, the envisaged storage period and the source of the data.

Once the above has been provided, our client further requests, pursuant to Article 17 GDPR, the erasure of all personal data concerning her, including any photographs taken of her at the corporate event of Nordbrand AB in Vaasa in June 2025.

Please direct all correspondence to the undersigned.

Yours faithfully,
Marcus Fält
Advokat
""")

E("en", "", True, "monthly analytics report, no auto header",
  "Google Analytics <analytics-noreply@example.com>", "Your monthly Analytics report for zoomi-shop",
  """Here's your Analytics summary for September 2026.

Property: zoomi-shop (GA4)
Users: 18,204 (+41% vs. August)
Sessions: 27,911
Top page: /koulukuvat/tilaa
Top country: Finland (93.2%)
Conversions (purchase): 2,104

View full report in Analytics.
You received this email because you are subscribed to monthly reports. Manage email preferences.
""")

E("en", "marketing_opt_out", False, "misspelled unsubscribe, one line",
  "Chris Waller <chris.waller@example.com>", "unsubcribe",
  """unsubcribe me pls, moved back to UK, no kids in finnish schools anymore

Sent from my phone
""")

E("en", "", False, "partner asks to sign the data processing agreement",
  "Petra Novak <petra.novak@printhub.example.com>", "Updated Data Processing Agreement – action needed",
  """Hello,

As part of our annual compliance review we have updated our Data Processing Agreement (DPA) covering the print-on-demand services we provide to Zoomi Kuvakaupat Oy (photo books and canvas prints). The main changes are an updated list of sub-processors and the new SCC references.

Could you please review and sign the attached version by 30 November? If you have questions regarding the changes, our DPO is happy to set up a call.

Kind regards,
Petra Novak
Partner Operations, PrintHub
""")

E("en", "objection+complaint", False, "says tracking breaks GDPR, objects, will report to DPA",
  "Nils Hartmann <nils.hartmann@example.com>", "Tracking without consent",
  """Hello,

Your web shop loads Google Analytics before I have clicked anything in the cookie banner. This is a GDPR violation. I object to you processing my data for analytics and tracking purposes, and I expect you to fix the banner.

I have already reported this to the Finnish Data Protection Ombudsman.

Nils Hartmann
""")

E("en", "", False, "'wrong person' reply, no child at the school",
  "Emma Wilson <emma.wilson@example.com>", "Re: Your child's school photos are ready",
  """Hi, I think you have the wrong Emma Wilson. I don't have a child at any school in Vaasa, I'm a student here. Just letting you know.

Emma

> Dear Emma Wilson,
> the photos of your child from Vaasan harjoittelukoulu are now ready. Log in with the code below
> to order prints.
""")

from parts.common import E

E("fi", "erasure", False, "no umlauts, typos, guardian plus self",
  "Tiina Huttunen <tiina.huttunen@example.fi>", "kuvat pois",
  """hei haluisin etta poistatte kaikki kuvat minusta ja mun kahesta lapsesta (Onni ja Emma Huttunen) , emme halua etta niita sailytetaan teilla. kuvattu paivakodissa ja kerran studiolla 2024. kiitos etukateen

Tiina""")

E("fi", "access", False, "what is stored in the booking system about me",
  "Ville Saarinen <ville.saarinen@example.fi>", "Ajanvarausjärjestelmä",
  """Hei,

varasin passikuva-ajan nettisivujenne kautta, ja varaus meni jonkun Slotti-palvelun kautta. Haluaisin tietää, mitä kaikkea minusta on sinne tallentunut (nimi, puhelin, sähköposti, aiemmat varaukset?) ja kauanko niitä siellä säilytetään. Voitteko lähettää minulle nämä tiedot?

Ville Saarinen""")

E("fi", "marketing_opt_out", False, "polite but firm: no sales contact on any channel",
  "Eija Kinnunen <eija.kinnunen@example.fi>", "Yhteydenotot",
  """Hyvä vastaanottaja,

pyydän, ettette enää lähesty minua myynnillisissä asioissa millään kanavalla – ei puhelimitse, ei kirjeitse eikä sähköpostitse. Puhelinmyyjänne soitti minulle eilen jo toisen kerran tässä kuussa.

Asiakassuhteeni saa muuten jäädä voimaan.

Eija Kinnunen""")

E("fi", "", False, "thanks after receiving data, nothing further",
  "Lauri Tikkanen <lauri.tikkanen@example.fi>", "Re: Tietopyyntönne",
  """Kiitos nopeasta vastauksesta. Sain tiedostot ja kaikki näyttää olevan kunnossa, ei tarvita muuta.

Hyvää syksyn jatkoa!
Lauri

> Hei Lauri,
> liitteenä pyytämäsi tiedot. Ota yhteyttä, jos sinulla on kysyttävää.
> Ystävällisin terveisin, Zoomi Kuvakaupat""")

E("fi", "rectification", False, "wrong organisation linked to contact person",
  "Reijo Lindholm <reijo.lindholm@example.fi>", "Organisaatiotietoni",
  """Hei,

saan edelleen teiltä henkilökuntakuvauksiin liittyvät viestit Pohjanmaan Vesi Oy:n yhteyshenkilönä, vaikka vaihdoin työpaikkaa jo keväällä. Nykyinen työnantajani on Vaasan Satamapalvelut Oy. Päivittäisittekö organisaatiotietoni oikeaksi? Pohjanmaan Veden uusi yhteyshenkilö on heidän HR:nsä tiedossa.

Reijo Lindholm""")

E("fi", "erasure", False, "employer forwards former employee's wish to remove staff photo",
  "Anu Kallio <anu.kallio@example.fi>", "Entisen työntekijän kuva",
  """Hei,

työntekijämme Petri Mustonen lopetti meillä syyskuussa. Hän on pyytänyt, että hänen henkilökuntakuvansa ja nimensä poistetaan myös teidän kuvapalvelustanne, josta olemme ladanneet kuvia nettisivuillemme. Olemme itse jo poistaneet kuvan omilta sivuiltamme.

Voisitteko poistaa Petrin kuvat ja tiedot ja kuitata tähän, kun se on tehty? Petri on tietoinen tästä viestistä (cc).

Anu Kallio
HR, Wärtsilänkadun Tilitoimisto Oy""",
  hdrs={"Cc": "Petri Mustonen <petri.mustonen@example.fi>"})

E("fi", "objection", False, "objects to purchase history analysis",
  "Kirsi Pulkkinen <kirsi.pulkkinen@example.fi>", "Ostohistorian analysointi",
  """Hei

tietosuojaselosteenne mukaan käytätte asiakastietoja liiketoiminnan kehittämiseen. En halua, että minun ostohistoriaani tai verkkokaupan käyttöäni analysoidaan tai että minusta tehdään minkäänlaisia asiakasprofiileja. Vastustan tietojeni käyttöä tähän tarkoitukseen. Tilaukset saa toki käsitellä normaalisti.

Kirsi Pulkkinen""")

E("fi", "", True, "new login notice from another webshop platform, no headers",
  "Verkkokauppa-alusta <ilmoitukset@kauppa-alusta.example.com>", "Uusi kirjautuminen tilillesi",
  """Hei,

tilillesi kirjauduttiin uudelta laitteelta:

Aika: 21.10.2026 klo 07.55
Laite: Chrome / Windows
Sijainti: Vaasa, Suomi

Jos tämä olit sinä, toimenpiteitä ei tarvita. Muussa tapauksessa vaihda salasanasi heti.

Tähän viestiin ei voi vastata.""")

E("fi", "erasure+complaint", False, "angry third reminder, says complaint already made",
  "Jarmo Pesonen <jarmo.pesonen@example.fi>", "KOLMAS KERTA",
  """Nyt on kolmas kerta kun pyydän että POISTATTE MUN TIEDOT!!! Ekan kerran kesäkuussa ja sitten elokuussa. Edelleen tulee teiltä postia ja joku soittaa.

Mä tein tänään kantelun tietosuojavaltuutetulle, saatte selittää sinne miks ette oo tehny mitään.

Jarmo Pesonen""")

E("fi", "", False, "passport photo receipt code not working at police, service issue",
  "Heli Sirola <heli.sirola@example.fi>", "Kuvakuitin koodi ei toimi",
  """Hei,

kävin maanantaina ottamassa passikuvan. Yritin hakea passia poliisin sähköisessä asioinnissa, mutta kuvakuitin tunnus ei kelpaa ("kuvaa ei löydy"). Voitteko tarkistaa, onko kuva varmasti lähetetty poliisin palvelimelle?

Heli Sirola
044 908 7766""")

E("fi", "access", False, "asks whether calls are recorded and wants those records",
  "Antti Vuorinen <antti.vuorinen@example.fi>", "Puhelutallenteet",
  """Hei,

soitin teidän asiakaspalveluun useamman kerran syyskuussa laskuun liittyen. Tallennetaanko puheluita? Jos tallennetaan tai jos teillä on muuten puheluistani merkintöjä (ajat, numerot, muistiinpanot), pyydän saada ne itselleni.

Antti Vuorinen""")

E("fi", "", False, "why debt collection letter, already paid — payment dispute",
  "Raija Heinonen <raija.heinonen@example.fi>", "perintäkirje??",
  """Miksi sain perintäkirjeen OK-perinnältä? Maksoin laskun 12.10. verkkopankissa, viitenumero oli oikein. Tarkistakaa maksunne ja perukaa perintä, en aio maksaa mitään perintäkuluja.

Raija Heinonen""")

E("fi", "restriction", False, "custody dispute: keep child's photos but do not disclose",
  "Sari Korhonen <sari.korhonen@example.fi>", "Lapsen kuvat – älkää luovuttako",
  """Hei,

olemme eronneet ja lapsen huoltajuudesta on käräjäoikeudessa kesken oleva asia. Lapsen isä on ilmeisesti pyytänyt teiltä kopioita Sofian (6 v) päiväkotikuvista ja tiedoista.

En pyydä poistamaan mitään, koska kuvat ja tilaustiedot saattavat olla tarpeen oikeudenkäynnissä. Pyydän kuitenkin, että ette käytä ettekä luovuta Sofian tietoja kenellekään ennen kuin asia on ratkaistu. Olen Sofian huoltaja.

Sari Korhonen""")

E("sv", "erasure", False, "short spoken Finland-Swedish: remove me from the register",
  "Niklas Öhman <niklas.ohman@example.fi>", "ta bort mej",
  """tjena, ta bort mej ur ert register. ha int vari hos er på åratal. /Niklas""")

E("sv", "access", False, "Finland-Swedish 'insyn' request",
  "Birgitta Hagström <birgitta.hagstrom@example.fi>", "Begäran om insyn i mina personuppgifter",
  """Bästa mottagare,

jag vill utnyttja min rätt till insyn och ber er meddela vilka personuppgifter om mig ni behandlar, för vilka ändamål och hur länge de sparas. Jag har beställt bilder från er webbutik och varit med på personalfotografering genom min arbetsgivare Vasa stad.

Svaret kan skickas per e-post.

Med vänliga hälsningar
Birgitta Hagström""")

E("sv", "marketing_opt_out+erasure", False, "remove from mailing list and delete email address",
  "Oskar Lindgren <oskar.lindgren@example.fi>", "Utskick",
  """Hej,

ta bort mig från er utskickslista. Jag vill dessutom att ni raderar min e-postadress och mitt namn helt från era system, inte bara sätter ett kryss i någon ruta. Jag har inga öppna beställningar hos er.

Oskar Lindgren""")

E("sv", "", True, "Swedish company newsletter with list headers",
  "Fotomässan Stockholm <nyheter@fotomassan.example.se>", "Nyheter från Fotomässan – november",
  """Hej fotointresserad!

I novemberbrevet:
• Nya utställare 2027
• Early bird-biljetter släpps 1 december
• Workshop: porträttljus för skolfotografer

Vill du inte längre få våra utskick? Avregistrera dig här: https://fotomassan.example.se/avregistrera""",
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@fotomassan.example.se>"})

E("sv", "complaint", False, "Swedish resident has reported the company to IMY",
  "Anders Pettersson <anders.pettersson@example.se>", "Anmälan till IMY",
  """Hej,

jag vill informera er om att jag har anmält Zoomi Kuvakaupat till Integritetsskyddsmyndigheten (IMY). Under min semester i Vasa i somras fotograferades min familj och ni skickade därefter ut reklam till min arbetsmejl, som jag aldrig har gett er. Någon måste ha slagit upp den.

IMY kommer troligen att kontakta er via den finska myndigheten.

Anders Pettersson
Umeå""")

E("sv", "", False, "wants e-invoice instead of paper invoice",
  "Carina Söderlund <carina.soderlund@example.fi>", "Faktura per e-post",
  """Hej, kan jag få mina fakturor som e-faktura eller per e-post i stället för papper i fortsättningen? Kundnummer 20771.
Tack! Carina""")

E("sv", "rectification", False, "name misspelled on invoice without å",
  "Åsa Rönnqvist <asa.ronnqvist@example.fi>", "Mitt namn",
  """Hej,

på era fakturor och i webbshoppen står mitt namn som "Asa Ronnqvist". Det ska vara Åsa Rönnqvist. Kunde ni rätta det i kundregistret?

Tack på förhand
Åsa""")

E("sv", "objection", False, "objects to customer survey calls / processing for development",
  "Leif Kronqvist <leif.kronqvist@example.fi>", "Kundundersökningar",
  """Hej,

jag har blivit uppringd två gånger av någon som gör kundundersökningar för er räkning. Jag motsätter mig att ni använder mina uppgifter för undersökningar och utveckling av er verksamhet. Mina beställningar får ni förstås hantera som vanligt.

Leif Kronqvist""")

E("sv", "", False, "question whether erasure covers bookkeeping, hypothetical",
  "Mia Backlund <mia.backlund@example.fi>", "Fråga",
  """Hej! En kompis sa att man kan begära att ett företag raderar allt om en. Gäller det också fakturor och bokföring, eller måste ni spara sådant? Jag funderar bara, har inte bestämt mig för något.

Mia""")

E("en", "erasure", False, "wedding gallery: remove gallery and all data",
  "Emma and Lucas Novak <emma.novak@example.com>", "Our wedding gallery",
  """Hi Zoomi team,

thank you again for the lovely wedding photos in June! We have now downloaded everything we need. Could you please take down our online gallery and remove our photos and personal details from your systems? We'd rather not have them stored anywhere else.

Best wishes,
Emma & Lucas Novak""")

E("en", "access", False, "who have you shared my data with",
  "Priya Raman <priya.raman@example.com>", "Data sharing question",
  """Hi,

I keep getting e-mails from a photo-book company I have never heard of, and it started right after I ordered prints from you. Which companies have you shared my personal data with? Please list them by name and tell me what data each of them got.

Priya Raman""")

E("en", "", False, "thank-you note closing an earlier case",
  "George Whitaker <george.whitaker@example.com>", "Re: Your request",
  """Thanks, that's all sorted then. Appreciate the quick help.

George

> Dear George, we have updated your delivery address as requested.""")

E("en", "portability", False, "Art 20 request, structured machine-readable format",
  "Lena Hoffmann <lena.hoffmann@example.com>", "Article 20 request",
  """Hello,

I am making a request under Article 20 GDPR (data portability). Please provide the personal data I have provided to you — account details, order history and the image files I uploaded to your online shop for printing — in a structured, commonly used and machine-readable format (CSV or JSON for data, original files for images).

Kind regards,
Lena Hoffmann""")

E("en", "marketing_opt_out", False, "reply to newsletter, quoted footer with unsubscribe",
  "Daniel Brooks <daniel.brooks@example.com>", "Re: Christmas cards are here!",
  """Take me off this list please. The unsubscribe link in your mail gives an error.

Dan

> Christmas cards are here! Order before 10 December and get 20% off.
> Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa
> You receive this newsletter because you are our customer.
> Unsubscribe | Peruuta tilaus""")

E("en", "", True, "order confirmation from another shop, no auto headers",
  "PrintSupply Europe <orders@printsupply.example.com>", "Order confirmation #PS-204419",
  """Thank you for your order!

Order #PS-204419
- Glossy photo paper 13x18, 10 boxes
- Ink cartridge set, model Z-900, 2 pcs

Estimated delivery: 3-5 business days.
Invoice will be sent to: Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa.

PrintSupply Europe customer service""")

E("en", "access+rectification", False, "expat: what address do you have; update it",
  "Marco Bianchi <marco.bianchi@example.com>", "My address",
  """Hello,

I think you may still have my old address in Helsinki. Could you tell me which address and phone number you have on file for me? My current address is Raastuvankatu 22 A 5, 65100 Vaasa, and my phone is +358 40 700 1234 — please update whatever is outdated.

Grazie,
Marco Bianchi""")

E("en", "objection", False, "objects to son's photo shown in shared class gallery",
  "Julia Andersen <julia.andersen@example.com>", "Class gallery visible to all parents",
  """Hello,

I noticed that the school photo web shop shows all children of class 1C in a shared gallery that every parent with the class code can browse. I object to my son Leo's photos being shown there to other families. Other parents can buy his photos too.

Please stop showing his pictures in the shared gallery. We can order through a personal link instead.

Julia Andersen""")

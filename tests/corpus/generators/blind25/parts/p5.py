from parts.common import E

E("fi", "", False, "mother asks about price of digital file of group photo (near-miss)",
  "Satu Koskinen <satu.koskinen@example.fi>", "ryhmäkuva digitaalisena",
  """Hei! Saako ryhmäkuvan ostettua myös digitaalisena tiedostona vai pelkkänä paperikuvana? Isovanhemmat asuu Ruotsissa ja haluaisin lähettää sen heille sähköpostilla.

t. Satu""")

E("fi", "erasure", False, "father: delete ex-wife's new partner?? no — delete my data as I'm not guardian anymore",
  "Janne Riihimäki <janne.riihimaki@example.fi>", "En ole enää yhteyshenkilö",
  """Hei,

Olen ollut teidän järjestelmässä poikapuoleni Miron (Vöyrinkaupungin koulu) yhteyshenkilönä, koska asuimme silloin yhdessä. Erosimme äidin kanssa, enkä ole Miron huoltaja. Poistakaa minun nimi, puhelinnumero ja sähköposti hänen tiedoistaan ja minun asiakastilini.

Janne Riihimäki
045 111 2233""")

E("sv", "access", False, "reminder to unanswered sv access request",
  "Carina Löfman <carina.lofman@example.fi>", "Påminnelse – begäran om registerutdrag",
  """Hej igen,

Jag skickade den 28 september en begäran om registerutdrag gällande mig och mina barn Nora och Eddie Löfman. Jag har ännu inte fått något svar. Vänligen återkom så snart som möjligt.

Carina Löfman""")

E("fi", "", True, "Slotti cancellation notice",
  "Slotti <no-reply@example.com>", "Varaus peruttu: Perhekuvaus 28.11.",
  """Hei Laura Mäenpää,

varauksesi on peruttu.

Palvelu: Perhekuvaus studiossa (45 min)
Aika: la 28.11. klo 11:00

Voit tehdä uuden varauksen osoitteessa varaus.example.com.""",
  hdrs={"Auto-Submitted": "auto-generated"})

E("fi", "objection+marketing_opt_out", False, "father: no ads, and don't use children's photos in marketing",
  "Kalle Ström <kalle.strom@example.fi>", "Markkinointi",
  """Moi,

Kaks asiaa:
1) älkää lähettäkö mulle enää mitään mainoksia tai tarjouksia, ei sähköpostia eikä tekstaria
2) meidän lasten kuvia ei saa käyttää teidän markkinoinnissa, some tai esitteet tms. Nyt niitä ei tietääkseni ole missään, ja hyvä niin.

Kalle Ström""")

E("en", "erasure", False, "teen about own photo on Zoomi website, casual",
  "Leo Martin <leo.martin@example.com>", "my pic on your site",
  """hi im leo (15), my photo from grade 8 is on your "school photos" page. can u remove it from the website? my mum knows im writing this. thx""")

E("sv", "", False, "confirmation photo order: asks to change address before shipping (near-miss, order)",
  "Pia Granholm <pia.granholm@example.fi>", "Ändra leveransadress order 449 505",
  """Hej,

Jag råkade ange fel adress i beställningen 449 505 (konfirmationsbilder). Rätt adress är Sjövägen 8, 66100 Malax. Kan ni ändra innan paketet skickas?

Tack!
Pia Granholm""")

E("fi", "rectification", False, "young adult changed name/gender; update",
  "Alex Korhonen <alex.korhonen@example.fi>", "Nimenmuutos",
  """Hei,

Olen vaihtanut etunimeni ja nimeni on nykyään Alex Korhonen. Teidän asiakastiedoissa ja vanhoissa tilauksissa olen edelleen vanhalla nimelläni. Päivittäkää etunimi asiakastietoihin. En halua että vanhaa nimeä käytetään viesteissä.

Alex""")

E("sv", "erasure+complaint", False, "Facebook photo, says breaks GDPR, remove",
  "Emelie Hellström <emelie.hellstrom@example.fi>", "Bilden på Facebook bryter mot GDPR",
  """Hej,

Ni har publicerat en bild på min son från förskolans fotografering på er Facebooksida. Vi har uttryckligen kryssat i NEJ för marknadsföring på blanketten. Det här är ett brott mot GDPR.

Ta bort bilden omedelbart.

Emelie Hellström""")

E("en", "", True, "out-of-office, no header",
  "James Taylor <james.taylor@example.com>", "Out of office",
  """I'm currently away on paternity leave and will not be checking email regularly until January 2027. For photo day arrangements at Vaasa International School please contact the school office.

James Taylor""")

E("fi", "access", False, "elderly grandfather, all caps, asks what's in register",
  "Pentti Järvelä <pentti.jarvela@example.fi>", "REKISTERI",
  """HYVÄ ZOOMI

OLEN SAANUT TEILTÄ KIRJEITÄ VAIKKA EN MUISTA ASIOINEENI. MITÄ TIETOJA TEILLÄ MINUSTA ON JA MISTÄ NE OLETTE SAANEET.

PENTTI JÄRVELÄ
ISOKYRÖ""")

E("sv", "objection", False, "object to analytics cookies/tracking in webshop",
  "Tobias Nylund <tobias.nylund@example.fi>", "Google Analytics",
  """Hej,

Er webbshop laddar Google Analytics innan jag hunnit välja något i cookie-rutan. Jag motsätter mig att mina besök och mina barns beställningar spåras och analyseras. Sluta med den behandlingen av mina uppgifter.

Tobias Nylund""")

E("fi", "erasure+marketing_opt_out", False, "remove marketing list + photos after child moved school, typos",
  "Mervi Ylinen <mervi.ylinen@example.fi>", "pois listoilta",
  """moi, haluisin et poistatte meiät teiän asiakaslistoilta kokonaan ja kaikki kuvat mitä teil on meiän pojasta (Daniel Ylinen, oli Kuparisaaren koulussa). ja ei mitää mainoksia enää kiitos""")

E("en", "restriction", False, "contests accuracy of guardian info; limit until resolved",
  "Rebecca Hall <rebecca.hall@example.com>", "Wrong guardian on my son's account - please freeze",
  """Hello,

Someone who is not my son's guardian (my ex's new partner) seems to be registered as the contact person on Jacob Hall's account and has been ordering his photos. Until you have verified who the legal guardians are, please restrict any use or disclosure of Jacob's photos and data — don't send codes or prints to anyone.

Rebecca Hall""")

E("sv", "", False, "teacher sends class list corrections (near-miss)",
  "Eva Lindqvist <eva.lindqvist@example.fi>", "Rättelser till klasslistan 3A",
  """Hej,

Här kommer två rättelser till klasslistan för 3A inför gruppbildens namntext: Melvin Back (inte Bäck) och Selma Ahlskog har bytt till 3B. Det är skolans lista, så rätta gärna i er version.

Hälsningar
Eva Lindqvist, klasslärare""")

E("fi", "access+complaint", False, "long complaint-ish letter with access and already-complained",
  "Tuula Rinne <tuula.rinne@example.fi>", "Selvityspyyntö",
  """Hyvä Zoomi Kuvakaupat,

Syyskuussa järjestetyssä kuvauksessa Onkilahden päiväkodissa lapseni kuvattiin, vaikka olin kieltänyt sen kirjallisesti päiväkodille. Kuvat ilmestyivät tilausjärjestelmään nimineen, ja koodit lähetettiin myös lapsen isälle, jolla ei ole huoltajuutta.

Olen tehnyt tästä kantelun tietosuojavaltuutetulle 20.11.

Pyydän nyt myös teiltä selvityksen: mitä tietoja lapsestani ja minusta teillä on, mistä olette ne saaneet ja kenelle niitä on luovutettu.

Tuula Rinne""")

E("en", "access", False, "wants to know if kid's photos were used to train AI — access-type question on purposes",
  "Andrew Kim <andrew.kim@example.com>", "Purposes of processing my child's photos",
  """Hi,

Can you tell me what purposes you process my daughter's photos (Hana Kim, Grade 3) for, who you share them with and how long you keep them? In particular I'd like to know if they're used for anything beyond making the prints we buy. Please include a copy of the data you hold about her.

Andrew Kim""")

E("sv", "erasure", False, "mother: you don't need to keep daughter's photos, delete, she's changed school",
  "Sanna Kronholm <sanna.kronholm@example.fi>", "Radera Ellens bilder",
  """Hej,

Ellen Kronholm har bytt skola till Sverige och vi kommer inte att beställa fler foton. Radera alla hennes bilder och uppgifter hos er.

Sanna (mamma)""")

E("fi", "", False, "father asks how the consent form works for separated parents (question only)",
  "Ari Manninen <ari.manninen@example.fi>", "Lupalomake kun vanhemmat eri osoitteissa",
  """Hei

Lapsemme asuu vuoroviikoin meillä molemmilla. Riittääkö lupalomakkeeseen yhden huoltajan allekirjoitus, vai pitäisikö molempien allekirjoittaa? Haluamme vain toimia oikein ennen kevään kuvausta.

Ari Manninen""")

E("sv", "access+rectification", False, "check data and fix phone number",
  "Göran Back <goran.back@example.fi>", "Mina uppgifter",
  """Hej,

Sms:en om fotograferingen kommer till ett nummer som inte längre är mitt. Rätta telefonnumret till 040 987 6543. Skicka också en sammanställning av vilka uppgifter ni har om mig, så jag kan se om något annat är fel.

Göran Back
Oravais""")

E("fi", "", True, "web shop account created notice",
  "Zoomi Verkkokauppa <noreply@example.fi>", "Tervetuloa Zoomin verkkokauppaan",
  """Hei Reetta,

asiakastilisi on luotu. Voit nyt kirjautua sähköpostiosoitteellasi ja tilata kuvia lastesi koulukuvakoodeilla.

Jos et luonut tiliä itse, ota yhteyttä asiakaspalveluun.

Ystävällisin terveisin
Zoomi Kuvakaupat""")

E("en", "erasure+objection", False, "young adult: remove from website and stop using in any promo",
  "Grace Mitchell <grace.mitchell@example.com>", "Graduation portrait on your site",
  """Hello,

My graduation portrait from 2023 is still on your website's portfolio page. I'm asking you to take it down. And please don't use any of my photos in your marketing from now on — not on the website, not in print, not on social media.

Thanks,
Grace Mitchell""")

E("fi", "access+restriction", False, "restrict while checking accuracy; also wants to see data",
  "Heidi Lampinen <heidi.lampinen@example.fi>", "Lasku ja väärät tiedot",
  """Hei,

Sain perintäkirjeen teidän laskusta, jonka mukaan olen tilannut koulukuvia elokuussa. En ole tilannut mitään. Pyydän, että keskeytätte tietojeni käsittelyn perintää varten siihen asti, kunnes olette tarkistaneet asian. Lähettäkää myös kaikki tiedot, joita minusta on tallennettu, jotta näen mistä on kyse.

Heidi Lampinen""")

E("sv", "", False, "grandfather thanks for lovely photos (no request)",
  "Stig Engblom <stig.engblom@example.fi>", "Tack!",
  """Hej,

Ville bara säga tack för de fina bilderna på barnbarnen. De kom fram i går och nu står de på pianot. 

Stig Engblom, Solf""")

E("fi", "portability", False, "portability to another photo company",
  "Niina Hietala <niina.hietala@example.fi>", "Siirto toiselle kuvaamolle",
  """Hei,

Ensi vuonna kuvauksen tekee toinen yritys. Voisitteko siirtää meidän perheen itse antamat tiedot (yhteystiedot, lasten nimet ja ostetut kuvat) suoraan heille koneluettavassa muodossa? Tietosuoja-asetuksen 20 artiklan mukaan tämän pitäisi onnistua.

Niina Hietala""")

E("sv", "complaint", False, "complains to Zoomi that they violate GDPR by emailing class list to all parents",
  "Maria Holmström <maria.holmstrom@example.fi>", "Klasslista skickad till alla föräldrar",
  """Hej,

I dag fick jag ett mejl från er till alla föräldrar i klass 5B med en bifogad lista över alla barns namn, födelsedatum och vårdnadshavarnas e-postadresser. Det är ett allvarligt brott mot dataskyddslagstiftningen. Jag kommer att göra en anmälan till dataombudsmannen.

Maria Holmström""")

E("fi", "erasure", False, "reply above quote: yes, delete the remaining photos too",
  "Anne Kallio <anne.kallio@example.fi>", "Vs: Kuvan poisto verkkosivuilta",
  """Kiitos! Poistakaa samalla myös ne muut lapsesta otetut kuvat teidän arkistosta, ei me niitä enää tilata.

Anne

Lähetetty Android-puhelimesta

---- Zoomi Kuvakaupat kirjoitti ----
> Hei Anne, kuva on nyt poistettu verkkosivuiltamme. Muut kuvat
> säilytetään tilauskauden ajan.""")

E("sv", "erasure", False, "sv teen: remove my photo from Instagram",
  "Elvira Nygård <elvira.nygard@example.fi>", "ta bort",
  """hej kan ni ta bort bilden på mig från er insta, den från studentfotograferingen. jag vill inte att den finns där. mvh elvira""")

E("en", "", True, "newsletter: family portrait sessions",
  "Zoomi Kuvakaupat <news@example.fi>", "Book a family portrait before Christmas",
  """Family portrait sessions now available in our Vaasa studio!

45 minutes, 5 edited digital images, prints from 9 €.
Book online via Slotti.

Unsubscribe from these emails.""",
  hdrs={"List-Unsubscribe": "<mailto:unsubscribe@example.fi>"})
